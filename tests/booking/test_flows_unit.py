"""The booking state machines without a backend or Qt: answers are fed by hand."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from kiosk.flows.booking import MunicipalFlow, Step, check_identity, municipal_groups
from kiosk.flows.booking_details import BookingDetails, CatalogueIndex, booking_receipt
from kiosk.flows.booking_ops import (
    ROME,
    CheckPrescription,
    CreateBooking,
    FindBookings,
    LoadCatalogue,
    LoadSlots,
)
from kiosk.flows.cup import CupFlow, CupStep, check_input
from kiosk.flows.my_bookings import MyBookingsFlow, MyStep, check_search
from kiosk.flows.slot_choice import SlotChoice
from kiosk.sandbox.seed import CATALOGUE
from kiosk.services.errors import BackendOffline, DomainError
from kiosk.services.models import Booking, Prescription, Slot

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ROME)
CF = "RSSMRA85T10G388I"


def clock() -> datetime:
    return NOW


def key_factory() -> Callable[[], str]:
    counter = itertools.count(1)
    return lambda: f"key-{next(counter)}"


def slot(service: str, office: str, day: int, hour: int, minute: int = 0,
         month: int = 11) -> Slot:
    start = datetime(2026, month, day, hour, minute, tzinfo=ROME)
    return Slot(id=f"slot:{service}:{office}:{start:%Y%m%d%H%M}", service_id=service,
                office_id=office, start=start, end=start + timedelta(minutes=20))


def booking_for(s: Slot, *, site: str = "comune-pavia", cancel_until: datetime | None = None,
                status: str = "confirmed", priority: str | None = None) -> Booking:
    return Booking(id="bk_1", code="PV-AB3CD", service_id=s.service_id, site_id=site,
                   office_id=s.office_id, slot=s, status=status,  # type: ignore[arg-type]
                   codice_fiscale_masked="RSSMRA*******88I", priority=priority,  # type: ignore[arg-type]
                   fee_cents=2221, cancel_until=cancel_until or s.start, created_at=NOW)


def municipal() -> MunicipalFlow:
    flow = MunicipalFlow(clock=clock, key_factory=key_factory())
    call = flow.start()
    assert isinstance(call, LoadCatalogue)
    assert flow.complete(call, CATALOGUE)
    return flow


SLOTS = [slot("cie", "anagrafe-acerbi", d, h) for d in (25, 27, 30) for h in (9, 10)]


def at_summary() -> MunicipalFlow:
    flow = municipal()
    assert flow.choose_service("cie") is None
    call = flow.choose_office("anagrafe-acerbi")
    assert isinstance(call, LoadSlots)
    flow.complete(call, SLOTS)
    flow.choose_slot(SLOTS[0].id)
    assert flow.identify(CF).ok
    return flow


# --------------------------------------------------------------------------- municipal


def test_groups_are_the_municipal_categories_without_prescriptions() -> None:
    groups = municipal_groups(CATALOGUE)
    assert [g.category.id for g in groups] == [
        "anagrafe", "carta-identita", "certificati", "tributi", "servizi-sociali"]
    assert all(not s.requires_prescription for g in groups for s in g.services)


def test_municipal_transitions_and_back() -> None:
    flow = municipal()
    assert flow.step is Step.SERVICE
    assert not flow.can_go_back
    flow.choose_service("cie")
    assert flow.step is Step.OFFICE
    call = flow.choose_office("anagrafe-acerbi")
    assert isinstance(call, LoadSlots)
    assert call.date_from == NOW.date()
    assert call.office_id == "anagrafe-acerbi"
    assert flow.busy
    flow.complete(call, SLOTS)
    assert flow.step is Step.SLOT
    assert flow.slots is not None
    assert flow.slots.day == date(2026, 11, 25)  # first day with a time, already selected
    flow.choose_day(date(2026, 11, 27))
    assert [s.start.hour for s in flow.slots.times()] == [9, 10]
    with pytest.raises(ValueError, match="no free slot"):
        flow.choose_day(date(2026, 11, 26))
    flow.choose_slot(flow.slots.times()[1].id)
    assert flow.step is Step.IDENTIFY
    flow.back()
    assert flow.step is Step.SLOT
    assert flow.slot is not None  # the choice is kept
    flow.back()
    assert flow.step is Step.OFFICE
    flow.back()
    assert flow.step is Step.SERVICE
    assert flow.service is not None


def test_unknown_choices_are_refused() -> None:
    flow = municipal()
    with pytest.raises(ValueError, match="not bookable"):
        flow.choose_service("visita-cardiologica")  # needs a prescription
    flow.choose_service("cie")
    with pytest.raises(ValueError, match="does not offer"):
        flow.choose_office("tributi-mezzabarba")


def test_stale_answer_is_dropped_after_back() -> None:
    flow = municipal()
    flow.choose_service("cie")
    call = flow.choose_office("anagrafe-acerbi")
    assert call is not None
    flow.back()
    assert not flow.complete(call, SLOTS)
    assert flow.step is Step.OFFICE
    assert flow.slots is None


def test_identity_checks() -> None:
    assert check_identity(" rssmra85t10g388i ").ok
    assert check_identity(CF, "+39 333 123 4567").phone == "+393331234567"
    assert check_identity(CF, "").phone is None
    assert check_identity(CF, "333-12").phone_message
    assert check_identity(CF, "tel 333").phone_message
    assert check_identity("RSSMRA85T10G388").cf_message
    assert "RSSMRA85" not in repr(check_identity(CF))


def test_confirm_key_is_made_once_and_kept_on_retry() -> None:
    flow = at_summary()
    call = flow.confirm()
    assert isinstance(call, CreateBooking)
    assert call.idempotency_key == "key-1"
    assert flow.confirm() is None  # a second tap while it runs does nothing
    flow.fail(call, BackendOffline("down"))
    assert flow.step is Step.SUMMARY
    assert flow.error is not None
    assert flow.error.retryable
    assert flow.retry() is call
    flow.fail(call, BackendOffline("down"))
    # Tapping *Conferma* again for the same request also keeps the key.
    again = flow.confirm()
    assert isinstance(again, CreateBooking)
    assert again.idempotency_key == "key-1"
    # A different request (another time) gets a new key.
    flow.fail(again, BackendOffline("down"))
    flow.back()
    flow.back()
    assert flow.slots is not None
    flow.choose_slot(SLOTS[1].id)
    flow.identify(CF)
    other = flow.confirm()
    assert isinstance(other, CreateBooking)
    assert other.idempotency_key == "key-2"
    flow.complete(other, booking_for(SLOTS[1]))
    assert flow.step is Step.DONE
    assert not flow.can_go_back


def test_slot_taken_goes_back_to_a_fresh_list() -> None:
    flow = at_summary()
    call = flow.confirm()
    assert call is not None
    flow.fail(call, DomainError("SLOT_TAKEN", "taken"))
    assert flow.step is Step.SLOT
    assert flow.error is None
    assert flow.notice is not None
    assert flow.notice.code == "SLOT_TAKEN"
    assert isinstance(flow.pending, LoadSlots)
    assert flow.codice_fiscale == CF


def test_not_retryable_error_offers_no_retry() -> None:
    flow = at_summary()
    call = flow.confirm()
    assert call is not None
    flow.fail(call, DomainError("INVALID_CODICE_FISCALE", "bad"))
    assert flow.error is not None
    assert not flow.error.retryable
    assert flow.retry() is None


def test_reset_forgets_everything_personal_but_not_the_catalogue() -> None:
    flow = at_summary()
    flow.reset()
    assert flow.step is Step.SERVICE
    assert flow.codice_fiscale == ""
    assert flow.slot is None
    assert flow.index is not None
    assert flow.start() is None  # the catalogue is known: no call


# --------------------------------------------------------------------------- slot choice


def test_slot_choice_groups_by_local_day() -> None:
    late = slot("cie", "anagrafe-acerbi", 25, 23, 30)  # 22:30 UTC, still the 25th in Rome
    choice = SlotChoice(reversed([*SLOTS, late]))
    assert choice.days == [date(2026, 11, 25), date(2026, 11, 27), date(2026, 11, 30)]
    assert choice.times()[-1] == late
    assert choice.quick_days(2) == [date(2026, 11, 25), date(2026, 11, 27)]
    assert choice.months() == [(2026, 11)]
    grid = choice.month_grid(2026, 11)
    cells = [c for week in grid for c in week if c is not None]
    assert len(cells) == 30
    assert [c.day.day for c in cells if c.available] == [25, 27, 30]
    assert grid[0][0] is None  # 1 November 2026 is a Sunday
    assert SlotChoice([]).empty


# --------------------------------------------------------------------------- CUP


def prescription(priority: str = "D", issued: datetime | None = None,
                 matches: bool = True) -> Prescription:
    issued = issued or NOW - timedelta(days=3)
    return Prescription(nre="030A00000000001", service_id="visita-cardiologica",
                        priority=priority, issued_at=issued,  # type: ignore[arg-type]
                        expires_at=issued + timedelta(days=182), latest_appointment=NOW,
                        codice_fiscale_masked="RSSMRA*******88I", patient_matches=matches)


def cup() -> CupFlow:
    flow = CupFlow(clock=clock, key_factory=key_factory())
    call = flow.start()
    assert call is not None
    flow.complete(call, CATALOGUE)
    return flow


def submit(flow: CupFlow, p: Prescription) -> LoadSlots | None:
    check, call = flow.submit("030a00000000001", CF)
    assert check.ok
    assert isinstance(call, CheckPrescription)
    assert "RSSMRA" not in repr(call)
    flow.complete(call, p)
    return flow.pending if isinstance(flow.pending, LoadSlots) else None


def test_cup_input_messages() -> None:
    assert check_input("", CF).nre_message
    assert check_input("030A0000000000", CF).nre_message
    assert check_input("030A00000000001", "RSSMRA").cf_message
    assert check_input("*030A00000000001*", CF).ok  # scanned Code 39 marks


def test_cup_splits_in_time_and_later() -> None:
    flow = cup()
    call = submit(flow, prescription("B"))
    assert call is not None
    assert call.office_id is None  # every site
    assert flow.deadline == NOW + timedelta(days=10)
    free = [slot("visita-cardiologica", "cup-voghera", d, 9) for d in (24, 28)]
    free.append(slot("visita-cardiologica", "cup-voghera", 4, 9, month=12))
    free.append(slot("visita-cardiologica", "cup-vigevano", 24, 8))
    flow.complete(call, free)
    assert flow.step is CupStep.SLOT
    assert [s.start.day for s in flow.offered] == [24, 24, 28]
    assert flow.offered[0].office_id == "cup-vigevano"  # earliest first, across sites
    assert flow.first_later is not None
    assert flow.first_later.start.day == 4
    flow.show_later_dates()
    assert [s.start.day for s in flow.offered] == [4]


def test_cup_nothing_in_time() -> None:
    flow = cup()
    call = submit(flow, prescription("U", issued=NOW - timedelta(hours=2)))
    assert call is not None
    assert flow.deadline == NOW + timedelta(hours=72)
    flow.complete(call, [slot("visita-cardiologica", "cup-voghera", 30, 9)])
    assert not flow.within_limit
    assert [s.start.day for s in flow.offered] == [30]


@pytest.mark.parametrize(
    ("p", "code"),
    [
        (prescription(matches=False), "PRESCRIPTION_OTHER_PATIENT"),
        (prescription("U", issued=NOW - timedelta(hours=49)), "PRESCRIPTION_U_TOO_OLD"),
        (prescription("P", issued=NOW - timedelta(days=200)), "PRESCRIPTION_EXPIRED"),
    ],
)
def test_cup_local_prescription_checks(p: Prescription, code: str) -> None:
    flow = cup()
    assert submit(flow, p) is None
    assert flow.step is CupStep.PRESCRIPTION
    assert flow.error is not None
    assert flow.error.code == code
    assert flow.prescription is None


# --------------------------------------------------------------------------- my bookings


def test_search_checks() -> None:
    assert check_search("", CF).ok
    assert check_search("pv-ab3cd", CF).code == "PV-AB3CD"
    assert check_search("pv ab3cd", CF).code == "PV-AB3CD"
    assert check_search("???", CF).code_message
    assert check_search("PV-AB3CD", "").cf_message


def test_my_bookings_too_late_and_cancel_flow() -> None:
    flow = MyBookingsFlow(clock=clock, key_factory=key_factory())
    call = flow.start()
    assert call is not None
    flow.complete(call, CATALOGUE)
    _check, find = flow.search("", CF)
    assert isinstance(find, FindBookings)
    assert find.code is None
    soon = slot("visita-cardiologica", "cup-voghera", 24, 9)
    later = slot("visita-cardiologica", "cup-voghera", 30, 9)
    late = booking_for(soon, site="asst-pavia", cancel_until=NOW - timedelta(hours=1),
                       priority="D")
    fine = booking_for(later, site="asst-pavia", cancel_until=NOW + timedelta(days=3),
                       priority="D").model_copy(update={"id": "bk_2"})
    flow.complete(find, [fine, late])
    assert [b.id for b in flow.bookings] == ["bk_1", "bk_2"]
    flow.choose("bk_1")
    assert not flow.can_change()
    assert flow.notice is not None
    assert flow.notice.phone == "0382 431 000 (esempio)"
    flow.ask_cancel()
    assert flow.step is MyStep.DETAIL
    flow.back()
    flow.choose("bk_2")
    assert flow.notice is None
    flow.ask_cancel()
    cancel = flow.confirm_cancel()
    assert cancel is not None
    flow.fail(cancel, BackendOffline("down"))
    assert flow.retry() is cancel
    flow.complete(cancel, fine.model_copy(update={"status": "cancelled"}))
    assert flow.step is MyStep.CANCELLED


def test_move_of_a_health_booking_looks_at_every_site() -> None:
    flow = MyBookingsFlow(clock=clock)
    flow.index = CatalogueIndex(CATALOGUE)
    later = slot("visita-cardiologica", "cup-voghera", 30, 9)
    b = booking_for(later, site="asst-pavia", cancel_until=NOW + timedelta(days=3),
                    priority="D")
    flow.bookings = [b]
    flow.step = MyStep.LIST
    flow.choose(b.id)
    call = flow.start_move()
    assert isinstance(call, LoadSlots)
    assert call.office_id is None


def test_booking_receipt_from_details() -> None:
    s = SLOTS[0]
    details = BookingDetails.for_booking(CatalogueIndex(CATALOGUE), booking_for(s))
    receipt = booking_receipt(details, codice_fiscale=CF, station_id="PV-01",
                              station_office="Anagrafe", language="en", issued_at=NOW)
    assert receipt.service == "Electronic identity card"
    assert receipt.patient_masked == "RSSMRA*******88I"
    assert receipt.ticket_cents == 2221
    assert receipt.place.address == "Via Acerbi 27, 27100 Pavia"
    assert "A recent passport photo" in receipt.what_to_bring
