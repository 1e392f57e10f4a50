"""NRE shape and the priority-class time limits, including the daylight-saving changes.

In 2026 Italy moves to summer time on Sunday 29 March (02:00 -> 03:00) and back on Sunday
25 October (03:00 -> 02:00).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.nre import (
    LOMBARDY_REGION_CODE,
    ROME,
    BookingProblem,
    NreProblem,
    Priority,
    ServiceKind,
    booking_window_closes,
    check_bookable,
    deadline,
    is_expired,
    last_valid_day,
    normalize,
    validate,
)

LOMBARDY_NRE = "030A01234567890"


def rome(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ROME)


# --- shape ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        LOMBARDY_NRE,
        "030a01234567890",
        " 030A0 1234567890 ",
        "*030A01234567890*",
        "030A0\t12345 67890",
    ],
)
def test_valid_shapes(raw: str) -> None:
    check = validate(raw)
    assert check.ok
    assert check.value == LOMBARDY_NRE
    assert check.region_code == LOMBARDY_REGION_CODE
    assert check.is_lombardy
    assert check.problem is None
    assert check.message == ""


def test_other_region_is_valid_unless_lombardy_is_required() -> None:
    other = "120A01234567890"  # Lazio
    assert validate(other).ok
    assert not validate(other).is_lombardy
    check = validate(other, require_lombardy=True)
    assert not check.ok
    assert check.problem is NreProblem.OTHER_REGION
    assert "Lombardia" in check.message
    assert validate(LOMBARDY_NRE, require_lombardy=True).ok


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", NreProblem.EMPTY),
        (" * ", NreProblem.EMPTY),
        ("030A0123456789", NreProblem.TOO_SHORT),
        ("030A012345678901", NreProblem.TOO_LONG),
        ("030A0-234567890", NreProblem.BAD_CHARS),
        ("030À01234567890", NreProblem.BAD_CHARS),
        ("０３０A01234567890", NreProblem.BAD_CHARS),
    ],
)
def test_refusals(raw: str, problem: NreProblem) -> None:
    check = validate(raw)
    assert not check.ok
    assert check.problem is problem
    assert check.message


def test_region_code_needs_three_digits() -> None:
    assert validate("AB0A01234567890").ok  # shape only: the backend decides
    assert validate("AB0A01234567890").region_code is None
    assert not validate("AB0A01234567890").is_lombardy


def test_normalize() -> None:
    assert normalize(" *030a0 1234567890* ") == LOMBARDY_NRE


@settings(max_examples=300, database=None)
@given(st.text(max_size=30))
def test_validate_never_raises(text: str) -> None:
    check = validate(text)
    if check.ok:
        assert len(check.value) == 15
        assert check.value.isascii()
        assert check.value.isalnum()
        assert check.value == check.value.upper()


# --- priority classes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("letter", "priority"),
    [
        ("U", Priority.U),
        ("b", Priority.B),
        (" D ", Priority.D),
        ("P", Priority.P),
        ("", Priority.P),
    ],
)
def test_priority_from_letter(letter: str, priority: Priority) -> None:
    assert Priority.from_letter(letter) is priority


def test_priority_from_letter_none_and_bad() -> None:
    assert Priority.from_letter(None) is Priority.P
    with pytest.raises(ValueError, match="X"):
        Priority.from_letter("X")


@pytest.mark.parametrize(
    ("priority", "kind", "expected"),
    [
        (Priority.U, ServiceKind.VISIT, rome(2026, 5, 7, 9, 30)),
        (Priority.U, ServiceKind.DIAGNOSTIC, rome(2026, 5, 7, 9, 30)),
        (Priority.B, ServiceKind.VISIT, rome(2026, 5, 14, 9, 30)),
        (Priority.B, ServiceKind.DIAGNOSTIC, rome(2026, 5, 14, 9, 30)),
        (Priority.D, ServiceKind.VISIT, rome(2026, 6, 3, 9, 30)),
        (Priority.D, ServiceKind.DIAGNOSTIC, rome(2026, 7, 3, 9, 30)),
        (Priority.P, ServiceKind.VISIT, rome(2026, 9, 1, 9, 30)),
        (Priority.P, ServiceKind.DIAGNOSTIC, rome(2026, 9, 1, 9, 30)),
    ],
)
def test_deadlines(priority: Priority, kind: ServiceKind, expected: datetime) -> None:
    requested = rome(2026, 5, 4, 9, 30)
    result = deadline(priority, requested, kind)
    assert result == expected
    assert result.tzinfo is ROME


def test_default_kind_is_visit() -> None:
    requested = rome(2026, 5, 4, 9, 30)
    assert deadline(Priority.D, requested) == rome(2026, 6, 3, 9, 30)


def test_u_is_72_elapsed_hours_across_spring_forward() -> None:
    requested = rome(2026, 3, 27, 10, 0)  # CET
    result = deadline(Priority.U, requested)
    # Same-tzinfo subtraction in Python is wall-clock time: compare in UTC for elapsed time.
    assert result.astimezone(UTC) - requested.astimezone(UTC) == timedelta(hours=72)
    assert (result.hour, result.utcoffset()) == (11, timedelta(hours=2))


def test_days_are_calendar_days_across_autumn_back() -> None:
    requested = rome(2026, 10, 20, 9, 30)  # CEST
    result = deadline(Priority.B, requested)
    assert (result.date(), result.hour, result.minute) == (date(2026, 10, 30), 9, 30)
    assert result.utcoffset() == timedelta(hours=1)
    assert result.astimezone(UTC) - requested.astimezone(UTC) == timedelta(days=10, hours=1)


def test_a_non_existent_wall_time_moves_to_the_real_instant() -> None:
    # 02:30 on 19 March + 10 days = 02:30 on 29 March, which does not exist in Rome.
    result = deadline(Priority.B, rome(2026, 3, 19, 2, 30))
    assert (result.date(), result.hour, result.minute) == (date(2026, 3, 29), 3, 30)
    assert result.utcoffset() == timedelta(hours=2)


def test_other_timezones_are_converted_and_naive_refused() -> None:
    utc_request = datetime(2026, 5, 4, 7, 30, tzinfo=UTC)  # 09:30 in Rome
    assert deadline(Priority.B, utc_request) == rome(2026, 5, 14, 9, 30)
    plus5 = datetime(2026, 5, 4, 12, 30, tzinfo=timezone(timedelta(hours=5)))
    assert deadline(Priority.B, plus5) == rome(2026, 5, 14, 9, 30)
    with pytest.raises(ValueError, match="timezone-aware"):
        deadline(Priority.B, datetime(2026, 5, 4, 9, 30))


# --- validity and the class-U booking window -------------------------------------------------


@pytest.mark.parametrize(
    ("issued", "last"),
    [
        (rome(2026, 1, 15, 10, 0), date(2026, 7, 15)),
        (rome(2026, 8, 31, 10, 0), date(2027, 2, 28)),
        (rome(2027, 8, 31, 10, 0), date(2028, 2, 29)),
        (rome(2026, 7, 1, 0, 30), date(2027, 1, 1)),
        (rome(2026, 12, 31, 23, 59), date(2027, 6, 30)),
    ],
)
def test_last_valid_day(issued: datetime, last: date) -> None:
    assert last_valid_day(issued) == last


def test_last_valid_day_uses_the_rome_calendar() -> None:
    # 23:30 UTC on 14 January is already 15 January in Rome.
    assert last_valid_day(datetime(2026, 1, 14, 23, 30, tzinfo=UTC)) == date(2026, 7, 15)


def test_expiry_boundary() -> None:
    issued = rome(2026, 1, 15, 10, 0)
    assert not is_expired(issued, rome(2026, 7, 15, 23, 59))
    assert is_expired(issued, rome(2026, 7, 16, 0, 0))
    closes = booking_window_closes(Priority.B, issued)
    assert closes == rome(2026, 7, 16, 0, 0)
    assert check_bookable(Priority.B, issued, rome(2026, 7, 15, 23, 59)).ok
    late = check_bookable(Priority.P, issued, rome(2026, 7, 16, 0, 0))
    assert not late.ok
    assert late.problem is BookingProblem.EXPIRED
    assert "scaduta" in late.message


def test_class_u_must_be_booked_within_48_hours() -> None:
    issued = rome(2026, 3, 28, 12, 0)  # across the spring change: 48 elapsed hours
    closes = booking_window_closes(Priority.U, issued)
    assert closes.astimezone(UTC) - issued.astimezone(UTC) == timedelta(hours=48)
    assert closes == rome(2026, 3, 30, 13, 0)
    assert check_bookable(Priority.U, issued, closes - timedelta(seconds=1)).ok
    late = check_bookable(Priority.U, issued, closes)
    assert not late.ok
    assert late.problem is BookingProblem.URGENT_WINDOW_PASSED
    assert "48 ore" in late.message
    assert late.closes_at == closes
    # The same prescription as class B is still fine.
    assert check_bookable(Priority.B, issued, closes).ok


def test_bookable_refuses_naive_now() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        check_bookable(Priority.B, rome(2026, 1, 1, 9, 0), datetime(2026, 1, 2))


@settings(max_examples=300, database=None)
@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
    ),
    st.sampled_from(list(Priority)),
    st.sampled_from(list(ServiceKind)),
)
def test_deadline_properties(requested: datetime, priority: Priority, kind: ServiceKind) -> None:
    result = deadline(priority, requested, kind)
    assert result.tzinfo is ROME
    elapsed = result - requested
    if priority is Priority.U:
        assert elapsed == timedelta(hours=72)
    else:
        # Calendar days: within an hour of the nominal length (a DST change on the way).
        days = {
            Priority.B: 10,
            Priority.D: 30 if kind is ServiceKind.VISIT else 60,
            Priority.P: 120,
        }
        assert abs(elapsed - timedelta(days=days[priority])) <= timedelta(hours=1)
    assert last_valid_day(requested) > requested.astimezone(ROME).date()
