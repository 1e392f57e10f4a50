"""Codice fiscale: normalise, validate (whole or as-you-type), mask and group for display.

The authority on validity is ``python-stdnum`` (:mod:`stdnum.it.codicefiscale`), omocodia
included. Before asking it, this module walks the code position by position so that a refusal
names *what* the citizen should check (a missing character, the birth-date part, the last
letter) instead of a bare "invalid".

Two shapes are accepted:

* the 16-character personal code (``RSSMRA85T10G388I``), whose digits may be replaced by the
  letters ``LMNPQRSTUV`` (*omocodia*, used when two people would otherwise get the same code);
* the 11-digit numeric code of companies and public bodies (``00296180185``).

``stdnum``'s ``get_gender()`` is never called: it raises on omocode day digits.

One rule is stricter than stdnum: stdnum reads the birth day modulo 40, so it also accepts a
day whose tens digit is 8 or 9 (``U``/``V`` in omocodia), i.e. days 81-99, which the issuing
rule (01-31 for men, 41-71 for women) never produces. Such a code is refused as ``BAD_DATE``.

User-visible messages are Italian source strings marked with ``QT_TRANSLATE_NOOP`` in the
``CodiceFiscale`` context; translate them at display time with
``QCoreApplication.translate("CodiceFiscale", check.message)``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from enum import Enum, StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

TR_CONTEXT = "CodiceFiscale"
PERSON_LENGTH = 16
COMPANY_LENGTH = 11

_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")
_OMOCODE_LETTERS = "LMNPQRSTUV"  # stand for 0..9 in the digit positions
_DIGIT_OR_OMO = _DIGITS | frozenset(_OMOCODE_LETTERS)
_MONTH_LETTERS = "ABCDEHLMPRST"  # January..December
# Which characters each of the 16 positions allows (the last one is the check letter).
_POSITION_CLASSES: tuple[frozenset[str], ...] = (
    (_LETTERS,) * 6
    + (_DIGIT_OR_OMO,) * 2
    + (frozenset(_MONTH_LETTERS),)
    + (_DIGIT_OR_OMO,) * 2
    + (_LETTERS,)
    + (_DIGIT_OR_OMO,) * 3
    + (_LETTERS,)
)
_DATE_POSITIONS = range(6, 11)  # year (6-7), month (8), day and sex (9-10)
_DIGIT_VALUE = {c: i for i, c in enumerate("0123456789")} | {
    c: i for i, c in enumerate(_OMOCODE_LETTERS)
}
# stdnum reads two-digit years in the window 1920..2019; we use the same window so the two
# never disagree on 29 February (only "00" differs between centuries, and 2000 is a leap year).
_MIN_YEAR = 1920
_WHITESPACE_RE = re.compile(r"\s+")
# Office codes stdnum accepts in positions 8-10 of an 11-digit code.
_COMPANY_OFFICES = (*(f"{n:03d}" for n in range(1, 101)), "120", "121", "888", "999")


class CfKind(StrEnum):
    """Which of the two codice fiscale shapes a value has."""

    PERSON = "person"
    COMPANY = "company"


class CfProblem(Enum):
    """Why a codice fiscale was refused (or, for ``INCOMPLETE``, why it is not finished yet)."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    BAD_CHARS = "bad_chars"
    BAD_DATE = "bad_date"
    BAD_CHECK = "bad_check"
    INCOMPLETE = "incomplete"


