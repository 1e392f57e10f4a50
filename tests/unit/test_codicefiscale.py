"""Codice fiscale: DOMAIN.md vectors, vectors derived from the rules, omocodia, and properties.

The check letter is recomputed here from the published rule (odd/even tables, mod 26) rather
than taken from the module under test, and the as-you-type checker is compared against a
brute-force oracle built on stdnum.
"""

from __future__ import annotations

import calendar
import itertools
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum.it import codicefiscale as stdnum_cf

from kiosk.codicefiscale import (
    CfKind,
    CfProblem,
    group_for_display,
    is_valid,
    mask,
    normalize,
    omocode_variants,
    validate,
    validate_partial,
)

# --- the check-letter rule, written out independently ----------------------------------------

# Values of characters in odd (1-based) positions; digits share the values of A-J.
_ODD_LETTERS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22]
_ODD_LETTERS += [25, 24, 23]
_ODD = dict(zip(string.ascii_uppercase, _ODD_LETTERS, strict=True))
_ODD |= {d: _ODD[string.ascii_uppercase[int(d)]] for d in string.digits}
_EVEN = {c: int(c) for c in string.digits} | {c: i for i, c in enumerate(string.ascii_uppercase)}
MONTHS = "ABCDEHLMPRST"
OMO = "LMNPQRSTUV"


def check_letter(body15: str) -> str:
    """Check letter per the Ministry of Finance rule (1-based odd positions use the odd table)."""
    total = sum(_ODD[c] if i % 2 == 0 else _EVEN[c] for i, c in enumerate(body15))
    return string.ascii_uppercase[total % 26]


def person(body15: str) -> str:
    return body15 + check_letter(body15)


def officially_valid(code: str) -> bool:
    """stdnum's verdict plus the issuing rule's day range.

    stdnum reads the day modulo 40, so it also accepts a tens digit of 8 or 9 (or U, V):
    days 80-99, which the issuing rule (01-31 men, 41-71 women) never produces. The kiosk
    refuses those; everything else is stdnum's call.
    """
    if not stdnum_cf.is_valid(code):
        return False
    return len(code) != 16 or "0123456789LMNPQRSTUV".index(code[9]) % 10 <= 7


def test_rule_matches_stdnum_on_the_domain_example() -> None:
    assert check_letter("RSSMRA85T10G388") == "I"
    assert stdnum_cf.calc_check_digit("RSSMRA85T10G388") == "I"


# --- DOMAIN.md vectors -------------------------------------------------------------------------


def test_domain_valid_example() -> None:
    check = validate("RSSMRA85T10G388I")
    assert check.ok
    assert check.value == "RSSMRA85T10G388I"
    assert check.kind is CfKind.PERSON
    assert check.problem is None
    assert check.message == ""
    assert not check.is_error


def test_domain_wrong_check_letter() -> None:
    check = validate("RSSMRA85T10G388J")
    assert not check.ok
    assert check.problem is CfProblem.BAD_CHECK
    assert check.position == 15
    assert "tessera sanitaria" in check.message


def test_pavia_creditor_company_code() -> None:
    check = validate("00296180185")
    assert check.ok
    assert check.kind is CfKind.COMPANY


# --- normalisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "rssmra85t10g388i",
        "RSS MRA 85T10 G388I",
        "  RSSMRA85T10G388I\r\n",
        "*RSSMRA85T10G388I*",
        "RSSMRA85T10G388I*",
        "RSS\u00a0MRA\t85T10G388I",
    ],
)
def test_typed_and_scanned_forms_are_normalised(raw: str) -> None:
    assert normalize(raw) == "RSSMRA85T10G388I"
    assert validate(raw).ok


def test_non_ascii_letters_are_not_upper_cased_into_ascii() -> None:
    # "ß".upper() == "SS" and "ı".upper() == "I": neither may turn into a valid code.
    assert normalize("rßmra") == "RßMRA"
    check = validate("ıSSMRA85T10G388I")
    assert check.problem is CfProblem.BAD_CHARS
    assert check.position == 0


