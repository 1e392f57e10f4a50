"""The pay screen against the real sandbox over HTTP, through the real task runner: every
outcome a citizen can meet, found and tapped by objectName like a person would."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kiosk.flows.payment import MIL_OUTCOMES, PaymentService, PayState
from kiosk.pagopa import build_qr_payload
from kiosk.sandbox.seed import COMUNE_CF, UNKNOWN_NOTICE_NUMBER, notice_number
from kiosk.scanner import decode
from kiosk.services.client import ServicesClient
from kiosk.services.models import BookingCreate
from printing.backends.pdf import PdfFolderPrinter
from printing.store import ReceiptStore
from tests.fixtures.sandbox import Sandbox
from tests.payments.test_payment_service import _STATE_OF_CODE
from tests.qt.touch_helpers import host
from ui.pay.receipt_sink import make_reprint
from ui.pay.screen import PayScreen
from ui.tasks import TaskRunner
from ui.wipe import find_personal_data

PAYABLE = "301000000000000144"
QR = build_qr_payload(PAYABLE, COMUNE_CF, 2221)
WAIT_MS = 15000


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()
    task_runner.deleteLater()


@pytest.fixture
def screen(qtbot, service: PaymentService, runner: TaskRunner, store: ReceiptStore,
           tmp_path: Path) -> Iterator[PayScreen]:
    ticks = itertools.count()
    widget = PayScreen(
        service, runner.run,
        reprint=make_reprint(store, PdfFolderPrinter(tmp_path / "printed")),
        # Each key press one second after the last: no press is taken for a double strike.
        keys_clock=lambda: float(next(ticks)),
    )
    window = host(qtbot, widget)  # themed like the station, 1920x1080
    widget.start()
    yield widget
    window.close()


def child(screen: QWidget, name: str) -> QWidget:
    found = screen.findChild(QWidget, name)
    assert found is not None, name
    return found


def tap(qtbot, screen: QWidget, name: str, taps: list[str] | None = None) -> None:
    widget = child(screen, name)
    assert widget.isVisible(), f"{name} is not visible"
    assert widget.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    if taps is not None:
        taps.append(name)


def wait_state(qtbot, screen: PayScreen, state: PayState) -> None:
    qtbot.waitUntil(lambda: screen.state is state, timeout=WAIT_MS)


def text(screen: QWidget, name: str) -> str:
    widget = child(screen, name)
    assert isinstance(widget, QLabel | QLineEdit | QPushButton)
    return widget.text()


def finish(qtbot, screen: PayScreen) -> None:
    with qtbot.waitSignal(screen.finished):
        tap(qtbot, screen, "done.finish")
    assert screen.state is PayState.ENTER_NOTICE


def type_notice_with_keypad(qtbot, screen: PayScreen, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(child(screen, f"keypad.key.{digit}"), Qt.MouseButton.LeftButton)


def test_typed_notice_keypad_tile_verify_pay_receipt(
    qtbot, screen: PayScreen, sandbox: Sandbox, store: ReceiptStore, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: screen.findChild(QWidget, f"pay.creditor.{COMUNE_CF}") is not None,
                    timeout=WAIT_MS)
    type_notice_with_keypad(qtbot, screen, PAYABLE)
    assert text(screen, "pay.notice_number") == "3010 0000 0000 0001 44"
    tap(qtbot, screen, f"pay.creditor.{COMUNE_CF}")
    assert screen.creditor_field.value() == COMUNE_CF
    tap(qtbot, screen, "pay.verify")
    wait_state(qtbot, screen, PayState.VERIFIED)
    assert text(screen, "pay.amount") == "22,21 €"
    assert text(screen, "pay.creditor_name") == "Comune di Pavia"
    assert "Carta d'identità" in text(screen, "pay.description")
    assert "/" in text(screen, "pay.due_date")
    tap(qtbot, screen, "pay.confirm")
    wait_state(qtbot, screen, PayState.RECEIPT)
    receipt = screen.controller.context.receipt
    assert receipt is not None
    assert receipt.receipt_code in text(screen, "done.message")
    assert store.find(receipt.receipt_code) is not None
    tap(qtbot, screen, "done.print")
    qtbot.waitUntil(lambda: text(screen, "done.print_status") == "Ricevuta stampata.",
                    timeout=WAIT_MS)
    assert list((tmp_path / "printed").iterdir())
    assert sandbox.control.charges(PAYABLE) == 1
    finish(qtbot, screen)


def test_spaces_are_accepted_and_bad_input_explained(qtbot, screen: PayScreen) -> None:
    field = child(screen, "pay.notice_number")
    qtbot.keyClicks(field, "3010 0000 0000 0001")
    tap(qtbot, screen, "pay.verify")
    assert "troppo corto" in text(screen, "pay.entry_error")
    qtbot.keyClicks(field, " 44")
    assert screen.notice_field.value() == PAYABLE
    tap(qtbot, screen, "pay.verify")  # no creditor yet
    assert "11 cifre" in text(screen, "pay.entry_error")
    qtbot.keyClicks(child(screen, "pay.creditor_cf"), COMUNE_CF)
    tap(qtbot, screen, "pay.verify")
    wait_state(qtbot, screen, PayState.VERIFIED)
    tap(qtbot, screen, "pay.cancel")
    assert screen.state is PayState.ENTER_NOTICE
    assert screen.notice_field.value() == PAYABLE  # nothing typed is lost


@pytest.mark.parametrize("code", MIL_OUTCOMES)
def test_each_mil_outcome_in_plain_words(
    qtbot, screen: PayScreen, sandbox: Sandbox, code: str
) -> None:
    number = UNKNOWN_NOTICE_NUMBER
    if code != "UNKNOWN_NOTICE":
        number = notice_number("301", 400)
        sandbox.control.seed_notice(number, COMUNE_CF, 1000, "Prova", _STATE_OF_CODE[code])
    screen.handle_scan(decode(build_qr_payload(number, COMUNE_CF, 1000)))
    wait_state(qtbot, screen, PayState.VERIFY_FAILED)
    message = text(screen, "pay.error")
    assert message == screen.controller.context.error.message  # type: ignore[union-attr]
    assert code not in message  # words, not codes
    assert screen.error_box.title.text()
    assert child(screen, "pay.home").isVisible()
    assert child(screen, "pay.retry").isVisible() == screen.controller.context.error.retryable  # type: ignore[union-attr]
    tap(qtbot, screen, "pay.edit")
    assert screen.state is PayState.ENTER_NOTICE
    assert screen.notice_field.value() == number
    tap(qtbot, screen, "pay.verify")
    wait_state(qtbot, screen, PayState.VERIFY_FAILED)
    with qtbot.waitSignal(screen.home_requested):
        tap(qtbot, screen, "pay.home")
    assert screen.notice_field.value() == ""


def test_scan_from_anywhere_then_pay_in_one_tap(
    qtbot, screen: PayScreen, sandbox: Sandbox
) -> None:
    taps: list[str] = []
    screen.start_ticket()  # somewhere else in the flow
    assert screen.handle_scan(decode(QR + "\r\n"))
    wait_state(qtbot, screen, PayState.VERIFIED)
    assert text(screen, "pay.amount") == "22,21 €"
    tap(qtbot, screen, "pay.confirm", taps)
    wait_state(qtbot, screen, PayState.RECEIPT)
    assert taps == ["pay.confirm"]  # 1 tap from the scan to the approved payment
    assert sandbox.control.charges(PAYABLE) == 1
    finish(qtbot, screen)


def test_a_second_scan_while_checking_wins(
    qtbot, screen: PayScreen, sandbox: Sandbox, runner: TaskRunner
) -> None:
    other = notice_number("301", 2)  # Certificato di residenza, 16,52 €
    sandbox.control.faults(latency_ms=400, latency_path_prefix="/v1/notices")
    screen.handle_scan(decode(QR))
    assert screen.state is PayState.VERIFYING
    assert screen.handle_scan(decode(build_qr_payload(other, COMUNE_CF, 1652)))
    wait_state(qtbot, screen, PayState.VERIFIED)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=WAIT_MS)  # the first answer came too
    assert screen.controller.context.notice.notice_number == other  # type: ignore[union-attr]
    assert text(screen, "pay.amount") == "16,52 €"


def test_poste_datamatrix_scan(qtbot, screen: PayScreen) -> None:
    # Offsets: notice [15:33], amount [49:59], creditor [66:77] (DOMAIN.md).
    payload = ("codfase=NBPA;18" + PAYABLE + "12" + "0" * 14 + "0000002221" + "3896PAG"
               + COMUNE_CF).ljust(256, " ")
    assert screen.handle_scan(decode(payload))
    wait_state(qtbot, screen, PayState.VERIFIED)
    assert text(screen, "pay.amount") == "22,21 €"


def test_declined_then_another_card(qtbot, screen: PayScreen, sandbox: Sandbox) -> None:
    sandbox.control.card_terminal("decline")
    screen.handle_scan(decode(QR))
    wait_state(qtbot, screen, PayState.VERIFIED)
    tap(qtbot, screen, "pay.confirm")
    wait_state(qtbot, screen, PayState.DECLINED)
    assert "non è stata accettata" in text(screen, "done.message")
    assert "Non le è stato addebitato nulla" in text(screen, "done.message")
    assert not child(screen, "done.print").isVisible()
    sandbox.control.card_terminal("approve")
    tap(qtbot, screen, "done.retry")
    wait_state(qtbot, screen, PayState.RECEIPT)
    assert sandbox.control.charges(PAYABLE) == 1
    finish(qtbot, screen)


def test_terminal_never_answers_times_out(
    qtbot, screen: PayScreen, sandbox: Sandbox, service: PaymentService
) -> None:
    service.card_timeout_s = 1.0
    sandbox.control.card_terminal("never")
    busy: list[bool] = []
    screen.busy_changed.connect(busy.append)
    screen.handle_scan(decode(QR))
    wait_state(qtbot, screen, PayState.VERIFIED)
    tap(qtbot, screen, "pay.confirm")
    qtbot.waitUntil(lambda: screen.state is PayState.AWAITING_CARD, timeout=WAIT_MS)
    assert text(screen, "pos.amount") == "22,21 €"
    assert "carta al terminale" in text(screen, "pos.instruction")
    assert text(screen, "pos.status")
    wait_state(qtbot, screen, PayState.TIMED_OUT)
    assert "in tempo" in text(screen, "done.message")
    assert busy == [True, False]  # the idle timer was paused, then resumed
    assert sandbox.control.charges(PAYABLE) == 0
    finish(qtbot, screen)


def test_cancel_on_the_card_screen(qtbot, screen: PayScreen, sandbox: Sandbox) -> None:
    sandbox.control.card_terminal("never")
    screen.handle_scan(decode(QR))
    wait_state(qtbot, screen, PayState.VERIFIED)
    tap(qtbot, screen, "pay.confirm")
    wait_state(qtbot, screen, PayState.AWAITING_CARD)
    assert not screen.reset()  # an idle reset cannot drop a payment on the terminal
    tap(qtbot, screen, "pos.cancel")
    wait_state(qtbot, screen, PayState.CANCELLED)
    assert "annullato" in text(screen, "done.title")
    assert sandbox.control.charges(PAYABLE) == 0
    finish(qtbot, screen)


def test_cancel_pressed_on_the_card_terminal(
    qtbot, screen: PayScreen, sandbox: Sandbox, client: ServicesClient
) -> None:
    """The citizen presses the red key on the terminal: the backend cancels the payment and
    the kiosk, polling, says so (the sandbox terminal has no such mode, so the test cancels
    through the API exactly as the terminal's host would)."""
    sandbox.control.card_terminal("never")
    screen.handle_scan(decode(QR))
    wait_state(qtbot, screen, PayState.VERIFIED)
    tap(qtbot, screen, "pay.confirm")
    wait_state(qtbot, screen, PayState.AWAITING_CARD)
    payment = screen.controller.context.payment
    assert payment is not None
    client.cancel_payment(payment.id)
    wait_state(qtbot, screen, PayState.CANCELLED)
    assert "Non le è stato addebitato nulla" in text(screen, "done.message")
    assert child(screen, "done.retry").isVisible()
    assert sandbox.control.charges(PAYABLE) == 0
    finish(qtbot, screen)


def test_double_tap_on_confirm_charges_once(
    qtbot, screen: PayScreen, sandbox: Sandbox
) -> None:
    sandbox.control.card_terminal("delay", delay_s=0.3)
    screen.handle_scan(decode(QR))
    wait_state(qtbot, screen, PayState.VERIFIED)
    confirm = child(screen, "pay.confirm")
    assert isinstance(confirm, QPushButton)
    confirm.click()
    confirm.click()  # same event-loop turn: the activation has not even started yet
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    wait_state(qtbot, screen, PayState.RECEIPT)
    assert screen.controller.activations_sent == 1
    assert sandbox.control.charges(PAYABLE) == 1
    finish(qtbot, screen)


def test_activation_timeout_offers_retry_with_the_same_key(
    qtbot, screen: PayScreen, sandbox: Sandbox, service: PaymentService
) -> None:
    service.client = ServicesClient(sandbox.url, sandbox.token, kiosk_id="PV-PAY-01",
                                    read_timeout=0.5, retries=0)
    try:
        screen.handle_scan(decode(QR))
        wait_state(qtbot, screen, PayState.VERIFIED)
        sandbox.control.faults(latency_ms=1500, latency_path_prefix="/v1/payments")
        tap(qtbot, screen, "pay.confirm")
        wait_state(qtbot, screen, PayState.FAILED)
        assert child(screen, "pay.retry").isVisible()
        assert "due volte" in text(screen, "pay.error")
        key = screen.controller.context.idempotency_key
        sandbox.control.clear_faults()
        tap(qtbot, screen, "pay.retry")
        wait_state(qtbot, screen, PayState.RECEIPT)
        assert screen.controller.context.idempotency_key == key
        assert sandbox.control.charges(PAYABLE) == 1
        finish(qtbot, screen)
    finally:
        service.client.close()  # type: ignore[attr-defined]


def test_scan_during_a_payment_is_ignored(qtbot, screen: PayScreen, sandbox: Sandbox) -> None:
    sandbox.control.card_terminal("never")
    screen.handle_scan(decode(QR))
    wait_state(qtbot, screen, PayState.VERIFIED)
    tap(qtbot, screen, "pay.confirm")
    wait_state(qtbot, screen, PayState.AWAITING_CARD)
    other = build_qr_payload(notice_number("301", 2), COMUNE_CF, 1652)
    assert not screen.handle_scan(decode(other))
    assert screen.state is PayState.AWAITING_CARD
    tap(qtbot, screen, "pos.cancel")
    wait_state(qtbot, screen, PayState.CANCELLED)


def test_health_ticket_of_a_booking(
    qtbot, screen: PayScreen, client: ServicesClient, sandbox: Sandbox
) -> None:
    catalogue = client.catalogue()
    fee_service = next(s for s in catalogue.services
                       if s.fee_cents > 0 and not s.requires_prescription)
    slot = client.slots(fee_service.id, limit=1)[0]
    booking = client.create_booking(
        BookingCreate(service_id=fee_service.id, slot_id=slot.id,
                      codice_fiscale="RSSMRA85T10G388I"), "booking-key-qt")
    tap(qtbot, screen, "pay.ticket")
    qtbot.keyClicks(child(screen, "ticket.booking_code"), booking.code.lower())
    tap(qtbot, screen, "ticket.find")
    assert "codice fiscale" in text(screen, "ticket.error")
    qtbot.keyClicks(child(screen, "ticket.cf"), "RSSMRA85T10G388I")
    tap(qtbot, screen, "ticket.find")
    wait_state(qtbot, screen, PayState.VERIFIED)
    assert screen.ticket_cf.value() == ""  # not kept once used
    tap(qtbot, screen, "pay.confirm")
    wait_state(qtbot, screen, PayState.RECEIPT)
    assert sandbox.control.charges(booking.notice_number or "") == 1
    finish(qtbot, screen)


def test_unknown_booking_is_explained(qtbot, screen: PayScreen) -> None:
    screen.start_ticket("ZZZZZZ", "RSSMRA85T10G388I")
    qtbot.waitUntil(lambda: "Non troviamo la prenotazione" in text(screen, "ticket.error"),
                    timeout=WAIT_MS)
    assert screen.state is PayState.ENTER_NOTICE


def test_reset_wipes_everything(qtbot, screen: PayScreen) -> None:
    qtbot.keyClicks(child(screen, "pay.notice_number"), "3010")
    tap(qtbot, screen, "pay.verify")
    assert text(screen, "pay.entry_error")
    screen.start_ticket("ABC123", "RSSMRA85T10G388I")
    screen.reset()
    assert screen.state is PayState.ENTER_NOTICE
    for name in ("pay.notice_number", "pay.creditor_cf", "ticket.booking_code", "ticket.cf",
                 "pay.entry_error", "ticket.error"):
        assert text(screen, name) == "", name
    assert not any(tile.isChecked() for tile in screen.tiles.values())
    assert screen.stack.currentWidget() is screen._steps["entry"]


def test_nothing_of_the_citizen_is_left_after_finish(
    qtbot, screen: PayScreen, client: ServicesClient
) -> None:
    catalogue = client.catalogue()
    fee_service = next(s for s in catalogue.services
                       if s.fee_cents > 0 and not s.requires_prescription)
    slot = client.slots(fee_service.id, limit=1)[0]
    booking = client.create_booking(
        BookingCreate(service_id=fee_service.id, slot_id=slot.id,
                      codice_fiscale="RSSMRA85T10G388I"), "booking-key-wipe")
    screen.start_ticket(booking.code, "RSSMRA85T10G388I")
    wait_state(qtbot, screen, PayState.VERIFIED)
    tap(qtbot, screen, "pay.confirm")
    wait_state(qtbot, screen, PayState.RECEIPT)
    receipt = screen.controller.context.receipt
    assert receipt is not None
    finish(qtbot, screen)
    values = ["RSSMRA85T10G388I", booking.code, booking.notice_number or "",
              receipt.receipt_code, receipt.payment_token]
    assert find_personal_data([screen], values) == []


def test_a_late_ticket_answer_does_not_reach_the_next_citizen(
    qtbot, screen: PayScreen, runner: TaskRunner
) -> None:
    screen.start_ticket("ZZZZZZ", "RSSMRA85T10G388I")
    assert screen.reset()  # idle time-out while the look-up is still running
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=WAIT_MS)
    assert text(screen, "ticket.error") == ""
    assert screen.state is PayState.ENTER_NOTICE


