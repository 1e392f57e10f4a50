"""What a booking *means* for the citizen: service, place, time, fee, what to bring.

The flows know ids (service, office, slot); screens, receipts and the read-aloud mode need the
words. :class:`BookingDetails` joins a slot or a booking with the catalogue once, in plain
Python, and :func:`booking_receipt` turns it into the printable ``BookingReceipt``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.receipts import BookingReceipt, CancellationReceipt, Place, new_receipt_code
from kiosk.services.models import Booking, Catalogue, Office, Service, Site, Slot, Translated

CANCEL_HOW_KIOSK = str(QT_TRANSLATE_NOOP(
    "Booking",
    "Può disdire o spostare la prenotazione a questa postazione (Le mie prenotazioni) "
    "o chiamando lo sportello."))


class CatalogueIndex:
    """Look-ups by id over a catalogue.

    Raises:
        KeyError: from the getters, when an id is not in the catalogue.
    """

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.services = {s.id: s for s in catalogue.services}
        self.offices = {o.id: o for o in catalogue.offices}
        self.sites = {s.id: s for s in catalogue.sites}

    def service(self, service_id: str) -> Service:
        """The service with this id."""
        return self.services[service_id]

    def office(self, office_id: str) -> Office:
        """The office with this id."""
        return self.offices[office_id]

    def site(self, site_id: str) -> Site:
        """The site (Comune, ASST) with this id."""
        return self.sites[site_id]


@dataclass(frozen=True)
class BookingDetails:
    """Everything shown on the summary, the done screen and the receipt.

    Attributes:
        service: the booked (or about to be booked) service.
        office: where.
        site: who runs it (name and desk phone).
        start: appointment start (aware).
        end: appointment end (aware).
        fee_cents: amount to pay (municipal fee or health ticket), 0 when none.
        code: booking code, once booked.
        cancel_until: last moment to cancel or move at the kiosk, once booked.
        notice_number: pagoPA notice to pay, once booked and when something is due.
        creditor_cf: creditor of that notice.
        priority: prescription priority class (CUP).
        nre: prescription number (CUP).
        masked_cf: the citizen's codice fiscale, masked.
    """

    service: Service
    office: Office
    site: Site
    start: datetime
    end: datetime
    fee_cents: int
    code: str | None = None
    cancel_until: datetime | None = None
    notice_number: str | None = None
    creditor_cf: str | None = None
    priority: str | None = None
    nre: str | None = None
    masked_cf: str | None = None

    @property
    def what_to_bring(self) -> list[Translated]:
        """Things to bring, in catalogue order."""
        return list(self.service.what_to_bring)

    @property
    def floor_room(self) -> str:
        """Floor and room, as printed (``Piano terra, Sportelli 1-6``)."""
        return ", ".join(part for part in (self.office.floor, self.office.room) if part)

    @classmethod
    def for_slot(
        cls, index: CatalogueIndex, slot: Slot, *, masked_cf: str | None = None,
        priority: str | None = None, nre: str | None = None,
    ) -> BookingDetails:
        """Details of a slot about to be booked (summary screen)."""
        service = index.service(slot.service_id)
        return cls(
            service=service, office=index.office(slot.office_id),
            site=index.site(service.site_id), start=slot.start, end=slot.end,
            fee_cents=service.fee_cents, priority=priority, nre=nre, masked_cf=masked_cf,
        )

    @classmethod
    def for_booking(cls, index: CatalogueIndex, booking: Booking) -> BookingDetails:
        """Details of a confirmed (or cancelled) booking."""
        return cls(
            service=index.service(booking.service_id), office=index.office(booking.office_id),
            site=index.site(booking.site_id), start=booking.slot.start, end=booking.slot.end,
            fee_cents=booking.fee_cents, code=booking.code, cancel_until=booking.cancel_until,
            notice_number=booking.notice_number, creditor_cf=booking.creditor_cf,
            priority=booking.priority, nre=booking.nre,
            masked_cf=booking.codice_fiscale_masked,
        )


def booking_receipt(
    details: BookingDetails,
    *,
    codice_fiscale: str,
    station_id: str,
    station_office: str,
    language: str,
    issued_at: datetime,
    assisted_by: str | None = None,
    cancel_how: str = CANCEL_HOW_KIOSK,
) -> BookingReceipt:
    """The printable confirmation of a booking (texts in ``language``).

    Args:
        details: details of a *confirmed* booking (``code`` and ``cancel_until`` set).
        codice_fiscale: the citizen's code in clear; the receipt prints it masked.
        station_id: kiosk id from the configuration.
        station_office: where the station stands, as printed.
        language: language code of the session.
        issued_at: now (aware).
        assisted_by: tutor name, in assisted mode.
        cancel_how: how to cancel, already translated.

    Raises:
        ValueError: the details are not of a confirmed booking.
    """
    if details.code is None or details.cancel_until is None:
        raise ValueError("a booking receipt needs a confirmed booking")
    return BookingReceipt(
        receipt_code=new_receipt_code(), issued_at=issued_at, station_id=station_id,
        office=station_office, language=language, assisted_by=assisted_by,
        booking_code=details.code, patient_fiscal_code=codice_fiscale,
        service=details.service.name.get(language), start=details.start, end=details.end,
        place=Place(office_name=details.office.name, address=details.office.address,
                    floor_room=details.floor_room),
        what_to_bring=tuple(item.get(language) for item in details.what_to_bring),
        ticket_cents=details.fee_cents or None, notice_number=details.notice_number,
        cancel_by=details.cancel_until, cancel_how=cancel_how,
    )


def cancellation_receipt(
    details: BookingDetails,
    *,
    codice_fiscale: str,
    cancelled_at: datetime,
    station_id: str,
    station_office: str,
    language: str,
    issued_at: datetime,
    assisted_by: str | None = None,
) -> CancellationReceipt:
    """The printable proof that a booking was cancelled.

    Raises:
        ValueError: the details have no booking code.
    """
    if details.code is None:
        raise ValueError("a cancellation receipt needs a booking code")
    return CancellationReceipt(
        receipt_code=new_receipt_code(), issued_at=issued_at, station_id=station_id,
        office=station_office, language=language, assisted_by=assisted_by,
        booking_code=details.code, patient_fiscal_code=codice_fiscale,
        service=details.service.name.get(language), start=details.start,
        place_name=details.office.name, cancelled_at=cancelled_at,
    )


__all__ = [
    "CANCEL_HOW_KIOSK",
    "BookingDetails",
    "CatalogueIndex",
    "booking_receipt",
    "cancellation_receipt",
]
