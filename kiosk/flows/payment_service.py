"""The blocking work of a pagoPA payment: backend calls, journal writes, the receipt.

:class:`PaymentService` does what :class:`kiosk.flows.payment.PaymentController` asks, one
call at a time, off the GUI thread; :func:`reconcile` settles what a crash left in the journal
(see ``kiosk/journal.py`` for the intent's life cycle and ``kiosk/flows/payment.py`` for the
exactly-once rules).

This module must not import the HTTP client (``kiosk.flows`` may not reach ``requests``, see
``pyproject.toml``): the backend is the :class:`PaymentBackend` protocol, which
``kiosk.services.client.ServicesClient`` satisfies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from kiosk.journal import IntentState, Journal, JournalError, PaymentIntent
from kiosk.pagopa import NoticeRef, NoticeSource, parse_notice_number
from kiosk.receipts import PaymentReceipt, new_receipt_code
from kiosk.services.errors import DomainError, ServiceError
from kiosk.services.models import (
    Booking,
    Catalogue,
    Notice,
    Payment,
    PaymentCreate,
    Receipt,
    mask_codice_fiscale,
)

log = logging.getLogger("kiosk.flow.payment")

MIL_OUTCOMES: tuple[str, ...] = (
    "UNKNOWN_NOTICE",
    "EXPIRED_NOTICE",
    "REVOKED_NOTICE",
    "NOTICE_ALREADY_PAID",
    "PAYMENT_ALREADY_IN_PROGRESS",
    "WRONG_NOTICE_DATA",
    "CREDITOR_PROBLEMS",
    "NOTICE_GLITCH",
    "UNEXPECTED_ERROR",
)
"""The pagoPA kiosk-layer (MIL) outcomes a citizen sees in plain words."""

# Codes for which the backend refused the activation itself, so nothing was created for the
# key and the intent can be released at once. Anything else (timeouts, dropped connections,
# 5xx, a reused key) leaves the intent for a retry with the same key, or for reconciliation.
_ACTIVATION_REFUSED: frozenset[str] = frozenset(
    {*MIL_OUTCOMES, "VALIDATION_ERROR", "NOT_FOUND"}
) - {"UNEXPECTED_ERROR"}


class PaymentBackend(Protocol):
    """The calls of ``kiosk.services.client.ServicesClient`` a payment needs."""

    def catalogue(self) -> Catalogue: ...

    def find_bookings(self, codice_fiscale: str, code: str | None = None) -> list[Booking]: ...

    def verify_notice(self, notice_number: str, creditor_cf: str) -> Notice: ...

    def activate_payment(self, req: PaymentCreate, idempotency_key: str) -> Payment: ...

    def payment(self, payment_id: str) -> Payment: ...

    def cancel_payment(self, payment_id: str, idempotency_key: str | None = None) -> Payment: ...

    def find_payment(self, idempotency_key: str) -> Payment | None: ...

    def receipt(self, code: str) -> Receipt: ...


ReceiptSink = Callable[[PaymentReceipt], bool]
"""Makes a receipt available: stores it (reprintable) and prints it if it can.

