"""Printer back-ends: a PDF folder (demo default) and CUPS queues."""

from printing.backends.base import JobState, Printer, PrinterState, PrinterStatus, PrintResult
from printing.backends.cups import CupsPrinter
from printing.backends.pdf import PdfFolderPrinter

__all__ = [
    "CupsPrinter",
    "JobState",
    "PdfFolderPrinter",
    "PrintResult",
    "Printer",
    "PrinterState",
    "PrinterStatus",
]