def test_group_and_mask() -> None:
    assert group_for_display("RSSMRA85T10G388I") == "RSS MRA 85T10 G388I"
    assert group_for_display("rss mra 85t10 g388i") == "RSS MRA 85T10 G388I"
    assert group_for_display("00296180185") == "00296180185"
    assert mask("RSSMRA85T10G388I") == "RSSMRA*******88I"
    assert mask("*rssmra85t10g388i*") == "RSSMRA*******88I"
    assert mask("00296180185") == "002961**185"
    assert mask("RSSMRA") == "******"
    assert mask("") == ""


def test_repr_masks_the_value() -> None:
    assert "RSSMRA85T10G388I" not in repr(validate("RSSMRA85T10G388I"))
    assert "RSSMRA*******88I" in repr(validate("RSSMRA85T10G388I"))


# --- refusals, derived from the rules ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", CfProblem.EMPTY),
        ("   ", CfProblem.EMPTY),
        ("**", CfProblem.EMPTY),
        ("RSSMRA85T10G388", CfProblem.TOO_SHORT),
        ("RSSMRA", CfProblem.TOO_SHORT),
        ("RSSMRA85T10G388IA", CfProblem.TOO_LONG),
        ("0029618018", CfProblem.TOO_SHORT),
        ("002961801851", CfProblem.TOO_LONG),
        ("RSSMRA85T10G388-", CfProblem.BAD_CHARS),
        ("RSSMRÀ85T10G388I", CfProblem.BAD_CHARS),
        ("RSS*RA85T10G388I", CfProblem.BAD_CHARS),
        ("RSSMR185T10G388I", CfProblem.BAD_CHARS),  # digit among the name letters
        ("RSSMRA8AT10G388I", CfProblem.BAD_CHARS),  # A is not an omocode letter
        ("RSSMRA85T10G3A8I", CfProblem.BAD_CHARS),
        ("RSSMRA85T1012388I", CfProblem.TOO_LONG),
        ("00296180186", CfProblem.BAD_CHECK),
        ("00000000000", CfProblem.BAD_CHECK),
    ],
)
def test_refusals(raw: str, problem: CfProblem) -> None:
    check = validate(raw)
    assert not check.ok
    assert check.problem is problem
    assert check.is_error
    assert check.message  # every refusal tells the citizen something


@pytest.mark.parametrize(
    "body",
    [
        "RSSMRA85B30G388",  # 30 February
        "RSSMRA85B29G388",  # 29 February 1985: not a leap year
        "RSSMRA85D31G388",  # 31 April
        "RSSMRA85T00G388",  # day 0
        "RSSMRA85T32G388",  # between men's and women's days
        "RSSMRA85T40G388",
        "RSSMRA85T72G388",  # past the women's 71
        "RSSMRA85T80G388",
        "RSSMRA85F10G388",  # F is not a month letter
        "RSSMRA85Z10G388",
    ],
)
def test_impossible_birth_dates(body: str) -> None:
    check = validate(person(body))
    assert check.problem is CfProblem.BAD_DATE
    assert "data di nascita" in check.message


@pytest.mark.parametrize(
    "body",
    [
        "RSSMRA84B29G388",  # leap year
        "RSSMRA00B29G388",  # 2000 is a leap year
        "RSSMRA85T50G388",  # woman born on the 10th (day + 40)
        "RSSMRA85T71G388",  # woman born on the 31st
        "RSSMRA85A01G388",
        "RSSMRA85T31G388",  # 31 December
    ],
)
def test_valid_derived_codes(body: str) -> None:
    code = person(body)
    assert validate(code).ok
    assert stdnum_cf.is_valid(code)


# --- omocodia ------------------------------------------------------------------------------


def test_omocodia_example_by_hand() -> None:
    # Replace the last digit of the place code (8 -> U) and recompute the check letter.
    body = "RSSMRA85T10G38U"
    code = body + stdnum_cf.calc_check_digit(body)
    assert code == person(body)
    assert validate(code).ok
    # The original check letter no longer fits.
    assert validate(body + "I").problem is CfProblem.BAD_CHECK