Must be idempotent on ``receipt.receipt_code`` (the same code may come again after a crash:
store it once). Returns True when it reached paper. Raises when it could not even be stored;
the intent then stays unfinished and :func:`reconcile` tries again at the next start. Runs on
a worker thread.
"""


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Creditor:
    """A creditor tile: name and 11-digit fiscal code (from the backend catalogue)."""

    fiscal_code: str
    name: str


@dataclass(frozen=True, slots=True)
class ReceiptOutcome:
    """The receipt of an approved payment, and whether it reached paper."""

    receipt: PaymentReceipt
    printed: bool


_STATUS_TO_STATE: dict[str, IntentState] = {
    "declined": IntentState.DECLINED,
    "cancelled": IntentState.CANCELLED,
    "expired": IntentState.EXPIRED,
}


class NoTicketError(DomainError):
    """The booking exists but has no ticket to pay (nothing due, or no notice attached)."""

    def __init__(self) -> None:
        super().__init__("BOOKING_NOT_FOUND", "the booking has no ticket notice to pay")


class PaymentService:
    """The blocking work of a payment: backend calls, journal writes, the receipt.

    Every method may block on the network: run it off the GUI thread. Each records what it
    learnt in the journal before returning, so a crash right after loses nothing.

    Args:
        client: the services backend.
        journal: the payment journal.
        clock: aware "now" (tests inject a fixed or fast clock).
        receipt_sink: stores (and prints) a receipt; ``None`` keeps only the backend's.
        station_id: the kiosk id, printed on receipts.
        office: the office name printed on receipts.
        card_timeout_s: how long the card screen waits for a card before giving up.
        poll_interval_s: pause between two reads of the payment while the terminal waits.
    """

    def __init__(
        self,
        client: PaymentBackend,
        journal: Journal,
        clock: Callable[[], datetime] = _utc_now,
        *,
        receipt_sink: ReceiptSink | None = None,
        station_id: str = "",
        office: str = "",
        card_timeout_s: float = 120.0,
        poll_interval_s: float = 1.0,
    ) -> None:
        self.client = client
        self.journal = journal
        self.clock = clock
        self.receipt_sink = receipt_sink
        self.station_id = station_id
        self.office = office
        self.card_timeout_s = card_timeout_s
        self.poll_interval_s = poll_interval_s

    # --- before paying ---------------------------------------------------------------------
    def creditors(self) -> list[Creditor]:
        """Creditors for the tiles, from the backend catalogue (one per fiscal code)."""
        seen: dict[str, Creditor] = {}
        for site in self.client.catalogue().sites:
            seen.setdefault(site.creditor_cf, Creditor(site.creditor_cf, site.name))
        return list(seen.values())

    def verify(self, ref: NoticeRef) -> Notice:
        """Ask the backend about a notice (changes nothing).

        A wrong check digit is only logged: the spec makes the check optional, real notices
        with wrong digits exist, and the backend's answer decides.

        Raises:
            ValueError: the reference has no creditor fiscal code.
            ServiceError: the backend's outcome (``UNKNOWN_NOTICE``, ...) or a transport error.
        """
        if not ref.creditor_cf:
            raise ValueError("a notice needs its creditor fiscal code to be verified")
        if not ref.check_digits_ok:
            log.warning(
                "notice %s (%s): check digits do not match; verifying it anyway",
                ref.grouped,
                ref.source.value,
            )
        notice = self.client.verify_notice(ref.notice_number, ref.creditor_cf)
        if ref.amount_cents is not None and ref.amount_cents != notice.amount_cents:
            # The printed amount can be outdated (interest, partial payment): the backend wins.
            log.info(
                "notice %s: printed amount %d, backend says %d",
                ref.grouped,
                ref.amount_cents,
                notice.amount_cents,
            )
        return notice

    def ticket_notice(self, booking_code: str, codice_fiscale: str) -> tuple[NoticeRef, str]:
        """The pagoPA notice of a booking's health ticket.

        Returns:
            The notice reference and the booking id.

        Raises:
            DomainError: ``BOOKING_NOT_FOUND`` (also when nothing is due), ``BOOKING_CANCELLED``.
            ServiceError: transport errors.
        """
        code = booking_code.strip().upper().replace(" ", "")
        cf = codice_fiscale.strip().upper().replace(" ", "")
        log.info("ticket lookup: booking %s, cf %s", code, mask_codice_fiscale(cf))
        bookings = self.client.find_bookings(cf, code)
        booking = next((b for b in bookings if b.code.upper() == code), None)
        if booking is None:
            raise DomainError("BOOKING_NOT_FOUND", "no booking with this code and cf")
        if booking.status == "cancelled":
            raise DomainError("BOOKING_CANCELLED", "the booking is cancelled")
        if not booking.notice_number or not booking.creditor_cf or booking.fee_cents <= 0:
            raise NoTicketError()
        number = parse_notice_number(booking.notice_number)
        ref = NoticeRef(
            number.value,
            booking.creditor_cf,
            booking.fee_cents,
            NoticeSource.TYPED,
            number.check_digits_ok,
        )
        return ref, booking.id

    # --- paying ----------------------------------------------------------------------------
    def activate(
        self,
        key: str,
        notice: Notice,
        *,
        booking_id: str | None = None,
        assisted_by: str | None = None,
    ) -> Payment:
        """Write the intent, then activate the notice with ``key``.

        Calling it again with the same key (double tap, retry after a timeout) sends the same
        key: the backend answers with the payment it already made, never a second one.

        Raises:
            ServiceError: the activation failed. For a refusal (``NOTICE_ALREADY_PAID``, ...)
                the intent is released; otherwise it stays open for a retry or reconciliation.
        """
        self.journal.write_intent(
            idempotency_key=key,
            notice_number=notice.notice_number,
            creditor_cf=notice.creditor_cf,
            amount_cents=notice.amount_cents,
            creditor_name=notice.creditor_name,
            description=notice.description,
            booking_id=booking_id,
            assisted_by=assisted_by,
        )
        request = PaymentCreate(
            notice_number=notice.notice_number,
            creditor_cf=notice.creditor_cf,
            amount_cents=notice.amount_cents,
            booking_id=booking_id,
            assisted_by=assisted_by,
        )
        try:
            payment = self.client.activate_payment(request, key)
        except ServiceError as exc:
            if isinstance(exc, DomainError) and exc.code in _ACTIVATION_REFUSED:
                self.journal.mark_not_paid(key, IntentState.RELEASED, error=exc.code)
            else:
                self.journal.note_error(key, exc.code)
            raise
        self._note_activated(key, payment)
        return self.record(key, payment)

    def _note_activated(self, key: str, payment: Payment) -> None:
        if self._intent(key).state is IntentState.INTENT_WRITTEN:
            self.journal.mark_activated(key, payment.id, payment.payment_token)

    def record(self, key: str, payment: Payment) -> Payment:
        """Write what the backend says about a payment to the journal; return it."""
        if payment.status == "awaiting_card":
            intent = self._intent(key)
            if intent.state is IntentState.AWAITING_CARD or intent.is_final:
                # Nothing new (don't write on every poll), or a stale read that raced with a
                # cancel or an outcome already recorded: never move an intent backwards.
                return payment
            self.journal.mark_awaiting_card(key, payment.id, payment.payment_token)
        elif payment.status == "approved":
            self.journal.mark_approved(
                key,
                receipt_code=payment.receipt_code,
                payment_id=payment.id,
                payment_token=payment.payment_token,
            )
        else:
            self.journal.mark_not_paid(key, _STATUS_TO_STATE[payment.status])
        return payment

    def _payment_id(self, key: str) -> str | None:
        intent = self.journal.get(key)
        if intent is None:
            raise JournalError(f"no payment intent {key!r}")
        return intent.payment_id

    def poll(self, key: str) -> Payment | None:
        """Read the payment's state from the backend and record it.

        Returns:
            The payment, or ``None`` if the backend has none for this key (activation lost).
        """
        payment_id = self._payment_id(key)
        if payment_id is not None:
            payment = self.client.payment(payment_id)
        else:
            found = self.client.find_payment(key)
            if found is None:
                return None
            payment = found
            self._note_activated(key, payment)
        return self.record(key, payment)

    def _intent(self, key: str) -> PaymentIntent:
        intent = self.journal.get(key)
        if intent is None:
            raise JournalError(f"no payment intent {key!r}")
        return intent

    def cancel(self, key: str) -> Payment | None:
        """Stop waiting for the card: cancel the payment on the backend.

        If the card went through first, the cancel is refused and the approved payment is
        returned (and recorded): the citizen paid, and gets the receipt.

        Returns:
            The final payment, or ``None`` when the backend never had one (the intent is
            released).
        """
        payment_id = self._payment_id(key)
        if payment_id is None:
            found = self.client.find_payment(key)
            if found is None:
                self.journal.mark_not_paid(key, IntentState.RELEASED, error="NO_PAYMENT")
                return None
            self._note_activated(key, found)
            payment_id = found.id
        try:
            payment = self.client.cancel_payment(payment_id, f"{key}:cancel")
        except DomainError as exc:
            if exc.code != "PAYMENT_NOT_CANCELLABLE":
                raise
            payment = self.client.payment(payment_id)
        if payment.status == "cancelled":
            self.journal.mark_not_paid(key, IntentState.CANCELLED)
            return payment
        return self.record(key, payment)

    # --- after paying ----------------------------------------------------------------------
    def backend_receipt(self, key: str) -> Receipt:
        """The backend's attestazione of an approved intent."""
        intent = self._intent(key)
        if intent.state is not IntentState.APPROVED:
            raise JournalError(f"intent {key} is {intent.state.value}, not approved")
        if intent.receipt_code:
            return self.client.receipt(intent.receipt_code)
        payment = self.poll(key)
        if payment is None or payment.receipt is None:
            raise JournalError(f"intent {key}: the backend has no receipt")
        return payment.receipt

    def issue_receipt(self, key: str, language: str = "it") -> ReceiptOutcome:
        """Make the receipt of an approved payment available (stored, printed if possible).

        Idempotent: the receipt code is fixed in the journal before the sink runs, so a second
        call (after a crash) hands the sink the same code.
        """
        intent = self._intent(key)
        backend = self.backend_receipt(key)
        code = self.journal.assign_local_receipt_code(key, new_receipt_code())
        receipt = PaymentReceipt(
            receipt_code=code,
            issued_at=self.clock(),
            station_id=self.station_id or (backend.kiosk_id or ""),
            office=self.office,
            language=language,
            assisted_by=intent.assisted_by,
            paid_at=backend.paid_at,
            creditor_fiscal_code=backend.creditor_cf,
            creditor_name=backend.creditor_name,
            notice_number=backend.notice_number,
            iuv=backend.iuv,
            psp_name=backend.psp_name,
            psp_fiscal_code=backend.psp_fiscal_code,
            payment_token=backend.payment_token,
            iur=backend.iur,
            amount_cents=backend.amount_cents,
            fee_cents=backend.fee_cents,
            reason=backend.description,
        )
        printed = False
        if self.receipt_sink is not None:
            printed = bool(self.receipt_sink(receipt))
        self.journal.mark_receipt_stored(key)
        return ReceiptOutcome(receipt, printed)

    # --- at start --------------------------------------------------------------------------
    def reconcile(self) -> ReconcileReport:
        """Settle every unfinished intent with the backend (run at start, off the GUI thread).

        * approved (here or on the backend) → recorded, receipt made available;
        * still waiting on the terminal → cancelled on the backend, then released
          (or approved, if the card went through first);
        * unknown to the backend (the activation never arrived) → released;
        * backend unreachable → left as it is for the next attempt.
        """
        report = ReconcileReport()
        for intent in self.journal.unfinished():
            key = intent.idempotency_key
            try:
                outcome = self.settle(key)
            except (ServiceError, JournalError) as exc:
                log.warning("reconcile %s: left for later (%s)", key, exc)
                report.pending.append(key)
                continue
            report.add(key, outcome)
            log.info("reconcile %s (notice %s): %s", key, intent.notice_number, outcome)
        return report

    def settle(self, key: str) -> str:
        """Settle one unfinished intent with the backend (see :meth:`reconcile`).

        Returns:
            ``"approved"`` or the not-paid state it ended in (``released``, ``cancelled``, ...).

        Raises:
            ServiceError: the backend could not be asked; the intent is left as it was.
        """
        intent = self._intent(key)
        if intent.is_finished:
            return str(intent.state.value)
        if intent.state is IntentState.APPROVED:
            self.issue_receipt(key)
            return "approved"
        if intent.payment_id is not None:
            payment: Payment | None = self.client.payment(intent.payment_id)
        else:
            payment = self.client.find_payment(key)
        if payment is None:
            self.journal.mark_not_paid(key, IntentState.RELEASED, error="NO_PAYMENT")
            return "released"
        self._note_activated(key, payment)
        if payment.status == "awaiting_card":
            # Nobody is at the terminal any more: stop it before a card can be charged.
            final = self.cancel(key)
            if final is not None and final.status == "approved":
                self.issue_receipt(key)
                return "approved"
            return str(self._intent(key).state.value)
        self.record(key, payment)
        if payment.status == "approved":
            self.issue_receipt(key)
            return "approved"
        return str(_STATUS_TO_STATE[payment.status].value)


