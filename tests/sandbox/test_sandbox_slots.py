"""Deterministic slot grid and calendar rules."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from kiosk.sandbox.slots import SlotPlan, find_slot, iter_slots, parse_slot_id
from kiosk.sandbox.workdays import ROME, asst_cancel_until, easter_sunday, is_working_day
from kiosk.services.client import ServicesClient
from tests.fixtures.sandbox import Sandbox

OFFICES = ["anagrafe-mezzabarba", "anagrafe-acerbi"]


def _grid(plan: SlotPlan) -> list[str]:
    return [s.id for s in iter_slots(plan, "cie", OFFICES, plan.anchor, plan.last_day)]


def test_same_seed_same_slots() -> None:
    plan = SlotPlan(anchor=date(2027, 3, 1), seed=7)
    assert _grid(plan) == _grid(SlotPlan(anchor=date(2027, 3, 1), seed=7))
    assert _grid(plan) != _grid(SlotPlan(anchor=date(2027, 3, 1), seed=8))


def test_slots_follow_opening_hours_and_working_days() -> None:
    plan = SlotPlan(anchor=date(2027, 3, 1), seed=7, taken_percent=0)
    for slot in iter_slots(plan, "cie", OFFICES, plan.anchor, plan.last_day):
        local = slot.start.astimezone(ROME)
        assert is_working_day(local.date())
        assert slot.end - slot.start == timedelta(minutes=20)
        assert local.time() >= datetime.strptime("08:30", "%H:%M").time()
        if slot.office_id == "anagrafe-acerbi":
            assert local.isoweekday() in (1, 3, 5)
    assert not any(s.start.date() == date(2027, 3, 29)  # Easter Monday 2027
                   for s in iter_slots(plan, "cie", OFFICES, plan.anchor, plan.last_day))


def test_some_slots_pre_taken_and_days_differ() -> None:
    plan = SlotPlan(anchor=date(2027, 3, 1), seed=7)
    full = SlotPlan(anchor=date(2027, 3, 1), seed=7, taken_percent=0)
    assert 0 < len(_grid(plan)) < len(_grid(full))
    per_day = Counter(s.start.date() for s in iter_slots(plan, "cie", ["anagrafe-mezzabarba"],
                                                         plan.anchor, plan.last_day))
    assert len(set(per_day.values())) > 3
    taken_id = next(i for i in _grid(full) if i not in set(_grid(plan)))
    found = find_slot(plan, taken_id)
    assert found is not None
    assert found[1] is True
    free = find_slot(plan, _grid(plan)[0])
    assert free is not None
    assert free[1] is False
    assert find_slot(plan, "slot:cie:anagrafe-acerbi:202703010300") is None
    assert parse_slot_id("nonsense") is None


def test_horizon_is_sixty_days() -> None:
    plan = SlotPlan(anchor=date(2027, 3, 1))
    days = {s.start.date() for s in iter_slots(plan, "cie", OFFICES, date(2027, 1, 1),
                                               date(2027, 12, 31))}
    assert min(days) >= date(2027, 3, 1)
    assert max(days) <= date(2027, 4, 29)


def test_same_seed_same_slots_over_http(sandbox: Sandbox, client: ServicesClient) -> None:
    anchor = datetime.now(ROME).date() + timedelta(days=1)
    sandbox.control.seed_slots(anchor=anchor, seed=42)
    first = [s.id for s in client.slots("cert-residenza", limit=300)]
    sandbox.control.seed_slots(anchor=anchor, seed=43)
    other = [s.id for s in client.slots("cert-residenza", limit=300)]
    sandbox.control.reset()
    sandbox.control.seed_slots(anchor=anchor, seed=42)
    assert [s.id for s in client.slots("cert-residenza", limit=300)] == first
    assert other != first
    assert min(s.start for s in client.slots("cert-residenza", limit=5)).date() >= anchor


def test_blocked_slot_disappears(sandbox: Sandbox, client: ServicesClient) -> None:
    first = client.slots("cie", limit=1)[0]
    sandbox.control.block_slot(first.id)
    assert first.id not in {s.id for s in client.slots("cie", limit=50)}


def test_calendar_rules() -> None:
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert easter_sunday(2027) == date(2027, 3, 28)
    assert not is_working_day(date(2026, 4, 6))  # Easter Monday
    assert not is_working_day(date(2026, 12, 9))  # San Siro, Pavia
    assert not is_working_day(date(2026, 11, 28))  # Saturday
    assert is_working_day(date(2026, 11, 23))
    # Thursday appointment: last day to cancel is Tuesday (2 working days before)
    thursday = datetime(2026, 11, 26, 10, 0, tzinfo=ROME)
    assert asst_cancel_until(thursday) == datetime(2026, 11, 25, 0, 0, tzinfo=ROME)
    # Monday appointment: back over the weekend to Thursday
    monday = datetime(2026, 11, 30, 9, 0, tzinfo=ROME)
    assert asst_cancel_until(monday) == datetime(2026, 11, 27, 0, 0, tzinfo=ROME)