def test_omocodia_on_every_digit_position() -> None:
    body = list("RSSMRA85T10G388")
    for pos in (14, 13, 12, 10, 9, 7, 6):
        body[pos] = OMO[int(body[pos])]
        code = "".join(body) + stdnum_cf.calc_check_digit("".join(body))
        assert validate(code).ok, code
    assert "".join(body) == "RSSMRAURTMLGPUU"


def test_omocode_variants_follow_the_official_order() -> None:
    variants = omocode_variants("RSSMRA85T10G388I")
    assert len(variants) == 7
    assert variants[0][:15] == "RSSMRA85T10G38U"
    assert variants[-1][:15] == "RSSMRAURTMLGPUU"
    assert all(validate(v).ok for v in variants)
    # Starting from a variant gives the same list.
    assert omocode_variants(variants[2]) == variants
    assert omocode_variants("RSSMRA85T10G388J") == []
    assert omocode_variants("00296180185") == []


@pytest.mark.parametrize("tens", ["8", "9", "U", "V"])
def test_day_tens_beyond_seven_is_refused_although_stdnum_accepts_it(tens: str) -> None:
    code = person(f"RSSMRA85T{tens}1G388")
    assert stdnum_cf.is_valid(code)  # stdnum: (81 % 40) = the 1st, (91 % 40) = the 11th
    assert validate(code).problem is CfProblem.BAD_DATE
    assert validate_partial(code[:10]).problem is CfProblem.BAD_DATE


def test_omocode_day_is_validated_like_a_digit() -> None:
    # Day "3M" = 31 in February: impossible even written with an omocode letter.
    assert validate(person("RSSMRA85B3MG388")).problem is CfProblem.BAD_DATE
    assert validate(person("RSSMRA85BQMG388")).ok  # woman born 1 February (41)


# --- as-you-type ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("RSSMRA85F", CfProblem.BAD_DATE),  # not a month letter, visible at once
        ("RSSMRA85B3", CfProblem.BAD_DATE),  # only 30 or 31 February could follow
        ("RSSMRA84B2", None),
        ("RSSMRA85D3", None),  # 30 April exists
        ("RSSMRA85D31", CfProblem.BAD_DATE),
        ("RSSMRA85B30", CfProblem.BAD_DATE),
        ("RSSMRA85T9", CfProblem.BAD_DATE),  # no day starts with 9
        ("RSSMRA85T8", CfProblem.BAD_DATE),
        ("RSS1", CfProblem.BAD_CHARS),
        ("RSS.", CfProblem.BAD_CHARS),
        ("0029618018A", CfProblem.BAD_CHARS),
        ("12345675", CfProblem.BAD_CHECK),  # no office code starts with 5
        ("0000000", CfProblem.BAD_CHECK),  # seven leading zeros are refused
        ("RSSMRA85T10G388IX", CfProblem.TOO_LONG),
        ("002961801851", CfProblem.TOO_LONG),
        ("RSSMRA85T10G388J", CfProblem.BAD_CHECK),
    ],
)
def test_partial_flags(raw: str, problem: CfProblem | None) -> None:
    check = validate_partial(raw)
    if problem is None:
        assert check.problem is CfProblem.INCOMPLETE
    else:
        assert check.problem is problem
        assert check.is_error


def test_partial_in_progress_is_not_an_error() -> None:
    for raw in ("", "R", "RSSMRA", "RSSMRA8", "RSSMRA85T1", "rss mra 85t10 g388", "0029618"):
        check = validate_partial(raw)
        assert check.problem is CfProblem.INCOMPLETE, raw
        assert not check.is_error
        assert not check.ok


def test_partial_complete_codes_get_full_result() -> None:
    assert validate_partial("RSSMRA85T10G388I").ok
    assert validate_partial("00296180185").ok


# --- properties -----------------------------------------------------------------------------

letters = st.text(alphabet=string.ascii_uppercase, min_size=3, max_size=3)


