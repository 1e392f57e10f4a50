"""The inactivity warning: countdown, one-tap extension, pauses, assisted mode, expiry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.idle import MIN_WARNING_S, IdlePhase
from tests.qt.touch_helpers import FakeClock, find, host, tap
from ui.idle_dialog import IdleDialog
from ui.session_timer import SessionTimer

TIMEOUT_S = 60
WARNING_S = 30


@dataclass
class Rig:
    window: QWidget
    button: QPushButton
    timer: SessionTimer
    dialog: IdleDialog
    clock: FakeClock

    def countdown(self) -> str:
        label = find(self.window, "idle.countdown")
        assert isinstance(label, QLabel)
        return label.text()


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    clock = FakeClock()
    button = QPushButton("Un pulsante della schermata")
    button.setObjectName("screen.button")
    window = host(qtbot, button)
    timer = SessionTimer(
        window, timeout_s=TIMEOUT_S, warning_s=WARNING_S, max_extensions=10, clock=clock
    )
    timer.install()
    dialog = IdleDialog(window, timer)
    timer.start()
    yield Rig(window, button, timer, dialog, clock)
    timer.uninstall()


def _to_warning(rig: Rig) -> None:
    rig.clock.advance(TIMEOUT_S)
    rig.timer.tick()


def test_the_overlay_is_inside_the_window_and_hidden_at_first(rig: Rig) -> None:
    dialog = find(rig.window, "idle.dialog")
    assert dialog is rig.dialog
    assert not dialog.isWindow()  # nothing can escape the kiosk window
    assert not dialog.isVisible()
    assert rig.timer.running


def test_countdown_then_expiry(qtbot: QtBot, rig: Rig) -> None:
    rig.clock.advance(TIMEOUT_S - 1)
    assert rig.timer.tick().phase is IdlePhase.ACTIVE
    assert not rig.dialog.isVisible()
    rig.clock.advance(1)
    rig.timer.tick()
    assert rig.dialog.isVisible()
    assert rig.dialog.geometry() == rig.window.rect()  # covers everything
    assert int(rig.countdown()) == WARNING_S >= MIN_WARNING_S
    assert find(rig.window, "idle.more_time").isVisible()
    assert find(rig.window, "idle.title").text() == "Le serve altro tempo?"
    rig.clock.advance(12)
    rig.timer.tick()
    assert rig.countdown() == str(WARNING_S - 12)
    spoken = find(rig.window, "idle.countdown").accessibleName()
    assert spoken == f"Mancano {WARNING_S - 12} secondi"
    with qtbot.waitSignal(rig.timer.expired, timeout=1000):
        rig.clock.advance(WARNING_S - 12)
        rig.timer.tick()
    assert not rig.dialog.isVisible()
    assert not rig.timer.running  # ticking stops until the next session


def test_more_time_extends_with_one_tap(qtbot: QtBot, rig: Rig) -> None:
    _to_warning(rig)
    with qtbot.waitSignal(rig.timer.warning_cleared, timeout=1000):
        tap(qtbot, rig.window, "idle.more_time")
    assert not rig.dialog.isVisible()
    assert rig.timer.running
    rig.clock.advance(TIMEOUT_S - 1)
    assert rig.timer.tick().phase is IdlePhase.ACTIVE  # a full time-out again


def test_after_the_last_extension_the_button_is_gone(qtbot: QtBot, rig: Rig) -> None:
    for _ in range(10):  # max_extensions
        _to_warning(rig)
        tap(qtbot, rig.window, "idle.more_time")
    _to_warning(rig)
    assert rig.dialog.isVisible()
    assert not find(rig.window, "idle.more_time").isVisible()
    assert "finito" in find(rig.window, "idle.message").text()


def test_taps_and_keys_anywhere_restart_the_clock(qtbot: QtBot, rig: Rig) -> None:
    rig.clock.advance(50)
    qtbot.mouseClick(rig.button, Qt.MouseButton.LeftButton)
    rig.clock.advance(50)
    assert rig.timer.tick().phase is IdlePhase.ACTIVE  # 50 s since the tap
    qtbot.keyClick(rig.button, Qt.Key.Key_Shift)
    rig.clock.advance(TIMEOUT_S - 1)
    assert rig.timer.tick().phase is IdlePhase.ACTIVE
    rig.clock.advance(1)
    assert rig.timer.tick().phase is IdlePhase.WARNING


def test_a_tap_beside_the_box_does_not_reach_the_screen(qtbot: QtBot, rig: Rig) -> None:
    clicks: list[bool] = []
    rig.button.clicked.connect(lambda: clicks.append(True))
    _to_warning(rig)
    centre = rig.button.mapTo(rig.window, rig.button.rect().center())
    target = rig.window.childAt(centre)
    assert target is not rig.button  # the overlay is on top
    qtbot.mouseClick(rig.dialog, Qt.MouseButton.LeftButton, pos=rig.dialog.mapFrom(
        rig.window, centre))
    assert clicks == []
    assert rig.dialog.isVisible()  # only the explicit answer ends the warning


def test_pause_freezes_the_clock(qtbot: QtBot, rig: Rig) -> None:
    rig.timer.pause()  # the card terminal is working
    rig.clock.advance(10 * TIMEOUT_S)
    assert rig.timer.tick().phase is IdlePhase.ACTIVE
    with rig.timer.paused():  # nested: the printer too
        rig.clock.advance(TIMEOUT_S)
    rig.timer.resume()
    rig.clock.advance(TIMEOUT_S - 1)
    assert rig.timer.tick().phase is IdlePhase.ACTIVE
    rig.clock.advance(1)
    assert rig.timer.tick().phase is IdlePhase.WARNING


def test_assisted_mode_is_three_times_longer(rig: Rig) -> None:
    rig.timer.set_assisted(True)
    assert rig.timer.assisted
    rig.clock.advance(3 * TIMEOUT_S - 1)
    assert rig.timer.tick().phase is IdlePhase.ACTIVE
    rig.clock.advance(1)
    assert rig.timer.tick().phase is IdlePhase.WARNING
    rig.timer.start()  # a new session: assisted mode off
    assert not rig.timer.assisted
    assert not rig.dialog.isVisible()


def test_the_real_timer_ticks_the_countdown(qtbot: QtBot) -> None:
    clock = FakeClock()
    window = host(qtbot, QPushButton("x"))
    timer = SessionTimer(window, timeout_s=TIMEOUT_S, warning_s=WARNING_S, clock=clock, tick_ms=10)
    dialog = IdleDialog(window, timer)
    timer.start()
    clock.advance(TIMEOUT_S + 5)
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    clock.advance(WARNING_S)
    with qtbot.waitSignal(timer.expired, timeout=2000):
        pass
    assert not timer.running
    timer.stop()


def test_stop_hides_a_warning(rig: Rig) -> None:
    _to_warning(rig)
    rig.timer.stop()
    assert not rig.dialog.isVisible()
    assert not rig.timer.running


def test_focus_goes_back_after_the_warning(qtbot: QtBot, rig: Rig) -> None:
    rig.button.setFocus()
    _to_warning(rig)
    assert find(rig.window, "idle.more_time").hasFocus()
    tap(qtbot, rig.window, "idle.more_time")
    assert rig.button.hasFocus()


def test_the_overlay_follows_the_window_size(qtbot: QtBot, rig: Rig) -> None:
    _to_warning(rig)
    rig.window.resize(1080, 1920)  # a portrait totem
    qtbot.waitUntil(lambda: rig.dialog.geometry() == rig.window.rect(), timeout=1000)
    assert rig.window.rect().contains(rig.dialog.card.geometry())
    assert QPoint(0, 0) == rig.dialog.pos()
