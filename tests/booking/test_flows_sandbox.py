"""The booking flows against the real sandbox over HTTP (no Qt): happy paths, every
prescription message, nothing within the limit, two kiosks racing for one slot, a confirm
that times out and is retried with the same key, the backend going down mid-flow, cancel and
move."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from kiosk.flows.booking import MSG_SLOT_TAKEN, MunicipalFlow, Step
from kiosk.flows.booking_ops import ROME, BookingService, CreateBooking, drive
from kiosk.flows.cup import PRESCRIPTION_MESSAGES, CupFlow, CupStep
from kiosk.flows.my_bookings import MSG_TOO_LATE, MyBookingsFlow, MyStep
from kiosk.services.client import ServicesClient
from kiosk.services.errors import BackendTimeout
from kiosk.services.models import Booking
from tests.booking.conftest import OTHER_CF, SAMPLE_CF
from tests.fixtures.sandbox import Sandbox

Clock = Callable[[], datetime]
ASST_PHONE = "0382 431 000 (esempio)"


def municipal_to_summary(
    service: BookingService, service_id: str = "cie", office_id: str = "anagrafe-acerbi",
    cf: str = SAMPLE_CF,
) -> MunicipalFlow:
    flow = MunicipalFlow()
    drive(flow, service, flow.start())
    drive(flow, service, flow.choose_service(service_id))
    if flow.step is Step.OFFICE:
        drive(flow, service, flow.choose_office(office_id))
    assert flow.step is Step.SLOT
    assert flow.slots is not None
    assert not flow.slots.empty
    flow.choose_slot(flow.slots.times()[0].id)
    assert flow.identify(cf).ok
    assert flow.step is Step.SUMMARY
    return flow


def cup_booking(
    service: BookingService, nre: str = "030A00000000001", min_days: int = 0
) -> tuple[CupFlow, Booking]:
    """Book an NRE; ``min_days`` picks the first time at least that many days away."""
    flow = CupFlow()
    drive(flow, service, flow.start())
    _check, call = flow.submit(nre, SAMPLE_CF)
    drive(flow, service, call)
    assert flow.step is CupStep.SLOT, flow.error
    assert flow.free is not None
    after = datetime.now(ROME) + timedelta(days=min_days)
    flow.choose_slot(next(s for s in flow.free if s.start >= after).id)
    drive(flow, service, flow.confirm())
    assert flow.step is CupStep.DONE
    assert flow.booking is not None
    return flow, flow.booking


# --------------------------------------------------------------------------- municipal


def test_municipal_happy_path(service: BookingService, client: ServicesClient) -> None:
    flow = MunicipalFlow()
    drive(flow, service, flow.start())
    assert [g.category.id for g in flow.groups] == [
        "anagrafe", "carta-identita", "certificati", "tributi", "servizi-sociali"]
    drive(flow, service, flow.choose_service("cie"))
    assert flow.step is Step.OFFICE
    assert {o.id for o in flow.offices} >= {"anagrafe-mezzabarba", "anagrafe-acerbi"}
    assert all(o.address for o in flow.offices)
    drive(flow, service, flow.choose_office("anagrafe-mezzabarba"))
    assert flow.step is Step.SLOT
    assert flow.slots is not None
    days = flow.slots.quick_days()
    assert flow.slots.day == days[0]
    flow.choose_day(days[1])
    slot = flow.slots.times()[-1]
    flow.choose_slot(slot.id)
    assert flow.step is Step.IDENTIFY
    bad = flow.identify("RSSMRA85T10G388J", "333 12")
    assert bad.cf_message
    assert bad.phone_message
    assert flow.step is Step.IDENTIFY
    assert flow.identify("rssmra85t10g388i", "333 123 4567").ok
    details = flow.details
    assert details is not None
    assert details.masked_cf == "RSSMRA*******88I"
    assert details.fee_cents == 2221
    drive(flow, service, flow.confirm())
    assert flow.step is Step.DONE
    assert flow.booking is not None
    assert flow.booking.slot.id == slot.id
    assert flow.booking.code.startswith("PV-")
    assert flow.booking.notice_number is not None
    found = client.find_bookings(SAMPLE_CF, flow.booking.code)
    assert [b.id for b in found] == [flow.booking.id]


def test_single_office_service_skips_the_office_step(service: BookingService) -> None:
    flow = MunicipalFlow()
    drive(flow, service, flow.start())
    drive(flow, service, flow.choose_service("cambio-residenza"))
    assert flow.step is Step.SLOT
    assert flow.office is not None
    assert flow.office.id == "anagrafe-mezzabarba"
    flow.back()
    assert flow.step is Step.SERVICE


def test_two_kiosks_same_slot_exactly_one_wins(sandbox: Sandbox) -> None:
    with sandbox.client("PV-A") as a, sandbox.client("PV-B") as b:
        service_a, service_b = BookingService(a), BookingService(b)
        flow_a = municipal_to_summary(service_a)
        flow_b = municipal_to_summary(service_b, cf=OTHER_CF)
        assert flow_a.slot is not None
        assert flow_b.slot is not None
        assert flow_a.slot.id == flow_b.slot.id
        taken = flow_a.slot.id
        drive(flow_a, service_a, flow_a.confirm())
        assert flow_a.step is Step.DONE
        call = flow_b.confirm()
        drive(flow_b, service_b, call)
        # The loser is back on the times, told why, with a fresh list without that time.
        assert flow_b.step is Step.SLOT
        assert flow_b.notice is not None
        assert flow_b.notice.text == MSG_SLOT_TAKEN
        assert flow_b.error is None
        assert flow_b.slots is not None
        assert flow_b.slots.find(taken) is None
        assert flow_b.codice_fiscale == OTHER_CF  # nothing typed is lost
        flow_b.choose_slot(flow_b.slots.times()[0].id)
        assert flow_b.step is Step.IDENTIFY
        assert len(a.find_bookings(SAMPLE_CF)) == 1
        assert b.find_bookings(OTHER_CF) == []


def test_confirm_timeout_retried_with_same_key_books_once(sandbox: Sandbox) -> None:
    with sandbox.client("PV-A", read_timeout=0.3) as fast, sandbox.client("PV-A") as patient:
        flow = municipal_to_summary(BookingService(patient))
        call = flow.confirm()
        assert isinstance(call, CreateBooking)
        key = call.idempotency_key
        # The backend answers after 0.8 s: the kiosk gives up at 0.3 s, the booking is made.
        sandbox.control.faults(latency_ms=800, latency_path_prefix="/v1/bookings")
        with pytest.raises(BackendTimeout):
            BookingService(fast).execute(call)
        flow.fail(call, BackendTimeout("test"))
        assert flow.step is Step.SUMMARY
        assert flow.error is not None
        assert flow.error.retryable
        again = flow.retry()
        assert again is call
        assert isinstance(again, CreateBooking)
        assert again.idempotency_key == key
        # The retry waits for its answer; the first request lands before it (same latency,
        # sent earlier), so the backend replays that booking instead of making another.
        drive(flow, BookingService(patient), again)
        sandbox.control.clear_faults()
        assert flow.step is Step.DONE
        assert flow.booking is not None
        bookings = patient.find_bookings(SAMPLE_CF)
        assert [b.id for b in bookings] == [flow.booking.id]


def test_backend_down_mid_flow_keeps_every_choice(sandbox: Sandbox, service: BookingService,
                                                  client: ServicesClient) -> None:
    flow = MunicipalFlow()
    drive(flow, service, flow.start())
    drive(flow, service, flow.choose_service("cie"))
    sandbox.control.faults(drop_count=20)
    drive(flow, service, flow.choose_office("anagrafe-torino"))
    assert flow.step is Step.SLOT
    assert flow.error is not None
    assert flow.error.code == "OFFLINE"
    assert flow.error.retryable
    assert flow.service is not None
    assert flow.service.id == "cie"
    assert flow.office is not None
    assert flow.office.id == "anagrafe-torino"
    sandbox.control.clear_faults()
    drive(flow, service, flow.retry())
    assert flow.error is None
    assert flow.slots is not None
    flow.choose_slot(flow.slots.times()[0].id)
    assert flow.identify(SAMPLE_CF, "3331234567").ok
    sandbox.control.faults(error_status=500, error_count=1)
    call = flow.confirm()
    drive(flow, service, call)
    assert flow.step is Step.SUMMARY
    assert flow.error is not None
    assert flow.error.retryable
    assert flow.slot is not None
    assert flow.codice_fiscale == SAMPLE_CF
    assert flow.phone == "3331234567"
    again = flow.retry()
    assert again is call
    drive(flow, service, again)
    assert flow.step is Step.DONE
    assert len(client.find_bookings(SAMPLE_CF)) == 1


# --------------------------------------------------------------------------- CUP


def test_cup_happy_path(service: BookingService, clock: Clock) -> None:
    before = clock()
    flow, booking = cup_booking(service)
    assert flow.prescription is not None
    assert flow.prescription.priority == "D"
    assert flow.deadline is not None
    assert before + timedelta(days=29) < flow.deadline <= clock() + timedelta(days=30)
    assert booking.nre == "030A00000000001"
    assert booking.priority == "D"
    assert booking.fee_cents == 2300
    assert booking.notice_number is not None
    details = flow.details
    assert details is not None
    assert details.office.address
    assert details.site.id == "asst-pavia"


def test_cup_offers_earliest_in_time_slots_across_sites(service: BookingService) -> None:
    flow = CupFlow()
    drive(flow, service, flow.start())
    _check, call = flow.submit("030a 0000 0000 001", SAMPLE_CF)  # typed with spaces
    drive(flow, service, call)
    assert flow.step is CupStep.SLOT
    assert flow.within_limit
    offered = flow.offered
    assert 0 < len(offered) <= 6
    assert [s.start for s in offered] == sorted(s.start for s in offered)
    assert flow.deadline is not None
    assert all(s.start <= flow.deadline for s in offered)
    assert flow.free is not None
    assert {s.office_id for s in flow.free} == {"cup-voghera", "cup-vigevano"}
    assert offered[0] == flow.free[0]


@pytest.mark.parametrize(
    ("nre", "code"),
    [
        ("030A00000000003", "PRESCRIPTION_U_TOO_OLD"),
        ("030A00000000004", "PRESCRIPTION_EXPIRED"),
        ("030A00000000005", "PRESCRIPTION_ALREADY_BOOKED"),
        ("030A00000000006", "PRESCRIPTION_OTHER_PATIENT"),
        ("030A00000000099", "PRESCRIPTION_NOT_FOUND"),
    ],
)
def test_cup_prescription_problems_have_their_own_message(
    service: BookingService, nre: str, code: str
) -> None:
    flow = CupFlow()
    drive(flow, service, flow.start())
    _check, call = flow.submit(nre, SAMPLE_CF)
    drive(flow, service, call)
    assert flow.step is CupStep.PRESCRIPTION
    assert flow.error is not None
    assert flow.error.code == code
    assert flow.error.context == "CupBooking"
    assert flow.error.text == PRESCRIPTION_MESSAGES[code]
    assert not flow.error.retryable
    assert flow.nre == nre
    assert flow.codice_fiscale == SAMPLE_CF
    if code == "PRESCRIPTION_U_TOO_OLD":
        assert flow.error.phone == ASST_PHONE


def test_prescription_messages_are_all_different() -> None:
    assert len(set(PRESCRIPTION_MESSAGES.values())) == len(PRESCRIPTION_MESSAGES)


def test_cup_nothing_within_the_limit(sandbox: Sandbox, service: BookingService,
                                      clock: Clock) -> None:
    # No slot in the next 40 days: a class-D visit (30 days) has nothing in time.
    sandbox.control.seed_slots(anchor=clock().date() + timedelta(days=40))
    flow = CupFlow()
    drive(flow, service, flow.start())
    _check, call = flow.submit("030A00000000001", SAMPLE_CF)
    drive(flow, service, call)
    assert flow.step is CupStep.SLOT
    assert not flow.within_limit
    first = flow.first_later
    assert first is not None
    assert flow.deadline is not None
    assert first.start > flow.deadline
    assert flow.offered[0] == first
    assert flow.desk_phone == ASST_PHONE
    flow.choose_slot(first.id)
    drive(flow, service, flow.confirm())
    assert flow.step is CupStep.DONE


def test_cup_urgent_prescription_within_72_hours(sandbox: Sandbox, service: BookingService,
                                                 clock: Clock) -> None:
    flow = CupFlow()
    drive(flow, service, flow.start())
    _check, call = flow.submit("030A00000000002", SAMPLE_CF)
    drive(flow, service, call)
    assert flow.step is CupStep.SLOT
    assert flow.deadline is not None
    assert flow.deadline - clock() <= timedelta(hours=72)
    assert all(s.start <= flow.deadline for s in flow.in_time)


def test_cup_slot_taken_gives_fresh_list(sandbox: Sandbox, service: BookingService) -> None:
    flow = CupFlow()
    drive(flow, service, flow.start())
    _check, call = flow.submit("030A00000000009", SAMPLE_CF)
    drive(flow, service, call)
    target = flow.offered[0]
    flow.choose_slot(target.id)
    sandbox.control.block_slot(target.id)  # someone else took it meanwhile
    drive(flow, service, flow.confirm())
    assert flow.step is CupStep.SLOT
    assert flow.notice is not None
    assert flow.notice.code == "SLOT_TAKEN"
    assert flow.free is not None
    assert target.id not in {s.id for s in flow.free}


# --------------------------------------------------------------------------- my bookings


def my_flow(service: BookingService, code: str | None, cf: str = SAMPLE_CF,
            clock: Clock | None = None) -> MyBookingsFlow:
    flow = MyBookingsFlow(clock=clock) if clock is not None else MyBookingsFlow()
    drive(flow, service, flow.start())
    _check, call = flow.search(code or "", cf)
    drive(flow, service, call)
    return flow


def test_find_by_cf_alone_lists_future_bookings(service: BookingService) -> None:
    municipal = municipal_to_summary(service)
    drive(municipal, service, municipal.confirm())
    _cup, health = cup_booking(service)
    flow = my_flow(service, None)
    assert flow.step is MyStep.LIST
    assert {b.id for b in flow.bookings} == {health.id, municipal.booking.id}  # type: ignore[union-attr]
    assert [b.slot.start for b in flow.bookings] == sorted(b.slot.start for b in flow.bookings)


def test_find_unknown_code_and_nobody(service: BookingService) -> None:
    flow = my_flow(service, "PV-ZZZZZ")
    assert flow.step is MyStep.SEARCH
    assert flow.error is not None
    assert flow.error.code == "BOOKING_NOT_FOUND"
    assert not flow.error.retryable
    empty = my_flow(service, None, OTHER_CF)
    assert empty.step is MyStep.SEARCH
    assert empty.notice is not None
    assert empty.notice.code == "NONE_FOUND"


def test_cancel_allowed(service: BookingService, client: ServicesClient) -> None:
    _cup, booking = cup_booking(service, min_days=7)
    flow = my_flow(service, booking.code.lower())
    assert flow.step is MyStep.LIST
    flow.choose(booking.id)
    assert flow.step is MyStep.DETAIL
    assert flow.can_change()
    flow.ask_cancel()
    assert flow.step is MyStep.CANCEL_CONFIRM
    drive(flow, service, flow.confirm_cancel())
    assert flow.step is MyStep.CANCELLED
    assert flow.selected is not None
    assert flow.selected.status == "cancelled"
    assert client.find_bookings(SAMPLE_CF, booking.code)[0].status == "cancelled"
    # The prescription is free again: it can be booked anew.
    again = CupFlow()
    drive(again, service, again.start())
    _check, call = again.submit("030A00000000001", SAMPLE_CF)
    drive(again, service, call)
    assert again.step is CupStep.SLOT


def test_cancel_too_late_known_by_the_kiosk(service: BookingService) -> None:
    _cup, booking = cup_booking(service)
    late = booking.cancel_until + timedelta(minutes=1)
    flow = my_flow(service, booking.code, clock=lambda: late)
    flow.choose(booking.id)
    assert not flow.can_change()
    assert flow.notice is not None
    assert flow.notice.text == MSG_TOO_LATE
    assert flow.notice.phone == ASST_PHONE
    flow.ask_cancel()
    assert flow.step is MyStep.DETAIL
    assert flow.start_move() is None
    assert flow.step is MyStep.DETAIL


def test_cancel_too_late_decided_by_the_backend(sandbox: Sandbox, service: BookingService,
                                                client: ServicesClient, clock: Clock) -> None:
    _cup, booking = cup_booking(service, min_days=7)
    flow = my_flow(service, booking.code)
    flow.choose(booking.id)
    flow.ask_cancel()
    assert flow.step is MyStep.CANCEL_CONFIRM
    # Meanwhile the backend's clock passes the limit (2 working days before).
    sandbox.control.set_clock_offset((booking.cancel_until - clock()).total_seconds() + 60)
    drive(flow, service, flow.confirm_cancel())
    assert flow.step is MyStep.DETAIL
    assert flow.error is None
    assert flow.notice is not None
    assert flow.notice.code == "TOO_LATE_TO_CANCEL"
    assert flow.notice.phone == ASST_PHONE
    assert client.find_bookings(SAMPLE_CF, booking.code)[0].status == "confirmed"


def test_move_releases_the_old_slot_only_with_the_new(service: BookingService,
                                                      client: ServicesClient) -> None:
    municipal = municipal_to_summary(service)
    drive(municipal, service, municipal.confirm())
    booking = municipal.booking
    assert booking is not None
    old = booking.slot
    flow = my_flow(service, booking.code)
    flow.choose(booking.id)
    drive(flow, service, flow.start_move())
    assert flow.step is MyStep.MOVE_SLOT
    assert flow.slots is not None
    assert flow.slots.find(old.id) is None  # its own time is not offered
    flow.choose_day(flow.slots.days[1])
    new = flow.slots.times()[0]
    flow.choose_slot(new.id)
    assert flow.step is MyStep.MOVE_CONFIRM
    # Until confirmed, nothing has changed at the backend.
    assert client.find_bookings(SAMPLE_CF, booking.code)[0].slot.id == old.id
    drive(flow, service, flow.confirm_move())
    assert flow.step is MyStep.MOVED
    moved = client.find_bookings(SAMPLE_CF, booking.code)[0]
    assert moved.id == booking.id
    assert moved.slot.id == new.id
    free = {s.id for s in client.slots("cie", office_id=old.office_id,
                                       date_from=old.start.date(), date_to=old.start.date())}
    assert old.id in free
    assert new.id not in {s.id for s in client.slots(
        "cie", office_id=new.office_id, date_from=new.start.date(), date_to=new.start.date())}


def test_move_to_a_slot_just_taken_keeps_the_booking(sandbox: Sandbox, service: BookingService,
                                                     client: ServicesClient) -> None:
    _cup, booking = cup_booking(service, "030A00000000009", min_days=7)
    flow = my_flow(service, booking.code)
    flow.choose(booking.id)
    drive(flow, service, flow.start_move())
    assert flow.slots is not None
    target = flow.slots.times()[0]
    flow.choose_slot(target.id)
    sandbox.control.block_slot(target.id)
    drive(flow, service, flow.confirm_move())
    assert flow.step is MyStep.MOVE_SLOT
    assert flow.notice is not None
    assert flow.notice.code == "SLOT_TAKEN"
    assert flow.slots is not None
    assert flow.slots.find(target.id) is None
    assert client.find_bookings(SAMPLE_CF, booking.code)[0].slot.id == booking.slot.id


def test_writes_are_announced_before_they_are_sent(client: ServicesClient) -> None:
    seen: list[object] = []
    bookings_before: list[int] = []

    def journal(call: object) -> None:
        # Runs before the request: the backend has no booking yet.
        seen.append(call)
        bookings_before.append(len(client.find_bookings(SAMPLE_CF)))

    service = BookingService(client, before_write=journal)
    flow = municipal_to_summary(service)
    call = flow.confirm()
    drive(flow, service, call)
    assert seen == [call]
    assert bookings_before == [0]
    assert flow.step is Step.DONE


def test_catalogue_is_cached(client: ServicesClient) -> None:
    ticks = iter([0.0, 10.0, 700.0, 700.0])
    service = BookingService(client, monotonic=lambda: next(ticks))
    first = service.catalogue()
    assert service.catalogue() is first  # 10 s later: from the cache
    assert service.catalogue() is not first  # after the TTL: fetched again
