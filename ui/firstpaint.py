"""Wait for a window's first paint: used by ``kiosk --smoke`` and by the start-up benchmark.

The same function measures the kiosk and a bare PySide6 window, so the two figures compare like
with like: process creation → the first complete paint pass of the shown window.

The watcher filters the window's own events, not the application's. A paint pass paints the
window first and then its children, so the window's paint event marks the pass; an
application-wide Python filter would instead take every event of the frame into Python, and
PySide would create a Python type for each kind of object and event it met on the way. That cost
(tens of milliseconds) belongs to the measuring, not to either window.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.procstat import memory_mib, process_age_ms

last_paint_ms: float | None = None
"""Process age (ms) at the end of the last :func:`wait_first_paint`'s paint pass."""
last_paint_figures: dict[str, float] = {}
"""RSS and PSS (MiB), the CPU time used so far (``cpu_ms``: all threads) and the system's
monotonic clock (``monotonic_ms``) at that moment."""


class _PaintWatcher(QObject):
    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.painted = False
        self.painted_at_ms: float | None = None
        self.figures: dict[str, float] = {}

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            # The window paints first in its pass. Quit after the whole pass has finished,
            # noting the time then: whatever else the same loop turn runs afterwards is not
            # the paint.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted_at_ms = process_age_ms()
        cpu_ms = round(time.process_time() * 1000, 1)
        # The system-wide monotonic clock too: a launcher that noted the same clock just
        # before starting the process gets the start-up to the microsecond (the process age
        # from /proc counts in 10 ms ticks).
        self.figures = {**memory_mib(), "cpu_ms": cpu_ms,
                        "monotonic_ms": round(time.monotonic() * 1000, 3)}
        self.loop.quit()


def show_full_screen(window: QWidget) -> None:
    """Full screen with no window manager: the geometry must be set before showing."""
    screen = window.screen() or QApplication.primaryScreen()
    window.setGeometry(screen.geometry())
    window.showFullScreen()


def wait_first_paint(app: QApplication, window: QWidget, timeout_ms: int = 30_000,
                     *, show: Callable[[QWidget], None] = show_full_screen) -> bool:
    """Show ``window`` (unless already visible) and block until its first paint pass is done.

    ``show`` shows it (default: full screen with no window manager). It is called with the
    watcher in place: a platform may paint inside ``show()`` already.

    Returns:
        True when the window painted within ``timeout_ms``; :data:`last_paint_ms` then holds
        the process's age (ms) when the paint pass ended.
    """
    global last_paint_ms, last_paint_figures
    loop = QEventLoop()
    watcher = _PaintWatcher(loop)
    window.installEventFilter(watcher)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(timeout_ms)
    try:
        if not window.isVisible():
            show(window)
        if watcher.painted_at_ms is None:  # (a paint inside show() still ends in _done)
            loop.exec()
    finally:
        deadline.stop()
        window.removeEventFilter(watcher)
    last_paint_ms = watcher.painted_at_ms
    last_paint_figures = watcher.figures
    return watcher.painted
