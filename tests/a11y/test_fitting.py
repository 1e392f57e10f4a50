"""The widgets that let long texts fit (issue 8): button rows that stack, buttons whose label
wraps, action keys that widen, keyboards whose keys shrink within the target limit, columns
that scroll, and the help screen's status line. Each is checked with the walkers' own
clipping check (:func:`tests.a11y.walk.clipped`), at the sizes where it matters."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.a11y.walk import MIN_TARGET_PX, clipped, clipping_problems, settle
from tests.qt.touch_helpers import host
from ui.screens.help import STATUS_GAP_PX, HelpScreen
from ui.theme import TextSize
from ui.widgets.button_flow import ButtonFlow
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keypad import NumericKeypad
from ui.widgets.scroll import ScrollColumn
from ui.widgets.touchkeys import KEY_H, KEY_MIN_H
from ui.widgets.wrap_button import WrapButton

LONG = "Stampa il riepilogo di tutte le ricevute del giorno"


def _flow_box(*labels: str) -> tuple[QWidget, ButtonFlow, list[QPushButton]]:
    box = QWidget()
    flow = ButtonFlow(box, spacing=32)
    buttons = []
    for text in labels:
        button = QPushButton(text, box)
        button.setProperty("role", "secondary")
        flow.addWidget(button)
        buttons.append(button)
    return box, flow, buttons


def test_a_button_row_fits_side_by_side_then_stacks(qtbot: QtBot) -> None:
    box, flow, (first, second) = _flow_box("Controlla l'avviso", "Ticket sanitario")
    _window = host(qtbot, box, size=TextSize.LARGEST)
    settle()
    assert not flow.stacked()
    assert first.y() == second.y()
    assert first.x() + first.width() + 32 <= second.x()
    narrow = max(first.sizeHint().width(), second.sizeHint().width()) + 40
    box.setFixedWidth(narrow)
    qtbot.waitUntil(lambda: second.y() > first.y())
    settle()
    assert flow.stacked()
    assert first.width() == second.width() == narrow  # one under the other, full width
    assert second.y() >= first.y() + first.height() + 32  # the gap stays
    assert box.height() >= second.y() + second.height()  # the row grew in height
    assert clipped(first) == ""
    assert clipped(second) == ""


def test_a_button_row_mirrors_right_to_left(qtbot: QtBot) -> None:
    box, _flow, (first, second) = _flow_box("Annulla", "Conferma")
    box.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _window = host(qtbot, box)
    settle()
    assert first.y() == second.y()
    assert first.x() > second.x()  # the first button sits at the right edge
    assert first.x() + first.width() == box.width()


def test_a_wrap_button_breaks_its_label_instead_of_cutting_it(qtbot: QtBot) -> None:
    box = QWidget()
    column = QVBoxLayout(box)
    button = WrapButton(box)
    button.setText(LONG)
    column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    _window = host(qtbot, box, size=TextSize.LARGEST)
    settle()
    assert button.text() == LONG
    assert clipped(button) == ""
    button.setFixedWidth(button.minimumSizeHint().width())
    qtbot.waitUntil(lambda: "\n" in button.text())
    settle()
    assert button.full_text() == LONG
    assert button.text().replace("\n", " ") == LONG
    assert clipped(button) == ""  # the walkers' own check: nothing cut, in width or height


def test_action_keys_widen_together_for_a_long_label(qtbot: QtBot) -> None:
    keypad = NumericKeypad()
    _window = host(qtbot, keypad, size=TextSize.LARGEST)
    designed = keypad.enter.width()
    keypad.enter.setText("✓ Bestätigen und weiter zum nächsten Schritt")
    settle()
    assert keypad.enter.width() > designed
    assert clipped(keypad.enter) == ""
    assert keypad.backspace.width() == keypad.clear.width() == keypad.enter.width()
    keypad.retranslate()  # back to the short Italian label: back to the designed width
    settle()
    assert keypad.enter.width() == designed


def test_keyboard_keys_shrink_on_a_short_screen_but_stay_targets(qtbot: QtBot) -> None:
    keyboard = OnScreenKeyboard()
    box = QWidget()
    column = QVBoxLayout(box)
    column.addStretch(1)
    column.addWidget(keyboard)
    _window = host(qtbot, box, size=TextSize.LARGEST)
    settle()
    assert {key.height() for key in keyboard.keys.values()} == {KEY_H}
    box.setFixedHeight(keyboard.minimumSizeHint().height())
    qtbot.waitUntil(lambda: keyboard.keys["A"].height() < KEY_H)
    settle()
    heights = {key.height() for key in (*keyboard.keys.values(), keyboard.enter)}
    assert heights == {KEY_MIN_H}
    assert KEY_MIN_H >= MIN_TARGET_PX
    rows = sorted({key.y() for key in keyboard.keys.values()})
    assert all(b - a >= KEY_MIN_H for a, b in itertools.pairwise(rows))  # no overlap
    assert clipping_problems(keyboard) == []


def test_a_column_too_tall_for_its_room_scrolls_with_a_named_touch_bar(qtbot: QtBot) -> None:
    box = QWidget()
    column = QVBoxLayout(box)
    scroll = ScrollColumn(box, "test.scroll")
    for index in range(12):
        label = QLabel(f"Paragrafo {index}: " + "una frase piuttosto lunga " * 6, scroll.content)
        label.setObjectName(f"test.paragraph.{index}")
        label.setWordWrap(True)
        scroll.column.addWidget(label)
    column.addWidget(scroll)
    _window = host(qtbot, box, size=TextSize.LARGEST)
    box.setFixedHeight(500)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    settle()
    assert bar.objectName() == "test.scroll.bar"
    assert bar.accessibleName()
    assert bar.width() >= MIN_TARGET_PX
    assert bar.height() >= MIN_TARGET_PX
    assert clipping_problems(scroll.content) == []  # the paragraphs keep their height


def test_the_help_status_is_a_quiet_line_with_space_above(qtbot: QtBot) -> None:
    screen = HelpScreen()
    status = QLabel()
    status.setObjectName("help.status")
    status.setProperty("role", "title")  # as the help request makes it
    screen.add_status(status)
    _window = host(qtbot, screen)
    status.setText("Un tutor sta arrivando. Resti pure qui.")
    status.show()
    settle()
    assert screen.status_row.isVisible()
    assert status.property("role") != "title"
    assert status.font().pixelSize() == screen.desk.font().pixelSize()  # body text
    assert not status.font().bold()
    assert screen.status_icon.isVisible()
    privacy = screen.privacy.geometry()
    row = screen.status_row.geometry()
    gap = status.mapTo(screen, status.rect().topLeft()).y() - screen.privacy.mapTo(
        screen, screen.privacy.rect().bottomLeft()).y()
    assert row.top() > privacy.bottom()
    assert gap >= STATUS_GAP_PX
    assert clipped(status) == ""
    status.hide()
    settle()
    assert not screen.status_row.isVisible()  # nothing to say: no line, no icon
