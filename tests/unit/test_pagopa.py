"""pagoPA notice numbers, QR payloads and Poste Data Matrix codes.

Valid notices are built here from the rule (check digits = the 16-digit body mod 93, computed
by long division digit by digit, independently of the module), so the tests cover every aux
digit and not only the one example in DOMAIN.md.
"""

from __future__ import annotations

import logging
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.pagopa import (
    DataMatrixError,
    NoticeNumberError,
    NoticeProblem,
    NoticeRef,
    NoticeSource,
    PagoPaError,
    QrPayloadError,
    build_qr_payload,
    compute_check_digits,
    group_notice,
    iuv,
    parse_notice_number,
    parse_poste_datamatrix,
    parse_qr_payload,
    parse_typed_notice,
)

PAVIA = "00296180185"


def mod93(digits: str) -> int:
    """Long division, one digit at a time (as one would on paper)."""
    rest = 0
    for d in digits:
        rest = (rest * 10 + int(d)) % 93
    return rest


def notice(aux: int, middle: str) -> str:
    """A valid notice: aux digit + 15 (aux 0/2/3) or 17 (aux 1) digits, plus check digits."""
    body = f"{aux}{middle}"
    if aux == 1:
        assert len(body) == 18
        return body
    assert len(body) == 16
    return body + f"{mod93(body):02d}"


def datamatrix(number: str, amount_cents: int, creditor: str, *, length: int = 256) -> str:
    """A Poste Data Matrix payload laid out field by field, as printed on notices."""
    payload = (
        "codfase=NBPA;"
        + "18"
        + number
        + "12"
        + "001234567890"  # postal account
        + "10"
        + f"{amount_cents:010d}"
        + "3"
        + "896"
        + "1P1"
        + creditor
        + "RSSMRA85T10G388I"  # payer: must never come out of the parser
        + "ROSSI MARIO".ljust(40)
        + "CARTA D'IDENTITA ELETTRONICA".ljust(110)
        + " " * 12
        + "A"
    )
    assert len(payload) == 256
    assert payload[15:33] == number
    assert payload[49:59] == f"{amount_cents:010d}"
    assert payload[66:77] == creditor
    return payload[:length]


# --- notice numbers ---------------------------------------------------------------------------


def test_domain_example() -> None:
    n = parse_notice_number("301000000000000144")
    assert n.value == "301000000000000144"
    assert n.aux_digit == 3
    assert n.segregation_code == "01"
    assert n.application_code is None
    assert n.iuv == "01000000000000144"
    assert n.check_digits == "44"
    assert n.check_digits_ok
    assert n.grouped == "3010 0000 0000 0001 44"
    assert mod93("3010000000000001") == 44


def test_group_notice() -> None:
    assert group_notice("301000000000000144") == "3010 0000 0000 0001 44"
    assert group_notice("3010 0000 0000 0001 44") == "3010 0000 0000 0001 44"
    assert group_notice("30100") == "3010 0"
    assert group_notice("") == ""


@pytest.mark.parametrize(
    "typed",
    [
        "3010 0000 0000 0001 44",
        "  301000000000000144 ",
        "3010\u00a00000\u00a00000\u00a00001\u00a044",
        "3010\t0000 0000 0001 44\n",
    ],
)
def test_typed_with_or_without_spaces(typed: str) -> None:
    ref = parse_typed_notice(typed)
    assert ref == NoticeRef("301000000000000144", None, None, NoticeSource.TYPED, True)
    assert ref.grouped == "3010 0000 0000 0001 44"
    assert ref.iuv == "01000000000000144"


def test_aux_0_has_an_application_code_outside_the_iuv() -> None:
    value = notice(0, "12" + "0000000004321")
    n = parse_notice_number(value)
    assert n.aux_digit == 0
    assert n.application_code == "12"
    assert n.segregation_code is None
    assert n.iuv == value[3:]
    assert len(n.iuv) == 15
    assert n.check_digits_ok


def test_aux_1_has_no_check_digits() -> None:
    value = "1" + "12345678901234567"
    n = parse_notice_number(value)
    assert n.check_digits is None
    assert n.check_digits_ok
    assert n.iuv == value[1:]


