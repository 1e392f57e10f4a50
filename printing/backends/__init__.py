"""Printer back-ends: a PDF folder (demo default) and CUPS queues."""

from pathlib import Path

from printing.backends.base import JobState, Printer, PrinterState, PrinterStatus, PrintResult
from printing.backends.cups import CupsPrinter
from printing.backends.pdf import PdfFolderPrinter


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
        return CupsPrinter(queue, media=media, job_timeout_s=job_timeout_s)
    if backend == "pdf":
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
