"""A push button whose label breaks onto two lines when the button gets too narrow.

A ``QPushButton`` never wraps: squeezed below its size hint it cuts its label. On the staff
screen two columns of long labels share the width; at the largest text size in a long
language they cannot all stay on one line. :class:`WrapButton` keeps the whole label: on one
line when there is room, else broken at the space nearest the middle. Its minimum width is the
two-line width, so a layout never squeezes it further.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QWidget


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle (unchanged if it has no space)."""
    middle = len(text) / 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


class WrapButton(QPushButton):
    """A button with a label on one line while it fits, on two lines when it does not.

    :meth:`text` returns what is drawn (with the line break); :meth:`full_text` the label as
    set. Set the accessible name as for any button: read-aloud reads that.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def full_text(self) -> str:
        """The label as set, on one line."""
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        # Before the first layout the width means nothing: start on one line, and let the
        # layout's resize break it if it must.
        self._rewrap(self._laid_out_width())

    def hint_for(self, text: str) -> QSize:
        """The size hint ``QPushButton`` would give for ``text`` (icon, padding, style)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        metrics = self.fontMetrics()
        lines = text.split("\n")
        width = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        height = metrics.height() * len(lines) if text else 0
        if not self.icon().isNull():
            icon = self.iconSize()
            width += icon.width() + 4
            height = max(height, icon.height())
        height = max(height, metrics.height())
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(width, height), self)

    def minimumSizeHint(self) -> QSize:
        # QPushButton's own minimum is its size hint: one line. Ours is the two-line label.
        return self.hint_for(two_lines(self._full))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rewrap(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new text size (stylesheet, font) changes what fits.
        self._rewrap(self._laid_out_width())

    def _laid_out_width(self) -> int:
        return self.width() if self.isVisible() else 0

    def _rewrap(self, width: int) -> None:
        one_line = self.hint_for(self._full).width()
        shown = self._full if width <= 0 or one_line <= width else two_lines(self._full)
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()


__all__ = ["WrapButton", "two_lines"]
