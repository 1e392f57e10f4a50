"""A one-line label that shortens its text with "…" instead of clipping it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_SHOWN_CHARS = 8
"""Fewer characters than this before the "…" say nothing ("Ana…"): the label then shows
nothing at all rather than a stub."""


class ElidedLabel(QLabel):
    """Shows as much of its text as fits, or nothing when too little would fit; the full text
    stays the accessible name and what :meth:`text` returns.

    The label shows the shortened text itself (re-shortened when its width, font or text
    changes), so QLabel paints it with the stylesheet's background and colour as usual.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self.setToolTip("")
        self._elide()

    def text(self) -> str:
        """The full text, as given to :meth:`setText` (the label may show less of it)."""
        return self._full

    def shown_text(self) -> str:
        """What the label shows now: the text, shortened with "…", or nothing."""
        return super().text()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        full = self._full
        width = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        if not self.isVisible() or width <= 0 or metrics.horizontalAdvance(full) <= width:
            # Until shown and laid out the width is not final: shortened then. A text that fits
            # needs no shortening, nor PySide's Qt types (see ui.qtprops): the usual first frame.
            text = full
        else:
            from PySide6.QtCore import Qt

            text = metrics.elidedText(full, Qt.TextElideMode.ElideRight, width)
            if text != full and len(text.rstrip("…").strip()) < min(MIN_SHOWN_CHARS, len(full)):
                text = ""
        if text != super().text():
            super().setText(text)
