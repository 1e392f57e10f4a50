"""Receipts the station hands to the citizen (and the staff's daily summary), as plain data.

These dataclasses carry everything a printed receipt must show; ``printing`` turns them into
PDFs. They hold no Qt and no reportlab, so flows build them and tests compare them freely.
Amounts are integer euro cents; datetimes must be timezone-aware (shown in ``Europe/Rome``).

The codice fiscale is kept in clear only because the booking backend returns it: every printed
or logged form goes through :func:`mask_fiscal_code`.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import ClassVar
from zoneinfo import ZoneInfo

ROME = ZoneInfo("Europe/Rome")

# Crockford base32: no I, L, O, U, so a code read aloud or typed from paper cannot be confused.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
RECEIPT_CODE_LENGTH = 10
_NOTICE_RE = re.compile(r"\d{18}")
_CREDITOR_RE = re.compile(r"\d{11}")


class ReceiptKind(StrEnum):
    """What a receipt attests; the value is stored in the receipts database."""

    PAYMENT = "payment"
    BOOKING = "booking"
    CANCELLATION = "cancellation"
    DAILY_SUMMARY = "daily_summary"


def new_receipt_code() -> str:
    """Return a fresh random receipt code, grouped for reading: ``K7Q2-M9XD-3F``.

    Ten Crockford base32 symbols give 50 random bits: collisions within a retention window of
    one office are negligible, and the store refuses a duplicate anyway.
    """
    raw = "".join(secrets.choice(_CROCKFORD) for _ in range(RECEIPT_CODE_LENGTH))
    return format_receipt_code(raw)


def format_receipt_code(raw: str) -> str:
    """Group a bare 10-symbol code as ``XXXX-XXXX-XX``."""
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalize_receipt_code(text: str) -> str | None:
    """Turn what staff typed or a scanner sent into the canonical grouped code.

    Accepts lower case, spaces, dashes, the ``SMACY:R:`` QR prefix and the usual misreadings
    (O for 0, I/L for 1). Returns ``None`` when the text cannot be a receipt code.
    """
    cleaned = text.strip().upper()
    if cleaned.startswith("SMACY:R:"):
        cleaned = cleaned[len("SMACY:R:") :]
    cleaned = re.sub(r"[\s\-]", "", cleaned).translate(_CROCKFORD_ALIASES)
    if len(cleaned) != RECEIPT_CODE_LENGTH or any(c not in _CROCKFORD for c in cleaned):
        return None
    return format_receipt_code(cleaned)


def mask_fiscal_code(code: str) -> str:
    """Mask a codice fiscale for print and logs: ``RSSMRA85T10G388I`` -> ``RSSMRA*******88I``.

    Keeps the surname/name letters and the last three symbols, which lets the citizen recognise
    their own code without exposing birth date and place. Anything shorter than 10 symbols is
    masked entirely.
    """
    clean = re.sub(r"\s", "", code).upper()
    if len(clean) < 10:
        return "*" * len(clean)
    return clean[:6] + "*" * (len(clean) - 9) + clean[-3:]


def _require_aware(name: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


def _require_cents(name: str, value: int) -> None:
    # bool is an int subclass; a True amount is always a bug.
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a non-negative integer number of cents, got {value!r}")


@dataclass(frozen=True, kw_only=True, slots=True)
class ReceiptBase:
    """Fields every receipt carries.

    Attributes:
        receipt_code: Grouped Crockford code (``K7Q2-M9XD-3F``), printed and in the QR.
        issued_at: When the receipt was produced (aware; printed in Europe/Rome time).
        station_id: The kiosk id from the configuration.
        office: Office name where the station stands, as printed.
        language: Language code the citizen used (``"it"``, ``"en"``...).
        assisted_by: Name of the tutor who assisted, or ``None``.
    """

    kind: ClassVar[ReceiptKind]

    receipt_code: str
    issued_at: datetime
    station_id: str
    office: str
    language: str = "it"
    assisted_by: str | None = None

    def __post_init__(self) -> None:
        if normalize_receipt_code(self.receipt_code) != self.receipt_code:
            raise ValueError(f"receipt_code must look like K7Q2-M9XD-3F, got {self.receipt_code!r}")
        _require_aware("issued_at", self.issued_at)

    @property
    def search_keys(self) -> tuple[str, ...]:
        """Extra references staff can search by (booking code, notice number...)."""
        return ()


@dataclass(frozen=True, kw_only=True, slots=True)
class PaymentReceipt(ReceiptBase):
    """The attestazione di pagamento of one pagoPA notice paid at the station.

    Attributes:
        paid_at: Date and time of the payment outcome (aware).
        creditor_fiscal_code: 11-digit fiscal code of the creditor body.
        creditor_name: The creditor body, e.g. ``Comune di Pavia``.
        notice_number: The 18-digit codice avviso (printed in groups of four).
        iuv: Identificativo Univoco di Versamento.
        psp_name: Payment service provider that took the payment.
        psp_fiscal_code: Its fiscal code / VAT number.
        payment_token: Token returned by *activate* (the unique payment number).
        iur: Identificativo Univoco di Riscossione, when the provider returned one.
        amount_cents: Amount of the notice, in cents.
        fee_cents: Commission charged by the provider, in cents (0 when none).
        reason: Causale of the payment.
    """

    kind: ClassVar[ReceiptKind] = ReceiptKind.PAYMENT

    paid_at: datetime
    creditor_fiscal_code: str
    creditor_name: str
    notice_number: str
    iuv: str
    psp_name: str
    psp_fiscal_code: str
    payment_token: str
    iur: str | None = None
    amount_cents: int
    fee_cents: int = 0
    reason: str

    def __post_init__(self) -> None:
        ReceiptBase.__post_init__(self)
        _require_aware("paid_at", self.paid_at)
        if not _NOTICE_RE.fullmatch(self.notice_number):
            raise ValueError(f"notice_number must be 18 digits, got {self.notice_number!r}")
        if not _CREDITOR_RE.fullmatch(self.creditor_fiscal_code):
            raise ValueError(
                f"creditor_fiscal_code must be 11 digits, got {self.creditor_fiscal_code!r}"
            )
        _require_cents("amount_cents", self.amount_cents)
        _require_cents("fee_cents", self.fee_cents)
        if not self.payment_token:
            raise ValueError("payment_token must not be empty")

    @property
    def total_cents(self) -> int:
        """Amount plus fee: what left the citizen's card."""
        return self.amount_cents + self.fee_cents

    @property
    def search_keys(self) -> tuple[str, ...]:
        return (self.notice_number, self.iuv, self.payment_token)


