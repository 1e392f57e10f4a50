"""Choosing a day and a time among free slots: the part every booking flow shares.

The screen shows the next few days that have a free time as large buttons, a simple month
calendar for later dates, and the times of the selected day. The first day with a free time
is selected from the start, so the common case (the first useful day) costs no tap.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kiosk.flows.booking_ops import ROME
from kiosk.services.models import Slot

QUICK_DAYS = 5
"""How many days with free times are offered as large buttons before the calendar."""


def local_day(slot: Slot) -> date:
    """The Europe/Rome calendar day a slot starts on."""
    return slot.start.astimezone(ROME).date()


@dataclass(frozen=True)
class MonthDay:
    """One cell of the month calendar: the day and whether it has free times."""

    day: date
    available: bool


class SlotChoice:
    """Free slots grouped by day, with the selected day.

    Args:
        slots: free slots (any order; they are sorted by start, then office).
    """

    def __init__(self, slots: Iterable[Slot]) -> None:
        ordered = sorted(slots, key=lambda s: (s.start, s.office_id))
        self._by_day: dict[date, list[Slot]] = {}
        for slot in ordered:
            self._by_day.setdefault(local_day(slot), []).append(slot)
        self._by_id = {slot.id: slot for slot in ordered}
        self.day: date | None = next(iter(self._by_day), None)

    @property
    def empty(self) -> bool:
        """True when there is no free slot at all."""
        return not self._by_day

    @property
    def days(self) -> list[date]:
        """Every day with a free slot, soonest first."""
        return list(self._by_day)

    def quick_days(self, count: int = QUICK_DAYS) -> list[date]:
        """The first ``count`` days with a free slot (the large buttons)."""
        return self.days[:count]

    def select_day(self, day: date) -> None:
        """Make ``day`` the selected day.

        Raises:
            ValueError: the day has no free slot.
        """
        if day not in self._by_day:
            raise ValueError(f"no free slot on {day.isoformat()}")
        self.day = day

    def times(self, day: date | None = None) -> list[Slot]:
        """Free slots of ``day`` (default: the selected day), earliest first."""
        target = self.day if day is None else day
        return list(self._by_day.get(target, [])) if target is not None else []

    def find(self, slot_id: str) -> Slot | None:
        """The slot with this id, if it is among the free ones."""
        return self._by_id.get(slot_id)

    def first(self) -> Slot | None:
        """The earliest free slot."""
        return next(iter(self._by_id.values()), None)

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month that has a free slot, in order."""
        seen: list[tuple[int, int]] = []
        for day in self._by_day:
            key = (day.year, day.month)
            if key not in seen:
                seen.append(key)
        return seen

    def month_grid(self, year: int, month: int) -> list[list[MonthDay | None]]:
        """The month as weeks (Monday first); ``None`` pads days of other months."""
        weeks: list[list[MonthDay | None]] = []
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
            weeks.append([
                MonthDay(d, d in self._by_day) if d.month == month else None for d in week
            ])
        return weeks


__all__ = ["QUICK_DAYS", "MonthDay", "SlotChoice", "local_day"]
