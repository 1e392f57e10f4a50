"""Instructions to the first paint: the kiosk's home screen against a bare PySide6 window.

``kiosk bench`` times the two start-ups on the wall clock, which on a shared machine moves by
a third from one minute to the next. This script counts the CPU instructions each start-up
executes until its first paint, under valgrind's callgrind: the count is the same from run to
run, so a change of a few milliseconds shows up even on a noisy machine.

    .venv/bin/python scripts/startup_instructions.py        # needs valgrind (apt)

Prints one JSON line: ``bare_instructions_m``, ``kiosk_instructions_m`` (millions) and their
``ratio``. It is a development tool: the start-up target itself is the wall-clock ratio that
``kiosk bench`` measures (instructions leave out waiting, system calls and cache misses).
Under callgrind a start-up takes about 25 s.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.bench import BARE_WINDOW, offscreen_platform  # noqa: E402

# ``kiosk --smoke`` exactly, except that it stops at the first paint instead of going on to
# wait for the backend. The watcher is patched when ``ui.firstpaint`` is loaded, so the
# kiosk's own import order (which matters for its start-up) is left as it is.
KIOSK_TO_FIRST_PAINT = r"""
import importlib, os, sys
_import = importlib.import_module
def import_module(name, *args):
    module = _import(name, *args)
    if name == "ui.firstpaint" and not hasattr(module, "_stops"):
        module._stops = True
        done = module._PaintWatcher._done
        def _done(self):
            done(self)
            os._exit(0)
        module._PaintWatcher._done = _done
    return module
importlib.import_module = import_module
from kiosk.cli import main
main(["--smoke"])
"""

BARE_TO_FIRST_PAINT = BARE_WINDOW.replace(
    "assert firstpaint.wait_first_paint(app, window)",
    "assert firstpaint.wait_first_paint(app, window)\nimport os\nos._exit(0)")


def instructions(code: str, env: dict[str, str], work: Path) -> int:
    """Instructions executed by ``python -c code`` (after one run that compiles bytecode),
    each run with a fresh data dir, as ``kiosk bench`` starts the kiosk."""
    command = [sys.executable, "-c", code]
    for name in ("warm-up", "counted"):
        (work / name).mkdir()
        run_env = dict(env, KIOSK_DATA_DIR=str(work / name))
        prefix = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        out = subprocess.run([*(prefix if name == "counted" else []), *command], env=run_env,
                             cwd=ROOT, check=True, capture_output=True, text=True, timeout=600)
        shutil.rmtree(work / name)
    match = re.search(r"Collected : (\d+)", out.stderr)
    if match is None:
        raise RuntimeError("callgrind reported no instruction count:\n" + out.stderr[-2000:])
    return int(match.group(1))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kiosk-ir-") as work:
        env = dict(os.environ, QT_QPA_PLATFORM=offscreen_platform(), PYTHONHASHSEED="0",
                   PYTHONPYCACHEPREFIX=str(Path(work) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare = instructions(BARE_TO_FIRST_PAINT, env, Path(work))
        kiosk = instructions(KIOSK_TO_FIRST_PAINT, env, Path(work))
    print(json.dumps({"bare_instructions_m": round(bare / 1e6, 1),
                      "kiosk_instructions_m": round(kiosk / 1e6, 1),
                      "ratio": round(kiosk / bare, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