def test_aux_2() -> None:
    value = notice(2, "987654321098765")
    n = parse_notice_number(value)
    assert n.iuv == value[1:]
    assert n.check_digits == value[16:]
    assert n.check_digits_ok


@pytest.mark.parametrize("segregation", ["99", "98"])
def test_special_segregation_codes(segregation: str) -> None:
    n = parse_notice_number(notice(3, segregation + "0000000000042"))
    assert n.segregation_code == segregation


def test_wrong_check_digits_is_a_warning_not_a_refusal(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.pagopa"):
        n = parse_notice_number("301000000000000145")
    assert not n.check_digits_ok
    assert n.value == "301000000000000145"
    assert [r.name for r in caplog.records] == ["kiosk.pagopa"]
    assert "44" in caplog.text
    assert "45" in caplog.text
    ref = parse_typed_notice("301000000000000145")
    assert not ref.check_digits_ok


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", NoticeProblem.EMPTY),
        ("   ", NoticeProblem.EMPTY),
        ("30100000000000014", NoticeProblem.TOO_SHORT),
        ("3010000000000001440", NoticeProblem.TOO_LONG),
        ("30100000000000014A", NoticeProblem.BAD_CHARS),
        ("3010-0000-0000-0001-44", NoticeProblem.BAD_CHARS),
        ("٣٠١٠٠٠٠٠٠٠٠٠٠٠٠١٤٤", NoticeProblem.BAD_CHARS),  # Arabic-Indic digits
        ("３０１０００００００００００１４４", NoticeProblem.BAD_CHARS),  # full-width digits
        ("401000000000000144", NoticeProblem.BAD_AUX_DIGIT),
        ("901000000000000144", NoticeProblem.BAD_AUX_DIGIT),
    ],
)
def test_malformed_notice_numbers(raw: str, problem: NoticeProblem) -> None:
    with pytest.raises(NoticeNumberError) as info:
        parse_notice_number(raw)
    assert info.value.problem is problem
    assert info.value.message
    assert isinstance(info.value, ValueError)


def test_iuv_function() -> None:
    assert iuv("3010 0000 0000 0001 44") == "01000000000000144"
    with pytest.raises(NoticeNumberError):
        iuv("12")


def test_compute_check_digits() -> None:
    assert compute_check_digits("3010000000000001") == "44"
    assert compute_check_digits("0000000000000000") == "00"
    with pytest.raises(ValueError, match="16 digits"):
        compute_check_digits("301")


middles = st.integers(0, 10**15 - 1).map("{:015d}".format)


@settings(max_examples=300, database=None)
@given(st.sampled_from([0, 2, 3]), middles)
def test_check_digits_follow_the_rule(aux: int, middle: str) -> None:
    value = notice(aux, middle)
    n = parse_notice_number(value)
    assert n.check_digits_ok
    assert int(n.check_digits or "") <= 92
    assert group_notice(value).replace(" ", "") == value
    # Any other pair of check digits is reported (and still accepted).
    wrong = f"{(int(value[16:]) + 1) % 100:02d}"
    assert not parse_notice_number(value[:16] + wrong).check_digits_ok


# --- QR payload -------------------------------------------------------------------------------


def test_domain_qr_example() -> None:
    ref = parse_qr_payload("PAGOPA|002|301000000000000144|00296180185|2221")
    assert ref == NoticeRef("301000000000000144", PAVIA, 2221, NoticeSource.QR, True)


@pytest.mark.parametrize(
    ("amount", "cents"),
    [("0000015000", 15000), ("2221", 2221), ("5", 5), ("05", 5), ("99999999999", 99999999999)],
)
def test_qr_amounts(amount: str, cents: int) -> None:
    ref = parse_qr_payload(f"PAGOPA|002|301000000000000144|{PAVIA}|{amount}")
    assert ref.amount_cents == cents


