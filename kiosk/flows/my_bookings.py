"""'My bookings': find, show, cancel and move one's own bookings (plain-Python state machine).

Steps and events::

    SEARCH --search(code?, cf)--> (FindBookings) --> LIST --choose--> DETAIL
    DETAIL --ask_cancel--> CANCEL_CONFIRM --confirm_cancel--> (CancelBooking) --> CANCELLED
    DETAIL --start_move--> (LoadSlots) MOVE_SLOT --choose_slot--> MOVE_CONFIRM
        --confirm_move--> (MoveBooking) --> MOVED

With a booking code the search finds that one booking (code + codice fiscale); with the codice
fiscale alone it finds the person's future bookings. Cancelling or moving is possible until
the booking's ``cancel_until`` (ASST Pavia: 2 working days before; the Comune: until the
appointment); later the kiosk explains that the desk must be called and shows its number.
A move is one backend step: the old time is released only when the new one is confirmed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk import codicefiscale
from kiosk.flows.booking import MSG_SLOT_TAKEN, SLOT_HORIZON_DAYS
from kiosk.flows.booking_details import BookingDetails, CatalogueIndex
from kiosk.flows.booking_ops import (
    Call,
    CallTracker,
    CancelBooking,
    Clock,
    FindBookings,
    FlowMessage,
    KeyFactory,
    LoadCatalogue,
    LoadSlots,
    MoveBooking,
    message_for_error,
    new_idempotency_key,
    now_rome,
)
from kiosk.flows.slot_choice import SlotChoice
from kiosk.services.models import Booking, Catalogue, Slot

log = logging.getLogger("kiosk.flow")
TR = "MyBookings"

_CODE_RE = re.compile(r"^[A-Z0-9]{2,4}-?[A-Z0-9]{4,8}$")

MSG_BAD_CODE = str(QT_TRANSLATE_NOOP(
    "MyBookings",
    "Il codice di prenotazione è come PV-AB3CD: lo trova sul foglio della prenotazione. "
    "Se non lo ha, lasci il campo vuoto."))
MSG_NONE_FOUND = str(QT_TRANSLATE_NOOP(
    "MyBookings", "Non ci sono prenotazioni future con questo codice fiscale."))
MSG_TOO_LATE = str(QT_TRANSLATE_NOOP(
    "MyBookings",
    "Ormai è troppo tardi per disdire o spostare questa prenotazione qui. Chiami lo "
    "sportello al numero qui sotto."))
MSG_CANCELLED_ALREADY = str(QT_TRANSLATE_NOOP(
    "MyBookings", "Questa prenotazione è già stata annullata."))
MSG_NO_OTHER_SLOTS = str(QT_TRANSLATE_NOOP(
    "MyBookings", "Non ci sono altri orari liberi per spostarla. Chiami lo sportello."))


class MyStep(StrEnum):
    """Steps of 'my bookings'."""

    SEARCH = "search"
    LIST = "list"
    DETAIL = "detail"
    CANCEL_CONFIRM = "cancel_confirm"
    CANCELLED = "cancelled"
    MOVE_SLOT = "move_slot"
    MOVE_CONFIRM = "move_confirm"
    MOVED = "moved"


@dataclass(frozen=True)
class SearchCheck:
    """Outcome of the search form: cleaned values or a message per field."""

    code: str | None
    codice_fiscale: str = field(repr=False)
    code_message: str = ""
    cf_message: str = ""

    @property
    def ok(self) -> bool:
        """True when the search can be sent."""
        return not self.code_message and not self.cf_message


def normalize_code(raw: str) -> str:
    """Upper-case a booking code, drop spaces; ``PVAB3CD`` (no dash) becomes ``PV-AB3CD``.

    The on-screen keyboard has no dash, and the printed code is read as two groups.
    """
    code = re.sub(r"\s", "", raw).upper()
    if "-" not in code and len(code) == 7 and code[:2].isalpha():
        code = f"{code[:2]}-{code[2:]}"
    return code


def check_search(code_raw: str, cf_raw: str) -> SearchCheck:
    """Validate the (optional) booking code and the (required) codice fiscale."""
    code = normalize_code(code_raw)
    cf = codicefiscale.validate(cf_raw)
    return SearchCheck(
        code=code or None, codice_fiscale=cf.value,
        code_message="" if not code or _CODE_RE.fullmatch(code) else MSG_BAD_CODE,
        cf_message="" if cf.ok else cf.message,
    )


class MyBookingsFlow(CallTracker):
    """State machine of 'my bookings' (no Qt, no network).

    Args:
        clock: current time (Europe/Rome), injected in tests.
        key_factory: makes a new Idempotency-Key (one per cancel or move).
        horizon_days: how far ahead free times are fetched for a move.
    """

    def __init__(
        self,
        *,
        clock: Clock = now_rome,
        key_factory: KeyFactory = new_idempotency_key,
        horizon_days: int = SLOT_HORIZON_DAYS,
    ) -> None:
        super().__init__()
        self._clock = clock
        self._key_factory = key_factory
        self.horizon_days = horizon_days
        self.index: CatalogueIndex | None = None
        self.reset()

    def reset(self) -> None:
        """Forget everything personal (the catalogue is kept)."""
        self.step = MyStep.SEARCH
        self.pending = None
        self.error = None
        self._failed = None
        self.notice: FlowMessage | None = None
        self.codice_fiscale = ""
        self.code: str | None = None
        self.bookings: list[Booking] = []
        self.selected: Booking | None = None
        self.slots: SlotChoice | None = None
        self.new_slot: Slot | None = None
        self._cancel: CancelBooking | None = None
        self._move: MoveBooking | None = None
        # Bookings the backend said are past their limit (its clock decides, not ours).
        self._closed: set[str] = set()

    # --- queries ---------------------------------------------------------------------------
    def details(self, booking: Booking | None = None) -> BookingDetails | None:
        """Words for a booking (default: the selected one)."""
        target = booking or self.selected
        if self.index is None or target is None:
            return None
        return BookingDetails.for_booking(self.index, target)

    def can_change(self, booking: Booking | None = None) -> bool:
        """Whether the kiosk may still cancel or move the booking (now < cancel_until)."""
        target = booking or self.selected
        return (target is not None and target.status == "confirmed"
                and target.id not in self._closed and self._clock() < target.cancel_until)

    def desk_phone(self, booking: Booking | None = None) -> str | None:
        """Phone of the desk that runs the booking's service."""
        target = booking or self.selected
        if self.index is None or target is None or target.site_id not in self.index.sites:
            return None
        return self.index.site(target.site_id).phone

    # --- events ----------------------------------------------------------------------------
    def start(self) -> Call | None:
        """Open the flow: asks for the catalogue unless it is already known."""
        self.reset()
        if self.index is None:
            return self._start(LoadCatalogue())
        return None

    def search(self, code_raw: str, cf_raw: str) -> tuple[SearchCheck, Call | None]:
        """Look bookings up by code + codice fiscale, or by codice fiscale alone."""
        check = check_search(code_raw, cf_raw)
        if not check.ok or self.step is not MyStep.SEARCH or self.busy:
            return check, None
        self.codice_fiscale = check.codice_fiscale
        self.code = check.code
        self.notice = None
        return check, self._start(FindBookings(codice_fiscale=check.codice_fiscale,
                                               code=check.code))

    def choose(self, booking_id: str) -> None:
        """Open one booking of the list."""
        if self.step is not MyStep.LIST:
            return
        booking = next((b for b in self.bookings if b.id == booking_id), None)
        if booking is None:
            raise ValueError(f"{booking_id!r} is not in the list")
        self.selected = booking
        self.notice = self._too_late_notice() if not self.can_change() else None
        self.step = MyStep.DETAIL

    def ask_cancel(self) -> None:
        """The citizen tapped *Disdici*: ask for confirmation (or explain it is too late)."""
        if self.step is not MyStep.DETAIL:
            return
        if not self.can_change():
            self.notice = self._too_late_notice()
            return
        self.step = MyStep.CANCEL_CONFIRM

    def confirm_cancel(self) -> Call | None:
        """Cancel it (the same key is reused if the citizen retries after a failure)."""
        if self.step is not MyStep.CANCEL_CONFIRM or self.selected is None or self.busy:
            return None
        if self._cancel is None or self._cancel.booking_id != self.selected.id:
            self._cancel = CancelBooking(booking_id=self.selected.id,
                                         idempotency_key=self._key_factory())
        return self._start(self._cancel)

    def start_move(self) -> Call | None:
        """The citizen tapped *Sposta*: fetch the free times of the same service."""
        if self.step is not MyStep.DETAIL or self.selected is None:
            return None
        if not self.can_change():
            self.notice = self._too_late_notice()
            return None
        self.step = MyStep.MOVE_SLOT
        self.slots = None
        self.new_slot = None
        return self._load_slots()

    def _load_slots(self) -> Call:
        assert self.selected is not None
        # A municipal appointment moves within its office (the citizen chose it); a health
        # one may move to any site, where the earliest times often are.
        office = None if self.selected.priority is not None else self.selected.office_id
        today = self._clock().date()
        return self._start(LoadSlots(service_id=self.selected.service_id, office_id=office,
                                     date_from=today,
                                     date_to=today + timedelta(days=self.horizon_days - 1)))

    def choose_day(self, day: date) -> None:
        """Show the times of another day."""
        if self.step is MyStep.MOVE_SLOT and self.slots is not None:
            self.slots.select_day(day)

    def choose_slot(self, slot_id: str) -> None:
        """The new time was tapped: ask for confirmation."""
        if self.step is not MyStep.MOVE_SLOT or self.slots is None:
            return
        slot = self.slots.find(slot_id)
        if slot is None:
            raise ValueError(f"{slot_id!r} is not a free time")
        self.new_slot = slot
        self.notice = None
        self.step = MyStep.MOVE_CONFIRM

    def confirm_move(self) -> Call | None:
        """Move it: the backend takes the new time and releases the old one in one step."""
        if (self.step is not MyStep.MOVE_CONFIRM or self.selected is None
                or self.new_slot is None or self.busy):
            return None
        move = self._move
        if move is None or move.booking_id != self.selected.id \
                or move.slot_id != self.new_slot.id:
            move = MoveBooking(booking_id=self.selected.id, slot_id=self.new_slot.id,
                               idempotency_key=self._key_factory())
            self._move = move
        return self._start(move)

    def back(self) -> None:
        """One step back, keeping what was entered; a call in flight is forgotten."""
        self.pending = None
        self.clear_error()
        self.notice = None
        previous = {
            MyStep.LIST: MyStep.SEARCH,
            MyStep.DETAIL: MyStep.LIST,
            MyStep.CANCEL_CONFIRM: MyStep.DETAIL,
            MyStep.MOVE_SLOT: MyStep.DETAIL,
            MyStep.MOVE_CONFIRM: MyStep.MOVE_SLOT,
        }
        self.step = previous.get(self.step, self.step)
        if self.step is MyStep.DETAIL and not self.can_change():
            self.notice = self._too_late_notice()

    @property
    def can_go_back(self) -> bool:
        """Whether *back* stays inside the flow."""
        return self.step not in (MyStep.SEARCH, MyStep.CANCELLED, MyStep.MOVED)

    # --- answers ---------------------------------------------------------------------------
    def _too_late_notice(self) -> FlowMessage:
        if self.selected is not None and self.selected.status == "cancelled":
            return FlowMessage("BOOKING_CANCELLED", TR, MSG_CANCELLED_ALREADY)
        return FlowMessage("TOO_LATE_TO_CANCEL", TR, MSG_TOO_LATE, phone=self.desk_phone())

    def _replace(self, booking: Booking) -> None:
        self.selected = booking
        self.bookings = [booking if b.id == booking.id else b for b in self.bookings]

    def _on_result(self, call: Call, result: object) -> None:
        match call:
            case LoadCatalogue():
                assert isinstance(result, Catalogue)
                self.index = CatalogueIndex(result)
            case FindBookings():
                assert isinstance(result, list)
                self.bookings = sorted(result, key=lambda b: b.slot.start)
                self.step = MyStep.LIST
                if not self.bookings:
                    self.step = MyStep.SEARCH
                    self.notice = FlowMessage("NONE_FOUND", TR, MSG_NONE_FOUND)
            case CancelBooking():
                assert isinstance(result, Booking)
                self._replace(result)
                self.step = MyStep.CANCELLED
                log.info("cancelled %s", result.code)
            case LoadSlots():
                assert isinstance(result, list)
                current = self.selected.slot.id if self.selected is not None else None
                self.slots = SlotChoice(s for s in result if s.id != current)
                if self.slots.empty:
                    self.notice = FlowMessage("NO_SLOTS", TR, MSG_NO_OTHER_SLOTS,
                                              phone=self.desk_phone())
            case MoveBooking():
                assert isinstance(result, Booking)
                self._replace(result)
                self.step = MyStep.MOVED
                log.info("moved %s", result.code)

    def _message_for(self, call: Call, exc: BaseException) -> FlowMessage:
        message = message_for_error(exc)
        if message.code == "TOO_LATE_TO_CANCEL":
            return self._too_late_notice()
        if message.code == "BOOKING_NOT_FOUND" and isinstance(call, FindBookings):
            return FlowMessage(message.code, message.context, message.text, False)
        return message

    def _on_failure(self, call: Call, exc: BaseException) -> None:
        code = self.error.code if self.error is not None else ""
        if code == "TOO_LATE_TO_CANCEL":
            # The backend's clock decides: explain and stay on the booking.
            if self.selected is not None:
                self._closed.add(self.selected.id)
            self.notice, self.error, self._failed = self.error, None, None
            self.step = MyStep.DETAIL
        elif isinstance(call, MoveBooking) and code in ("SLOT_TAKEN", "SLOT_NOT_FOUND"):
            self.clear_error()
            self._move = None
            self.new_slot = None
            self.notice = FlowMessage("SLOT_TAKEN", "Booking", MSG_SLOT_TAKEN)
            self.step = MyStep.MOVE_SLOT
            self._load_slots()


__all__ = [
    "MSG_TOO_LATE",
    "MyBookingsFlow",
    "MyStep",
    "SearchCheck",
    "check_search",
    "normalize_code",
]