def test_every_control_is_named_for_people_and_tests(qtbot, screen: PayScreen) -> None:
    qtbot.waitUntil(lambda: bool(screen.tiles), timeout=WAIT_MS)
    screen.retranslate()
    for widget in screen.findChildren(QPushButton) + screen.findChildren(QLineEdit):
        name = widget.objectName()
        assert name, widget
        assert "." in name, name
        if not name.startswith(("keypad.", "osk.")):
            assert widget.accessibleName(), name


def test_screens_at_full_hd(qtbot, screen: PayScreen, sandbox: Sandbox, tmp_path: Path) -> None:
    """Paint every step at 1920x1080 (the files are looked at by a person, see the report)."""
    out = Path(os.environ.get("KIOSK_SHOTS_DIR", tmp_path / "shots"))
    out.mkdir(parents=True, exist_ok=True)
    qtbot.waitUntil(lambda: bool(screen.tiles), timeout=WAIT_MS)
    type_notice_with_keypad(qtbot, screen, PAYABLE[:10])
    assert screen.window().grab().save(str(out / "pay-entry.png"))
    screen.handle_scan(decode(QR))
    wait_state(qtbot, screen, PayState.VERIFIED)
    assert screen.window().grab().save(str(out / "pay-verified.png"))
    sandbox.control.card_terminal("never")
    tap(qtbot, screen, "pay.confirm")
    wait_state(qtbot, screen, PayState.AWAITING_CARD)
    assert screen.window().grab().save(str(out / "pay-card.png"))
    tap(qtbot, screen, "pos.cancel")
    wait_state(qtbot, screen, PayState.CANCELLED)
    assert screen.window().grab().save(str(out / "pay-cancelled.png"))
    sandbox.control.card_terminal("approve")
    tap(qtbot, screen, "done.retry")
    wait_state(qtbot, screen, PayState.RECEIPT)
    assert screen.window().grab().save(str(out / "pay-receipt.png"))
    finish(qtbot, screen)
    screen.handle_scan(decode(QR))
    wait_state(qtbot, screen, PayState.VERIFY_FAILED)  # paid a moment ago
    assert screen.window().grab().save(str(out / "pay-error.png"))
    tap(qtbot, screen, "pay.home")
    tap(qtbot, screen, "pay.ticket")
    qtbot.keyClicks(child(screen, "ticket.booking_code"), "AB12CD")
    tap(qtbot, screen, "ticket.find")
    assert screen.window().grab().save(str(out / "pay-ticket.png"))