_MSG_EMPTY = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "Scriva il codice fiscale. Lo trova sulla tessera sanitaria.",
    )
)
_MSG_TOO_SHORT = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "Il codice fiscale è troppo corto: deve avere 16 caratteri, lettere e numeri. "
        "Controlli di averli scritti tutti.",
    )
)
_MSG_TOO_LONG = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "Il codice fiscale è troppo lungo: deve avere 16 caratteri. "
        "Controlli di non aver scritto un carattere in più.",
    )
)
_MSG_COMPANY_TOO_SHORT = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "Il codice fiscale di un'azienda o di un ente ha 11 cifre: ne mancano alcune.",
    )
)
_MSG_COMPANY_TOO_LONG = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "Il codice fiscale di un'azienda o di un ente ha 11 cifre: ce ne sono troppe.",
    )
)
_MSG_SYMBOLS = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "Il codice fiscale contiene solo lettere e numeri, senza accenti né simboli. "
        "Controlli di non aver scritto un simbolo per sbaglio.",
    )
)
_MSG_WRONG_PLACE = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "C'è una lettera al posto di un numero, o un numero al posto di una lettera. "
        "Confronti il codice con la tessera sanitaria, un carattere alla volta.",
    )
)
_MSG_BAD_DATE = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "La data di nascita contenuta nel codice fiscale non esiste. Controlli i caratteri "
        "dal settimo all'undicesimo: due numeri, una lettera e altri due numeri.",
    )
)
_MSG_BAD_CHECK = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "Il codice fiscale non è corretto: forse un carattere è sbagliato. Lo confronti con "
        "la tessera sanitaria, un carattere alla volta, compresa l'ultima lettera.",
    )
)
_MSG_COMPANY_BAD_CHECK = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "Il codice fiscale numerico non è corretto: forse una cifra è sbagliata. "
        "Lo confronti con il documento, una cifra alla volta.",
    )
)
_MSG_INCOMPLETE = str(
    QT_TRANSLATE_NOOP(
        "CodiceFiscale",
        "Continui a scrivere: il codice fiscale ha 16 caratteri.",
    )
)


@dataclass(frozen=True, slots=True)
class CfCheck:
    """The outcome of a validation.

    Attributes:
        ok: True when ``value`` is a complete, valid codice fiscale.
        value: the normalised input (upper case, no spaces, no Code 39 ``*`` marks); kept even
            when not ``ok`` so the field can show what was understood.
        problem: why it is not ``ok``; ``None`` when ``ok``.
        message: untranslated Italian text for the citizen (context ``CodiceFiscale``); empty
            when ``ok``.
        kind: the shape, once it is known (always set when ``ok``).
        position: 0-based index in ``value`` of the first character to check, when known.
    """

    ok: bool
    value: str
    problem: CfProblem | None = None
    message: str = ""
    kind: CfKind | None = None
    position: int | None = None

    @property
    def is_error(self) -> bool:
        """True when the citizen must be told something is wrong (not just unfinished)."""
        return self.problem is not None and self.problem is not CfProblem.INCOMPLETE

    def __repr__(self) -> str:
        # The value is personal data: keep it out of reprs that end up in logs and tracebacks.
        return (
            f"CfCheck(ok={self.ok}, value={mask(self.value)!r}, problem={self.problem}, "
            f"kind={self.kind}, position={self.position})"
        )


def normalize(raw: str) -> str:
    """Return ``raw`` upper-cased, without whitespace and without Code 39 ``*`` start/stop marks.

    Only ASCII letters are upper-cased: ``str.upper`` would turn ``ß`` into ``SS`` and the
    dotless ``ı`` into ``I``, silently making valid-looking codes out of foreign characters.
    Non-ASCII characters are kept so validation can point at them.
    """
    text = _WHITESPACE_RE.sub("", raw)
    text = text.strip("*")
    return "".join(c.upper() if c.isascii() else c for c in text)


def _ok(value: str, kind: CfKind) -> CfCheck:
    return CfCheck(ok=True, value=value, kind=kind)


def _fail(
    value: str,
    problem: CfProblem,
    message: str,
    kind: CfKind | None = None,
    position: int | None = None,
) -> CfCheck:
    return CfCheck(
        ok=False, value=value, problem=problem, message=message, kind=kind, position=position
    )


def _first_symbol(value: str) -> int | None:
    for i, c in enumerate(value):
        if c not in _ALNUM:
            return i
    return None


def _structure_problem(value: str) -> CfCheck | None:
    """Check each visible position of a (possibly partial) personal code against its class.

    Returns the first problem, or ``None`` when every visible character fits its position and
    the visible part of the birth date can still be a real date.
    """
    for i, c in enumerate(value[:PERSON_LENGTH]):
        if c in _POSITION_CLASSES[i]:
            continue
        if i == 8 and c in _LETTERS:
            # A letter where the month goes, but not a month letter.
            return _fail(value, CfProblem.BAD_DATE, _MSG_BAD_DATE, CfKind.PERSON, i)
        return _fail(value, CfProblem.BAD_CHARS, _MSG_WRONG_PLACE, CfKind.PERSON, i)
    return _date_problem(value)


