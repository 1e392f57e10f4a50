"""A column that scrolls vertically when its content is taller than the room it gets.

At the largest text size, with read-aloud's bar on screen, some steps (the service tiles, the
pay entry, the help text) are taller than the window. Squeezing them cuts the labels; this
column lets them keep their height and scrolls instead. At the normal text size the content
fits and nothing about the column is visible.

The scroll bar is a real touch target when it shows: as wide as a key (``touch.qss.tmpl``
styles ``QScrollBar``), named, and a finger drag on the content scrolls too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

GAP_PX = 20
"""Space between the content and the scroll bar (5 mm): a tap near a tile is not a scroll."""


class ScrollColumn(QScrollArea):
    """A vertical scroll area around a page-coloured content widget with a column layout.

    Args:
        parent: the owning widget.
        name: ``objectName``; the content is ``<name>.content``, the bar ``<name>.bar``.
        spacing: spacing of :attr:`column` in px.

    Attributes:
        content: the widget that scrolls; add widgets to :attr:`column`.
        column: the content's ``QVBoxLayout`` (no margins).
    """

    def __init__(self, parent: QWidget, name: str, *, spacing: int = 24) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.content = QWidget(self)
        self.content.setObjectName(f"{name}.content")
        self.content.setProperty("surface", "page")
        self.content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(spacing)
        self.setWidget(self.content)
        self.viewport().setProperty("surface", "page")
        bar = self.verticalScrollBar()
        bar.setObjectName(f"{name}.bar")
        bar.rangeChanged.connect(self._keep_gap)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.retranslate()

    def retranslate(self) -> None:
        bar = self.verticalScrollBar()
        bar.setAccessibleName(self.tr("Scorrere per vedere il resto della pagina"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _keep_gap(self, _minimum: int = 0, maximum: int = 0) -> None:
        # A gap between the content and the bar when the bar shows, on the bar's side.
        gap = GAP_PX if maximum > 0 else 0
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self.setViewportMargins(gap, 0, 0, 0)
        else:
            self.setViewportMargins(0, 0, gap, 0)

    def _bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        # The content's own size: the column takes no more room than it needs.
        hint = self.content.sizeHint()
        return QSize(hint.width() + self._bar_width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        # Never narrower than the content's widest unbreakable part (it does not scroll
        # sideways); as low as one line, since the rest scrolls.
        width = self.content.minimumSizeHint().width() + self._bar_width()
        return QSize(width, min(self.content.minimumSizeHint().height(), 120))

    def ensure_shown(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` (inside the content) is in view."""
        self.ensureWidgetVisible(widget, 0, 24)


__all__ = ["ScrollColumn"]
