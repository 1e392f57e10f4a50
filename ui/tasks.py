"""Run blocking work (backend calls, printing) off the GUI thread; deliver results on it.

Screens never block: they hand a callable to :class:`TaskRunner`, which runs it on a private
``QThreadPool`` and delivers the result or the exception back on the GUI thread through a
queued signal. Workers only compute and return; they never touch a widget (the failure mode of
Mu's workers that STYLE.md warns about). Model: Anki ``aqt/taskman.py`` and ``QueryOp``.

When no failure callback is given, the runner's default failure handler is called with the
exception and a ``retry`` callable; the station wires it to the error screen.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("kiosk.tasks")

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]
DefaultFailure = Callable[[BaseException, Callable[[], None]], None]


class _Task(NamedTuple):
    fn: Callable[[], Any]
    on_success: SuccessCallback | None
    on_failure: FailureCallback | None


class _Job(QRunnable):
    """Runs one task on a pool thread and reports through the runner's signal."""

    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._task_id = task_id
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # every failure goes back to the GUI thread, typed
            self._runner._report(self._task_id, False, exc)
        else:
            self._runner._report(self._task_id, True, result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread.

    Args:
        max_threads: pool size; health checks and screen work share it, so keep a few.
        parent: Qt parent.
    """

    # (task id, succeeded, result or exception); emitted from pool threads, queued to the GUI.
    _finished = Signal(int, bool, object)

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk.task_runner")
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._tasks: dict[int, _Task] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._default_failure: DefaultFailure | None = None
        self._finished.connect(self._deliver)

    # --- public API ----------------------------------------------------------------------
    def set_default_failure(self, handler: DefaultFailure | None) -> None:
        """Handler for failures of tasks started without ``on_failure``.

        It receives the exception and a ``retry()`` callable that starts the same task again.
        """
        self._default_failure = handler

    def run(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
    ) -> int:
        """Run ``fn()`` on a worker thread.

        ``on_success(result)`` or ``on_failure(exception)`` is later called on the GUI thread,
        unless the runner was shut down in between.

        Returns:
            The task id (for :meth:`discard`).

        Raises:
            RuntimeError: the runner is shut down.
        """
        if self._closed:
            raise RuntimeError("TaskRunner is shut down")
        task_id = next(self._ids)
        self._tasks[task_id] = _Task(fn, on_success, on_failure)
        self._pool.start(_Job(self, task_id, fn))
        return task_id

    def discard(self, task_id: int) -> None:
        """Forget a task's callbacks: its result will be dropped (e.g. the screen was left)."""
        self._tasks.pop(task_id, None)

    @property
    def pending(self) -> int:
        """Tasks started whose callbacks have not run yet."""
        return len(self._tasks)

    def shutdown(self, timeout_ms: int = 15000) -> bool:
        """Drop queued tasks, wait for running ones, and deliver nothing more.

        A running Python callable cannot be interrupted; backend calls end within their own
        connect/read timeouts, which bound this wait.

        Returns:
            True if every worker finished within ``timeout_ms``.
        """
        with self._lock:
            self._closed = True
        self._pool.clear()
        self._tasks.clear()
        done = self._pool.waitForDone(timeout_ms)
        if not done:
            log.error("task runner: %d task(s) still running at shutdown",
                      self._pool.activeThreadCount())
        return done

    # --- internals -----------------------------------------------------------------------
    def _report(self, task_id: int, ok: bool, value: object) -> None:
        # Called on a pool thread. The lock keeps us from emitting into a runner that is
        # being shut down (and possibly deleted) on the GUI thread.
        with self._lock:
            if not self._closed:
                self._finished.emit(task_id, ok, value)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, value: Any) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None or self._closed:
            return
        if ok:
            if task.on_success is not None:
                task.on_success(value)
            return
        exc: BaseException = value
        log.warning("task failed: %s: %s", type(exc).__name__, getattr(exc, "detail", exc))
        if task.on_failure is not None:
            task.on_failure(exc)
        elif self._default_failure is not None:
            self._default_failure(exc, lambda: self._retry(task))
        else:
            log.error("unhandled task failure", exc_info=exc)

    def _retry(self, task: _Task) -> None:
        if not self._closed:
            self.run(task.fn, task.on_success, task.on_failure)
