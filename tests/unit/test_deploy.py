"""Deployment files: the systemd unit restarts the kiosk unless staff left it, and the cage
session script turns the staff exit marker into exit status 75."""

from __future__ import annotations

import configparser
import os
import stat
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from kiosk.flows.assist import STAFF_EXIT_CODE, mark_staff_exit, staff_exit_marker

DEPLOY = Path(str(resources.files("resources").joinpath("deploy")))


def _unit() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DEPLOY / "smacy-kiosk.service")
    return parser


def test_unit_restarts_always_except_after_the_staff_exit() -> None:
    service = _unit()["Service"]
    assert service["Restart"] == "always"
    assert service["RestartPreventExitStatus"] == str(STAFF_EXIT_CODE)
    assert service["ExecStart"] == "/opt/smacy-kiosk/deploy/smacy-kiosk-session"
    assert _unit()["Unit"]["StartLimitIntervalSec"] == "0"
    session = (DEPLOY / "smacy-kiosk-session").read_text()
    assert 'cage -d -m last -- "$KIOSK" --config "$CONFIG"' in session
    assert " -s " not in session  # no VT switching out of the kiosk
    for script in ("smacy-kiosk-session", "smacy-kiosk-after-exit"):
        assert (DEPLOY / script).stat().st_mode & stat.S_IXUSR


@pytest.fixture
def fake_cage(tmp_path: Path) -> dict[str, str]:
    """A ``cage`` that just runs its client, and a kiosk whose behaviour the test picks."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    cage = bin_dir / "cage"
    cage.write_text('#!/bin/sh\nwhile [ "$1" != "--" ]; do shift; done\nshift\n"$@"\n'
                    "exit 0\n")  # like a cage that does not pass the client's status on
    kiosk = bin_dir / "kiosk"
    kiosk.write_text('#!/bin/sh\ncase "$FAKE_KIOSK" in\n'
                     '  staff) touch "$XDG_RUNTIME_DIR/smacy-kiosk-staff-exit"; exit 75;;\n'
                     "  crash) exit 134;;\n  *) exit 0;;\nesac\n")
    for script in (cage, kiosk):
        script.chmod(0o755)
    runtime = tmp_path / "run"
    runtime.mkdir()
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}",
            "XDG_RUNTIME_DIR": str(runtime), "KIOSK_BIN": str(kiosk)}


@pytest.mark.parametrize(("behaviour", "status"), [("staff", 75), ("crash", 1), ("ok", 1)])
def test_session_script_exit_status(fake_cage: dict[str, str], behaviour: str,
                                    status: int) -> None:
    env = {**fake_cage, "FAKE_KIOSK": behaviour}
    done = subprocess.run(["sh", str(DEPLOY / "smacy-kiosk-session")], env=env, timeout=30,
                          check=False)
    assert done.returncode == status
    assert not (Path(env["XDG_RUNTIME_DIR"]) / "smacy-kiosk-staff-exit").exists()


def test_marker_written_where_the_script_looks(tmp_path: Path) -> None:
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    marker = mark_staff_exit(env)
    assert marker == staff_exit_marker(env) == tmp_path / "smacy-kiosk-staff-exit"
    assert marker.is_file()
