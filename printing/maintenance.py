"""Printer maintenance for staff: a test page, and resuming a CUPS queue that CUPS paused.

CUPS stops a queue after a device error (paper out, cover open...) and keeps it stopped even
once the fault is cleared; ``cupsenable`` restarts it and ``cupsaccept`` lets it take jobs
again. Both block briefly: call them off the GUI thread.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.receipts import ROME
from printing.backends import ipp
from printing.backends.base import Printer, PrinterStatus, PrintResult
from printing.backends.cups import CupsPrinter

log = logging.getLogger("kiosk.print")

CONTEXT = "Maintenance"
TEST_TITLE = str(QT_TRANSLATE_NOOP("Maintenance", "Pagina di prova"))
TEST_BODY = str(QT_TRANSLATE_NOOP(
    "Maintenance", "Se legge queste righe, la stampante delle ricevute funziona."))
NOT_CUPS = str(QT_TRANSLATE_NOOP(
    "Maintenance", "Questa stampante non ha una coda da riavviare."))


def render_test_page(station_id: str, office: str, now: datetime,
                  title: str = TEST_TITLE, body: str = TEST_BODY) -> bytes:
    """A short 80 mm test page: title, station, office, time and a ruler of characters."""
    buffer = io.BytesIO()
    height = 90 * mm
    c = Canvas(buffer, pagesize=(80 * mm, height))
    c.setTitle(title)
    y = height - 12 * mm
    c.setFont("Helvetica-Bold", 16)
    c.drawString(4 * mm, y, title)
    c.setFont("Helvetica", 10)
    for line in (station_id, office[:44], now.astimezone(ROME).strftime("%d/%m/%Y %H:%M:%S"),
                 body[:44], body[44:88], "0123456789 ABCDEFGHIJ àèéìòù €"):
        y -= 7 * mm
        c.drawString(4 * mm, y, line)
    c.rect(4 * mm, 6 * mm, 72 * mm, 8 * mm)  # a box shows both edges of the printable area
    c.showPage()
    c.save()
    return buffer.getvalue()


def print_test_page(printer: Printer, station_id: str, office: str, now: datetime,
                    title: str = TEST_TITLE, body: str = TEST_BODY) -> PrintResult:
    """Render and print the test page; the result is read back from the printer."""
    pdf = render_test_page(station_id, office, now, title, body)
    fd, name = tempfile.mkstemp(prefix="smacy-test-page-", suffix=".pdf")
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pdf)
        result = printer.print_pdf(path, media=None)
    finally:
        path.unlink(missing_ok=True)
    log.info("test page: %s %s", result.state, result.detail)
    return result


def resume_queue(printer: Printer, timeout_s: float = 10.0) -> tuple[bool, PrinterStatus | str]:
    """``cupsenable`` + ``cupsaccept`` the printer's queue, then read its status back.

    Returns:
        ``(True, status)`` when the commands ran (check ``status.ready``), or
        ``(False, reason)`` with an Italian source text (context ``"Maintenance"``) or the
        command's error output.
    """
    if not isinstance(printer, CupsPrinter):
        return False, NOT_CUPS
    env = {**os.environ, "LC_ALL": "C", "LANG": "C",
           "CUPS_SERVER": printer.server or ipp.default_server()}
    # cupsenable restarts a stopped queue; "--release" alone does not, it lets go of jobs held
    # by "cupsdisable --hold" (the paused state), so both are run; cupsaccept takes jobs again.
    commands = (["cupsenable"], ["cupsenable", "--release"], ["cupsaccept"])
    for command in commands:
        args = [*command, printer.queue]
        try:
            done = subprocess.run(args, capture_output=True, text=True, env=env,
                                  timeout=timeout_s, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("%s failed: %s", " ".join(args), exc)
            return False, str(exc)
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip()
            log.warning("%s: %s", " ".join(args), detail)
            return False, detail
    status = printer.status()
    log.info("queue %s resumed: %s", printer.queue, status.state)
    return True, status


__all__ = ["print_test_page", "render_test_page", "resume_queue"]
