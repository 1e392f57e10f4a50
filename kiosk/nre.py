"""Electronic prescriptions (NRE) and the waiting-time rules of the priority classes.

Rules (``shared/DOMAIN.md``, Lombardy / ASST Pavia):

* The NRE (*numero di ricetta elettronica*) has 15 characters ``[0-9A-Z]`` and starts with the
  3-digit region code (Lombardy ``030``). There is no public check algorithm, so only the
  shape is validated here; the booking backend decides the rest.
* The priority class printed on the prescription sets the longest wait from the request:
  **U** 72 hours, **B** 10 days, **D** 30 days for visits and 60 days for diagnostic tests,
  **P** 120 days.
* In Lombardy a class-U prescription must be booked within 48 hours of issue.
* A prescription is valid for 6 months from issue.

Time arithmetic, which matters twice a year at the daylight-saving change:

* Limits given in **hours** (72 h, 48 h) are elapsed time: computed in UTC.
* Limits given in **days or months** are calendar time in ``Europe/Rome``: "10 days" from
  9:30 is 9:30 ten days later on the wall clock, even across a DST change. A wall-clock time
  that does not exist (02:30 on the last Sunday of March) moves forward to the real instant.

Every function takes explicit timezone-aware datetimes (never reads the clock) and returns
datetimes in ``Europe/Rome``. User-visible messages are Italian source strings in the ``Nre``
translation context.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum, StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP

ROME = ZoneInfo("Europe/Rome")
TR_CONTEXT = "Nre"
NRE_LENGTH = 15
LOMBARDY_REGION_CODE = "030"
U_BOOKING_WINDOW = timedelta(hours=48)
PRESCRIPTION_VALIDITY_MONTHS = 6

_NRE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_WHITESPACE_RE = re.compile(r"\s+")


class NreProblem(Enum):
    """Why an NRE was refused."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    BAD_CHARS = "bad_chars"
    OTHER_REGION = "other_region"


_MESSAGES: dict[NreProblem, str] = {
    NreProblem.EMPTY: str(
        QT_TRANSLATE_NOOP(
            "Nre",
            "Scriva il numero della ricetta elettronica (NRE): lo trova in alto sul "
            "promemoria che le ha dato il medico.",
        )
    ),
    NreProblem.TOO_SHORT: str(
        QT_TRANSLATE_NOOP(
            "Nre",
            "Il numero della ricetta è troppo corto: deve avere 15 caratteri. Controlli di "
            "averli scritti tutti.",
        )
    ),
    NreProblem.TOO_LONG: str(
        QT_TRANSLATE_NOOP(
            "Nre",
            "Il numero della ricetta è troppo lungo: deve avere 15 caratteri. Controlli di "
            "non aver scritto un carattere in più.",
        )
    ),
    NreProblem.BAD_CHARS: str(
        QT_TRANSLATE_NOOP(
            "Nre",
            "Il numero della ricetta contiene solo lettere e numeri, senza simboli. "
            "Lo confronti con il promemoria, un carattere alla volta.",
        )
    ),
    NreProblem.OTHER_REGION: str(
        QT_TRANSLATE_NOOP(
            "Nre",
            "Questa ricetta è stata fatta fuori dalla Lombardia e qui non posso prenotarla. "
            "Si rivolga allo sportello, per favore.",
        )
    ),
}


@dataclass(frozen=True, slots=True)
class NreCheck:
    """The outcome of :func:`validate`.

    Attributes:
        ok: True when the shape is right (and the region, if it was required).
        value: the normalised input (upper case, no spaces, no Code 39 ``*`` marks).
        problem: why it is not ``ok``; None when ``ok``.
        message: untranslated Italian text for the citizen (context ``Nre``); empty when ok.
    """

    ok: bool
    value: str
    problem: NreProblem | None = None
    message: str = ""

    @property
    def region_code(self) -> str | None:
        """The 3-digit region code at the start, when present."""
        head = self.value[:3]
        return head if len(head) == 3 and head.isascii() and head.isdigit() else None

    @property
    def is_lombardy(self) -> bool:
        """True when the prescription was issued in Lombardy."""
        return self.region_code == LOMBARDY_REGION_CODE


