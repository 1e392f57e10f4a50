"""Fixtures for the Qt shell: a built station on the 1920x1080 offscreen screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.config import Config, parse_config
from kiosk.services.client import ServicesClient
from ui.app import create_application, show_station
from ui.station import Station, build_station


def make_config(**tables: dict[str, Any]) -> Config:
    """Bundled defaults with some tables overridden (fast health polling for tests)."""
    site: dict[str, dict[str, Any]] = {
        "station": {"name": "Anagrafe – Palazzo Mezzabarba"},
        "backend": {"health_interval_s": 1.0, "health_max_interval_s": 2.0},
        "ui": {"speech_engine": "mock"},  # Qt's mock engine: no audio device here
    }
    for table, values in tables.items():
        site.setdefault(table, {}).update(values)
    return parse_config(site)


StationFactory = Callable[..., Station]


@pytest.fixture
def make_station(qtbot: QtBot, client: ServicesClient) -> Iterator[StationFactory]:
    """Build (and afterwards shut down) stations on the real sandbox (unless given another
    client); the window is shown full screen, its first frame painted."""
    create_application([])
    built: list[Station] = []

    default_client = client

    def make(client: object | None = None, *, config: Config | None = None,
             grace_s: float = 5.0) -> Station:
        station = build_station(config or make_config(), client or default_client,
                                health_grace_s=grace_s)
        built.append(station)
        qtbot.addWidget(station.window)
        show_station(station.window, windowed=False)
        qtbot.waitExposed(station.window)
        # As a citizen meets it: the first frame painted, and the rest built after it.
        qtbot.waitUntil(lambda: station.finished, timeout=5_000)
        return station

    yield make
    for station in built:
        station.shutdown()


@pytest.fixture
def station(make_station: StationFactory) -> Station:
    """A station with a healthy backend, on the attract screen."""
    return make_station()
