"""Scanner bursts are swallowed and decoded; a person's typing reaches the field intact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.pagopa import build_qr_payload
from kiosk.scanner import CodeKind, Decoded
from tests.qt.touch_helpers import FakeClock, host
from ui.scan_capture import ScanCapture

SCAN_GAP = 0.004  # a wedge scanner: a key every 4 ms
HUMAN_GAP = 0.2  # a person: 200 ms between keys
CF = "RSSMRA85T10G388I"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def capture(qtbot: QtBot, clock: FakeClock) -> Iterator[ScanCapture]:
    capture = ScanCapture(clock=clock)
    capture.install()
    yield capture
    capture.uninstall()
    capture.deleteLater()


@pytest.fixture
def edit(qtbot: QtBot) -> Iterator[QLineEdit]:
    edit = QLineEdit()
    edit.setObjectName("test.field")
    window = host(qtbot, edit)
    edit.setFocus()
    yield edit
    del window


def type_keys(
    qtbot: QtBot, widget: QWidget, text: str, clock: FakeClock, gap: float, *, enter: bool = False
) -> None:
    """Key presses with controlled timestamps (the filter reads the injected clock)."""
    for char in text:
        clock.advance(gap)
        qtbot.keyClick(widget, char)
    if enter:
        clock.advance(gap)
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_health_card_scan_is_swallowed_and_decoded(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    returns: list[bool] = []
    edit.returnPressed.connect(lambda: returns.append(True))
    with qtbot.waitSignal(capture.scanned, timeout=2000) as blocker:
        type_keys(qtbot, edit, f"*{CF}*", clock, SCAN_GAP, enter=True)
    decoded = blocker.args[0]
    assert isinstance(decoded, Decoded)
    assert decoded.kind is CodeKind.CODICE_FISCALE
    assert decoded.value == CF
    assert edit.text() == ""  # not one character reached the field
    assert not edit.isUndoAvailable()
    assert returns == []  # nor the Enter
    assert not capture.pending


def test_a_person_typing_reaches_the_field_in_order(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    seen: list[object] = []
    capture.scanned.connect(seen.append)
    capture.unrecognised.connect(seen.append)
    type_keys(qtbot, edit, "Rossi Mario", clock, HUMAN_GAP)
    # Every key but the last is released by the next one; the last by the timer.
    assert edit.text() == "Rossi Mari"
    qtbot.waitUntil(lambda: edit.text() == "Rossi Mario", timeout=1000)
    assert not capture.pending
    assert seen == []


def test_fast_typing_without_enter_is_still_typing(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    type_keys(qtbot, edit, "abcdefgh", clock, SCAN_GAP)  # a fast burst that never ends
    qtbot.waitUntil(lambda: edit.text() == "abcdefgh", timeout=1000)


def test_a_short_fast_burst_then_enter_is_typing(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    with qtbot.waitSignal(edit.returnPressed, timeout=1000):
        type_keys(qtbot, edit, "ok", clock, SCAN_GAP, enter=True)
    assert edit.text() == "ok"


def test_typing_around_a_scan_is_kept(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    type_keys(qtbot, edit, "ab", clock, HUMAN_GAP)
    clock.advance(1.0)
    with qtbot.waitSignal(capture.scanned, timeout=2000):
        type_keys(qtbot, edit, CF, clock, SCAN_GAP, enter=True)
    clock.advance(1.0)
    type_keys(qtbot, edit, "c", clock, HUMAN_GAP)
    qtbot.waitUntil(lambda: edit.text() == "abc", timeout=1000)


def test_upper_case_and_backspace_keep_their_order(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    clock.advance(HUMAN_GAP)
    qtbot.keyClick(edit, "A", Qt.KeyboardModifier.ShiftModifier)
    clock.advance(0.01)  # a quick correction, still inside the burst window
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    clock.advance(HUMAN_GAP)
    qtbot.keyClick(edit, "B", Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: edit.text() == "B", timeout=1000)


def test_keys_reach_the_widget_they_were_typed_into(
    qtbot: QtBot, capture: ScanCapture, clock: FakeClock
) -> None:
    first, second = QLineEdit(), QLineEdit()
    window = host(qtbot, first, second)
    first.setFocus()
    type_keys(qtbot, first, "x", clock, HUMAN_GAP)
    second.setFocus()  # focus moves before the held key is released
    type_keys(qtbot, second, "y", clock, HUMAN_GAP)
    qtbot.waitUntil(lambda: second.text() == "y", timeout=1000)
    assert first.text() == "x"
    assert window.isVisible()


def test_a_pagopa_qr_scan(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    payload = build_qr_payload("301000000000000144", "00296180185", 2221)
    with qtbot.waitSignal(capture.scanned, timeout=2000) as blocker:
        type_keys(qtbot, edit, payload, clock, SCAN_GAP, enter=True)
    decoded = blocker.args[0]
    assert decoded.kind is CodeKind.PAGOPA_QR
    assert decoded.value == "301000000000000144"
    assert edit.text() == ""


def test_an_unknown_code_gives_a_short_message_and_types_nothing(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    scanned: list[object] = []
    rejected: list[Decoded] = []
    capture.scanned.connect(scanned.append)
    capture.rejected.connect(rejected.append)
    with qtbot.waitSignal(capture.unrecognised, timeout=2000) as blocker:
        type_keys(qtbot, edit, "HELLO-WORLD-123", clock, SCAN_GAP, enter=True)
    message = blocker.args[0]
    assert isinstance(message, str)
    qtbot.waitUntil(lambda: bool(rejected), timeout=1000)
    assert rejected[0].kind is CodeKind.UNKNOWN
    assert 0 < len(message) < 200
    assert "HELLO" not in message
    assert edit.text() == ""
    assert scanned == []


def test_a_scan_while_a_button_has_focus_does_not_press_it(
    qtbot: QtBot, capture: ScanCapture, clock: FakeClock
) -> None:
    button = QPushButton("Paga")
    window = host(qtbot, button)
    button.setFocus()
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    with qtbot.waitSignal(capture.scanned, timeout=2000):
        # A Poste Data Matrix is padded with spaces, and Space presses a focused button.
        type_keys(qtbot, button, f"{CF[:8]} {CF[8:]}", clock, SCAN_GAP, enter=True)
    assert clicks == []
    assert window.isVisible()


def test_reset_drops_held_keys_and_uninstall_lets_keys_through(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    type_keys(qtbot, edit, "abc", clock, SCAN_GAP)
    assert capture.pending
    capture.reset()
    assert not capture.pending
    assert edit.text() == ""
    capture.uninstall()
    type_keys(qtbot, edit, "z", clock, SCAN_GAP)
    assert edit.text() == "z"  # straight through, nothing held


def test_flush_delivers_held_keys_now(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    type_keys(qtbot, edit, "ab", clock, SCAN_GAP)
    capture.flush()
    assert edit.text() == "ab"


def test_disabled_capture_lets_a_scan_be_typed(
    qtbot: QtBot, capture: ScanCapture, edit: QLineEdit, clock: FakeClock
) -> None:
    capture.set_enabled(False)
    type_keys(qtbot, edit, CF, clock, SCAN_GAP)
    assert edit.text() == CF
    capture.set_enabled(True)
    assert QApplication.instance() is not None


def test_the_key_events_own_timestamp_is_preferred(qtbot: QtBot, clock: FakeClock) -> None:
    capture = ScanCapture(clock=clock)
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    assert capture.time_of(event) == clock.t  # no timestamp (synthetic): the clock
    event.setTimestamp(123_456)
    assert capture.time_of(event) == pytest.approx(123.456)
    assert ScanCapture(clock=clock, event_time=False).time_of(event) == clock.t
