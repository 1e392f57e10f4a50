"""Read-aloud mode on the whole station (EN 301 549 5.1.3), with Qt's ``mock`` speech engine:
what is spoken, when a tap speaks or acts, and when nothing may be spoken."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPoint, Qt
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk import speech
from kiosk.flows.navigation import Screen
from kiosk.speech import DEFAULT_VOLUME_STEP, VOLUME_STEPS
from printing.content import receipt_lines
from printing.labels import qt_translate
from printing.samples import sample_payment
from tests.a11y.walk import Built, settle
from ui.speech import NO_SPEECH, Speaker


def find(built: Built, name: str) -> QWidget:
    widget = built.window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget


def tap(qtbot: QtBot, built: Built, name: str) -> None:
    widget = find(built, name)
    assert widget.isVisible(), f"{name} is not visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def spoken(built: Built) -> list[str]:
    return list(built.read_aloud.speaker.history)


def said(built: Built, fragment: str) -> bool:
    return any(fragment in text for text in spoken(built))


def start_session(qtbot: QtBot, built: Built) -> None:
    tap(qtbot, built, "attract.start")
    qtbot.waitUntil(lambda: built.station.navigator.state is Screen.HOME)


def read_aloud_on(qtbot: QtBot, built: Built) -> None:
    start_session(qtbot, built)
    tap(qtbot, built, "header.read_aloud")
    qtbot.waitUntil(lambda: said(built, "Buongiorno"))


class PressSpy(QObject):
    """Counts the mouse presses that reach ``widget`` (after the application's filters)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.presses = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.presses += 1
        return False


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# --- the engine ------------------------------------------------------------------------------

def test_qt_ships_a_mock_engine_and_tests_use_it(kiosk: Built) -> None:
    assert "mock" in QTextToSpeech.availableEngines()
    assert kiosk.read_aloud.speaker.engine == "mock"


def test_speaker_hands_the_text_to_the_engine_word_by_word(qtbot: QtBot) -> None:
    speaker = Speaker("mock")
    words: list[str] = []
    speaker.tts.sayingWord.connect(lambda word, _id, _start, _length: words.append(word))
    speaker.say("uno due tre")
    assert speaker.speaking
    qtbot.waitUntil(lambda: not speaker.speaking, timeout=5000)
    assert words == ["uno", "due", "tre"]
    speaker.deleteLater()


def test_stop_interrupts_and_repeat_says_it_again(qtbot: QtBot) -> None:
    speaker = Speaker("mock")
    speaker.say("una frase piuttosto lunga da leggere ad alta voce")
    assert speaker.speaking
    speaker.stop()
    assert not speaker.speaking
    speaker.repeat()
    assert speaker.speaking
    assert list(speaker.history)[-2:] == [speaker.last, speaker.last]
    speaker.reset()
    assert not speaker.speaking
    assert speaker.last == ""
    assert not speaker.history
    speaker.deleteLater()


def test_speaker_follows_the_language_when_the_engine_has_a_voice(qtbot: QtBot) -> None:
    speaker = Speaker("mock")
    assert speaker.set_language("en")  # the mock engine speaks English (and nb, nn, fi)
    assert speaker.locale.language() == QLocale.Language.English
    assert speaker.language == "en"
    assert not speaker.set_language("ar")  # no voice: asked for, reported, not faked
    assert speaker.language == "ar"
    speaker.deleteLater()


def test_unknown_engine_falls_back_to_a_working_default(qtbot: QtBot) -> None:
    speaker = Speaker("no-such-engine")
    assert speaker.engine in QTextToSpeech.availableEngines()
    speaker.deleteLater()


# --- the mode on the station -----------------------------------------------------------------

def test_header_switch_turns_the_mode_on_and_reads_the_screen(qtbot: QtBot, kiosk: Built):
    start_session(qtbot, kiosk)
    bar = find(kiosk, "speech.bar")
    assert not bar.isVisible()
    tap(qtbot, kiosk, "header.read_aloud")  # one tap: the switch acts at once
    qtbot.waitUntil(lambda: said(kiosk, "Buongiorno! Che cosa desidera fare?"))
    assert kiosk.station.appearance.read_aloud
    assert bar.isVisible()
    first = spoken(kiosk)[-1]
    assert first.startswith(tr("Speech", speech.MODE_ON))


def test_first_tap_speaks_second_tap_activates(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    nav = kiosk.station.navigator
    tap(qtbot, kiosk, "home.pay")
    assert spoken(kiosk)[-1] == "Paga. Un avviso pagoPA o un ticket sanitario."
    settle()
    assert nav.state is Screen.HOME  # only spoken
    tap(qtbot, kiosk, "home.pay")
    qtbot.waitUntil(lambda: nav.state is Screen.PAY)


def test_tap_on_another_control_speaks_it_instead(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    nav = kiosk.station.navigator
    tap(qtbot, kiosk, "home.pay")
    tap(qtbot, kiosk, "home.book")
    tap(qtbot, kiosk, "home.pay")
    settle()
    assert nav.state is Screen.HOME
    assert spoken(kiosk)[-3:] == [
        "Paga. Un avviso pagoPA o un ticket sanitario.",
        "Prenota. Un appuntamento in Comune o una visita.",
        "Paga. Un avviso pagoPA o un ticket sanitario.",
    ]


def test_late_second_tap_speaks_again(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    now = [1000.0]
    kiosk.read_aloud._clock = lambda: now[0]
    tap(qtbot, kiosk, "home.help")
    now[0] += speech.CONFIRM_WINDOW_S + 0.5
    tap(qtbot, kiosk, "home.help")
    settle()
    assert kiosk.station.navigator.state is Screen.HOME
    assert spoken(kiosk)[-2] == spoken(kiosk)[-1]


def test_every_new_screen_speaks_its_title(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    for _ in range(2):
        tap(qtbot, kiosk, "header.help")
    qtbot.waitUntil(lambda: kiosk.station.navigator.state is Screen.HELP)
    title = kiosk.window.help.findChild(QLabel, "help.title") or next(
        label for label in kiosk.window.help.findChildren(QLabel)
        if label.property("role") == "title")
    qtbot.waitUntil(lambda: spoken(kiosk)[-1].startswith(title.text()))


def test_errors_are_spoken(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    kiosk.window.show_error(RuntimeError("internal detail"))
    message = tr("ErrorScreen",
                 "Non è stato possibile completare l'operazione. Riprovi tra poco.")
    qtbot.waitUntil(lambda: message in spoken(kiosk)[-1])
    assert not said(kiosk, "internal detail")


def test_an_error_message_appearing_at_a_field_is_spoken(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    home = kiosk.window.home
    error = QLabel(home)
    error.setObjectName("home.test_error")
    error.setText("Il numero dell'avviso ha 18 cifre.")
    error.move(100, 300)
    error.show()
    prefix = tr("Speech", speech.ERROR_PREFIX).replace("%1", "")
    qtbot.waitUntil(lambda: said(kiosk, prefix + "Il numero dell'avviso ha 18 cifre."))
    error.setText("Controlli il numero dell'avviso.")
    qtbot.waitUntil(lambda: said(kiosk, prefix + "Controlli il numero dell'avviso."))
    error.deleteLater()


def test_the_idle_warning_is_spoken(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    dialog = kiosk.window.findChild(QWidget, "idle.dialog")
    if dialog is None:
        pytest.skip("the station has no idle warning overlay yet")
    dialog.show_warning(30)
    qtbot.waitUntil(lambda: said(kiosk, tr("IdleDialog", "Le serve altro tempo?")))
    assert spoken(kiosk)[-1].startswith(tr("IdleDialog", "Le serve altro tempo?"))
    dialog.dismiss()


def test_done_screen_reads_the_receipt(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    receipt = sample_payment()
    screen = kiosk.window.help
    screen.spoken_receipt = lambda: receipt  # the hook a done step offers
    for _ in range(2):
        tap(qtbot, kiosk, "header.help")
    lines = receipt_lines(receipt, qt_translate)
    qtbot.waitUntil(lambda: said(kiosk, tr("Speech", speech.RECEIPT_INTRO)))
    text = spoken(kiosk)[-1]
    for line in lines:
        assert speech.clean(line) in text
    assert receipt.receipt_code in text


def test_masked_entry_is_never_spoken_and_acts_on_one_tap(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    home = kiosk.window.home
    box = QWidget(home)
    column = QVBoxLayout(box)
    pin = QLineEdit(box)
    pin.setObjectName("test.pin")
    pin.setAccessibleName("PIN del tutor")
    pin.setEchoMode(QLineEdit.EchoMode.Password)
    pin.setText("4711")
    key = QPushButton("7", box)
    key.setObjectName("test.key7")
    key.setProperty(NO_SPEECH, True)
    key.setAccessibleName("7")
    hidden = QLabel("1234", box)
    hidden.setProperty(NO_SPEECH, True)
    for widget in (pin, key, hidden):
        widget.setMinimumSize(200, 80)
        column.addWidget(widget)
    box.setGeometry(1400, 20, 300, 300)
    box.show()
    settle()
    before = spoken(kiosk)
    reached = PressSpy(pin)
    clicks: list[bool] = []
    key.clicked.connect(lambda: clicks.append(True))
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseClick(hidden, Qt.MouseButton.LeftButton)
    settle()
    assert clicks == [True]  # acted on the first tap
    assert reached.presses == 1  # the field got its tap (focus, keypad) on the first tap
    assert spoken(kiosk) == before  # and nothing at all was said
    kiosk.read_aloud.announce()
    assert "4711" not in spoken(kiosk)[-1]
    assert "1234" not in spoken(kiosk)[-1]
    assert "PIN" not in spoken(kiosk)[-1]
    box.deleteLater()


def test_stop_and_repeat_controls(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    speaker = kiosk.read_aloud.speaker
    last = speaker.last
    assert speaker.speaking
    tap(qtbot, kiosk, "speech.stop")  # one tap: speech controls act at once
    assert not speaker.speaking
    tap(qtbot, kiosk, "speech.repeat")
    assert speaker.speaking
    assert speaker.last == last


def test_volume_steps_and_reset_after_the_citizen(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    speaker = kiosk.read_aloud.speaker
    assert speaker.tts.volume() == VOLUME_STEPS[DEFAULT_VOLUME_STEP]
    tap(qtbot, kiosk, "speech.louder")
    tap(qtbot, kiosk, "speech.louder")
    assert speaker.tts.volume() == VOLUME_STEPS[DEFAULT_VOLUME_STEP + 2]
    assert spoken(kiosk)[-1] == tr("Speech", speech.VOLUME_NOW).replace(
        "%1", str(DEFAULT_VOLUME_STEP + 3)).replace("%2", str(len(VOLUME_STEPS)))
    kiosk.station.navigator.session_end()  # finish or idle time-out
    settle()
    assert not kiosk.read_aloud.enabled
    assert not kiosk.station.appearance.read_aloud
    assert not find(kiosk, "speech.bar").isVisible()
    assert speaker.tts.volume() == VOLUME_STEPS[DEFAULT_VOLUME_STEP]
    assert not speaker.speaking
    assert not speaker.history
    assert speaker.last == ""


def test_speech_follows_the_screen_language(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    kiosk.station.languages.set_language("en")
    kiosk.window.retranslate()
    assert kiosk.read_aloud.speaker.language == "en"
    assert kiosk.read_aloud.speaker.locale.language() == QLocale.Language.English
    heading = kiosk.window.home.heading.text()
    assert heading != "Buongiorno! Che cosa desidera fare?"
    qtbot.waitUntil(lambda: spoken(kiosk)[-1].startswith(heading))


def test_long_press_on_attract_starts_read_aloud(qtbot: QtBot, kiosk: Built) -> None:
    start = find(kiosk, "attract.start")
    nav = kiosk.station.navigator
    qtbot.mousePress(start, Qt.MouseButton.LeftButton, pos=QPoint(900, 500))
    qtbot.waitUntil(lambda: kiosk.read_aloud.enabled, timeout=speech.LONG_PRESS_S * 1000 + 2000)
    qtbot.mouseRelease(start, Qt.MouseButton.LeftButton, pos=QPoint(900, 500))
    assert kiosk.station.appearance.read_aloud
    assert kiosk.station.window.header.read_aloud.isChecked()
    assert nav.state is Screen.HOME  # the session started, so its time-out resets the mode
    qtbot.waitUntil(lambda: said(kiosk, tr("Speech", speech.MODE_ON)))
    assert not start.isDown()


def test_short_press_on_attract_is_an_ordinary_tap(qtbot: QtBot, kiosk: Built) -> None:
    tap(qtbot, kiosk, "attract.start")
    qtbot.waitUntil(lambda: kiosk.station.navigator.state is Screen.HOME)
    assert not kiosk.read_aloud.enabled
    assert not spoken(kiosk)


def test_nothing_is_spoken_while_the_mode_is_off(qtbot: QtBot, kiosk: Built) -> None:
    start_session(qtbot, kiosk)
    tap(qtbot, kiosk, "home.help")
    qtbot.waitUntil(lambda: kiosk.station.navigator.state is Screen.HELP)
    kiosk.window.show_error(RuntimeError("x"))
    settle()
    assert not spoken(kiosk)


# --- the real pay flow against the sandbox ---------------------------------------------------

PAYABLE = "301000000000000144"  # sample notice of the sandbox: CIE, 22,21 €, Comune di Pavia
WAIT_MS = 15000


def double_tap(qtbot: QtBot, built: Built, name: str) -> None:
    """Explore, then act: the way a citizen uses a control in read-aloud mode."""
    def shown() -> QWidget | None:
        return next((w for w in built.window.findChildren(QWidget, name)
                     if w.isVisible() and w.isEnabled()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=WAIT_MS)
    widget = shown()
    assert widget is not None
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_pay_with_notice(qtbot: QtBot, built: Built, number: str) -> QWidget:
    read_aloud_on(qtbot, built)
    double_tap(qtbot, built, "home.pay")
    qtbot.waitUntil(lambda: built.station.navigator.state is Screen.PAY, timeout=WAIT_MS)
    pay = built.window.screens[Screen.PAY]
    if pay.findChild(QWidget, "pay.notice_number") is None:
        pytest.skip("the pay screen is not wired into the station yet")
    from kiosk.sandbox.seed import COMUNE_CF

    qtbot.waitUntil(lambda: pay.findChild(QWidget, f"pay.creditor.{COMUNE_CF}") is not None,
                    timeout=WAIT_MS)
    # One key the read-aloud way (first tap says it, second types it), then the whole number
    # set as a scan would: the keypad ignores the same key twice within 0.5 s, which a real
    # finger never does after the spoken first tap but a test would.
    double_tap(qtbot, built, f"keypad.key.{number[0]}")
    assert tr("NumericKeypad", "Cifra %1").replace("%1", number[0]) + "." in spoken(built)
    assert pay.notice_field.value() == number[0]
    pay.notice_field.setValue(number)
    double_tap(qtbot, built, f"pay.creditor.{COMUNE_CF}")
    double_tap(qtbot, built, "pay.verify")
    return pay


def test_paying_a_notice_reads_the_receipt_aloud(
    qtbot: QtBot, kiosk: Built, sandbox: Any
) -> None:
    sandbox.control.card_terminal("approve")
    pay = open_pay_with_notice(qtbot, kiosk, PAYABLE)
    qtbot.waitUntil(lambda: find(kiosk, "pay.confirm").isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: said(kiosk, "22,21"), timeout=WAIT_MS)  # the verified step
    double_tap(qtbot, kiosk, "pay.confirm")
    intro = tr("Speech", speech.RECEIPT_INTRO)
    qtbot.waitUntil(lambda: said(kiosk, intro), timeout=WAIT_MS)
    receipt = pay.controller.context.receipt
    assert receipt is not None
    text = next(t for t in spoken(kiosk) if intro in t)
    assert receipt.receipt_code in text
    assert "22,21" in text


def test_an_unknown_notice_is_spoken_in_plain_words(
    qtbot: QtBot, kiosk: Built, sandbox: Any
) -> None:
    from kiosk.sandbox.seed import UNKNOWN_NOTICE_NUMBER

    open_pay_with_notice(qtbot, kiosk, UNKNOWN_NOTICE_NUMBER)
    message = tr("ServiceError",
                 "Non troviamo questo avviso. Controlli il numero e l'ente creditore.")
    qtbot.waitUntil(lambda: said(kiosk, message), timeout=WAIT_MS)


class _NeverChecked:
    """A PIN checker for a test that never gets as far as checking."""

    def unlock_with_pin(self, pin: str) -> Any:
        raise AssertionError("not expected")

    def seconds_locked(self) -> int:
        return 0


def test_the_tutor_pin_is_never_spoken(qtbot: QtBot, kiosk: Built) -> None:
    from ui.screens.pin import PinOverlay

    read_aloud_on(qtbot, kiosk)
    overlay = kiosk.window.findChild(PinOverlay)
    made = overlay is None
    if overlay is None:  # the station does not wire the tutor's PIN overlay (yet)
        overlay = PinOverlay(kiosk.window, _NeverChecked(), kiosk.station.runner)
    overlay.open()
    qtbot.waitUntil(overlay.isVisible)
    settle()
    before = len(spoken(kiosk))
    for name in ("pin.key.4", "pin.key.7", "pin.key.1"):
        key = overlay.findChild(QWidget, name)
        assert key is not None, name
        assert key.isVisible()
        count = overlay.digits_entered
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
        if overlay.digits_entered == count:  # the first tap only explored the key
            qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    kiosk.read_aloud.announce()
    settle()
    new = spoken(kiosk)[before:]
    entered = overlay.digits_entered
    overlay.close_and_forget()
    if made:
        overlay.deleteLater()
    assert entered == 3
    assert not any(ch in text for text in new for ch in "147"), new


def test_pin_keys_type_on_one_tap_and_say_nothing(qtbot: QtBot, kiosk: Built) -> None:
    """The tutor/staff PIN keypad, opened from the header: with read-aloud on, every key
    (digits and delete) acts on the first tap and nothing at all is said; the dots that stand
    for the PIN are never read either."""
    read_aloud_on(qtbot, kiosk)
    overlay = find(kiosk, "pin.overlay")
    for _ in range(2):  # the first tap on an ordinary control may only speak its name
        if not overlay.isVisible():
            tap(qtbot, kiosk, "header.tutor")
    qtbot.waitUntil(overlay.isVisible)
    settle()
    for name in (*(f"pin.key.{d}" for d in "0123456789"), "pin.backspace", "pin.dots"):
        assert find(kiosk, name).property(NO_SPEECH), f"{name} is not marked no_speech"
    before = len(spoken(kiosk))
    for name in ("pin.key.4", "pin.key.7", "pin.key.1", "pin.key.9", "pin.backspace",
                 "pin.key.2"):
        qtbot.mouseClick(find(kiosk, name), Qt.MouseButton.LeftButton)
    settle()
    entered = overlay.digits_entered
    said_meanwhile = spoken(kiosk)[before:]
    kiosk.read_aloud.announce()
    settle()
    after = spoken(kiosk)[before:]
    overlay.close_and_forget()
    assert entered == 4  # 4, 7, 1, 9, delete, 2: one tap each
    assert said_meanwhile == []
    assert not any(ch in text for text in after for ch in "4712●○"), after


def test_a_keypad_typing_into_a_masked_field_says_nothing(qtbot: QtBot, kiosk: Built) -> None:
    """The numeric keypad driving a password field (a PIN): its keys are never spoken."""
    from ui.widgets.keypad import NumericKeypad

    read_aloud_on(qtbot, kiosk)
    box = QWidget(kiosk.window.home)
    column = QVBoxLayout(box)
    field = QLineEdit(box)
    field.setObjectName("test.masked_pin")
    field.setAccessibleName("PIN")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    keypad = NumericKeypad(box, name="test.keypad")
    keypad.guard.interval_s = 0
    keypad.set_target(field)
    column.addWidget(field)
    column.addWidget(keypad)
    box.setGeometry(900, 140, 900, 700)
    box.show()
    settle()
    before = len(spoken(kiosk))
    for digit in "3580":
        qtbot.mouseClick(keypad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keypad.backspace, Qt.MouseButton.LeftButton)
    settle()
    typed = field.text()
    new = spoken(kiosk)[before:]
    box.deleteLater()
    assert typed == "358"  # every tap typed at once
    assert new == []


def test_a_language_is_named_in_its_own_voice(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    speaker = kiosk.read_aloud.speaker
    double_tap(qtbot, kiosk, "header.language")
    qtbot.waitUntil(lambda: kiosk.station.navigator.state is Screen.LANGUAGE)
    tap(qtbot, kiosk, "language.en")
    assert spoken(kiosk)[-1].startswith("English")
    assert speaker.locale.language() == QLocale.Language.English  # the mock has English
    assert speaker.language == "it"  # the screen is still Italian
    tap(qtbot, kiosk, "speech.repeat")  # repeated in the same voice
    assert spoken(kiosk)[-1].startswith("English")
    assert speaker.locale.language() == QLocale.Language.English


def test_a_booking_reads_its_confirmation_aloud(qtbot: QtBot, kiosk: Built) -> None:
    read_aloud_on(qtbot, kiosk)
    double_tap(qtbot, kiosk, "home.book")
    qtbot.waitUntil(lambda: kiosk.station.navigator.state is Screen.BOOK, timeout=WAIT_MS)
    book = kiosk.window.screens[Screen.BOOK]
    if book.findChild(QWidget, "book.page.done") is None:
        pytest.skip("the booking screen is not wired into the station yet")
    double_tap(qtbot, kiosk, "book.option.cie")
    double_tap(qtbot, kiosk, "book.option.anagrafe-acerbi")

    def first_slot() -> str | None:
        slots = [w.objectName() for w in book.findChildren(QAbstractButton)
                 if w.objectName().startswith("book.slot.") and w.isVisible()]
        return slots[0] if slots else None

    qtbot.waitUntil(lambda: first_slot() is not None, timeout=WAIT_MS)
    double_tap(qtbot, kiosk, str(first_slot()))
    qtbot.waitUntil(lambda: any(w.isVisible() for w in book.findChildren(
        QLineEdit, "book.identify.cf")), timeout=WAIT_MS)
    field = next(w for w in book.findChildren(QLineEdit, "book.identify.cf") if w.isVisible())
    field.setValue("RSSMRA85T10G388I")  # as the health-card reader types it
    double_tap(qtbot, kiosk, "book.identify.continue")
    double_tap(qtbot, kiosk, "book.confirm")
    intro = tr("Speech", speech.RECEIPT_INTRO)
    qtbot.waitUntil(lambda: said(kiosk, intro), timeout=WAIT_MS)
    text = next(t for t in spoken(kiosk) if intro in t)
    booking = book.municipal.booking
    assert booking is not None
    assert booking.code in text
    assert "RSSMRA85T10G388I" not in text  # the receipt masks the codice fiscale
    assert "RSSMRA*******88I" in text
