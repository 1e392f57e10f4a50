"""Unlock by PIN or badge: wrong PINs, a lockout that survives a restart, unknown badges,
every attempt audited, and never a PIN or hash in the audit log or the log file."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.auth import Authenticator, Outcome
from kiosk.logsetup import configure_logging
from tests.unit.assist_helpers import (
    STAFF_PIN,
    TUTOR_BADGE,
    TUTOR_PIN,
    FakeClock,
    staff,
    tutor,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _auth(data_dir: Path, clock: FakeClock) -> Authenticator:
    return Authenticator.in_data_dir([tutor(), staff()], data_dir, clock=clock)


def test_right_pins_unlock_their_account(tmp_path: Path, clock: FakeClock) -> None:
    auth = _auth(tmp_path, clock)
    result = auth.unlock_with_pin(TUTOR_PIN)
    assert result.ok
    assert result.account is not None
    assert result.account.id == "T-014"
    staff_result = auth.unlock_with_pin(STAFF_PIN)
    assert staff_result.account is not None
    assert staff_result.account.is_staff
    actions = [(r.actor, r.action) for r in auth.audit.records()]
    assert actions == [("T-014", "auth.pin_ok"), ("S-002", "auth.pin_ok")]


def test_wrong_pin_counts_down_and_is_audited(tmp_path: Path, clock: FakeClock) -> None:
    auth = _auth(tmp_path, clock)
    first = auth.unlock_with_pin("0000")
    assert first.outcome is Outcome.WRONG_PIN
    assert first.attempts_left == 4
    assert auth.unlock_with_pin("").attempts_left == 3
    record = auth.audit.records()[-1]
    assert (record.actor, record.action, record.details) == (
        "unknown", "auth.pin_failed", {"failures": 2})
    # A right PIN resets the count.
    assert auth.unlock_with_pin(TUTOR_PIN).ok
    assert auth.unlock_with_pin("0000").attempts_left == 4


def test_five_wrong_pins_lock_for_five_minutes_across_a_restart(
    tmp_path: Path, clock: FakeClock
) -> None:
    auth = _auth(tmp_path, clock)
    for _ in range(4):
        assert auth.unlock_with_pin("9999").outcome is Outcome.WRONG_PIN
    locked = auth.unlock_with_pin("9999")
    assert locked.outcome is Outcome.LOCKED
    assert locked.locked_until == clock.now + timedelta(minutes=5)
    assert auth.seconds_locked() == 300

    # The station restarts: a new Authenticator on the same data dir.
    clock.advance(minutes=2)
    again = _auth(tmp_path, clock)
    assert again.seconds_locked() == 180
    refused = again.unlock_with_pin(TUTOR_PIN)  # even the right PIN waits
    assert refused.outcome is Outcome.LOCKED
    assert again.audit.records()[-1].action == "auth.pin_refused_locked"

    # A badge is a physical token: it still works while the keypad is locked.
    assert again.unlock_with_badge(TUTOR_BADGE).ok

    clock.advance(minutes=3)
    assert again.seconds_locked() == 0
    after = again.unlock_with_pin("1111")
    assert after.outcome is Outcome.WRONG_PIN
    assert after.attempts_left == 4  # a fresh count after the lock
    assert again.unlock_with_pin(TUTOR_PIN).ok
    actions = [r.action for r in again.audit.records()]
    assert actions.count("auth.keypad_locked") == 1
    assert again.audit.verify_chain() == []


def test_clock_set_back_does_not_extend_the_lock(tmp_path: Path, clock: FakeClock) -> None:
    auth = _auth(tmp_path, clock)
    for _ in range(5):
        auth.unlock_with_pin("9999")
    clock.advance(hours=-5)
    assert auth.seconds_locked() == 300


def test_unknown_badge_is_refused_and_audited(tmp_path: Path, clock: FakeClock) -> None:
    auth = _auth(tmp_path, clock)
    result = auth.unlock_with_badge("SOMEONE-ELSE-0002")
    assert result.outcome is Outcome.UNKNOWN_BADGE
    assert result.account is None
    # The staff account has no badge at all.
    assert not auth.unlock_with_badge(STAFF_PIN).ok
    record = auth.audit.records()[0]
    assert (record.actor, record.action) == ("unknown", "auth.badge_unknown")
    ok = auth.unlock_with_badge(TUTOR_BADGE)
    assert ok.account is not None
    assert ok.account.id == "T-014"


def test_pins_and_hashes_never_reach_the_log_or_audit(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    log_dir = tmp_path / "logs-root"
    log_file = configure_logging(log_dir, level=logging.DEBUG, console=False)
    assert log_file is not None
    try:
        accounts = [tutor(), staff()]
        auth = Authenticator.in_data_dir(accounts, tmp_path, clock=clock)
        auth.unlock_with_pin(TUTOR_PIN)
        for _ in range(5):
            auth.unlock_with_pin("8642")
        auth.unlock_with_badge(TUTOR_BADGE)
        auth.unlock_with_badge("WRONG-BADGE-123")
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_smacy", False):
                handler.flush()
        configure_logging(None, console=False)
    text = log_file.read_text("utf-8")
    assert "unlocked by PIN: T-014" in text
    secrets = [TUTOR_PIN, "8642", TUTOR_BADGE, "WRONG-BADGE-123", "$argon2"]
    secrets += [a.pin_hash for a in accounts]
    journal = b"".join(p.read_bytes() for p in tmp_path.glob("journal.db*"))
    for secret in secrets:
        assert secret not in text
        assert secret not in caplog.text
        assert secret.encode() not in journal
