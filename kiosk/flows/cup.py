"""ASST Pavia CUP booking (electronic prescription) as a plain-Python state machine.

Steps and events::

    PRESCRIPTION --submit(nre, cf)--> (CheckPrescription, then LoadSlots) --> SLOT
    SLOT --choose_slot--> SUMMARY --confirm--> (CreateBooking) --> DONE
    SLOT --show_later--> SLOT (dates after the priority's limit, with the warning)

The prescription's priority class sets the longest wait (``kiosk.nre.deadline``, counted from
now, the moment of the request). The kiosk offers the earliest free times across every ASST
site up to that limit. When there is none, it says so, offers the first free date and the
desk, and explains (Lombardy rule) that refusing a date within the limit loses the right to
it. A class-U prescription older than 48 hours, an expired prescription, one already booked
and one of another patient each get their own message, whether the backend or the kiosk's own
check (``kiosk.nre.check_bookable``) finds it first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk import codicefiscale, nre
from kiosk.flows.booking import MSG_SLOT_TAKEN
from kiosk.flows.booking_details import BookingDetails, CatalogueIndex
from kiosk.flows.booking_ops import (
    Call,
    CallTracker,
    CheckPrescription,
    Clock,
    CreateBooking,
    FlowMessage,
    KeyFactory,
    LoadCatalogue,
    LoadSlots,
    message_for_error,
    new_idempotency_key,
    now_rome,
)
from kiosk.services.errors import ServiceError
from kiosk.services.models import (
    Booking,
    BookingCreate,
    Catalogue,
    Prescription,
    Service,
    Slot,
    mask_codice_fiscale,
)

log = logging.getLogger("kiosk.flow")

ASST_SITE = "asst-pavia"
OFFERED = 6
"""How many free times are offered at once (earliest first)."""
TR = "CupBooking"

PRESCRIPTION_MESSAGES: dict[str, str] = {
    "PRESCRIPTION_NOT_FOUND": str(QT_TRANSLATE_NOOP(
        "CupBooking",
        "Non troviamo una ricetta con questo numero. Controlli il numero NRE sul promemoria "
        "del medico, un carattere alla volta.")),
    "PRESCRIPTION_U_TOO_OLD": str(QT_TRANSLATE_NOOP(
        "CupBooking",
        "Questa ricetta è urgente (priorità U): in Lombardia va prenotata entro 48 ore da "
        "quando il medico l'ha fatta, e questo tempo è passato. Chiami lo sportello CUP o "
        "torni dal suo medico.")),
    "PRESCRIPTION_EXPIRED": str(QT_TRANSLATE_NOOP(
        "CupBooking",
        "Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico "
        "una ricetta nuova.")),
    "PRESCRIPTION_ALREADY_BOOKED": str(QT_TRANSLATE_NOOP(
        "CupBooking",
        "Questa ricetta è già stata usata per una prenotazione. Può vederla, spostarla o "
        "disdirla da «Le mie prenotazioni».")),
    "PRESCRIPTION_OTHER_PATIENT": str(QT_TRANSLATE_NOOP(
        "CupBooking",
        "Questa ricetta è intestata a un'altra persona. Controlli di aver scritto il codice "
        "fiscale della persona che deve fare la visita.")),
    "PRESCRIPTION_WRONG_SERVICE": str(QT_TRANSLATE_NOOP(
        "CupBooking",
        "Questa ricetta è per un'altra prestazione. Chiami lo sportello CUP.")),
    "INVALID_CODICE_FISCALE": str(QT_TRANSLATE_NOOP(
        "CupBooking", "Il codice fiscale non è valido. Lo controlli, per favore.")),
}
"""Own plain message per prescription problem (context ``CupBooking``)."""

_PHONE_CODES = frozenset({"PRESCRIPTION_U_TOO_OLD", "PRESCRIPTION_WRONG_SERVICE"})
_NOT_RETRYABLE_HERE = frozenset(PRESCRIPTION_MESSAGES)
_LOCAL_PROBLEMS = {
    nre.BookingProblem.URGENT_WINDOW_PASSED: "PRESCRIPTION_U_TOO_OLD",
    nre.BookingProblem.EXPIRED: "PRESCRIPTION_EXPIRED",
}


class CupStep(StrEnum):
    """Steps of the CUP booking."""

    PRESCRIPTION = "prescription"
    SLOT = "slot"
    SUMMARY = "summary"
    DONE = "done"


@dataclass(frozen=True)
class CupInputCheck:
    """Outcome of the NRE + codice fiscale entry: cleaned values or a message per field."""

    nre: str
    codice_fiscale: str = field(repr=False)
    nre_message: str = ""
    cf_message: str = ""

    @property
    def ok(self) -> bool:
        """True when both fields have the right shape."""
        return not self.nre_message and not self.cf_message


def check_input(nre_raw: str, cf_raw: str) -> CupInputCheck:
    """Validate the shape of the NRE (context ``Nre``) and the codice fiscale."""
    n = nre.validate(nre_raw)
    cf = codicefiscale.validate(cf_raw)
    return CupInputCheck(nre=n.value, codice_fiscale=cf.value, nre_message=n.message,
                         cf_message="" if cf.ok else cf.message)


class CupFlow(CallTracker):
    """State machine of a CUP booking with an electronic prescription (no Qt, no network).

    Args:
        clock: current time (Europe/Rome), injected in tests.
        key_factory: makes a new Idempotency-Key (one per confirmation).
        site_id: the health organisation.
        offered: how many times to offer at once.
    """

    def __init__(
        self,
        *,
        clock: Clock = now_rome,
        key_factory: KeyFactory = new_idempotency_key,
        site_id: str = ASST_SITE,
        offered: int = OFFERED,
    ) -> None:
        super().__init__()
        self._clock = clock
        self._key_factory = key_factory
        self.site_id = site_id
        self.offered_count = offered
        self.assisted_by: str | None = None
        self.index: CatalogueIndex | None = None
        self.reset()

    def reset(self) -> None:
        """Forget everything personal (the catalogue is kept)."""
        self.step = CupStep.PRESCRIPTION
        self.pending = None
        self.error = None
        self._failed = None
        self.notice: FlowMessage | None = None
        self.nre = ""
        self.codice_fiscale = ""
        self.prescription: Prescription | None = None
        self.deadline: datetime | None = None
        self.free: list[Slot] | None = None
        self.show_later = False
        self.slot: Slot | None = None
        self.booking: Booking | None = None
        self._confirmation: CreateBooking | None = None

    # --- queries ---------------------------------------------------------------------------
    @property
    def service(self) -> Service | None:
        """The prescribed service, once the prescription is known."""
        if self.index is None or self.prescription is None:
            return None
        return self.index.services.get(self.prescription.service_id)

    @property
    def in_time(self) -> list[Slot]:
        """Free times within the priority's limit, earliest first."""
        if self.free is None or self.deadline is None:
            return []
        return [s for s in self.free if s.start <= self.deadline]

    @property
    def later(self) -> list[Slot]:
        """Free times after the limit, earliest first."""
        if self.free is None or self.deadline is None:
            return []
        return [s for s in self.free if s.start > self.deadline]

    @property
    def within_limit(self) -> bool:
        """True when at least one free time is within the limit."""
        return bool(self.in_time)

    @property
    def first_later(self) -> Slot | None:
        """The first free time after the limit (offered when nothing is in time)."""
        later = self.later
        return later[0] if later else None

    @property
    def offered(self) -> list[Slot]:
        """The times shown now: in time, or (after :meth:`show_later_dates`) later ones."""
        if self.show_later or not self.within_limit:
            return self.later[: self.offered_count]
        return self.in_time[: self.offered_count]

    @property
    def desk_phone(self) -> str | None:
        """Phone number of the CUP desk."""
        if self.index is None or self.site_id not in self.index.sites:
            return None
        return self.index.site(self.site_id).phone

    @property
    def details(self) -> BookingDetails | None:
        """What is being booked (from the summary on), or what was booked."""
        if self.index is None:
            return None
        if self.booking is not None:
            return BookingDetails.for_booking(self.index, self.booking)
        if self.slot is None or self.prescription is None:
            return None
        return BookingDetails.for_slot(
            self.index, self.slot, masked_cf=mask_codice_fiscale(self.codice_fiscale),
            priority=self.prescription.priority, nre=self.nre)

    # --- events ----------------------------------------------------------------------------
    def start(self) -> Call | None:
        """Open the flow: asks for the catalogue unless it is already known."""
        self.reset()
        if self.index is None:
            return self._start(LoadCatalogue())
        return None

    def submit(self, nre_raw: str, cf_raw: str) -> tuple[CupInputCheck, Call | None]:
        """NRE and codice fiscale entered: check their shape, then ask the backend."""
        check = check_input(nre_raw, cf_raw)
        if not check.ok or self.step is not CupStep.PRESCRIPTION or self.busy:
            return check, None
        self.nre = check.nre
        self.codice_fiscale = check.codice_fiscale
        self.prescription = None
        self.notice = None
        return check, self._start(CheckPrescription(nre=check.nre,
                                                    codice_fiscale=check.codice_fiscale))

    def show_later_dates(self, on: bool = True) -> None:
        """Show the times after the limit (the citizen gives up the guaranteed wait)."""
        if self.step is CupStep.SLOT:
            self.show_later = on

    def choose_slot(self, slot_id: str) -> None:
        """The citizen tapped a time."""
        if self.step is not CupStep.SLOT or self.free is None:
            return
        slot = next((s for s in self.free if s.id == slot_id), None)
        if slot is None:
            raise ValueError(f"{slot_id!r} is not a free time")
        self.slot = slot
        self.notice = None
        self.clear_error()
        self.step = CupStep.SUMMARY

    def confirm(self) -> Call | None:
        """Book it; the Idempotency-Key is made once for this exact request."""
        if self.step is not CupStep.SUMMARY or self.busy:
            return None
        assert self.prescription is not None
        assert self.slot is not None
        request = BookingCreate(
            service_id=self.prescription.service_id, slot_id=self.slot.id,
            codice_fiscale=self.codice_fiscale, nre=self.nre, assisted_by=self.assisted_by)
        self._confirmation = CreateBooking.for_request(request, self._confirmation,
                                                       self._key_factory)
        return self._start(self._confirmation)

    def back(self) -> None:
        """One step back, keeping what was entered; a call in flight is forgotten."""
        self.pending = None
        self.clear_error()
        self.notice = None
        if self.step is CupStep.SLOT:
            self.step = CupStep.PRESCRIPTION
        elif self.step is CupStep.SUMMARY:
            self.step = CupStep.SLOT

    @property
    def can_go_back(self) -> bool:
        """Whether *back* stays inside the flow."""
        return self.step in (CupStep.SLOT, CupStep.SUMMARY)

    # --- answers ---------------------------------------------------------------------------
    def _load_slots(self) -> Call:
        assert self.prescription is not None
        return self._start(LoadSlots(service_id=self.prescription.service_id, office_id=None,
                                     date_from=self._clock().date()))

    def _on_result(self, call: Call, result: object) -> None:
        match call:
            case LoadCatalogue():
                assert isinstance(result, Catalogue)
                self.index = CatalogueIndex(result)
                if self.prescription is not None and self.free is None:
                    self._accept_prescription(self.prescription)
            case CheckPrescription():
                assert isinstance(result, Prescription)
                self._accept_prescription(result)
            case LoadSlots():
                assert isinstance(result, list)
                self.free = sorted(result, key=lambda s: (s.start, s.office_id))
                self.show_later = False
                self.step = CupStep.SLOT
            case CreateBooking():
                assert isinstance(result, Booking)
                self.booking = result
                self.step = CupStep.DONE
                log.info("CUP booked %s", result.code)

    def _accept_prescription(self, prescription: Prescription) -> None:
        self.prescription = prescription
        now = self._clock()
        problem = self._prescription_problem(prescription, now)
        if problem is not None:
            self.prescription = None
            self.error = self._prescription_message(problem)
            return
        if self.index is None:
            self._start(LoadCatalogue())
            return
        service = self.service
        kind = nre.ServiceKind(service.kind) if service is not None and service.kind \
            else nre.ServiceKind.VISIT
        self.deadline = nre.deadline(nre.Priority(prescription.priority), now, kind)
        self.free = None
        self._load_slots()

    @staticmethod
    def _prescription_problem(prescription: Prescription, now: datetime) -> str | None:
        if not prescription.patient_matches:
            return "PRESCRIPTION_OTHER_PATIENT"
        check = nre.check_bookable(nre.Priority(prescription.priority),
                                   prescription.issued_at, now)
        if not check.ok and check.problem is not None:
            return _LOCAL_PROBLEMS[check.problem]
        if now >= prescription.expires_at:
            return "PRESCRIPTION_EXPIRED"
        return None

    def _prescription_message(self, code: str) -> FlowMessage:
        phone = self.desk_phone if code in _PHONE_CODES else None
        return FlowMessage(code, TR, PRESCRIPTION_MESSAGES[code], False, phone)

    def _message_for(self, call: Call, exc: BaseException) -> FlowMessage:
        if isinstance(exc, ServiceError) and exc.code in _NOT_RETRYABLE_HERE:
            return self._prescription_message(exc.code)
        return message_for_error(exc)

    def _on_failure(self, call: Call, exc: BaseException) -> None:
        if isinstance(call, CreateBooking) and self.error is not None and self.error.code in (
            "SLOT_TAKEN", "SLOT_NOT_FOUND"
        ):
            self.clear_error()
            self.slot = None
            self._confirmation = None
            self.notice = FlowMessage("SLOT_TAKEN", "Booking", MSG_SLOT_TAKEN)
            self.step = CupStep.SLOT
            self._load_slots()


__all__ = [
    "ASST_SITE",
    "OFFERED",
    "PRESCRIPTION_MESSAGES",
    "CupFlow",
    "CupInputCheck",
    "CupStep",
    "check_input",
]
