"""Receipts on paper: rendering (reportlab + qrcode), the receipt store and printer back-ends.

Typical use, off the GUI thread::

    from printing import ReceiptStore, CupsPrinter, issue_receipt

    outcome = issue_receipt(receipt, store=ReceiptStore(data_dir), printer=CupsPrinter("kiosk"))
    if not outcome.result.ok:
        ...  # tell the citizen in plain words; the receipt is stored for a reprint

Imports only ``kiosk`` domain types and ``PySide6.QtCore`` (for translation), never Qt widgets.
"""

from printing.backends import (
    CupsPrinter,
    JobState,
    PdfFolderPrinter,
    Printer,
    PrinterState,
    PrinterStatus,
    PrintResult,
)
from printing.delivery import IssueOutcome, issue_receipt, reprint
from printing.render import RenderedReceipt, render_receipt
from printing.store import PrintStatus, ReceiptStore, StoredReceipt

__all__ = [
    "CupsPrinter",
    "IssueOutcome",
    "JobState",
    "PdfFolderPrinter",
    "PrintResult",
    "PrintStatus",
    "Printer",
    "PrinterState",
    "PrinterStatus",
    "ReceiptStore",
    "RenderedReceipt",
    "StoredReceipt",
    "issue_receipt",
    "render_receipt",
    "reprint",
]
