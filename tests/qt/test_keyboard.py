"""The on-screen keyboard, tapped by objectName in a 1920x1080 window like the station's."""

from __future__ import annotations

import string

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.qt.touch_helpers import FakeClock, find, host, tap, tap_keys
from ui.theme import MIN_GAP_PX, MIN_TARGET_PX, TextSize, ThemeName
from ui.widgets.keyboard import Layout, OnScreenKeyboard
from ui.widgets.touchkeys import DOUBLE_STRIKE_S, KeyButton

CHARS = string.digits + string.ascii_uppercase
ACTIONS = ("osk.backspace", "osk.clear", "osk.enter", "osk.layout")


def _setup(
    qtbot: QtBot, size: TextSize = TextSize.NORMAL, theme: ThemeName = ThemeName.NORMAL
) -> tuple[QWidget, OnScreenKeyboard, QLineEdit, FakeClock]:
    clock = FakeClock()
    page = QWidget()
    edit = QLineEdit(page)
    edit.setObjectName("test.field")
    keyboard = OnScreenKeyboard(page, clock=clock)
    keyboard.set_target(edit)
    column = QVBoxLayout(page)
    column.addWidget(edit)
    column.addWidget(keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
    window = host(qtbot, page, size=size, theme=theme)
    edit.setFocus()
    return window, keyboard, edit, clock


def _keys(window: QWidget) -> list[KeyButton]:
    names = [f"osk.key.{c}" for c in CHARS] + list(ACTIONS)
    keys = [find(window, name) for name in names]
    assert all(isinstance(key, KeyButton) for key in keys)
    return keys  # type: ignore[return-value]


def test_every_key_has_its_name_and_a_spoken_name(qtbot: QtBot) -> None:
    window, _, _, _ = _setup(qtbot)
    for key in _keys(window):
        assert key.accessibleName().strip(), key.objectName()
        assert key.isVisible(), key.objectName()
    assert find(window, "osk.key.A").accessibleName() == "Lettera A"
    assert find(window, "osk.key.7").accessibleName() == "Cifra 7"


@pytest.mark.parametrize("size", list(TextSize))
@pytest.mark.parametrize("theme", list(ThemeName))
def test_keys_are_big_and_apart_at_every_text_size(
    qtbot: QtBot, size: TextSize, theme: ThemeName
) -> None:
    window, keyboard, _, _ = _setup(qtbot, size, theme)
    keys = _keys(window)
    for key in keys:
        assert key.width() >= MIN_TARGET_PX + 19, (key.objectName(), key.size())
        assert key.height() >= MIN_TARGET_PX + 19, (key.objectName(), key.size())
        # The label is not cut: it fits inside the key.
        assert key.fontMetrics().horizontalAdvance(key.text()) < key.width() - 8, key.text()
    rects = {key.objectName(): key.geometry() for key in keys}
    for name, rect in rects.items():
        for other_name, other in rects.items():
            if name < other_name:
                # Apart horizontally or vertically by at least 3 mm (so never overlapping).
                gap_x = max(other.left() - rect.right(), rect.left() - other.right()) - 1
                gap_y = max(other.top() - rect.bottom(), rect.top() - other.bottom()) - 1
                assert max(gap_x, gap_y) >= MIN_GAP_PX, (name, other_name)
    # Everything on screen.
    assert window.rect().contains(keyboard.geometry())


def test_keys_never_take_focus_nor_repeat(qtbot: QtBot) -> None:
    window, _, edit, clock = _setup(qtbot)
    for key in _keys(window):
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert not key.autoRepeat()
    tap_keys(qtbot, window, "osk.key.", "RSS", clock)
    assert edit.hasFocus()
    assert edit.text() == "RSS"


def test_keys_insert_at_the_cursor(qtbot: QtBot) -> None:
    window, _, edit, clock = _setup(qtbot)
    tap_keys(qtbot, window, "osk.key.", "ACD", clock)
    edit.setCursorPosition(1)
    tap_keys(qtbot, window, "osk.key.", "B", clock)
    assert edit.text() == "ABCD"
    assert edit.cursorPosition() == 2


def test_a_second_tap_on_the_same_key_within_half_a_second_is_ignored(qtbot: QtBot) -> None:
    window, keyboard, edit, clock = _setup(qtbot)
    accepted: list[str] = []
    keyboard.key_pressed.connect(accepted.append)
    clock.advance(1)
    tap(qtbot, window, "osk.key.S")
    clock.advance(DOUBLE_STRIKE_S - 0.1)  # a finger bouncing on the glass
    tap(qtbot, window, "osk.key.S")
    assert edit.text() == "S"
    tap(qtbot, window, "osk.key.A")  # another key at once is fine
    assert edit.text() == "SA"
    clock.advance(0.05)
    tap(qtbot, window, "osk.key.A")
    assert edit.text() == "SA"
    clock.advance(DOUBLE_STRIKE_S)
    tap(qtbot, window, "osk.key.A")  # a deliberate double letter after a short pause
    assert edit.text() == "SAA"
    assert accepted == ["S", "A", "A"]


def test_backspace_clear_and_confirm(qtbot: QtBot) -> None:
    window, keyboard, edit, clock = _setup(qtbot)
    tap_keys(qtbot, window, "osk.key.", "AB12", clock)
    clock.advance(1)
    tap(qtbot, window, "osk.backspace")
    assert edit.text() == "AB1"
    clock.advance(0.1)
    tap(qtbot, window, "osk.backspace")  # double strike of backspace: ignored too
    assert edit.text() == "AB1"
    clock.advance(1)
    tap(qtbot, window, "osk.clear")
    assert edit.text() == ""
    # Clearing leaves nothing to undo: the text cannot come back.
    assert not edit.isUndoAvailable()
    with qtbot.waitSignal(keyboard.confirmed, timeout=1000):
        clock.advance(1)
        tap(qtbot, window, "osk.enter")


def test_layout_switch_moves_the_same_keys(qtbot: QtBot) -> None:
    window, keyboard, edit, clock = _setup(qtbot)
    a, b, q, w = (find(window, f"osk.key.{c}") for c in "ABQW")
    assert keyboard.letter_layout is Layout.ALPHABETICAL
    assert a.y() == b.y()
    assert a.x() < b.x()
    label = find(window, "osk.layout")
    assert label.text() == "QWERTY"
    clock.advance(1)
    tap(qtbot, window, "osk.layout")
    qtbot.waitUntil(lambda: q.y() == w.y() and q.x() < w.x() and a.y() > q.y())
    assert keyboard.letter_layout is Layout.QWERTY
    assert find(window, "osk.key.A") is a  # same widget, same name
    assert label.text() == "A B C"
    tap_keys(qtbot, window, "osk.key.", "QA", clock)
    assert edit.text() == "QA"
    keyboard.reset()
    qtbot.waitUntil(lambda: a.y() == b.y() and a.x() < b.x())


def test_a_physical_keyboard_still_types_into_the_field(qtbot: QtBot) -> None:
    window, _, edit, clock = _setup(qtbot)
    qtbot.keyClicks(edit, "RSS")
    tap_keys(qtbot, window, "osk.key.", "M", clock)
    assert edit.text() == "RSSM"


def test_the_pressed_key_looks_different(qtbot: QtBot) -> None:
    window, _, _, _ = _setup(qtbot)
    key = find(window, "osk.key.A")
    centre_left = QPoint(8, key.height() // 2)
    up = key.grab().toImage().pixelColor(centre_left)
    key.setDown(True)
    down = key.grab().toImage().pixelColor(centre_left)
    key.setDown(False)
    # Not a subtle shade: the key's background inverts (dark blue in the normal theme).
    assert abs(up.lightness() - down.lightness()) > 100, (up.name(), down.name())


def test_keys_do_nothing_without_a_target(qtbot: QtBot) -> None:
    window, keyboard, edit, clock = _setup(qtbot)
    keyboard.set_target(None)
    tap_keys(qtbot, window, "osk.key.", "A", clock)
    assert edit.text() == ""
    assert keyboard.target is None
