"""Fixtures of the accessibility tests: the whole station built in-process
(``kiosk.app.build_kiosk``) against the shared real sandbox backend (tests/fixtures/sandbox.py),
shown full screen on the 1920x1080 test screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.a11y.walk import Built, build
from tests.fixtures.sandbox import Sandbox

KioskFactory = Callable[..., Built]


@pytest.fixture
def make_kiosk(
    qtbot: QtBot, sandbox: Sandbox, tmp_path: Path
) -> Iterator[KioskFactory]:
    """Build (and afterwards shut down) whole stations talking to the sandbox."""
    built: list[Built] = []

    def make(**ui: Any) -> Built:
        station = build(tmp_path / f"kiosk{len(built)}.toml", sandbox.url, sandbox.token,
                        engine="mock", **ui)
        built.append(station)
        qtbot.addWidget(station.window)
        qtbot.waitExposed(station.window)
        return station

    yield make
    for station in built:
        station.close()


@pytest.fixture
def kiosk(make_kiosk: KioskFactory) -> Built:
    """A station on the attract screen, read-aloud available with Qt's mock speech engine."""
    return make_kiosk()
