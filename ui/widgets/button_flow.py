"""A row of buttons that becomes a column when the row does not fit.

Button labels grow with the text size and with the language (German, Ukrainian and the +40%
pseudo-locale are much longer than Italian). A plain ``QHBoxLayout`` then squeezes the buttons
below their size hint and the labels are cut. :class:`ButtonFlow` keeps every button at least
as wide as its label: side by side while they fit, otherwise one under the other at the full
width, so the screen grows in height instead (the layout reports ``heightForWidth``).

All or nothing on purpose: a row of two and a lone third button reads like a different group,
a column never does.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class ButtonFlow(QLayout):
    """Buttons side by side when they fit the width, else stacked full width.

    In a row, extra width goes to the buttons whose horizontal size policy expands (shared
    equally); the others keep their size hint and the row is aligned to the leading edge
    (or centred with ``centre=True``). Right-to-left languages mirror the row.

    Args:
        parent: the widget the layout manages (or None, to nest it in another layout).
        spacing: gap between the buttons in px, in both directions (≥ 12 px, 3 mm).
        centre: centre a row that does not fill the width.
        last_apart: in a row, put the last button at the trailing edge, apart from the others
            (the way a dialog keeps its main action away from *Chiudi*).
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 32,
                 centre: bool = False, last_apart: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # heightForWidth cache, emptied by invalidate()
        self._centre = centre
        self._last_apart = last_apart
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout ------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Asked many times per layout pass (as QBoxLayout does, cache until invalidated).
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def sizeHint(self) -> QSize:
        items = self._shown()
        hints = [item.sizeHint() for item in items]
        width = sum(h.width() for h in hints) + self.spacing() * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        # Stacked, the layout is as narrow as its widest button.
        items = self._shown()
        width = max((self._need(item).width() for item in items), default=0)
        height = max((self._need(item).height() for item in items), default=0)
        return self._with_margins(QSize(width, height))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # --- placing ------------------------------------------------------------------------
    def stacked(self, width: int | None = None) -> bool:
        """Whether the buttons are one under the other at ``width`` (default: the current)."""
        if width is None:
            width = self.geometry().width()
        margins = self.contentsMargins()
        return not self._fits(width - margins.left() - margins.right())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _need(item: QLayoutItem) -> QSize:
        """What a button needs: its size hint, never below its minimum."""
        return item.sizeHint().expandedTo(item.minimumSize())

    def _fits(self, width: int) -> bool:
        items = self._shown()
        need = sum(self._need(item).width() for item in items)
        return need + self.spacing() * max(0, len(items) - 1) <= width

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return QSize(size.width() + margins.left() + margins.right(),
                     size.height() + margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the buttons in ``rect`` (when ``apply``); returns the height used."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._shown()
        if not items:
            return 0
        gap = self.spacing()
        if self._fits(inner.width()):
            height = max(self._need(item).height() for item in items)
            widths = [self._need(item).width() for item in items]
            spare = inner.width() - sum(widths) - gap * (len(items) - 1)
            growing = [i for i, item in enumerate(items) if self._expands(item)]
            if growing and spare > 0:
                share, rest = divmod(spare, len(growing))
                for n, index in enumerate(growing):
                    widths[index] += share + (1 if n < rest else 0)
                spare = 0
            apart = self._last_apart and len(items) > 1
            x = inner.x() + (spare // 2 if self._centre and not apart else 0)
            if apply:
                for index, (item, width) in enumerate(zip(items, widths, strict=True)):
                    if apart and index == len(items) - 1:
                        x += spare
                    self._place(item, QRect(x, inner.y(), width, height), rect)
                    x += width + gap
            return height + margins.top() + margins.bottom()
        y = inner.y()
        for item in items:
            height = self._need(item).height()
            if item.hasHeightForWidth():
                height = max(height, item.heightForWidth(inner.width()))
            if apply:
                self._place(item, QRect(inner.x(), y, inner.width(), height), rect)
            y += height + gap
        return y - gap - inner.y() + margins.top() + margins.bottom()

    @staticmethod
    def _expands(item: QLayoutItem) -> bool:
        widget = item.widget()
        if widget is None:
            return False
        policy = widget.sizePolicy().horizontalPolicy()
        return bool(policy.value & QSizePolicy.PolicyFlag.ExpandFlag.value)

    def _place(self, item: QLayoutItem, box: QRect, outer: QRect) -> None:
        parent = self.parentWidget()
        direction = (parent.layoutDirection() if parent is not None
                     else Qt.LayoutDirection.LeftToRight)
        item.setGeometry(QStyle.visualRect(direction, outer, box))


def button_flow(*buttons: QWidget, spacing: int = 32, centre: bool = False,
                last_apart: bool = False) -> ButtonFlow:
    """A :class:`ButtonFlow` holding ``buttons`` in this order."""
    flow = ButtonFlow(spacing=spacing, centre=centre, last_apart=last_apart)
    for button in buttons:
        flow.addWidget(button)
    return flow


__all__ = ["ButtonFlow", "button_flow"]
