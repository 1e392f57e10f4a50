"""Helpers for the tutor/staff Qt tests: a themed host window, screenshots, secret checks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.qt.touch_helpers import host
from tests.screenshots import shots_dir
from ui.appearance import apply_theme, measure_cap_ratio
from ui.theme import TextSize, ThemeName, make_theme


def themed_host(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    """A 1920x1080 station-styled window holding ``widgets``."""
    return host(qtbot, *widgets)


def restyle(window: QWidget) -> None:
    """Apply the station theme again (after adding overlays as children)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(window, make_theme(ThemeName.NORMAL, TextSize.NORMAL,
                                         measure_cap_ratio(app.font())))


def screenshot(window: QWidget, name: str) -> Path | None:
    """Save a PNG of ``window`` to the screenshots folder (tests/screenshots.py)."""
    path = shots_dir() / f"{name}.png"
    assert window.grab().save(str(path))
    return path


def visible_texts(root: QWidget) -> list[str]:
    """Every text and accessible name under ``root`` (what a screen reader could say)."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        out.append(widget.accessibleName())
        out.append(widget.accessibleDescription())
        out.append(widget.toolTip())
        if isinstance(widget, QAbstractButton | QLabel | QLineEdit):
            out.append(widget.text())
    return out


def small_targets(root: QWidget, minimum: int = 61) -> list[str]:
    """Visible buttons smaller than ``minimum`` px in either direction."""
    return [f"{b.objectName()} {b.width()}x{b.height()}"
            for b in root.findChildren(QAbstractButton)
            if b.isVisible() and (b.width() < minimum or b.height() < minimum)]


def unnamed_controls(root: QWidget) -> list[str]:
    """Buttons and fields under ``root`` without an objectName or an accessibleName."""
    return [f"{type(w).__name__} {w.objectName()!r}"
            for w in root.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QLineEdit)
            and (not w.objectName() or not w.accessibleName())]
