"""A pseudo-translation 40 % longer than Italian must not push anything off screen.

Built at test time from the English .ts: every translation becomes the Italian source padded
to 140 % with visible characters (Vorta's ``TRANS_SCALE`` idea, STYLE.md).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from tests.qt.helpers import current_screen, find, tap
from tests.qt.test_resources import TRANSLATIONS, update_translations
from ui.station import Station
from ui.theme import MIN_TARGET_PX, TextSize


def _pseudo(text: str) -> str:
    extra = max(1, round(len(text) * 0.4))
    return "[" + text + "~" * (extra - 2) + "]"


@pytest.fixture
def pseudo_translator(tmp_path: Path, qtbot: QtBot):
    tree = ET.parse(TRANSLATIONS / "kiosk_en.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and message.get("numerus") != "yes":
            translation.attrib.pop("type", None)
            translation.text = _pseudo(source)
    ts = tmp_path / "kiosk_xx.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "kiosk_xx.qm"
    update_translations.lrelease(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


@pytest.mark.parametrize("size", list(TextSize))
def test_long_translations_fit_on_home_and_header(
    qtbot: QtBot, station: Station, pseudo_translator: QTranslator, size: TextSize
) -> None:
    station.window.retranslate()
    station.appearance.set_text_size(size)
    tap(qtbot, station, "attract.start")
    tap(qtbot, station, "home.help")
    assert find(station, "header.help").text().startswith("[")
    qtbot.wait(10)  # let the header re-fit after the stylesheet change
    for button in station.window.header.findChildren(QAbstractButton):
        if not button.isVisible():
            continue
        geometry = button.geometry()
        assert geometry.left() >= 0, button.objectName()
        assert geometry.right() < station.window.width(), button.objectName()
        assert min(button.width(), button.height()) >= MIN_TARGET_PX
        assert button.width() >= button.sizeHint().width(), f"{button.objectName()} clipped"
    tap(qtbot, station, "header.home")
    assert current_screen(station) == "home"
    for name in ("home.book", "home.pay", "home.my_bookings", "home.help"):
        tile = find(station, name)
        assert tile.geometry().bottom() < station.window.stack.height()
        title = find(station, f"{name}.title")
        assert title.height() >= title.heightForWidth(title.width())


def test_the_header_refits_when_shown_after_changes_made_while_hidden(
    qtbot: QtBot, station: Station, pseudo_translator: QTranslator
) -> None:
    """Long labels at the largest size go under the icons; the next citizen's normal size,
    set while the attract loop hides the header, puts them back beside the icons."""
    station.window.retranslate()
    tap(qtbot, station, "attract.start")
    tap(qtbot, station, "home.help")  # home and back in the header too
    header = station.window.header
    station.appearance.set_text_size(TextSize.LARGEST)
    under, beside = (Qt.ToolButtonStyle.ToolButtonTextUnderIcon,
                     Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    qtbot.waitUntil(lambda: header.help.toolButtonStyle() == under)
    station.navigator.session_end()  # the attract loop: header hidden, defaults restored
    assert not header.isVisible()
    tap(qtbot, station, "attract.start")
    qtbot.waitUntil(lambda: header.help.toolButtonStyle() == beside)
