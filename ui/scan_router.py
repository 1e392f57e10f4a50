"""Where a scan goes: the current screen first, then the station-wide handler for its kind.

A health card scanned on the identification screen fills its field; a pagoPA QR scanned on any
screen opens the payment check of that notice; a tutor badge unlocks assisted mode. Flows
register a handler per kind as they are wired into the station; a kind nobody handles here gets
the same short, friendly message as an unknown code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.scanner import CodeKind, Decoded

log = logging.getLogger("kiosk.scan")

Handler = Callable[[Decoded], bool]


class ScanRouter(QObject):
    """Routes decoded scans; emits :attr:`message` with a translated text when nobody can."""

    message = Signal(str)

    def __init__(self, current_screen: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._current_screen = current_screen
        self._handlers: dict[CodeKind, Handler] = {}

    def register(self, kind: CodeKind, handler: Handler) -> None:
        """Handle scans of ``kind`` that the current screen does not take."""
        self._handlers[kind] = handler

    def route(self, decoded: Decoded) -> bool:
        """Deliver one scan; True when something took it."""
        screen = self._current_screen()
        handle_scan = getattr(screen, "handle_scan", None)
        if callable(handle_scan) and handle_scan(decoded):
            log.info("scan (%s) taken by screen %s", decoded.kind, getattr(screen, "key", "?"))
            return True
        handler = self._handlers.get(decoded.kind)
        if handler is not None and handler(decoded):
            log.info("scan (%s) taken by the station", decoded.kind)
            return True
        log.info("scan (%s) not usable here", decoded.kind)
        self.message.emit(QCoreApplication.translate(
            "ScanRouter", "Questo codice non si può usare in questa schermata."))
        return False

    def unrecognised(self, text: str) -> None:
        """A code the decoder does not know: pass its (translated) message on."""
        self.message.emit(text)
