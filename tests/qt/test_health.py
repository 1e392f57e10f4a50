"""Out-of-service screen driven by real health checks against the sandbox over HTTP."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.sandbox.control_client import SandboxControl
from kiosk.sandbox.embedded import EmbeddedSandbox, sandbox_command
from kiosk.services.client import ServicesClient
from tests.qt.conftest import StationFactory
from tests.qt.helpers import current_screen, find, tap
from ui.health import backoff_delay

TOKEN = "sandbox-token"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SandboxOnPort:
    """The real sandbox server started later on a port chosen in advance."""

    def __init__(self, port: int, db: Path) -> None:
        self.port, self.db = port, db
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        # Its output goes to a file next to the db, to read when a test fails.
        with open(self.db.parent / f"sandbox-{self.port}.log", "ab") as log:
            self.process = subprocess.Popen(
                [*sandbox_command(), "--host", "127.0.0.1", "--port", str(self.port),
                 "--db", str(self.db), "--token", TOKEN],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


@pytest.fixture
def client_factory() -> Iterator:
    clients: list[ServicesClient] = []

    def make(url: str) -> ServicesClient:
        client = ServicesClient(url, TOKEN, kiosk_id="PV-TEST-01", connect_timeout=1.0,
                                read_timeout=3.0, retries=0)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def test_down_at_start_shows_out_of_service_then_recovers(
    qtbot: QtBot, make_station: StationFactory, client_factory, tmp_path: Path
) -> None:
    port = _free_port()  # nothing listens: connections are refused
    started = time.monotonic()
    station = make_station(client_factory(f"http://127.0.0.1:{port}"), grace_s=2.0)
    assert current_screen(station) == "attract"  # no flash before the grace is over
    qtbot.waitUntil(lambda: current_screen(station) == "offline", timeout=10_000)
    assert time.monotonic() - started >= 2.0
    message = find(station, "offline.message")
    assert message.isVisible()
    assert "riprova da sola" in message.text()
    assert not find(station, "header.home").isVisible()

    sandbox = SandboxOnPort(port, tmp_path / "sandbox.db")
    sandbox.start()
    try:
        # Polled every 1 s, backing off to 2 s: back within a few seconds of the server.
        qtbot.waitUntil(lambda: current_screen(station) == "attract", timeout=20_000)
        assert station.health.is_up is True
    finally:
        sandbox.stop()


@pytest.fixture(scope="module")
def fault_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, SandboxControl]]:
    """One real sandbox with its control API (faults) for the tests below."""
    server = EmbeddedSandbox(tmp_path_factory.mktemp("sandbox") / "sandbox.db", TOKEN,
                             control=True)
    url = server.start()
    control = SandboxControl(url)
    try:
        server.wait_ready()
        yield url, control
    finally:
        control.close()
        server.stop()


@pytest.fixture
def control(fault_sandbox: tuple[str, SandboxControl]) -> Iterator[SandboxControl]:
    fault_sandbox[1].clear_faults()
    yield fault_sandbox[1]
    fault_sandbox[1].clear_faults()


def test_backend_failing_mid_session_and_back_restores_the_screen(
    qtbot: QtBot, make_station: StationFactory, client_factory, fault_sandbox, control
) -> None:
    station = make_station(client_factory(fault_sandbox[0]))
    qtbot.waitUntil(lambda: station.health.is_up is True, timeout=10_000)
    tap(qtbot, station, "attract.start")
    tap(qtbot, station, "home.help")
    control.faults(error_status=503, error_count=10_000, error_path_prefix="/v1/health")
    qtbot.waitUntil(lambda: current_screen(station) == "offline", timeout=10_000)
    control.clear_faults()
    qtbot.waitUntil(lambda: current_screen(station) == "help", timeout=10_000)
    tap(qtbot, station, "header.back")
    assert current_screen(station) == "home"


def test_slow_first_answer_does_not_flash_out_of_service(
    qtbot: QtBot, make_station: StationFactory, client_factory, fault_sandbox, control
) -> None:
    """A backend still booting answers late: nothing is shown until it answers."""
    control.faults(latency_ms=2900, latency_path_prefix="/v1/health")  # < read timeout 3 s
    station = make_station(client_factory(fault_sandbox[0]), grace_s=0.5)
    qtbot.wait(700)  # past the 0.5 s grace period, the first answer still on its way
    assert station.health.is_up is None
    assert current_screen(station) == "attract"
    control.clear_faults()
    qtbot.waitUntil(lambda: station.health.is_up is True, timeout=10_000)
    assert current_screen(station) == "attract"


def test_one_failure_while_up_is_confirmed_before_going_out_of_service(
    qtbot: QtBot, make_station: StationFactory, client_factory, fault_sandbox, control
) -> None:
    station = make_station(client_factory(fault_sandbox[0]))
    downs: list[None] = []
    checks: list[bool] = []
    station.health.backend_down.connect(lambda: downs.append(None))
    qtbot.waitUntil(lambda: station.health.is_up is True, timeout=10_000)
    station.health.checked.connect(checks.append)
    control.faults(error_status=503, error_count=1, error_path_prefix="/v1/health")
    # One failed check, then the confirming retry succeeds.
    qtbot.waitUntil(lambda: checks[checks.index(False):][1:2] == [True] if False in checks
                    else False, timeout=10_000)
    assert downs == []
    assert station.health.is_up is True
    assert current_screen(station) == "attract"


def test_backoff_grows_to_the_maximum() -> None:
    delays = [backoff_delay(15, 120, n) for n in range(1, 6)]
    assert delays == [30, 60, 120, 120, 120]
    assert backoff_delay(15, 120, 0) == 15
    assert backoff_delay(30, 10, 3) == 30  # a maximum below the interval never shortens it
