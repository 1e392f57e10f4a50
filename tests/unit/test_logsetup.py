"""Logging writes a rotating file in the data dir and never a codice fiscale in clear."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.logsetup import configure_logging, mask_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cf=RSSMRA85T10G388I ok", "cf=RSSMRA*******88I ok"),
        ("rssmra85t10g388i", "rssmra*******88i"),
        ("omocode RSSMRA85T10G38UI", "omocode RSSMRA*******8UI"),
        ("RSSMRA85T10G388I,VRDGPP70A01F205X", "RSSMRA*******88I,VRDGPP*******05X"),
        ("notice 301000000000000144", "notice 301000000000000144"),
        ("NRE 030A12345678901", "NRE 030A12345678901"),
        ("XRSSMRA85T10G388IX", "XRSSMRA85T10G388IX"),
    ],
)
def test_mask_text(text: str, expected: str) -> None:
    assert mask_text(text) == expected


def test_log_file_in_data_dir_holds_only_masked_codice_fiscale(tmp_path: Path) -> None:
    path = configure_logging(tmp_path, console=False)
    assert path == tmp_path / "logs" / "kiosk.log"
    log = logging.getLogger("kiosk.test")
    log.warning("identified %s at %s", "RSSMRA85T10G388I", "home")
    try:
        raise ValueError("bad cf RSSMRA85T10G388I")
    except ValueError:
        log.exception("failed for VRDGPP70A01F205X")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text("utf-8")
    assert "RSSMRA*******88I at home" in text
    assert "RSSMRA85T10G388I" not in text
    assert "VRDGPP70A01F205X" not in text
    assert "kiosk.test" in text
    configure_logging(None, console=False)


def test_log_file_rotates_by_size_keeping_the_newest_backups(tmp_path: Path) -> None:
    path = configure_logging(tmp_path, console=False, max_bytes=2_000, backups=2)
    assert path is not None
    log = logging.getLogger("kiosk.test")
    try:
        for number in range(200):
            log.warning("record %03d %s", number, "x" * 40)
    finally:
        configure_logging(None, console=False)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    for file in (path, path.with_name("kiosk.log.1"), path.with_name("kiosk.log.2")):
        assert 0 < file.stat().st_size <= 2_000
    newest = path.read_text("utf-8").splitlines()
    older = path.with_name("kiosk.log.1").read_text("utf-8").splitlines()
    assert newest[-1].endswith("record 199 " + "x" * 40)
    # Whole records, in order, across the rotation: nothing lost between the two files.
    numbers = [int(line.split("record ")[1][:3]) for line in older + newest]
    assert numbers == list(range(numbers[0], 200))
