"""Lines with no letter of their own direction (an amount, a code) follow the screen's reading
direction: on an Arabic screen they start at the right edge like every other line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.book.parts import OptionButton
from ui.i18n import RLM, in_reading_direction


@pytest.fixture
def right_to_left(qtbot: QtBot) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def ink_span(label: QLabel) -> tuple[int, int]:
    image = label.grab().toImage()
    xs = [x for x in range(image.width()) for y in range(image.height())
          if image.pixelColor(x, y).lightness() < 128]
    assert xs, "nothing drawn"
    return min(xs), max(xs)


def test_left_to_right_text_is_left_alone() -> None:
    assert in_reading_direction("16,52 €") == "16,52 €"


def test_an_amount_on_an_arabic_tile_starts_at_the_right(
    qtbot: QtBot, right_to_left: None
) -> None:
    tile = OptionButton(None, "book.option.test")
    qtbot.addWidget(tile)
    tile.set_texts("شهادة الإقامة", "16,52 €")
    tile.resize(500, 160)
    tile.grab()  # delivers the resize and places the labels, without showing a window
    assert tile.subtitle.text() == RLM + "16,52 €"
    assert tile.accessibleName() == "شهادة الإقامة. 16,52 €"  # read-aloud hears no mark
    left, right = ink_span(tile.subtitle)
    assert left > tile.subtitle.width() / 2, (left, right, tile.subtitle.width())
