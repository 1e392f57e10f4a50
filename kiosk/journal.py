"""The payment journal: what this station asked the backend to do with the citizen's money.

Exactly-once payments rest on one rule: the kiosk writes a :class:`PaymentIntent` with its
idempotency key to ``journal.db`` (SQLite, in the data dir) **before** it sends the activation,
and records every outcome it learns. A crash, a kill or a power cut at any point therefore
leaves a row saying how far the payment got; on the next start
:func:`kiosk.flows.payment.reconcile` asks the backend about every :meth:`Journal.unfinished`
row (by idempotency key) and settles it: paid → approved and a receipt made available,
not paid → released.

Life of an intent::

    intent_written ─► activated ─► awaiting_card ─► approved ─► (receipt stored)
          │               │              ├────────► declined / cancelled / expired
          └───────────────┴──────────────┴────────► released   (never charged, given up)

Every change is one SQLite transaction (WAL, ``synchronous=FULL``); a final state never moves
again, so a late or repeated answer cannot turn an approved payment into a released one.

A pagoPA payment carries no codice fiscale and neither does this journal: keep it that way
(the column set is fixed here, and ``assisted_by`` is a tutor's display name, not a code).
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.sqlite_files import create_schema, transaction

log = logging.getLogger("kiosk.journal")

JOURNAL_FILE = "journal.db"
SCHEMA_VERSION = 1

Clock = Callable[[], datetime]


class IntentState(StrEnum):
    """How far a payment got, as far as this station knows."""

    INTENT_WRITTEN = "intent_written"
    """Written before the activation call; the backend may or may not have seen it."""
    ACTIVATED = "activated"
    """The backend activated the notice: payment id and token are known."""
    AWAITING_CARD = "awaiting_card"
    """The card terminal is waiting for the citizen's card."""
    APPROVED = "approved"
    """Paid. Still unfinished until the receipt is stored."""
    DECLINED = "declined"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    RELEASED = "released"
    """Given up without a charge (activation refused or never arrived, or reconciled)."""


FINAL_STATES: frozenset[IntentState] = frozenset(
    {
        IntentState.APPROVED,
        IntentState.DECLINED,
        IntentState.CANCELLED,
        IntentState.EXPIRED,
        IntentState.RELEASED,
    }
)
"""States that never change again (an approved intent still waits for its receipt)."""

_NOT_PAID = FINAL_STATES - {IntentState.APPROVED}

