"""The first frame as the ``kiosk`` command paints it, in a fresh process: what it costs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.helpers import child_env
from ui.bench import offscreen_platform

pytestmark = pytest.mark.slow

# The station built and shown as `kiosk` does (ui.app, build_kiosk without completing it),
# stopped at its first paint; then whether PySide has created its `Qt` namespace types.
FIRST_FRAME = r"""
import json, sys
from kiosk.app import build_kiosk
from kiosk.config import load_config
import PySide6.QtCore as QtCore
import ui.app as ui_app
import ui.firstpaint as firstpaint

seen = {}
measure = firstpaint._PaintWatcher._done


def done(watcher):  # the moment the start-up is measured at, after the first paint pass
    seen["qt_namespace"] = "Qt" in vars(QtCore)
    seen["screen"] = kiosk.window.stack.currentWidget().objectName()
    measure(watcher)


firstpaint._PaintWatcher._done = done
app = ui_app.create_application(sys.argv[:1])
kiosk = build_kiosk(config=load_config(None), complete=False)
if sys.argv[1] == "home":
    kiosk.station.navigator.start()
seen["painted"] = firstpaint.wait_first_paint(
    app, kiosk.window, show=lambda window: ui_app.show_station(window, windowed=False))
kiosk.shutdown()
print(json.dumps(seen))
"""


@pytest.mark.parametrize("screen", ["attract", "home"])
def test_the_first_frame_is_painted_without_pyside_creating_its_qt_namespace(
    tmp_path: Path, screen: str
) -> None:
    """PySide makes the Python types of Qt's `Qt` namespace (93 enums) on first use: 20-35 ms
    of a start-up of about 250 ms here. What the first frame builds does without them
    (ui/qtprops.py); this catches a `Qt.` that slips back into it."""
    env = child_env(tmp_path, QT_QPA_PLATFORM=offscreen_platform())
    proc = subprocess.run([sys.executable, "-c", FIRST_FRAME, screen], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = json.loads(proc.stdout.strip().splitlines()[-1])
    assert line["painted"]
    assert line["screen"] == screen
    assert line["qt_namespace"] is False
