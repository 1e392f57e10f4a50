"""Small widgets and formatting shared by the booking screens.

* :class:`OptionButton`: a large choice (service, office, time, booking) with a title and a
  second line that wraps, the whole button being the target.
* :class:`MessageBar`: what went wrong or what changed, with an icon, a word that says it
  (never colour alone), an optional desk phone and *Riprova*.
* :class:`BusyLabel`: "Un momento…" while a backend call runs.
* Formatting of days, times and amounts in the session's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.flows.booking_ops import FlowMessage
from kiosk.money import format_cents
from ui.appearance import set_icon
from ui.i18n import in_reading_direction
from ui.screens.base import body_label

ROME = ZoneInfo("Europe/Rome")
PRIMARY_MIN_PX = 96
"""Smallest height of a primary control (limit 81 px, 20 mm)."""
CONTROL_MIN_PX = 80
"""Smallest height of every other control (limit 61 px, 15 mm)."""

Language = Callable[[], str]


def day_text(day: date, lang: str, *, long: bool = True) -> str:
    """``Martedì 24 novembre`` (long) or ``mar 24 nov`` in the session's language."""
    fmt = "dddd d MMMM" if long else "ddd d MMM"
    text = QLocale(lang).toString(QDate(day.year, day.month, day.day), fmt)
    return text[:1].upper() + text[1:]


def time_text(moment: datetime) -> str:
    """``09:30`` on the Rome wall clock."""
    return moment.astimezone(ROME).strftime("%H:%M")


def when_text(moment: datetime, lang: str) -> str:
    """``Martedì 24 novembre, 09:30`` on the Rome clock."""
    return f"{day_text(moment.astimezone(ROME).date(), lang)}, {time_text(moment)}"


def until_text(moment: datetime, lang: str) -> str:
    """A limit for the citizen: midnight is shown as the whole previous day.

    ``cancel_until`` is often the midnight that starts a day; "until Friday 00:00" reads as
    Friday, so it is shown as "Thursday 26 November" (the last day one can still act).
    """
    local = moment.astimezone(ROME)
    if (local.hour, local.minute) == (0, 0):
        return day_text(local.date() - timedelta(days=1), lang)
    return when_text(moment, lang)


def month_title(year: int, month: int, lang: str) -> str:
    """``Dicembre 2026``."""
    text = QLocale(lang).toString(QDate(year, month, 1), "MMMM yyyy")
    return text[:1].upper() + text[1:]


def money_text(cents: int, lang: str) -> str:
    """An amount in the session's language (``22,21 €``)."""
    return format_cents(cents, lang)


def translated(message: FlowMessage) -> str:
    """The message in the current language."""
    return QCoreApplication.translate(message.context, message.text)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget (and nested layout) of ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        child = item.layout()
        if child is not None:
            clear_layout(child)


