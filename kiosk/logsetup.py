"""Logging for an unattended station: named loggers, a rotating file, Qt messages routed in.

Subsystems log on their own loggers (``kiosk.backend``, ``kiosk.flow``, ``kiosk.print``,
``kiosk.crash``, ``kiosk.qt`` ...). Every record passes a filter that masks anything shaped like
a personal codice fiscale, so a careless ``log.info("cf=%s", cf)`` still never writes one in
clear to disk.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
LOG_FILE = "kiosk.log"

# A personal codice fiscale, omocodia included: 6 letters, 2 digits*, month letter, 2 digits*,
# a letter, 3 digits*, check letter (* digits may be replaced by LMNPQRSTUV).
_OMO = "[0-9LMNPQRSTUV]"
_CF_SOURCE = (rf"(?<![A-Z0-9])([A-Z]{{6}}){_OMO}{{2}}[A-EHLMPR-T]{_OMO}{{2}}[A-Z]"
              rf"({_OMO}{{2}})({_OMO}[A-Z])(?![A-Z0-9])")
# Any codice fiscale is a run of 16 letters and digits. Most texts have none: this pattern
# settles them, and the full one (about 2 ms to compile) is compiled for the first text that has.
_RUN_OF_16 = re.compile(r"[A-Z0-9]{16}", re.IGNORECASE)


@cache
def cf_pattern() -> re.Pattern[str]:
    """The pattern of a personal codice fiscale (case-insensitive)."""
    return re.compile(_CF_SOURCE, re.IGNORECASE)


def mask_text(text: str) -> str:
    """Replace every codice fiscale in ``text`` by its masked form (``RSSMRA*******88I``)."""
    if _RUN_OF_16.search(text) is None:
        return text

    def repl(match: re.Match[str]) -> str:
        whole = match.group(0)
        return whole[:6] + "*" * 7 + whole[-3:]

    return cf_pattern().sub(repl, text)


class MaskingFilter(logging.Filter):
    """Masks codici fiscali in the message and its arguments before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_text(message)
        if masked != message or record.args:
            record.msg = masked
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask_text(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        return True


class RotatingLog(logging.FileHandler):
    """``kiosk.log``, moved to ``kiosk.log.1`` (and ``.1`` to ``.2`` ...) when the next record
    would take it past ``max_bytes``; the oldest of ``backups`` old files is dropped.

    The same rotation as ``logging.handlers.RotatingFileHandler``, without importing that
    module's sockets, pickling and queues into a station that only ever writes a file (they
    cost the start-up about 9 ms).
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_after(record):
                self._rotate()
        except Exception:  # logging must never break the station
            self.handleError(record)
            return
        super().emit(record)

    def _full_after(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        size = len((self.format(record) + self.terminator).encode("utf-8", "replace"))
        return self.stream.tell() > 0 and self.stream.tell() + size > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            older = f"{base}.{index}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{index + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()


def close_logging() -> None:
    """Remove and close the handlers :func:`configure_logging` installed."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_smacy", False):
            root.removeHandler(handler)
            handler.close()


def configure_logging(
    data_dir: Path | None,
    *,
    level: int = logging.INFO,
    console: bool = True,
    max_bytes: int = 2_000_000,
    backups: int = 5,
) -> Path | None:
    """Configure the root logger once; returns the log file path (``None`` without data dir).

    Calling it again replaces the handlers it installed before (tests build several kiosks).
    """
    close_logging()
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter(LOG_FORMAT)
    masking = MaskingFilter()
    handlers: list[logging.Handler] = []
    log_path: Path | None = None
    if data_dir is not None:
        log_dir = data_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        log_path = log_dir / LOG_FILE
        handlers.append(RotatingLog(log_path, max_bytes=max_bytes, backups=backups))
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(masking)
        handler._smacy = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    logging.captureWarnings(True)
    return log_path


_QT_LEVELS = {0: logging.DEBUG, 1: logging.WARNING, 2: logging.ERROR, 3: logging.CRITICAL,
              4: logging.INFO}


def route_qt_messages() -> None:
    """Send Qt's own messages (qDebug, qWarning...) to the ``kiosk.qt`` logger."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    log = logging.getLogger("kiosk.qt")

    def handler(mode: QtMsgType, context: Any, message: str) -> None:
        category = getattr(context, "category", None) or "qt"
        log.log(_QT_LEVELS.get(int(mode.value), logging.WARNING), "[%s] %s", category, message)

    qInstallMessageHandler(handler)
