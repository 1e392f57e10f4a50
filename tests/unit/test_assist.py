"""Assisted mode as a plain state machine, and the staff permission check."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.audit import AuditLog
from kiosk.flows.assist import (
    PERMISSIONS,
    AssistMode,
    AssistState,
    EndReason,
    StaffAction,
    authorize,
)
from tests.unit.assist_helpers import FakeClock, staff, tutor


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def audit(tmp_path: Path, clock: FakeClock) -> AuditLog:
    return AuditLog.in_data_dir(tmp_path, clock)


@pytest.fixture
def mode(audit: AuditLog, clock: FakeClock) -> AssistMode:
    return AssistMode(audit, clock=clock, idle_end=timedelta(minutes=10))


def test_tutor_starts_and_ends_assistance(mode: AssistMode, audit: AuditLog) -> None:
    seen: list[AssistState] = []
    mode.add_listener(seen.append)
    assert mode.start(tutor())
    assert mode.active
    assert mode.assisted_by == "Maria Bianchi (T-014)"
    mode.note_error("Il pagamento non è andato a buon fine.")
    assert mode.state.last_error == "Il pagamento non è andato a buon fine."
    mode.end()
    assert not mode.active
    assert mode.assisted_by is None
    assert mode.state.ended is EndReason.TUTOR
    assert [s.active for s in seen] == [True, True, False]
    assert [(r.actor, r.action) for r in audit.records()] == [
        ("T-014", "assist.start"), ("T-014", "assist.end")]
    assert audit.records()[-1].details["reason"] == "tutor"


def test_assistance_ends_with_the_citizen_session(mode: AssistMode) -> None:
    mode.start(tutor())
    mode.note_error("Errore di rete")
    mode.session_ended()
    assert not mode.active
    assert mode.state.ended is EndReason.SESSION_END
    assert mode.state.last_error is None  # the next citizen's session starts clean


def test_assistance_ends_after_idle_time(mode: AssistMode, clock: FakeClock) -> None:
    mode.start(tutor())
    clock.advance(minutes=9)
    mode.touch()
    clock.advance(minutes=9)
    assert not mode.tick()
    assert mode.active
    clock.advance(minutes=1)
    assert mode.tick()
    assert mode.state.ended is EndReason.IDLE
    assert not mode.tick()


def test_a_second_tutor_takes_over(mode: AssistMode, audit: AuditLog) -> None:
    mode.start(tutor())
    other = staff()
    assert mode.start(other)
    assert mode.tutor == other
    assert [r.action for r in audit.records()] == ["assist.start", "assist.end", "assist.start"]


def test_tutor_attempting_staff_actions_is_refused_and_audited(audit: AuditLog) -> None:
    for action in StaffAction:
        expected = action in (StaffAction.ASSIST, StaffAction.REPRINT)
        assert authorize(tutor(), action, audit) is expected
    refused = [r for r in audit.records() if r.action == "staff.refused"]
    assert {r.details["action"] for r in refused} == {
        "daily_report", "test_page", "resume_printer", "out_of_service", "back_in_service",
        "exit"}
    assert all(r.actor == "T-014" for r in refused)
    assert all(authorize(staff(), action, audit) for action in StaffAction)
    assert len(audit.records()) == len(refused)
    assert PERMISSIONS[staff().role] == frozenset(StaffAction)


def test_out_of_service_survives_a_restart(audit: AuditLog) -> None:
    from kiosk.flows.assist import out_of_service_message

    assert out_of_service_message(audit) is None
    audit.record("S-002", "staff.out_of_service", {"message": "Chiuso fino alle 14"})
    audit.record("S-002", "staff.reprint", {"code": "K7Q2-M9XD-3F"})
    assert out_of_service_message(AuditLog(audit.path)) == "Chiuso fino alle 14"
    audit.record("S-002", "staff.back_in_service")
    assert out_of_service_message(audit) is None


def test_assisted_by_fits_the_backend_field(mode: AssistMode) -> None:
    from kiosk.accounts import Account, Role
    from kiosk.flows.assist import ASSISTED_BY_MAX

    long_name = Account(id="T-" + "9" * 30, name="Maria Benedetta Bianchi Visconti " * 3,
                        role=Role.TUTOR, pin_hash=tutor().pin_hash)
    mode.start(long_name)
    label = mode.assisted_by
    assert label is not None
    assert len(label) <= ASSISTED_BY_MAX
    assert label.endswith(f"({long_name.id})")
    assert label.startswith("Maria Benedetta")
