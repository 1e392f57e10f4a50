"""A one-line label that shortens its text with "…" instead of clipping it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QStyleOption, QWidget

MIN_SHOWN_CHARS = 8
"""Fewer characters than this before the "…" say nothing ("Ana…"): the label then shows
nothing at all rather than a stub."""


class ElidedLabel(QLabel):
    """Shows as much of its text as fits, or nothing when too little would fit; the full text
    stays the accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        self.setToolTip("")

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        rect = self.contentsRect()
        full = self.text()
        text = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, rect.width())
        if text != full and len(text.rstrip("…").strip()) < min(MIN_SHOWN_CHARS, len(full)):
            text = ""
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), text)
        painter.end()
