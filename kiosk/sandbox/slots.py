"""Deterministic slot generation.

Slots are not stored: they are computed from the catalogue (offices' opening hours, services'
durations), a date anchor and a seed. A slot id encodes service, office and start time, so the
backend can re-check any id it is given. Some slots are "pre-taken" by a stable hash of
(seed, slot id) with a rate that varies per day, so days look different; bookings and blocked
slots are subtracted by the store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.sandbox.seed import OFFICES_BY_ID, SERVICES_BY_ID
from kiosk.sandbox.workdays import ROME, is_working_day
from kiosk.services.models import Slot

HORIZON_DAYS = 60
DEFAULT_SEED = 2026


@dataclass(frozen=True)
class SlotPlan:
    """Parameters of the generated slot grid."""

    anchor: date
    seed: int = DEFAULT_SEED
    days: int = HORIZON_DAYS
    taken_percent: int = 35

    @property
    def last_day(self) -> date:
        """Last day (inclusive) with slots."""
        return self.anchor + timedelta(days=self.days - 1)


def _unit(*parts: object) -> float:
    """Stable pseudo-random number in [0, 1) from the given parts (not Python's hash())."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def slot_id(service_id: str, office_id: str, start: datetime) -> str:
    """Encode a slot id: ``slot:<service>:<office>:<YYYYMMDDHHMM>`` (local time)."""
    return f"slot:{service_id}:{office_id}:{start.astimezone(ROME):%Y%m%d%H%M}"


def parse_slot_id(value: str) -> tuple[str, str, datetime] | None:
    """Decode a slot id, or return None if it is not one."""
    parts = value.split(":")
    if len(parts) != 4 or parts[0] != "slot":
        return None
    try:
        start = datetime.strptime(parts[3], "%Y%m%d%H%M").replace(tzinfo=ROME)
    except ValueError:
        return None
    return parts[1], parts[2], start


def day_slots(
    plan: SlotPlan, service_id: str, office_id: str, day: date, *, include_taken: bool = False
) -> list[Slot]:
    """Every slot of one service at one office on one day, minus the pre-taken ones.

    Args:
        plan: Anchor, seed and horizon of the grid.
        service_id: Service to generate for.
        office_id: Office to generate for (must offer the service).
        day: Local date.
        include_taken: Also return the pre-taken slots.
    """
    service = SERVICES_BY_ID.get(service_id)
    office = OFFICES_BY_ID.get(office_id)
    if service is None or office is None or office_id not in service.office_ids:
        return []
    if not (plan.anchor <= day <= plan.last_day) or not is_working_day(day):
        return []
    # Per-day occupation varies between roughly taken_percent/2 and 1.5 * taken_percent,
    # and about one working day in twelve is fully booked.
    day_unit = _unit(plan.seed, service_id, office_id, day.isoformat())
    rate = 1.0 if day_unit < 1 / 12 else plan.taken_percent / 100 * (0.5 + day_unit)
    step = timedelta(minutes=service.duration_min)
    result: list[Slot] = []
    for period in office.opening_hours:
        if period.weekday != day.isoweekday():
            continue
        start = datetime.combine(day, period.opens, tzinfo=ROME)
        closes = datetime.combine(day, period.closes, tzinfo=ROME)
        while start + step <= closes:
            sid = slot_id(service_id, office_id, start)
            if include_taken or _unit(plan.seed, sid) >= rate:
                result.append(Slot(id=sid, service_id=service_id, office_id=office_id,
                                   start=start, end=start + step))
            start += step
    return result


def iter_slots(
    plan: SlotPlan, service_id: str, office_ids: list[str], first: date, last: date
) -> Iterator[Slot]:
    """Yield slots day by day between ``first`` and ``last`` (inclusive), sorted by start."""
    day = max(first, plan.anchor)
    end = min(last, plan.last_day)
    while day <= end:
        todays: list[Slot] = []
        for office_id in office_ids:
            todays.extend(day_slots(plan, service_id, office_id, day))
        todays.sort(key=lambda s: (s.start, s.office_id))
        yield from todays
        day += timedelta(days=1)


def find_slot(plan: SlotPlan, value: str) -> tuple[Slot, bool] | None:
    """Look a slot id up in the grid.

    Returns:
        ``(slot, pre_taken)``, or None if ``value`` is not a slot of the grid.
    """
    parsed = parse_slot_id(value)
    if parsed is None:
        return None
    service_id, office_id, start = parsed
    free = {s.id for s in day_slots(plan, service_id, office_id, start.date())}
    for slot in day_slots(plan, service_id, office_id, start.date(), include_taken=True):
        if slot.id == value:
            return slot, slot.id not in free
    return None