def normalize(raw: str) -> str:
    """Upper-case ASCII letters, drop whitespace and the Code 39 ``*`` start/stop marks.

    The paper reminder (*promemoria*) carries the NRE as a Code 39 barcode, which some scanners
    send with its ``*`` marks.
    """
    text = _WHITESPACE_RE.sub("", raw).strip("*")
    return "".join(c.upper() if c.isascii() else c for c in text)


def validate(raw: str, *, require_lombardy: bool = False) -> NreCheck:
    """Validate the shape of an NRE typed or scanned from the prescription reminder.

    Args:
        raw: the input; spaces and ``*`` marks are ignored, letters may be lower case.
        require_lombardy: refuse prescriptions whose region code is not ``030``.

    Returns:
        An :class:`NreCheck`; never raises on any string.
    """
    value = normalize(raw)

    def fail(problem: NreProblem) -> NreCheck:
        return NreCheck(ok=False, value=value, problem=problem, message=_MESSAGES[problem])

    if not value:
        return fail(NreProblem.EMPTY)
    if any(c not in _NRE_CHARS for c in value):
        return fail(NreProblem.BAD_CHARS)
    if len(value) < NRE_LENGTH:
        return fail(NreProblem.TOO_SHORT)
    if len(value) > NRE_LENGTH:
        return fail(NreProblem.TOO_LONG)
    check = NreCheck(ok=True, value=value)
    if require_lombardy and not check.is_lombardy:
        return fail(NreProblem.OTHER_REGION)
    return check


class Priority(StrEnum):
    """Priority class of a prescription."""

    U = "U"  # urgente
    B = "B"  # breve
    D = "D"  # differibile
    P = "P"  # programmata

    @classmethod
    def from_letter(cls, letter: str | None) -> Priority:
        """Parse the letter printed on the prescription (case and spaces ignored).

        A prescription with no class ticked is a programmed one (``P``).

        Raises:
            ValueError: any other letter.
        """
        text = (letter or "").strip().upper()
        return cls(text) if text else cls.P


class ServiceKind(StrEnum):
    """Class D has a different limit for visits and for diagnostic tests."""

    VISIT = "visit"
    DIAGNOSTIC = "diagnostic"


# Class U is limited in elapsed hours, the others in calendar days.
_MAX_WAIT_HOURS = {Priority.U: 72}
_MAX_WAIT_DAYS = {
    (Priority.B, ServiceKind.VISIT): 10,
    (Priority.B, ServiceKind.DIAGNOSTIC): 10,
    (Priority.D, ServiceKind.VISIT): 30,
    (Priority.D, ServiceKind.DIAGNOSTIC): 60,
    (Priority.P, ServiceKind.VISIT): 120,
    (Priority.P, ServiceKind.DIAGNOSTIC): 120,
}


def _require_aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value


def _after_hours(moment: datetime, hours: int) -> datetime:
    return (moment.astimezone(UTC) + timedelta(hours=hours)).astimezone(ROME)


def _after_days(moment: datetime, days: int) -> datetime:
    wall = moment.astimezone(ROME).replace(tzinfo=None) + timedelta(days=days)
    # Re-attach the zone and round-trip through UTC so a non-existent local time (the DST
    # gap) becomes the real instant and the offset is the one in force that day.
    return wall.replace(tzinfo=ROME).astimezone(UTC).astimezone(ROME)


