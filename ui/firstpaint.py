"""Wait for a window's first paint: used by ``kiosk --smoke`` and by the start-up benchmark.

The same function measures the kiosk and a bare PySide6 window, so the two figures compare like
with like: process creation → the first complete paint pass of the shown window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _PaintWatcher(QObject):
    def __init__(self, window: QWidget, loop: QEventLoop) -> None:
        super().__init__()
        self.window = window
        self.loop = loop
        self.painted = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (not self.painted and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget) and obj.window() is self.window):
            self.painted = True
            # Quit after the whole paint pass this event belongs to has finished.
            QTimer.singleShot(0, self.loop.quit)
        return False


def show_full_screen(window: QWidget) -> None:
    """Full screen with no window manager: the geometry must be set before showing."""
    screen = window.screen() or QApplication.primaryScreen()
    window.setGeometry(screen.geometry())
    window.showFullScreen()


def wait_first_paint(app: QApplication, window: QWidget, timeout_ms: int = 30_000,
                     *, windowed: bool = False) -> bool:
    """Show ``window`` (unless already visible) and block until its first paint pass is done.

    Returns:
        True when the window painted within ``timeout_ms``.
    """
    loop = QEventLoop()
    watcher = _PaintWatcher(window, loop)
    app.installEventFilter(watcher)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(timeout_ms)
    try:
        if not window.isVisible():
            if windowed:
                window.show()
            else:
                show_full_screen(window)
        if not watcher.painted:
            loop.exec()
    finally:
        deadline.stop()
        app.removeEventFilter(watcher)
    return watcher.painted
