"""The identification screen: typing, live messages, health-card scans, reset, language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk import codicefiscale
from kiosk.codicefiscale import CfProblem
from kiosk.scanner import decode
from tests.qt.touch_helpers import FakeClock, find, host, tap, tap_keys
from ui.scan_capture import ScanCapture
from ui.screens.identify import IdentifyScreen
from ui.theme import MIN_TARGET_PX, TextSize, ThemeName
from ui.widgets.header import Header
from ui.wipe import find_personal_data

CF = "RSSMRA85T10G388I"


@dataclass
class Rig:
    window: QWidget
    screen: IdentifyScreen
    clock: FakeClock

    def field(self) -> QLineEdit:
        field = find(self.window, "identify.cf")
        assert isinstance(field, QLineEdit)
        return field

    def error(self) -> QLabel:
        label = find(self.window, "identify.error")
        assert isinstance(label, QLabel)
        return label

    def proceed(self) -> QPushButton:
        button = find(self.window, "identify.continue")
        assert isinstance(button, QPushButton)
        return button

    def type(self, qtbot: QtBot, text: str) -> None:
        tap_keys(qtbot, self.window, "osk.key.", text, self.clock)


@pytest.fixture
def rig(qtbot: QtBot) -> Rig:
    clock = FakeClock()
    screen = IdentifyScreen(clock=clock)
    window = host(qtbot, screen)
    screen.entered()
    return Rig(window, screen, clock)


def _message(problem_text: str) -> str:
    return QCoreApplication.translate(codicefiscale.TR_CONTEXT, problem_text)


def test_the_screen_says_what_to_do(rig: Rig) -> None:
    instruction = find(rig.window, "identify.instruction")
    assert isinstance(instruction, QLabel)
    assert instruction.text() == (
        "Scriva il suo codice fiscale o avvicini la tessera sanitaria al lettore")
    assert rig.field().accessibleName() == "Codice fiscale"
    assert rig.field().hasFocus()
    assert not rig.proceed().isEnabled()
    assert not rig.error().isVisible()
    for name in ("identify.cf", "identify.continue", "osk.key.A", "osk.enter"):
        assert find(rig.window, name).accessibleName(), name


def test_a_valid_code_typed_on_the_keyboard(qtbot: QtBot, rig: Rig) -> None:
    rig.type(qtbot, CF)
    assert rig.field().text() == "RSS MRA 85T10 G388I"
    assert rig.screen.value == CF
    assert not rig.error().isVisible()
    assert find(rig.window, "identify.ok_icon").isVisible()
    assert rig.proceed().isEnabled()
    with qtbot.waitSignal(rig.screen.identified, timeout=1000) as blocker:
        tap(qtbot, rig.window, "identify.continue")
    assert blocker.args == [CF]


def test_the_confirm_key_also_continues(qtbot: QtBot, rig: Rig) -> None:
    rig.type(qtbot, CF)
    with qtbot.waitSignal(rig.screen.identified, timeout=1000) as blocker:
        rig.clock.advance(1)
        tap(qtbot, rig.window, "osk.enter")
    assert blocker.args == [CF]


def test_wrong_check_letter(qtbot: QtBot, rig: Rig) -> None:
    rig.type(qtbot, "RSSMRA85T10G388J")
    error = rig.error()
    assert error.isVisible()
    check = codicefiscale.validate("RSSMRA85T10G388J")
    assert check.problem is CfProblem.BAD_CHECK
    assert _message(check.message) in error.text()
    # Not colour alone: a word and an icon say it too.
    assert error.text().startswith("Attenzione:")
    assert find(rig.window, "identify.error_icon").isVisible()
    assert not rig.proceed().isEnabled()
    # The message never repeats the code (it would be personal data in a label).
    assert "G388J" not in error.text()


def test_wrong_length_is_explained_on_confirm(qtbot: QtBot, rig: Rig) -> None:
    rig.type(qtbot, "RSSMRA85T1")
    assert not rig.error().isVisible()  # still typing: not an error yet
    hint = find(rig.window, "identify.hint")
    assert isinstance(hint, QLabel)
    assert hint.text() == "Mancano ancora 6 caratteri."
    identified: list[str] = []
    rig.screen.identified.connect(identified.append)
    rig.clock.advance(1)
    tap(qtbot, rig.window, "osk.enter")
    assert rig.error().isVisible()
    assert _message(codicefiscale.validate("RSSMRA85T1").message) in rig.error().text()
    assert "troppo corto" in rig.error().text()
    assert identified == []


@pytest.mark.parametrize(
    "typed",
    [
        "RSSMRA85T75",  # day 75: neither a man's (1-31) nor a woman's (41-71) day
        "RSSMRA85B30",  # 30 February
        "RSSMRA85Z",  # Z is not a month letter
    ],
)
def test_impossible_birth_date_is_shown_while_typing(
    qtbot: QtBot, rig: Rig, typed: str
) -> None:
    rig.type(qtbot, typed)
    assert rig.error().isVisible()
    check = codicefiscale.validate_partial(typed)
    assert check.problem is CfProblem.BAD_DATE
    assert _message(check.message) in rig.error().text()
    assert "data di nascita" in rig.error().text()


def test_a_woman_born_on_the_15th_is_fine(qtbot: QtBot, rig: Rig) -> None:
    rig.type(qtbot, "RSSMRA85T55")  # day 15 + 40
    assert not rig.error().isVisible()


def test_omocodia_is_accepted(qtbot: QtBot, rig: Rig) -> None:
    variant = codicefiscale.omocode_variants(CF)[-1]
    assert variant != CF
    rig.type(qtbot, variant)
    assert not rig.error().isVisible()
    assert rig.proceed().isEnabled()


def test_fixing_the_error_clears_the_message(qtbot: QtBot, rig: Rig) -> None:
    rig.type(qtbot, "RSSMRA85T10G388J")
    assert rig.error().isVisible()
    rig.clock.advance(1)
    tap(qtbot, rig.window, "osk.backspace")
    assert not rig.error().isVisible()
    rig.type(qtbot, "I")
    assert rig.proceed().isEnabled()


def test_a_physical_keyboard_works_too(qtbot: QtBot, rig: Rig) -> None:
    qtbot.keyClicks(rig.field(), "rssmra85t10g388i")
    assert rig.screen.value == CF
    assert rig.proceed().isEnabled()


def test_set_scanned_cf_fills_the_field(rig: Rig) -> None:
    rig.screen.set_scanned_cf(f"*{CF}*")
    assert rig.field().text() == "RSS MRA 85T10 G388I"
    assert rig.proceed().isEnabled()
    hint = find(rig.window, "identify.hint")
    assert isinstance(hint, QLabel)
    assert "tessera sanitaria" in hint.text()


def test_a_health_card_scan_fills_the_field_and_is_not_typed(qtbot: QtBot, rig: Rig) -> None:
    scan_clock = FakeClock()
    capture = ScanCapture(clock=scan_clock)
    capture.install()
    capture.scanned.connect(rig.screen.handle_scan)
    try:
        rig.type(qtbot, "XY")  # the citizen started typing, then found the card
        with qtbot.waitSignal(capture.scanned, timeout=2000):
            for char in f"*{CF}*":
                scan_clock.advance(0.004)
                qtbot.keyClick(rig.field(), char)
            scan_clock.advance(0.004)
            qtbot.keyClick(rig.field(), "\r")
        qtbot.waitUntil(lambda: rig.screen.value == CF, timeout=1000)
        assert rig.proceed().isEnabled()
        assert rig.field().text() == "RSS MRA 85T10 G388I"
    finally:
        capture.uninstall()
        capture.deleteLater()


def test_a_misread_health_card_is_explained_at_the_field(qtbot: QtBot, rig: Rig) -> None:
    rig.type(qtbot, "RSS")
    misread = decode("RSSMRA85T10G388J")  # Code 39 has no checksum: a wrong letter read
    assert rig.screen.handle_scan(misread)
    assert rig.error().isVisible()
    assert rig.error().text() == "Attenzione: " + QCoreApplication.translate(
        misread.message_context, misread.message)
    assert rig.screen.value == "RSS"  # what was typed stays
    rig.type(qtbot, "M")  # typing again replaces the message with the live check
    assert not rig.error().isVisible()


def test_other_scans_are_not_taken(rig: Rig) -> None:
    assert not rig.screen.handle_scan(decode("PAGOPA|002|301000000000000144|00296180185|2221"))
    assert rig.screen.value == ""


def test_reset_leaves_nothing_behind(qtbot: QtBot, rig: Rig) -> None:
    rig.type(qtbot, "RSSMRA85T10G388J")
    rig.clock.advance(1)
    tap(qtbot, rig.window, "osk.backspace")
    rig.type(qtbot, "I")
    assert find_personal_data([rig.window], [CF])  # it is there now
    rig.screen.reset()
    assert find_personal_data([rig.window], [CF, "RSSMRA85T10G388J"]) == []
    assert find_personal_data(None, [CF, "RSS MRA 85T10 G388I"]) == []
    assert rig.screen.value == ""
    assert not rig.field().isUndoAvailable()
    assert not rig.field().isRedoAvailable()
    assert not rig.proceed().isEnabled()
    assert not rig.error().isVisible()


class _Pseudo(QTranslator):
    """A pseudo-locale: every string wrapped, so a missed retranslate shows."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[{source}]"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qtbot: QtBot) -> Iterator[QTranslator]:
    translator = _Pseudo()
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_language_switch_keeps_the_typed_code(
    qtbot: QtBot, rig: Rig, pseudo: QTranslator
) -> None:
    rig.type(qtbot, "RSSMRA85T10G388J")
    title = find(rig.window, "identify.title")
    assert isinstance(title, QLabel)
    QCoreApplication.installTranslator(pseudo)
    qtbot.waitUntil(lambda: title.text() == "[Il suo codice fiscale]", timeout=2000)
    assert rig.field().text() == "RSS MRA 85T10 G388J"
    # Placeholders are filled after translation.
    assert rig.error().text().startswith("[Attenzione: [Il codice fiscale")
    assert find(rig.window, "osk.key.A").accessibleName() == "[Lettera A]"
    QCoreApplication.removeTranslator(pseudo)
    qtbot.waitUntil(lambda: title.text() == "Il suo codice fiscale", timeout=2000)
    assert rig.error().text().startswith("Attenzione:")


