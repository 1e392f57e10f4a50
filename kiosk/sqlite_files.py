"""The station's SQLite files (payment journal, audit log, PIN lockouts, receipt store): how
their schema is created and how every operation gets its connection.

Every operation opens its own short-lived connection: the files are used from the GUI thread
and from workers, and sqlite3 connections must not cross threads. The journal mode is WAL, so
a reader never waits for a writer.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path


def create_schema(path: Path, schema: str, *, timeout: float = 10.0) -> None:
    """Create the tables of ``schema`` (idempotent: ``IF NOT EXISTS``) in ``path``, in WAL
    mode; the folder is created if missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, timeout=timeout)) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(schema)  # commits on its own


class LazySchema:
    """:func:`create_schema` the first time :meth:`ensure` is called, once, from any thread:
    for files the station does not need before its first frame."""

    def __init__(self, path: Path, schema: str, *, timeout: float = 10.0) -> None:
        self.path = path
        self._schema = schema
        self._timeout = timeout
        self._ready = False
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        """Whether the schema has been created by :meth:`ensure`."""
        return self._ready

    def ensure(self) -> None:
        if self._ready:
            return
        with self._lock:
            if not self._ready:
                create_schema(self.path, self._schema, timeout=self._timeout)
                self._ready = True


@contextmanager
def transaction(path: Path, *, write: bool = True, rows: bool = False,
                timeout: float = 10.0) -> Iterator[sqlite3.Connection]:
    """A connection holding one transaction: committed when the block ends, rolled back if it
    raises. Writes take the lock at once (``BEGIN IMMEDIATE``) and are durable across a power
    cut (``synchronous=FULL``), not just a killed process.

    Args:
        write: ``False`` for a read-only transaction (``BEGIN``).
        rows: rows as :class:`sqlite3.Row` (by column name).
    """
    with closing(sqlite3.connect(path, timeout=timeout, isolation_level=None)) as db:
        if rows:
            db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


__all__ = ["LazySchema", "create_schema", "transaction"]
