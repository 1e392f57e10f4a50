"""Backend calls of the booking flows, as plain values, and the service that performs them.

A booking flow never talks to the network itself: when it needs the backend it returns a
*call* (one of the frozen dataclasses below) describing exactly what to ask. The UI hands
that call to :meth:`BookingService.execute` on a worker thread (``ui.tasks.TaskRunner``) and
feeds the result back to the flow (``flow.complete(call, result)`` or
``flow.fail(call, exc)``). Tests drive the same flows synchronously with :func:`drive`.

Because a call is a value, *retry* means "execute the same value again": a booking
confirmation that timed out is repeated with the very same ``Idempotency-Key``, so the backend
returns the booking it may already have made instead of booking twice.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.services.errors import ServiceError
from kiosk.services.models import (
    Booking,
    BookingCreate,
    Catalogue,
    Prescription,
    Slot,
    mask_codice_fiscale,
)

log = logging.getLogger("kiosk.flow")
ROME = ZoneInfo("Europe/Rome")
TR_CONTEXT = "Booking"

Clock = Callable[[], datetime]
KeyFactory = Callable[[], str]


def new_idempotency_key() -> str:
    """A fresh random Idempotency-Key (one per confirmation; reused on its retries).

    Same shape as ``kiosk.services.client.new_idempotency_key``; defined here so the flows
    never import the HTTP client (import-linter contract).
    """
    return uuid.uuid4().hex


def now_rome() -> datetime:
    """The current time in Europe/Rome (the flows' default clock)."""
    return datetime.now(ROME)


class BookingBackend(Protocol):
    """What the booking flows need from ``kiosk.services.client.ServicesClient``."""

    def catalogue(self) -> Catalogue: ...

    def slots(
        self,
        service_id: str,
        *,
        office_id: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int | None = None,
    ) -> list[Slot]: ...

    def create_booking(self, req: BookingCreate, idempotency_key: str) -> Booking: ...

    def find_bookings(self, codice_fiscale: str, code: str | None = None) -> list[Booking]: ...

    def cancel_booking(self, booking_id: str, idempotency_key: str | None = None) -> Booking: ...

    def move_booking(
        self, booking_id: str, slot_id: str, idempotency_key: str | None = None
    ) -> Booking: ...

    def prescription(self, nre: str, codice_fiscale: str) -> Prescription: ...


# --------------------------------------------------------------------------- calls


@dataclass(frozen=True, eq=False)
class LoadCatalogue:
    """Fetch the catalogue (sites, offices, services)."""


@dataclass(frozen=True, eq=False)
class LoadSlots:
    """Fetch the free slots of a service (at one office, or at every office when None)."""

    service_id: str
    office_id: str | None
    date_from: date
    date_to: date | None = None
    limit: int = 2000


@dataclass(frozen=True, eq=False)
class CheckPrescription:
    """Ask the backend what an NRE prescribes, for this patient."""

    nre: str
    codice_fiscale: str = field(repr=False)


@dataclass(frozen=True, eq=False)
class CreateBooking:
    """Book a slot. ``idempotency_key`` is made once per confirmation and kept on retry."""

    request: BookingCreate = field(repr=False)
    idempotency_key: str

    @classmethod
    def for_request(cls, request: BookingCreate, previous: CreateBooking | None,
                    key_factory: KeyFactory) -> CreateBooking:
        """The call that books ``request``: the same request as ``previous`` (a retry) keeps
        its Idempotency-Key, so the backend books it once; a new request gets a new key."""
        if previous is not None and previous.request == request:
            return previous
        return cls(request=request, idempotency_key=key_factory())


@dataclass(frozen=True, eq=False)
class FindBookings:
    """Find one booking by code + codice fiscale, or the future bookings of a codice fiscale."""

    codice_fiscale: str = field(repr=False)
    code: str | None = None


@dataclass(frozen=True, eq=False)
class CancelBooking:
    """Cancel a booking."""

    booking_id: str
    idempotency_key: str


@dataclass(frozen=True, eq=False)
class MoveBooking:
    """Move a booking to another slot (the backend releases the old one in the same step)."""

    booking_id: str
    slot_id: str
    idempotency_key: str


Call = (
    LoadCatalogue | LoadSlots | CheckPrescription | CreateBooking | FindBookings
    | CancelBooking | MoveBooking
)
"""Any backend call a booking flow may ask for."""


class BookingService:
    """Performs the flows' calls against the backend (blocking: run it off the GUI thread).

    The catalogue changes rarely and every flow needs it, so it is kept for ``catalogue_ttl_s``
    seconds.

    Args:
        backend: the services client (or anything with the same methods).
        catalogue_ttl_s: how long a fetched catalogue is reused.
        monotonic: clock for the cache (injected in tests).
        before_write: called with every write (book, cancel, move) *before* it is sent, on
            the worker thread: the place to record its idempotency key in a journal so an
            unanswered write can be reconciled after a crash. If it raises, nothing is sent.
    """

    def __init__(
        self,
        backend: BookingBackend,
        *,
        catalogue_ttl_s: float = 600.0,
        monotonic: Callable[[], float] = time.monotonic,
        before_write: Callable[[CreateBooking | CancelBooking | MoveBooking], None]
        | None = None,
    ) -> None:
        self.backend = backend
        self.before_write = before_write
        self._ttl = catalogue_ttl_s
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._catalogue: tuple[float, Catalogue] | None = None

    def catalogue(self) -> Catalogue:
        """The catalogue, from the cache when fresh."""
        with self._lock:
            cached = self._catalogue
        if cached is not None and self._monotonic() - cached[0] < self._ttl:
            return cached[1]
        fresh = self.backend.catalogue()
        with self._lock:
            self._catalogue = (self._monotonic(), fresh)
        return fresh

    def execute(self, call: Call) -> object:
        """Perform ``call`` and return the backend's answer.

        Returns:
            ``Catalogue`` for :class:`LoadCatalogue`, ``list[Slot]`` for :class:`LoadSlots`,
            ``Prescription``, ``Booking`` or ``list[Booking]`` for the others.

        Raises:
            ServiceError: any failure, already typed by the client.
        """
        if self.before_write is not None and isinstance(
            call, CreateBooking | CancelBooking | MoveBooking
        ):
            self.before_write(call)
        match call:
            case LoadCatalogue():
                return self.catalogue()
            case LoadSlots():
                return self.backend.slots(
                    call.service_id, office_id=call.office_id, date_from=call.date_from,
                    date_to=call.date_to, limit=call.limit)
            case CheckPrescription():
                return self.backend.prescription(call.nre, call.codice_fiscale)
            case CreateBooking():
                log.info("booking %s for %s (key %s)", call.request.slot_id,
                         mask_codice_fiscale(call.request.codice_fiscale), call.idempotency_key)
                return self.backend.create_booking(call.request, call.idempotency_key)
            case FindBookings():
                return self.backend.find_bookings(call.codice_fiscale, call.code)
            case CancelBooking():
                return self.backend.cancel_booking(call.booking_id, call.idempotency_key)
            case MoveBooking():
                return self.backend.move_booking(call.booking_id, call.slot_id,
                                                 call.idempotency_key)
        raise TypeError(f"unknown call {call!r}")  # pragma: no cover - exhaustive match


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class FlowMessage:
    """Something to tell the citizen: an Italian source text and its translation context.

    Attributes:
        code: what happened (backend code such as ``SLOT_TAKEN``, or ``OFFLINE``...).
        context: translation context of ``text`` (``QCoreApplication.translate(context, text)``).
        text: Italian source text.
        retryable: whether offering *Riprova* makes sense.
        phone: a desk phone number to show with the message, when calling the desk helps.
    """

    code: str
    context: str
    text: str
    retryable: bool = False
    phone: str | None = None


def message_for_error(exc: BaseException, phone: str | None = None) -> FlowMessage:
    """Turn a failed call into a message (service errors carry their own plain text)."""
    if isinstance(exc, ServiceError):
        return FlowMessage(exc.code, "ServiceError", exc.user_message, exc.retryable, phone)
    return FlowMessage("UNEXPECTED", TR_CONTEXT, _UNEXPECTED, True, phone)


_UNEXPECTED = str(QT_TRANSLATE_NOOP(
    "Booking", "Non è stato possibile completare l'operazione. Riprovi tra poco."))


class CallTracker:
    """Book-keeping shared by the flows: the call in flight, the last failure, retry.

    A result is applied only if it answers the call the flow is waiting for: when the citizen
    goes back (or starts over) while a call runs, its late answer is dropped.
    """

    def __init__(self) -> None:
        self.pending: Call | None = None
        self.error: FlowMessage | None = None
        self._failed: Call | None = None

    @property
    def busy(self) -> bool:
        """True while a call is in flight."""
        return self.pending is not None

    def _start(self, call: Call) -> Call:
        self.pending = call
        self.error = None
        self._failed = None
        return call

    def _forget_pending(self) -> None:
        self.pending = None

    def complete(self, call: Call, result: object) -> bool:
        """Apply the answer of ``call``; returns False (and ignores it) if it is stale."""
        if call is not self.pending:
            log.info("dropping a stale answer to %s", type(call).__name__)
            return False
        self.pending = None
        self._on_result(call, result)
        return True

    def fail(self, call: Call, exc: BaseException) -> bool:
        """Record the failure of ``call``; returns False (and ignores it) if it is stale."""
        if call is not self.pending:
            return False
        self.pending = None
        self._failed = call
        self.error = self._message_for(call, exc)
        self._on_failure(call, exc)
        return True

    def retry(self) -> Call | None:
        """The failed call again, *the same value* (same idempotency key), or None."""
        if self._failed is None or self.error is None or not self.error.retryable:
            return None
        return self._start(self._failed)

    def clear_error(self) -> None:
        """Dismiss the current message."""
        self.error = None
        self._failed = None

    # hooks ------------------------------------------------------------------------------
    def _on_result(self, call: Call, result: object) -> None:
        raise NotImplementedError

    def _on_failure(self, call: Call, exc: BaseException) -> None:
        """Called after :attr:`error` is set; flows change step here (e.g. slot taken)."""

    def _message_for(self, call: Call, exc: BaseException) -> FlowMessage:
        return message_for_error(exc)


class _Driveable(Protocol):
    pending: Call | None

    def complete(self, call: Call, result: object) -> bool: ...

    def fail(self, call: Call, exc: BaseException) -> bool: ...


def drive(flow: _Driveable, service: BookingService, call: Call | None) -> None:
    """Run ``call`` synchronously, feed the answer to ``flow``, and run its follow-up calls.

    This is what the UI does through its task runner, minus the threads (tests, scripts).
    A flow asks for a follow-up by leaving a new call in ``flow.pending``: after a
    prescription check it asks for the slots; after "this time has just been taken" it asks
    for a fresh list. A failure with no follow-up ends the run (the flow shows the error).
    """
    while call is not None:
        try:
            result = service.execute(call)
        except ServiceError as exc:
            flow.fail(call, exc)
        else:
            flow.complete(call, result)
        call = flow.pending


__all__ = [
    "ROME",
    "BookingBackend",
    "BookingService",
    "Call",
    "CallTracker",
    "CancelBooking",
    "CheckPrescription",
    "Clock",
    "CreateBooking",
    "FindBookings",
    "FlowMessage",
    "KeyFactory",
    "LoadCatalogue",
    "LoadSlots",
    "MoveBooking",
    "drive",
    "message_for_error",
    "new_idempotency_key",
    "now_rome",
]