def deadline(
    priority: Priority, requested_at: datetime, kind: ServiceKind = ServiceKind.VISIT
) -> datetime:
    """Latest moment the service should be provided, counted from the booking request.

    Args:
        priority: the prescription's class.
        requested_at: when the citizen asks to book (timezone-aware).
        kind: visit or diagnostic test (only class D differs).

    Returns:
        The deadline in ``Europe/Rome``. Class U adds 72 elapsed hours; the others add
        calendar days on the Rome wall clock.

    Raises:
        ValueError: ``requested_at`` is naive.
    """
    start = _require_aware(requested_at, "requested_at")
    if priority in _MAX_WAIT_HOURS:
        return _after_hours(start, _MAX_WAIT_HOURS[priority])
    return _after_days(start, _MAX_WAIT_DAYS[priority, kind])


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    # 31 August + 6 months is the last day of February, not an error.
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_valid_day(issued_at: datetime) -> date:
    """Last day (inclusive, Rome calendar) on which a prescription can still be used.

    Six months from the issue date, same day number, clamped to the end of a shorter month:
    issued on 15 January → valid through 15 July; 31 August → end of February.

    Raises:
        ValueError: ``issued_at`` is naive.
    """
    issued = _require_aware(issued_at, "issued_at").astimezone(ROME).date()
    return _add_months(issued, PRESCRIPTION_VALIDITY_MONTHS)


def is_expired(issued_at: datetime, now: datetime) -> bool:
    """True once the Rome calendar day of ``now`` is after :func:`last_valid_day`."""
    today = _require_aware(now, "now").astimezone(ROME).date()
    return today > last_valid_day(issued_at)


def booking_window_closes(priority: Priority, issued_at: datetime) -> datetime:
    """Moment after which the prescription can no longer be booked at the kiosk.

    Class U: 48 elapsed hours after issue (Lombardy rule). Other classes: the end of the last
    valid day (local midnight that starts the next day).

    Raises:
        ValueError: ``issued_at`` is naive.
    """
    issued = _require_aware(issued_at, "issued_at")
    if priority is Priority.U:
        return _after_hours(issued, int(U_BOOKING_WINDOW.total_seconds() // 3600))
    next_day = last_valid_day(issued) + timedelta(days=1)
    return datetime(next_day.year, next_day.month, next_day.day, tzinfo=ROME)


class BookingProblem(Enum):
    """Why a prescription can no longer be booked."""

    URGENT_WINDOW_PASSED = "urgent_window_passed"
    EXPIRED = "expired"


_BOOKING_MESSAGES: dict[BookingProblem, str] = {
    BookingProblem.URGENT_WINDOW_PASSED: str(
        QT_TRANSLATE_NOOP(
            "Nre",
            "Questa ricetta è urgente (classe U) e andava prenotata entro 48 ore da quando è "
            "stata fatta. Ora non posso prenotarla: si rivolga allo sportello o al suo medico.",
        )
    ),
    BookingProblem.EXPIRED: str(
        QT_TRANSLATE_NOOP(
            "Nre",
            "Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo "
            "medico una ricetta nuova.",
        )
    ),
}


@dataclass(frozen=True, slots=True)
class BookableCheck:
    """Whether a prescription can still be booked now.

    Attributes:
        ok: True when it can.
        closes_at: the first instant at which it can no longer be booked (see
            :func:`booking_window_closes`).
        problem: why not, or None.
        message: untranslated Italian text for the citizen (context ``Nre``); empty when ok.
    """

    ok: bool
    closes_at: datetime
    problem: BookingProblem | None = None
    message: str = ""


def check_bookable(priority: Priority, issued_at: datetime, now: datetime) -> BookableCheck:
    """Tell whether a prescription issued at ``issued_at`` can be booked at ``now``.

    Raises:
        ValueError: a naive datetime.
    """
    closes_at = booking_window_closes(priority, issued_at)
    if _require_aware(now, "now") < closes_at:
        return BookableCheck(ok=True, closes_at=closes_at)
    problem = (
        BookingProblem.URGENT_WINDOW_PASSED if priority is Priority.U else BookingProblem.EXPIRED
    )
    return BookableCheck(
        ok=False, closes_at=closes_at, problem=problem, message=_BOOKING_MESSAGES[problem]
    )