@pytest.mark.parametrize(
    "payload",
    [
        "PAGOPA|002|301000000000000144|00296180185|2221|",
        "PAGOPA|002|301000000000000144|00296180185|2221|extra|fields",
        "pagopa|002|301000000000000144|00296180185|2221",  # Caps Lock on the scanner
        "PAGOPA|002|301000000000000144|00296180185|2221\r\n",
    ],
)
def test_qr_tolerated_variants(payload: str) -> None:
    ref = parse_qr_payload(payload)
    assert (ref.notice_number, ref.creditor_cf, ref.amount_cents) == (
        "301000000000000144",
        PAVIA,
        2221,
    )


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        ("", NoticeProblem.NOT_PAGOPA),
        ("HELLO|002|301000000000000144|00296180185|2221", NoticeProblem.NOT_PAGOPA),
        ("PAGOPAA|002|301000000000000144|00296180185|2221", NoticeProblem.NOT_PAGOPA),
        ("PAGOPA|001|301000000000000144|00296180185|2221", NoticeProblem.BAD_VERSION),
        ("PAGOPA|003|301000000000000144|00296180185|2221", NoticeProblem.BAD_VERSION),
        ("PAGOPA|002|301000000000000144|00296180185|", NoticeProblem.TRUNCATED),
        ("PAGOPA|002|301000000000000144|00296180185", NoticeProblem.TRUNCATED),
        ("PAGOPA|002|3010000000", NoticeProblem.TRUNCATED),
        ("PAGOPA|002|3010000000|00296180185|2221", NoticeProblem.BAD_NOTICE),
        ("PAGOPA|002|401000000000000144|00296180185|2221", NoticeProblem.BAD_NOTICE),
        ("PAGOPA|002|3010 0000 0000 0001 44|00296180185|2221", NoticeProblem.BAD_NOTICE),
        ("PAGOPA|002|301000000000000144|0029618018|2221", NoticeProblem.BAD_CREDITOR),
        ("PAGOPA|002|301000000000000144|RSSMRA85T10G388I|2221", NoticeProblem.BAD_CREDITOR),
        ("PAGOPA|002|301000000000000144|00296180185|22,21", NoticeProblem.BAD_AMOUNT),
        ("PAGOPA|002|301000000000000144|00296180185|-2221", NoticeProblem.BAD_AMOUNT),
        ("PAGOPA|002|301000000000000144|00296180185|123456789012", NoticeProblem.BAD_AMOUNT),
        ("PAGOPA|002|301000000000000144|00296180185|٢٢٢١", NoticeProblem.BAD_AMOUNT),
    ],
)
def test_qr_refusals(payload: str, problem: NoticeProblem) -> None:
    with pytest.raises(QrPayloadError) as info:
        parse_qr_payload(payload)
    assert info.value.problem is problem
    assert info.value.message


def test_every_prefix_of_a_payload_is_refused_or_a_shorter_amount() -> None:
    full = "PAGOPA|002|301000000000000144|00296180185|2221"
    amount_start = full.rindex("|") + 1
    for end in range(len(full)):
        prefix = full[:end]
        if end > amount_start:
            # Cut inside the amount: indistinguishable from a smaller amount; verify decides.
            assert parse_qr_payload(prefix).amount_cents == int(full[amount_start:end])
            continue
        with pytest.raises(QrPayloadError) as info:
            parse_qr_payload(prefix)
        expected = NoticeProblem.NOT_PAGOPA if end < 6 else NoticeProblem.TRUNCATED
        assert info.value.problem is expected, prefix


def test_build_qr_payload() -> None:
    assert (
        build_qr_payload("301000000000000144", PAVIA, 2221)
        == "PAGOPA|002|301000000000000144|00296180185|2221"
    )
    assert build_qr_payload("301000000000000144", PAVIA, 5).endswith("|05")
    assert build_qr_payload("3010 0000 0000 0001 44", PAVIA, 0).endswith("|00")


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("30100000000000014", PAVIA, 1), NoticeNumberError),
        (("301000000000000144", "0029618018", 1), ValueError),
        (("301000000000000144", PAVIA, -1), ValueError),
        (("301000000000000144", PAVIA, 10**11), ValueError),
        (("301000000000000144", PAVIA, 22.21), ValueError),
        (("301000000000000144", PAVIA, True), ValueError),
    ],
)
def test_build_qr_payload_refuses_bad_input(
    args: tuple[object, ...], error: type[Exception]
) -> None:
    with pytest.raises(error):
        build_qr_payload(*args)  # type: ignore[arg-type]


