"""Is the receipt printer ready? Asked when a booking or payment starts, never on the GUI thread.

A paused, disabled, rejecting or missing queue (or no printer at all) is told to the citizen
*before* paying or booking, on a banner: the receipt will come on screen and at the desk, and
they can still go on. The state is read from the printer back-end (CUPS's own queue state), not
assumed from the last job.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ui.receipts import ReceiptDesk
from ui.tasks import TaskRunner

log = logging.getLogger("kiosk.print")


class PrinterWatch(QObject):
    """Reads the printer state through the task runner; emits :attr:`changed` with the result.

    ``changed(ready: bool)``: False when receipts will not come out of the printer now.
    """

    changed = Signal(bool)

    def __init__(self, desk: ReceiptDesk, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._task: int | None = None
        self.ready: bool | None = None

    def check(self) -> None:
        """Read the state now (once at a time)."""
        if self._task is None:
            self._task = self._runner.run(self._desk.printer_status, self._on_status,
                                          self._on_failure)

    def _on_status(self, status: object) -> None:
        self._task = None
        ready = status is not None and bool(getattr(status, "ready", False))
        if not ready:
            detail = "no printer configured" if status is None else (
                f"{getattr(status, 'state', '?')}: {getattr(status, 'detail', '')}")
            log.warning("printer not ready before a booking/payment (%s)", detail)
        self._set(ready)

    def _on_failure(self, exc: BaseException) -> None:
        self._task = None
        log.warning("printer state unreadable: %s", exc)
        self._set(False)

    def _set(self, ready: bool) -> None:
        self.ready = ready
        self.changed.emit(ready)