@pytest.mark.parametrize("size", list(TextSize))
@pytest.mark.parametrize("theme", list(ThemeName))
def test_everything_fits_under_the_header_at_every_text_size(
    qtbot: QtBot, size: TextSize, theme: ThemeName
) -> None:
    clock = FakeClock()
    screen = IdentifyScreen(clock=clock)
    window = host(qtbot, Header("Anagrafe – Palazzo Mezzabarba"), screen, size=size, theme=theme)
    # The longest message the field can show (three lines at the largest size).
    tap_keys(qtbot, window, "osk.key.", "RSSMRA85T10G388J", clock)
    controls = [
        w for w in screen.findChildren(QWidget)
        if w.objectName().startswith(("osk.", "identify.")) and w.isVisible()
    ]
    assert len(controls) > 40
    for control in controls:
        top_left = control.mapTo(window, control.rect().topLeft())
        bottom_right = control.mapTo(window, control.rect().bottomRight())
        assert window.rect().contains(top_left), control.objectName()
        assert window.rect().contains(bottom_right), control.objectName()
    for name in ("osk.key.U", "osk.enter", "identify.continue", "identify.cf"):
        assert find(window, name).height() >= MIN_TARGET_PX + 19, name
    error = find(window, "identify.error")
    assert isinstance(error, QLabel)
    # The message is not cut: its wrapped text fits the label.
    assert error.height() >= error.heightForWidth(error.width()) - 2
