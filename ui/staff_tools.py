"""What the staff tools do, without widgets: each action checks the permission, does the work
and writes who/when/what to the audit log.

The calls block (printing waits for the job's final state, argon2-free but SQLite and CUPS):
the staff screen runs them on the task runner. A tutor attempting a staff-only action gets
:class:`PermissionDeniedError`, and the refusal is audited (:func:`kiosk.flows.assist.authorize`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from kiosk.accounts import Account
from kiosk.audit import AuditLog
from kiosk.flows.assist import StaffAction, authorize
from kiosk.journal import Journal
from kiosk.receipts import ROME
from printing.backends.base import Printer, PrinterStatus, PrintResult
from printing.daily_report import build_daily_summary
from printing.delivery import IssueOutcome, issue_receipt, reprint
from printing.store import ReceiptStore, StoredReceipt

if TYPE_CHECKING:
    from printing.render import Layout

log = logging.getLogger("kiosk.staff")

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class PermissionDeniedError(Exception):
    """The unlocked account may not do this (already audited)."""

    def __init__(self, account: Account, action: StaffAction) -> None:
        super().__init__(f"{account.id} ({account.role.value}) may not {action.value}")
        self.account = account
        self.action = action


class NoPrinterError(Exception):
    """The station has no printer configured."""


class StaffTools:
    """Staff actions for one station.

    Args:
        store: the receipt store.
        printer: the printer (``None`` when the station has none).
        journal: the payment journal (daily totals).
        audit: the audit log.
        station_id: ``station.kiosk_id``.
        office: ``station.name``.
        layout: receipt layout for the daily summary.
        clock: aware "now".
    """

    def __init__(self, *, store: ReceiptStore, printer: Printer | None, journal: Journal,
                 audit: AuditLog, station_id: str, office: str, layout: Layout = "roll80",
                 clock: Clock = _utc_now) -> None:
        self.store = store
        self.printer = printer
        self.journal = journal
        self.audit = audit
        self.station_id = station_id
        self.office = office
        self.layout = layout
        self._clock = clock
        self.account: Account | None = None

    def today(self) -> date:
        return self._clock().astimezone(ROME).date()

    def _require(self, action: StaffAction, **details: object) -> Account:
        account = self.account
        if account is None:
            raise PermissionError("no staff member is signed in")
        if not authorize(account, action, self.audit, dict(details) if details else None):
            raise PermissionDeniedError(account, action)
        return account

    def _printer(self) -> Printer:
        if self.printer is None:
            raise NoPrinterError("no printer configured")
        return self.printer

    # --- receipts ------------------------------------------------------------------------------
    def search(self, text: str) -> list[StoredReceipt]:
        """Receipts matching a receipt code, booking code or notice number; today's when empty."""
        if not text.strip():
            return list(reversed(self.store.list_for_day(self.today())))
        return self.store.search(text)

    def reprint(self, code: str) -> PrintResult | None:
        """Reprint a stored receipt (audited: who, when, what, how it went)."""
        account = self._require(StaffAction.REPRINT, code=code)
        result = reprint(self.store, code, self._printer())
        self.audit.record(account.id, "staff.reprint", {
            "code": code, "found": result is not None,
            "result": result.state.value if result else None,
            "job": result.job_id if result else None})
        return result

    def print_daily_report(self, day: date | None = None) -> IssueOutcome:
        """Build, store and print the daily summary of ``day`` (today by default)."""
        account = self._require(StaffAction.DAILY_REPORT)
        summary = build_daily_summary(
            day or self.today(), store=self.store, journal=self.journal, audit=self.audit,
            station_id=self.station_id, office=self.office, now=self._clock())
        outcome = issue_receipt(summary, store=self.store, printer=self.printer,
                                layout=self.layout)
        self.audit.record(account.id, "staff.daily_report", {
            "day": summary.day.isoformat(), "code": summary.receipt_code,
            "result": outcome.result.state.value})
        return outcome

    # --- printer -------------------------------------------------------------------------------
    def printer_status(self) -> PrinterStatus:
        return self._printer().status()

    def print_test_page(self) -> PrintResult:
        account = self._require(StaffAction.TEST_PAGE)
        from printing.maintenance import print_test_page  # reportlab, on first use

        result = print_test_page(self._printer(), self.station_id, self.office, self._clock())
        self.audit.record(account.id, "staff.test_page", {"result": result.state.value})
        return result

    def resume_printer(self) -> tuple[bool, PrinterStatus | str]:
        """``cupsenable`` + ``cupsaccept`` the queue; returns what :func:`resume_queue` says."""
        account = self._require(StaffAction.RESUME_PRINTER)
        from printing.maintenance import resume_queue

        ok, status = resume_queue(self._printer())
        state = status.state.value if isinstance(status, PrinterStatus) else "error"
        self.audit.record(account.id, "staff.resume_printer", {"ok": ok, "state": state})
        return ok, status

    # --- station -------------------------------------------------------------------------------
    def set_out_of_service(self, message: str) -> None:
        account = self._require(StaffAction.OUT_OF_SERVICE)
        self.audit.record(account.id, "staff.out_of_service", {"message": message[:200]})

    def back_in_service(self) -> None:
        account = self._require(StaffAction.BACK_IN_SERVICE)
        self.audit.record(account.id, "staff.back_in_service")

    def exit_kiosk(self) -> None:
        """Record the staff exit (the caller then lifts the lockdown and quits)."""
        account = self._require(StaffAction.EXIT)
        self.audit.record(account.id, "staff.exit")
        log.warning("staff exit by %s", account.id)

    def sign_out(self) -> None:
        """The staff member leaves the tools."""
        if self.account is not None:
            self.audit.record(self.account.id, "staff.sign_out")
        self.account = None


__all__ = ["NoPrinterError", "PermissionDeniedError", "StaffTools"]
