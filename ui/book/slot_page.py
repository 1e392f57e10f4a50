"""When: the next days with free times as large buttons, a month calendar for later dates,
and the times of the selected day, in pages (no scrolling on a kiosk)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.flows.slot_choice import QUICK_DAYS, SlotChoice
from ui.book.parts import (
    CONTROL_MIN_PX,
    PRIMARY_MIN_PX,
    Language,
    clear_layout,
    day_text,
    grid_of,
    month_title,
    set_button,
    time_text,
    touch_button,
)
from ui.screens.base import body_label, title_label

TIMES_PER_PAGE = 12
"""Times shown at once (4 rows of 3); more are reached with *Orari successivi*."""

def _text_height(label: QLabel, width: int) -> int:
    """Height of a (possibly wrapping) label at ``width``."""
    if label.wordWrap() and label.hasHeightForWidth():
        return max(label.heightForWidth(width), label.fontMetrics().height())
    return label.sizeHint().height()

class SlotPage(QWidget):
    """When: the next days with free times, a month calendar for later, the day's times.

    Args:
        parent: the owning widget.
        prefix: object-name prefix (``book`` → ``book.day.<date>``, ``book.slot.<id>``).
        language: the session's language code.
    """

    day_chosen = Signal(object)
    slot_chosen = Signal(str)

    def __init__(self, parent: QWidget, prefix: str, language: Language) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}.page.slot")
        self._prefix = prefix
        self._lang = language
        self._choice: SlotChoice | None = None
        self._heading = ""
        self._month: tuple[int, int] | None = None
        self._times_key: tuple[int, date | None] | None = None
        # How many day buttons and times fit: recomputed from the real height (text size).
        self._quick_count = QUICK_DAYS
        self._per_page = TIMES_PER_PAGE
        self._calendar_open = False
        self.title = title_label(self, f"{prefix}.slot.title")
        self.subtitle = body_label(self, f"{prefix}.slot.subtitle")
        self.days_title = body_label(self, f"{prefix}.slot.days_title")
        self.days_box = QVBoxLayout()
        self.days_box.setSpacing(16)
        self.calendar_toggle = touch_button(self, f"{prefix}.calendar")
        self.calendar_toggle.clicked.connect(self._toggle_calendar)
        self.calendar = QWidget(self)
        self.calendar.setObjectName(f"{prefix}.calendar_view")
        self.month_prev = touch_button(self.calendar, f"{prefix}.month.prev")
        self.month_next = touch_button(self.calendar, f"{prefix}.month.next")
        self.month_label = title_label(self.calendar, f"{prefix}.month.title")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_prev.clicked.connect(lambda: self._shift_month(-1))
        self.month_next.clicked.connect(lambda: self._shift_month(1))
        self.month_grid = QGridLayout()
        self.month_grid.setSpacing(12)
        cal = QVBoxLayout(self.calendar)
        cal.setContentsMargins(0, 0, 0, 0)
        cal.setSpacing(12)
        nav = QHBoxLayout()
        nav.addWidget(self.month_prev)
        nav.addWidget(self.month_label, 1)
        nav.addWidget(self.month_next)
        cal.addLayout(nav)
        cal.addLayout(self.month_grid)
        self.quick = QWidget(self)
        self.quick.setObjectName(f"{prefix}.quick_days")
        self.quick.setLayout(self.days_box)
        self.left = QStackedWidget(self)
        self.left.addWidget(self.quick)
        self.left.addWidget(self.calendar)
        self.times_title = title_label(self, f"{prefix}.slot.times_title")
        self.times_grid = QGridLayout()
        self.times_grid.setSpacing(20)
        # No scrolling on a kiosk (a drag is a gesture): long days are shown in pages.
        self._times_page = 0
        self.times_prev = touch_button(self, f"{prefix}.times.prev")
        self.times_next = touch_button(self, f"{prefix}.times.next")
        self.times_prev.clicked.connect(lambda: self._page_times(-1))
        self.times_next.clicked.connect(lambda: self._page_times(1))
        self.day_buttons: dict[date, QPushButton] = {}
        self.time_buttons: dict[str, QPushButton] = {}

        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.days_title)
        left.addWidget(self.left)
        left.addWidget(self.calendar_toggle)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(20)
        right.addWidget(self.times_title)
        right.addLayout(self.times_grid)
        paging = QHBoxLayout()
        paging.setSpacing(24)
        paging.addWidget(self.times_prev)
        paging.addWidget(self.times_next)
        paging.addStretch(1)
        right.addLayout(paging)
        right.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(56)
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(20)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addLayout(body, 1)

    # --- data ----------------------------------------------------------------------------
    def set_choice(self, choice: SlotChoice | None, heading: str) -> None:
        """Show ``choice`` (None while loading); rebuilds only what changed."""
        self._heading = heading
        if choice is not self._choice:
            self._choice = choice
            self._calendar_open = False
            self._month = None
            self._times_key = None
            self._build_days()
        times_key = (id(choice), choice.day if choice is not None else None)
        if times_key != self._times_key:
            # Rebuild the time buttons only when the list or the day changed.
            self._times_key = times_key
            self._times_page = 0
            self._build_times()
        self._show_left()
        self.retranslate()

    def reset(self) -> None:
        self.set_choice(None, "")

    # --- fitting the page to the screen (no scrolling on a kiosk) -----------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self._refit()

    def _capacity(self) -> tuple[int, int]:
        """(day buttons, times per page) that fit in the current height and text size."""
        height, width = self.height(), self.width()
        if height < 300:
            return QUICK_DAYS, TIMES_PER_PAGE
        probe = self.calendar_toggle.sizeHint().height()
        day_height = max(
            [PRIMARY_MIN_PX, probe] + [b.sizeHint().height() for b in self.day_buttons.values()])
        time_row = max(CONTROL_MIN_PX, probe) + 20
        head = (_text_height(self.title, width) + _text_height(self.subtitle, width) + 2 * 20)
        left = height - head - _text_height(self.days_title, width * 2 // 5) - 16 - time_row
        right = (height - head - _text_height(self.times_title, width * 3 // 5) - 20
                 - time_row)
        days = max(2, min(QUICK_DAYS, left // (day_height + 16)))
        rows = max(1, min(4, right // time_row))
        return days, 3 * rows

    def _refit(self) -> None:
        capacity = self._capacity()
        if capacity == (self._quick_count, self._per_page):
            return
        self._quick_count, self._per_page = capacity
        self._build_days()
        self._build_times()
        self._show_left()
        self.retranslate()

    @property
    def month(self) -> tuple[int, int] | None:
        """(year, month) shown by the calendar, when it is open."""
        return self._month if self._calendar_open else None

    def _build_days(self) -> None:
        clear_layout(self.days_box)
        self.day_buttons.clear()
        if self._choice is None:
            return
        for day in self._choice.quick_days(self._quick_count):
            button = touch_button(self.quick, f"{self._prefix}.day.{day.isoformat()}",
                                  checkable=True)
            button.clicked.connect(lambda _=False, d=day: self.day_chosen.emit(d))
            self.days_box.addWidget(button)
            self.day_buttons[day] = button
        self.calendar_toggle.setVisible(len(self._choice.days) > len(self.day_buttons))

    def _build_times(self) -> None:
        clear_layout(self.times_grid)
        self.time_buttons.clear()
        times = self._choice.times() if self._choice is not None else []
        per_page = self._per_page
        pages = max(1, -(-len(times) // per_page))
        self._times_page = min(self._times_page, pages - 1)
        start = self._times_page * per_page
        buttons: list[QWidget] = []
        for slot in times[start:start + per_page]:
            button = touch_button(self, f"{self._prefix}.slot.{slot.id}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            # "09:30" needs far less than the theme's minimum button width; keep the gaps.
            button.setStyleSheet("min-width: 120px;")
            button.clicked.connect(lambda _=False, sid=slot.id: self.slot_chosen.emit(sid))
            self.time_buttons[slot.id] = button
            buttons.append(button)
        self.times_grid.addLayout(grid_of(buttons, 3, 20), 0, 0)
        self.times_prev.setVisible(self._times_page > 0)
        self.times_next.setVisible(self._times_page < pages - 1)

    def _page_times(self, step: int) -> None:
        self._times_page += step
        self._build_times()
        self.retranslate()

    def _toggle_calendar(self) -> None:
        self._calendar_open = not self._calendar_open
        self._show_left()
        self.retranslate()

    def _shift_month(self, step: int) -> None:
        if self._choice is None or self._month is None:
            return
        months = self._choice.months()
        index = months.index(self._month) + step if self._month in months else 0
        if 0 <= index < len(months):
            self._month = months[index]
            self._build_month()
            self.retranslate()

    def _show_left(self) -> None:
        self.days_title.setVisible(not self._calendar_open)
        if self._calendar_open and self._choice is not None:
            if self._month is None:
                selected = self._choice.day
                months = self._choice.months()
                self._month = (selected.year, selected.month) if selected else months[0]
            self._build_month()
            self.left.setCurrentWidget(self.calendar)
        else:
            self.left.setCurrentWidget(self.quick)

    def _build_month(self) -> None:
        clear_layout(self.month_grid)
        if self._choice is None or self._month is None:
            return
        quick = set(self.day_buttons)
        lang = self._lang()
        monday = date(2024, 1, 1)  # a Monday: weekday names in the session's language
        for col in range(7):
            head = QLabel(day_text(monday + timedelta(days=col), lang, long=False)[:3],
                          self.calendar)
            head.setObjectName(f"{self._prefix}.calendar.weekday.{col}")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setProperty("role", "muted")
            self.month_grid.addWidget(head, 0, col)
        for row, week in enumerate(self._choice.month_grid(*self._month), start=1):
            for col, cell in enumerate(week):
                if cell is None:
                    continue
                iso = cell.day.isoformat()
                if not cell.available:
                    # Not a target: a quiet number, so only free days look tappable.
                    label = QLabel(str(cell.day.day), self.calendar)
                    label.setObjectName(f"{self._prefix}.calday.{iso}")
                    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    label.setProperty("role", "muted")
                    self.month_grid.addWidget(label, row, col)
                    continue
                name = (f"{self._prefix}.calday.{iso}" if cell.day in quick
                        else f"{self._prefix}.day.{iso}")
                button = touch_button(self.calendar, name, checkable=True)
                button.setText(str(cell.day.day))
                button.setStyleSheet(f"min-width: 56px; min-height: {CONTROL_MIN_PX - 16}px;")
                button.setMinimumHeight(CONTROL_MIN_PX - 16)
                button.setChecked(cell.day == self._choice.day)
                button.clicked.connect(lambda _=False, d=cell.day: self._pick_calendar_day(d))
                self.month_grid.addWidget(button, row, col)
        months = self._choice.months()
        self.month_prev.setEnabled(self._month in months and months.index(self._month) > 0)
        self.month_next.setEnabled(self._month in months
                                   and months.index(self._month) < len(months) - 1)

    def _pick_calendar_day(self, day: date) -> None:
        self.day_chosen.emit(day)

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self._lang()
        self.title.setText(self.tr("Quando preferisce?"))
        self.subtitle.setText(self._heading)
        self.days_title.setText(self.tr("Primi giorni liberi"))
        set_button(self.calendar_toggle,
                   self.tr("Torna ai primi giorni") if self._calendar_open
                   else self.tr("Altre date (calendario)"))
        set_button(self.times_prev, self.tr("◀ Orari precedenti"))
        set_button(self.times_next, self.tr("Orari successivi ▶"))
        set_button(self.month_prev, "◀", self.tr("Mese precedente"))
        set_button(self.month_next, "▶", self.tr("Mese successivo"))
        if self._month is not None:
            self.month_label.setText(month_title(*self._month, lang))
        choice = self._choice
        selected = choice.day if choice is not None else None
        for day, button in self.day_buttons.items():
            set_button(button, day_text(day, lang), day_text(day, lang))
            button.setChecked(day == selected)
        for i in range(self.month_grid.count()):
            item = self.month_grid.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QPushButton):
                iso = widget.objectName().rsplit(".", 1)[-1]
                widget.setAccessibleName(day_text(date.fromisoformat(iso), lang))
        if selected is not None:
            self.times_title.setText(
                self.tr("Orari liberi di %1").replace("%1", day_text(selected, lang)))
        else:
            self.times_title.setText("")
        if choice is not None:
            for slot in choice.times():
                time_button = self.time_buttons.get(slot.id)
                if time_button is not None:
                    set_button(time_button, time_text(slot.start),
                               self.tr("Ore %1").replace("%1", time_text(slot.start)))


__all__ = ["TIMES_PER_PAGE", "SlotPage"]
