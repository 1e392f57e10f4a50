"""Call a tutor against the real sandbox over HTTP: the request reaches the backend with the
station, the screen and the time; "Un tutor sta arrivando" shows, then "Il tutor ha visto la sua
richiesta" once the sandbox control API acknowledges it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from kiosk.receipts import ROME
from kiosk.services.client import ServicesClient
from tests.fixtures.sandbox import Sandbox
from tests.qt.assist_helpers_qt import screenshot, themed_host
from ui.help_request import HelpRequester, HelpState, HelpStatusLabel
from ui.tasks import TaskRunner

WHEN = datetime(2026, 11, 23, 10, 15, tzinfo=ROME)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


def test_help_request_is_sent_and_acknowledged(
    qtbot: QtBot, sandbox: Sandbox, client: ServicesClient, runner: TaskRunner
) -> None:
    requester = HelpRequester(client, runner, "PV-TEST-01", poll_ms=100, clock=lambda: WHEN)
    label = HelpStatusLabel(requester)
    window = themed_host(qtbot, label)
    assert not label.isVisible()

    assert requester.request("pay")
    qtbot.waitUntil(lambda: requester.state is HelpState.WAITING, timeout=10000)
    assert label.isVisible()
    assert "Un tutor sta arrivando" in label.text()
    assert not requester.request("pay")  # one request per session, not one per tap
    screenshot(window, "help-request-waiting")

    assert requester.help_id is not None
    stored = client.help_request_status(requester.help_id)
    assert (stored.station, stored.screen, stored.time) == ("PV-TEST-01", "pay", WHEN)
    assert stored.status == "open"

    sandbox.control.acknowledge_help(requester.help_id)
    qtbot.waitUntil(lambda: requester.state is HelpState.ACKNOWLEDGED, timeout=10000)
    assert "Il tutor ha visto la sua richiesta" in label.text()
    assert label.accessibleName() == label.text()
    poll = requester.findChild(type(requester._timer), "help.poll")
    assert poll is not None
    assert not poll.isActive()

    requester.reset()  # the session ends
    assert not label.isVisible()
    assert requester.request("home")  # the next citizen may ask again
    qtbot.waitUntil(lambda: requester.state is HelpState.WAITING, timeout=10000)
    requester.reset()


def test_unreachable_backend_says_so(qtbot: QtBot, runner: TaskRunner) -> None:
    with ServicesClient("http://127.0.0.1:9", "t", kiosk_id="PV-TEST-01", connect_timeout=0.5,
                        read_timeout=0.5, retries=0) as client:
        requester = HelpRequester(client, runner, "PV-TEST-01", poll_ms=100)
        label = HelpStatusLabel(requester)
        window = themed_host(qtbot, label)
        requester.request("home")
        qtbot.waitUntil(lambda: requester.state is HelpState.FAILED, timeout=10000)
        assert "Si rivolga allo sportello" in label.text()
        assert label.isVisible()
        requester.reset()
        window.close()
