"""Tutor and staff on the real station, as built by ``ui.station`` from a config with accounts.

Covers the wiring: ``header.tutor`` in the header, PIN unlock → banner while the citizen's flow
stays where it was; a badge scan anywhere; the staff unlock opening the staff screen; out of
service and back; Alt+F4 refused by the lockdown; the Aiuto button sending a help request to
the real sandbox, acknowledged through its control API.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.config import parse_config
from kiosk.flows.navigation import Screen
from tests.fixtures.sandbox import Sandbox
from tests.qt.assist_helpers_qt import screenshot
from tests.qt.conftest import StationFactory
from tests.qt.touch_helpers import find, tap
from tests.unit.assist_helpers import STAFF_PIN, TUTOR_BADGE, TUTOR_PIN, fast_hash
from ui.station import Station


def accounts_config(**tables: dict[str, Any]) -> Any:
    site: dict[str, Any] = {
        "accounts": [
            {"id": "T-014", "name": "Maria Bianchi", "role": "tutor",
             "pin_hash": fast_hash(TUTOR_PIN), "badge_hash": fast_hash(TUTOR_BADGE)},
            {"id": "S-002", "name": "Luca Rossi", "role": "staff",
             "pin_hash": fast_hash(STAFF_PIN)},
        ],
        "backend": {"health_interval_s": 1.0, "health_max_interval_s": 2.0},
    }
    site.update(tables)
    return parse_config(site)


def unlock(qtbot: QtBot, station: Station, pin: str) -> None:
    tap(qtbot, station.window, "header.tutor")
    for digit in pin:
        tap(qtbot, station.window, f"pin.key.{digit}")
    tap(qtbot, station.window, "pin.ok")


def test_tutor_pin_unlock_keeps_the_citizen_where_they_were(
    qtbot: QtBot, make_station: StationFactory
) -> None:
    station = make_station(config=accounts_config())
    window = station.window
    station.navigator.start()
    tap(qtbot, window, "home.pay")
    button = find(window, "header.tutor")
    assert min(button.width(), button.height()) >= 61
    unlock(qtbot, station, TUTOR_PIN)
    banner = find(window, "tutor.banner")
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "Maria Bianchi" in " ".join(w.text() for w in banner.findChildren(QLabel))
    assert station.navigator.state is Screen.PAY
    assert station.payments.screen.controller.context.assisted_by is not None
    screenshot(window, "station-assisted")
    # The lockdown: Alt+F4 and a close request do not leave the kiosk.
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert not window.close()
    assert window.isVisible()
    # The citizen's session ends: assisted mode ends with it.
    station.navigator.session_end()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5_000)


def test_badge_scan_anywhere_unlocks_assisted_mode(
    qtbot: QtBot, make_station: StationFactory
) -> None:
    station = make_station(config=accounts_config())
    station.navigator.start()
    focus = QApplication.focusWidget() or station.window
    qtbot.keyClicks(focus, f"SMACY-BADGE:{TUTOR_BADGE}")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(station.window, "tutor.banner").isVisible(), timeout=10_000)


def test_staff_unlock_opens_staff_tools_and_out_of_service_survives_until_reopened(
    qtbot: QtBot, make_station: StationFactory
) -> None:
    station = make_station(config=accounts_config())
    nav = station.navigator
    nav.start()
    unlock(qtbot, station, STAFF_PIN)
    qtbot.waitUntil(lambda: nav.state is Screen.STAFF, timeout=10_000)
    station.assistance.staff.out_of_service_requested.emit("Chiuso per manutenzione")
    station.assistance.staff.closed.emit()
    assert nav.state is Screen.CLOSED
    nav.start()
    assert nav.state is Screen.CLOSED  # citizens cannot start while closed
    assert find(station.window, "header.tutor").isVisible()  # staff can unlock to reopen
    records = [r.action for r in station.assistance.audit.records()]
    assert any(a.startswith("auth.") for a in records)
    station.assistance.staff.back_in_service_requested.emit()
    assert nav.state is Screen.ATTRACT


def test_aiuto_sends_a_help_request_that_the_tutor_acknowledges(
    qtbot: QtBot, make_station: StationFactory, sandbox: Sandbox
) -> None:
    station = make_station()
    station.navigator.start()
    tap(qtbot, station.window, "home.pay")
    tap(qtbot, station.window, "header.help")
    status = find(station.window, "help.status")
    qtbot.waitUntil(lambda: station.assistance.help.help_id is not None, timeout=10_000)
    assert "tutor" in status.text().lower()
    sandbox.control.acknowledge_help(station.assistance.help.help_id)
    qtbot.waitUntil(lambda: "ha visto" in status.text(), timeout=15_000)
