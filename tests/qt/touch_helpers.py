"""Helpers for the touch-widget tests: a fake clock, a themed 1920x1080 host, taps by name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLayout, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.appearance import apply_theme, measure_cap_ratio
from ui.theme import TextSize, ThemeName, make_theme

SCREEN = (1920, 1080)


class FakeClock:
    """Monotonic seconds that only move when the test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def host(
    qtbot: QtBot,
    *widgets: QWidget,
    size: TextSize = TextSize.NORMAL,
    theme: ThemeName = ThemeName.NORMAL,
) -> QWidget:
    """A full-screen window holding ``widgets``, styled like the station, shown."""
    window = QWidget()
    window.setObjectName("kiosk_root")
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    column.setContentsMargins(0, 0, 0, 0)
    # A top-level layout would push its minimum size to the window system, which the
    # offscreen platform warns about; the window has the screen's fixed size anyway.
    column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    for widget in widgets:
        column.addWidget(widget)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(window, make_theme(theme, size, measure_cap_ratio(app.font())))
    window.setGeometry(0, 0, *SCREEN)
    window.show()
    qtbot.waitExposed(window)
    return window


def find(root: QWidget, name: str) -> QWidget:
    widget = root.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget


def tap(qtbot: QtBot, root: QWidget, name: str) -> None:
    """Tap control ``name``: it must be visible and enabled, as for a citizen."""
    widget = find(root, name)
    assert isinstance(widget, QAbstractButton), name
    assert widget.isVisible(), f"{name} is not visible"
    assert widget.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tap_keys(qtbot: QtBot, root: QWidget, prefix: str, text: str, clock: FakeClock) -> None:
    """Tap ``prefix + char`` for each character, one second apart (no double-strike)."""
    for char in text:
        clock.advance(1.0)
        tap(qtbot, root, f"{prefix}{char}")
