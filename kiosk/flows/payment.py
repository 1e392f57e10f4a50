"""Paying a pagoPA notice at the station's card terminal, exactly once.

Three layers, none of them Qt:

* :class:`PaymentFlow` — the state machine. States and events are explicit enums and every
  allowed move is one entry of :data:`TRANSITIONS`; an event that does not apply in the
  current state (a second tap on *confirm*, the late answer of a call the citizen already left)
  is refused and changes nothing. The UI maps :class:`PayState` to a step widget with a dict.
* :class:`PaymentService` — the blocking work (backend calls, journal writes, the receipt). The
  UI runs each method off the GUI thread; the kill-test driver calls them directly.
* :class:`PaymentController` — glue: turns taps into events and events into service calls,
  through an injected ``run(fn, on_success, on_failure)`` (the UI's ``TaskRunner.run``) and
  ``schedule(delay_s, fn)`` (a timer), so the same code runs in the station and in tests.

Exactly once (DOMAIN.md, issue 5):

* the idempotency key is chosen when the citizen confirms and written to the journal *before*
  the activation is sent; a second tap does nothing, and a retry after a failed or timed-out
  activation sends the same key, so the backend answers with the same payment;
* a payment that stops waiting on the terminal (the citizen cancels, or nobody presents a
  card in time) is cancelled on the backend; if the cancel finds it approved, it is approved;
* :func:`reconcile`, run at every start, settles what a crash left behind: paid → approved and
  the receipt made available, not paid → released (cancelled on the backend if still waiting).

The service and the reconciliation live in :mod:`kiosk.flows.payment_service` (re-exported
here).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from kiosk.flows.payment_service import (
    MIL_OUTCOMES,
    Creditor,
    NoTicketError,
    PaymentBackend,
    PaymentService,
    ReceiptOutcome,
    ReceiptSink,
    ReconcileReport,
    reconcile,
)
from kiosk.journal import JournalError, new_idempotency_key
from kiosk.pagopa import NoticeRef
from kiosk.receipts import PaymentReceipt
from kiosk.services.errors import ServiceError
from kiosk.services.models import Notice, Payment

log = logging.getLogger("kiosk.flow.payment")

T = TypeVar("T")

# --------------------------------------------------------------------------- state machine


class PayState(StrEnum):
    """Where the citizen is in a payment."""

    ENTER_NOTICE = "enter_notice"
    VERIFYING = "verifying"
    VERIFIED = "verified"
    VERIFY_FAILED = "verify_failed"
    CONFIRMED = "confirmed"
    ACTIVATING = "activating"
    AWAITING_CARD = "awaiting_card"
    CANCELLING = "cancelling"
    APPROVED = "approved"
    RECEIPT = "receipt"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    TIMED_OUT = "timed_out"
    FAILED = "failed"


class PayEvent(StrEnum):
    """What happened (a tap, or the answer of a service call)."""

    SUBMIT = "submit"  # a notice was typed, scanned or fetched: verify it
    VERIFY_OK = "verify_ok"
    VERIFY_ERROR = "verify_error"
    EDIT = "edit"  # back to the notice entry, keeping what was typed
    CONFIRM = "confirm"
    ACTIVATE = "activate"  # the activation call starts (after the intent is chosen)
    ACTIVATED = "activated"  # the terminal waits for the card
    ACTIVATE_ERROR = "activate_error"
    CANCEL = "cancel"  # the citizen tapped cancel on the card screen
    CARD_TIMEOUT = "card_timeout"  # nobody presented a card in time
    APPROVED = "approved"
    DECLINED = "declined"
    CANCELLED = "cancelled"  # the backend says cancelled (terminal or our cancel)
    EXPIRED = "expired"  # the payment token expired, or our timeout cancel went through
    RECEIPT_DONE = "receipt_done"
    RETRY = "retry"  # after FAILED: repeat what failed
    RESET = "reset"


S, E = PayState, PayEvent

TRANSITIONS: dict[tuple[PayState, PayEvent], PayState] = {
    (S.ENTER_NOTICE, E.SUBMIT): S.VERIFYING,
    (S.VERIFY_FAILED, E.SUBMIT): S.VERIFYING,
    (S.VERIFIED, E.SUBMIT): S.VERIFYING,  # a new scan replaces the notice being checked
    (S.VERIFYING, E.SUBMIT): S.VERIFYING,  # ... even while the previous one is checked
    (S.DECLINED, E.SUBMIT): S.VERIFYING,
    (S.CANCELLED, E.SUBMIT): S.VERIFYING,
    (S.TIMED_OUT, E.SUBMIT): S.VERIFYING,
    (S.RECEIPT, E.SUBMIT): S.VERIFYING,
    (S.VERIFYING, E.VERIFY_OK): S.VERIFIED,
    (S.VERIFYING, E.VERIFY_ERROR): S.VERIFY_FAILED,
    (S.VERIFIED, E.EDIT): S.ENTER_NOTICE,
    (S.VERIFY_FAILED, E.EDIT): S.ENTER_NOTICE,
    (S.VERIFIED, E.CONFIRM): S.CONFIRMED,
    (S.CONFIRMED, E.ACTIVATE): S.ACTIVATING,
    (S.ACTIVATING, E.ACTIVATED): S.AWAITING_CARD,
    (S.ACTIVATING, E.ACTIVATE_ERROR): S.FAILED,
    (S.ACTIVATING, E.APPROVED): S.APPROVED,
    (S.ACTIVATING, E.DECLINED): S.DECLINED,
    (S.ACTIVATING, E.CANCELLED): S.CANCELLED,
    (S.ACTIVATING, E.EXPIRED): S.TIMED_OUT,
    (S.AWAITING_CARD, E.APPROVED): S.APPROVED,
    (S.AWAITING_CARD, E.DECLINED): S.DECLINED,
    (S.AWAITING_CARD, E.CANCELLED): S.CANCELLED,
    (S.AWAITING_CARD, E.EXPIRED): S.TIMED_OUT,
    (S.AWAITING_CARD, E.CANCEL): S.CANCELLING,
    (S.AWAITING_CARD, E.CARD_TIMEOUT): S.CANCELLING,
    (S.CANCELLING, E.CANCELLED): S.CANCELLED,
    (S.CANCELLING, E.EXPIRED): S.TIMED_OUT,
    (S.CANCELLING, E.APPROVED): S.APPROVED,  # the card went through before the cancel
    (S.CANCELLING, E.DECLINED): S.DECLINED,
    (S.APPROVED, E.RECEIPT_DONE): S.RECEIPT,
    (S.FAILED, E.RETRY): S.ACTIVATING,
    # "Try again" after a decline or a time-out starts a new payment of the same notice.
    (S.DECLINED, E.CONFIRM): S.CONFIRMED,
    (S.CANCELLED, E.CONFIRM): S.CONFIRMED,
    (S.TIMED_OUT, E.CONFIRM): S.CONFIRMED,
}

# A payment whose outcome is unknown must not be abandoned by a reset: these states refuse it.
_NO_RESET: frozenset[PayState] = frozenset(
    {S.CONFIRMED, S.ACTIVATING, S.AWAITING_CARD, S.CANCELLING, S.APPROVED}
)

BUSY_STATES: frozenset[PayState] = frozenset(
    {S.CONFIRMED, S.ACTIVATING, S.AWAITING_CARD, S.CANCELLING, S.APPROVED}
)
"""States in which the idle time-out must be paused (the citizen is at the card terminal)."""


@dataclass(frozen=True, slots=True)
class FlowError:
    """A failure shown to the citizen.

    Attributes:
        code: ``UNKNOWN_NOTICE`` … (MIL outcomes), ``TIMEOUT``, ``OFFLINE`` …
        message: Italian source text (translate with the ``ServiceError`` context).
        retryable: whether "try again" makes sense.
    """

    code: str
    message: str
    retryable: bool

    @classmethod
    def from_exception(cls, exc: BaseException) -> FlowError:
        """Turn any failure of a service call into something a screen can show."""
        if isinstance(exc, ServiceError):
            return cls(exc.code, exc.user_message, exc.retryable)
        if isinstance(exc, JournalError):
            return cls("JOURNAL", ServiceError("journal").user_message, False)
        # Unexpected bug in a worker: a generic, honest message; details go to the log.
        return cls("UNEXPECTED_ERROR", ServiceError("bug").user_message, True)


@dataclass
class PaymentContext:
    """Everything the flow knows about the payment under way (wiped by a reset)."""

    ref: NoticeRef | None = None
    notice: Notice | None = None
    booking_id: str | None = None
    assisted_by: str | None = None
    idempotency_key: str | None = None
    payment: Payment | None = None
    error: FlowError | None = None
    cancel_reason: PayEvent | None = None
    card_deadline: datetime | None = None
    receipt: PaymentReceipt | None = None
    receipt_printed: bool | None = None
    receipt_error: FlowError | None = None
    attempts: int = 0


Listener = Callable[[PayState, PayState, PayEvent], None]


class PaymentFlow:
    """The payment state machine (no I/O: see :class:`PaymentController`)."""

    def __init__(self) -> None:
        self.state = PayState.ENTER_NOTICE
        self.context = PaymentContext()
        self._listeners: list[Listener] = []

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(old, new, event)`` after every transition."""
        self._listeners.append(listener)

    def can(self, event: PayEvent) -> bool:
        """Whether ``event`` applies in the current state."""
        if event is E.RESET:
            return self.state not in _NO_RESET
        return (self.state, event) in TRANSITIONS

    def fire(self, event: PayEvent) -> bool:
        """Apply ``event``. Returns False (and changes nothing) when it does not apply."""
        if event is E.RESET:
            if self.state in _NO_RESET:
                log.warning("reset refused in %s: a payment is under way", self.state.value)
                return False
            new = PayState.ENTER_NOTICE
            self.context = PaymentContext()
        else:
            target = TRANSITIONS.get((self.state, event))
            if target is None:
                log.info("payment flow: %s ignored in %s", event.value, self.state.value)
                return False
            new = target
        old, self.state = self.state, new
        log.info("payment flow: %s -> %s (%s)", old.value, new.value, event.value)
        for listener in list(self._listeners):
            listener(old, new, event)
        return True

    @property
    def busy(self) -> bool:
        """True while the idle time-out must not end the session."""
        return self.state in BUSY_STATES


