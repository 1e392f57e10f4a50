"""Payments against the real sandbox over HTTP, driven through the controller without Qt:
every MIL outcome, approve, decline, never-answer → time-out, cancel, double tap, retry after
a timeout, a second kiosk, reconciliation, health ticket lookup."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from kiosk.flows.payment import (
    MIL_OUTCOMES,
    PaymentController,
    PaymentService,
    PayState,
    reconcile,
)
from kiosk.journal import IntentState, Journal
from kiosk.pagopa import NoticeRef, NoticeSource, parse_qr_payload
from kiosk.sandbox.seed import ASST_CF, COMUNE_CF, UNKNOWN_NOTICE_NUMBER, notice_number
from kiosk.services.client import ServicesClient
from kiosk.services.errors import DomainError
from kiosk.services.models import BookingCreate
from printing.store import ReceiptStore
from tests.fixtures.sandbox import Sandbox
from tests.payments.conftest import SyncLoop

PAYABLE = "301000000000000144"  # CIE, 22,21 €, Comune di Pavia

_STATE_OF_CODE = {
    "EXPIRED_NOTICE": "expired",
    "REVOKED_NOTICE": "revoked",
    "NOTICE_ALREADY_PAID": "paid",
    "PAYMENT_ALREADY_IN_PROGRESS": "in_progress",
    "WRONG_NOTICE_DATA": "wrong_data",
    "CREDITOR_PROBLEMS": "creditor_problems",
    "NOTICE_GLITCH": "glitch",
    "UNEXPECTED_ERROR": "unexpected",
}


def ref(number: str = PAYABLE, creditor: str = COMUNE_CF) -> NoticeRef:
    return NoticeRef(number, creditor, None, NoticeSource.TYPED)


def pay(controller: PaymentController, loop: SyncLoop, notice: NoticeRef | None = None) -> None:
    assert controller.submit(notice or ref())
    assert controller.state is PayState.VERIFIED, controller.context.error
    assert controller.confirm()
    loop.drain()


@pytest.mark.parametrize("code", MIL_OUTCOMES)
def test_verify_shows_each_mil_outcome(
    code: str, controller: PaymentController, sandbox: Sandbox
) -> None:
    number = UNKNOWN_NOTICE_NUMBER
    if code != "UNKNOWN_NOTICE":
        number = notice_number("301", 400)
        sandbox.control.seed_notice(number, COMUNE_CF, 1000, "Prova", _STATE_OF_CODE[code])
    controller.submit(ref(number))
    assert controller.state is PayState.VERIFY_FAILED
    error = controller.context.error
    assert error is not None
    assert error.code == code
    assert error.message  # a plain-words text, not the technician's detail
    assert sandbox.control.charges(number) == 0


def test_approved_payment_stores_its_receipt(
    controller: PaymentController, loop: SyncLoop, sandbox: Sandbox, journal: Journal,
    store: ReceiptStore, client: ServicesClient,
) -> None:
    pay(controller, loop)
    assert controller.state is PayState.RECEIPT
    receipt = controller.context.receipt
    assert receipt is not None
    assert receipt.notice_number == PAYABLE
    assert receipt.amount_cents == 2221
    assert receipt.creditor_name == "Comune di Pavia"
    assert receipt.payment_token
    stored = store.find(receipt.receipt_code)
    assert stored is not None
    assert stored.path.is_file()
    intent = journal.get(controller.context.idempotency_key or "")
    assert intent is not None
    assert intent.state is IntentState.APPROVED
    assert intent.is_finished
    assert client.receipt(intent.receipt_code or "").payment_token == receipt.payment_token
    assert sandbox.control.charges(PAYABLE) == 1


def test_decline_then_another_card(
    controller: PaymentController, loop: SyncLoop, sandbox: Sandbox, journal: Journal
) -> None:
    sandbox.control.card_terminal("decline")
    pay(controller, loop)
    assert controller.state is PayState.DECLINED
    first_key = controller.context.idempotency_key
    assert sandbox.control.charges(PAYABLE) == 0
    sandbox.control.card_terminal("approve")
    assert controller.confirm()  # "try again" from the declined screen
    loop.drain()
    assert controller.state is PayState.RECEIPT
    assert controller.context.idempotency_key != first_key  # a new attempt, a new key
    assert sandbox.control.charges(PAYABLE) == 1
    assert [i.state for i in journal.all()] == [IntentState.DECLINED, IntentState.APPROVED]


def test_terminal_never_answers_times_out_and_releases(
    controller: PaymentController, loop: SyncLoop, sandbox: Sandbox, journal: Journal,
    client: ServicesClient,
) -> None:
    sandbox.control.card_terminal("never")
    pay(controller, loop)
    assert controller.state is PayState.TIMED_OUT
    intent = journal.all()[0]
    assert intent.state is IntentState.CANCELLED
    assert client.payment(intent.payment_id or "").status == "cancelled"
    assert journal.unfinished() == []
    # The notice is payable again at once (the payment is no longer "in progress").
    sandbox.control.card_terminal("approve")
    assert controller.confirm()
    loop.drain()
    assert controller.state is PayState.RECEIPT
    assert sandbox.control.charges(PAYABLE) == 1


def test_citizen_cancels_on_the_card_screen(
    controller: PaymentController, loop: SyncLoop, sandbox: Sandbox, journal: Journal
) -> None:
    sandbox.control.card_terminal("never")
    controller.submit(ref())
    controller.confirm()
    assert controller.state is PayState.AWAITING_CARD
    assert controller.cancel()
    loop.drain()
    assert controller.state is PayState.CANCELLED
    assert journal.all()[0].state is IntentState.CANCELLED
    assert sandbox.control.charges(PAYABLE) == 0


def test_cancel_too_late_ends_approved(
    controller: PaymentController, loop: SyncLoop, sandbox: Sandbox
) -> None:
    sandbox.control.card_terminal("delay", delay_s=0.5)
    controller.submit(ref())
    controller.confirm()
    assert controller.state is PayState.AWAITING_CARD
    sandbox.control.set_clock_offset(5)  # the card went through before the cancel arrived
    controller.cancel()
    loop.drain()
    assert controller.state is PayState.RECEIPT
    assert sandbox.control.charges(PAYABLE) == 1


def test_double_tap_on_confirm_activates_once(
    controller: PaymentController, loop: SyncLoop, sandbox: Sandbox, journal: Journal
) -> None:
    sandbox.control.card_terminal("delay", delay_s=0.3)
    controller.submit(ref())
    assert controller.confirm()
    assert not controller.confirm()
    loop.drain()
    assert controller.activations_sent == 1
    assert len(journal.all()) == 1
    assert sandbox.control.charges(PAYABLE) == 1


def test_retry_after_a_timeout_reuses_the_key(
    sandbox: Sandbox, journal: Journal, store: ReceiptStore, loop: SyncLoop
) -> None:
    with ServicesClient(sandbox.url, sandbox.token, kiosk_id="PV-PAY-01", read_timeout=0.5,
                        retries=0) as slow:
        service = PaymentService(slow, journal, card_timeout_s=5, poll_interval_s=0.1)
        controller = PaymentController(service, loop.run, loop.schedule)
        controller.submit(ref())
        sandbox.control.faults(latency_ms=1500, latency_path_prefix="/v1/payments")
        controller.confirm()
        assert controller.state is PayState.FAILED
        error = controller.context.error
        assert error is not None
        assert error.code == "TIMEOUT"
        assert error.retryable
        key = controller.context.idempotency_key
        assert journal.get(key or "").state is IntentState.INTENT_WRITTEN  # type: ignore[union-attr]
        sandbox.control.clear_faults()
        assert controller.retry()
        loop.drain()
        assert controller.state is PayState.RECEIPT
        assert controller.context.idempotency_key == key
        assert controller.activations_sent == 2
        assert len(journal.all()) == 1
        assert sandbox.control.charges(PAYABLE) == 1


def test_second_kiosk_cannot_pay_the_same_notice_twice(
    client: ServicesClient, sandbox: Sandbox, tmp_path, loop: SyncLoop,
    controller: PaymentController,
) -> None:
    other_loop = SyncLoop()
    other = PaymentController(
        PaymentService(client, Journal(tmp_path / "other" / "journal.db"), poll_interval_s=0.1),
        other_loop.run, other_loop.schedule,
    )
    sandbox.control.card_terminal("delay", delay_s=0.5)
    controller.submit(ref())
    other.submit(ref())
    assert other.state is PayState.VERIFIED  # both see it payable
    controller.confirm()
    assert controller.state is PayState.AWAITING_CARD
    other.confirm()  # the second kiosk is refused while the first waits for the card
    assert other.state is PayState.FAILED
    assert other.context.error.code == "PAYMENT_ALREADY_IN_PROGRESS"  # type: ignore[union-attr]
    loop.drain()
    assert controller.state is PayState.RECEIPT
    other.submit(ref())
    assert other.state is PayState.VERIFY_FAILED
    assert other.context.error.code == "NOTICE_ALREADY_PAID"  # type: ignore[union-attr]
    assert sandbox.control.charges(PAYABLE) == 1
    assert other.service.journal.unfinished() == []


def test_wrong_check_digits_are_logged_and_still_verified(
    controller: PaymentController, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = PAYABLE[:-2] + "45"
    sandbox.control.seed_notice(wrong, COMUNE_CF, 1500, "Avviso con cifre di controllo errate")
    payload = f"PAGOPA|002|{wrong}|{COMUNE_CF}|1500"
    with caplog.at_level(logging.WARNING):
        scanned = parse_qr_payload(payload)
        assert not scanned.check_digits_ok
        controller.submit(scanned)
    assert controller.state is PayState.VERIFIED
    assert controller.context.notice.amount_cents == 1500  # type: ignore[union-attr]
    assert any("check digits" in r.getMessage() for r in caplog.records)


def test_backend_amount_wins_over_the_printed_one(
    controller: PaymentController,
) -> None:
    controller.submit(NoticeRef(PAYABLE, COMUNE_CF, 9999, NoticeSource.QR))
    assert controller.context.notice.amount_cents == 2221  # type: ignore[union-attr]


def test_reset_after_a_failed_activation_releases_it(
    sandbox: Sandbox, journal: Journal, loop: SyncLoop
) -> None:
    with ServicesClient(sandbox.url, sandbox.token, kiosk_id="PV-PAY-01", read_timeout=0.5,
                        retries=0) as slow:
        service = PaymentService(slow, journal, poll_interval_s=0.1)
        controller = PaymentController(service, loop.run, loop.schedule)
        controller.submit(ref())
        sandbox.control.card_terminal("never")
        sandbox.control.faults(latency_ms=1200, latency_path_prefix="/v1/payments")
        controller.confirm()
        assert controller.state is PayState.FAILED
        sandbox.control.clear_faults()
        assert controller.reset()  # the citizen walks away
        assert controller.state is PayState.ENTER_NOTICE
    assert journal.unfinished() == []
    assert sandbox.control.charges(PAYABLE) == 0


def test_reconcile_when_the_backend_is_down_leaves_intents_for_later(
    service: PaymentService, journal: Journal, sandbox: Sandbox, loop: SyncLoop,
) -> None:
    sandbox.control.card_terminal("never")
    controller = PaymentController(service, loop.run, loop.schedule)
    controller.submit(ref())
    controller.confirm()
    assert controller.state is PayState.AWAITING_CARD
    with ServicesClient("http://127.0.0.1:9", "x", kiosk_id="PV", connect_timeout=0.2,
                        retries=0) as dead:
        report = reconcile(dead, journal)
    assert report.pending == [controller.context.idempotency_key]
    assert len(journal.unfinished()) == 1
    report = reconcile(service.client, journal)
    assert report.released == [controller.context.idempotency_key]
    assert journal.unfinished() == []
    assert sandbox.control.charges(PAYABLE) == 0


def test_card_wait_deadline_uses_the_injected_clock(
    client: ServicesClient, journal: Journal, sandbox: Sandbox, loop: SyncLoop
) -> None:
    from datetime import UTC, datetime

    now = [datetime(2026, 11, 23, 10, 0, tzinfo=UTC)]
    service = PaymentService(client, journal, lambda: now[0], card_timeout_s=60,
                             poll_interval_s=0.05)
    controller = PaymentController(service, loop.run, loop.schedule)
    sandbox.control.card_terminal("never")
    controller.submit(ref())
    controller.confirm()
    assert controller.state is PayState.AWAITING_CARD
    now[0] += timedelta(seconds=61)
    loop.drain()
    assert controller.state is PayState.TIMED_OUT


def test_health_ticket_from_a_booking(
    service: PaymentService, client: ServicesClient, controller: PaymentController,
    loop: SyncLoop, sandbox: Sandbox,
) -> None:
    catalogue = client.catalogue()
    fee_service = next(s for s in catalogue.services
                       if s.fee_cents > 0 and not s.requires_prescription)
    slot = client.slots(fee_service.id, limit=1)[0]
    booking = client.create_booking(
        BookingCreate(service_id=fee_service.id, slot_id=slot.id,
                      codice_fiscale="RSSMRA85T10G388I"), "booking-key-1")
    notice, booking_id = service.ticket_notice(booking.code.lower(), "rssmra85t10g388i")
    assert booking_id == booking.id
    assert notice.amount_cents == fee_service.fee_cents
    controller.submit(notice, booking_id=booking_id)
    controller.confirm()
    loop.drain()
    assert controller.state is PayState.RECEIPT
    assert service.journal.all()[0].booking_id == booking.id
    assert sandbox.control.charges(notice.notice_number) == 1


def test_ticket_lookup_errors(service: PaymentService) -> None:
    with pytest.raises(DomainError) as info:
        service.ticket_notice("ZZZZZZ", "RSSMRA85T10G388I")
    assert info.value.code == "BOOKING_NOT_FOUND"


def test_creditors_come_from_the_catalogue(service: PaymentService) -> None:
    creditors = {c.fiscal_code: c.name for c in service.creditors()}
    assert creditors[COMUNE_CF] == "Comune di Pavia"
    assert creditors[ASST_CF] == "ASST Pavia"


def test_a_stale_poll_never_moves_an_intent_backwards(
    service: PaymentService, client: ServicesClient, sandbox: Sandbox, journal: Journal
) -> None:
    sandbox.control.card_terminal("never")
    notice = client.verify_notice(PAYABLE, COMUNE_CF)
    key = "stale-read-key"
    waiting = service.activate(key, notice)
    assert waiting.status == "awaiting_card"
    service.cancel(key)
    service.record(key, waiting)  # a poll answer that was on its way before the cancel
    assert journal.get(key).state is IntentState.CANCELLED  # type: ignore[union-attr]


def test_activation_refused_releases_the_intent_at_once(
    service: PaymentService, client: ServicesClient, sandbox: Sandbox, journal: Journal
) -> None:
    notice = client.verify_notice(PAYABLE, COMUNE_CF)
    sandbox.control.seed_notice(PAYABLE, COMUNE_CF, 2221, "CIE", "revoked")
    with pytest.raises(DomainError) as info:
        service.activate("refused-key", notice)
    assert info.value.code == "REVOKED_NOTICE"
    intent = journal.get("refused-key")
    assert intent is not None
    assert intent.state is IntentState.RELEASED
    assert intent.last_error == "REVOKED_NOTICE"
    assert journal.unfinished() == []


def test_paid_receipt_is_printed_and_carries_the_attestazione_fields(
    client: ServicesClient, journal: Journal, store: ReceiptStore, loop: SyncLoop, tmp_path
) -> None:
    from pypdf import PdfReader

    from printing.backends.pdf import PdfFolderPrinter
    from ui.pay.receipt_sink import make_receipt_sink

    printer = PdfFolderPrinter(tmp_path / "paper")
    service = PaymentService(
        client, journal, receipt_sink=make_receipt_sink(store, printer, lambda _c, t: t),
        station_id="PV-PAY-01", office="Palazzo Mezzabarba", poll_interval_s=0.1,
    )
    controller = PaymentController(service, loop.run, loop.schedule)
    pay(controller, loop)
    assert controller.state is PayState.RECEIPT
    assert controller.context.receipt_printed is True
    receipt = controller.context.receipt
    assert receipt is not None
    printed = list((tmp_path / "paper").glob("*.pdf"))
    assert len(printed) == 1
    content = " ".join(page.extract_text() for page in PdfReader(printed[0]).pages)
    flat = " ".join(content.split())
    for expected in ("3010 0000 0000 0001 44", "00296180185", "Comune di Pavia", "22,21",
                     receipt.iuv, receipt.psp_name, receipt.receipt_code):
        assert expected in flat, expected
    assert receipt.payment_token in flat.replace(" ", "")  # long tokens wrap on the roll
    # Handing the same receipt over again (a crash before the journal noted it) stores and
    # prints nothing twice.
    assert service.receipt_sink is not None
    assert service.receipt_sink(receipt) is False
    assert len(list((tmp_path / "paper").glob("*.pdf"))) == 1


def test_assisted_payment_records_the_tutor(
    controller: PaymentController, loop: SyncLoop, journal: Journal
) -> None:
    controller.set_assisted_by("Maria (tutor)")
    controller.reset()  # a new citizen, same tutor
    pay(controller, loop)
    assert controller.state is PayState.RECEIPT
    assert journal.all()[0].assisted_by == "Maria (tutor)"
    assert controller.context.receipt.assisted_by == "Maria (tutor)"  # type: ignore[union-attr]
