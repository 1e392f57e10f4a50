"""Unlocking tutor/staff mode: by PIN on the keypad or by scanning a badge.

Five wrong PINs in a row lock the keypad for five minutes. The count and the lock are kept in
the journal database (table ``auth_lockout``), so switching the station off and on again does
not give a guesser five fresh tries. Every attempt is written to the audit log, with the account
id when it is known, and never the PIN or badge code.

Checking a PIN means one argon2id verification per account (tens of milliseconds each, by
design): call :meth:`Authenticator.unlock_with_pin` off the GUI thread.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from kiosk.accounts import Account
from kiosk.audit import JOURNAL_FILE, AuditLog
from kiosk.pins import verify_pin
from kiosk.sqlite_files import LazySchema, transaction

log = logging.getLogger("kiosk.auth")

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)

Clock = Callable[[], datetime]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS auth_lockout (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    failures     INTEGER NOT NULL,
    locked_until TEXT
);
"""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Outcome(StrEnum):
    """What an unlock attempt came to."""

    OK = "ok"
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"
    """Too many wrong PINs: the keypad is locked (see ``locked_until``)."""
    UNKNOWN_BADGE = "unknown_badge"


@dataclass(frozen=True, slots=True)
class AuthResult:
    """The answer to one attempt.

    Attributes:
        outcome: :class:`Outcome`.
        account: Who unlocked (``OK`` only).
        locked_until: End of the lock (``LOCKED``, and the fifth ``WRONG_PIN`` that caused it
            is reported as ``LOCKED``).
        attempts_left: Wrong PINs still allowed before the lock.
    """

    outcome: Outcome
    account: Account | None = None
    locked_until: datetime | None = None
    attempts_left: int = MAX_FAILURES

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK


