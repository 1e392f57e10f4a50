"""Where tests save screenshots: ``artifacts/screenshots`` (git-ignored) by default, so a test
run never rewrites the repository; ``KIOSK_SHOTS_DIR=docs/screenshots`` refreshes the README's
pictures from the same tests."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shots_dir() -> Path:
    """The folder for screenshots, created if needed."""
    folder = Path(os.environ.get("KIOSK_SHOTS_DIR") or REPO / "artifacts" / "screenshots")
    if not folder.is_absolute():
        folder = REPO / folder
    folder.mkdir(parents=True, exist_ok=True)
    return folder
