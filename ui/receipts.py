"""The station's receipt desk: every receipt is stored first, then printed, never lost.

Screens hand a receipt to :meth:`ReceiptDesk.issue` through the task runner (it blocks until the
printer reports the job's final state, up to ``printer.job_timeout_s``); the session timer is
paused meanwhile, as WCAG 2.2.1 asks while the citizen waits on the printer. Printing in the
session's language works because labels go through ``QCoreApplication.translate`` with the
translator of the current language installed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.config import Config
from kiosk.receipts import Receipt
from printing.backends import PrinterStatus, make_printer
from printing.delivery import IssueOutcome, issue_receipt, reprint
from printing.store import ReceiptStore

log = logging.getLogger("kiosk.print")


class ReceiptDesk:
    """Store + printer of one station, built from its ``[printer]`` and ``[receipts]`` config.

    Every method may block (disk, CUPS): call it off the GUI thread (``TaskRunner.run``).
    """

    def __init__(self, config: Config) -> None:
        self.store = ReceiptStore(config.data_dir)
        self.printer = make_printer(
            config.printer.backend, queue=config.printer.queue, media=config.printer.media,
            folder=config.printer_folder, job_timeout_s=config.printer.job_timeout_s)
        self.layout = config.printer.layout
        self.retention_days = config.receipts.retention_days

    def issue(self, receipt: Receipt) -> IssueOutcome:
        """Render, store, then print ``receipt``; the outcome says whether it really printed."""
        outcome = issue_receipt(receipt, store=self.store, printer=self.printer,
                                layout=self.layout, translate=QCoreApplication.translate)
        level = logging.INFO if outcome.result.ok else logging.WARNING
        log.log(level, "receipt %s (%s): %s %s", receipt.receipt_code, type(receipt).__name__,
                outcome.result.state, outcome.result.detail)
        return outcome

    def reprint(self, code: str) -> Any:
        """Print a stored receipt again; ``None`` when there is no such receipt or no printer."""
        if self.printer is None:
            return None
        return reprint(self.store, code, self.printer)

    def printer_status(self) -> PrinterStatus | None:
        """The printer's state now (``None``: the station has no printer)."""
        return None if self.printer is None else self.printer.status()

    def purge(self, now: datetime | None = None) -> int:
        """Delete receipts older than the retention; returns how many went."""
        removed = self.store.purge(self.retention_days, now=now)
        if removed:
            log.info("purged %d receipt(s) older than %d days", removed, self.retention_days)
        return removed
