"""Tutor assisted mode in the UI: unlock from header.tutor or a badge, banner on top, longer
idle timings, the tutor panel with the last error, end of assistance."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.auth import Authenticator
from kiosk.flows.assist import AssistMode, EndReason
from tests.qt.assist_helpers_qt import (
    restyle,
    screenshot,
    small_targets,
    themed_host,
    unnamed_controls,
)
from tests.qt.touch_helpers import find, tap
from tests.unit.assist_helpers import STAFF_PIN, TUTOR_BADGE, TUTOR_PIN, FakeClock, staff, tutor
from ui.session_timer import SessionTimer
from ui.tasks import TaskRunner
from ui.tutor import TutorController


class Rig:
    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.clock = FakeClock()
        self.auth = Authenticator.in_data_dir([tutor(), staff()], data_dir, clock=self.clock)
        self.assist = AssistMode(self.auth.audit, clock=self.clock,
                                 idle_end=timedelta(minutes=10))
        self.runner = TaskRunner()
        self.timer = SessionTimer(timeout_s=60, warning_s=30, assisted_factor=3.0)
        page = QWidget()
        page.setObjectName("home")
        column = QVBoxLayout(page)
        label = QLabel("Cosa desidera fare?")
        label.setProperty("role", "title")
        column.addWidget(label)
        column.addStretch(1)
        self.window = themed_host(qtbot, page)
        self.controller = TutorController(self.window, self.auth, self.assist, self.runner,
                                          self.timer)
        # As the station does it: header.tutor in the header, the banner under it.
        layout = self.window.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.controller.button)
        layout.insertWidget(1, self.controller.banner)
        restyle(self.window)

    def close(self) -> None:
        self.controller.shutdown()
        self.runner.shutdown()


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    rig = Rig(qtbot, tmp_path)
    yield rig
    rig.close()


def _pin(qtbot: QtBot, rig: Rig, pin: str) -> None:
    tap(qtbot, rig.window, "header.tutor")
    assert rig.controller.pin.isVisible()
    for digit in pin:
        tap(qtbot, rig.window, f"pin.key.{digit}")
    tap(qtbot, rig.window, "pin.ok")


def test_header_control_is_small_but_a_full_target(rig: Rig) -> None:
    button = find(rig.window, "header.tutor")
    assert button.width() >= 61
    assert button.height() >= 61
    assert button.accessibleName()


def test_tutor_pin_starts_assisted_mode(qtbot: QtBot, rig: Rig) -> None:
    _pin(qtbot, rig, TUTOR_PIN)
    banner = find(rig.window, "tutor.banner")
    qtbot.waitUntil(banner.isVisible)
    text = find(rig.window, "tutor.banner_text")
    assert isinstance(text, QLabel)
    assert text.text() == "Assistenza del tutor — Maria Bianchi"
    assert rig.timer.assisted  # idle timings 3x longer
    assert rig.assist.assisted_by == "Maria Bianchi (T-014)"
    tick = rig.controller.findChild(type(rig.controller._tick), "tutor.assist_tick")
    assert tick is not None
    assert tick.isActive()

    rig.controller.note_error("Il pagamento non è andato a buon fine: carta rifiutata.")
    tap(qtbot, rig.window, "header.tutor")  # while assisting: the panel
    panel = rig.controller.panel
    assert panel.isVisible()
    last = find(rig.window, "tutor.last_error")
    assert isinstance(last, QLabel)
    assert last.text() == "Il pagamento non è andato a buon fine: carta rifiutata."
    assert not find(rig.window, "tutor.staff_tools").isVisible()  # tutors have no staff tools
    assert small_targets(panel) == []
    assert unnamed_controls(rig.window) == []
    screenshot(rig.window, "tutor-panel")
    tap(qtbot, rig.window, "tutor.close")
    screenshot(rig.window, "tutor-banner")
    tap(qtbot, rig.window, "tutor.open_panel")
    tap(qtbot, rig.window, "tutor.end")
    assert not banner.isVisible()
    assert not rig.timer.assisted
    assert not tick.isActive()
    actions = [r.action for r in rig.auth.audit.records()]
    assert actions == ["auth.pin_ok", "assist.start", "assist.end"]


def test_assistance_ends_with_the_session_and_after_idle(qtbot: QtBot, rig: Rig) -> None:
    _pin(qtbot, rig, TUTOR_PIN)
    qtbot.waitUntil(lambda: rig.assist.active)
    rig.controller.session_ended()
    assert not rig.assist.active
    assert rig.assist.state.ended is EndReason.SESSION_END
    assert not find(rig.window, "tutor.banner").isVisible()

    rig.controller.badge_scanned(TUTOR_BADGE)
    qtbot.waitUntil(lambda: rig.assist.active)
    rig.clock.advance(minutes=11)
    rig.assist.tick()  # what the tutor.assist_tick timer does every few seconds
    assert rig.assist.state.ended is EndReason.IDLE
    assert not find(rig.window, "tutor.banner").isVisible()


def test_unknown_badge_opens_the_keypad_with_a_message(qtbot: QtBot, rig: Rig) -> None:
    rig.controller.badge_scanned("NOT-A-KNOWN-BADGE")
    error = find(rig.window, "pin.error")
    qtbot.waitUntil(lambda: rig.controller.pin.isVisible() and error.isVisible())
    assert isinstance(error, QLabel)
    assert "Badge non riconosciuto" in error.text()
    assert not rig.assist.active
    assert rig.auth.audit.records()[-1].action == "auth.badge_unknown"
    rig.controller.pin.close_and_forget()


def test_staff_pin_opens_the_staff_tools(qtbot: QtBot, rig: Rig) -> None:
    with qtbot.waitSignal(rig.controller.staff_unlocked, timeout=5000) as signal:
        _pin(qtbot, rig, STAFF_PIN)
    assert signal.args[0].id == "S-002"
    assert not rig.assist.active
