"""QR payloads printed on receipts, and the module matrix to draw them.

Two payloads:

* the lookup code ``SMACY:R:<receipt code>`` on every receipt: the office scans it (the
  scanner types it) and finds the stored receipt;
* for bookings, an iCalendar ``VEVENT`` (RFC 5545) a phone camera offers to add to the
  calendar, with times in UTC so no time-zone database is needed on the phone.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from kiosk.receipts import BookingReceipt

LOOKUP_PREFIX = "SMACY:R:"


def lookup_payload(receipt_code: str) -> str:
    """The text of the lookup QR: ``SMACY:R:K7Q2-M9XD-3F``."""
    return f"{LOOKUP_PREFIX}{receipt_code}"


def _ics_text(value: str) -> str:
    # RFC 5545 3.3.11: escape backslash, semicolon, comma and newlines in TEXT values.
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _ics_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> str:
    # RFC 5545 3.1: lines longer than 75 octets are folded with CRLF + one space, never inside
    # a UTF-8 sequence.
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode()) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return "\r\n ".join(out)


def booking_ics(receipt: BookingReceipt, summary: str | None = None) -> str:
    """An iCalendar object with one VEVENT for the appointment.

    Args:
        receipt: The booking.
        summary: Event title; defaults to the service name.

    Returns:
        CRLF-separated iCalendar text, kept short so the QR stays easy to scan.
    """
    place = receipt.place
    location = ", ".join(p for p in (place.office_name, place.address, place.floor_room) if p)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//SMACY//Kiosk//IT",
        "BEGIN:VEVENT",
        f"UID:{_ics_text(receipt.booking_code)}@smacy",
        f"DTSTAMP:{_ics_utc(receipt.issued_at)}",
        f"DTSTART:{_ics_utc(receipt.start)}",
        f"DTEND:{_ics_utc(receipt.end)}",
        f"SUMMARY:{_ics_text(summary or receipt.service)}",
        f"LOCATION:{_ics_text(location)}",
        f"DESCRIPTION:{_ics_text(receipt.booking_code)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


@functools.lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules for ``payload`` (ECC level M, no quiet zone), row by row.

    The mask pattern is fixed: any of the eight masks decodes the same, and skipping the
    penalty evaluation of all eight keeps rendering within the time budget on a kiosk CPU.
    Results are cached because a reprint draws the same codes again.
    """
    import qrcode  # loaded at the first QR code, not at start-up
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=2)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
