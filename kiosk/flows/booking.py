"""Municipal booking (Comune di Pavia) as a plain-Python state machine.

Steps and events::

    SERVICE --choose_service--> OFFICE (only when the service has several offices)
    SERVICE/OFFICE --choose_service/choose_office--> SLOT   (asks for LoadSlots)
    SLOT --choose_day--> SLOT (another day's times) --choose_slot--> IDENTIFY
    IDENTIFY --identify(cf, phone)--> SUMMARY
    SUMMARY --confirm--> (CreateBooking) --> DONE
    any --back--> the previous step; any backend failure keeps every choice and offers retry

The day and the time share one step, with the first day that has a free time already
selected: from the home screen a booking takes *Prenota*, the service, the office, the time,
*Avanti* after the codice fiscale and *Conferma*, six taps (seven when another day is chosen).

A ``SLOT_TAKEN`` answer to the confirmation (another kiosk was faster) goes back to the
time step with a fresh list and says so; every other failure stays where it is.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk import codicefiscale
from kiosk.flows.booking_details import BookingDetails, CatalogueIndex
from kiosk.flows.booking_ops import (
    Call,
    CallTracker,
    Clock,
    CreateBooking,
    FlowMessage,
    KeyFactory,
    LoadCatalogue,
    LoadSlots,
    new_idempotency_key,
    now_rome,
)
from kiosk.flows.slot_choice import SlotChoice
from kiosk.services.models import (
    Booking,
    BookingCreate,
    Catalogue,
    Category,
    Office,
    Service,
    Slot,
    mask_codice_fiscale,
)

log = logging.getLogger("kiosk.flow")

COMUNE_SITE = "comune-pavia"
SLOT_HORIZON_DAYS = 60
"""How far ahead the free times are fetched (the sandbox plans 60 days)."""

_PHONE_RE = re.compile(r"^\+?[0-9]{6,15}$")

_MSG_PHONE = str(QT_TRANSLATE_NOOP(
    "Booking",
    "Il numero di cellulare può contenere solo cifre (da 6 a 15), con un + davanti se è "
    "straniero. Lo controlli o lasci il campo vuoto."))
_MSG_NO_SLOTS = str(QT_TRANSLATE_NOOP(
    "Booking",
    "Non ci sono orari liberi per questo servizio nei prossimi due mesi. Scelga un altro "
    "ufficio o chiami lo sportello."))
MSG_SLOT_TAKEN = str(QT_TRANSLATE_NOOP(
    "Booking",
    "Questo orario è appena stato preso da un'altra persona. Ecco gli orari ancora liberi: "
    "ne scelga un altro."))


class Step(StrEnum):
    """Steps of the municipal booking."""

    SERVICE = "service"
    OFFICE = "office"
    SLOT = "slot"
    IDENTIFY = "identify"
    SUMMARY = "summary"
    DONE = "done"


@dataclass(frozen=True)
class IdentityCheck:
    """Outcome of :func:`check_identity`: the cleaned values or a message per field."""

    codice_fiscale: str = field(repr=False)
    phone: str | None
    cf_message: str = ""
    phone_message: str = ""

    @property
    def ok(self) -> bool:
        """True when both fields are acceptable."""
        return not self.cf_message and not self.phone_message


def normalize_phone(raw: str) -> str:
    """Drop spaces, dots, dashes and slashes from a typed phone number."""
    return re.sub(r"[\s./-]", "", raw)


def check_identity(cf_raw: str, phone_raw: str = "") -> IdentityCheck:
    """Validate the codice fiscale (required) and the mobile number (optional).

    Messages are Italian source texts: the codice fiscale ones in the ``CodiceFiscale``
    context, the phone one in ``Booking``.
    """
    cf = codicefiscale.validate(cf_raw)
    phone = normalize_phone(phone_raw)
    phone_ok = not phone or bool(_PHONE_RE.fullmatch(phone))
    return IdentityCheck(
        codice_fiscale=cf.value, phone=phone or None,
        cf_message="" if cf.ok else cf.message,
        phone_message="" if phone_ok else _MSG_PHONE,
    )


@dataclass(frozen=True)
class ServiceGroup:
    """A large tile of the first step: a category and its services."""

    category: Category
    services: list[Service]


def municipal_groups(catalogue: Catalogue, site_id: str = COMUNE_SITE) -> list[ServiceGroup]:
    """The services bookable without a prescription, grouped by category (catalogue order)."""
    groups: list[ServiceGroup] = []
    for category in catalogue.categories:
        if category.site_id != site_id:
            continue
        services = [s for s in catalogue.services
                    if s.category == category.id and not s.requires_prescription]
        if services:
            groups.append(ServiceGroup(category, services))
    return groups


class MunicipalFlow(CallTracker):
    """State machine of a municipal booking (no Qt, no network).

    Args:
        clock: current time (Europe/Rome), injected in tests.
        key_factory: makes a new Idempotency-Key (one per confirmation).
        site_id: the organisation whose services are offered.
        horizon_days: how far ahead free times are fetched.
    """

    def __init__(
        self,
        *,
        clock: Clock = now_rome,
        key_factory: KeyFactory = new_idempotency_key,
        site_id: str = COMUNE_SITE,
        horizon_days: int = SLOT_HORIZON_DAYS,
    ) -> None:
        super().__init__()
        self._clock = clock
        self._key_factory = key_factory
        self.site_id = site_id
        self.horizon_days = horizon_days
        self.assisted_by: str | None = None
        """Tutor name recorded on the booking, in assisted mode (set by the station)."""
        self.index: CatalogueIndex | None = None
        self.reset()

    # --- state -----------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything (new citizen); the catalogue is kept, it is not personal."""
        self.step = Step.SERVICE
        self.pending = None
        self.error = None
        self._failed = None
        self.notice: FlowMessage | None = None
        self.service: Service | None = None
        self.office: Office | None = None
        self.slots: SlotChoice | None = None
        self.slot: Slot | None = None
        self.codice_fiscale = ""
        self.phone: str | None = None
        self.booking: Booking | None = None
        self._confirmation: CreateBooking | None = None

    @property
    def groups(self) -> list[ServiceGroup]:
        """Tiles of the first step (empty until the catalogue is loaded)."""
        if self.index is None:
            return []
        return municipal_groups(self.index.catalogue, self.site_id)

    @property
    def offices(self) -> list[Office]:
        """Offices of the chosen service, in catalogue order."""
        if self.index is None or self.service is None:
            return []
        return [self.index.office(o) for o in self.service.office_ids if o in self.index.offices]

    @property
    def details(self) -> BookingDetails | None:
        """What is being booked (from the time step on), or what was booked."""
        if self.index is None:
            return None
        if self.booking is not None:
            return BookingDetails.for_booking(self.index, self.booking)
        if self.slot is None:
            return None
        masked = mask_codice_fiscale(self.codice_fiscale) if self.codice_fiscale else None
        return BookingDetails.for_slot(self.index, self.slot, masked_cf=masked)

    # --- events ----------------------------------------------------------------------------
    def start(self) -> Call | None:
        """Open the flow: asks for the catalogue unless it is already known."""
        self.reset()
        if self.index is None:
            return self._start(LoadCatalogue())
        return None

    def choose_service(self, service_id: str) -> Call | None:
        """The citizen tapped a service; moves to the office step or straight to the times."""
        if self.index is None or self.step is not Step.SERVICE:
            return None
        service = self.index.services.get(service_id)
        if service is None or service.requires_prescription:
            raise ValueError(f"{service_id!r} is not bookable here")
        self.service = service
        self.office = None
        self.clear_error()
        offices = self.offices
        if len(offices) == 1:
            return self._enter_slots(offices[0])
        self.step = Step.OFFICE
        return None

    def choose_office(self, office_id: str) -> Call | None:
        """The citizen tapped an office: asks for its free times."""
        if self.step is not Step.OFFICE or self.service is None:
            return None
        office = next((o for o in self.offices if o.id == office_id), None)
        if office is None:
            raise ValueError(f"{office_id!r} does not offer {self.service.id!r}")
        self.clear_error()
        return self._enter_slots(office)

    def _enter_slots(self, office: Office) -> Call:
        self.office = office
        self.slots = None
        self.slot = None
        self.step = Step.SLOT
        return self._load_slots()

    def _load_slots(self) -> Call:
        assert self.service is not None
        assert self.office is not None
        today = self._clock().date()
        return self._start(LoadSlots(
            service_id=self.service.id, office_id=self.office.id, date_from=today,
            date_to=today + timedelta(days=self.horizon_days - 1)))

    def reload_slots(self) -> Call | None:
        """Fetch the free times again (e.g. after a long pause on the time step)."""
        if self.step is not Step.SLOT:
            return None
        return self._load_slots()

    def choose_day(self, day: date) -> None:
        """Show the times of another day (no backend call: the times are already known)."""
        if self.step is Step.SLOT and self.slots is not None:
            self.slots.select_day(day)

    def choose_slot(self, slot_id: str) -> None:
        """The citizen tapped a time."""
        if self.step is not Step.SLOT or self.slots is None:
            return
        slot = self.slots.find(slot_id)
        if slot is None:
            raise ValueError(f"{slot_id!r} is not a free time")
        self.slot = slot
        self.notice = None
        self.clear_error()
        self.step = Step.IDENTIFY

    def identify(self, cf_raw: str, phone_raw: str = "") -> IdentityCheck:
        """Codice fiscale (required) and mobile (optional); advances when both are fine."""
        check = check_identity(cf_raw, phone_raw)
        if check.ok and self.step is Step.IDENTIFY:
            self.codice_fiscale = check.codice_fiscale
            self.phone = check.phone
            self.step = Step.SUMMARY
        return check

    def confirm(self) -> Call | None:
        """Book it. The Idempotency-Key is made here, once for this exact request."""
        if self.step is not Step.SUMMARY or self.busy:
            return None
        assert self.service is not None
        assert self.slot is not None
        request = BookingCreate(
            service_id=self.service.id, slot_id=self.slot.id,
            codice_fiscale=self.codice_fiscale, phone=self.phone, assisted_by=self.assisted_by)
        self._confirmation = CreateBooking.for_request(request, self._confirmation,
                                                       self._key_factory)
        return self._start(self._confirmation)

    def back(self) -> None:
        """Go one step back, keeping the choices made; a call in flight is forgotten."""
        self.pending = None
        self.clear_error()
        self.notice = None
        if self.step is Step.OFFICE:
            self.step = Step.SERVICE
        elif self.step is Step.SLOT:
            self.step = Step.OFFICE if len(self.offices) > 1 else Step.SERVICE
        elif self.step is Step.IDENTIFY:
            self.step = Step.SLOT
        elif self.step is Step.SUMMARY:
            self.step = Step.IDENTIFY

    @property
    def can_go_back(self) -> bool:
        """Whether *back* stays inside the flow (False on the first and last step)."""
        return self.step not in (Step.SERVICE, Step.DONE)

    # --- answers ---------------------------------------------------------------------------
    def _on_result(self, call: Call, result: object) -> None:
        match call:
            case LoadCatalogue():
                assert isinstance(result, Catalogue)
                self.index = CatalogueIndex(result)
            case LoadSlots():
                assert isinstance(result, list)
                self.slots = SlotChoice(result)
                if self.slots.empty:
                    self.notice = FlowMessage("NO_SLOTS", "Booking", _MSG_NO_SLOTS,
                                              phone=self._site_phone())
            case CreateBooking():
                assert isinstance(result, Booking)
                self.booking = result
                self.step = Step.DONE
                log.info("booked %s", result.code)

    def _on_failure(self, call: Call, exc: BaseException) -> None:
        if isinstance(call, CreateBooking) and self.error is not None and self.error.code in (
            "SLOT_TAKEN", "SLOT_NOT_FOUND"
        ):
            # Another kiosk was faster: back to the times with a fresh list, and say why.
            self.clear_error()
            self.slot = None
            self._confirmation = None
            self.notice = FlowMessage("SLOT_TAKEN", "Booking", MSG_SLOT_TAKEN)
            self.step = Step.SLOT
            self._load_slots()

    def _site_phone(self) -> str | None:
        if self.index is None or self.site_id not in self.index.sites:
            return None
        return self.index.site(self.site_id).phone


__all__ = [
    "COMUNE_SITE",
    "MSG_SLOT_TAKEN",
    "IdentityCheck",
    "MunicipalFlow",
    "ServiceGroup",
    "Step",
    "check_identity",
    "municipal_groups",
    "normalize_phone",
]
