"""Domain rules of kiosk.receipts: codes, masking, validation."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from kiosk.receipts import (
    ROME,
    PaymentReceipt,
    ReceiptKind,
    mask_fiscal_code,
    new_receipt_code,
    normalize_receipt_code,
)
from printing.samples import sample_booking, sample_payment, sample_summary


def test_new_codes_are_grouped_crockford_and_distinct() -> None:
    codes = {new_receipt_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in codes:
        assert len(code) == 12
        assert code[4] == code[9] == "-"
        assert not set(code.replace("-", "")) & set("ILOU")
        assert normalize_receipt_code(code) == code


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("K7Q2-M9XD-3F", "K7Q2-M9XD-3F"),
        ("k7q2m9xd3f", "K7Q2-M9XD-3F"),
        (" K7Q2 M9XD 3F ", "K7Q2-M9XD-3F"),
        ("SMACY:R:K7Q2-M9XD-3F", "K7Q2-M9XD-3F"),
        ("OI1L-0000-00", "0111-0000-00"),  # misread letters
        ("K7Q2-M9XD-3", None),
        ("K7Q2-M9XD-3FF", None),
        ("K7Q2-M9XD-3U", None),
        ("", None),
    ],
)
def test_normalize_receipt_code(typed: str, expected: str | None) -> None:
    assert normalize_receipt_code(typed) == expected


def test_fiscal_code_is_masked_like_the_house_rule() -> None:
    assert mask_fiscal_code("RSSMRA85T10G388I") == "RSSMRA*******88I"
    assert mask_fiscal_code(" rssmra85t10g388i ") == "RSSMRA*******88I"
    assert mask_fiscal_code("ABC") == "***"
    assert sample_booking().patient_masked == "RSSMRA*******88I"


def test_payment_needs_aware_times_and_valid_numbers() -> None:
    good = sample_payment()
    with pytest.raises(ValueError, match="timezone-aware"):
        dataclasses.replace(good, paid_at=datetime(2026, 11, 23, 11, 0))
    with pytest.raises(ValueError, match="18 digits"):
        dataclasses.replace(good, notice_number="30100000000000014")
    with pytest.raises(ValueError, match="11 digits"):
        dataclasses.replace(good, creditor_fiscal_code="0029618018")
    with pytest.raises(ValueError, match="cents"):
        dataclasses.replace(good, amount_cents=-1)
    with pytest.raises(ValueError, match="cents"):
        dataclasses.replace(good, fee_cents=True)
    with pytest.raises(ValueError, match="receipt_code"):
        dataclasses.replace(good, receipt_code="k7q2-m9xd-3f")


def test_payment_totals_and_search_keys() -> None:
    receipt = sample_payment()
    assert isinstance(receipt, PaymentReceipt)
    assert receipt.kind is ReceiptKind.PAYMENT
    assert receipt.total_cents == 2321
    assert receipt.notice_number in receipt.search_keys


def test_booking_end_must_follow_start() -> None:
    booking = sample_booking()
    with pytest.raises(ValueError, match="end"):
        dataclasses.replace(booking, end=booking.start)
    assert booking.kind is ReceiptKind.BOOKING
    assert booking.search_keys[0] == booking.booking_code
    assert booking.start.tzinfo is ROME


def test_summary_shares_and_totals() -> None:
    summary = sample_summary()
    assert summary.assisted_share == pytest.approx(13 / 52)
    assert summary.total_cents == 58744 + 3000 + 8395
    assert dataclasses.replace(summary, sessions=0, assisted_sessions=0).assisted_share == 0.0