class OptionButton(QPushButton):
    """A large choice: a bold title and a second line (address, place), both wrapping.

    Args:
        parent: the owning widget.
        name: the ``objectName`` (``book.option.cie``, ``book.slot.<id>``...).
        primary: use the primary size (≥ 96 px) instead of the control size (≥ 80 px).
    """

    def __init__(self, parent: QWidget, name: str, *, primary: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "choice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(PRIMARY_MIN_PX if primary else CONTROL_MIN_PX)
        self.title = QLabel(self)
        self.title.setObjectName(f"{name}.title")
        self.title.setWordWrap(True)
        self.title.setProperty("role", "option_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName(f"{name}.subtitle")
        self.subtitle.setWordWrap(True)
        for label in (self.title, self.subtitle):
            # The whole button is the target: labels must not swallow the tap.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            label.setTextFormat(Qt.TextFormat.PlainText)

    # The two labels are placed by hand rather than by a box layout: a layout inside a button
    # shared the height between them by their size hints, so a title that wraps to a third line
    # (a long German service name at the largest size) was cut although the button had grown.
    _MARGIN_X, _MARGIN_Y, _GAP = 28, 14, 4

    def set_texts(self, title: str, subtitle: str = "") -> None:
        """Set both lines; the accessible name reads them together."""
        self.title.setText(in_reading_direction(title))
        self.subtitle.setText(in_reading_direction(subtitle))
        self.subtitle.setVisible(bool(subtitle))
        self.setAccessibleName(f"{title}. {subtitle}" if subtitle else title)
        self._place()
        self.updateGeometry()

    def _labels(self) -> list[QLabel]:
        return [self.title, *([self.subtitle] if self.subtitle.text() else [])]

    def _text_height(self, width: int) -> int:
        inner = max(1, width - 2 * self._MARGIN_X)
        labels = self._labels()
        return (sum(label.heightForWidth(inner) for label in labels)
                + self._GAP * (len(labels) - 1))

    def _place(self) -> None:
        inner = max(1, self.width() - 2 * self._MARGIN_X)
        # Vertically centred when the button is taller than its text needs.
        y = max(self._MARGIN_Y, (self.height() - self._text_height(self.width())) // 2)
        for label in self._labels():
            height = label.heightForWidth(inner)
            label.setGeometry(self._MARGIN_X, y, inner, height)
            y += height + self._GAP

    def sizeHint(self) -> QSize:
        # Labels inside a button do not contribute to its size hint on their own.
        width = max(label.sizeHint().width() for label in self._labels()) + 2 * self._MARGIN_X
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = max(label.minimumSizeHint().width() for label in self._labels())
        return QSize(width + 2 * self._MARGIN_X, self.minimumHeight())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self._text_height(width) + 2 * self._MARGIN_Y)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._place()
            self.updateGeometry()


def touch_button(parent: QWidget, name: str, *, primary: bool = False,
                 checkable: bool = False) -> QPushButton:
    """A plain text button named ``name`` (text and accessible name set by the caller)."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setProperty("role", "primary" if primary else "choice" if checkable else "secondary")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setCheckable(checkable)
    button.setMinimumHeight(PRIMARY_MIN_PX if primary else CONTROL_MIN_PX)
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return button


def set_button(button: QPushButton, text: str, accessible: str | None = None) -> None:
    """Text and accessible name of a button in one call."""
    button.setText(text)
    button.setAccessibleName(accessible or text)


class MessageBar(QFrame):
    """A message at the top of a step: icon, text, desk phone, *Riprova*.

    Args:
        parent: the owning widget.
        prefix: object-name prefix (``book`` → ``book.message``, ``book.retry``).
    """

    def __init__(self, parent: QWidget, prefix: str) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}.message_bar")
        self.setProperty("role", "notice")
        self.icon = QLabel(self)
        self.icon.setObjectName(f"{prefix}.message_icon")
        set_icon(self.icon, "warning", "notice", "small")
        self.text = body_label(self, f"{prefix}.message")
        self.phone = body_label(self, f"{prefix}.phone")
        self.phone.setStyleSheet("font-weight: bold;")
        self.retry = touch_button(self, f"{prefix}.retry", primary=True)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.text)
        column.addWidget(self.phone)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 20, 28, 20)
        row.setSpacing(28)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        row.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignVCenter)
        self._message: FlowMessage | None = None
        self._error = False
        self.retranslate()  # names the controls; hides the bar while there is no message

    def show_message(self, message: FlowMessage | None, *, error: bool) -> None:
        """Show ``message`` (an error offers *Riprova* when it is retryable); None hides."""
        self._message = message
        self._error = error
        self.retranslate()

    def retranslate(self) -> None:
        # The button is named even while hidden: a screen reader may list it.
        set_button(self.retry, self.tr("Riprova"), self.tr("Riprova l'operazione"))
        message = self._message
        if message is None:
            self.hide()
            return
        lead = self.tr("Attenzione:") if self._error else self.tr("Nota:")
        self.text.setText(f"{lead} {translated(message)}")
        self.phone.setText(
            self.tr("Telefono dello sportello: %1").replace("%1", message.phone or ""))
        self.phone.setVisible(bool(message.phone))
        self.retry.setVisible(self._error and message.retryable)
        self.setAccessibleName(self.text.text())
        self.show()


class BusyLabel(QLabel):
    """'Un momento, prego…' shown while the backend is asked something."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "muted")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def retranslate(self) -> None:
        self.setText(self.tr("Un momento, prego: sto chiedendo al servizio…"))
        self.setAccessibleName(self.text())


def grid_of(widgets: list[QWidget], columns: int, spacing: int = 24) -> QGridLayout:
    """Widgets in a grid, row by row."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(spacing)
    grid.setVerticalSpacing(spacing)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
    for column in range(columns):
        # Equal columns even when the last row (or the only one) is short.
        grid.setColumnStretch(column, 1)
    return grid


__all__ = [
    "CONTROL_MIN_PX",
    "PRIMARY_MIN_PX",
    "BusyLabel",
    "Language",
    "MessageBar",
    "OptionButton",
    "clear_layout",
    "day_text",
    "grid_of",
    "money_text",
    "month_title",
    "set_button",
    "time_text",
    "touch_button",
    "translated",
    "until_text",
    "when_text",
]
