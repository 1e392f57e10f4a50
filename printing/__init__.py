"""Receipts on paper: rendering (reportlab + qrcode), the receipt store and printer back-ends.

Typical use, off the GUI thread::

    from printing import ReceiptStore, CupsPrinter, issue_receipt

    outcome = issue_receipt(receipt, store=ReceiptStore(data_dir), printer=CupsPrinter("kiosk"))
    if not outcome.result.ok:
        ...  # tell the citizen in plain words; the receipt is stored for a reprint

Imports only ``kiosk`` domain types and ``PySide6.QtCore`` (for translation), never Qt widgets.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Exported names and their modules. Loaded on first use (PEP 562): reportlab and qrcode cost
# about 0.2 s, and the kiosk must paint its home screen before it ever prints.
_EXPORTS = {
    "CupsPrinter": "printing.backends",
    "JobState": "printing.backends",
    "PdfFolderPrinter": "printing.backends",
    "Printer": "printing.backends",
    "PrinterState": "printing.backends",
    "PrinterStatus": "printing.backends",
    "PrintResult": "printing.backends",
    "IssueOutcome": "printing.delivery",
    "issue_receipt": "printing.delivery",
    "reprint": "printing.delivery",
    "RenderedReceipt": "printing.render",
    "render_receipt": "printing.render",
    "PrintStatus": "printing.store",
    "ReceiptStore": "printing.store",
    "StoredReceipt": "printing.store",
}

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'printing' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


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
