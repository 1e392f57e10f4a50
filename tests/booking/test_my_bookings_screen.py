"""'My bookings' driven by objectName against the real sandbox: find, cancel (allowed and too
late), move, print, and ``reset()``."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QLabel, QLayout
from pytestqt.qtbot import QtBot

from kiosk.flows.booking_ops import ROME, BookingService, drive
from kiosk.flows.my_bookings import MyStep
from kiosk.receipts import BookingReceipt, CancellationReceipt
from kiosk.services.client import ServicesClient
from kiosk.services.models import Booking
from tests.booking.conftest import SAMPLE_CF
from tests.booking.qt_helpers import Finger, find, save, visible
from tests.booking.test_book_screen import assert_controls_ok, assert_no_personal_data
from tests.booking.test_flows_sandbox import cup_booking, municipal_to_summary
from tests.fixtures.sandbox import Sandbox
from ui.appearance import apply_theme
from ui.book.my_bookings_screen import MyBookingsScreen
from ui.tasks import TaskRunner
from ui.theme import TextSize, ThemeName, make_theme

Receipt = BookingReceipt | CancellationReceipt


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()
    r.deleteLater()


@pytest.fixture
def printed() -> list[Receipt]:
    return []


@pytest.fixture
def make_screen(qtbot: QtBot, runner: TaskRunner, printed: list[Receipt]
                ) -> Callable[[ServicesClient], MyBookingsScreen]:
    tick = itertools.count()

    def make(client: ServicesClient) -> MyBookingsScreen:
        screen = MyBookingsScreen(
            BookingService(client), runner, print_receipt=printed.append,
            station_id="PV-TEST-01", station_office="Anagrafe",
            key_clock=lambda: float(next(tick)))
        qtbot.addWidget(screen)
        screen.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        apply_theme(screen, make_theme(ThemeName.NORMAL, TextSize.NORMAL))
        screen.resize(1920, 1080)
        screen.show()
        qtbot.waitExposed(screen)
        screen.entered()
        qtbot.waitUntil(lambda: screen.flow.index is not None and not screen.flow.busy)
        return screen

    return make


def search(finger: Finger, screen: MyBookingsScreen, code: str | None) -> None:
    if code is not None:
        finger.type_field("mybook.code", code)
    screen.cf.setFocus()
    finger.type_keys(screen.search_page, SAMPLE_CF)
    finger.tap("mybook.search")
    finger.qtbot.waitUntil(lambda: not screen.flow.busy)


def municipal_booking(service: BookingService) -> Booking:
    flow = municipal_to_summary(service)
    drive(flow, service, flow.confirm())
    assert flow.booking is not None
    return flow.booking


def test_find_by_code_and_cancel(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], MyBookingsScreen],
    client: ServicesClient, printed: list[Receipt],
) -> None:
    _flow, booking = cup_booking(BookingService(client), min_days=7)
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    save(screen, "booking-my-1-search")
    assert_controls_ok(screen)
    search(finger, screen, booking.code.replace("-", "").lower())
    assert screen.flow.step is MyStep.LIST
    finger.tap(f"mybook.option.{booking.id}")
    assert screen.flow.step is MyStep.DETAIL
    save(screen, "booking-my-2-detail")
    assert_controls_ok(screen)
    finger.tap("mybook.cancel")
    finger.tap("mybook.cancel_confirm")
    qtbot.waitUntil(lambda: screen.flow.step is MyStep.CANCELLED)
    title = find(screen, "mybook.detail_title")
    assert isinstance(title, QLabel)
    assert booking.code in title.text()
    assert client.find_bookings(SAMPLE_CF, booking.code)[0].status == "cancelled"
    finger.tap("mybook.print")
    qtbot.waitUntil(lambda: bool(printed))
    receipt = printed[0]
    assert isinstance(receipt, CancellationReceipt)
    assert receipt.booking_code == booking.code
    assert receipt.patient_masked == "RSSMRA*******88I"
    finished: list[bool] = []
    screen.finished.connect(lambda: finished.append(True))
    finger.tap("mybook.finish")
    assert finished == [True]


def test_cancel_too_late_shows_the_desk_phone(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], MyBookingsScreen],
    client: ServicesClient, sandbox: Sandbox,
) -> None:
    _flow, booking = cup_booking(BookingService(client), min_days=7)
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    search(finger, screen, booking.code)
    finger.tap(f"mybook.option.{booking.id}")
    finger.tap("mybook.cancel")
    # The backend's clock passes the limit (2 working days before) before the confirmation.
    now = datetime.now(ROME)
    sandbox.control.set_clock_offset((booking.cancel_until - now).total_seconds() + 60)
    finger.tap("mybook.cancel_confirm")
    qtbot.waitUntil(lambda: screen.flow.step is MyStep.DETAIL and not screen.flow.busy)
    message = find(screen, "mybook.message")
    assert isinstance(message, QLabel)
    assert "troppo tardi" in message.text()
    phone = find(screen, "mybook.phone")
    assert isinstance(phone, QLabel)
    assert "0382 431 000" in phone.text()
    assert not visible(screen, "mybook.retry")
    assert not find(screen, "mybook.cancel").isEnabled()
    assert not find(screen, "mybook.move").isEnabled()
    text = find(screen, "mybook.detail_text")
    assert isinstance(text, QLabel)
    assert "fino a" not in text.text()
    save(screen, "booking-my-3-too-late")
    assert client.find_bookings(SAMPLE_CF, booking.code)[0].status == "confirmed"


def test_move_by_cf_alone(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], MyBookingsScreen],
    client: ServicesClient, printed: list[Receipt],
) -> None:
    booking = municipal_booking(BookingService(client))
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    search(finger, screen, None)
    finger.tap(f"mybook.option.{booking.id}")
    finger.tap("mybook.move")
    qtbot.waitUntil(lambda: screen.flow.slots is not None and not screen.flow.busy)
    save(screen, "booking-my-4-move")
    assert_controls_ok(screen)
    new_slot = finger.first("mybook.slot.").removeprefix("mybook.slot.")
    assert new_slot != booking.slot.id
    finger.tap(f"mybook.slot.{new_slot}")
    assert screen.flow.step is MyStep.MOVE_CONFIRM
    # Nothing changes at the backend until the citizen confirms.
    assert client.find_bookings(SAMPLE_CF, booking.code)[0].slot.id == booking.slot.id
    finger.tap("mybook.move_confirm")
    qtbot.waitUntil(lambda: screen.flow.step is MyStep.MOVED)
    moved = client.find_bookings(SAMPLE_CF, booking.code)[0]
    assert moved.slot.id == new_slot
    assert moved.id == booking.id
    finger.tap("mybook.print")
    qtbot.waitUntil(lambda: bool(printed))
    assert isinstance(printed[0], BookingReceipt)
    assert printed[0].start == moved.slot.start
    screen.reset()
    assert_no_personal_data(screen)
    assert screen.flow.step is MyStep.SEARCH
    assert screen.flow.codice_fiscale == ""


def test_bad_input_is_explained_at_the_fields(
    qtbot: QtBot, make_screen: Callable[[ServicesClient], MyBookingsScreen],
    client: ServicesClient,
) -> None:
    screen = make_screen(client)
    finger = Finger(qtbot, screen)
    finger.type_field("mybook.code", "??")
    finger.tap("mybook.search")
    assert visible(screen, "mybook.code_error")
    assert visible(screen, "mybook.cf_error")
    assert screen.flow.step is MyStep.SEARCH
