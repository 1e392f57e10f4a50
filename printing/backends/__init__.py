"""Printer back-ends: a PDF folder (demo default) and CUPS queues.

The back-end modules load when a printer is made or named (PEP 562): the CUPS one brings the
HTTP machinery of IPP, which the station does not need before its first printer check.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from printing.backends.base import JobState, Printer, PrinterState, PrinterStatus, PrintResult

if TYPE_CHECKING:
    from printing.backends.cups import CupsPrinter
    from printing.backends.pdf import PdfFolderPrinter


def __getattr__(name: str) -> Any:
    if name == "CupsPrinter":
        from printing.backends.cups import CupsPrinter

        return CupsPrinter
    if name == "PdfFolderPrinter":
        from printing.backends.pdf import PdfFolderPrinter

        return PdfFolderPrinter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def make_printer(
    backend: str,
    *,
    queue: str = "kiosk",
    media: str = "Custom.80x200mm",
    folder: Path,
    job_timeout_s: float = 30.0,
) -> Printer | None:
    """The printer a station's ``[printer]`` config names; ``None`` for ``backend = "none"``.

    Raises:
        ValueError: an unknown back-end name (the config validation prevents it).
    """
    if backend == "cups":
        from printing.backends.cups import CupsPrinter

        return CupsPrinter(queue, media=media, job_timeout_s=job_timeout_s)
    if backend == "pdf":
        from printing.backends.pdf import PdfFolderPrinter

        return PdfFolderPrinter(folder)
    if backend == "none":
        return None
    raise ValueError(f"unknown printer back-end {backend!r}")

__all__ = [
    "CupsPrinter",
    "JobState",
    "PdfFolderPrinter",
    "PrintResult",
    "Printer",
    "PrinterState",
    "PrinterStatus",
    "make_printer",
]
