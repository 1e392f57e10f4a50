"""End-to-end fixtures: a real X server for screenshot tests."""

from __future__ import annotations

import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.helpers import wait_for


@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    """A real X server (Xvfb) with one 1920x1080 screen; yields its DISPLAY."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/setup.sh installs it)")
    for number in range(140, 200):
        taken = Path(f"/tmp/.X11-unix/X{number}"), Path(f"/tmp/.X{number}-lock")
        if not any(path.exists() for path in taken):
            break
    display = f":{number}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 15):
            pytest.fail("Xvfb did not start")
        yield display
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
