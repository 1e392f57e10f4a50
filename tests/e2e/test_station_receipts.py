"""Receipts on the whole station with a real cupsd: printed, or never a silent success.

The station is built in-process on the real sandbox, printing to a cups-pdf queue of a private
cupsd. A citizen scans a pagoPA notice and pays; the receipt comes out of CUPS. With the queue
disabled or rejecting, the citizen is told before paying, the payment or booking still goes
through, and the done screen shows the stored receipt's QR code (decoded from a screen grab by
a real decoder) and the code the desk needs to reprint it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, build_kiosk
from kiosk.config import parse_config
from kiosk.flows.booking_ops import BookingService
from kiosk.flows.navigation import Screen
from kiosk.logsetup import close_logging
from kiosk.pagopa import build_qr_payload
from kiosk.sandbox.seed import COMUNE_CF
from printing.qr import lookup_payload
from printing.store import PrintStatus
from tests.booking.conftest import SAMPLE_CF
from tests.booking.qt_helpers import Finger, find, visible
from tests.booking.test_flows_sandbox import cup_booking
from tests.fixtures.cups import CupsServer, pdf_text
from tests.fixtures.sandbox import Sandbox
from tests.screenshots import shots_dir
from ui.app import create_application, show_station

pytestmark = [pytest.mark.slow, pytest.mark.cups]

NOTICE = "301000000000000144"
ROME = ZoneInfo("Europe/Rome")

MakeKiosk = Callable[[str], Kiosk]


@pytest.fixture
def make_kiosk(
    qtbot: QtBot, sandbox: Sandbox, cups_server: CupsServer, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MakeKiosk]:
    create_application([])
    monkeypatch.setenv("CUPS_SERVER", str(cups_server.socket))
    built: list[Kiosk] = []

    def make(queue: str) -> Kiosk:
        config = parse_config({
            "backend": {"url": sandbox.url, "token": sandbox.token},
            "station": {"data_dir": str(tmp_path / "data")},
            "printer": {"backend": "cups", "queue": queue, "job_timeout_s": 20},
        })
        kiosk = build_kiosk(config=config)
        built.append(kiosk)
        qtbot.addWidget(kiosk.window)
        show_station(kiosk.window, windowed=False)
        qtbot.waitExposed(kiosk.window)
        return kiosk

    yield make
    for kiosk in built:
        kiosk.shutdown()
    close_logging()


def scan(qtbot: QtBot, window: QWidget, text: str) -> None:
    """What a keyboard-wedge scanner does: fast keys, then Enter."""
    focus = QApplication.focusWidget() or window
    qtbot.keyClicks(focus, text)
    qtbot.keyClick(focus, Qt.Key.Key_Return)


def pay_scanned_notice(qtbot: QtBot, kiosk: Kiosk) -> Finger:
    finger = Finger(qtbot, kiosk.window)
    if kiosk.station.navigator.state is Screen.ATTRACT:
        finger.tap("attract.start")
    scan(qtbot, kiosk.window, build_qr_payload(NOTICE, COMUNE_CF, 2221))
    qtbot.waitUntil(lambda: kiosk.station.navigator.state is Screen.PAY, timeout=5_000)
    finger.tap("pay.confirm")
    return finger


def decode_widget_qr(widget: QWidget) -> list[str]:
    """Grab a widget as a citizen's phone would see it and decode its QR codes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert widget.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data())))
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_receipt_printed_through_cups_after_a_scanned_payment(
    qtbot: QtBot, make_kiosk: MakeKiosk, cups_server: CupsServer, cups_queue: str
) -> None:
    kiosk = make_kiosk(cups_queue)
    pay_scanned_notice(qtbot, kiosk)
    window = kiosk.window
    assert not window.findChild(QWidget, "printer.notice").isVisible()
    qtbot.waitUntil(lambda: "stampata" in find(window, "done.message").text()
                    or "Ritiri" in find(window, "done.message").text(),
                    timeout=30_000)
    assert not visible(window, "done.receipt_qr")
    stored = kiosk.station.desk.store.list_for_day(datetime.now(ROME).date())
    assert len(stored) == 1
    assert stored[0].status is PrintStatus.PRINTED
    outputs = sorted(cups_server.out_dir.glob("*-job_*.pdf"), key=lambda p: p.stat().st_mtime)
    text = pdf_text(outputs[-1])
    assert "3010 0000 0000 0001 44" in text
    assert stored[0].code in text