@dataclass(frozen=True, kw_only=True, slots=True)
class Place:
    """Where an appointment takes place.

    Attributes:
        office_name: e.g. ``Ospedale San Matteo - Poliambulatorio``.
        address: Street address with town.
        floor_room: Floor, room or desk, e.g. ``Piano 1, ambulatorio 12``.
    """

    office_name: str
    address: str
    floor_room: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class BookingReceipt(ReceiptBase):
    """The confirmation of a booked appointment.

    Attributes:
        booking_code: The backend's booking code (needed to cancel).
        patient_fiscal_code: Codice fiscale in clear; only its masked form is ever printed.
        service: What was booked, e.g. ``Visita cardiologica``.
        start: Appointment start (aware).
        end: Appointment end (aware).
        place: Where to go.
        what_to_bring: Things to bring, one per item.
        ticket_cents: Ticket to pay in cents, ``None`` when exempt or free.
        notice_number: pagoPA notice to pay the ticket with, when the backend issued one.
        cancel_by: Last moment the booking can be cancelled by the citizen (aware).
        cancel_how: How to cancel (channels: kiosk, phone, web), as printed.
    """

    kind: ClassVar[ReceiptKind] = ReceiptKind.BOOKING

    booking_code: str
    patient_fiscal_code: str
    service: str
    start: datetime
    end: datetime
    place: Place
    what_to_bring: tuple[str, ...] = ()
    ticket_cents: int | None = None
    notice_number: str | None = None
    cancel_by: datetime
    cancel_how: str

    def __post_init__(self) -> None:
        ReceiptBase.__post_init__(self)
        for name in ("start", "end", "cancel_by"):
            _require_aware(name, getattr(self, name))
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if self.ticket_cents is not None:
            _require_cents("ticket_cents", self.ticket_cents)
        if self.notice_number is not None and not _NOTICE_RE.fullmatch(self.notice_number):
            raise ValueError(f"notice_number must be 18 digits, got {self.notice_number!r}")
        if not self.booking_code:
            raise ValueError("booking_code must not be empty")

    @property
    def patient_masked(self) -> str:
        """The codice fiscale as it may be printed."""
        return mask_fiscal_code(self.patient_fiscal_code)

    @property
    def search_keys(self) -> tuple[str, ...]:
        keys = (self.booking_code,)
        return keys + ((self.notice_number,) if self.notice_number else ())