class Authenticator:
    """Checks PINs and badges against the configured accounts.

    Args:
        accounts: The accounts from the config.
        audit: Where attempts are recorded.
        db_path: The journal database holding the lockout state (``data_dir/journal.db``).
        clock: Aware "now" (injected in tests).
        max_failures: Wrong PINs in a row before the lock.
        lockout: How long the keypad stays locked.
    """

    def __init__(
        self,
        accounts: Sequence[Account],
        audit: AuditLog,
        db_path: Path,
        *,
        clock: Clock = _utc_now,
        max_failures: int = MAX_FAILURES,
        lockout: timedelta = LOCKOUT,
    ) -> None:
        self.accounts = tuple(accounts)
        self.audit = audit
        self.db_path = Path(db_path)
        self._clock = clock
        self.max_failures = max_failures
        self.lockout = lockout
        # The lockout table is made when a PIN is first checked, not while the station starts.
        self._schema = LazySchema(self.db_path, _SCHEMA)

    @classmethod
    def in_data_dir(
        cls, accounts: Sequence[Account], data_dir: Path, *, clock: Clock = _utc_now,
        max_failures: int = MAX_FAILURES, lockout: timedelta = LOCKOUT,
    ) -> Authenticator:
        """An authenticator (and its audit log) on ``data_dir/journal.db``."""
        path = Path(data_dir) / JOURNAL_FILE
        return cls(accounts, AuditLog(path, clock), path, clock=clock,
                   max_failures=max_failures, lockout=lockout)

    # --- state -------------------------------------------------------------------------------
    def _db(self) -> AbstractContextManager[sqlite3.Connection]:
        self._schema.ensure()
        return transaction(self.db_path)

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the auth clock must return aware datetimes")
        return now.astimezone(UTC)

    @staticmethod
    def _read(db: sqlite3.Connection) -> tuple[int, datetime | None]:
        row = db.execute("SELECT failures, locked_until FROM auth_lockout WHERE id = 1").fetchone()
        if row is None:
            return 0, None
        return int(row[0]), datetime.fromisoformat(row[1]) if row[1] else None

    @staticmethod
    def _write(db: sqlite3.Connection, failures: int, locked_until: datetime | None) -> None:
        db.execute(
            "INSERT INTO auth_lockout (id, failures, locked_until) VALUES (1, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET failures = excluded.failures,"
            " locked_until = excluded.locked_until",
            (failures, locked_until.isoformat() if locked_until else None))

    def _active_lock(self, locked_until: datetime | None, now: datetime) -> datetime | None:
        if locked_until is None or locked_until <= now:
            return None
        # A clock set back (or a forged row) must not lock the keypad for longer than the rule.
        return min(locked_until, now + self.lockout)

    def locked_until(self) -> datetime | None:
        """End of the current lock (aware, UTC), or ``None`` when the keypad is usable."""
        now = self._now()
        with self._db() as db:
            _failures, until = self._read(db)
        return self._active_lock(until, now)

    def seconds_locked(self) -> int:
        """Whole seconds (rounded up) until the keypad unlocks; 0 when it is usable."""
        until = self.locked_until()
        if until is None:
            return 0
        remaining = (until - self._now()).total_seconds()
        return max(0, int(-(-remaining // 1)))

    # --- attempts ------------------------------------------------------------------------------
    def _match_pin(self, pin: str) -> Account | None:
        # Check every account (no early exit), so the time taken does not hint at which
        # position in the list a PIN belongs to.
        found: Account | None = None
        for account in self.accounts:
            if verify_pin(account.pin_hash, pin) and found is None:
                found = account
        return found

    def unlock_with_pin(self, pin: str) -> AuthResult:
        """Try a PIN typed on the keypad. Blocks for the argon2 checks: run off the GUI thread."""
        lock = self.locked_until()
        if lock is not None:
            self.audit.record("unknown", "auth.pin_refused_locked",
                              {"locked_until": lock.isoformat()})
            return AuthResult(Outcome.LOCKED, locked_until=lock, attempts_left=0)
        # The argon2 checks run outside the transaction: the audit log shares the database.
        account = self._match_pin(pin) if pin else None
        now = self._now()
        with self._db() as db:
            failures, until = self._read(db)
            if until is not None and until <= now:  # an expired lock starts a fresh count
                failures = 0
            if account is not None:
                self._write(db, 0, None)
            else:
                failures += 1
                lock = now + self.lockout if failures >= self.max_failures else None
                self._write(db, 0 if lock else failures, lock)
        if account is not None:
            self.audit.record(account.id, "auth.pin_ok", {"role": account.role.value})
            log.info("unlocked by PIN: %s (%s)", account.id, account.role.value)
            return AuthResult(Outcome.OK, account=account)
        self.audit.record("unknown", "auth.pin_failed", {"failures": failures})
        if lock is not None:
            self.audit.record("station", "auth.keypad_locked",
                              {"locked_until": lock.isoformat(),
                               "minutes": self.lockout.total_seconds() / 60})
            log.warning("keypad locked until %s after %d wrong PINs", lock, failures)
            return AuthResult(Outcome.LOCKED, locked_until=lock, attempts_left=0)
        log.info("wrong PIN (%d of %d)", failures, self.max_failures)
        return AuthResult(Outcome.WRONG_PIN, attempts_left=self.max_failures - failures)

    def unlock_with_badge(self, code: str) -> AuthResult:
        """Try a scanned badge code (the part after ``SMACY-BADGE:``).

        A badge is a physical token, so it still works while the PIN keypad is locked.
        """
        found: Account | None = None
        for account in self.accounts:
            if account.badge_hash and verify_pin(account.badge_hash, code) and found is None:
                found = account
        if found is None:
            self.audit.record("unknown", "auth.badge_unknown", {})
            log.info("unknown badge scanned")
            return AuthResult(Outcome.UNKNOWN_BADGE)
        self.audit.record(found.id, "auth.badge_ok", {"role": found.role.value})
        log.info("unlocked by badge: %s (%s)", found.id, found.role.value)
        return AuthResult(Outcome.OK, account=found)


__all__ = ["LOCKOUT", "MAX_FAILURES", "AuthResult", "Authenticator", "Outcome"]
