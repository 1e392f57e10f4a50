"""Calendar rules of the sandbox: Europe/Rome clock, Italian holidays, working days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ROME = ZoneInfo("Europe/Rome")

# National holidays plus San Siro (9 December), patron saint of Pavia.
_FIXED_HOLIDAYS = frozenset(
    {(1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 9), (12, 25),
     (12, 26)}
)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def is_working_day(day: date) -> bool:
    """Monday to Friday, excluding Italian holidays, Easter Monday and San Siro."""
    if day.isoweekday() > 5 or (day.month, day.day) in _FIXED_HOLIDAYS:
        return False
    return day != easter_sunday(day.year) + timedelta(days=1)


def working_days_before(day: date, count: int) -> date:
    """Return the working day that comes ``count`` working days before ``day``."""
    current = day
    remaining = count
    while remaining > 0:
        current -= timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def asst_cancel_until(appointment: datetime) -> datetime:
    """Last moment to cancel an ASST Pavia booking: end of the day 2 working days before."""
    last_day = working_days_before(appointment.astimezone(ROME).date(), 2)
    return datetime.combine(last_day + timedelta(days=1), time(0, 0), tzinfo=ROME)