@st.composite
def valid_person_codes(draw: st.DrawFn) -> str:
    """Any valid personal code: random names, real dates (both sexes), place, omocodia."""
    year = draw(st.integers(0, 99))
    month = draw(st.integers(1, 12))
    full_year = 1900 + year if year >= 20 else 2000 + year
    day = draw(st.integers(1, calendar.monthrange(full_year, month)[1]))
    if draw(st.booleans()):
        day += 40
    place = draw(st.sampled_from(string.ascii_uppercase)) + f"{draw(st.integers(0, 999)):03d}"
    body = list(
        draw(letters) + draw(letters) + f"{year:02d}" + MONTHS[month - 1] + f"{day:02d}" + place
    )
    # Omocodia: replace the k right-most digits, in the official order.
    for pos in (14, 13, 12, 10, 9, 7, 6)[: draw(st.integers(0, 7))]:
        body[pos] = OMO[int(body[pos])]
    return person("".join(body))


@settings(max_examples=300, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_person_codes())
def test_generated_codes_are_valid_and_agree_with_stdnum(code: str) -> None:
    assert stdnum_cf.is_valid(code)
    check = validate(code)
    assert check.ok
    assert validate(code.lower()).ok
    assert validate(group_for_display(code)).ok
    assert mask(code) == code[:6] + "*******" + code[-3:]


@settings(max_examples=200, database=None)
@given(valid_person_codes())
def test_no_prefix_of_a_valid_code_is_an_error(code: str) -> None:
    for end in range(len(code) + 1):
        assert not validate_partial(code[:end]).is_error, code[:end]


@settings(max_examples=400, database=None)
@given(
    valid_person_codes(),
    st.integers(0, 15),
    st.sampled_from(string.ascii_uppercase + string.digits),
)
def test_one_changed_character_is_never_accepted_wrongly(code: str, pos: int, char: str) -> None:
    changed = code[:pos] + char + code[pos + 1 :]
    assert validate(changed).ok == officially_valid(changed)


def _completable(prefix: str) -> bool:
    """Brute-force oracle: can some string starting with ``prefix`` pass stdnum?"""
    if len(prefix) > 16:
        return False
    if len(prefix) == 16:
        return officially_valid(prefix)
    if prefix and prefix[0].isdigit():
        return _company_completable(prefix)
    # Years 00 (leap) and 01 (not) stand for every year; every month; every day digit pair;
    # any place code; the check letter is computed.
    choices = {6: "0", 7: "01", 8: MONTHS, 9: "01234567", 10: string.digits}
    defaults = "AAAAAA00A01A000"
    options = [prefix[i] if i < len(prefix) else choices.get(i, defaults[i]) for i in range(15)]
    for combo in itertools.product(*options):
        body = "".join(combo)
        if officially_valid(body + stdnum_cf.calc_check_digit(body)):
            return True
    return False


def _company_completable(prefix: str) -> bool:
    if len(prefix) > 11 or not prefix.isdigit():
        return False
    head = prefix[:7]
    if len(head) < 7:
        head += "0" * (6 - len(head)) + "1"
    lasts = prefix[10] if len(prefix) > 10 else string.digits
    for n in range(1000):
        office = f"{n:03d}"
        if office.startswith(prefix[7:10]):
            for last in lasts:
                if stdnum_cf.is_valid(head + office + last):
                    return True
    return False


cf_like_chars = st.sampled_from(
    list(string.ascii_uppercase) + list(string.digits) + list(OMO) * 2 + list(MONTHS)
)


@settings(max_examples=400, deadline=None, database=None)
@given(
    st.one_of(
        valid_person_codes().flatmap(
            lambda c: st.tuples(st.integers(0, 16), st.integers(0, 15), cf_like_chars).map(
                lambda t: (c[: t[1]] + t[2] + c[t[1] + 1 :])[: t[0]]
            )
        ),
        st.text(alphabet=string.digits, max_size=12),
    )
)
def test_partial_errors_exactly_when_no_completion_exists(prefix: str) -> None:
    assert validate_partial(prefix).is_error == (not _completable(prefix)), prefix


@settings(max_examples=400, database=None)
@given(st.text(max_size=40))
def test_never_raises_on_any_text(text: str) -> None:
    full = validate(text)
    partial = validate_partial(text)
    assert full.ok == is_valid(text)
    if full.ok:
        assert partial.ok
        assert stdnum_cf.is_valid(full.value)
    masked = mask(text)
    assert len(masked) == len(normalize(text))
    assert sum(c != "*" for c in masked) <= 9  # never more than first 6 + last 3
