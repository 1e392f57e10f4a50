"""Test-wide setup: a headless 1920x1080 Qt screen, a throwaway data dir, and leak guards.

The guards follow napari's conftest: a test that leaves a running QThread, an active QTimer,
pending thread-pool work or a new visible top-level window behind fails, because on a station
that runs for weeks each of those is a freeze or a leak waiting to happen.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.fixtures.sandbox", "tests.fixtures.cups"]

_HERE = Path(__file__).resolve().parent
# Set once, before any QApplication exists (pytest-qt creates it lazily).
if os.environ.get("KIOSK_TEST_DISPLAY") != "xvfb":
    _SCREEN = _HERE.parent / "resources" / "qpa" / "offscreen-1920x1080.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("QT_ACCESSIBILITY", "0")
os.environ["QT_LOGGING_RULES"] = "qt.qpa.*=false;qt.multimedia.symbolsresolver=false"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir, so no test sees another's journal or receipts."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KIOSK_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def _qt_leak_guard(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fail a Qt test that leaves threads, timers or windows running behind it."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QEvent, QThread, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = set(map(id, app.topLevelWidgets())) if app else set()
    threads: list[QThread] = []
    timers: list[QTimer] = []
    thread_start = QThread.start
    timer_start = QTimer.start

    def tracked_thread_start(self: QThread, *args: object) -> None:
        threads.append(self)
        thread_start(self, *args)

    def tracked_timer_start(self: QTimer, *args: object) -> None:
        timers.append(self)
        timer_start(self, *args)

    monkeypatch.setattr(QThread, "start", tracked_thread_start)
    monkeypatch.setattr(QTimer, "start", tracked_timer_start)
    yield
    app = QApplication.instance()
    if app is None:
        return
    import shiboken6

    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    problems = []
    running = [t for t in threads if shiboken6.isValid(t) and t.isRunning()]
    if running:
        problems.append(f"{len(running)} QThread(s) still running: {running}")
    active = [t for t in timers if shiboken6.isValid(t) and t.isActive()]
    if active:
        names = [t.objectName() or repr(t) for t in active]
        problems.append(f"{len(active)} QTimer(s) still active: {names}")
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(2000):
        problems.append(f"{pool.activeThreadCount()} thread-pool task(s) still running")
    windows = [w for w in app.topLevelWidgets() if id(w) not in before and w.isVisible()]
    if windows:
        problems.append(f"{len(windows)} top-level window(s) left open: {windows}")
        for window in windows:
            window.close()
            window.deleteLater()
    if problems:
        pytest.fail("Qt leak guard: " + "; ".join(problems), pytrace=False)
