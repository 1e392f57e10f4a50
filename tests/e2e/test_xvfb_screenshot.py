"""The real station on a real X server: full screen with no window manager, then SIGTERM.

Takes a screenshot of the root window with ImageMagick's `import` (what a technician would do)
and keeps it in artifacts/ for people to look at.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.e2e.helpers import REPO, alive, child_env, children_of, kiosk_cmd, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.xvfb]

HEADER_BLUE = (11, 61, 145)  # the theme's header colour (#0b3d91)


def _close(rgb: tuple[int, ...], target: tuple[int, int, int], tol: int = 12) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(rgb[:3], target, strict=True))


def test_fullscreen_home_on_xvfb_then_clean_sigterm(xvfb: str, tmp_path: Path) -> None:
    if shutil.which("import") is None:
        pytest.skip("ImageMagick `import` is not installed")
    shot = tmp_path / "root.png"
    env = child_env(tmp_path / "data", DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    log = (tmp_path / "kiosk.out").open("w")
    proc = subprocess.Popen(kiosk_cmd(), env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        def painted() -> bool:
            if proc.poll() is not None:
                return True
            grab = subprocess.run(["import", "-display", xvfb, "-window", "root", str(shot)],
                                  capture_output=True, timeout=20, check=False)
            if grab.returncode != 0 or not shot.exists():
                return False
            with Image.open(shot) as image:
                top = image.convert("RGB").getpixel((960, 20))
            return _close(top, HEADER_BLUE)

        assert wait_for(painted, 60, interval=0.5), "the home screen never appeared"
        assert proc.poll() is None, (tmp_path / "kiosk.out").read_text()
        with Image.open(shot) as image:
            rgb = image.convert("RGB")
            assert rgb.size == (1920, 1080)
            # full screen: the window covers every corner (Xvfb's root would show black)
            for x, y in ((2, 2), (1917, 2), (2, 1077), (1917, 1077)):
                assert rgb.getpixel((x, y)) != (0, 0, 0), (x, y)
        artifacts = REPO / "artifacts"
        artifacts.mkdir(exist_ok=True)
        shutil.copy(shot, artifacts / "xvfb-home.png")
        sandbox_children = children_of(proc.pid)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
        assert wait_for(lambda: not [p for p in sandbox_children if alive(p)], 10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        log.close()
    assert "Traceback" not in (tmp_path / "kiosk.out").read_text()
