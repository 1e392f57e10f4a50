"""Shared helpers for the tutor/staff tests: cheap argon2id hashes and a settable clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher

from kiosk.accounts import Account, Role

# Same algorithm as production (argon2id), tiny cost: verify_pin reads the cost from the hash,
# so tests stay fast while going through the real code path.
_FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

TUTOR_PIN = "2468"
STAFF_PIN = "13579"
TUTOR_BADGE = "TUTOR-0001-ABCD"


def fast_hash(secret: str) -> str:
    """An argon2id hash with a very low cost (tests only)."""
    return _FAST.hash(secret)


def tutor() -> Account:
    return Account(id="T-014", name="Maria Bianchi", role=Role.TUTOR,
                   pin_hash=fast_hash(TUTOR_PIN), badge_hash=fast_hash(TUTOR_BADGE))


def staff() -> Account:
    return Account(id="S-002", name="Luca Rossi", role=Role.STAFF, pin_hash=fast_hash(STAFF_PIN))


class FakeClock:
    """An aware UTC clock that only moves when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
