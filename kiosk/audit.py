"""The audit log: who did what at the station, append-only and hash-chained.

Records live in the journal database (``data_dir/journal.db``, table ``audit``). Each record
carries the SHA-256 of the previous record's hash and its own fields, so editing, removing or
reordering a record breaks the chain; :meth:`AuditLog.verify_chain` finds where, and
``kiosk doctor`` reports it (:func:`check_audit`). A one-row ``audit_head`` table remembers the
last sequence number and hash, which catches the removal of the newest records too.

SQLite triggers refuse ``UPDATE`` and ``DELETE`` on the table, so the kiosk itself cannot
rewrite history by mistake; someone with the file can drop them, which is what the chain is for
(and :meth:`verify_chain` reports missing triggers as a problem as well).

Never in a record: PINs, badge codes, their hashes, a codice fiscale in clear.
:meth:`AuditLog.record` refuses secret-looking keys and masks any codice fiscale in values.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from kiosk.logsetup import mask_text
from kiosk.sqlite_files import LazySchema, transaction

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.doctor import Check

log = logging.getLogger("kiosk.audit")

JOURNAL_FILE = "journal.db"
GENESIS = "0" * 64
"""``prev_hash`` of the first record."""
REDACTED = "[redacted]"

Clock = Callable[[], datetime]

_FORBIDDEN_KEYS = frozenset(
    {"pin", "pin_hash", "badge", "badge_code", "badge_hash", "password", "secret", "hash"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    seq       INTEGER PRIMARY KEY,
    time      TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_time ON audit (time);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""
_TRIGGERS = ("audit_no_update", "audit_no_delete")


def _utc_now() -> datetime:
    return datetime.now(UTC)


class AuditRecord(NamedTuple):
    """One audit record.

    Attributes:
        seq: Position in the chain, from 1.
        time: When it happened (aware, UTC).
        actor: Account id, ``citizen``, ``station`` or ``unknown``.
        action: Dotted name, e.g. ``auth.pin_failed``, ``staff.reprint``.
        details: Extra facts (JSON-safe; no secrets, codice fiscale masked).
        prev_hash: Hash of the previous record (:data:`GENESIS` for the first).
        hash: This record's hash.
    """

    seq: int
    time: datetime
    actor: str
    action: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str


class ChainProblem(NamedTuple):
    """Something wrong with the stored chain.

    Attributes:
        seq: The record where it shows (0 for the table as a whole).
        kind: ``edited``, ``missing``, ``reordered``, ``truncated`` or ``unprotected``.
        message: Plain English for the technician.
    """

    seq: int
    kind: str
    message: str


def canonical_details(details: Mapping[str, Any]) -> str:
    """The JSON text hashed and stored for ``details`` (sorted keys, no spaces)."""
    return json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, seq: int, time: str, actor: str, action: str,
               details_json: str) -> str:
    """SHA-256 over the previous hash and the record's fields (unit-separated)."""
    payload = "\x1f".join((prev_hash, str(seq), time, actor, action, details_json))
    import hashlib  # (here: the station reads the log before its first frame, and hashes later)

    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        if value.startswith("$argon2"):
            return REDACTED
        return mask_text(value)
    if isinstance(value, Mapping):
        return _clean_mapping(value)
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return mask_text(str(value))


