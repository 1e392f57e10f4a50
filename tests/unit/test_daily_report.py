"""The daily summary counts what the station recorded: receipts, payments, sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kiosk.audit import AuditLog
from kiosk.journal import IntentState, Journal, new_idempotency_key
from kiosk.receipts import ROME
from printing.daily_report import SERVICE_PAYMENT, build_daily_summary
from printing.samples import sample_booking, sample_payment
from printing.store import ReceiptStore
from tests.unit.assist_helpers import FakeClock

DAY = date(2026, 11, 23)


def _approved(journal: Journal, creditor_cf: str, name: str, cents: int,
              assisted_by: str | None = None) -> None:
    key = new_idempotency_key()
    journal.write_intent(idempotency_key=key, notice_number="3" * 18, creditor_cf=creditor_cf,
                         amount_cents=cents, creditor_name=name, assisted_by=assisted_by)
    journal.mark_approved(key, receipt_code="R1")


def test_summary_of_a_day(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=ROME).astimezone(UTC))
    journal = Journal.in_data_dir(tmp_path, clock)
    audit = AuditLog.in_data_dir(tmp_path, clock)
    store = ReceiptStore(tmp_path)
    at = clock.now
    store.save(sample_payment("K7Q2-M9XD-3F"), b"%PDF-1.4 fake", now=at)
    store.save(sample_booking("B7Q2-M9XD-3F"), b"%PDF-1.4 fake", now=at)
    store.mark_failed("B7Q2-M9XD-3F", "stopped: paper out")
    store.save(sample_payment("K7Q2-M9XD-30"), b"%PDF-1.4 fake", now=at - timedelta(days=1))
    _approved(journal, "00296180185", "Comune di Pavia", 2500)
    _approved(journal, "00296180185", "Comune di Pavia", 1000, "Maria Bianchi (T-014)")
    _approved(journal, "80215430580", "Ministero dell'Interno", 1679)
    for outcome, assisted in (("completed", False), ("completed", True), ("abandoned", False)):
        audit.record("citizen", "session.start")
        audit.record("citizen", "session.end", {"outcome": outcome, "assisted": assisted})

    summary = build_daily_summary(DAY, store=store, journal=journal, audit=audit,
                                  station_id="PV-TEST-01", office="Anagrafe", now=clock.now)
    services = {s.service: s.count for s in summary.services}
    assert services[SERVICE_PAYMENT] == 1
    assert sum(services.values()) == 2  # yesterday's receipt is not counted
    assert summary.failed_prints == 1
    totals = {c.creditor_fiscal_code: (c.payments, c.amount_cents) for c in summary.creditors}
    assert totals == {"00296180185": (2, 3500), "80215430580": (1, 1679)}
    assert summary.total_cents == 5179
    assert summary.sessions == 3
    assert summary.assisted_sessions == 1
    assert round(summary.assisted_share, 2) == 0.33
    assert summary.abandoned_flows == 1
    assert summary.day == DAY


def test_not_approved_payments_are_not_totalled(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=ROME).astimezone(UTC))
    journal = Journal.in_data_dir(tmp_path, clock)
    key = new_idempotency_key()
    journal.write_intent(idempotency_key=key, notice_number="3" * 18, creditor_cf="00296180185",
                         amount_cents=900, creditor_name="Comune di Pavia")
    journal.mark_not_paid(key, IntentState.DECLINED)
    summary = build_daily_summary(DAY, store=ReceiptStore(tmp_path), journal=journal,
                                  audit=AuditLog.in_data_dir(tmp_path, clock),
                                  station_id="PV", office="x", now=clock.now)
    assert summary.creditors == ()
    assert summary.sessions == 0
