"""Inactivity detection: any tap or key press restarts the countdown.

This is the minimal policy of the foundation issue (back to the attract loop after
``idle.timeout_s``). The "do you need more time?" warning required by WCAG 2.2.1 belongs to the
session/idle issue and will hook in here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`timed_out` after ``timeout_s`` without user input.

    Install it with ``app.installEventFilter(watcher)``; it never consumes events.
    """

    timed_out = Signal()

    def __init__(self, timeout_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("kiosk.idle_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(timeout_s * 1000))
        self._timer.timeout.connect(self.timed_out)

    def start(self) -> None:
        """Start (or restart) the countdown."""
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
