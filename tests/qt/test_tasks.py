"""Task runner: work off the GUI thread, results and failures back on it."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services.errors import BackendOffline
from tests.qt.conftest import StationFactory
from tests.qt.helpers import current_screen, find, tap
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot: QtBot):
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
    tasks.deleteLater()


def test_work_runs_off_the_gui_thread_and_delivers_on_it(qtbot: QtBot, runner) -> None:
    gui = threading.get_ident()
    ran_on: list[int] = []
    delivered_on: list[int] = []
    results: list[int] = []

    def work() -> int:
        ran_on.append(threading.get_ident())
        return 42

    def done(value: int) -> None:
        delivered_on.append(threading.get_ident())
        results.append(value)

    runner.run(work, done)
    qtbot.waitUntil(lambda: results == [42])
    assert ran_on[0] != gui
    assert delivered_on == [gui]
    assert runner.pending == 0


def test_failure_is_delivered_as_the_exception(qtbot: QtBot, runner) -> None:
    failures: list[BaseException] = []

    def work() -> None:
        raise ValueError("broken")

    runner.run(work, lambda _: pytest.fail("no success expected"), failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert isinstance(failures[0], ValueError)


def test_discarded_task_delivers_nothing(qtbot: QtBot, runner) -> None:
    release = threading.Event()
    delivered: list[object] = []
    task = runner.run(lambda: release.wait(5), delivered.append)
    runner.discard(task)
    release.set()
    assert runner.shutdown()
    qtbot.wait(50)
    assert delivered == []


def test_shutdown_waits_for_running_work_and_refuses_new(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    finished = threading.Event()

    def work() -> None:
        started.set()
        finished.wait(0.3)

    delivered: list[object] = []
    runner.run(work, delivered.append)
    assert started.wait(5)
    assert runner.shutdown(timeout_ms=5000)
    assert runner.pending == 0
    with pytest.raises(RuntimeError):
        runner.run(lambda: None)
    qtbot.wait(50)
    assert delivered == []  # nothing is delivered after shutdown
    runner.deleteLater()


def test_default_failure_shows_the_error_screen_with_retry(
    qtbot: QtBot, make_station: StationFactory
) -> None:
    station = make_station()
    tap(qtbot, station, "attract.start")
    tap(qtbot, station, "home.pay")
    attempts: list[int] = []
    results: list[str] = []

    def flaky() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise BackendOffline("connection refused (test)")
        return "ok"

    station.runner.run(flaky, results.append)
    qtbot.waitUntil(lambda: current_screen(station) == "error")
    message = find(station, "error.message").text()
    assert message == BackendOffline("x").user_message  # translated, in Italian now
    assert "refused" not in message  # the technician's detail never reaches the screen
    tap(qtbot, station, "error.retry")
    qtbot.waitUntil(lambda: results == ["ok"])
    assert current_screen(station) == "pay"


def test_error_screen_home_and_translation(qtbot: QtBot, make_station: StationFactory) -> None:
    station = make_station()
    tap(qtbot, station, "attract.start")

    def broken() -> None:
        raise RuntimeError("internal detail that must not be shown")

    station.runner.run(broken)
    qtbot.waitUntil(lambda: current_screen(station) == "error")
    message = find(station, "error.message")
    assert "internal detail" not in message.text()
    assert "Riprovi" in message.text()
    station.languages.set_language("en")
    station.window.retranslate()
    assert "try again" in message.text()
    assert find(station, "error.home").text() == "Back to start"
    tap(qtbot, station, "error.home")
    assert current_screen(station) == "home"