def _date_problem(value: str) -> CfCheck | None:
    """Flag a birth date that can no longer be real, as soon as the day's first digit shows.

    The day is 1..31 for men and 41..71 for women (day + 40). With the tens digit visible
    we ask whether *any* units digit still gives a real date in that month and year:
    ``RSSMRA85B3`` is refused at once, because 30 and 31 February never exist.
    """
    if len(value) < 10:
        return None
    tens = _DIGIT_VALUE[value[9]]
    units = [_DIGIT_VALUE[value[10]]] if len(value) > 10 else list(range(10))
    month = _MONTH_LETTERS.index(value[8]) + 1
    year = _DIGIT_VALUE[value[6]] * 10 + _DIGIT_VALUE[value[7]] + 1900
    if year < _MIN_YEAR:
        year += 100
    days_in_month = calendar.monthrange(year, month)[1]
    for unit in units:
        raw_day = tens * 10 + unit
        if (1 <= raw_day <= 31 or 41 <= raw_day <= 71) and raw_day % 40 <= days_in_month:
            return None
    return _fail(value, CfProblem.BAD_DATE, _MSG_BAD_DATE, CfKind.PERSON, 9)


def _company_prefix_possible(prefix: str) -> bool:
    """Whether some 11-digit code accepted by stdnum starts with these digits.

    stdnum (``stdnum.it.iva``) refuses seven leading zeros and office codes (digits 8-10)
    outside 001-100, 120, 121, 888, 999; the last digit is a Luhn check, always reachable.
    """
    if len(prefix) >= 7 and prefix[:7] == "0000000":
        return False
    office = prefix[7:10]
    return any(code.startswith(office) for code in _COMPANY_OFFICES)


def _validate_company(value: str) -> CfCheck:
    from stdnum import exceptions as stdnum_exceptions
    from stdnum.it import codicefiscale as stdnum_cf

    try:
        stdnum_cf.validate(value)
    except stdnum_exceptions.ValidationError:
        return _fail(value, CfProblem.BAD_CHECK, _MSG_COMPANY_BAD_CHECK, CfKind.COMPANY)
    return _ok(value, CfKind.COMPANY)


def _validate_person(value: str) -> CfCheck:
    structure = _structure_problem(value)
    if structure is not None:
        return structure
    # python-stdnum loads with the first code checked, not at start-up.
    from stdnum import exceptions as stdnum_exceptions
    from stdnum.it import codicefiscale as stdnum_cf

    try:
        stdnum_cf.validate(value)
    except stdnum_exceptions.InvalidChecksum:
        return _fail(value, CfProblem.BAD_CHECK, _MSG_BAD_CHECK, CfKind.PERSON, 15)
    except stdnum_exceptions.InvalidComponent:
        return _fail(value, CfProblem.BAD_DATE, _MSG_BAD_DATE, CfKind.PERSON, 6)
    except stdnum_exceptions.ValidationError:
        # Our position walk mirrors stdnum's pattern, so this is not expected; stay safe.
        return _fail(value, CfProblem.BAD_CHARS, _MSG_WRONG_PLACE, CfKind.PERSON)
    return _ok(value, CfKind.PERSON)


def validate(raw: str) -> CfCheck:
    """Validate a complete codice fiscale (personal or 11-digit company code).

    The order of the checks decides which message the citizen sees, from the most to the least
    specific: symbols, length, characters in the wrong place, impossible birth date, and last
    the check letter.

    Args:
        raw: what was typed or scanned; spaces and Code 39 ``*`` marks are ignored.

    Returns:
        A :class:`CfCheck`; never raises on any string.
    """
    value = normalize(raw)
    if not value:
        return _fail(value, CfProblem.EMPTY, _MSG_EMPTY)
    symbol = _first_symbol(value)
    if symbol is not None:
        return _fail(value, CfProblem.BAD_CHARS, _MSG_SYMBOLS, position=symbol)
    if value.isdigit():
        # Only a company code is all digits (a personal one starts with six letters).
        if len(value) < COMPANY_LENGTH:
            return _fail(value, CfProblem.TOO_SHORT, _MSG_COMPANY_TOO_SHORT, CfKind.COMPANY)
        if len(value) > COMPANY_LENGTH:
            return _fail(value, CfProblem.TOO_LONG, _MSG_COMPANY_TOO_LONG, CfKind.COMPANY)
        return _validate_company(value)
    if len(value) < PERSON_LENGTH:
        return _fail(value, CfProblem.TOO_SHORT, _MSG_TOO_SHORT, CfKind.PERSON, len(value))
    if len(value) > PERSON_LENGTH:
        return _fail(value, CfProblem.TOO_LONG, _MSG_TOO_LONG, CfKind.PERSON, PERSON_LENGTH)
    return _validate_person(value)


