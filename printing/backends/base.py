"""The printer interface every back-end implements, and its result types.

``print_pdf`` blocks until the job reaches a final state, so callers run it off the GUI thread
(the UI's task runner). A result is a success only when the back-end confirmed it: for CUPS,
only a job whose ``job-state`` is *completed*.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Printer"


class PrinterState(StrEnum):
    """Whether a printer can take a job now."""

    READY = "ready"
    DISABLED = "disabled"  # stopped: cupsdisable, or CUPS stopped it after a device error
    NOT_ACCEPTING = "not_accepting"  # cupsreject: the queue refuses new jobs
    PAUSED = "paused"  # new jobs are held (cupsdisable --hold)
    MISSING = "missing"  # no such queue / folder
    UNREACHABLE = "unreachable"  # the print server does not answer


class JobState(StrEnum):
    """Final state of one print request."""

    COMPLETED = "completed"
    STOPPED = "stopped"  # the printer stopped while the job waited; the job was cancelled
    ABORTED = "aborted"  # the print system gave up (filter or device error)
    CANCELLED = "cancelled"  # someone cancelled the job
    TIMEOUT = "timeout"  # no final state in time; the job was cancelled
    REFUSED = "refused"  # never submitted: printer not ready or submission rejected


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """A printer's state with a plain-language reason.

    Attributes:
        state: The state.
        reason: Italian source text for staff, translate with context ``"Printer"``.
        detail: Technical detail for the log (CUPS reasons, error output); never shown to
            the citizen.
    """

    state: PrinterState
    reason: str
    detail: str = ""

    @property
    def ready(self) -> bool:
        """True when a job can be sent now."""
        return self.state is PrinterState.READY


@dataclass(frozen=True, slots=True)
class PrintResult:
    """The outcome of :meth:`Printer.print_pdf`.

    Attributes:
        state: Final job state.
        reason: Italian source text (context ``"Printer"``) saying what happened.
        job_id: The back-end's job id, when a job was created.
        detail: Technical detail for the log.
        elapsed_s: Seconds from submission to the final state.
    """

    state: JobState
    reason: str
    job_id: str | None = None
    detail: str = ""
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        """True only when the job completed."""
        return self.state is JobState.COMPLETED


class Printer(Protocol):
    """A place receipts can be printed to."""

    def status(self) -> PrinterStatus:
        """Read the printer's current state (may block briefly; every call has a timeout)."""
        ...

    def print_pdf(self, path: Path, copies: int = 1, media: str | None = None) -> PrintResult:
        """Print a PDF and block until the job's final state.

        Args:
            path: The PDF to print.
            copies: Number of copies.
            media: Media for this job (e.g. ``Custom.80x231mm``); ``None`` uses the printer's
                configured default.
        """
        ...


# Plain-language reasons, marked for translation (context "Printer").
REASON_READY = str(QT_TRANSLATE_NOOP("Printer", "La stampante è pronta."))
REASON_DISABLED = str(QT_TRANSLATE_NOOP("Printer", "La stampante è ferma."))
REASON_NOT_ACCEPTING = str(QT_TRANSLATE_NOOP("Printer", "La stampante non accetta stampe."))
REASON_PAUSED = str(QT_TRANSLATE_NOOP("Printer", "La stampante è in pausa."))
REASON_MISSING = str(QT_TRANSLATE_NOOP("Printer", "La stampante non è configurata."))
REASON_UNREACHABLE = str(QT_TRANSLATE_NOOP("Printer", "Il servizio di stampa non risponde."))
REASON_PAPER_OUT = str(QT_TRANSLATE_NOOP("Printer", "La carta è finita."))
REASON_PAPER_JAM = str(QT_TRANSLATE_NOOP("Printer", "La carta è inceppata."))
REASON_COVER_OPEN = str(QT_TRANSLATE_NOOP("Printer", "Lo sportello della stampante è aperto."))
REASON_OFFLINE = str(QT_TRANSLATE_NOOP("Printer", "La stampante è spenta o scollegata."))
REASON_COMPLETED = str(QT_TRANSLATE_NOOP("Printer", "Stampa completata."))
REASON_STOPPED = str(
    QT_TRANSLATE_NOOP("Printer", "La stampante si è fermata: la stampa è stata annullata.")
)
REASON_ABORTED = str(QT_TRANSLATE_NOOP("Printer", "La stampa non è riuscita."))
REASON_CANCELLED = str(QT_TRANSLATE_NOOP("Printer", "La stampa è stata annullata."))
REASON_TIMEOUT = str(
    QT_TRANSLATE_NOOP("Printer", "La stampante non ha risposto in tempo: stampa annullata.")
)
REASON_SUBMIT_FAILED = str(QT_TRANSLATE_NOOP("Printer", "La stampa non è stata accettata."))
REASON_NO_FILE = str(QT_TRANSLATE_NOOP("Printer", "Il documento da stampare non esiste."))
