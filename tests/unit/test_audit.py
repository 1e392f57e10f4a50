"""The audit log: append-only, hash-chained; tampering with sqlite3 is detected."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from kiosk.audit import GENESIS, AuditLog, check_audit
from kiosk.config import parse_config
from tests.unit.assist_helpers import FakeClock


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    clock = FakeClock()
    log = AuditLog.in_data_dir(tmp_path, clock)
    for n in range(5):
        clock.advance(seconds=1)
        log.record("T-014", "test.action", {"n": n})
    return log


def _tamper(path: Path, *sql: str) -> None:
    # What someone with the file would do: drop the guard, then rewrite history.
    with sqlite3.connect(path) as db:
        db.execute("DROP TRIGGER IF EXISTS audit_no_update")
        db.execute("DROP TRIGGER IF EXISTS audit_no_delete")
        for statement in sql:
            db.execute(statement)


def test_reading_a_log_never_written_creates_nothing(tmp_path: Path) -> None:
    """A first start reads the log (is the station closed?) before its first frame: no file
    is made for that; the first record makes it, with its append-only guard."""
    log = AuditLog.in_data_dir(tmp_path, FakeClock())
    assert log.records() == []
    assert not log.path.exists()
    log.record("T-014", "test.action")
    assert [r.action for r in log.records()] == ["test.action"]
    assert log.verify_chain() == []


def test_records_are_chained(audit: AuditLog) -> None:
    records = audit.records()
    assert [r.seq for r in records] == [1, 2, 3, 4, 5]
    assert records[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(records):
        assert after.prev_hash == before.hash
    assert audit.verify_chain() == []
    assert records[2].details == {"n": 2}


def test_the_kiosk_itself_cannot_update_or_delete(audit: AuditLog) -> None:
    with sqlite3.connect(audit.path) as db, pytest.raises(sqlite3.IntegrityError,
                                                          match="append-only"):
        db.execute("UPDATE audit SET actor = 'x' WHERE seq = 1")
    with sqlite3.connect(audit.path) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM audit WHERE seq = 1")
    assert audit.verify_chain() == []


def test_edited_record_is_detected(audit: AuditLog) -> None:
    _tamper(audit.path, "UPDATE audit SET details = '{\"n\":99}' WHERE seq = 3")
    problems = audit.verify_chain()
    kinds = {(p.seq, p.kind) for p in problems}
    assert (3, "edited") in kinds
    assert (0, "unprotected") in kinds


def test_deleted_record_is_detected(audit: AuditLog) -> None:
    _tamper(audit.path, "DELETE FROM audit WHERE seq = 2")
    problems = AuditLog(audit.path).verify_chain()  # reopening re-creates the triggers
    assert [(p.seq, p.kind) for p in problems] == [(3, "missing")]
    assert "record 2 is missing" in problems[0].message


def test_deleted_newest_records_are_detected(audit: AuditLog) -> None:
    _tamper(audit.path, "DELETE FROM audit WHERE seq >= 4")
    problems = AuditLog(audit.path).verify_chain()
    assert [(p.seq, p.kind) for p in problems] == [(4, "truncated")]


def test_swapped_records_are_detected(audit: AuditLog) -> None:
    # Swap the content of records 2 and 3 (seq is the primary key, so that is a reorder).
    _tamper(
        audit.path,
        "UPDATE audit SET seq = -2 WHERE seq = 2",
        "UPDATE audit SET seq = 2 WHERE seq = 3",
        "UPDATE audit SET seq = 3 WHERE seq = -2",
    )
    problems = AuditLog(audit.path).verify_chain()
    assert {p.seq for p in problems} >= {2, 3}
    assert {"reordered", "edited"} <= {p.kind for p in problems}


def test_rehashed_edit_still_breaks_the_next_link(audit: AuditLog) -> None:
    # A careful forger recomputes the edited record's own hash; the next record still points
    # at the old hash, and the head at the end of the chain.
    from kiosk.audit import chain_hash

    row = audit.records()[1]
    details = '{"n":42}'
    new_hash = chain_hash(row.prev_hash, 2, row.time.isoformat(), row.actor, row.action, details)
    _tamper(audit.path,
            f"UPDATE audit SET details = '{details}', hash = '{new_hash}' WHERE seq = 2")
    problems = AuditLog(audit.path).verify_chain()
    assert [(p.seq, p.kind) for p in problems] == [(3, "reordered")]


def test_secrets_refused_and_codice_fiscale_masked(tmp_path: Path) -> None:
    log = AuditLog.in_data_dir(tmp_path, FakeClock())
    with pytest.raises(ValueError, match="secrets"):
        log.record("T-014", "auth.pin_ok", {"pin": "2468"})
    with pytest.raises(ValueError, match="secrets"):
        log.record("T-014", "auth.pin_ok", {"badge_hash": "x"})
    record = log.record("T-014", "staff.search", {"query": "RSSMRA85T10G388I",
                                                  "leak": "$argon2id$v=19$m=1,t=1,p=1$x$y"})
    assert record.details == {"query": "RSSMRA*******88I", "leak": "[redacted]"}
    for path in log.path.parent.glob("journal.db*"):
        assert b"RSSMRA85T10G388I" not in path.read_bytes()


def test_naive_clock_refused(tmp_path: Path) -> None:
    from datetime import datetime

    log = AuditLog.in_data_dir(tmp_path, lambda: datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="aware"):
        log.record("x", "y")


def test_doctor_check(tmp_path: Path) -> None:
    config = parse_config({"station": {"data_dir": str(tmp_path)}})
    assert check_audit(config).ok  # no journal yet
    log = AuditLog.in_data_dir(tmp_path)
    log.record("S-002", "staff.reprint", {"code": "K7Q2-M9XD-3F"})
    log.record("S-002", "staff.reprint", {"code": "K7Q2-M9XD-3G"})
    good = check_audit(config)
    assert good.ok
    assert "2 record(s)" in good.message
    _tamper(log.path, "UPDATE audit SET actor = 'T-999' WHERE seq = 1")
    bad = check_audit(config)
    assert not bad.ok
    assert "record 1 was changed" in bad.message
    assert "append-only guard was removed" in bad.message  # the doctor does not repair it
    assert bad.line().startswith("PROBLEM audit log")


def test_doctor_check_on_a_journal_without_audit_records(tmp_path: Path) -> None:
    from kiosk.journal import Journal

    Journal.in_data_dir(tmp_path)  # the payment journal made journal.db, no audit yet
    config = parse_config({"station": {"data_dir": str(tmp_path)}})
    result = check_audit(config)
    assert result.ok
    assert "no audit records yet" in result.message
