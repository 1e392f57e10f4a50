"""Nothing of a citizen survives the idle reset: not in any widget, not in the log.

The whole station is built in-process on the real sandbox (over HTTP). A citizen types a
codice fiscale and an NRE (CUP booking) on the on-screen keyboards, scans a pagoPA notice
(which opens its check from that screen), walks to help, then walks away. The idle warning
appears with its countdown, nobody answers, the session ends. Then every widget of the
application (hidden pages, line edits and their undo history, labels, buttons, item models,
accessible names, window titles) and the log file are searched for those values.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, build_kiosk
from kiosk.config import parse_config
from kiosk.flows.navigation import Screen
from kiosk.logsetup import close_logging
from kiosk.pagopa import build_qr_payload
from kiosk.sandbox.seed import COMUNE_CF
from tests.booking.qt_helpers import Finger, visible
from tests.fixtures.sandbox import Sandbox
from ui.app import create_application, show_station
from ui.widgets.touchkeys import StrikeGuard
from ui.wipe import find_personal_data

CF = "RSSMRA85T10G388I"
NOTICE = "301000000000000144"
NRE = "030A00000000001"


class FakeClock:
    """The idle timer's monotonic clock, moved by the test instead of waiting a minute."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def type_keys(qtbot: QtBot, root: QWidget, text: str) -> None:
    """Tap ``text`` on the visible on-screen keyboard or keypad under ``root``."""
    for char in text:
        keys = [w for name in (f"osk.key.{char}", f"keypad.key.{char}")
                for w in root.findChildren(QAbstractButton, name) if w.isVisible()]
        assert keys, f"no key {char!r} on screen"
        qtbot.mouseClick(keys[0], Qt.MouseButton.LeftButton)


@pytest.fixture
def kiosk(qtbot: QtBot, sandbox: Sandbox, tmp_path: Path) -> Iterator[tuple[Kiosk, FakeClock]]:
    create_application([])
    clock = FakeClock()
    config = parse_config({"backend": {"url": sandbox.url, "token": sandbox.token},
                           "station": {"data_dir": str(tmp_path / "data")}})
    built = build_kiosk(config=config, idle_clock=clock)
    qtbot.addWidget(built.window)
    show_station(built.window, windowed=False)
    qtbot.waitExposed(built.window)
    # A person waits half a second between two equal keys (the double-strike guard); the
    # test types faster, so the guard is off here and tested on its own in test_keyboard.py.
    # (Screens are built on first use: build them all now to reach their keyboards.)
    dict(built.window.screens)
    for guard in built.window.findChildren(QObject):
        if isinstance(getattr(guard, "guard", None), StrikeGuard):
            guard.guard.interval_s = 0
    yield built, clock
    built.shutdown()
    close_logging()  # the kiosk's file handler points into tmp_path


def test_idle_reset_leaves_no_personal_data_anywhere(
    qtbot: QtBot, kiosk: tuple[Kiosk, FakeClock]
) -> None:
    station, clock = kiosk[0].station, kiosk[1]
    window = station.window
    nav = station.navigator
    finger = Finger(qtbot, window)

    finger.tap("attract.start")
    # 1. A municipal booking up to the summary, then home: going home abandons it.
    finger.tap("home.book")
    finger.tap("book.option.cie")
    finger.tap("book.option.anagrafe-acerbi")
    finger.tap(finger.first("book.slot."))
    book = window.screens[Screen.BOOK]
    type_keys(qtbot, book.identify, CF)
    finger.tap("book.identify.continue")
    qtbot.waitUntil(lambda: visible(window, "book.confirm"), timeout=10_000)
    finger.tap("header.home")
    assert find_personal_data(None, [CF]) == []

    # 2. A CUP booking: the NRE and the codice fiscale typed, the first free slots shown.
    finger.tap("home.book")
    finger.tap("book.cup")
    type_keys(qtbot, book.nre_page, NRE)
    finger.tap("book.nre_continue")
    type_keys(qtbot, book.identify, CF)
    finger.tap("book.identify.continue")
    finger.first("book.slot.")

    # 3. The citizen scans a pagoPA notice on that screen: it opens its check at once.
    focus = QApplication.focusWidget() or window
    qtbot.keyClicks(focus, build_qr_payload(NOTICE, COMUNE_CF, 2221))
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: nav.state is Screen.PAY, timeout=5_000)
    qtbot.waitUntil(lambda: visible(window, "pay.confirm"), timeout=10_000)
    assert "22,21" in window.findChild(QLabel, "pay.amount").text()

    # 4. A detour to help, as a citizen unsure what to do next would take.
    finger.tap("header.help")
    values = [CF, NOTICE, NRE]
    for value in values:  # each one really is in the widgets now (hidden pages included)
        assert find_personal_data(None, [value]), f"{value} never reached the screen"

    # The citizen walks away: the warning comes after idle.timeout_s, then the countdown ends.
    config = kiosk[0].config
    clock.now += config.idle.timeout_s + 1
    station.session.tick()
    dialog = window.findChild(type(station.idle_dialog), "idle.dialog")
    assert dialog is not None
    assert dialog.isVisible()
    clock.now += config.idle.warning_s + 1
    station.session.tick()
    qtbot.waitUntil(lambda: nav.state is Screen.ATTRACT, timeout=5_000)
    assert not dialog.isVisible()

    leftovers = find_personal_data(None, values)
    assert leftovers == []
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = (config.data_dir / "logs" / "kiosk.log").read_text("utf-8")
    assert "screen" in log_text  # the log was written during the walk
    assert CF not in log_text