def validate_partial(raw: str) -> CfCheck:
    """Check a codice fiscale while it is being typed.

    A prefix that can still become valid gets ``problem=INCOMPLETE`` (not an error:
    :attr:`CfCheck.is_error` is False); a complete code gets the full :func:`validate` result.
    A problem is reported as soon as it is visible and no further typing can fix it: a symbol,
    a digit among the first six letters, a letter that is not a month letter in position 9, a
    day that cannot exist (``RSSMRA85B3`` can only be 30 or 31 February), too many characters.

    Invariant (tested): for every valid code, no prefix of it is an error.
    """
    value = normalize(raw)
    if not value:
        return _fail(value, CfProblem.INCOMPLETE, _MSG_INCOMPLETE)
    symbol = _first_symbol(value)
    if symbol is not None:
        return _fail(value, CfProblem.BAD_CHARS, _MSG_SYMBOLS, position=symbol)
    if value[0] in _DIGITS:
        # Can only become a company code: all digits, exactly 11.
        kind = CfKind.COMPANY
        for i, c in enumerate(value):
            if c not in _DIGITS:
                return _fail(value, CfProblem.BAD_CHARS, _MSG_WRONG_PLACE, kind, i)
        if len(value) > COMPANY_LENGTH:
            return _fail(value, CfProblem.TOO_LONG, _MSG_COMPANY_TOO_LONG, kind, COMPANY_LENGTH)
        if len(value) == COMPANY_LENGTH:
            return _validate_company(value)
        if not _company_prefix_possible(value):
            return _fail(value, CfProblem.BAD_CHECK, _MSG_COMPANY_BAD_CHECK, kind)
        return _fail(value, CfProblem.INCOMPLETE, _MSG_INCOMPLETE, kind)
    if len(value) > PERSON_LENGTH:
        return _fail(value, CfProblem.TOO_LONG, _MSG_TOO_LONG, CfKind.PERSON, PERSON_LENGTH)
    if len(value) == PERSON_LENGTH:
        return _validate_person(value)
    structure = _structure_problem(value)
    if structure is not None:
        return structure
    return _fail(value, CfProblem.INCOMPLETE, _MSG_INCOMPLETE, CfKind.PERSON)


def is_valid(raw: str) -> bool:
    """Shorthand for ``validate(raw).ok``."""
    return validate(raw).ok


def mask(cf: str) -> str:
    """Mask a codice fiscale for anything shown or written outside the field where it is typed.

    A personal code keeps its first 6 and last 3 characters: ``RSSMRA*******88I``. Any other
    value of 10 or more characters follows the same rule (an 11-digit company code becomes
    ``002961**185``); shorter values are fully replaced by ``*`` of the same length, because
    with so few characters hidden the rest would give too much away.
    """
    value = normalize(cf)
    if len(value) < 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 9) + value[-3:]


def group_for_display(cf: str) -> str:
    """Group a personal code the way it is read aloud: ``RSS MRA 85T10 G388I``.

    Surname, name, birth date and sex, place of birth plus check letter. Anything that is not
    16 characters long (company codes included) is returned normalised but ungrouped.
    """
    value = normalize(cf)
    if len(value) != PERSON_LENGTH:
        return value
    return f"{value[:3]} {value[3:6]} {value[6:11]} {value[11:]}"


def omocode_variants(cf: str) -> list[str]:
    """Return the official omocodia variants of a valid personal code, in issuing order.

    The tax agency replaces the digits from right to left (position 15, 14, 13, 11, 10, 8, 7 in
    1-based numbering) with ``LMNPQRSTUV`` and recomputes the check letter. Useful for tests
    and for matching a code typed from an old card against the current one.
    """
    value = normalize(cf)
    check = validate(value)
    if not check.ok or check.kind is not CfKind.PERSON:
        return []
    chars = list(value[:15])
    # Restore the plain digits first so every variant is derived from the base code.
    for i in (6, 7, 9, 10, 12, 13, 14):
        if chars[i] in _OMOCODE_LETTERS:
            chars[i] = str(_OMOCODE_LETTERS.index(chars[i]))
    from stdnum.it import codicefiscale as stdnum_cf

    variants = []
    for i in (14, 13, 12, 10, 9, 7, 6):
        chars[i] = _OMOCODE_LETTERS[int(chars[i])]
        body = "".join(chars)
        variants.append(body + stdnum_cf.calc_check_digit(body))
    return variants
