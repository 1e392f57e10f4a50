"""Backend health polling with exponential back-off, driving the out-of-service screen.

Timeline:

* At start-up the first check runs at once. A *slow* answer shows nothing (the embedded sandbox
  may still be booting; its socket queues connections, so the call just takes a moment). Failed
  checks within the start-up grace period are retried every ``quick_retry_s``; when the backend
  is still failing once the grace is over, the station goes out of service. With a backend that
  is really down that happens after ``grace_s`` (5 s by default), well within 10 s.
* While up: a check every ``interval_s``. One failure is confirmed by a quick retry before the
  station goes out of service, so a single dropped connection does not interrupt a citizen.
* While down: checks every ``interval_s``, doubling up to ``max_interval_s``; the first success
  brings the station back.

Checks run on the :class:`~ui.tasks.TaskRunner`, one at a time, so a hung backend never piles
up requests.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import TaskRunner

log = logging.getLogger("kiosk.backend")


def backoff_delay(interval_s: float, max_interval_s: float, failed_checks: int) -> float:
    """Delay before the next check after ``failed_checks`` failures while down (1, 2, 3 …).

    ``interval_s`` doubled per failure, never above ``max_interval_s``.
    """
    grown = interval_s * 2.0 ** max(0, failed_checks)
    return float(min(grown, max(interval_s, max_interval_s)))


class HealthMonitor(QObject):
    """Polls ``check()`` and reports the backend going down and coming back.

    Args:
        check: a blocking callable that returns on success and raises on failure
            (``ServicesClient.health``).
        runner: where checks run.
        interval_s: poll period while up, and first back-off step while down.
        max_interval_s: back-off ceiling while down.
        grace_s: start-up period during which failures are retried quietly.
        quick_retry_s: delay of the confirming retry after a failure.
    """

    backend_down = Signal()
    backend_up = Signal()
    checked = Signal(bool)
    """Every finished check: True if the backend answered (diagnostics, tests)."""

    def __init__(
        self,
        check: Callable[[], object],
        runner: TaskRunner,
        *,
        interval_s: float,
        max_interval_s: float,
        grace_s: float = 5.0,
        quick_retry_s: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._runner = runner
        self._interval_s = interval_s
        self._max_interval_s = max(max_interval_s, interval_s)
        self._grace_s = grace_s
        self._quick_retry_s = quick_retry_s
        self._timer = QTimer(self)
        self._timer.setObjectName("kiosk.health_timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_check)
        self._up: bool | None = None
        self._failures = 0
        self._down_checks = 0
        self._started_at = 0.0
        self._task: int | None = None
        self._running = False

    @property
    def is_up(self) -> bool | None:
        """True/False once known; None before the first answer."""
        return self._up

    @property
    def next_delay_s(self) -> float:
        """Seconds until the next scheduled check (0 when none is scheduled)."""
        return self._timer.remainingTime() / 1000 if self._timer.isActive() else 0.0

    def start(self) -> None:
        """Begin polling (first check now)."""
        if self._running:
            return
        self._running = True
        self._started_at = time.monotonic()
        self._run_check()

    def stop(self) -> None:
        """Stop polling; a check in flight is ignored when it returns."""
        self._running = False
        self._timer.stop()
        if self._task is not None:
            self._runner.discard(self._task)
            self._task = None

    def check_now(self) -> None:
        """Check at once (e.g. the citizen pressed "try again")."""
        if self._running and self._task is None:
            self._timer.stop()
            self._run_check()

    # --- internals -----------------------------------------------------------------------
    def _schedule(self, delay_s: float) -> None:
        if self._running:
            self._timer.start(max(0, round(delay_s * 1000)))

    def _run_check(self) -> None:
        if not self._running or self._task is not None:
            return
        self._task = self._runner.run(self._check, self._on_ok, self._on_fail)

    def _on_ok(self, _result: object) -> None:
        self._task = None
        was = self._up
        self._up, self._failures, self._down_checks = True, 0, 0
        self.checked.emit(True)
        if was is False:
            log.warning("backend is back")
            self.backend_up.emit()
        elif was is None:
            log.info("backend is up")
        self._schedule(self._interval_s)

    def _on_fail(self, exc: BaseException) -> None:
        self._task = None
        self._failures += 1
        self.checked.emit(False)
        detail = getattr(exc, "detail", None) or str(exc)
        if self._up is False:
            self._down_checks += 1
            delay = backoff_delay(self._interval_s, self._max_interval_s, self._down_checks)
            log.info("backend still down (%s); next check in %.0f s", detail, delay)
            self._schedule(delay)
            return
        in_grace = self._up is None and time.monotonic() - self._started_at < self._grace_s
        confirming = self._up is True and self._failures < 2
        if in_grace or confirming:
            log.info("backend check failed (%s); retrying", detail)
            self._schedule(self._quick_retry_s)
            return
        log.warning("backend down: %s: %s", type(exc).__name__, detail)
        self._up = False
        self._down_checks = 0
        self.backend_down.emit()
        self._schedule(self._interval_s)
