"""The booking screen driven by objectName against the real sandbox over HTTP, in Italian and
English: municipal and CUP bookings end to end, the tap count, prescription messages, the
backend going down, the language switch and ``reset()``."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.flows.booking import Step
from kiosk.flows.booking_ops import BookingService
from kiosk.flows.cup import PRESCRIPTION_MESSAGES, CupStep
from kiosk.receipts import BookingReceipt
from kiosk.scanner import CodeKind, Decoded
from kiosk.services.client import ServicesClient
from tests.booking.conftest import SAMPLE_CF
from tests.booking.qt_helpers import Finger, find, find_prefix, save, visible
from tests.fixtures.sandbox import Sandbox
from ui.appearance import apply_theme
from ui.book.book_screen import BookScreen
from ui.tasks import TaskRunner
from ui.theme import MIN_PRIMARY_TARGET_PX, MIN_TARGET_PX, TextSize, ThemeName, make_theme

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


class Station:
    """The parts a station gives the booking screen, recorded for the tests."""

    def __init__(self) -> None:
        self.printed: list[BookingReceipt] = []
        self.paid: list[object] = []
        self.lang = "it"

    def print_receipt(self, receipt: BookingReceipt) -> bool:
        self.printed.append(receipt)
        return True


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()
    r.deleteLater()


@pytest.fixture
def station() -> Station:
    return Station()


@pytest.fixture
def make_screen(qtbot: QtBot, runner: TaskRunner, station: Station
                ) -> Callable[[ServicesClient], BookScreen]:
    tick = itertools.count()

    def make(client: ServicesClient) -> BookScreen:
        screen = BookScreen(
            BookingService(client), runner, print_receipt=station.print_receipt,
            pay_now=station.paid.append, language=lambda: station.lang,
            station_id="PV-TEST-01", station_office="Anagrafe – Palazzo Mezzabarba",
            key_clock=lambda: float(next(tick)))
        qtbot.addWidget(screen)
        # A top-level screen here (inside the station window on a kiosk): keep Qt from
        # pushing the layout's minimum size to the offscreen platform window.
        screen.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        apply_theme(screen, make_theme(ThemeName.NORMAL, TextSize.NORMAL))
        screen.resize(1920, 1080)
        screen.show()
        qtbot.waitExposed(screen)
        screen.entered()
        qtbot.waitUntil(lambda: screen.municipal.index is not None and not screen.municipal.busy)
        return screen

    return make


@pytest.fixture(scope="session")
def english(tmp_path_factory: pytest.TempPathFactory) -> QTranslator | None:
    """The English translation of the booking screens, compiled from the .ts source."""
    import shutil
    import subprocess

    source = TRANSLATIONS / "booking_en.ts"
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if not source.exists() or lrelease is None:
        return None
    target = tmp_path_factory.mktemp("qm") / "booking_en.qm"
    subprocess.run([lrelease, str(source), "-qm", str(target)], check=True,
                   capture_output=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(target))
    return translator


def idle(screen: BookScreen) -> bool:
    return not screen.municipal.busy and not screen.cup.busy


def test_municipal_booking_in_seven_taps_or_fewer(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
    station: Station,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    finger.taps.append("home.book")  # the home tile that opened this screen
    save(screen, "booking-1-services")
    finger.tap("book.option.cie")
    save(screen, "booking-2-offices")
    finger.tap("book.option.anagrafe-acerbi")
    qtbot.waitUntil(lambda: idle(screen) and screen.municipal.slots is not None)
    save(screen, "booking-3-day-and-time")
    finger.tap(finger.first("book.slot."))
    assert screen.municipal.step is Step.IDENTIFY
    finger.type_keys(screen.identify, SAMPLE_CF)
    save(screen, "booking-4-codice-fiscale")
    finger.tap("book.identify.continue")
    assert screen.municipal.step is Step.SUMMARY
    summary = find(screen, "book.summary.text")
    assert isinstance(summary, QLabel)
    assert "RSSMRA*******88I" in summary.text()
    assert "22,21 €" in summary.text()
    save(screen, "booking-5-summary")
    assert_controls_ok(screen)
    finger.tap("book.confirm")
    qtbot.waitUntil(lambda: screen.municipal.step is Step.DONE)
    qtbot.waitUntil(lambda: bool(station.printed))
    code = find(screen, "done.booking_code")
    assert isinstance(code, QLabel)
    booking = screen.municipal.booking
    assert booking is not None
    assert code.text() == booking.code
    save(screen, "booking-6-done")
    assert_controls_ok(screen)
    assert len(finger.taps) <= 7, finger.taps
    assert len(finger.taps) == 6
    assert finger.characters == 16
    receipt = station.printed[0]
    assert receipt.booking_code == booking.code
    assert receipt.patient_masked == "RSSMRA*******88I"
    assert client.find_bookings(SAMPLE_CF, booking.code)[0].id == booking.id
    finished: list[bool] = []
    screen.finished.connect(lambda: finished.append(True))
    finger.tap("done.finish")
    assert finished == [True]


def open_cup(finger: Finger, screen: BookScreen, nre_value: str, cf: str = SAMPLE_CF) -> None:
    finger.tap("book.cup")
    finger.type_keys(screen.nre_page, nre_value)
    finger.tap("book.nre_continue")
    finger.type_keys(screen.identify, cf)
    finger.tap("book.identify.continue")


def test_cup_booking_end_to_end_with_pay_now(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
    station: Station,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    finger.tap("book.cup")
    finger.type_keys(screen.nre_page, "030A00000000001")
    save(screen, "booking-cup-1-nre")
    finger.tap("book.nre_continue")
    finger.type_keys(screen.identify, SAMPLE_CF)
    finger.tap("book.identify.continue")
    qtbot.waitUntil(lambda: screen.cup.step is CupStep.SLOT and idle(screen))
    finger.first("book.slot.")
    slots = find_prefix(screen, "book.slot.")
    assert 0 < len(slots) <= 6
    assert "Ospedale" in slots[0].accessibleName()
    assert visible(screen, "book.cup_slot.rule")
    assert not visible(screen, "book.none_in_time")
    save(screen, "booking-cup-2-first-free")
    finger.tap(slots[0].objectName())
    assert screen.cup.step is CupStep.SUMMARY
    finger.tap("book.confirm")
    qtbot.waitUntil(lambda: screen.cup.step is CupStep.DONE)
    booking = screen.cup.booking
    assert booking is not None
    code = find(screen, "done.booking_code")
    assert isinstance(code, QLabel)
    assert code.text() == booking.code
    fee = find(screen, "done.fee")
    assert isinstance(fee, QLabel)
    assert "23,00 €" in fee.text()
    save(screen, "booking-cup-3-done")
    finger.tap("done.pay_now")
    assert station.paid == [booking]
    assert visible(screen, "done.pay_later")


@pytest.mark.parametrize(
    ("nre_value", "code"),
    [
        ("030A00000000003", "PRESCRIPTION_U_TOO_OLD"),
        ("030A00000000004", "PRESCRIPTION_EXPIRED"),
        ("030A00000000005", "PRESCRIPTION_ALREADY_BOOKED"),
        ("030A00000000006", "PRESCRIPTION_OTHER_PATIENT"),
    ],
)
def test_cup_prescription_messages_on_screen(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
    nre_value: str, code: str,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    open_cup(finger, screen, nre_value)
    qtbot.waitUntil(lambda: screen.cup.error is not None and idle(screen))
    message = find(screen, "book.message")
    assert isinstance(message, QLabel)
    expected = QCoreApplication.translate("CupBooking", PRESCRIPTION_MESSAGES[code])
    assert expected in message.text()
    assert not visible(screen, "book.retry")
    if code == "PRESCRIPTION_U_TOO_OLD":
        assert visible(screen, "book.phone")
    # The NRE and the codice fiscale are still there to correct.
    assert screen.nre_page.field.value() == nre_value
    assert screen.identify.value == SAMPLE_CF


def test_cup_bad_nre_shape_is_explained_at_the_field(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    finger.tap("book.cup")
    finger.type_keys(screen.nre_page, "030A123")
    finger.tap("book.nre_continue")
    error = find(screen, "book.nre_error")
    assert isinstance(error, QLabel)
    assert "15" in error.text()
    assert screen.stack.currentWidget() is screen.nre_page


def test_cup_nothing_within_the_limit_on_screen(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
    sandbox: Sandbox,
) -> None:
    from datetime import date, timedelta

    sandbox.control.seed_slots(anchor=date.today() + timedelta(days=40))
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    open_cup(finger, screen, "030A00000000001")
    qtbot.waitUntil(lambda: screen.cup.step is CupStep.SLOT and idle(screen))
    assert visible(screen, "book.none_in_time")
    text = find(screen, "book.none_in_time.text")
    assert isinstance(text, QLabel)
    assert "0382 431 000" in text.text()
    assert "non ci sono posti liberi" in text.text()
    rule = find(screen, "book.cup_slot.rule")
    assert isinstance(rule, QLabel)
    assert "perde il diritto" in rule.text()
    assert finger.first("book.slot.")
    save(screen, "booking-cup-4-nothing-in-time")


def test_backend_down_mid_flow_keeps_choices_and_offers_retry(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
    sandbox: Sandbox,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    finger.tap("book.option.cie")
    sandbox.control.faults(drop_count=50)
    finger.tap("book.option.anagrafe-torino")
    qtbot.waitUntil(lambda: screen.municipal.error is not None and idle(screen))
    assert visible(screen, "book.retry")
    save(screen, "booking-7-backend-down")
    assert screen.municipal.office is not None
    assert screen.municipal.office.id == "anagrafe-torino"
    sandbox.control.clear_faults()
    finger.tap("book.retry")
    qtbot.waitUntil(lambda: screen.municipal.slots is not None and idle(screen))
    assert not visible(screen, "book.message_bar")
    assert finger.first("book.slot.")


def test_slot_taken_on_confirm_shows_a_fresh_list(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
    sandbox: Sandbox,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    finger.tap("book.option.cambio-residenza")
    qtbot.waitUntil(lambda: screen.municipal.slots is not None and idle(screen))
    slot = finger.first("book.slot.").removeprefix("book.slot.")
    finger.tap(f"book.slot.{slot}")
    finger.type_keys(screen.identify, SAMPLE_CF)
    finger.tap("book.identify.continue")
    sandbox.control.block_slot(slot)  # another kiosk was faster
    finger.tap("book.confirm")
    qtbot.waitUntil(lambda: screen.municipal.step is Step.SLOT and idle(screen)
                    and screen.municipal.slots is not None)
    message = find(screen, "book.message")
    assert isinstance(message, QLabel)
    assert "appena stato preso" in message.text()
    assert not visible(screen, f"book.slot.{slot}")
    assert finger.first("book.slot.")


def test_language_switch_keeps_choices(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
    station: Station, english: QTranslator | None,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    finger.tap("book.option.cie")
    finger.tap("book.option.anagrafe-mezzabarba")
    qtbot.waitUntil(lambda: screen.municipal.slots is not None and idle(screen))
    slots = screen.municipal.slots
    assert slots is not None
    second = slots.days[1]
    finger.tap(f"book.day.{second.isoformat()}")
    station.lang = "en"
    if english is not None:
        QCoreApplication.installTranslator(english)
    screen.retranslate()
    try:
        assert screen.municipal.step is Step.SLOT
        assert screen.municipal.slots is slots
        assert slots.day == second
        day = find(screen, f"book.day.{second.isoformat()}")
        assert day.isChecked()  # type: ignore[attr-defined]
        subtitle = find(screen, "book.slot.subtitle")
        assert isinstance(subtitle, QLabel)
        assert "Electronic identity card" in subtitle.text()
        if english is not None:
            title = find(screen, "book.slot.title")
            assert isinstance(title, QLabel)
            assert title.text() == "When would you like to come?"
            save(screen, "booking-3-day-and-time-en")
        finger.tap(finger.first("book.slot."))
        finger.type_keys(screen.identify, SAMPLE_CF)
        finger.tap("book.identify.continue")
        summary = find(screen, "book.summary.text")
        assert isinstance(summary, QLabel)
        assert "€22.21" in summary.text()
    finally:
        if english is not None:
            QCoreApplication.removeTranslator(english)
        station.lang = "it"


def test_reset_leaves_no_codice_fiscale_anywhere(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    finger.tap("book.option.cambio-residenza")
    qtbot.waitUntil(lambda: screen.municipal.slots is not None and idle(screen))
    finger.tap(finger.first("book.slot."))
    finger.type_keys(screen.identify, SAMPLE_CF)
    finger.tap("book.identify.continue")
    finger.tap("book.confirm")
    qtbot.waitUntil(lambda: screen.municipal.step is Step.DONE)
    # A CUP attempt too, so the NRE field holds something.
    screen.reset()
    open_cup(finger, screen, "030A00000000006")
    qtbot.waitUntil(lambda: screen.cup.error is not None and idle(screen))
    screen.reset()
    assert_no_personal_data(screen)
    assert screen.stack.currentWidget() is screen.service_page
    assert screen.municipal.codice_fiscale == ""
    assert screen.cup.codice_fiscale == ""
    assert screen.cup.nre == ""


def assert_no_personal_data(root: QWidget) -> None:
    QApplication.processEvents()
    for edit in root.findChildren(QLineEdit):
        assert edit.text() == "", edit.objectName()
        assert not edit.isUndoAvailable(), edit.objectName()
    for label in root.findChildren(QLabel):
        for needle in (SAMPLE_CF, "RSSMRA", "030A0000000000", "PV-"):
            assert needle not in label.text(), (label.objectName(), label.text())
        assert SAMPLE_CF not in label.accessibleName()
    for widget in root.findChildren(QWidget):
        assert "RSSMRA" not in widget.accessibleName(), widget.objectName()


def assert_controls_ok(root: QWidget) -> None:
    """Every visible control: a name, an accessible name, big enough to touch."""
    QApplication.processEvents()
    for widget in root.findChildren(QAbstractButton):
        if not widget.isVisible():
            continue
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
        assert widget.height() >= MIN_TARGET_PX, (widget.objectName(), widget.height())
        if widget.property("role") == "primary":
            assert widget.height() >= MIN_PRIMARY_TARGET_PX, widget.objectName()
    for edit in root.findChildren(QLineEdit):
        if edit.isVisible():
            assert edit.objectName()
            assert edit.accessibleName(), edit.objectName()


def test_calendar_for_later_dates_and_control_sizes(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    assert_controls_ok(screen)
    finger.tap("book.option.cert-residenza")
    assert_controls_ok(screen)
    finger.tap("book.option.anagrafe-mezzabarba")
    qtbot.waitUntil(lambda: screen.municipal.slots is not None and idle(screen))
    assert_controls_ok(screen)
    slots = screen.municipal.slots
    assert slots is not None
    later = slots.days[-1]  # weeks away: only in the calendar
    assert later not in slots.quick_days()
    finger.tap("book.calendar")
    while screen.slot_page.month != (later.year, later.month):
        finger.tap("book.month.next")
    save(screen, "booking-3b-calendar")
    assert_controls_ok(screen)
    finger.tap(f"book.day.{later.isoformat()}")
    assert slots.day == later
    name = finger.first("book.slot.")
    assert later.strftime("%Y%m%d") in name
    finger.tap(name)
    assert screen.municipal.step is Step.IDENTIFY
    assert_controls_ok(screen)
    finger.tap("book.back")
    assert screen.municipal.step is Step.SLOT
    finger.tap("book.back")
    assert screen.municipal.step is Step.OFFICE
    finger.tap("book.back")
    assert screen.municipal.step is Step.SERVICE
    assert not visible(screen, "book.back")


def test_scanned_prescription_and_health_card(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], BookScreen], client: ServicesClient,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    finger.tap("book.cup")
    assert screen.handle_scan(Decoded(kind=CodeKind.NRE, value="030A00000000001"))
    assert screen.stack.currentWidget() is screen.identify
    assert screen.handle_scan(Decoded(kind=CodeKind.CODICE_FISCALE, value=SAMPLE_CF))
    assert screen.identify.value == SAMPLE_CF
    finger.tap("book.identify.continue")
    qtbot.waitUntil(lambda: screen.cup.step is CupStep.SLOT and idle(screen))
    assert_controls_ok(screen)
