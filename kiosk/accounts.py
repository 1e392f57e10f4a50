"""Tutor and staff accounts from the config's ``[[accounts]]`` array.

Each account holds an argon2id hash of its PIN (``kiosk hash-pin``) and, optionally, an argon2id
hash of its badge code (``kiosk hash-pin --badge``). A PIN or badge code in clear is refused:
the config file is readable by whoever services the station, and a hash is all the kiosk needs.
A refused secret is never echoed back in the error message, so a mistake does not end up in a
terminal scroll-back or a log.

Example::

    [[accounts]]
    id = "T-014"
    name = "Maria Bianchi"
    role = "tutor"
    pin_hash = "$argon2id$v=19$m=65536,t=3,p=1$..."
    badge_hash = "$argon2id$v=19$m=65536,t=3,p=1$..."   # optional
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, NamedTuple

from kiosk.config import ConfigError
from kiosk.pins import hasher, is_pin_hash

HIDDEN = "(hidden)"
"""Shown instead of a refused secret in error messages."""

_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}", re.ASCII)
_KEYS = ("id", "name", "role", "pin_hash", "badge_hash")
_SECRET_KEYS = ("pin", "badge", "badge_code", "password", "code")
_HASH_HINT = "an argon2id hash made with `kiosk hash-pin` (starts with $argon2id$)"


class Role(StrEnum):
    """What an account may do: a tutor assists citizens, staff also run the staff tools."""

    TUTOR = "tutor"
    STAFF = "staff"


class Account(NamedTuple):
    """One tutor or staff member.

    Attributes:
        id: Stable identifier (``T-014``), written in the audit log and on assisted receipts.
        name: Display name shown in the tutor banner.
        role: :class:`Role`.
        pin_hash: argon2id hash of the PIN (never in the ``repr``).
        badge_hash: argon2id hash of the badge code, or ``None``.
    """

    id: str
    name: str
    role: Role
    pin_hash: str
    badge_hash: str | None = None

    def __repr__(self) -> str:  # the hashes stay out of logs and tracebacks
        return f"Account(id={self.id!r}, name={self.name!r}, role={self.role!r})"

    @property
    def is_staff(self) -> bool:
        """True for office staff (who may use every staff tool)."""
        return self.role is Role.STAFF


def hash_badge(code: str) -> str:
    """The argon2id hash of a badge code (the part after ``SMACY-BADGE:``), for the config."""
    if not code.strip():
        raise ValueError("empty badge code")
    # Badge codes are long random strings: the same argon2id parameters as PINs.
    return hasher().hash(code.strip())


def _text(raw: Mapping[str, Any], key: str, where: str, source: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}.{key}", value, "a non-empty string", source)
    return value.strip()


def _hash(raw: Mapping[str, Any], key: str, where: str, source: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not is_pin_hash(value.strip()):
        # Whatever it is, it is not a hash: it may be the secret itself, so do not repeat it.
        shown = None if value is None else HIDDEN
        raise ConfigError(
            f"{where}.{key}", shown,
            _HASH_HINT + "; a PIN or code in clear is never accepted", source)
    return value.strip()


def _account(raw: object, index: int, source: str) -> Account:
    where = f"accounts[{index}]"
    if not isinstance(raw, Mapping):
        raise ConfigError(where, raw, "an [[accounts]] table", source)
    for key in raw:
        if key in _SECRET_KEYS:
            raise ConfigError(
                f"{where}.{key}", HIDDEN,
                "no PIN or badge code in clear: run `kiosk hash-pin` (or `kiosk hash-pin "
                "--badge`) and write its output as pin_hash (badge_hash)", source)
        if key not in _KEYS:
            raise ConfigError(f"{where}.{key}", raw[key], "one of " + ", ".join(_KEYS), source)
    account_id = _text(raw, "id", where, source)
    if not _ID_RE.fullmatch(account_id):
        raise ConfigError(f"{where}.id", account_id,
                          "up to 40 letters, digits, '.', '_' or '-'", source)
    role = raw.get("role")
    if role not in tuple(Role):
        raise ConfigError(f"{where}.role", role, "one of " + ", ".join(Role), source)
    badge = _hash(raw, "badge_hash", where, source) if "badge_hash" in raw else None
    return Account(
        id=account_id,
        name=_text(raw, "name", where, source),
        role=Role(role),
        pin_hash=_hash(raw, "pin_hash", where, source),
        badge_hash=badge,
    )


def parse_accounts(raw: object, source: str = "") -> tuple[Account, ...]:
    """Validate the config's ``[[accounts]]`` array.

    Args:
        raw: The value of ``accounts`` from the merged TOML (a list of tables).
        source: The config file, for messages.

    Raises:
        ConfigError: naming the key (``accounts[2].pin_hash``), never the secret.
    """
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ConfigError("accounts", raw, "a list of [[accounts]] tables", source)
    accounts = tuple(_account(item, index, source) for index, item in enumerate(raw))
    seen: set[str] = set()
    for index, account in enumerate(accounts):
        if account.id in seen:
            raise ConfigError(f"accounts[{index}].id", account.id, "an id used only once", source)
        seen.add(account.id)
    return accounts


__all__ = ["HIDDEN", "Account", "Role", "hash_badge", "parse_accounts"]
