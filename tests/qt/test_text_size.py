"""Capital-letter heights measured on the font Qt actually uses (ADA 707.7.2, EN 301 549)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from ui.app import create_application
from ui.appearance import measure_cap_ratio
from ui.theme import MM_PER_PX, TextSize, metrics_for

MINIMUM_MM = {TextSize.NORMAL: 4.8, TextSize.LARGE: 4.8, TextSize.LARGEST: 6.1}


@pytest.mark.parametrize("size", list(TextSize))
def test_capitals_are_tall_enough_in_the_real_font(qtbot: QtBot, size: TextSize) -> None:
    app = create_application([])
    ratio = measure_cap_ratio(app.font())
    font = QFont(app.font())
    font.setPixelSize(metrics_for(size, ratio).font_px)
    cap_mm = QFontMetricsF(font).capHeight() * MM_PER_PX
    assert cap_mm >= MINIMUM_MM[size], f"{size.name}: capitals {cap_mm:.2f} mm"


def test_the_ui_font_is_measured(qtbot: QtBot) -> None:
    app = create_application([])
    ratio = measure_cap_ratio(app.font())
    assert 0.6 < ratio < 0.8  # any real sans-serif; DejaVu Sans is 0.729
