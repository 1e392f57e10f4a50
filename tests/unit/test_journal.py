"""The payment journal: intent life cycle, idempotency, what counts as unfinished, no personal
data. Real SQLite files in the test's data dir."""

from __future__ import annotations

import re
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.journal import (
    JOURNAL_FILE,
    IntentState,
    Journal,
    JournalError,
    new_idempotency_key,
)

NOTICE = "301000000000000144"
CREDITOR = "00296180185"


def _intent(journal: Journal, key: str | None = None, amount: int = 2221) -> str:
    key = key or new_idempotency_key()
    journal.write_intent(idempotency_key=key, notice_number=NOTICE, creditor_cf=CREDITOR,
                         amount_cents=amount, creditor_name="Comune di Pavia",
                         description="Carta d'identità elettronica")
    return key


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal.in_data_dir(tmp_path / "data")


def test_lives_in_the_data_dir_in_wal_mode(journal: Journal, tmp_path: Path) -> None:
    assert journal.path == tmp_path / "data" / JOURNAL_FILE
    _intent(journal)
    with sqlite3.connect(journal.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_intent_is_written_before_anything_else(journal: Journal) -> None:
    key = _intent(journal)
    intent = journal.get(key)
    assert intent is not None
    assert intent.state is IntentState.INTENT_WRITTEN
    assert intent.payment_id is None
    assert intent.created_at.tzinfo is not None
    assert [i.idempotency_key for i in journal.unfinished()] == [key]


def test_writing_the_same_intent_twice_keeps_one_row(journal: Journal) -> None:
    key = _intent(journal)
    _intent(journal, key)
    assert len(journal.all()) == 1


def test_a_key_cannot_name_two_different_payments(journal: Journal) -> None:
    key = _intent(journal)
    with pytest.raises(JournalError):
        _intent(journal, key, amount=9999)


def test_full_life_cycle_to_receipt(journal: Journal) -> None:
    key = _intent(journal)
    journal.mark_activated(key, "pay_1", "tok")
    journal.mark_awaiting_card(key)
    journal.mark_awaiting_card(key)  # a second poll saying the same is fine
    journal.mark_approved(key, receipt_code="RC-1")
    assert journal.unfinished()[0].state is IntentState.APPROVED  # receipt still missing
    code = journal.assign_local_receipt_code(key, "AAAA-BBBB-CC")
    assert journal.assign_local_receipt_code(key, "ZZZZ-ZZZZ-ZZ") == code  # first one wins
    intent = journal.mark_receipt_stored(key)
    assert intent.is_finished
    assert intent.payment_id == "pay_1"
    assert intent.receipt_code == "RC-1"
    assert journal.unfinished() == []


@pytest.mark.parametrize(
    "state", [IntentState.DECLINED, IntentState.CANCELLED, IntentState.EXPIRED,
              IntentState.RELEASED])
def test_not_paid_states_are_finished_and_final(journal: Journal, state: IntentState) -> None:
    key = _intent(journal)
    journal.mark_activated(key, "pay_1", "tok")
    journal.mark_not_paid(key, state)
    assert journal.unfinished() == []
    with pytest.raises(JournalError):
        journal.mark_approved(key, receipt_code="RC-1")


def test_approved_never_becomes_released(journal: Journal) -> None:
    key = _intent(journal)
    journal.mark_approved(key, receipt_code="RC-1", payment_id="pay_1", payment_token="t")
    with pytest.raises(JournalError):
        journal.mark_not_paid(key, IntentState.RELEASED)
    with pytest.raises(JournalError):
        journal.mark_activated(key, "pay_2", "t2")
    assert journal.get(key).state is IntentState.APPROVED  # type: ignore[union-attr]


def test_mark_not_paid_refuses_approved_as_a_state(journal: Journal) -> None:
    key = _intent(journal)
    with pytest.raises(ValueError, match="not-paid"):
        journal.mark_not_paid(key, IntentState.APPROVED)


def test_receipt_only_for_approved(journal: Journal) -> None:
    key = _intent(journal)
    with pytest.raises(JournalError):
        journal.assign_local_receipt_code(key, "AAAA-BBBB-CC")
    with pytest.raises(JournalError):
        journal.mark_receipt_stored(key)


def test_unknown_key(journal: Journal) -> None:
    assert journal.get("nope") is None
    with pytest.raises(JournalError):
        journal.mark_activated("nope", "p", "t")


def test_survives_reopening(journal: Journal) -> None:
    key = _intent(journal)
    journal.mark_activated(key, "pay_1", "tok")
    again = Journal(journal.path)
    assert again.get(key).state is IntentState.ACTIVATED  # type: ignore[union-attr]


def test_clock_must_be_aware(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.db", clock=lambda: datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="aware"):
        _intent(journal)


def test_injected_clock_is_used(tmp_path: Path) -> None:
    moment = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    journal = Journal(tmp_path / "j.db", clock=lambda: moment)
    key = _intent(journal)
    assert journal.get(key).created_at == moment  # type: ignore[union-attr]


def test_concurrent_writers_from_threads(journal: Journal) -> None:
    keys = [new_idempotency_key() for _ in range(20)]
    errors: list[BaseException] = []

    def work(key: str) -> None:
        try:
            _intent(journal, key)
            journal.mark_activated(key, f"pay_{key}", "tok")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in keys]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert {i.idempotency_key for i in journal.unfinished()} == set(keys)


def test_holds_no_codice_fiscale(journal: Journal) -> None:
    key = _intent(journal)
    journal.mark_approved(key, receipt_code="RC-1", payment_id="pay_1", payment_token="t")
    with sqlite3.connect(journal.path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(payment_intents)")}
        text = " ".join(str(v) for row in db.execute("SELECT * FROM payment_intents")
                        for v in row)
    assert not any("fiscale" in c or c == "cf" for c in columns)
    assert not re.search(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", text)


def test_keys_are_uuid4() -> None:
    key = new_idempotency_key()
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        key)
