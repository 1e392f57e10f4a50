"""The services contract: pydantic models shared by the kiosk client and the sandbox backend.

Every resource of the API under ``/v1`` is described here once. The sandbox builds its OpenAPI
document (``/openapi.json``) from these models and the client validates every response with
them, so a change here changes both ends.

Conventions on the wire:
    * amounts are integer euro cents (``*_cents``);
    * datetimes are timezone-aware ISO 8601 (the sample data uses Europe/Rome), dates are
      ``YYYY-MM-DD``, opening hours are local wall-clock ``HH:MM:SS``;
    * a codice fiscale is never echoed back in clear: responses carry it masked
      (``RSSMRA*******88I``).

This module imports only pydantic (no FastAPI, no requests) so both ends can use it cheaply.
"""

from __future__ import annotations

from datetime import date, time
from enum import StrEnum
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

API_PREFIX = "/v1"
"""Path prefix of the versioned API."""

LANGUAGES: tuple[str, ...] = ("it", "en", "fr", "de", "es", "ro", "uk", "ar", "zh")
"""Languages every translated text carries, Italian first (the source language)."""

IDEMPOTENCY_HEADER = "Idempotency-Key"
"""Header that makes a write safe to repeat (required on bookings and payments)."""

KIOSK_ID_HEADER = "X-Kiosk-Id"
"""Header naming the calling station (informational, for the backend's logs)."""

NRE_PATTERN = r"^[0-9A-Z]{15}$"
NOTICE_PATTERN = r"^[0-9]{18}$"
CREDITOR_CF_PATTERN = r"^[0-9]{11}$"


