"""The staff's daily summary, computed from what the station itself recorded that day.

Sources, all in the data dir:

* the receipt store (``receipts.db``): completed services per kind, prints that failed;
* the payment journal (``journal.db``, ``payment_intents``): approved payments per creditor;
* the audit log (``journal.db``, ``audit``): citizen sessions (``session.start``), how they
  ended (``session.end`` with ``{"outcome": "completed" | "abandoned"}``) and tutor assistance
  (``assist.start``, or ``session.end`` with ``{"assisted": true}``).

Counting is by the Europe/Rome calendar day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.audit import AuditLog, AuditRecord
from kiosk.journal import IntentState, Journal, PaymentIntent
from kiosk.receipts import (
    ROME,
    CreditorTotal,
    DailySummary,
    ReceiptKind,
    ServiceCount,
    new_receipt_code,
)
from printing.store import PrintStatus, ReceiptStore, StoredReceipt

SESSION_START = "session.start"
SESSION_END = "session.end"
ASSIST_START = "assist.start"

SERVICE_PAYMENT = str(QT_TRANSLATE_NOOP("DailyReport", "Pagamento avviso pagoPA"))
SERVICE_CANCELLATION = str(QT_TRANSLATE_NOOP("DailyReport", "Disdetta appuntamento"))
SERVICE_BOOKING = str(QT_TRANSLATE_NOOP("DailyReport", "Prenotazione appuntamento"))


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Start and end (exclusive) of a Europe/Rome calendar day, in UTC."""
    start = datetime.combine(day, time(), ROME).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(), ROME).astimezone(UTC)
    return start, end


def _service_of(item: StoredReceipt) -> str | None:
    if item.kind is ReceiptKind.PAYMENT:
        return SERVICE_PAYMENT
    if item.kind is ReceiptKind.CANCELLATION:
        return SERVICE_CANCELLATION
    if item.kind is ReceiptKind.BOOKING:
        # The store's summary starts with the service name ("Visita cardiologica · ...").
        name = item.summary.split(" · ", 1)[0].strip()
        return name or SERVICE_BOOKING
    return None  # daily summaries are not a service


def summarise(
    day: date,
    *,
    receipts: Iterable[StoredReceipt],
    intents: Iterable[PaymentIntent],
    events: Iterable[AuditRecord],
    station_id: str,
    office: str,
    issued_at: datetime,
    receipt_code: str | None = None,
    language: str = "it",
) -> DailySummary:
    """Build the summary of ``day`` from rows already loaded (pure: no files, no clock).

    ``intents`` and ``events`` may hold other days: they are filtered here.
    """
    start, end = day_bounds(day)
    services: Counter[str] = Counter()
    failed = 0
    for item in receipts:
        if not start <= item.created_at < end:
            continue
        service = _service_of(item)
        if service is not None:
            services[service] += 1
        if item.status is PrintStatus.FAILED and item.kind is not ReceiptKind.DAILY_SUMMARY:
            failed += 1
    # creditor fiscal code -> (name, payments, cents)
    creditors: dict[str, tuple[str, int, int]] = {}
    for intent in intents:
        if intent.state is not IntentState.APPROVED or not start <= intent.created_at < end:
            continue
        name, count, cents = creditors.get(intent.creditor_cf, ("", 0, 0))
        creditors[intent.creditor_cf] = (
            name or intent.creditor_name, count + 1, cents + intent.amount_cents)
    sessions = assisted = abandoned = 0
    assisted_marks = 0
    for event in events:
        if not start <= event.time < end:
            continue
        if event.action == SESSION_START:
            sessions += 1
        elif event.action == SESSION_END:
            if event.details.get("outcome") == "abandoned":
                abandoned += 1
            if event.details.get("assisted"):
                assisted += 1
        elif event.action == ASSIST_START:
            assisted_marks += 1
    # Without session.end records (older data) count each assistance as one assisted session.
    assisted = assisted or assisted_marks
    if sessions:
        assisted = min(assisted, sessions)
    return DailySummary(
        receipt_code=receipt_code or new_receipt_code(),
        issued_at=issued_at,
        station_id=station_id,
        office=office,
        language=language,
        day=day,
        services=tuple(ServiceCount(service=name, count=count)
                       for name, count in sorted(services.items())),
        creditors=tuple(
            CreditorTotal(creditor_fiscal_code=cf, creditor_name=name or cf,
                          payments=count, amount_cents=cents)
            for cf, (name, count, cents) in sorted(creditors.items(), key=lambda kv: kv[1][0])),
        sessions=sessions,
        assisted_sessions=assisted,
        failed_prints=failed,
        abandoned_flows=abandoned,
    )


def build_daily_summary(
    day: date,
    *,
    store: ReceiptStore,
    journal: Journal,
    audit: AuditLog,
    station_id: str,
    office: str,
    now: datetime | None = None,
    language: str = "it",
) -> DailySummary:
    """The summary of ``day`` for this station, read from its store, journal and audit log."""
    start, end = day_bounds(day)
    return summarise(
        day,
        receipts=store.list_for_day(day),
        intents=journal.all(),
        events=audit.records(since=start, until=end),
        station_id=station_id,
        office=office,
        issued_at=(now or datetime.now(UTC)).astimezone(ROME),
        language=language,
    )


__all__ = [
    "ASSIST_START",
    "SESSION_END",
    "SESSION_START",
    "build_daily_summary",
    "day_bounds",
    "summarise",
]
