"""Render the station's main screens to PNG at 1920x1080 (offscreen) for docs and review.

Usage: ``python scripts/render_screenshots.py [OUT_DIR]`` (default ``docs/screenshots``).
Runs the real embedded-free shell with a backend stub that is either up or down.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_SCREEN = ROOT / "resources" / "qpa" / "offscreen-1920x1080.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

from PySide6.QtCore import QCoreApplication  # noqa: E402

from kiosk.config import parse_config  # noqa: E402
from kiosk.flows.navigation import Screen  # noqa: E402
from ui.app import create_application, show_station  # noqa: E402
from ui.station import build_station  # noqa: E402
from ui.theme import TextSize  # noqa: E402


class _Backend:
    """Health stub: the screenshots show screens, not the network."""

    def __init__(self) -> None:
        self.up = True

    def health(self) -> object:
        if not self.up:
            raise ConnectionError("backend down (screenshot)")
        return {"status": "ok"}


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    config = parse_config({"station": {"name": "Anagrafe – Palazzo Mezzabarba"}})
    backend = _Backend()
    station = build_station(config, backend, install_excepthook=False)
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
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