def _clean_mapping(details: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in details.items():
        if str(key).lower() in _FORBIDDEN_KEYS:
            raise ValueError(f"audit details must not hold secrets ({key!r})")
        clean[str(key)] = _clean(value)
    return clean


class AuditLog:
    """The station's audit log.

    Args:
        path: The journal database (shared with the payment journal; own tables).
        clock: Aware "now" (injected in tests).
        create: Create the tables and triggers if missing. ``False`` opens the file as found
            (``kiosk doctor``: re-creating a dropped trigger would hide that it was dropped).
    """

    def __init__(self, path: Path, clock: Clock = _utc_now, *, create: bool = True) -> None:
        self.path = Path(path)
        self._clock = clock
        # Made by the first use: the station reads the log before its first frame.
        self._schema = LazySchema(self.path, _SCHEMA) if create else None

    @classmethod
    def in_data_dir(cls, data_dir: Path, clock: Clock = _utc_now) -> AuditLog:
        """The audit log of the station whose data dir is ``data_dir``."""
        return cls(Path(data_dir) / JOURNAL_FILE, clock)

    def _db(self, write: bool = True) -> AbstractContextManager[sqlite3.Connection]:
        if self._schema is not None:
            self._schema.ensure()
        return transaction(self.path, write=write, rows=True)

    def record(self, actor: str, action: str,
               details: Mapping[str, Any] | None = None) -> AuditRecord:
        """Append a record, chained to the newest one.

        Raises:
            ValueError: ``details`` has a secret-looking key (``pin``, ``badge_hash`` ...), or
                the clock is naive.
        """
        clean = _clean_mapping(details or {})
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the audit clock must return aware datetimes")
        stamp = now.astimezone(UTC).isoformat()
        details_json = canonical_details(clean)
        actor = mask_text(actor)
        with self._db() as db:
            head = db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
            if head is None:
                last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
                head = last.fetchone()
            seq, prev = (head["seq"] + 1, head["hash"]) if head else (1, GENESIS)
            digest = chain_hash(prev, seq, stamp, actor, action, details_json)
            db.execute(
                "INSERT INTO audit (seq, time, actor, action, details, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (seq, stamp, actor, action, details_json, prev, digest))
            db.execute("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id)"
                       " DO UPDATE SET seq = excluded.seq, hash = excluded.hash", (seq, digest))
        log.info("audit %d: %s %s", seq, actor, action)
        return AuditRecord(seq, datetime.fromisoformat(stamp), actor, action, clean, prev, digest)

    def records(self, since: datetime | None = None, until: datetime | None = None,
                action_prefix: str = "") -> list[AuditRecord]:
        """Records in chain order, optionally within ``[since, until)`` and by action prefix."""
        if self._schema is not None and not self._schema.ready and not self.path.exists():
            return []  # nothing recorded yet (a first start): reading creates no file
        sql = "SELECT * FROM audit WHERE 1 = 1"
        args: list[Any] = []
        if since is not None:
            sql += " AND time >= ?"
            args.append(since.astimezone(UTC).isoformat())
        if until is not None:
            sql += " AND time < ?"
            args.append(until.astimezone(UTC).isoformat())
        if action_prefix:
            sql += " AND substr(action, 1, ?) = ?"
            args += [len(action_prefix), action_prefix]
        with self._db(write=False) as db:
            rows = db.execute(sql + " ORDER BY seq", args).fetchall()
        return [_record(row) for row in rows]

    def verify_chain(self) -> list[ChainProblem]:
        """Walk the chain and list every problem (empty list: intact).

        Detects a record whose fields were edited (its hash no longer matches), records
        removed from the middle (a gap in ``seq`` or a ``prev_hash`` that does not match),
        records moved or swapped (``seq`` is hashed), the newest records removed (the head
        says more exist), and the append-only triggers removed.
        """
        problems: list[ChainProblem] = []
        with self._db(write=False) as db:
            rows = db.execute("SELECT * FROM audit ORDER BY seq").fetchall()
            head = db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
            triggers = {r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'")}
        missing_triggers = [t for t in _TRIGGERS if t not in triggers]
        if missing_triggers:
            problems.append(ChainProblem(0, "unprotected", "the append-only guard was removed ("
                                         + ", ".join(missing_triggers) + ")"))
        expected_seq, prev = 1, GENESIS
        for row in rows:
            seq = row["seq"]
            recomputed = chain_hash(row["prev_hash"], seq, row["time"], row["actor"],
                                    row["action"], row["details"])
            if seq != expected_seq:
                if seq > expected_seq:
                    gap = (f"record {expected_seq} is missing" if seq == expected_seq + 1
                           else f"records {expected_seq} to {seq - 1} are missing")
                    problems.append(ChainProblem(seq, "missing", gap))
                else:
                    problems.append(ChainProblem(seq, "reordered",
                                                 f"record {seq} is out of order"))
            elif row["prev_hash"] != prev:
                problems.append(ChainProblem(
                    seq, "reordered",
                    f"record {seq} does not follow record {seq - 1} (moved or replaced)"))
            if recomputed != row["hash"]:
                problems.append(ChainProblem(seq, "edited",
                                             f"record {seq} was changed after it was written"))
            expected_seq, prev = seq + 1, row["hash"]
        last_seq = rows[-1]["seq"] if rows else 0
        if head is not None and (head["seq"] > last_seq or
                                 (head["seq"] == last_seq and head["hash"] != prev)):
            if head["seq"] > last_seq:
                problems.append(ChainProblem(
                    last_seq + 1, "truncated",
                    f"the newest records ({last_seq + 1} to {head['seq']}) were removed"))
            else:
                problems.append(ChainProblem(last_seq, "edited",
                                             f"record {last_seq} was replaced"))
        elif head is None and rows:
            problems.append(ChainProblem(0, "truncated", "the chain head record was removed"))
        return problems

    def __len__(self) -> int:
        with self._db(write=False) as db:
            count: int = db.execute("SELECT count(*) FROM audit").fetchone()[0]
        return count


def _record(row: sqlite3.Row) -> AuditRecord:
    return AuditRecord(
        seq=row["seq"],
        time=datetime.fromisoformat(row["time"]),
        actor=row["actor"],
        action=row["action"],
        details=json.loads(row["details"]),
        prev_hash=row["prev_hash"],
        hash=row["hash"],
    )


def check_audit(config: Config) -> Check:
    """``kiosk doctor`` check: the audit chain in the station's journal is intact."""
    from kiosk.doctor import Check

    path = config.data_dir / JOURNAL_FILE
    if not path.exists():
        return Check("audit log", True, f"no audit records yet ({path} does not exist)")
    try:
        audit = AuditLog(path, create=False)
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            exists = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                                " AND name = 'audit'").fetchone()
        if not exists:
            return Check("audit log", True, f"no audit records yet in {path}")
        problems = audit.verify_chain()
        count = len(audit)
    except sqlite3.Error as exc:
        return Check("audit log", False, f"cannot read {path}: {exc}")
    if problems:
        shown = "; ".join(p.message for p in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        return Check("audit log", False,
                     f"{len(problems)} problem(s) in {path}: {shown}{more}. The audit log was "
                     "altered outside the kiosk: keep a copy of the file and report it")
    return Check("audit log", True, f"{count} record(s), hash chain intact")


def out_of_service_message(audit: AuditLog) -> str | None:
    """The staff's out-of-service message if the station was left out of service, else None.

    Read from the audit log, so the state survives a restart of the kiosk.
    """
    for record in reversed(audit.records(action_prefix="staff.")):
        if record.action == "staff.back_in_service":
            return None
        if record.action == "staff.out_of_service":
            return str(record.details.get("message", ""))
    return None


__all__ = [
    "GENESIS",
    "JOURNAL_FILE",
    "AuditLog",
    "AuditRecord",
    "ChainProblem",
    "canonical_details",
    "chain_hash",
    "check_audit",
    "out_of_service_message",
]
