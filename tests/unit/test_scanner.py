"""Keyboard-wedge detection and scan decoding.

The detector is driven with explicit timestamps: a scanner at 4 ms per key, a person at
120-400 ms per key. The decoder is fuzzed with thousands of inputs, including near-misses
assembled from fragments of real payloads.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.it import codicefiscale as stdnum_cf

from kiosk.pagopa import NoticeSource, build_qr_payload
from kiosk.scanner import (
    MAX_SCAN_LENGTH,
    CodeKind,
    Decoded,
    ScanComplete,
    SpecialKey,
    TypedKeys,
    WedgeDetector,
    WedgeEvent,
    decode,
)

ENTER = SpecialKey.ENTER
PAVIA = "00296180185"
QR = "PAGOPA|002|301000000000000144|00296180185|2221"


def feed_all(
    detector: WedgeDetector, keys: list[str | SpecialKey], gaps: list[float], start: float = 100.0
) -> list[WedgeEvent]:
    events: list[WedgeEvent] = []
    t = start
    for key, gap in zip(keys, gaps, strict=True):
        t += gap
        events += detector.feed(key, t)
    return events


def scan(
    detector: WedgeDetector, text: str, start: float = 100.0, gap: float = 0.004
) -> list[WedgeEvent]:
    keys: list[str | SpecialKey] = [*text, ENTER]
    return feed_all(detector, keys, [gap] * len(keys), start)


# --- WedgeDetector -------------------------------------------------------------------------


def test_a_fast_burst_ending_with_enter_is_a_scan() -> None:
    detector = WedgeDetector()
    events = scan(detector, QR)
    assert events == [ScanComplete(QR)]
    assert not detector.pending
    assert detector.due_at() is None


def test_human_typing_is_released_key_by_key() -> None:
    detector = WedgeDetector()
    assert detector.feed("3", 10.0) == []  # held: could be the start of a scan
    assert detector.pending
    assert detector.due_at() == pytest.approx(10.035)
    assert detector.poll(10.02) == []  # too early to decide
    assert detector.poll(10.036) == [TypedKeys(("3",))]
    assert not detector.pending
    # The next key releases the previous one when it comes late.
    assert detector.feed("0", 10.3) == []
    assert detector.feed("1", 10.6) == [TypedKeys(("0",))]
    assert detector.feed(ENTER, 11.0) == [TypedKeys(("1",)), TypedKeys((ENTER,))]


def test_short_fast_burst_then_enter_is_typing() -> None:
    # Five rolled keys and Enter, all fast: fewer than min_chars, so a person.
    detector = WedgeDetector()
    events = feed_all(detector, [*"abcde", ENTER], [0.01] * 6)
    assert events == [TypedKeys(("a", "b", "c", "d", "e", ENTER))]


def test_six_fast_keys_and_enter_is_the_minimum_scan() -> None:
    detector = WedgeDetector()
    assert feed_all(detector, [*"abcdef", ENTER], [0.01] * 7) == [ScanComplete("abcdef")]


def test_fast_burst_with_a_slow_enter_is_typing() -> None:
    detector = WedgeDetector()
    events = feed_all(detector, [*"RSSMRA85T10G388I", ENTER], [0.004] * 16 + [0.5])
    assert events == [TypedKeys(tuple("RSSMRA85T10G388I")), TypedKeys((ENTER,))]


def test_a_pause_inside_the_burst_breaks_it() -> None:
    detector = WedgeDetector()
    keys = [*"ABCDEFGH", ENTER]
    gaps = [0.004, 0.004, 0.004, 0.2, 0.004, 0.004, 0.004, 0.004, 0.004]
    events = feed_all(detector, keys, gaps)
    assert events == [TypedKeys(("A", "B", "C")), TypedKeys(("D", "E", "F", "G", "H", ENTER))]


def test_gap_exactly_at_the_threshold_is_still_fast() -> None:
    detector = WedgeDetector(max_gap_s=0.5)  # exact binary fractions, no rounding doubt
    assert feed_all(detector, [*"abcdef", ENTER], [0.5] * 7) == [ScanComplete("abcdef")]


def test_typing_then_a_scan() -> None:
    detector = WedgeDetector()
    events = feed_all(detector, ["1", "2"], [0.3, 0.3], start=50.0)
    assert events == [TypedKeys(("1",))]
    events = scan(detector, "RSSMRA85T10G388I", start=51.0)
    assert events == [TypedKeys(("2",)), ScanComplete("RSSMRA85T10G388I")]


def test_control_characters_map_to_special_keys() -> None:
    detector = WedgeDetector()
    events = feed_all(detector, [*"ABCDEFG", "\r"], [0.004] * 8)
    assert events == [ScanComplete("ABCDEFG")]
    events = feed_all(detector, [*"ABCDEFG", "\n"], [0.004] * 8, start=200.0)
    assert events == [ScanComplete("ABCDEFG")]
    assert detector.feed("\t", 300.0) == [TypedKeys((SpecialKey.TAB,))]
    assert detector.feed("\b", 301.0) == [TypedKeys((SpecialKey.BACKSPACE,))]
    assert detector.feed("\x1b", 302.0) == [TypedKeys((SpecialKey.ESCAPE,))]


def test_tab_terminator_is_configurable() -> None:
    detector = WedgeDetector(terminators=frozenset({ENTER, SpecialKey.TAB}))
    assert feed_all(detector, [*"ABCDEFG", "\t"], [0.004] * 8) == [ScanComplete("ABCDEFG")]
    # Without it, Tab after a fast burst is typing.
    detector = WedgeDetector()
    events = feed_all(detector, [*"ABCDEFG", "\t"], [0.004] * 8)
    assert events == [TypedKeys((*"ABCDEFG", SpecialKey.TAB))]


def test_special_key_mid_burst_releases_the_burst_as_typing() -> None:
    detector = WedgeDetector()
    events = feed_all(detector, [*"ABC", SpecialKey.BACKSPACE, *"DEFGHI", ENTER], [0.004] * 11)
    assert events == [TypedKeys(("A", "B", "C", SpecialKey.BACKSPACE)), ScanComplete("DEFGHI")]


def test_scanner_without_suffix() -> None:
    detector = WedgeDetector(require_terminator=False)
    events = feed_all(detector, list("030A01234567890"), [0.004] * 15)
    assert events == []
    due = detector.due_at()
    assert due is not None
    assert detector.poll(due + 0.001) == [ScanComplete("030A01234567890")]
    # A slow person is still a person.
    assert feed_all(detector, list("12"), [1.0, 1.0], start=500.0) == [TypedKeys(("1",))]
    assert detector.flush() == [TypedKeys(("2",))]


def test_modifier_only_events_are_ignored() -> None:
    detector = WedgeDetector()
    keys: list[str | SpecialKey] = []
    for char in "RSSMRA":
        keys += ["", char]  # Shift press (no text) before each capital
    events = feed_all(detector, [*keys, ENTER], [0.002] * (len(keys) + 1))
    assert events == [ScanComplete("RSSMRA")]


def test_time_going_backwards_breaks_the_burst() -> None:
    detector = WedgeDetector()
    assert detector.feed("A", 10.0) == []
    assert detector.feed("B", 9.0) == [TypedKeys(("A",))]
    assert detector.poll(8.0) == [TypedKeys(("B",))]


def test_max_length_releases_a_runaway_burst() -> None:
    detector = WedgeDetector(max_length=20)
    events = feed_all(detector, ["x"] * 25, [0.004] * 25)
    assert events == [TypedKeys(("x",) * 21)]
    assert detector.flush() == [TypedKeys(("x",) * 4)]


def test_flush_and_reset() -> None:
    detector = WedgeDetector()
    detector.feed("A", 1.0)
    assert detector.flush() == [TypedKeys(("A",))]
    assert detector.flush() == []
    detector.feed("B", 2.0)
    detector.reset()
    assert not detector.pending
    assert detector.poll(10.0) == []


@pytest.mark.parametrize(
    "kwargs",
    [{"max_gap_s": 0}, {"max_gap_s": -1}, {"min_chars": 0}, {"min_chars": 10, "max_length": 5}],
)
def test_bad_parameters(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message is not the point
        WedgeDetector(**kwargs)  # type: ignore[arg-type]


def test_event_reprs_hide_content() -> None:
    assert "RSSMRA" not in repr(ScanComplete("RSSMRA85T10G388I"))
    assert "1234" not in repr(TypedKeys(tuple("1234")))


key_strategy = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from([*SpecialKey, "", "\r", "\t"]),
)


@settings(max_examples=250, database=None)
@given(
    st.lists(
        st.tuples(key_strategy, st.sampled_from([0.001, 0.004, 0.03, 0.035, 0.05, 0.3, -0.01])),
        max_size=40,
    )
)
def test_no_key_is_lost_duplicated_or_reordered(
    stream: list[tuple[str | SpecialKey, float]],
) -> None:
    detector = WedgeDetector()
    t = 1000.0
    events: list[WedgeEvent] = []
    for key, gap in stream:
        t += gap
        events += detector.poll(t - gap / 2) if gap > 0 else []
        events += detector.feed(key, t)
    events += detector.flush()
    # Rebuild the stream the UI would see, scans standing for their text plus Enter.
    seen: list[str | SpecialKey] = []
    for event in events:
        if isinstance(event, ScanComplete):
            assert len(event.text) >= 6
            seen += [*event.text, ENTER]
        else:
            assert event.keys  # never an empty event
            seen += event.keys
    controls = {
        "\r": ENTER,
        "\n": ENTER,
        "\t": SpecialKey.TAB,
        "\b": SpecialKey.BACKSPACE,
        "\x1b": SpecialKey.ESCAPE,
    }
    expected = [controls.get(k, k) if isinstance(k, str) else k for k, _ in stream if k != ""]
    flattened: list[str | SpecialKey] = []
    for k in expected:
        flattened += list(k) if isinstance(k, str) else [k]
    flat_seen: list[str | SpecialKey] = []
    for k in seen:
        flat_seen += list(k) if isinstance(k, str) else [k]
    assert flat_seen == flattened


# --- decode ---------------------------------------------------------------------------------


def test_decode_pagopa_qr() -> None:
    decoded = decode(QR)
    assert decoded.kind is CodeKind.PAGOPA_QR
    assert decoded.ok
    assert decoded.value == "301000000000000144"
    assert decoded.notice is not None
    assert decoded.notice.source is NoticeSource.QR
    assert decoded.notice.amount_cents == 2221
    assert decoded.notice.creditor_cf == PAVIA
    assert decode(QR + "\r\n").kind is CodeKind.PAGOPA_QR


def datamatrix(number: str = "301000000000000144", cents: int = 2221) -> str:
    payload = (
        f"codfase=NBPA;18{number}12001234567890"
        f"10{cents:010d}38961P1{PAVIA}RSSMRA85T10G388I"
        + "ROSSI MARIO".ljust(40)
        + "CIE".ljust(110)
        + " " * 12
        + "A"
    )
    assert len(payload) == 256
    return payload


def test_decode_poste_datamatrix() -> None:
    decoded = decode(datamatrix())
    assert decoded.kind is CodeKind.POSTE_DATAMATRIX
    assert decoded.value == "301000000000000144"
    assert decoded.notice is not None
    assert decoded.notice.amount_cents == 2221
    assert decoded.notice.source is NoticeSource.DATAMATRIX
    # The payer's codice fiscale inside the Data Matrix never comes out.
    assert "RSSMRA" not in repr(decoded)
    assert decode(datamatrix()[:255]).kind is CodeKind.POSTE_DATAMATRIX


@pytest.mark.parametrize(
    "text", ["RSSMRA85T10G388I", "*RSSMRA85T10G388I*", "rssmra85t10g388i\r\n", " RSSMRA85T10G388I "]
)
def test_decode_codice_fiscale(text: str) -> None:
    decoded = decode(text)
    assert decoded.kind is CodeKind.CODICE_FISCALE
    assert decoded.value == "RSSMRA85T10G388I"
    assert decoded.notice is None
    assert "RSSMRA85T10G388I" not in repr(decoded)


def test_decode_omocode_codice_fiscale() -> None:
    body = "RSSMRA85T10G38U"
    code = body + stdnum_cf.calc_check_digit(body)
    assert decode(code).kind is CodeKind.CODICE_FISCALE


def test_decode_misread_codice_fiscale() -> None:
    decoded = decode("RSSMRA85T10G388J")
    assert decoded.kind is CodeKind.UNKNOWN
    assert decoded.looks_like is CodeKind.CODICE_FISCALE
    assert decoded.value == ""
    assert "tessera" in decoded.message
    assert decoded.message_context == "Scanner"


@pytest.mark.parametrize(
    "text", ["030A01234567890", "*030A01234567890*", "030a01234567890", "120123456789012"]
)
def test_decode_nre(text: str) -> None:
    decoded = decode(text)
    assert decoded.kind is CodeKind.NRE
    assert decoded.value == text.strip("*").upper()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("SMACY-BADGE:abcd1234", "abcd1234"),
        ("SMACY-BADGE:T-0042-xY-99", "T-0042-xY-99"),
        ("SMACY-BADGE:" + "A" * 64 + "\r", "A" * 64),
    ],
)
def test_decode_tutor_badge(text: str, code: str) -> None:
    decoded = decode(text)
    assert decoded.kind is CodeKind.TUTOR_BADGE
    assert decoded.value == code
    assert code not in repr(decoded)


@pytest.mark.parametrize(
    "text",
    [
        "SMACY-BADGE:short",
        "SMACY-BADGE:" + "A" * 65,
        "SMACY-BADGE:abcd 1234",
        "SMACY-BADGE:abcd_1234",
        "SMACY-BADGE:àbcd1234",
        "SMACY-BADGE:",
    ],
)
def test_decode_bad_badge(text: str) -> None:
    decoded = decode(text)
    assert decoded.kind is CodeKind.UNKNOWN
    assert decoded.looks_like is CodeKind.TUTOR_BADGE
    assert decoded.message


def test_lowercase_badge_prefix_is_not_a_badge() -> None:
    assert decode("smacy-badge:abcd1234").kind is CodeKind.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\r\n",
        "hello",
        "https://www.comune.pv.it",
        "301000000000000144",  # a bare notice number is not one of the codes read here
        "00296180185",  # a company code is not on a health card
        "8001234567890",  # EAN-13 of some product
        "\x00\x01\x02\x1b[2J",
        "Привет, мир",
        "مرحبا",
        "你好世界你好世界你好世界你好世界",  # 16 characters, not Latin
        "ＲＳＳＭＲＡ８５Ｔ１０Ｇ３８８Ｉ",  # full-width look-alike of a codice fiscale
        "X" * 10_000,
        "PAGOPA" * 2000,
    ],
)
def test_unknown_inputs(text: str) -> None:
    decoded = decode(text)
    assert decoded.kind is CodeKind.UNKNOWN
    assert not decoded.ok
    assert decoded.value == ""
    assert decoded.message


def test_unknown_message_is_the_friendly_one() -> None:
    decoded = decode("hello")
    assert decoded.message == "Questo codice non è tra quelli che posso leggere qui."
    assert decoded.message_context == "Scanner"
    assert decoded.looks_like is None


@pytest.mark.parametrize("end", [6, 7, 10, 11, 20, 29, 30, 41, 42])
def test_half_a_qr_payload(end: int) -> None:
    decoded = decode(QR[:end])
    assert decoded.kind is CodeKind.UNKNOWN
    assert decoded.looks_like is CodeKind.PAGOPA_QR
    assert decoded.message_context == "PagoPA"
    assert "parte" in decoded.message  # "Ho letto solo una parte del codice"


def test_half_a_datamatrix() -> None:
    decoded = decode(datamatrix()[:120])
    assert decoded.kind is CodeKind.UNKNOWN
    assert decoded.looks_like is CodeKind.POSTE_DATAMATRIX
    assert decoded.message_context == "PagoPA"


def test_non_string_input_is_unknown() -> None:
    assert decode(None).kind is CodeKind.UNKNOWN  # type: ignore[arg-type]
    assert decode(b"PAGOPA|002").kind is CodeKind.UNKNOWN  # type: ignore[arg-type]


def test_decoding_long_input_is_fast() -> None:
    texts = ["X" * 10_000, "PAGOPA|" + "9" * 9_990, "codfase=NBPA;" + "0" * 9_000, "|" * 10_000]
    # Just under the cap, so every parser really runs on them.
    texts += ["X" * 4_000, "PAGOPA|002|" + "9" * 3_980, "codfase=NBPA;" + "0" * 3_900, "|" * 4_000]
    start = time.perf_counter()
    for text in texts * 25:
        assert decode(text).kind is CodeKind.UNKNOWN
    assert time.perf_counter() - start < 1.0
    assert len(texts[0]) > MAX_SCAN_LENGTH


# --- properties -----------------------------------------------------------------------------

_QR_RE = re.compile(r"(?i:PAGOPA)\|002\|[0-3][0-9]{17}\|[0-9]{11}\|[0-9]{1,11}(\|.*)?", re.S)
_DM_RE = re.compile(r"(?i:codfase=NBPA;).{242,243}", re.S)
_NRE_RE = re.compile(r"[0-9]{3}[0-9A-Z]{12}")
_BADGE_RE = re.compile(r"SMACY-BADGE:[A-Za-z0-9-]{8,64}")

fragments = st.sampled_from(
    [
        "PAGOPA",
        "pagopa",
        "|",
        "002",
        "3010",
        "0000",
        "00296180185",
        "2221",
        "44",
        "SMACY-BADGE:",
        "codfase=NBPA;",
        "RSSMRA",
        "85T10",
        "G388I",
        "030",
        "*",
        "\r\n",
    ]
)
texts = st.one_of(
    st.text(max_size=80),
    st.lists(fragments | st.text(max_size=3), max_size=10).map("".join),
    st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ|*", max_size=60),
)


def _check_consistent(text: str, decoded: Decoded) -> None:
    assert isinstance(decoded, Decoded)
    core = text.strip("\r\n")
    stripped = core.strip()
    if decoded.kind is CodeKind.PAGOPA_QR:
        assert _QR_RE.fullmatch(stripped), text
        assert decoded.notice is not None
        assert decoded.value == stripped.split("|")[2]
    elif decoded.kind is CodeKind.POSTE_DATAMATRIX:
        assert _DM_RE.fullmatch(core), text
        assert decoded.value == core[15:33]
    elif decoded.kind is CodeKind.CODICE_FISCALE:
        assert stdnum_cf.is_valid(decoded.value)
        assert len(decoded.value) == 16
    elif decoded.kind is CodeKind.NRE:
        assert _NRE_RE.fullmatch(decoded.value)
    elif decoded.kind is CodeKind.TUTOR_BADGE:
        assert _BADGE_RE.fullmatch(stripped), text
    else:
        assert decoded.kind is CodeKind.UNKNOWN
        assert decoded.value == ""
        assert decoded.notice is None
        assert decoded.message
    if decoded.kind in (CodeKind.PAGOPA_QR, CodeKind.POSTE_DATAMATRIX):
        assert decoded.notice is not None
        assert decoded.notice.notice_number == decoded.value
    else:
        assert decoded.notice is None


@settings(max_examples=2000, database=None)
@given(texts)
def test_decode_never_raises_and_never_misclassifies(text: str) -> None:
    _check_consistent(text, decode(text))


@st.composite
def notices(draw: st.DrawFn) -> str:
    # Integers, not digit strings: far cheaper for Hypothesis to generate 2000 of.
    aux = draw(st.sampled_from("0123"))
    if aux == "1":
        return aux + f"{draw(st.integers(0, 10**17 - 1)):017d}"
    body = aux + f"{draw(st.integers(0, 10**15 - 1)):015d}"
    return body + f"{int(body) % 93:02d}"


@settings(max_examples=2000, database=None)
@given(
    notices(),
    st.integers(0, 10**11 - 1).map("{:011d}".format),
    st.integers(0, 10**11 - 1),
    st.sampled_from(["", "\r", "\r\n", "\n"]),
)
def test_qr_round_trip_through_the_decoder(
    number: str, creditor: str, cents: int, end: str
) -> None:
    payload = build_qr_payload(number, creditor, cents)
    decoded = decode(payload + end)
    assert decoded.kind is CodeKind.PAGOPA_QR
    assert decoded.notice is not None
    assert (decoded.value, decoded.notice.creditor_cf, decoded.notice.amount_cents) == (
        number,
        creditor,
        cents,
    )
    assert decoded.notice.check_digits_ok
    # Cutting the payload anywhere before the amount never yields a pagoPA notice.
    cut = payload.rindex("|")
    assert decode(payload[:cut]).kind is CodeKind.UNKNOWN


@settings(max_examples=200, database=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=400))
def test_scanner_pipeline_never_raises(text: str) -> None:
    detector = WedgeDetector()
    t = 0.0
    events: list[WedgeEvent] = []
    for char in text:
        t += 0.003
        events += detector.feed(char, t)
    events += detector.feed(ENTER, t + 0.003)
    events += detector.flush()
    for event in events:
        if isinstance(event, ScanComplete):
            _check_consistent(event.text, decode(event.text))
