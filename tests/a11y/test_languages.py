"""Switching language at run time from the header: every language offered, Arabic mirrors the
whole layout, what the citizen entered survives, and the next citizen starts in Italian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.flows.navigation import Screen
from tests.a11y.walk import ALL_LANGUAGES, Built, settle
from ui.i18n import LANGUAGE_NAMES


def tap(qtbot: QtBot, built: Built, name: str) -> None:
    widget = next((w for w in built.window.findChildren(QWidget, name) if w.isVisible()), None)
    assert widget is not None, f"no visible {name!r}"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, built: Built, code: str) -> None:
    tap(qtbot, built, "header.language")
    qtbot.waitUntil(lambda: built.station.navigator.state is Screen.LANGUAGE)
    tap(qtbot, built, f"language.{code}")
    qtbot.waitUntil(lambda: built.station.languages.current == code)
    settle()


def start(qtbot: QtBot, built: Built) -> None:
    tap(qtbot, built, "attract.start")
    qtbot.waitUntil(lambda: built.station.navigator.state is Screen.HOME)


def test_every_language_is_offered_on_the_language_screen(qtbot: QtBot, kiosk: Built) -> None:
    assert kiosk.station.languages.languages == ALL_LANGUAGES
    start(qtbot, kiosk)
    tap(qtbot, kiosk, "header.language")
    qtbot.waitUntil(lambda: kiosk.station.navigator.state is Screen.LANGUAGE)
    for code in ALL_LANGUAGES:
        button = kiosk.window.findChild(QWidget, f"language.{code}")
        assert button is not None, code
        assert button.isVisible()
        assert LANGUAGE_NAMES[code] in button.text()


@pytest.mark.parametrize("code", [c for c in ALL_LANGUAGES if c != "it"])
def test_switching_translates_the_screen_and_the_header(
    qtbot: QtBot, kiosk: Built, code: str
) -> None:
    start(qtbot, kiosk)
    italian = (kiosk.window.home.heading.text(), kiosk.window.header.help.text())
    choose(qtbot, kiosk, code)
    assert kiosk.station.navigator.state is Screen.HOME  # back where the citizen was
    assert kiosk.window.home.heading.text() != italian[0]
    assert kiosk.window.header.help.text() != italian[1]


def test_arabic_mirrors_the_whole_layout(qtbot: QtBot, kiosk: Built) -> None:
    start(qtbot, kiosk)
    book, pay = kiosk.window.home.tiles[Screen.BOOK], kiosk.window.home.tiles[Screen.PAY]

    def x(widget: QWidget) -> int:
        return widget.mapTo(kiosk.window, QPoint(0, 0)).x()

    assert x(book) < x(pay)  # left to right: the first choice on the left
    choose(qtbot, kiosk, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kiosk.window.isRightToLeft()
    assert x(book) > x(pay)  # right to left: the first choice on the right
    header = kiosk.window.header
    assert x(header.help) < x(header.language)  # the header mirrors too
    choose(qtbot, kiosk, "it")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert x(book) < x(pay)


def test_what_was_entered_survives_a_language_switch(qtbot: QtBot, kiosk: Built) -> None:
    start(qtbot, kiosk)
    tap(qtbot, kiosk, "home.pay")
    qtbot.waitUntil(lambda: kiosk.station.navigator.state is Screen.PAY)
    pay = kiosk.window.screens[Screen.PAY]
    field = getattr(pay, "notice_field", None)
    if field is None:
        pytest.skip("the pay screen is not wired into the station yet")
    for digit in "3010":
        tap(qtbot, kiosk, f"keypad.key.{digit}")
    typed = field.value()
    assert typed
    for code in ("ar", "zh", "de"):
        choose(qtbot, kiosk, code)
        assert kiosk.station.navigator.state is Screen.PAY
        assert field.value() == typed


def test_the_next_citizen_starts_in_the_default_language(qtbot: QtBot, kiosk: Built) -> None:
    start(qtbot, kiosk)
    choose(qtbot, kiosk, "ar")
    kiosk.station.navigator.session_end()
    settle()
    assert kiosk.station.languages.current == "it"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