# --------------------------------------------------------------------------- controller

RunFn = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], Any]
"""``run(fn, on_success, on_failure)``: run ``fn`` somewhere, call back on the caller's thread."""

ScheduleFn = Callable[[float, Callable[[], None]], Any]
"""``schedule(delay_s, fn)``: call ``fn`` once after ``delay_s`` (on the caller's thread)."""


class PaymentController:
    """Drives a :class:`PaymentFlow` with a :class:`PaymentService`.

    Taps become events; entering a state starts its service call through ``run``. Results of
    calls started before a :meth:`reset` are dropped (a generation counter), so a late answer
    can never touch the next citizen's payment.

    Args:
        service: the blocking work.
        run: ``run(fn, on_success, on_failure)`` (``TaskRunner.run`` in the station).
        schedule: ``schedule(delay_s, fn)`` for polling the terminal.
        language: returns the citizen's language (printed on the receipt).
    """

    def __init__(
        self,
        service: PaymentService,
        run: RunFn,
        schedule: ScheduleFn,
        language: Callable[[], str] = lambda: "it",
    ) -> None:
        self.service = service
        self.flow = PaymentFlow()
        self._run = run
        self._schedule = schedule
        self._language = language
        self._generation = 0
        self._poll_scheduled = False
        self.assisted_by: str | None = None
        self.activations_sent = 0
        """How many activation calls this controller started (tests: one per confirm)."""

    @property
    def state(self) -> PayState:
        """The flow's current state."""
        return self.flow.state

    @property
    def context(self) -> PaymentContext:
        """The flow's data."""
        return self.flow.context

    # --- plumbing --------------------------------------------------------------------------
    def _call(
        self,
        fn: Callable[[], T],
        ok: Callable[[T], None],
        fail: Callable[[BaseException], None],
    ) -> None:
        generation = self._generation

        def on_ok(result: Any) -> None:
            if generation == self._generation:
                ok(result)

        def on_fail(exc: BaseException) -> None:
            if generation == self._generation:
                fail(exc)

        self._run(fn, on_ok, on_fail)

    def _fail(self, event: PayEvent, exc: BaseException) -> None:
        self.context.error = FlowError.from_exception(exc)
        self.flow.fire(event)

    # --- entry -----------------------------------------------------------------------------
    def reset(self) -> bool:
        """Forget everything (new citizen). Refused while a payment's outcome is unknown.

        Leaving a failed activation settles its intent in the background (cancels a payment
        the backend may have started), so nothing stays live on the terminal.
        """
        if not self.flow.can(E.RESET):
            return False
        key = self.context.idempotency_key
        if self.flow.state is S.FAILED and key is not None:
            self._run(
                lambda: self.service.settle(key),
                lambda _result: None,
                lambda exc: log.warning("settling %s failed: %s", key, exc),
            )
        self._generation += 1
        self._poll_scheduled = False
        return self.flow.fire(E.RESET)

    def submit(self, ref: NoticeRef, *, booking_id: str | None = None) -> bool:
        """Verify a typed, scanned or fetched notice. Returns False if not possible now."""
        if self.flow.state is S.FAILED:
            self.reset()
        if not self.flow.can(E.SUBMIT):
            return False
        self._generation += 1  # a verify still running for an older notice is now stale
        self.flow.context = PaymentContext(
            ref=ref, booking_id=booking_id, assisted_by=self.assisted_by
        )
        self.flow.fire(E.SUBMIT)
        self._call(
            lambda: self.service.verify(ref),
            self._verified,
            lambda exc: self._fail(E.VERIFY_ERROR, exc),
        )
        return True

    def _verified(self, notice: Notice) -> None:
        self.context.notice = notice
        self.flow.fire(E.VERIFY_OK)

    def edit(self) -> bool:
        """Back to the notice entry (from the verified notice or its error)."""
        return self.flow.fire(E.EDIT)

    # --- paying ----------------------------------------------------------------------------
    def confirm(self) -> bool:
        """The citizen confirmed the payment: choose the key, activate. Double taps do nothing."""
        if not self.flow.fire(E.CONFIRM):
            return False
        ctx = self.context
        # A new attempt (first, or after a decline/time-out) gets a new key; a retry of the
        # same attempt (RETRY) keeps it.
        ctx.idempotency_key = new_idempotency_key()
        ctx.payment = None
        ctx.error = None
        ctx.cancel_reason = None
        ctx.attempts += 1
        self.flow.fire(E.ACTIVATE)
        self._activate()
        return True

    def retry(self) -> bool:
        """After a failed activation: send it again with the same key."""
        if not self.flow.fire(E.RETRY):
            return False
        self.context.error = None
        self._activate()
        return True

    def _activate(self) -> None:
        ctx = self.context
        key, notice = ctx.idempotency_key, ctx.notice
        assert key is not None
        assert notice is not None
        self.activations_sent += 1
        self._call(
            lambda: self.service.activate(
                key, notice, booking_id=ctx.booking_id, assisted_by=ctx.assisted_by
            ),
            self._on_payment,
            lambda exc: self._fail(E.ACTIVATE_ERROR, exc),
        )

    def _on_payment(self, payment: Payment | None) -> None:
        ctx = self.context
        if payment is None:
            # The backend never got the activation; only reachable through a poll.
            ctx.error = FlowError("UNEXPECTED_ERROR", ServiceError("lost").user_message, True)
            self.flow.fire(E.ACTIVATE_ERROR)
            return
        ctx.payment = payment
        if payment.status == "awaiting_card":
            if self.flow.state is S.ACTIVATING:
                ctx.card_deadline = self.service.clock() + timedelta(
                    seconds=self.service.card_timeout_s
                )
                self.flow.fire(E.ACTIVATED)
            if self.flow.state is S.AWAITING_CARD:
                if ctx.card_deadline is not None and self.service.clock() >= ctx.card_deadline:
                    self._start_cancel(E.CARD_TIMEOUT)
                else:
                    self._schedule_poll()
            return
        event = {
            "approved": E.APPROVED,
            "declined": E.DECLINED,
            "cancelled": E.CANCELLED,
            "expired": E.EXPIRED,
        }[payment.status]
        if self.flow.state is S.CANCELLING and event is E.CANCELLED:
            # Our own cancel went through: say why we cancelled.
            event = E.EXPIRED if ctx.cancel_reason is E.CARD_TIMEOUT else E.CANCELLED
        if self.flow.fire(event) and event is E.APPROVED:
            self._issue_receipt()

    def _schedule_poll(self) -> None:
        if self._poll_scheduled:
            return
        self._poll_scheduled = True
        generation = self._generation

        def tick() -> None:
            if generation != self._generation:
                return
            self._poll_scheduled = False
            self.poll()

        self._schedule(self.service.poll_interval_s, tick)

    def poll(self) -> None:
        """Read the payment once (called by the scheduled timer while the terminal waits)."""
        if self.flow.state is not S.AWAITING_CARD:
            return
        key = self.context.idempotency_key
        assert key is not None
        self._call(lambda: self.service.poll(key), self._on_payment, self._poll_failed)

    def _poll_failed(self, exc: BaseException) -> None:
        # A lost poll changes nothing on the terminal: keep waiting (the deadline still holds).
        log.warning("poll failed: %s", exc)
        ctx = self.context
        if self.flow.state is not S.AWAITING_CARD:
            return  # a cancel or an outcome overtook this poll
        if ctx.card_deadline is not None and self.service.clock() >= ctx.card_deadline:
            self._start_cancel(E.CARD_TIMEOUT)
        else:
            self._schedule_poll()

    def cancel(self) -> bool:
        """The citizen tapped cancel on the card screen."""
        return self._start_cancel(E.CANCEL)

    def _start_cancel(self, reason: PayEvent) -> bool:
        if not self.flow.fire(reason):
            return False
        self.context.cancel_reason = reason
        self._send_cancel()
        return True

    def _send_cancel(self) -> None:
        key = self.context.idempotency_key
        assert key is not None
        self._call(lambda: self.service.cancel(key), self._on_cancelled, self._cancel_failed)

    def _on_cancelled(self, payment: Payment | None) -> None:
        if payment is None:
            self.flow.fire(
                E.EXPIRED if self.context.cancel_reason is E.CARD_TIMEOUT else E.CANCELLED
            )
            return
        self._on_payment(payment)

    def _cancel_failed(self, exc: BaseException) -> None:
        # The payment may still be live on the terminal: keep trying to cancel it. The journal
        # has it as unfinished, so a restart would settle it too.
        log.warning("cancel failed, trying again: %s", exc)
        generation = self._generation

        def again() -> None:
            if generation == self._generation and self.flow.state is S.CANCELLING:
                self._send_cancel()

        self._schedule(self.service.poll_interval_s, again)

    # --- after paying ----------------------------------------------------------------------
    def _issue_receipt(self) -> None:
        key = self.context.idempotency_key
        assert key is not None
        language = self._language()
        self._call(
            lambda: self.service.issue_receipt(key, language),
            self._receipt_issued,
            self._receipt_failed,
        )

    def _receipt_issued(self, outcome: ReceiptOutcome) -> None:
        self.context.receipt = outcome.receipt
        self.context.receipt_printed = outcome.printed
        self.flow.fire(E.RECEIPT_DONE)

    def _receipt_failed(self, exc: BaseException) -> None:
        # Paid, but the receipt could not be stored now: the journal keeps the intent open and
        # the next start makes the receipt available. The citizen still sees "paid".
        log.error("receipt of a paid intent not stored: %s", exc)
        self.context.receipt_error = FlowError.from_exception(exc)
        self.context.receipt_printed = False
        self.flow.fire(E.RECEIPT_DONE)

    def set_assisted_by(self, tutor: str | None) -> None:
        """The tutor assisting at the station (``None`` when the assisted mode ends).

        Kept across resets (the tutor stays for the next citizen) and written with every
        intent and receipt of payments started while it is set.
        """
        self.assisted_by = tutor
        self.context.assisted_by = tutor


def due_date_text(day: date) -> str:
    """A due date as printed in Italy: ``31/12/2026`` (numbers read the same in every language)."""
    return day.strftime("%d/%m/%Y")


__all__ = [
    "BUSY_STATES",
    "MIL_OUTCOMES",
    "TRANSITIONS",
    "Creditor",
    "FlowError",
    "NoTicketError",
    "PayEvent",
    "PayState",
    "PaymentBackend",
    "PaymentContext",
    "PaymentController",
    "PaymentFlow",
    "PaymentService",
    "ReceiptOutcome",
    "ReceiptSink",
    "ReconcileReport",
    "RunFn",
    "ScheduleFn",
    "due_date_text",
    "reconcile",
]
