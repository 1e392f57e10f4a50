"""The station's receipt desk: every receipt is stored first, then printed, never lost.

Screens hand a receipt to :meth:`ReceiptDesk.issue` through the task runner (it blocks until the
printer reports the job's final state, up to ``printer.job_timeout_s``); the session timer is
paused meanwhile, as WCAG 2.2.1 asks while the citizen waits on the printer. Printing in the
session's language works because labels go through ``QCoreApplication.translate`` with the
translator of the current language installed.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from kiosk.config import Config

if TYPE_CHECKING:
    from datetime import datetime

    from kiosk.receipts import Receipt
    from printing.backends import Printer, PrinterStatus
    from printing.delivery import IssueOutcome
    from printing.store import ReceiptStore

log = logging.getLogger("kiosk.print")


class ReceiptDesk:
    """Store + printer of one station, built from its ``[printer]`` and ``[receipts]`` config.

    Every method may block (disk, CUPS): call it off the GUI thread (``TaskRunner.run``).
    The store and the printer are made on first use (by any thread): the station builds its
    desk before its first frame, which needs neither.
    """

    def __init__(self, config: Config) -> None:
        self._data_dir = config.data_dir
        self._store: ReceiptStore | None = None
        self._config = config.printer
        self._folder = config.printer_folder
        self._printer: Printer | None = None
        self._made = False
        self._lock = threading.Lock()
        self.layout = config.printer.layout
        self.retention_days = config.receipts.retention_days

    @property
    def store(self) -> ReceiptStore:
        """Where every receipt is kept (made on first use, by any thread)."""
        with self._lock:
            if self._store is None:
                from printing.store import ReceiptStore

                self._store = ReceiptStore(self._data_dir)
            return self._store

    @property
    def printer(self) -> Printer | None:
        """The station's printer (``None``: it has none); made on first use, by any thread."""
        with self._lock:
            if not self._made:
                from printing.backends import make_printer

                self._printer = make_printer(
                    self._config.backend, queue=self._config.queue, media=self._config.media,
                    folder=self._folder, job_timeout_s=self._config.job_timeout_s)
                self._made = True
            return self._printer

    def issue(self, receipt: Receipt) -> IssueOutcome:
        """Render, store, then print ``receipt``; the outcome says whether it really printed."""
        # The renderer (reportlab, qrcode) loads with the first receipt, not at start-up.
        from printing.delivery import issue_receipt

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
        from printing.delivery import reprint

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
