"""The command line: the station's own options parse alike with and without sub-commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import _parser, _station_only


@pytest.mark.parametrize(
    ("argv", "station"),
    [
        ([], True),
        (["--smoke"], True),
        (["--config", "site.toml", "--windowed"], True),
        (["--config=site.toml", "--smoke"], True),
        (["--config"], False),  # missing value: the full parser reports it
        (["doctor"], False),
        (["--config", "site.toml", "doctor"], False),
        (["bench", "--quick"], False),
        (["--help"], False),
        (["--version"], False),
        (["--bogus"], False),
    ],
)
def test_station_only(argv: list[str], station: bool) -> None:
    assert _station_only(argv) is station


@pytest.mark.parametrize(
    "argv", [[], ["--smoke"], ["--config", "site.toml", "--windowed"], ["--config=a.toml"]])
def test_station_options_parse_as_with_the_full_parser(argv: list[str]) -> None:
    light = vars(_parser(commands=False).parse_args(argv))
    full = vars(_parser().parse_args(argv))
    assert light == full
    assert light["command"] is None


def test_help_lists_the_sub_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        _parser().parse_args(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for command in ("sandbox", "doctor", "bench", "hash-pin"):
        assert command in out


def test_config_path_is_a_path() -> None:
    assert _parser(commands=False).parse_args(["--config", "x.toml"]).config == Path("x.toml")