@dataclass
class ReconcileReport:
    """What :meth:`PaymentService.reconcile` did, by idempotency key."""

    approved: list[str] = field(default_factory=list)
    released: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)

    def add(self, key: str, outcome: str) -> None:
        """Count one settled intent."""
        (self.approved if outcome == "approved" else self.released).append(key)

    @property
    def settled(self) -> int:
        """Intents settled by this run."""
        return len(self.approved) + len(self.released)


def reconcile(
    client: PaymentBackend,
    journal: Journal,
    *,
    receipt_sink: ReceiptSink | None = None,
    station_id: str = "",
    office: str = "",
    clock: Callable[[], datetime] = _utc_now,
) -> ReconcileReport:
    """Settle the journal's unfinished intents with the backend (what the kiosk runs at start).

    See :meth:`PaymentService.reconcile`. Blocking: run it off the GUI thread.
    """
    service = PaymentService(
        client, journal, clock, receipt_sink=receipt_sink, station_id=station_id, office=office
    )
    return service.reconcile()


__all__ = [
    "MIL_OUTCOMES",
    "Creditor",
    "NoTicketError",
    "PaymentBackend",
    "PaymentService",
    "ReceiptOutcome",
    "ReceiptSink",
    "ReconcileReport",
    "reconcile",
]
