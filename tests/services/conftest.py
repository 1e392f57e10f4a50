"""Fixtures: one real sandbox server (uvicorn in a child process, loopback, control API on)
per test session, reset before every test, and a services client pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.sandbox.control_client import SandboxControl
from kiosk.sandbox.embedded import EmbeddedSandbox
from kiosk.services.client import ServicesClient

TOKEN = "test-token"


@dataclass
class Sandbox:
    """A running sandbox: its URL, token, control client and process."""

    url: str
    token: str
    control: SandboxControl
    process: EmbeddedSandbox


@pytest.fixture(scope="session")
def _sandbox_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    folder: Path = tmp_path_factory.mktemp("sandbox")
    embedded = EmbeddedSandbox(folder / "sandbox.sqlite3", TOKEN, control=True)
    url = embedded.start()
    try:
        embedded.wait_ready(30)
        with SandboxControl(url) as control:
            yield Sandbox(url, TOKEN, control, embedded)
    finally:
        embedded.stop()


@pytest.fixture
def sandbox(_sandbox_session: Sandbox) -> Sandbox:
    """The session's sandbox, reset to the sample data with no faults."""
    _sandbox_session.control.reset()
    _sandbox_session.control.card_terminal("approve")
    return _sandbox_session


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[ServicesClient]:
    """A client with short timeouts and fast backoff (the policy is the production one)."""
    with ServicesClient(sandbox.url, sandbox.token, kiosk_id="PV-TEST-01", read_timeout=5.0,
                        retries=2, backoff=0.05) as c:
        yield c
