"""Unexpected exceptions: logged with the traceback, a calm screen instead of a crash."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.qt.conftest import StationFactory
from tests.qt.helpers import current_screen, find, tap


def _visible_text(station) -> str:
    labels = station.window.findChildren(QLabel)
    return "\n".join(label.text() for label in labels if label.isVisible())


def test_the_station_installs_and_restores_the_excepthook(make_station: StationFactory) -> None:
    before = sys.excepthook
    station = make_station()
    assert sys.excepthook == station.crash.handle
    station.shutdown()
    assert sys.excepthook == before


def test_exception_in_a_slot_shows_the_calm_screen_and_logs(
    qtbot: QtBot, make_station: StationFactory, caplog: pytest.LogCaptureFixture
) -> None:
    station = make_station()
    tap(qtbot, station, "attract.start")
    tap(qtbot, station, "home.help")

    def broken_slot() -> None:
        raise ZeroDivisionError("secret internal state 1234")

    caplog.set_level(logging.CRITICAL, logger="kiosk.crash")
    # pytest-qt captures exceptions raised in Qt callbacks; our hook runs first, then chains
    # to it, so the test sees exactly the one exception it provoked.
    with qtbot.capture_exceptions() as captured:
        station.crash.uninstall()
        station.crash.install()
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: current_screen(station) == "crash")
        station.crash.uninstall()
    assert len(captured) == 1
    assert captured[0][0] is ZeroDivisionError
    records = [r for r in caplog.records if r.name == "kiosk.crash"]
    assert records
    assert records[0].exc_info is not None
    assert "ZeroDivisionError" in caplog.text
    text = _visible_text(station)
    assert "Qualcosa non ha funzionato. Ricominciamo." in text
    assert "Traceback" not in text
    assert "1234" not in text
    assert station.navigator.back_stack == ()
    tap(qtbot, station, "crash.restart")
    assert current_screen(station) == "home"


def test_crash_screen_in_english(qtbot: QtBot, make_station: StationFactory) -> None:
    station = make_station()
    station.languages.set_language("en")
    station.window.retranslate()
    station.crash.uninstall()  # called directly below; no harness hook to chain to
    try:
        raise KeyError("boom")
    except KeyError:
        station.crash.handle(*sys.exc_info())
    assert current_screen(station) == "crash"
    assert find(station, "crash.title").text() == "Something went wrong. Let's start again."
    assert find(station, "crash.restart").text() == "Start again"
