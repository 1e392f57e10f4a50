"""Receipt store: every receipt is kept as a PDF with a database row *before* it is printed.

So a receipt is never lost to a printer fault: staff find it by receipt code, booking code or
notice number and reprint it. Layout::

    data_dir/receipts.db            SQLite, one row per receipt
    data_dir/receipts/<code>.pdf    the PDF exactly as sent to the printer

PDFs are written to a temporary file and renamed into place, so a crash never leaves half a
receipt; the row is inserted only after the file is complete.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

from kiosk.receipts import (
    ROME,
    BookingReceipt,
    CancellationReceipt,
    PaymentReceipt,
    Receipt,
    ReceiptKind,
    mask_fiscal_code,
    normalize_receipt_code,
)
from kiosk.sqlite_files import LazySchema

log = logging.getLogger("kiosk.print")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS receipts (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    language TEXT NOT NULL,
    refs TEXT NOT NULL,
    summary TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    printed_at TEXT
);
CREATE INDEX IF NOT EXISTS receipts_created ON receipts (created_at);
"""


class PrintStatus(StrEnum):
    """Whether a stored receipt reached paper."""

    PENDING = "pending"
    PRINTED = "printed"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class StoredReceipt:
    """One row of the store.

    Attributes:
        code: Receipt code (``K7Q2-M9XD-3F``).
        kind: Receipt kind.
        created_at: When it was stored (aware, UTC).
        language: Language of the receipt.
        refs: Space-separated references it can be found by (booking code, notice...).
        summary: One line for staff lists; never holds a clear codice fiscale.
        status: Print status.
        attempts: Print attempts so far.
        last_error: Reason of the last failed attempt.
        printed_at: When the last successful print completed.
        path: The PDF.
    """

    code: str
    kind: ReceiptKind
    created_at: datetime
    language: str
    refs: str
    summary: str
    status: PrintStatus
    attempts: int
    last_error: str
    printed_at: datetime | None
    path: Path


def _summary(receipt: Receipt) -> str:
    # Plain data for staff lists. Built from fields that are safe to show: the codice fiscale
    # only appears masked.
    if isinstance(receipt, PaymentReceipt):
        return f"{receipt.creditor_name} · {receipt.reason} · {receipt.total_cents / 100:.2f} EUR"
    if isinstance(receipt, BookingReceipt):
        return (
            f"{receipt.service} · {receipt.start.astimezone(ROME):%d/%m/%Y %H:%M} · "
            f"{mask_fiscal_code(receipt.patient_fiscal_code)}"
        )
    if isinstance(receipt, CancellationReceipt):
        return f"{receipt.service} · {mask_fiscal_code(receipt.patient_fiscal_code)}"
    return f"{receipt.station_id} · {receipt.day.isoformat()}"


