"""Format euro amounts (integer cents) for display in the kiosk's languages.

Amounts are integer cents everywhere in the kiosk; this is the one place they become text.

Conventions (after CLDR, kept deliberately simple):

======  ===============  ==============  ==========================================
lang    2221 cents       123450 cents    notes
======  ===============  ==============  ==========================================
it      ``22,21 €``      ``1.234,50 €``  the house example
de      ``22,21 €``      ``1.234,50 €``
ro      ``22,21 €``      ``1.234,50 €``
es      ``22,21 €``      ``1234,50 €``   groups only from 5 integer digits (``12.345,50 €``)
fr      ``22,21 €``      ``1 234,50 €``  space as thousands separator
uk      ``22,21 €``      ``1 234,50 €``  as fr
en      ``€22.21``       ``€1,234.50``
zh      ``€22.21``       ``€1,234.50``
ar      ``22.21 €``      ``1,234.50 €``  Western digits, as printed on the notice
======  ===============  ==============  ==========================================

Spaces: by default every space is a plain U+0020, so the strings are identical in labels,
speech, PDF text extraction and tests. Pass ``non_breaking=True`` where a line break inside
an amount must be impossible (a wrapping label): every space becomes U+00A0 NO-BREAK SPACE.
CLDR's narrow no-break space (U+202F) for French grouping is *not* used: receipt printer fonts
often lack it.

Arabic: no bidi control characters are added; in a right-to-left label Qt's bidi algorithm
shows ``€`` on the left of the number, which is the natural reading order there.

Unknown languages fall back to Italian, the kiosk's source language; a region suffix is
ignored (``en_GB``, ``fr-CH`` → ``en``, ``fr``).
"""

from __future__ import annotations

from dataclasses import dataclass

NBSP = "\u00a0"
FALLBACK_LANGUAGE = "it"


@dataclass(frozen=True, slots=True)
class _Style:
    group: str
    decimal: str
    pattern: str  # "{n}" is the number
    min_grouping_digits: int = 4  # integer digits from which thousands are grouped


_STYLES: dict[str, _Style] = {
    "it": _Style(".", ",", "{n} €"),
    "de": _Style(".", ",", "{n} €"),
    "ro": _Style(".", ",", "{n} €"),
    "es": _Style(".", ",", "{n} €", min_grouping_digits=5),
    "fr": _Style(" ", ",", "{n} €"),
    "uk": _Style(" ", ",", "{n} €"),
    "en": _Style(",", ".", "€{n}"),
    "zh": _Style(",", ".", "€{n}"),
    "ar": _Style(",", ".", "{n} €"),
}

SUPPORTED_LANGUAGES = tuple(_STYLES)


def _language(lang: str) -> str:
    primary = lang.replace("-", "_").split("_", 1)[0].lower()
    return primary if primary in _STYLES else FALLBACK_LANGUAGE


def _group(digits: str, separator: str, min_digits: int) -> str:
    if len(digits) < min_digits:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def format_cents(cents: int, lang: str, *, non_breaking: bool = False) -> str:
    """Format an amount in euro cents for ``lang`` (see the module table).

    Args:
        cents: the amount, ``>= 0``.
        lang: a language code such as ``it``, ``en`` or ``fr_FR``.
        non_breaking: use U+00A0 instead of plain spaces.

    Raises:
        TypeError: ``cents`` is not an ``int`` (``bool`` and ``float`` included: a float
            amount is a bug upstream, never something to round here).
        ValueError: ``cents`` is negative; the kiosk never shows a negative amount.
    """
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError(f"amount must be int cents, not {type(cents).__name__}")
    if cents < 0:
        raise ValueError("amount must not be negative")
    style = _STYLES[_language(lang)]
    euros, rest = divmod(cents, 100)
    number = (
        f"{_group(str(euros), style.group, style.min_grouping_digits)}{style.decimal}{rest:02d}"
    )
    text = style.pattern.format(n=number)
    return text.replace(" ", NBSP) if non_breaking else text
