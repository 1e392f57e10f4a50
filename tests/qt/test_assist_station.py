"""The tutor pieces wired into the real station shell the way the lead integrates them:
``header.tutor`` in the header, the banner under it, lockdown on the window."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout
from pytestqt.qtbot import QtBot

from kiosk.auth import Authenticator
from kiosk.flows.assist import AssistMode
from kiosk.flows.navigation import Screen
from tests.qt.assist_helpers_qt import screenshot
from tests.qt.conftest import StationFactory
from tests.qt.touch_helpers import find, tap
from tests.unit.assist_helpers import TUTOR_PIN, FakeClock, staff, tutor
from ui.lockdown import Lockdown
from ui.tutor import TutorController


def test_assisted_mode_on_the_station(
    qtbot: QtBot, make_station: StationFactory, tmp_path: Path
) -> None:
    station = make_station()
    window = station.window
    clock = FakeClock()
    auth = Authenticator.in_data_dir([tutor(), staff()], tmp_path, clock=clock)
    assist = AssistMode(auth.audit, clock=clock, idle_end=timedelta(minutes=10))
    controller = TutorController(window, auth, assist, station.runner)
    header_row = window.header.layout()
    assert isinstance(header_row, QBoxLayout)
    header_row.insertWidget(header_row.count() - 1, controller.button)  # before "Aiuto"
    column = window.centralWidget().layout()
    assert isinstance(column, QBoxLayout)
    column.insertWidget(1, controller.banner)
    window.apply_appearance()
    lockdown = Lockdown(window, keep_full_screen=False)
    lockdown.install()
    try:
        station.navigator.start()
        station.navigator.go(Screen.HELP)
        button = find(window, "header.tutor")
        assert button.isVisible()
        assert button.width() >= 61
        assert button.height() >= 61
        tap(qtbot, window, "header.tutor")
        for digit in TUTOR_PIN:
            tap(qtbot, window, f"pin.key.{digit}")
        tap(qtbot, window, "pin.ok")
        banner = find(window, "tutor.banner")
        qtbot.waitUntil(banner.isVisible, timeout=5000)
        assert station.navigator.state is Screen.HELP  # the citizen's flow stays where it was
        screenshot(window, "station-assisted")

        qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        assert not window.close()
        assert window.isVisible()

        station.navigator.session_end()
        controller.session_ended()
        assert not banner.isVisible()
    finally:
        lockdown.uninstall()
        controller.shutdown()