@dataclass(frozen=True, kw_only=True, slots=True)
class CancellationReceipt(ReceiptBase):
    """Proof that a booking was cancelled at the station.

    Attributes:
        booking_code: Code of the cancelled booking.
        patient_fiscal_code: Codice fiscale in clear; only the masked form is printed.
        service: The cancelled service.
        start: When the appointment would have been (aware).
        place_name: Office of the cancelled appointment.
        cancelled_at: When the backend confirmed the cancellation (aware).
        refund_note: What happens to a ticket already paid, if anything (printed as is).
    """

    kind: ClassVar[ReceiptKind] = ReceiptKind.CANCELLATION

    booking_code: str
    patient_fiscal_code: str
    service: str
    start: datetime
    place_name: str
    cancelled_at: datetime
    refund_note: str = ""

    def __post_init__(self) -> None:
        ReceiptBase.__post_init__(self)
        _require_aware("start", self.start)
        _require_aware("cancelled_at", self.cancelled_at)
        if not self.booking_code:
            raise ValueError("booking_code must not be empty")

    @property
    def patient_masked(self) -> str:
        """The codice fiscale as it may be printed."""
        return mask_fiscal_code(self.patient_fiscal_code)

    @property
    def search_keys(self) -> tuple[str, ...]:
        return (self.booking_code,)


@dataclass(frozen=True, kw_only=True, slots=True)
class ServiceCount:
    """How many times one service was completed in the day."""

    service: str
    count: int


@dataclass(frozen=True, kw_only=True, slots=True)
class CreditorTotal:
    """Payments of one day to one creditor."""

    creditor_fiscal_code: str
    creditor_name: str
    payments: int
    amount_cents: int
    fee_cents: int = 0

    def __post_init__(self) -> None:
        _require_cents("amount_cents", self.amount_cents)
        _require_cents("fee_cents", self.fee_cents)


@dataclass(frozen=True, kw_only=True, slots=True)
class DailySummary(ReceiptBase):
    """The staff's end-of-day report for one station.

    Attributes:
        day: The calendar day (Europe/Rome) summarised.
        services: Completed flows per service.
        creditors: Payment totals per creditor.
        sessions: Citizen sessions started.
        assisted_sessions: Sessions in which a tutor assisted.
        failed_prints: Receipts whose printing failed (each stays in the store for a reprint).
        abandoned_flows: Flows left unfinished (idle time-out or the citizen gave up).
    """

    kind: ClassVar[ReceiptKind] = ReceiptKind.DAILY_SUMMARY

    day: date
    services: tuple[ServiceCount, ...] = ()
    creditors: tuple[CreditorTotal, ...] = ()
    sessions: int = 0
    assisted_sessions: int = 0
    failed_prints: int = 0
    abandoned_flows: int = 0

    @property
    def assisted_share(self) -> float:
        """Fraction of sessions with a tutor (0.0 when there were none)."""
        return self.assisted_sessions / self.sessions if self.sessions else 0.0

    @property
    def total_cents(self) -> int:
        """All amounts collected, fees included."""
        return sum(c.amount_cents + c.fee_cents for c in self.creditors)


Receipt = PaymentReceipt | BookingReceipt | CancellationReceipt | DailySummary

__all__ = [
    "ROME",
    "BookingReceipt",
    "CancellationReceipt",
    "CreditorTotal",
    "DailySummary",
    "PaymentReceipt",
    "Place",
    "Receipt",
    "ReceiptBase",
    "ReceiptKind",
    "ServiceCount",
    "mask_fiscal_code",
    "new_receipt_code",
    "normalize_receipt_code",
]
