"""Issue a receipt: render, store, then print; and reprint a stored one.

The order is the point: the PDF and its row exist before the printer is touched, so a printer
fault never loses a receipt, and the stored status says whether it reached paper. Both calls
block until the printer reports the job's end: run them off the GUI thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.receipts import Receipt
from printing.backends.base import REASON_MISSING, JobState, Printer, PrintResult
from printing.labels import Translate

if TYPE_CHECKING:
    from printing.render import Layout
from printing.store import ReceiptStore, StoredReceipt


@dataclass(frozen=True, slots=True)
class IssueOutcome:
    """What happened to one receipt.

    Attributes:
        stored: The stored receipt (always present: storing happens first).
        result: The print result; ``result.ok`` is true only for a completed job.
        media: The media asked for (``None``: the printer's configured default).
    """

    stored: StoredReceipt
    result: PrintResult
    media: str | None


def _record(store: ReceiptStore, code: str, result: PrintResult) -> None:
    if result.ok:
        store.mark_printed(code)
    else:
        store.mark_failed(code, f"{result.state}: {result.reason} {result.detail}".strip())


def issue_receipt(
    receipt: Receipt,
    *,
    store: ReceiptStore,
    printer: Printer | None,
    layout: Layout = "roll80",
    translate: Translate | None = None,
    copies: int = 1,
    fit_media: bool = True,
) -> IssueOutcome:
    """Render, store, then print a receipt.

    Args:
        receipt: The receipt.
        store: Where it is kept for reprints.
        printer: The printer, or ``None`` when the station has none (the result is
            ``REFUSED`` and the receipt is still stored, to show on screen or reprint).
        layout: ``"roll80"`` or ``"a4"``.
        translate: Label translator (see :func:`printing.render.render_receipt`).
        copies: Copies to print.
        fit_media: Ask the printer for a page exactly as long as the receipt
            (``Custom.80x<h>mm``). Pass ``False`` when the queue's driver only knows named
            sizes: the printer's configured ``media`` is used instead.
    """
    from printing.render import render_receipt  # reportlab: loaded at the first receipt

    rendered = render_receipt(receipt, layout, translate)
    stored = store.save(receipt, rendered.pdf)
    media = rendered.media if fit_media else None
    if printer is None:
        result = PrintResult(JobState.REFUSED, REASON_MISSING, detail="no printer configured")
    else:
        result = printer.print_pdf(stored.path, copies=copies, media=media)
    _record(store, receipt.receipt_code, result)
    refreshed = store.find(receipt.receipt_code) or stored
    return IssueOutcome(refreshed, result, media)


def reprint(
    store: ReceiptStore, code: str, printer: Printer, fit_media: bool = True
) -> PrintResult | None:
    """Print a stored receipt again (staff or tutor). ``None`` when no such receipt exists."""
    stored = store.find(code)
    if stored is None or not stored.path.is_file():
        return None
    media = _media_of(stored.path) if fit_media else None
    result = printer.print_pdf(stored.path, media=media)
    _record(store, stored.code, result)
    return result


def _media_of(path: Path) -> str | None:
    # The roll height is in the PDF's MediaBox; reportlab writes it uncompressed in the page
    # dictionary, so a cheap scan finds it without a PDF parser.
    data = path.read_bytes()
    match = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    if match is None:
        return None
    width_mm = float(match[1]) / 72 * 25.4
    height_mm = float(match[2]) / 72 * 25.4
    if abs(width_mm - 80) > 1:
        return "A4" if abs(height_mm - 297) < 1 else None
    from printing.render import roll_media

    return roll_media(height_mm)
