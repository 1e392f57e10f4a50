"""A full-window overlay: a dark scrim over the station with a box on it (idle warning, PIN
keypad, tutor panel). A child of the main window, never a separate top-level window, so nothing
can escape the kiosk; it follows the window's size and swallows taps beside its box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

SCRIM = QColor(0, 0, 0, 170)


class ScrimOverlay(QWidget):
    """Base of the station's overlays; subclasses lay out their box inside it."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self.setGeometry(host.rect())
        host.installEventFilter(self)

    def cover_host(self) -> None:
        """Match the host's size (call before showing)."""
        self.setGeometry(self._host.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), SCRIM)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the screen behind is not usable while the overlay shows

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
