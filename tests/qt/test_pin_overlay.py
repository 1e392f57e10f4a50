"""The PIN keypad: masked digits, wrong PIN, a lockout with a countdown that survives a
restart, and a right PIN unlocking its account."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.auth import Authenticator
from tests.qt.assist_helpers_qt import (
    restyle,
    screenshot,
    small_targets,
    themed_host,
    unnamed_controls,
    visible_texts,
)
from tests.qt.touch_helpers import find, tap
from tests.unit.assist_helpers import TUTOR_PIN, FakeClock, staff, tutor
from ui.screens.pin import PinOverlay
from ui.tasks import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _auth(data_dir: Path, clock: FakeClock) -> Authenticator:
    return Authenticator.in_data_dir([tutor(), staff()], data_dir, clock=clock)


def _overlay(qtbot: QtBot, auth: Authenticator, runner: TaskRunner) -> tuple[QWidget, PinOverlay]:
    window = themed_host(qtbot)
    overlay = PinOverlay(window, auth, runner)
    restyle(window)
    overlay.open()
    return window, overlay


def _type(qtbot: QtBot, window: QWidget, pin: str) -> None:
    for digit in pin:
        tap(qtbot, window, f"pin.key.{digit}")


def test_digits_are_masked_and_never_exposed(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, runner: TaskRunner
) -> None:
    window, overlay = _overlay(qtbot, _auth(tmp_path, clock), runner)
    _type(qtbot, window, "9753")
    assert overlay.digits_entered == 4
    assert find(window, "pin.dots").text() == "●●●●"  # type: ignore[attr-defined]
    texts = " ".join(visible_texts(overlay))
    assert "9753" not in texts
    names = {find(window, f"pin.key.{d}").accessibleName() for d in "0123456789"}
    assert len(names) == 1  # no key says which digit it is
    assert not any(ch.isdigit() for ch in names.pop())
    assert small_targets(overlay) == []
    assert unnamed_controls(overlay) == []
    screenshot(window, "pin-keypad")
    tap(qtbot, window, "pin.backspace")
    assert overlay.digits_entered == 3
    tap(qtbot, window, "pin.cancel")
    assert not overlay.isVisible()
    assert overlay.digits_entered == 0


def test_wrong_pin_then_lockout_survives_a_restart(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, runner: TaskRunner
) -> None:
    auth = _auth(tmp_path, clock)
    window, overlay = _overlay(qtbot, auth, runner)
    error = find(window, "pin.error")
    _type(qtbot, window, "0000")
    tap(qtbot, window, "pin.ok")
    qtbot.waitUntil(lambda: "Tentativi rimasti prima del blocco: 4" in error.text())
    assert error.isVisible()
    for left in (3, 2, 1):
        _type(qtbot, window, "0000")
        tap(qtbot, window, "pin.ok")
        qtbot.waitUntil(lambda n=left: f"blocco: {n}" in error.text())
    _type(qtbot, window, "0000")
    tap(qtbot, window, "pin.ok")
    qtbot.waitUntil(lambda: "bloccato" in error.text())
    assert "5:00" in error.text()
    assert overlay.locked
    assert not find(window, "pin.key.1").isEnabled()
    assert not find(window, "pin.ok").isEnabled()
    screenshot(window, "pin-locked")
    overlay.close_and_forget()

    # Restart: a new authenticator and keypad on the same data dir, two minutes later.
    clock.advance(minutes=2)
    window2, overlay2 = _overlay(qtbot, _auth(tmp_path, clock), runner)
    assert overlay2.locked
    assert "3:00" in find(window2, "pin.error").text()
    clock.advance(minutes=3)
    lock_timer = overlay2.findChild(type(overlay2._lock_timer), "pin.lock_timer")
    assert lock_timer is not None
    assert lock_timer.isActive()
    qtbot.waitUntil(lambda: not overlay2.locked, timeout=3000)
    assert find(window2, "pin.key.1").isEnabled()
    overlay2.close_and_forget()
    assert not lock_timer.isActive()


def test_right_pin_unlocks(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, runner: TaskRunner
) -> None:
    window, overlay = _overlay(qtbot, _auth(tmp_path, clock), runner)
    _type(qtbot, window, TUTOR_PIN)
    with qtbot.waitSignal(overlay.unlocked, timeout=5000) as signal:
        tap(qtbot, window, "pin.ok")
    assert signal.args[0].id == "T-014"
    assert not overlay.isVisible()
