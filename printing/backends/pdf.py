"""PDF-folder "printer": the embedded demo default, and a stand-in where no printer exists."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from printing.backends import base
from printing.backends.base import JobState, PrinterState, PrinterStatus, PrintResult


class PdfFolderPrinter:
    """Copies each receipt into a folder; the copy is complete once it has its final name.

    Args:
        folder: Destination folder. It is created on the first print, when its parent exists.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def status(self) -> PrinterStatus:
        """Ready when the folder exists (or can be created) and is writable."""
        target = self.folder if self.folder.exists() else self.folder.parent
        if not target.is_dir():
            return PrinterStatus(PrinterState.MISSING, base.REASON_MISSING, f"{self.folder}")
        if not os.access(target, os.W_OK | os.X_OK):
            return PrinterStatus(
                PrinterState.NOT_ACCEPTING, base.REASON_NOT_ACCEPTING, f"{target} not writable"
            )
        return PrinterStatus(PrinterState.READY, base.REASON_READY)

    def print_pdf(self, path: Path, copies: int = 1, media: str | None = None) -> PrintResult:
        """Copy ``path`` into the folder ``copies`` times (``media`` is ignored)."""
        del media
        started = time.monotonic()
        status = self.status()
        if not status.ready:
            return PrintResult(JobState.REFUSED, status.reason, detail=status.detail)
        source = Path(path)
        if not source.is_file():
            return PrintResult(JobState.REFUSED, base.REASON_NO_FILE, detail=str(source))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            names = []
            for copy in range(1, max(1, copies) + 1):
                suffix = "" if copy == 1 else f"-{copy}"
                target = self.folder / f"{source.stem}{suffix}.pdf"
                # Write a temp file then rename, so a watcher never picks up half a PDF.
                fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".part")
                with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                    shutil.copyfileobj(src, out)
                os.replace(tmp, target)
                names.append(target.name)
        except OSError as exc:
            return PrintResult(JobState.ABORTED, base.REASON_ABORTED, detail=str(exc))
        return PrintResult(
            JobState.COMPLETED,
            base.REASON_COMPLETED,
            job_id=names[0],
            elapsed_s=time.monotonic() - started,
        )
