"""Render the station's main screens to PNG at 1920x1080 (offscreen) for docs and review.

Usage: ``python scripts/render_screenshots.py [OUT_DIR]`` (default ``docs/screenshots``).
Builds the station on its own sandbox backend (a child process on loopback, stopped at the
end), so the help request and the pay screen's creditors are real; the out-of-service picture
is the navigator's backend-down state.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_SCREEN = ROOT / "resources" / "qpa" / "offscreen-1920x1080.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

from PySide6.QtCore import QCoreApplication  # noqa: E402

from kiosk.app import make_client  # noqa: E402
from kiosk.config import parse_config  # noqa: E402
from kiosk.flows.navigation import Screen  # noqa: E402
from kiosk.sandbox.embedded import EmbeddedSandbox  # noqa: E402
from ui.app import create_application, show_station  # noqa: E402
from ui.station import build_station  # noqa: E402
from ui.theme import TextSize  # noqa: E402


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as data:
        sandbox = EmbeddedSandbox(Path(data) / "sandbox.db", "shots-token",
                                  log_path=Path(data) / "sandbox.log")
        url = sandbox.start()
        try:
            sandbox.wait_ready(30)
            config = parse_config({
                "station": {"name": "Anagrafe – Palazzo Mezzabarba", "data_dir": data},
                "backend": {"url": url, "token": "shots-token"}})
            client = make_client(config, url)
            try:
                _shoot(out, config, client)
            finally:
                client.close()
        finally:
            sandbox.stop()
    del app


def _shoot(out: Path, config: Any, client: Any) -> None:
    station = build_station(config, client, install_excepthook=False)
    window = station.window
    show_station(window, windowed=False)
    nav = station.navigator

    def shot(name: str) -> None:
        _settle()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    shot("attract")
    nav.start()
    shot("home")
    station.appearance.set_text_size(TextSize.LARGEST)
    shot("home-large-text")
    station.appearance.set_text_size(TextSize.NORMAL)
    station.appearance.set_high_contrast(True)
    shot("home-high-contrast")
    station.appearance.set_high_contrast(False)
    nav.go(Screen.HELP)
    for _ in range(50):  # the help request reaches the sandbox on a worker
        _settle()
        time.sleep(0.05)
    shot("help")
    nav.go(Screen.PAY)
    nav.go(Screen.LANGUAGE)
    shot("language")
    nav.back()
    window.show_error(None, retry=lambda: None)
    shot("error")
    window.show_crash()
    shot("crash")
    nav.go(Screen.HOME)
    nav.backend_down()
    shot("out-of-service")
    station.shutdown()
    _settle()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