def _aware(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class ReceiptStore:
    """Receipts of one station.

    Args:
        data_dir: The station's data directory (created if needed).
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.folder = self.data_dir / "receipts"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.db_path = self.data_dir / "receipts.db"
        # The schema is made by the first operation (a worker's purge at start), not here:
        # the store is built before the station's first frame.
        self._schema = LazySchema(self.db_path, _SCHEMA, timeout=5.0)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        # A short-lived connection per operation: the store is used from the GUI thread and
        # from print workers, and sqlite3 connections must not cross threads.
        self._schema.ensure()
        with closing(sqlite3.connect(self.db_path, timeout=5.0)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            with db:  # one transaction, committed on success
                yield db

    def path_for(self, code: str) -> Path:
        """Where the PDF of ``code`` lives."""
        return self.folder / f"{code}.pdf"

    def save(self, receipt: Receipt, pdf: bytes, now: datetime | None = None) -> StoredReceipt:
        """Store a rendered receipt (status *pending*). Call before printing.

        Raises:
            ValueError: A receipt with this code is already stored.
        """
        created = (now or datetime.now(UTC)).astimezone(UTC)
        path = self.path_for(receipt.receipt_code)
        if path.exists():
            raise ValueError(f"receipt {receipt.receipt_code} already stored")
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(pdf)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        refs = " ".join(receipt.search_keys)
        with self._db() as db:
            db.execute(
                "INSERT INTO receipts (code, kind, created_at, language, refs, summary, status)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    receipt.receipt_code,
                    receipt.kind.value,
                    created.isoformat(),
                    receipt.language,
                    refs,
                    _summary(receipt),
                    PrintStatus.PENDING.value,
                ),
            )
        log.info("receipt %s stored (%s)", receipt.receipt_code, receipt.kind.value)
        found = self.find(receipt.receipt_code)
        assert found is not None
        return found

    def _row(self, row: sqlite3.Row) -> StoredReceipt:
        created = _aware(row["created_at"])
        assert created is not None
        return StoredReceipt(
            code=row["code"],
            kind=ReceiptKind(row["kind"]),
            created_at=created,
            language=row["language"],
            refs=row["refs"],
            summary=row["summary"],
            status=PrintStatus(row["status"]),
            attempts=row["attempts"],
            last_error=row["last_error"],
            printed_at=_aware(row["printed_at"]),
            path=self.path_for(row["code"]),
        )

    def _query(self, sql: str, args: tuple[object, ...]) -> list[StoredReceipt]:
        with self._db() as db:
            db.row_factory = sqlite3.Row
            rows = db.execute(sql, args).fetchall()
        return [self._row(r) for r in rows]

    def find(self, code: str) -> StoredReceipt | None:
        """The receipt with this code (typed, scanned or with misread letters), or ``None``."""
        canonical = normalize_receipt_code(code)
        if canonical is None:
            return None
        rows = self._query("SELECT * FROM receipts WHERE code = ?", (canonical,))
        return rows[0] if rows else None

    def list_for_day(self, day: date) -> list[StoredReceipt]:
        """Receipts created on ``day`` (Europe/Rome calendar), oldest first."""
        start = datetime.combine(day, time(), ROME).astimezone(UTC)
        end = datetime.combine(day + timedelta(days=1), time(), ROME).astimezone(UTC)
        return self._query(
            "SELECT * FROM receipts WHERE created_at >= ? AND created_at < ? ORDER BY created_at",
            (start.isoformat(), end.isoformat()),
        )

    def search(self, text: str) -> list[StoredReceipt]:
        """Find receipts by receipt code, booking code, notice number or IUV, newest first.

        Spaces are ignored, so a notice number typed in groups of four matches.
        """
        canonical = normalize_receipt_code(text)
        if canonical is not None:
            exact = self.find(canonical)
            if exact is not None:
                return [exact]
        needle = re.sub(r"\s", "", text).upper()
        if not needle:
            return []
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return self._query(
            "SELECT * FROM receipts WHERE upper(refs) LIKE ? ESCAPE '\\' "
            "ORDER BY created_at DESC LIMIT 50",
            (f"%{escaped}%",),
        )

    def mark_printed(self, code: str, now: datetime | None = None) -> None:
        """Record a completed print."""
        moment = (now or datetime.now(UTC)).astimezone(UTC)
        with self._db() as db:
            db.execute(
                "UPDATE receipts SET status = ?, attempts = attempts + 1, last_error = '',"
                " printed_at = ? WHERE code = ?",
                (PrintStatus.PRINTED.value, moment.isoformat(), code),
            )

    def mark_failed(self, code: str, reason: str) -> None:
        """Record a failed print attempt (a later reprint may still succeed)."""
        with self._db() as db:
            db.execute(
                "UPDATE receipts SET status = ?, attempts = attempts + 1, last_error = ?"
                " WHERE code = ?",
                (PrintStatus.FAILED.value, reason, code),
            )

    def purge(self, retention_days: int = 30, now: datetime | None = None) -> int:
        """Delete receipts older than ``retention_days`` (PDF and row). Returns how many."""
        cutoff = (now or datetime.now(UTC)).astimezone(UTC) - timedelta(days=retention_days)
        old = self._query("SELECT * FROM receipts WHERE created_at < ?", (cutoff.isoformat(),))
        for item in old:
            item.path.unlink(missing_ok=True)
        with self._db() as db:
            db.execute("DELETE FROM receipts WHERE created_at < ?", (cutoff.isoformat(),))
        # Orphan temp files from a crash mid-write (old enough not to be a write in progress).
        stale = cutoff.timestamp()
        for part in self.folder.glob("*.part"):
            with suppress(OSError):
                if part.stat().st_mtime < stale:
                    part.unlink()
        if old:
            log.info("purged %d receipts older than %d days", len(old), retention_days)
        return len(old)
