"""Right-to-left text on receipts: Arabic letters joined, lines put in visual order.

reportlab draws characters one after the other, left to right, exactly as given. Arabic needs
two things it does not do: each letter takes the form that joins its neighbours (initial,
medial, final, isolated; lam-alef ligatures), and the line is laid out right to left. So a
line goes through:

1. :func:`shape` (``arabic-reshaper``): letters become their Unicode presentation forms, still
   in logical order. Widths are measured and lines wrapped on this text.
2. :func:`visual` (``python-bidi``, the Unicode bidirectional algorithm): the wrapped line in
   the order it is drawn, left to right.

Numbers, codes, amounts and dates stay readable left to right as one unit
(``3010 0000 0000 0001 44``, ``23/11/2026 11:14``, ``22,21 €``): every run of Latin letters and
digits is wrapped in a left-to-right isolate before reordering, so the algorithm does not
reverse the groups of a notice number or put the time before the date.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

# Unicode bidi controls: left-to-right isolate and pop directional isolate.
LRI = "\u2066"
PDI = "\u2069"
_CONTROLS = dict.fromkeys(
    map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
# Paired brackets are drawn mirrored in right-to-left text: "(" looks like ")".
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_RTL_CLASSES = frozenset({"R", "AL"})
_STRONG_LTR = frozenset({"L", "EN", "AN"})
_GROUP_END = frozenset({"L", "EN", "AN", "ET"})
_CLOSERS = {")": "(", "]": "[", "}": "{"}


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left letter (Arabic, Hebrew...)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds letters that join (Arabic script)."""
    return any(unicodedata.bidirectional(ch) == "AL" for ch in text)


@functools.cache
def _reshaper() -> Any:
    import arabic_reshaper

    # Harakat (vowel marks) are dropped: without glyph positioning they would sit on the wrong
    # letter, and receipts are written without them. Lam-alef and Allah ligatures stay on.
    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": True, "support_ligatures": True}
    )


def shape(text: str) -> str:
    """Arabic letters in their joining presentation forms (logical order kept)."""
    if not has_arabic(text):
        return text
    return str(_reshaper().reshape(text))


def _isolate_ltr_runs(line: str) -> str:
    """Wrap every run of Latin letters and digits (with what sits between them) in LRI..PDI.

    Characters outside the runs are mirrored, because in a right-to-left line they all end up
    right to left: Arabic letters, and the spaces, colons and brackets around them.
    """
    out: list[str] = []
    index = 0
    n = len(line)
    while index < n:
        if unicodedata.bidirectional(line[index]) in _RTL_CLASSES:
            out.append(line[index])
            index += 1
            continue
        # A stretch with no right-to-left letter: isolate it from its first strong LTR
        # character or digit to its last one (or trailing % and € signs).
        end = index
        while end < n and unicodedata.bidirectional(line[end]) not in _RTL_CLASSES:
            end += 1
        stretch = line[index:end]
        classes = [unicodedata.bidirectional(ch) for ch in stretch]
        starts = [i for i, c in enumerate(classes) if c in _STRONG_LTR]
        if not starts:
            out.append(stretch.translate(_MIRROR))
            index = end
            continue
        first = starts[0]
        if first and classes[first - 1] == "ET":
            first -= 1  # a currency sign before the figure: "€22.21"
        last = max(i for i, c in enumerate(classes) if c in _GROUP_END)
        # Keep a bracket that closes inside the group with it: "13 (25%)".
        while last + 1 < len(stretch) and (closer := stretch[last + 1]) in _CLOSERS:
            group = stretch[first : last + 1]
            if group.count(_CLOSERS[closer]) <= group.count(closer):
                break
            last += 1
        out.append(stretch[:first].translate(_MIRROR))
        out.append(LRI + stretch[first : last + 1] + PDI)
        out.append(stretch[last + 1 :].translate(_MIRROR))
        index = end
    return "".join(out)


def visual(line: str, rtl: bool) -> str:
    """One line (already :func:`shape`-d) in drawing order, left to right.

    Args:
        line: Text in logical order, no newlines.
        rtl: Whether the paragraph direction is right to left (the receipt's language).

    Returns:
        The characters in the order to draw them. A line with no right-to-left letter is
        returned unchanged, so codes and amounts on an Arabic receipt read as printed.
    """
    if not has_rtl(line):
        return line
    from bidi import get_display

    prepared = _isolate_ltr_runs(line) if rtl else line
    display = get_display(prepared, base_dir="R" if rtl else "L")
    return str(display).translate(_CONTROLS)