class _Model(BaseModel):
    """Base of every contract model: unknown fields are ignored so the backend can grow."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class ErrorCode(StrEnum):
    """Machine-readable error codes carried in ``{"error": {"code": ...}}``."""

    # Generic / protocol
    UNAUTHORIZED = "UNAUTHORIZED"
    NOT_FOUND = "NOT_FOUND"
    VALIDATION_ERROR = "VALIDATION_ERROR"
    IDEMPOTENCY_KEY_REQUIRED = "IDEMPOTENCY_KEY_REQUIRED"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    INJECTED_FAULT = "INJECTED_FAULT"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    # Catalogue, slots and bookings
    SERVICE_NOT_FOUND = "SERVICE_NOT_FOUND"
    SLOT_NOT_FOUND = "SLOT_NOT_FOUND"
    SLOT_TAKEN = "SLOT_TAKEN"
    BOOKING_NOT_FOUND = "BOOKING_NOT_FOUND"
    BOOKING_CANCELLED = "BOOKING_CANCELLED"
    TOO_LATE_TO_CANCEL = "TOO_LATE_TO_CANCEL"
    INVALID_CODICE_FISCALE = "INVALID_CODICE_FISCALE"
    PRESCRIPTION_REQUIRED = "PRESCRIPTION_REQUIRED"
    PRESCRIPTION_WRONG_SERVICE = "PRESCRIPTION_WRONG_SERVICE"
    # Prescriptions (CUP)
    PRESCRIPTION_NOT_FOUND = "PRESCRIPTION_NOT_FOUND"
    PRESCRIPTION_EXPIRED = "PRESCRIPTION_EXPIRED"
    PRESCRIPTION_ALREADY_BOOKED = "PRESCRIPTION_ALREADY_BOOKED"
    PRESCRIPTION_OTHER_PATIENT = "PRESCRIPTION_OTHER_PATIENT"
    PRESCRIPTION_U_TOO_OLD = "PRESCRIPTION_U_TOO_OLD"
    # pagoPA notices (MIL outcomes)
    UNKNOWN_NOTICE = "UNKNOWN_NOTICE"
    EXPIRED_NOTICE = "EXPIRED_NOTICE"
    REVOKED_NOTICE = "REVOKED_NOTICE"
    NOTICE_ALREADY_PAID = "NOTICE_ALREADY_PAID"
    PAYMENT_ALREADY_IN_PROGRESS = "PAYMENT_ALREADY_IN_PROGRESS"
    WRONG_NOTICE_DATA = "WRONG_NOTICE_DATA"
    CREDITOR_PROBLEMS = "CREDITOR_PROBLEMS"
    NOTICE_GLITCH = "NOTICE_GLITCH"
    UNEXPECTED_ERROR = "UNEXPECTED_ERROR"
    # Payments, receipts, help
    PAYMENT_NOT_FOUND = "PAYMENT_NOT_FOUND"
    PAYMENT_NOT_CANCELLABLE = "PAYMENT_NOT_CANCELLABLE"
    RECEIPT_NOT_FOUND = "RECEIPT_NOT_FOUND"
    HELP_REQUEST_NOT_FOUND = "HELP_REQUEST_NOT_FOUND"


class ErrorDetail(_Model):
    """Code and technician-readable message of a failed call."""

    code: str
    message: str


class ErrorBody(_Model):
    """Body of every non-2xx response: ``{"error": {"code": ..., "message": ...}}``."""

    error: ErrorDetail


# --------------------------------------------------------------------------- health


class Health(_Model):
    """Answer of ``GET /v1/health``."""

    status: Literal["ok", "degraded"]
    version: str
    server_time: AwareDatetime


# --------------------------------------------------------------------------- catalogue


class Translated(_Model):
    """A text in every kiosk language; Italian is the source, English the fallback."""

    it: str
    en: str
    fr: str
    de: str
    es: str
    ro: str
    uk: str
    ar: str
    zh: str

    def get(self, lang: str) -> str:
        """Return the text in ``lang``, falling back to English then Italian.

        Args:
            lang: Two-letter language code (``it``, ``en``, ...).
        """
        value = getattr(self, lang, None) if lang in LANGUAGES else None
        return value or self.en or self.it


class OpeningHours(_Model):
    """One opening period of an office on one weekday (local wall-clock times)."""

    weekday: int = Field(ge=1, le=7, description="ISO weekday, 1 = Monday")
    opens: time
    closes: time


class Site(_Model):
    """An organisation served by the kiosk (Comune di Pavia, ASST Pavia)."""

    id: str
    name: str
    creditor_cf: str = Field(pattern=CREDITOR_CF_PATTERN)
    phone: str = Field(description="Phone number of the desk, for when the kiosk cannot help")


class Office(_Model):
    """A place where appointments happen."""

    id: str
    site_id: str
    name: str
    address: str
    floor: str
    room: str
    opening_hours: list[OpeningHours]


class Category(_Model):
    """A tile group of the home screen (anagrafe, carta-identita, cup-visite, ...)."""

    id: str
    site_id: str
    name: Translated


class Service(_Model):
    """A bookable service."""

    id: str
    site_id: str
    category: str
    name: Translated
    fee_cents: int = Field(ge=0)
    what_to_bring: list[Translated]
    office_ids: list[str]
    duration_min: int = Field(gt=0)
    kind: Literal["visit", "diagnostic"] | None = None
    requires_prescription: bool = False


class Catalogue(_Model):
    """Answer of ``GET /v1/catalogue``."""

    sites: list[Site]
    categories: list[Category]
    offices: list[Office]
    services: list[Service]


# --------------------------------------------------------------------------- slots, bookings


class Slot(_Model):
    """A free appointment time of one service at one office."""

    id: str
    service_id: str
    office_id: str
    start: AwareDatetime
    end: AwareDatetime


class SlotList(_Model):
    """Answer of ``GET /v1/slots``, sorted by start time."""

    slots: list[Slot]


class BookingCreate(_Model):
    """Body of ``POST /v1/bookings``."""

    service_id: str
    slot_id: str
    codice_fiscale: str = Field(min_length=11, max_length=16)
    phone: str | None = Field(default=None, max_length=32)
    nre: str | None = Field(default=None, pattern=NRE_PATTERN)
    assisted_by: str | None = Field(default=None, max_length=64)


class BookingMove(_Model):
    """Body of ``POST /v1/bookings/{id}/move``."""

    slot_id: str


BookingStatus = Literal["confirmed", "cancelled"]


class Booking(_Model):
    """A booked appointment.

    ``notice_number``/``creditor_cf`` name the pagoPA notice to pay when a fee or health ticket
    is due (``fee_cents > 0``); ``cancel_until`` is the last moment the kiosk may cancel or move
    it (ASST Pavia: 2 working days before; afterwards only the desk can).
    """

    id: str
    code: str
    service_id: str
    site_id: str
    office_id: str
    slot: Slot
    status: BookingStatus
    codice_fiscale_masked: str
    nre: str | None = None
    priority: Literal["U", "B", "D", "P"] | None = None
    fee_cents: int = Field(ge=0)
    notice_number: str | None = None
    creditor_cf: str | None = None
    cancel_until: AwareDatetime
    created_at: AwareDatetime
    cancelled_at: AwareDatetime | None = None


class BookingList(_Model):
    """Answer of ``GET /v1/bookings``."""

    bookings: list[Booking]


# --------------------------------------------------------------------------- prescriptions


class Prescription(_Model):
    """Answer of ``GET /v1/prescriptions/{nre}``: a prescription the citizen may book.

    ``book_by`` is the last moment to book a class-U prescription (48 hours from issue in
    Lombardy); ``latest_appointment`` is the end of the maximum wait for the priority class.
    """

    nre: str
    service_id: str
    priority: Literal["U", "B", "D", "P"]
    issued_at: AwareDatetime
    expires_at: AwareDatetime
    book_by: AwareDatetime | None = None
    latest_appointment: AwareDatetime
    codice_fiscale_masked: str
    patient_matches: bool = True


# --------------------------------------------------------------------------- notices, payments


class NoticeVerify(_Model):
    """Body of ``POST /v1/notices/verify``."""

    notice_number: str = Field(pattern=NOTICE_PATTERN)
    creditor_cf: str = Field(pattern=CREDITOR_CF_PATTERN)


class Notice(_Model):
    """A payable pagoPA notice (answer of verify; verifying changes nothing)."""

    notice_number: str
    iuv: str
    creditor_cf: str
    creditor_name: str
    amount_cents: int = Field(gt=0)
    description: str
    due_date: date


class PaymentCreate(_Model):
    """Body of ``POST /v1/payments`` (activation of a notice)."""

    notice_number: str = Field(pattern=NOTICE_PATTERN)
    creditor_cf: str = Field(pattern=CREDITOR_CF_PATTERN)
    amount_cents: int = Field(gt=0)
    booking_id: str | None = None
    assisted_by: str | None = Field(default=None, max_length=64)


PaymentStatus = Literal["awaiting_card", "approved", "declined", "cancelled", "expired"]
FINAL_PAYMENT_STATUSES: frozenset[str] = frozenset({"approved", "declined", "cancelled", "expired"})


class Receipt(_Model):
    """The pagoPA *attestazione di pagamento* of an approved payment."""

    code: str
    payment_id: str
    paid_at: AwareDatetime
    notice_number: str
    iuv: str
    creditor_cf: str
    creditor_name: str
    psp_name: str
    psp_fiscal_code: str
    iur: str
    payment_token: str
    amount_cents: int
    fee_cents: int
    total_cents: int
    description: str
    card: str = Field(description="Card brand and masked PAN, e.g. 'VISA **** 0004'")
    auth_code: str
    kiosk_id: str | None = None


class Payment(_Model):
    """A payment attempt; the card terminal moves it out of ``awaiting_card``."""

    id: str
    notice_number: str
    creditor_cf: str
    amount_cents: int
    fee_cents: int
    status: PaymentStatus
    payment_token: str
    token_expires_at: AwareDatetime
    booking_id: str | None = None
    created_at: AwareDatetime
    updated_at: AwareDatetime
    iur: str | None = None
    receipt_code: str | None = None
    receipt: Receipt | None = None

    @property
    def is_final(self) -> bool:
        """True once the outcome is known (the status will not change any more)."""
        return self.status in FINAL_PAYMENT_STATUSES


class PaymentList(_Model):
    """Answer of ``GET /v1/payments?idempotency_key=``: zero or one payment."""

    payments: list[Payment]


# --------------------------------------------------------------------------- help, heartbeats


class HelpRequestCreate(_Model):
    """Body of ``POST /v1/help-requests``: a citizen asked for a person."""

    station: str
    screen: str
    time: AwareDatetime


class HelpRequest(_Model):
    """A help request and whether staff has acknowledged it."""

    id: str
    station: str
    screen: str
    time: AwareDatetime
    status: Literal["open", "acknowledged"]
    acknowledged_at: AwareDatetime | None = None


class HeartbeatCreate(_Model):
    """Body of ``POST /v1/heartbeats``."""

    kiosk_id: str
    status: str = Field(description="e.g. 'ok', 'out_of_service', 'printer_error'")
    version: str


class HeartbeatAck(_Model):
    """Answer of ``POST /v1/heartbeats``."""

    received_at: AwareDatetime


def mask_codice_fiscale(value: str) -> str:
    """Mask a codice fiscale for display or logs: ``RSSMRA*******88I``.

    Args:
        value: A 16-character personal code or an 11-digit company code.
    """
    v = value.strip().upper()
    if len(v) <= 9:
        return "*" * len(v)
    return v[:6] + "*" * (len(v) - 9) + v[-3:]


__all__ = [
    "API_PREFIX",
    "CREDITOR_CF_PATTERN",
    "FINAL_PAYMENT_STATUSES",
    "IDEMPOTENCY_HEADER",
    "KIOSK_ID_HEADER",
    "LANGUAGES",
    "NOTICE_PATTERN",
    "NRE_PATTERN",
    "Booking",
    "BookingCreate",
    "BookingList",
    "BookingMove",
    "BookingStatus",
    "Catalogue",
    "Category",
    "ErrorBody",
    "ErrorCode",
    "ErrorDetail",
    "Health",
    "HeartbeatAck",
    "HeartbeatCreate",
    "HelpRequest",
    "HelpRequestCreate",
    "Notice",
    "NoticeVerify",
    "Office",
    "OpeningHours",
    "Payment",
    "PaymentCreate",
    "PaymentList",
    "PaymentStatus",
    "Prescription",
    "Receipt",
    "Service",
    "Site",
    "Slot",
    "SlotList",
    "Translated",
    "mask_codice_fiscale",
]
