"""Fonts for receipts: DejaVu Sans when installed (accents and the euro sign), else Helvetica.

Registration parses the TrueType files, which costs tens of milliseconds, so it happens once
per process and is cached.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger("kiosk.print")


def _bundled_fonts() -> Path | None:
    # Fonts shipped as package data (resources/fonts) win over the system's, so every station
    # prints the same; importlib.resources also finds them inside a PyInstaller build.
    try:
        folder = resources.files("resources").joinpath("fonts")
    except ModuleNotFoundError:
        return None
    return folder if isinstance(folder, Path) else None


# System fallback: Debian/Ubuntu package fonts-dejavu-core.
FONT_DIRS = tuple(
    p for p in (_bundled_fonts(), Path("/usr/share/fonts/truetype/dejavu")) if p is not None
)


@dataclass(frozen=True, slots=True)
class FontPair:
    """Registered reportlab font names for body text and bold text."""

    regular: str
    bold: str
    unicode: bool


@functools.cache
def receipt_fonts() -> FontPair:
    """Register (once) and return the receipt fonts."""
    for folder in FONT_DIRS:
        regular = folder / "DejaVuSans.ttf"
        bold = folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("SmacySans", str(regular)))
            pdfmetrics.registerFont(TTFont("SmacySans-Bold", str(bold)))
            return FontPair("SmacySans", "SmacySans-Bold", unicode=True)
    # Helvetica has the euro sign and Latin-1 accents in reportlab's encoding, but nothing
    # beyond: good enough for Italian and English, not for other scripts.
    log.warning("DejaVu Sans not found in %s; receipts use Helvetica", [str(d) for d in FONT_DIRS])
    return FontPair("Helvetica", "Helvetica-Bold", unicode=False)
