"""A short message over the bottom of the window (e.g. "this code is not one I can read here").

It is a child of the main window, never a separate top-level window, it is not colour-only (an
icon and text), and it stays long enough to be read at a slow pace (default 6 s).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.appearance import set_icon


class Toast(QWidget):
    """A transient message at the bottom centre of ``host``."""

    def __init__(self, host: QWidget, *, duration_ms: int = 6000) -> None:
        super().__init__(host)
        self.setObjectName("toast")
        self.setProperty("role", "toast")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.icon = QLabel(self)
        self.icon.setObjectName("toast.icon")
        set_icon(self.icon, "warning", "notice", "small")
        self.message = QLabel(self)
        self.message.setObjectName("toast.message")
        self.message.setProperty("role", "toast_text")
        self.message.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 20, 32, 20)
        row.setSpacing(20)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.message, 1)
        self._timer = QTimer(self)
        self._timer.setObjectName("toast.timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(duration_ms)
        self._timer.timeout.connect(self.dismiss)
        host.installEventFilter(self)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` (already translated) for a few seconds."""
        self.message.setText(text)
        self.setAccessibleName(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def dismiss(self) -> None:
        self._timer.stop()
        self.message.setText("")
        self.setAccessibleName("")
        self.hide()

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        width = min(1200, host.width() - 128)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((host.width() - width) // 2, host.height() - self.height() - 48)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
