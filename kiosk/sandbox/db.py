"""SQLite file storage of the sandbox.

Every operation runs in its own short ``BEGIN IMMEDIATE`` transaction on a fresh connection, so
concurrent requests (and even two sandbox processes sharing the file) are serialised by SQLite:
two kiosks booking the same slot cannot both win. A partial unique index on confirmed bookings'
slot ids and on active payments of a notice backs the same rules up at the schema level.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notices (
    creditor_cf TEXT NOT NULL,
    notice_number TEXT NOT NULL,
    iuv TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    description TEXT NOT NULL,
    due_date TEXT NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (creditor_cf, notice_number)
);
CREATE TABLE IF NOT EXISTS prescriptions (
    nre TEXT PRIMARY KEY,
    service_id TEXT NOT NULL,
    priority TEXT NOT NULL,
    codice_fiscale TEXT NOT NULL,
    issued_at TEXT,
    age_hours REAL,
    booked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS bookings (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    office_id TEXT NOT NULL,
    slot_id TEXT NOT NULL,
    slot_start TEXT NOT NULL,
    slot_end TEXT NOT NULL,
    status TEXT NOT NULL,
    codice_fiscale TEXT NOT NULL,
    phone TEXT,
    nre TEXT,
    priority TEXT,
    fee_cents INTEGER NOT NULL,
    notice_number TEXT,
    creditor_cf TEXT,
    created_at TEXT NOT NULL,
    cancelled_at TEXT,
    assisted_by TEXT,
    kiosk_id TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS bookings_one_per_slot
    ON bookings (slot_id) WHERE status = 'confirmed';
CREATE INDEX IF NOT EXISTS bookings_cf ON bookings (codice_fiscale);
CREATE TABLE IF NOT EXISTS blocked_slots (slot_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS payments (
    id TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    notice_number TEXT NOT NULL,
    creditor_cf TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    fee_cents INTEGER NOT NULL,
    status TEXT NOT NULL,
    payment_token TEXT NOT NULL,
    token_expires_at TEXT NOT NULL,
    decision TEXT NOT NULL,
    decide_at TEXT,
    booking_id TEXT,
    assisted_by TEXT,
    kiosk_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    iur TEXT,
    receipt_code TEXT UNIQUE,
    card TEXT,
    auth_code TEXT,
    paid_at TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS payments_one_active_per_notice
    ON payments (creditor_cf, notice_number) WHERE status IN ('awaiting_card', 'approved');
CREATE TABLE IF NOT EXISTS help_requests (
    id TEXT PRIMARY KEY,
    station TEXT NOT NULL,
    screen TEXT NOT NULL,
    time TEXT NOT NULL,
    status TEXT NOT NULL,
    acknowledged_at TEXT
);
CREATE TABLE IF NOT EXISTS heartbeats (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kiosk_id TEXT NOT NULL,
    status TEXT NOT NULL,
    version TEXT NOT NULL,
    received_at TEXT NOT NULL
);
"""

TABLES = (
    "settings", "notices", "prescriptions", "bookings", "blocked_slots", "idempotency",
    "payments", "help_requests", "heartbeats",
)


class Database:
    """The sandbox's SQLite file.

    Args:
        path: Database file; created with its schema if missing.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=15.0, isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Open a write transaction (``BEGIN IMMEDIATE``); commit on success, else roll back."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    def wipe(self) -> None:
        """Delete every row of every table (schema kept)."""
        with self.transaction() as conn:
            for table in TABLES:
                conn.execute(f"DELETE FROM {table}")


def get_setting(conn: sqlite3.Connection, key: str) -> str | None:
    """Read one setting."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row["value"])


def set_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Write one setting."""
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
