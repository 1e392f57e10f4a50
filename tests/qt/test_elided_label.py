"""The header's one-line title: shortened with "…", or nothing, never clipped."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from ui.widgets.elided_label import MIN_SHOWN_CHARS, ElidedLabel

NAME = "Anagrafe e Stato Civile – Palazzo Mezzabarba, piano terra"


@pytest.fixture
def label(qtbot: QtBot) -> ElidedLabel:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setFont(QFont(label.font().family(), 20))
    label.setText(NAME)
    label.show()
    qtbot.waitExposed(label)
    return label


def _fits(label: ElidedLabel, text: str) -> bool:
    return label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width()


def test_wide_enough_shows_everything(label: ElidedLabel) -> None:
    label.resize(label.fontMetrics().horizontalAdvance(NAME) + 40, 60)
    assert label.shown_text() == NAME


def test_narrow_shortens_with_an_ellipsis_and_keeps_the_full_text(label: ElidedLabel) -> None:
    label.resize(label.fontMetrics().horizontalAdvance(NAME) // 2, 60)
    shown = label.shown_text()
    assert shown.endswith("…")
    assert NAME.startswith(shown[:-1])
    assert len(shown) >= MIN_SHOWN_CHARS
    assert _fits(label, shown)
    assert label.text() == NAME
    assert label.accessibleName() == NAME


def test_too_narrow_for_a_useful_stub_shows_nothing(label: ElidedLabel) -> None:
    label.resize(label.fontMetrics().horizontalAdvance("Anag…"), 60)
    assert label.shown_text() == ""
    assert label.accessibleName() == NAME


def test_width_font_and_text_changes_shorten_it_again(label: ElidedLabel) -> None:
    label.resize(label.fontMetrics().horizontalAdvance(NAME) + 40, 60)
    assert label.shown_text() == NAME
    label.setFont(QFont(label.font().family(), 40))  # the citizen chose larger text
    assert label.shown_text().endswith("…")
    assert _fits(label, label.shown_text())
    label.setText("Ufficio")
    assert label.shown_text() == "Ufficio"
    assert label.accessibleName() == "Ufficio"
    label.resize(label.fontMetrics().horizontalAdvance(NAME) * 3, 60)
    label.setText(NAME)
    assert label.shown_text() == NAME