# Allowed moves. Skipping ahead is allowed (an activation may answer "approved" straight away,
# reconciliation may learn the outcome of an intent whose activation answer was lost).
_ALLOWED: dict[IntentState, frozenset[IntentState]] = {
    IntentState.INTENT_WRITTEN: frozenset(
        {IntentState.ACTIVATED, IntentState.AWAITING_CARD} | FINAL_STATES
    ),
    IntentState.ACTIVATED: frozenset({IntentState.AWAITING_CARD} | FINAL_STATES),
    IntentState.AWAITING_CARD: FINAL_STATES,
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS payment_intents (
    idempotency_key    TEXT PRIMARY KEY,
    notice_number      TEXT NOT NULL CHECK (length(notice_number) = 18),
    creditor_cf        TEXT NOT NULL CHECK (length(creditor_cf) = 11),
    amount_cents       INTEGER NOT NULL CHECK (amount_cents > 0),
    creditor_name      TEXT NOT NULL DEFAULT '',
    description        TEXT NOT NULL DEFAULT '',
    booking_id         TEXT,
    assisted_by        TEXT,
    state              TEXT NOT NULL,
    payment_id         TEXT,
    payment_token      TEXT,
    receipt_code       TEXT,
    local_receipt_code TEXT,
    receipt_stored_at  TEXT,
    last_error         TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS payment_intents_state ON payment_intents (state);
CREATE INDEX IF NOT EXISTS payment_intents_notice ON payment_intents (notice_number);
"""


class JournalError(Exception):
    """A journal write that would break the intent's life cycle (or an unknown key)."""


@dataclass(frozen=True, slots=True)
class PaymentIntent:
    """One row of the journal.

    Attributes:
        idempotency_key: uuid4 sent as ``Idempotency-Key`` with the activation.
        notice_number: the 18-digit notice number.
        creditor_cf: the creditor's 11-digit fiscal code (a body, never a person).
        amount_cents: the amount verified and activated.
        creditor_name: for the receipt and for staff.
        description: what the notice is for (causale).
        booking_id: the booking whose health ticket this pays, if any.
        assisted_by: the tutor who assisted, if any.
        state: see :class:`IntentState`.
        payment_id: backend payment id, once activated.
        payment_token: pagoPA payment token, once activated.
        receipt_code: the backend's receipt code, once approved.
        local_receipt_code: the code of the receipt this station stores/prints, once assigned.
        receipt_stored_at: when that receipt was stored (``None`` = not yet).
        last_error: the last error code met (technicians only).
        created_at: when the intent was written (aware, UTC).
        updated_at: last change (aware, UTC).
    """

    idempotency_key: str
    notice_number: str
    creditor_cf: str
    amount_cents: int
    creditor_name: str
    description: str
    booking_id: str | None
    assisted_by: str | None
    state: IntentState
    payment_id: str | None
    payment_token: str | None
    receipt_code: str | None
    local_receipt_code: str | None
    receipt_stored_at: datetime | None
    last_error: str | None
    created_at: datetime
    updated_at: datetime

    @property
    def is_final(self) -> bool:
        """True once the outcome is known (approved, declined, cancelled, expired, released)."""
        return self.state in FINAL_STATES

    @property
    def is_finished(self) -> bool:
        """True when nothing is left to do: not paid, or paid with its receipt stored."""
        if self.state is IntentState.APPROVED:
            return self.receipt_stored_at is not None
        return self.state in _NOT_PAID


def _aware(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _row_to_intent(row: sqlite3.Row) -> PaymentIntent:
    created = _aware(row["created_at"])
    updated = _aware(row["updated_at"])
    assert created is not None
    assert updated is not None
    return PaymentIntent(
        idempotency_key=row["idempotency_key"],
        notice_number=row["notice_number"],
        creditor_cf=row["creditor_cf"],
        amount_cents=int(row["amount_cents"]),
        creditor_name=row["creditor_name"],
        description=row["description"],
        booking_id=row["booking_id"],
        assisted_by=row["assisted_by"],
        state=IntentState(row["state"]),
        payment_id=row["payment_id"],
        payment_token=row["payment_token"],
        receipt_code=row["receipt_code"],
        local_receipt_code=row["local_receipt_code"],
        receipt_stored_at=_aware(row["receipt_stored_at"]),
        last_error=row["last_error"],
        created_at=created,
        updated_at=updated,
    )


def _utc_now() -> datetime:
    return datetime.now(UTC)


def new_idempotency_key() -> str:
    """A fresh idempotency key (uuid4, canonical text form)."""
    return str(uuid.uuid4())


class Journal:
    """The payment journal of one station.

    Safe to use from several threads: every operation opens its own short-lived connection
    (the flow's blocking calls run on worker threads; sqlite3 connections must not cross them).

    Args:
        path: the database file (created with its parent folder if missing).
        clock: returns the current aware time (tests inject a fixed clock).
    """

    def __init__(self, path: Path, clock: Clock = _utc_now) -> None:
        self.path = Path(path)
        self._clock = clock
        create_schema(self.path, _SCHEMA + "INSERT OR IGNORE INTO meta (key, value) VALUES "
                      f"('schema_version', '{SCHEMA_VERSION}');")

    @classmethod
    def in_data_dir(cls, data_dir: Path, clock: Clock = _utc_now) -> Journal:
        """The journal of the station whose data dir is ``data_dir`` (``journal.db``)."""
        return cls(Path(data_dir) / JOURNAL_FILE, clock)

    def _db(self) -> AbstractContextManager[sqlite3.Connection]:
        # Durable: a committed payment step survives a power cut, not just a killed process.
        return transaction(self.path, rows=True)

    def _now(self) -> str:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the journal clock must return aware datetimes")
        return now.astimezone(UTC).isoformat()

    @staticmethod
    def _fetch(db: sqlite3.Connection, key: str) -> PaymentIntent:
        row = db.execute(
            "SELECT * FROM payment_intents WHERE idempotency_key = ?", (key,)
        ).fetchone()
        if row is None:
            raise JournalError(f"no payment intent {key!r}")
        return _row_to_intent(row)

    # --- writes ----------------------------------------------------------------------------
    def write_intent(
        self,
        *,
        idempotency_key: str,
        notice_number: str,
        creditor_cf: str,
        amount_cents: int,
        creditor_name: str = "",
        description: str = "",
        booking_id: str | None = None,
        assisted_by: str | None = None,
    ) -> PaymentIntent:
        """Record the intent to activate a notice. Idempotent on the key.

        Writing the same key again returns the stored row unchanged, so a retry never forks an
        intent; writing it with different payment data is refused.

        Raises:
            JournalError: the key exists with another notice, creditor or amount.
        """
        if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
            raise TypeError("amount_cents must be an int")
        now = self._now()
        with self._db() as db:
            row = db.execute(
                "SELECT * FROM payment_intents WHERE idempotency_key = ?", (idempotency_key,)
            ).fetchone()
            if row is not None:
                intent = _row_to_intent(row)
                same = (intent.notice_number, intent.creditor_cf, intent.amount_cents) == (
                    notice_number,
                    creditor_cf,
                    amount_cents,
                )
                if not same:
                    raise JournalError(f"key {idempotency_key} already names another payment")
                return intent
            db.execute(
                "INSERT INTO payment_intents (idempotency_key, notice_number, creditor_cf,"
                " amount_cents, creditor_name, description, booking_id, assisted_by, state,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    idempotency_key,
                    notice_number,
                    creditor_cf,
                    amount_cents,
                    creditor_name,
                    description,
                    booking_id,
                    assisted_by,
                    IntentState.INTENT_WRITTEN.value,
                    now,
                    now,
                ),
            )
            intent = self._fetch(db, idempotency_key)
        log.info(
            "intent %s written: notice %s, %d cents", idempotency_key, notice_number, amount_cents
        )
        return intent

    def _move(self, key: str, state: IntentState, **fields: Any) -> PaymentIntent:
        with self._db() as db:
            current = self._fetch(db, key)
            if current.state is state:
                # Learning the same thing twice (a replayed answer, a second poll) is fine;
                # only fill in what was missing.
                fields = {k: v for k, v in fields.items() if getattr(current, k) is None}
            elif state not in _ALLOWED.get(current.state, frozenset()):
                raise JournalError(
                    f"intent {key}: {current.state.value} cannot become {state.value}"
                )
            sets = ", ".join(f"{name} = ?" for name in fields)
            values = list(fields.values())
            sql = "UPDATE payment_intents SET state = ?, updated_at = ?"
            sql += f", {sets}" if sets else ""
            db.execute(
                sql + " WHERE idempotency_key = ?",
                [state.value, self._now(), *values, key],
            )
            intent = self._fetch(db, key)
        if current.state is not state:
            log.info("intent %s: %s -> %s", key, current.state.value, state.value)
        return intent

    def mark_activated(self, key: str, payment_id: str, payment_token: str) -> PaymentIntent:
        """The backend activated the notice (first answer to the activation)."""
        return self._move(
            key, IntentState.ACTIVATED, payment_id=payment_id, payment_token=payment_token
        )

    def mark_awaiting_card(
        self, key: str, payment_id: str | None = None, payment_token: str | None = None
    ) -> PaymentIntent:
        """The card terminal waits for the card."""
        fields = {"payment_id": payment_id, "payment_token": payment_token}
        return self._move(
            key, IntentState.AWAITING_CARD, **{k: v for k, v in fields.items() if v is not None}
        )

    def mark_approved(
        self,
        key: str,
        *,
        receipt_code: str | None,
        payment_id: str | None = None,
        payment_token: str | None = None,
    ) -> PaymentIntent:
        """The payment went through (the citizen was charged)."""
        fields = {
            "receipt_code": receipt_code,
            "payment_id": payment_id,
            "payment_token": payment_token,
        }
        return self._move(
            key, IntentState.APPROVED, **{k: v for k, v in fields.items() if v is not None}
        )

    def mark_not_paid(
        self, key: str, state: IntentState, *, error: str | None = None
    ) -> PaymentIntent:
        """The payment ended without a charge: declined, cancelled, expired or released.

        Raises:
            ValueError: ``state`` is not one of the not-paid final states.
            JournalError: the intent is already approved (or otherwise final).
        """
        if state not in _NOT_PAID:
            raise ValueError(f"{state.value} is not a not-paid final state")
        fields = {"last_error": error} if error else {}
        return self._move(key, state, **fields)

    def note_error(self, key: str, code: str) -> PaymentIntent:
        """Remember the last error met by this intent (state unchanged)."""
        with self._db() as db:
            self._fetch(db, key)
            db.execute(
                "UPDATE payment_intents SET last_error = ?, updated_at = ?"
                " WHERE idempotency_key = ?",
                (code, self._now(), key),
            )
            return self._fetch(db, key)

    def assign_local_receipt_code(self, key: str, code: str) -> str:
        """Give an approved intent the code of the receipt this station issues.

        Idempotent: the first code assigned wins and is returned every time, so a receipt
        re-issued after a crash carries the same code (and is not stored twice).

        Raises:
            JournalError: the intent is not approved.
        """
        with self._db() as db:
            intent = self._fetch(db, key)
            if intent.state is not IntentState.APPROVED:
                raise JournalError(f"intent {key} is {intent.state.value}, not approved")
            if intent.local_receipt_code is not None:
                return intent.local_receipt_code
            db.execute(
                "UPDATE payment_intents SET local_receipt_code = ?, updated_at = ?"
                " WHERE idempotency_key = ?",
                (code, self._now(), key),
            )
            return code

    def mark_receipt_stored(self, key: str) -> PaymentIntent:
        """The receipt of an approved intent is stored (reprintable): the intent is finished.

        Raises:
            JournalError: the intent is not approved.
        """
        with self._db() as db:
            intent = self._fetch(db, key)
            if intent.state is not IntentState.APPROVED:
                raise JournalError(f"intent {key} is {intent.state.value}, not approved")
            if intent.receipt_stored_at is None:
                db.execute(
                    "UPDATE payment_intents SET receipt_stored_at = ?, updated_at = ?"
                    " WHERE idempotency_key = ?",
                    (self._now(), self._now(), key),
                )
            return self._fetch(db, key)

    # --- reads -----------------------------------------------------------------------------
    def get(self, key: str) -> PaymentIntent | None:
        """The intent with this key, or ``None``."""
        with self._db() as db:
            row = db.execute(
                "SELECT * FROM payment_intents WHERE idempotency_key = ?", (key,)
            ).fetchone()
        return None if row is None else _row_to_intent(row)

    def unfinished(self) -> list[PaymentIntent]:
        """Intents with something left to do, oldest first (see :attr:`is_finished`)."""
        with self._db() as db:
            rows = db.execute(
                "SELECT * FROM payment_intents WHERE state NOT IN (?, ?, ?, ?, ?)"
                " OR (state = ? AND receipt_stored_at IS NULL) ORDER BY created_at, rowid",
                (
                    IntentState.APPROVED.value,
                    IntentState.DECLINED.value,
                    IntentState.CANCELLED.value,
                    IntentState.EXPIRED.value,
                    IntentState.RELEASED.value,
                    IntentState.APPROVED.value,
                ),
            ).fetchall()
        return [_row_to_intent(r) for r in rows]

    def all(self) -> list[PaymentIntent]:
        """Every intent, oldest first (staff views, tests)."""
        with self._db() as db:
            rows = db.execute("SELECT * FROM payment_intents ORDER BY created_at, rowid").fetchall()
        return [_row_to_intent(r) for r in rows]


__all__ = [
    "FINAL_STATES",
    "JOURNAL_FILE",
    "Clock",
    "IntentState",
    "Journal",
    "JournalError",
    "PaymentIntent",
    "new_idempotency_key",
]