@pytest.mark.parametrize("fault", ["cupsdisable", "cupsreject"])
def test_printer_fault_is_told_before_paying_and_the_receipt_shown_on_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, cups_server: CupsServer, cups_queue: str, fault: str
) -> None:
    cups_server.run(fault, cups_queue)
    kiosk = make_kiosk(cups_queue)
    window = kiosk.window
    Finger(qtbot, window).tap("attract.start")
    Finger(qtbot, window).tap("home.pay")
    qtbot.waitUntil(lambda: visible(window, "printer.notice"), timeout=10_000)
    notice = window.findChild(QLabel, "printer.notice.message")
    assert "stampante non è disponibile" in notice.text()
    Finger(qtbot, window).tap("header.home")
    pay_scanned_notice(qtbot, kiosk)
    qtbot.waitUntil(lambda: visible(window, "done.receipt_qr"), timeout=40_000)
    code_label = find(window, "done.receipt_code")
    code = code_label.text()
    stored = kiosk.station.desk.store.find(code)
    assert stored is not None, "the receipt shown on screen is not stored"
    assert stored.path.is_file()
    assert stored.status is not PrintStatus.PRINTED
    assert "Ricevuta stampata" not in find(window, "done.print_status").text()
    assert decode_widget_qr(find(window, "done.receipt_qr")) == [
        lookup_payload(code)]
    window.grab().save(str(shots_dir() / f"pay-receipt-on-screen-{fault}.png"))
    # The payment itself went through exactly once.
    assert [i.state.value for i in kiosk.station.payments.journal.all()] == ["approved"]


def test_booking_with_the_queue_disabled_shows_its_receipt_on_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, cups_server: CupsServer, cups_queue: str
) -> None:
    cups_server.run("cupsdisable", cups_queue)
    kiosk = make_kiosk(cups_queue)
    window = kiosk.window
    finger = Finger(qtbot, window)
    finger.tap("attract.start")
    finger.tap("home.book")
    finger.tap("book.option.cie")
    finger.tap("book.option.anagrafe-acerbi")
    finger.tap(finger.first("book.slot."))
    book = window.screens[Screen.BOOK]
    book.identify.field.setValue("RSSMRA85T10G388I")
    finger.tap("book.identify.continue")
    assert visible(window, "printer.notice")
    finger.tap("book.confirm")
    qtbot.waitUntil(lambda: visible(window, "done.receipt_qr"), timeout=40_000)
    code = find(window, "done.receipt_code").text()
    assert kiosk.station.desk.store.find(code) is not None
    assert decode_widget_qr(find(window, "done.receipt_qr")) == [
        lookup_payload(code)]
    assert visible(window, "done.booking_code")
    window.grab().save(str(shots_dir() / "booking-receipt-on-screen.png"))


def test_cancellation_with_the_queue_disabled_shows_its_receipt_on_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, cups_server: CupsServer, cups_queue: str,
    sandbox: Sandbox,
) -> None:
    with sandbox.client() as client:
        _flow, booking = cup_booking(BookingService(client), min_days=7)
    cups_server.run("cupsdisable", cups_queue)
    kiosk = make_kiosk(cups_queue)
    window = kiosk.window
    finger = Finger(qtbot, window)
    finger.tap("attract.start")
    finger.tap("home.my_bookings")
    mine = window.screens[Screen.MY_BOOKINGS]
    qtbot.waitUntil(lambda: find(window, "mybook.search").isEnabled(), timeout=10_000)
    mine.code.setText(booking.code)
    mine.cf.setValue(SAMPLE_CF)
    finger.tap("mybook.search")
    qtbot.waitUntil(lambda: visible(window, f"mybook.option.{booking.id}"), timeout=10_000)
    finger.tap(f"mybook.option.{booking.id}")
    finger.tap("mybook.cancel")
    finger.tap("mybook.cancel_confirm")
    qtbot.waitUntil(lambda: visible(window, "mybook.print"), timeout=10_000)
    assert not visible(window, "done.receipt_qr")
    finger.tap("mybook.print")
    qtbot.waitUntil(lambda: visible(window, "done.receipt_qr"), timeout=40_000)
    code = find(window, "done.receipt_code").text()
    stored = kiosk.station.desk.store.find(code)
    assert stored is not None, "the receipt shown on screen is not stored"
    assert stored.status is not PrintStatus.PRINTED
    assert booking.code in pdf_text(stored.path)
    assert decode_widget_qr(find(window, "done.receipt_qr")) == [lookup_payload(code)]
    window.grab().save(str(shots_dir() / "booking-my-cancel-receipt-on-screen.png"))
    # The next citizen sees none of it.
    kiosk.station.navigator.session_end()
    fallback = mine.findChild(QWidget, "done.receipt_fallback")
    assert fallback is not None
    assert not fallback.isVisibleTo(mine)
    assert mine.findChild(QLabel, "done.receipt_code").text() == ""
