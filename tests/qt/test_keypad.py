"""The numeric keypad, with a plain field and with the grouped notice-number field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.qt.touch_helpers import FakeClock, find, host, tap, tap_keys
from ui.theme import MIN_GAP_PX, MIN_TARGET_PX, TextSize
from ui.widgets.grouped_edit import GroupedLineEdit
from ui.widgets.keypad import NumericKeypad
from ui.widgets.touchkeys import DOUBLE_STRIKE_S

NAMES = [f"keypad.key.{d}" for d in "0123456789"] + [
    "keypad.backspace", "keypad.clear", "keypad.enter",
]


def _setup(
    qtbot: QtBot, edit: QLineEdit | None = None, size: TextSize = TextSize.NORMAL
) -> tuple[QWidget, NumericKeypad, QLineEdit, FakeClock]:
    clock = FakeClock()
    page = QWidget()
    edit = edit or QLineEdit()
    edit.setParent(page)
    keypad = NumericKeypad(page, clock=clock)
    keypad.set_target(edit)
    column = QVBoxLayout(page)
    column.addWidget(edit)
    column.addWidget(keypad, 0, Qt.AlignmentFlag.AlignHCenter)
    window = host(qtbot, page, size=size)
    edit.setFocus()
    return window, keypad, edit, clock


@pytest.mark.parametrize("size", list(TextSize))
def test_keys_are_named_big_apart_and_never_take_focus(qtbot: QtBot, size: TextSize) -> None:
    window, _, _, _ = _setup(qtbot, size=size)
    rects = {}
    for name in NAMES:
        key = find(window, name)
        assert key.isVisible()
        assert key.accessibleName().strip(), name
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert key.width() >= MIN_TARGET_PX + 19
        assert key.height() >= MIN_TARGET_PX + 19
        assert key.fontMetrics().horizontalAdvance(key.text()) < key.width() - 8, key.text()
        rects[name] = key.geometry()
    for name, rect in rects.items():
        for other_name, other in rects.items():
            if name < other_name:
                gap_x = max(other.left() - rect.right(), rect.left() - other.right()) - 1
                gap_y = max(other.top() - rect.bottom(), rect.top() - other.bottom()) - 1
                assert max(gap_x, gap_y) >= MIN_GAP_PX, (name, other_name)
    assert find(window, "keypad.key.7").accessibleName() == "Cifra 7"


def test_digits_backspace_clear_confirm(qtbot: QtBot) -> None:
    window, keypad, edit, clock = _setup(qtbot)
    tap_keys(qtbot, window, "keypad.key.", "1207", clock)
    assert edit.text() == "1207"
    assert edit.hasFocus()
    clock.advance(1)
    tap(qtbot, window, "keypad.backspace")
    assert edit.text() == "120"
    clock.advance(1)
    tap(qtbot, window, "keypad.clear")
    assert edit.text() == ""
    assert not edit.isUndoAvailable()
    with qtbot.waitSignal(keypad.confirmed, timeout=1000):
        clock.advance(1)
        tap(qtbot, window, "keypad.enter")


def test_no_double_strike(qtbot: QtBot) -> None:
    window, _, edit, clock = _setup(qtbot)
    clock.advance(1)
    tap(qtbot, window, "keypad.key.3")
    clock.advance(DOUBLE_STRIKE_S / 2)
    tap(qtbot, window, "keypad.key.3")
    assert edit.text() == "3"
    clock.advance(DOUBLE_STRIKE_S)
    tap(qtbot, window, "keypad.key.3")
    assert edit.text() == "33"


def test_notice_number_is_shown_in_fours_and_kept_without_spaces(qtbot: QtBot) -> None:
    window, _, edit, clock = _setup(qtbot, GroupedLineEdit.for_notice())
    assert isinstance(edit, GroupedLineEdit)
    tap_keys(qtbot, window, "keypad.key.", "301000000000000144", clock)
    assert edit.text() == "3010 0000 0000 0001 44"
    assert edit.value() == "301000000000000144"
    tap_keys(qtbot, window, "keypad.key.", "9", clock)  # 19th digit: refused
    assert edit.value() == "301000000000000144"
    clock.advance(1)
    tap(qtbot, window, "keypad.backspace")
    assert edit.text() == "3010 0000 0000 0001 4"


def test_keypad_inserts_at_the_cursor_of_a_grouped_field(qtbot: QtBot) -> None:
    window, _, edit, clock = _setup(qtbot, GroupedLineEdit.for_notice())
    tap_keys(qtbot, window, "keypad.key.", "30100", clock)
    assert edit.text() == "3010 0"
    edit.setCursorPosition(2)  # between "30" and "10"
    tap_keys(qtbot, window, "keypad.key.", "9", clock)
    assert edit.text() == "3091 00"
    assert edit.cursorPosition() == 3


def test_keys_typing_a_pin_are_marked_never_to_be_spoken(qtbot: QtBot) -> None:
    pin = QLineEdit()
    pin.setEchoMode(QLineEdit.EchoMode.Password)
    window, keypad, edit, clock = _setup(qtbot, pin)
    assert keypad.property("no_speech") is True
    tap_keys(qtbot, window, "keypad.key.", "1234", clock)
    assert edit.text() == "1234"
    keypad.set_target(QLineEdit(window))
    assert keypad.property("no_speech") is False


def test_a_second_keypad_on_a_screen_can_have_its_own_names(qtbot: QtBot) -> None:
    keypad = NumericKeypad(name="pay.phone_keypad")
    window = host(qtbot, keypad)
    assert find(window, "pay.phone_keypad.key.5") is keypad.keys["5"]
    assert find(window, "pay.phone_keypad.enter") is keypad.enter
