"""PIN hashes: argon2id, format checked, `kiosk hash-pin` usable from a pipe."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.pins import PinError, hash_pin, is_pin_hash, verify_pin


def test_hash_verifies_only_the_same_pin() -> None:
    digest = hash_pin("2468")
    assert is_pin_hash(digest)
    assert "2468" not in digest
    assert verify_pin(digest, "2468")
    assert not verify_pin(digest, "2469")
    assert not verify_pin("not-a-hash", "2468")


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "١٢٣٤", " 1234"])
def test_bad_pin_format(pin: str) -> None:
    with pytest.raises(PinError):
        hash_pin(pin)


def test_hash_pin_command_reads_a_pipe() -> None:
    out = subprocess.run([sys.executable, "-m", "kiosk", "hash-pin"], input="13579\n",
                         capture_output=True, text=True, timeout=60, check=True)
    digest = out.stdout.strip()
    assert verify_pin(digest, "13579")
    bad = subprocess.run([sys.executable, "-m", "kiosk", "hash-pin"], input="12\n",
                         capture_output=True, text=True, timeout=60, check=False)
    assert bad.returncode == 1
    assert "4 to 8 digits" in bad.stderr
