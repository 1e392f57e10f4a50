"""The receipt sink of a payment: store the attestazione (always), print it (if possible).

:class:`kiosk.flows.payment.PaymentService` hands every approved payment's
:class:`~kiosk.receipts.PaymentReceipt` to a sink; ``kiosk`` may not import ``printing``, so the
station builds the sink here and injects it. No Qt widgets: the kill-test driver and the
start-up reconciliation use it too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from kiosk.receipts import PaymentReceipt
from printing.backends.base import Printer
from printing.delivery import issue_receipt, reprint
from printing.labels import Translate
from printing.store import ReceiptStore

if TYPE_CHECKING:
    from printing.render import Layout

log = logging.getLogger("kiosk.print")

PrinterSource = Callable[[], Printer | None] | Printer | None
"""A printer, a callable returning the printer ready now (or ``None``), or ``None``."""


def _resolve(source: PrinterSource) -> Printer | None:
    if source is None:
        return None
    if hasattr(source, "print_pdf"):
        return cast(Printer, source)
    return source()


def make_receipt_sink(
    store: ReceiptStore,
    printer: PrinterSource = None,
    translate: Translate | None = None,
    layout: Layout = "roll80",
) -> Callable[[PaymentReceipt], bool]:
    """A :data:`kiosk.flows.payment.ReceiptSink` backed by a :class:`ReceiptStore`.

    Idempotent on the receipt code: a receipt already stored (the same payment handed over
    again after a crash) is neither stored nor printed twice; it stays reprintable.

    Args:
        store: the station's receipt store.
        printer: the printer, a callable returning it (``None`` = no printer ready now), or
            ``None`` to only store.
        translate: label translator for the PDF (default: the installed Qt translators).
        layout: ``"roll80"`` or ``"a4"`` (``config.printer.layout``).

    Returns:
        ``sink(receipt) -> printed``; raises only when the receipt could not be stored.
    """

    def sink(receipt: PaymentReceipt) -> bool:
        code = receipt.receipt_code
        if store.find(code) is not None:
            log.info("receipt %s already stored: not issued again", code)
            return False
        orphan = store.path_for(code)
        if orphan.exists():
            # A crash between writing the PDF and recording it: the file has no row, so the
            # store would refuse the code forever. It is ours (the code came from the journal).
            log.warning("receipt %s: removing a PDF left without its record", code)
            orphan.unlink()
        target = _resolve(printer)
        if target is None:
            from printing.render import render_receipt  # reportlab, on first use

            rendered = render_receipt(receipt, layout, translate)
            store.save(receipt, rendered.pdf)
            return False
        outcome = issue_receipt(
            receipt, store=store, printer=target, layout=layout, translate=translate
        )
        return outcome.result.ok

    return sink


def make_reprint(store: ReceiptStore, printer: PrinterSource) -> Callable[[str], bool]:
    """``reprint(code) -> printed`` for the *print again* button (blocking: run it off the
    GUI thread)."""

    def run(code: str) -> bool:
        target = _resolve(printer)
        if target is None:
            return False
        result = reprint(store, code, target)
        return result is not None and result.ok

    return run
