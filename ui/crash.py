"""Last-resort handling of unexpected exceptions: log the traceback, show a calm screen.

A citizen never sees a traceback. The full traceback goes to the ``kiosk.crash`` logger and the
station shows "Qualcosa non ha funzionato. Ricominciamo." Model: qutebrowser
``misc/crashsignal.py``.

Exceptions raised on other threads (``threading.excepthook``) are logged and forwarded to the
GUI thread through a queued signal, because only the GUI thread may touch widgets.
"""

from __future__ import annotations

import logging
import sys
import threading
import types
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("kiosk.crash")

ExceptHook = Callable[
    [type[BaseException], BaseException, types.TracebackType | None], object
]


class CrashHandler(QObject):
    """Installs ``sys.excepthook`` / ``threading.excepthook`` and emits :attr:`crashed`.

    A previous hook other than Python's default is still called afterwards, so a test harness
    (pytest-qt) keeps seeing unexpected exceptions.
    """

    crashed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous: ExceptHook | None = None
        self._previous_thread: Callable[[threading.ExceptHookArgs], object] | None = None
        self._handling = False

    @property
    def installed(self) -> bool:
        return self._previous is not None

    def install(self) -> None:
        """Become the process-wide exception hook."""
        if self._previous is not None:
            return
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Restore the hooks found at :meth:`install` (if nobody replaced ours since)."""
        if self._previous is None:
            return
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous
        if threading.excepthook == self._handle_thread and self._previous_thread is not None:
            threading.excepthook = self._previous_thread
        self._previous = None
        self._previous_thread = None

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: types.TracebackType | None,
    ) -> None:
        """The ``sys.excepthook``: log, show the crash screen, then chain."""
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl+C on a development machine: let Python's default end the program.
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected exception", exc_info=(exc_type, exc, tb))
        if self._handling:  # the crash screen itself failed: logging is all we can do
            return
        self._handling = True
        try:
            self.crashed.emit()
        except Exception:
            log.critical("crash screen failed", exc_info=True)
        finally:
            self._handling = False
        previous = self._previous
        if previous is not None and previous is not sys.__excepthook__:
            previous(exc_type, exc, tb)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        log.critical("unexpected exception in thread %s",
                     args.thread.name if args.thread else "?",
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self.crashed.emit()  # queued to the GUI thread by Qt
