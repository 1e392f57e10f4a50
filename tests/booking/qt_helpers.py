"""Driving the booking screens by objectName, as a citizen's finger would, and counting taps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.screenshots import shots_dir
from ui.theme import MIN_PRIMARY_TARGET_PX, MIN_TARGET_PX


def find(root: QWidget, name: str) -> QWidget:
    """The visible widget named ``name`` under ``root`` (a hidden twin does not count)."""
    matches = [w for w in root.findChildren(QWidget, name) if w.isVisible()]
    assert matches, f"no visible widget named {name!r}"
    return matches[0]


def visible(root: QWidget, name: str) -> bool:
    return any(w.isVisible() for w in root.findChildren(QWidget, name))


def find_prefix(root: QWidget, prefix: str) -> list[QAbstractButton]:
    """Visible buttons whose name starts with ``prefix``, in layout order."""
    return [w for w in root.findChildren(QAbstractButton)
            if w.objectName().startswith(prefix) and w.isVisible()]


class Finger:
    """Taps controls and counts the taps (characters typed are counted apart)."""

    def __init__(self, qtbot: QtBot, root: QWidget) -> None:
        self.qtbot = qtbot
        self.root = root
        self.taps: list[str] = []
        self.characters = 0

    def tap(self, name: str, *, count: bool = True) -> None:
        self.qtbot.waitUntil(lambda: visible(self.root, name), timeout=5000)
        widget = find(self.root, name)
        assert isinstance(widget, QAbstractButton), name
        assert widget.isEnabled(), f"{name} is disabled"
        assert widget.accessibleName(), f"{name} has no accessible name"
        assert widget.height() >= MIN_TARGET_PX, f"{name} is {widget.height()} px high"
        if widget.property("role") == "primary":
            assert widget.height() >= MIN_PRIMARY_TARGET_PX, name
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        if count:
            self.taps.append(name)

    def first(self, prefix: str) -> str:
        """The name of the first visible button named ``prefix...`` (waits for it)."""
        self.qtbot.waitUntil(lambda: bool(find_prefix(self.root, prefix)), timeout=5000)
        return find_prefix(self.root, prefix)[0].objectName()

    def type_keys(self, keyboard_root: QWidget, text: str) -> None:
        """Type ``text`` on the on-screen keyboard under ``keyboard_root`` (not counted)."""
        for char in text:
            keys = [w for w in keyboard_root.findChildren(QAbstractButton, f"osk.key.{char}")
                    if w.isVisible()]
            assert keys, f"no key {char}"
            # Two equal letters in a row: wait out the double-strike guard, like a person.
            self.qtbot.mouseClick(keys[0], Qt.MouseButton.LeftButton)
            self.characters += 1

    def type_field(self, name: str, text: str) -> None:
        """Type into a field with the (physical) keyboard (not counted as taps)."""
        field = find(self.root, name)
        assert isinstance(field, QLineEdit), name
        field.setFocus()
        self.qtbot.keyClicks(field, text)
        self.characters += len(text)


def save(widget: QWidget, name: str) -> Path:
    """Save a screenshot to the screenshots folder (see tests/screenshots.py)."""
    QApplication.processEvents()  # widgets added to a shown layout appear on the next loop
    path = shots_dir() / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
