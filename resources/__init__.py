"""The kiosk's package data: config defaults, stylesheet templates, icons, translations, fonts.

:func:`path` locates a file in it. The package always lies on disk as plain files (an installed
wheel, an editable checkout, the PyInstaller folder, whose importer sets ``__file__`` inside the
bundle), so a file is found from this module's own place. ``importlib.resources`` finds the same
files through its readers, but importing those cost the station's first frame about 10 ms.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
"""The folder of the package data."""


def path(*parts: str) -> Path:
    """``resources/<parts…>`` (whether or not it exists)."""
    return ROOT.joinpath(*parts)


__all__ = ["ROOT", "path"]
