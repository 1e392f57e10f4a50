"""Lockdown: Alt+F4, Ctrl+Q, Ctrl+W, Escape, context menus (right click, long press) and window
close requests are all ignored until the staff exit is authorised."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLayout, QLineEdit, QMenu, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.lockdown import Lockdown, is_blocked_key
from ui.qtprops import apply_kiosk_window_flags


class Window(QWidget):
    """A kiosk-like window with a text field and the shortcuts a desktop app would have."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kiosk.window")
        apply_kiosk_window_flags(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("field")
        layout = QVBoxLayout(self)
        # Else Qt pushes size hints to the platform window (the offscreen platform warns).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.field)
        self.fired: list[str] = []
        self.menus = 0
        for keys in ("Alt+F4", "Ctrl+Q", "Ctrl+W", "Esc"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda k=keys: self.fired.append(k))
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.field.customContextMenuRequested.connect(self._menu)

    def _menu(self, _pos: QPoint) -> None:
        self.menus += 1


@pytest.fixture
def guarded(qtbot: QtBot) -> Iterator[tuple[Window, Lockdown]]:
    window = Window()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.field.setFocus()
    lockdown = Lockdown(window, keep_full_screen=False)
    lockdown.install()
    yield window, lockdown
    lockdown.uninstall()
    lockdown.deleteLater()


@pytest.mark.parametrize(("key", "mods"), [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
])
def test_quit_and_close_shortcuts_are_ignored(
    qtbot: QtBot, guarded: tuple[Window, Lockdown], key: Qt.Key, mods: Qt.KeyboardModifier
) -> None:
    window, lockdown = guarded
    qtbot.keyClick(window.field, key, mods)
    QApplication.processEvents()
    assert window.fired == []
    assert window.isVisible()
    assert lockdown.blocked >= 1


def test_shortcuts_work_again_once_the_exit_is_authorised(
    qtbot: QtBot, guarded: tuple[Window, Lockdown]
) -> None:
    window, lockdown = guarded
    lockdown.authorise_exit()
    qtbot.keyClick(window.field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.fired == ["Ctrl+Q"]


def test_ordinary_typing_passes(qtbot: QtBot, guarded: tuple[Window, Lockdown]) -> None:
    window, lockdown = guarded
    qtbot.keyClicks(window.field, "Pavia 27100")
    qtbot.keyClick(window.field, Qt.Key.Key_Backspace)
    assert window.field.text() == "Pavia 2710"
    assert lockdown.blocked == 0


def test_window_close_requests_are_refused(
    qtbot: QtBot, guarded: tuple[Window, Lockdown]
) -> None:
    window, lockdown = guarded
    assert not window.close()  # what the compositor's close request ends up calling
    assert window.isVisible()
    lockdown.authorise_exit()
    assert window.close()
    assert not window.isVisible()


def test_context_menus_and_right_clicks_are_swallowed(
    qtbot: QtBot, guarded: tuple[Window, Lockdown]
) -> None:
    window, lockdown = guarded
    before = set(QApplication.topLevelWidgets())
    qtbot.mouseClick(window.field, Qt.MouseButton.RightButton)
    center = window.field.rect().center()
    for reason in (QContextMenuEvent.Reason.Mouse, QContextMenuEvent.Reason.Keyboard,
                   QContextMenuEvent.Reason.Other):  # Other: a long press turned into a menu
        event = QContextMenuEvent(reason, center, window.field.mapToGlobal(center))
        QApplication.sendEvent(window.field, event)
    QApplication.processEvents()
    assert window.menus == 0
    menus = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMenu) and w.isVisible() and w not in before]
    assert menus == []
    assert lockdown.blocked >= 3


def test_blocked_key_table() -> None:
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    assert is_blocked_key(Qt.Key.Key_F4, alt)
    assert is_blocked_key(Qt.Key.Key_Escape, ctrl)
    assert not is_blocked_key(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)
    assert not is_blocked_key(Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier)
    assert not is_blocked_key(Qt.Key.Key_A, ctrl)
