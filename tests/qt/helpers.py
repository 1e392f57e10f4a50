"""Finding and tapping controls by objectName, as a citizen's finger would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from ui.station import Station


def find(station: Station, name: str) -> QWidget:
    widget = station.window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget


def tap(qtbot: QtBot, station: Station, name: str) -> None:
    """Click the control ``name``; it must be visible and enabled, like for a citizen."""
    widget = find(station, name)
    assert isinstance(widget, QAbstractButton), name
    assert widget.isVisible(), f"{name} is not visible"
    assert widget.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def current_screen(station: Station) -> str:
    return station.window.stack.currentWidget().objectName()
