"""Tutor and staff PINs: argon2id hashes only, never a PIN in clear in config or logs."""

from __future__ import annotations

import sys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher

PIN_MIN = 4
PIN_MAX = 8


@cache
def hasher() -> PasswordHasher:
    """The argon2id hasher of PINs and badge codes (argon2 loads when first needed)."""
    from argon2 import PasswordHasher

    # Interactive-login strength; a PIN is short, so the cost is what slows guessing
    # (the keypad also locks after five wrong tries).
    return PasswordHasher(time_cost=3, memory_cost=65536, parallelism=1)


class PinError(ValueError):
    """A PIN that does not meet the format (4 to 8 digits)."""


def check_pin_format(pin: str) -> str:
    """Return the PIN if it is 4 to 8 ASCII digits.

    Raises:
        PinError: with a message for the technician who sets it.
    """
    if not (PIN_MIN <= len(pin) <= PIN_MAX) or not (pin.isascii() and pin.isdigit()):
        raise PinError(f"a PIN is {PIN_MIN} to {PIN_MAX} digits")
    return pin


def hash_pin(pin: str) -> str:
    """The argon2id hash of a PIN, as written in the config's accounts."""
    return hasher().hash(check_pin_format(pin))


def is_pin_hash(value: str) -> bool:
    """True when ``value`` looks like an argon2id hash rather than a PIN in clear."""
    return value.startswith("$argon2id$")


def verify_pin(pin_hash: str, pin: str) -> bool:
    """Check a PIN against its hash; False for a wrong PIN or an unusable hash."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return hasher().verify(pin_hash, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def hash_pin_interactive(*, badge: bool = False) -> int:
    """``kiosk hash-pin [--badge]``: read a PIN or badge code (twice on a terminal, once from a
    pipe) and print its hash for the config's ``[[accounts]]``."""
    what = "badge code" if badge else "PIN (4-8 digits)"
    import getpass

    if sys.stdin.isatty():
        pin = getpass.getpass(f"{what}: ")
        if getpass.getpass(f"{what} again: ") != pin:
            print("kiosk hash-pin: the two entries differ", file=sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()
    try:
        if badge:
            from kiosk.accounts import hash_badge

            print(hash_badge(pin))
        else:
            print(hash_pin(pin))
    except (PinError, ValueError) as exc:
        print(f"kiosk hash-pin: {exc}", file=sys.stderr)
        return 1
    return 0