@st.composite
def valid_notices(draw: st.DrawFn) -> str:
    aux = draw(st.sampled_from([0, 1, 2, 3]))
    if aux == 1:
        return "1" + f"{draw(st.integers(0, 10**17 - 1)):017d}"
    return notice(aux, draw(middles))


creditors = st.integers(0, 10**11 - 1).map("{:011d}".format)
amounts = st.integers(0, 10**11 - 1)


@settings(max_examples=300, database=None)
@given(valid_notices(), creditors, amounts)
def test_qr_round_trip(number: str, creditor: str, cents: int) -> None:
    payload = build_qr_payload(number, creditor, cents)
    assert re.fullmatch(r"PAGOPA\|002\|[0-9]{18}\|[0-9]{11}\|[0-9]{2,11}", payload)
    assert parse_qr_payload(payload) == NoticeRef(number, creditor, cents, NoticeSource.QR, True)


_QR_RE = re.compile(r"(?i:PAGOPA)\|002\|([0-3][0-9]{17})\|([0-9]{11})\|([0-9]{1,11})(\|.*)?", re.S)


@settings(max_examples=400, database=None)
@given(
    st.lists(
        st.sampled_from(
            ["PAGOPA", "pagopa", "|", "002", "001", "3010", "0000", "00296180185", "44", "2221"]
        )
        | st.text(max_size=4),
        max_size=12,
    ).map("".join)
)
def test_qr_parser_accepts_exactly_the_grammar(text: str) -> None:
    match = _QR_RE.fullmatch(text.strip())
    try:
        ref = parse_qr_payload(text)
    except QrPayloadError:
        assert match is None, text
        return
    assert match is not None, text
    assert ref.notice_number == match.group(1)
    assert ref.creditor_cf == match.group(2)
    assert ref.amount_cents == int(match.group(3))


# --- Poste Data Matrix ------------------------------------------------------------------------


def test_datamatrix_256() -> None:
    number = notice(3, "01" + "0000000000001")
    ref = parse_poste_datamatrix(datamatrix(number, 2221, PAVIA))
    assert ref == NoticeRef(number, PAVIA, 2221, NoticeSource.DATAMATRIX, True)
    assert "RSSMRA" not in repr(ref)


def test_datamatrix_255_and_line_ends() -> None:
    number = notice(3, "01" + "0000000000001")
    assert parse_poste_datamatrix(datamatrix(number, 1, PAVIA, length=255)).amount_cents == 1
    assert parse_poste_datamatrix(datamatrix(number, 1, PAVIA) + "\r\n").amount_cents == 1
    caps_lock = datamatrix(number, 1, PAVIA).swapcase()
    assert parse_poste_datamatrix(caps_lock).notice_number == number


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda p: p[:254], NoticeProblem.TRUNCATED),
        (lambda p: p[:40], NoticeProblem.TRUNCATED),
        (lambda p: p + "X", NoticeProblem.BAD_NOTICE),
        (lambda p: "codfase=XXXX;" + p[13:], NoticeProblem.NOT_PAGOPA),
        (lambda p: p[:15] + "4" + p[16:], NoticeProblem.BAD_NOTICE),
        (lambda p: p[:20] + "A" + p[21:], NoticeProblem.BAD_NOTICE),
        (lambda p: p[:50] + " " + p[51:], NoticeProblem.BAD_AMOUNT),
        (lambda p: p[:70] + "X" + p[71:], NoticeProblem.BAD_CREDITOR),
    ],
)
def test_datamatrix_refusals(mutate: object, problem: NoticeProblem) -> None:
    payload = datamatrix(notice(3, "01" + "0000000000001"), 2221, PAVIA)
    with pytest.raises(DataMatrixError) as info:
        parse_poste_datamatrix(mutate(payload))  # type: ignore[operator]
    assert info.value.problem is problem
    assert isinstance(info.value, PagoPaError)


@settings(max_examples=200, database=None)
@given(valid_notices(), creditors, st.integers(0, 10**10 - 1), st.sampled_from([255, 256]))
def test_datamatrix_round_trip(number: str, creditor: str, cents: int, length: int) -> None:
    ref = parse_poste_datamatrix(datamatrix(number, cents, creditor, length=length))
    assert (ref.notice_number, ref.creditor_cf, ref.amount_cents) == (number, creditor, cents)
