"""Accounts in the config: argon2id hashes only; a PIN in clear is refused without echoing it."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.accounts import HIDDEN, Role, hash_badge, parse_accounts
from kiosk.config import ConfigError
from kiosk.pins import hash_pin, verify_pin
from tests.unit.assist_helpers import fast_hash


def _raw(**overrides: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {"id": "T-014", "name": "Maria Bianchi", "role": "tutor",
                           "pin_hash": fast_hash("2468")}
    raw.update(overrides)
    return raw


def test_accounts_parse_with_hashes_from_kiosk_hash_pin() -> None:
    real = hash_pin("2468")
    badge = hash_badge("TUTOR-0001-ABCD")
    accounts = parse_accounts([
        _raw(pin_hash=real, badge_hash=badge),
        _raw(id="S-002", name="Luca Rossi", role="staff"),
    ], "station.toml")
    assert [a.id for a in accounts] == ["T-014", "S-002"]
    assert accounts[0].role is Role.TUTOR
    assert accounts[1].is_staff
    assert verify_pin(accounts[0].pin_hash, "2468")
    assert accounts[0].badge_hash is not None
    assert verify_pin(accounts[0].badge_hash, "TUTOR-0001-ABCD")
    # Hashes never show up in a repr (and so not in a log line that prints an account).
    assert "argon2" not in repr(accounts[0])


def test_no_accounts_is_fine() -> None:
    assert parse_accounts([]) == ()
    assert parse_accounts(None) == ()


@pytest.mark.parametrize("raw", [
    _raw(pin_hash="2468"),
    _raw(pin_hash=2468),
    _raw(pin_hash="$argon2i$v=19$m=16,t=2,p=1$c2FsdHNhbHQ$abc"),  # argon2i, not argon2id
])
def test_plaintext_pin_in_pin_hash_is_refused_without_echo(raw: dict[str, Any]) -> None:
    with pytest.raises(ConfigError) as info:
        parse_accounts([raw], "station.toml")
    message = str(info.value)
    assert info.value.key == "accounts[0].pin_hash"
    assert "kiosk hash-pin" in message
    assert "2468" not in message
    assert info.value.value == HIDDEN


@pytest.mark.parametrize("key", ["pin", "badge", "badge_code", "password"])
def test_secret_keys_are_refused(key: str) -> None:
    raw = _raw()
    raw[key] = "97531"
    with pytest.raises(ConfigError) as info:
        parse_accounts([raw])
    assert info.value.key == f"accounts[0].{key}"
    assert "97531" not in str(info.value)
    assert "kiosk hash-pin" in str(info.value)


def test_plaintext_badge_hash_refused() -> None:
    with pytest.raises(ConfigError, match=r"accounts\[0\]\.badge_hash") as info:
        parse_accounts([_raw(badge_hash="TUTOR-0001-ABCD")])
    assert "TUTOR-0001-ABCD" not in str(info.value)


@pytest.mark.parametrize(("raw", "key"), [
    (_raw(role="admin"), "accounts[0].role"),
    (_raw(name=""), "accounts[0].name"),
    (_raw(id="bad id!"), "accounts[0].id"),
    (_raw(colour="blue"), "accounts[0].colour"),
    ("T-014", "accounts[0]"),
])
def test_bad_account_fields(raw: Any, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_accounts([raw])
    assert info.value.key == key


def test_duplicate_ids_refused() -> None:
    with pytest.raises(ConfigError) as info:
        parse_accounts([_raw(), _raw(name="Another")])
    assert info.value.key == "accounts[1].id"


def test_accounts_must_be_a_list() -> None:
    with pytest.raises(ConfigError):
        parse_accounts({"id": "x"})


def test_station_config_with_a_plaintext_pin_is_refused() -> None:
    """Through the whole config loader (once ``[[accounts]]`` is wired into kiosk.config)."""
    import tomllib

    from kiosk.config import _defaults, parse_config

    if "accounts" not in _defaults():
        pytest.skip("[[accounts]] not wired into kiosk/config.py + defaults.toml yet")
    site = tomllib.loads('[[accounts]]\nid = "T-014"\nname = "Maria Bianchi"\nrole = "tutor"\n'
                        'pin = "2468"\n')
    with pytest.raises(ConfigError) as info:
        parse_config(site, source="station.toml")
    assert "kiosk hash-pin" in str(info.value)
    assert "2468" not in str(info.value)
    good = tomllib.loads(f'[[accounts]]\nid = "T-014"\nname = "Maria Bianchi"\nrole = "tutor"\n'
                         f'pin_hash = "{fast_hash("2468")}"\n')
    accounts = parse_config(good).accounts  # type: ignore[attr-defined]
    assert [a.id for a in accounts] == ["T-014"]
