"""Read-aloud mode (EN 301 549 5.1.3): the speech engine, the speech bar and the controller.

* :class:`Speaker` wraps ``QTextToSpeech``: an engine chosen by name (``speechd`` on a station,
  Qt's ``mock`` engine in tests), the locale of the screen's language, stepped volume that
  returns to the default for every citizen, ``say`` / ``stop`` / ``repeat``.
* :class:`SpeechBar` holds ``speech.stop``, ``speech.repeat``, ``speech.softer`` and
  ``speech.louder``; it is shown only while read-aloud mode is on.
* :class:`ReadAloud` is an application event filter that applies :mod:`kiosk.speech`: every new
  screen (and every internal step of a flow screen) speaks its title and instruction, a first
  tap on a control speaks it and a second tap activates it, error messages are spoken as they
  appear, the done step reads the receipt, masked entry is never spoken, and a press-and-hold
  of :data:`kiosk.speech.LONG_PRESS_S` seconds anywhere on the attract screen switches the mode
  on.

Screens may help the controller (both optional; duck-typed so no screen has to import this):

* ``speech_text() -> str``: what to say when the screen (or its current step) is shown,
  instead of the title and instruction found from its labels;
* ``spoken_receipt() -> Receipt | None``: the receipt to read when the done step shows.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from kiosk import speech
from kiosk.speech import Control, LongPress, TapAction, TapPolicy, Volume
from ui.event_hub import EventHub

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger("kiosk.ui.speech")

NO_SPEECH = "no_speech"
"""Dynamic property: a widget (and everything inside it) that must never be spoken."""

_HISTORY = 200  # utterances kept for tests and the repeat button; wiped per citizen


def _tr(text: str) -> str:
    return QCoreApplication.translate(speech.CONTEXT, text)


def plain(text: str) -> str:
    """A label's text without rich-text markup."""
    if GuiQt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def is_masked(widget: QWidget | None) -> bool:
    """Whether ``widget`` is masked entry: a password field or inside a ``no_speech`` widget."""
    current = widget
    while current is not None:
        if current.property(NO_SPEECH):
            return True
        if isinstance(current, QLineEdit) and current.echoMode() in (
            QLineEdit.EchoMode.Password,
            QLineEdit.EchoMode.NoEcho,
            QLineEdit.EchoMode.PasswordEchoOnEdit,
        ):
            return True
        current = current.parentWidget()
    return False


class Speaker(QObject):
    """One ``QTextToSpeech`` with the station's rules.

    The engine (and Qt's text-to-speech and multimedia libraries with it) is loaded the first
    time something is spoken or asked of it, not when the station starts: most citizens never
    switch read-aloud on, and loading it costs a large part of the start-up time.

    Args:
        engine: engine name (``"speechd"``, ``"mock"``); ``None`` or unknown → Qt's default.
        parent: Qt parent.

    Signals:
        spoken(str): an utterance was handed to the engine.
    """

    spoken = Signal(str)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._engine: QTextToSpeech | None = None
        self._volume = Volume()
        self._language = "it"
        self._last = ""
        self._last_language: str | None = None
        self.history: deque[str] = deque(maxlen=_HISTORY)

    @property
    def _tts(self) -> QTextToSpeech:
        if self._engine is None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            engine = self._engine_name
            available = QTextToSpeech.availableEngines()
            if engine and engine not in available:
                log.warning("speech engine %r not available (have %s); using the default",
                            engine, ", ".join(available) or "none")
                engine = None
            tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
            self._engine = tts  # before anything that may emit errorOccurred
            tts.errorOccurred.connect(self._on_error)
            tts.setVolume(self._volume.level)
            self._apply_language(self._language)
        return self._engine

    @property
    def loaded(self) -> bool:
        """Whether the engine has been loaded (something was spoken or asked of it)."""
        return self._engine is not None

    # --- queries -----------------------------------------------------------------------------
    @property
    def engine(self) -> str:
        """Name of the engine in use."""
        return self._tts.engine()

    @property
    def language(self) -> str:
        """Language code speech is asked for (the screen's language)."""
        return self._language

    @property
    def locale(self) -> QLocale:
        """Locale the engine actually speaks in."""
        return self._tts.locale()

    @property
    def volume(self) -> Volume:
        """The stepped volume (see :class:`kiosk.speech.Volume`)."""
        return self._volume

    @property
    def last(self) -> str:
        """The last utterance (what *repeat* says)."""
        return self._last

    @property
    def speaking(self) -> bool:
        if self._engine is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._engine.state() in (QTextToSpeech.State.Speaking,
                                        QTextToSpeech.State.Synthesizing)

    @property
    def tts(self) -> QTextToSpeech:
        """The engine wrapper (tests listen to ``sayingWord``)."""
        return self._tts

    # --- commands ----------------------------------------------------------------------------
    def set_language(self, code: str) -> bool:
        """Speak in ``code`` from now on. Returns False when the engine has no voice for it.

        Before the engine is loaded this only records the language (True): the voice is
        chosen when the engine loads.
        """
        self._language = code
        if self._engine is None:
            return True
        return self._apply_language(code)

    def _apply_language(self, code: str) -> bool:
        wanted = QLocale(code)
        locales = self._tts.availableLocales()
        same = [loc for loc in locales if loc.language() == wanted.language()]
        if not same:
            log.info("speech engine %s has no voice for %r", self.engine, code)
            return False
        exact = [loc for loc in same if loc.territory() == wanted.territory()]
        self._tts.setLocale((exact or same)[0])
        return True

    def say(self, text: str, language: str | None = None) -> None:
        """Speak ``text`` now, interrupting whatever is being spoken.

        Args:
            language: speak this one utterance in another language (a language's own name
                on the language screen); the screen's language comes back with the next.
        """
        text = speech.clean(text)
        if not text:
            return
        self.stop()
        screen_language = self._language
        if language and language != screen_language:
            self.set_language(language)
            self._language = screen_language  # what the screen speaks stays the same
        elif self._tts.locale().language() != QLocale(screen_language).language():
            self.set_language(screen_language)
        self._last, self._last_language = text, language
        self.history.append(text)
        self._tts.say(text)
        self.spoken.emit(text)

    def stop(self) -> None:
        """Interrupt speech at once."""
        if self._engine is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._engine.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused,
                                    QTextToSpeech.State.Synthesizing):
            self._engine.stop()

    def repeat(self) -> None:
        """Say the last utterance again."""
        if self._last:
            self.say(self._last, self._last_language)
        else:
            self.say(_tr(speech.NOTHING_TO_REPEAT))

    def louder(self) -> bool:
        """One volume step up; False at the top."""
        changed = self._volume.louder()
        self._tts.setVolume(self._volume.level)
        return changed

    def softer(self) -> bool:
        """One volume step down; False at the bottom."""
        changed = self._volume.softer()
        self._tts.setVolume(self._volume.level)
        return changed

    def reset(self) -> None:
        """Next citizen: silence, default volume, nothing left to repeat (5.1.3.13)."""
        self.stop()
        self._volume.reset()
        if self._engine is not None:
            self._engine.setVolume(self._volume.level)
        self._last, self._last_language = "", None
        self.history.clear()

    def _on_error(self, reason: object, message: str) -> None:
        log.warning("speech engine %s: %s", self.engine, message)


class SpeechBar(QWidget):
    """Stop, repeat and volume controls, shown while read-aloud mode is on.

    Signals:
        stop_clicked(), repeat_clicked(), louder_clicked(), softer_clicked()
    """

    stop_clicked = Signal()
    repeat_clicked = Signal()
    louder_clicked = Signal()
    softer_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speech.bar")
        self.setProperty("surface", "page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.stop = self._button("stop", "primary")
        self.repeat = self._button("repeat", "secondary")
        self.softer = self._button("softer", "secondary")
        self.louder = self._button("louder", "secondary")
        self.stop.clicked.connect(self.stop_clicked)
        self.repeat.clicked.connect(self.repeat_clicked)
        self.softer.clicked.connect(self.softer_clicked)
        self.louder.clicked.connect(self.louder_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 12, 32, 12)
        row.setSpacing(24)
        row.addStretch(1)
        for button in (self.stop, self.repeat, self.softer, self.louder):
            row.addWidget(button)
        row.addStretch(1)
        self.setVisible(False)
        self.retranslate()

    def _button(self, control: str, role: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(f"speech.{control}")
        button.setProperty("role", role)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.stop.setText(self.tr("■ Ferma"))
        self.stop.setAccessibleName(self.tr("Ferma la voce"))
        self.repeat.setText(self.tr("↻ Ripeti"))
        self.repeat.setAccessibleName(self.tr("Ripeti"))
        self.softer.setText(self.tr("− Volume"))
        self.softer.setAccessibleName(self.tr("Abbassa il volume"))
        self.louder.setText(self.tr("+ Volume"))
        self.louder.setAccessibleName(self.tr("Alza il volume"))


_CONTROL_TYPES = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider,
                  QAbstractItemView)
_PRESS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
_TAPS = frozenset({*_PRESS, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove})
_SCREEN_EVENTS = frozenset({QEvent.Type.Show, QEvent.Type.Paint})


class ReadAloud(QObject):
    """Read-aloud mode for one station window (an application event filter).

    Args:
        speaker: the speech engine wrapper.
        root: the station window; only widgets inside it (and dialogs) are handled.
        stack: the stack of top-level screens (its current page is "the screen").
        attract: the attract screen (press-and-hold starts the mode there), if any.
        bar: the speech bar (shown while the mode is on), if any.
        on_long_press: called after a press-and-hold switched the mode on (the station
            starts the session, so the idle time-out will reset the mode).
        clock: monotonic seconds (tests may inject a fake).

    Signals:
        enabled_changed(bool): the mode switched (e.g. by the long press); connect it to
            ``Appearance.set_read_aloud`` so the header button follows.
    """

    enabled_changed = Signal(bool)

    def __init__(
        self,
        speaker: Speaker,
        root: QWidget,
        stack: QStackedWidget,
        *,
        attract: QWidget | None = None,
        bar: SpeechBar | None = None,
        on_long_press: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self._root = root
        self._stack = stack
        self._attract = attract
        self._bar = bar
        self._on_long_press = on_long_press
        self._clock = clock
        self._enabled = False
        self.policy = TapPolicy()
        self.long_press = LongPress()
        self._swallow_release = False
        self._last_press: tuple[int, int, int] | None = None
        self._errors: dict[int, str] = {}
        self._announce_timer = QTimer(self)
        self._announce_timer.setObjectName("speech.announce_timer")
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(80)
        self._announce_timer.timeout.connect(self.announce)
        self._hold_timer = QTimer(self)
        self._hold_timer.setObjectName("speech.hold_timer")
        self._hold_timer.setSingleShot(True)
        # A coarse timer may fire up to 5 % early: the hold would never count.
        self._hold_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._hold_timer.timeout.connect(self._check_hold)
        self._prefix = ""
        # A done step shown before its receipt exists: read it once it does (see eventFilter).
        self._awaiting_receipt = False
        self._cleanups: list[Callable[[], None]] = []
        self._active = False
        self._stack = stack
        stack.currentChanged.connect(lambda _i: (self._schedule_announce(), self._update_filter()))
        if bar is not None:
            bar.stop_clicked.connect(speaker.stop)
            bar.repeat_clicked.connect(speaker.repeat)
            bar.louder_clicked.connect(self.louder)
            bar.softer_clicked.connect(self.softer)

    # --- life cycle --------------------------------------------------------------------------
    def install(self) -> None:
        """Start following the application's events: always while the mode is on, and while
        the attract screen shows (its press-and-hold switches the mode on). Otherwise the
        filter is off, so that the station's other screens do not pay for it on every event.
        """
        self._active = True
        self._update_filter()

    def _update_filter(self) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if not self._active:
            types: frozenset[QEvent.Type] = frozenset()
        elif self._enabled:
            types = _TAPS | _SCREEN_EVENTS
        elif (self._swallow_release or self.long_press.holding
              or (self._attract is not None and self._stack.currentWidget() is self._attract)):
            types = _TAPS
        else:
            types = frozenset()
        hub = EventHub.of(app)
        if hub.watching(self) != types:
            hub.add(self, types)

    def shutdown(self) -> None:
        """Remove the event filter, stop timers and speech."""
        self._active = False
        self._update_filter()
        for cleanup in self._cleanups:
            cleanup()
        self._cleanups.clear()
        self._announce_timer.stop()
        self._hold_timer.stop()
        self.speaker.stop()

    def add_cleanup(self, cleanup: Callable[[], None]) -> None:
        """Run ``cleanup`` on :meth:`shutdown` (e.g. to remove a navigator listener)."""
        self._cleanups.append(cleanup)

    @property
    def enabled(self) -> bool:
        """Whether read-aloud mode is on."""
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        """Switch read-aloud mode (connect ``Appearance.read_aloud_changed`` here)."""
        if on == self._enabled:
            return
        self._enabled = on
        self._update_filter()
        self.policy.reset()
        self._errors.clear()
        if self._bar is not None:
            self._bar.setVisible(on)
        if on:
            self._prefix = _tr(speech.MODE_ON)
            self._schedule_announce()
        else:
            self._announce_timer.stop()
            self.speaker.say(_tr(speech.MODE_OFF))
        self.enabled_changed.emit(on)

    def reset(self) -> None:
        """End of a citizen's session: mode off, silence, default volume, nothing to repeat."""
        self.set_enabled(False)
        self._announce_timer.stop()
        self._hold_timer.stop()
        self.long_press.cancel()
        self.policy.reset()
        self._swallow_release = False
        self._awaiting_receipt = False
        self.speaker.reset()

    def set_language(self, code: str) -> None:
        """The screen's language changed: speak it, and say the screen again in it."""
        self.speaker.set_language(code)
        if self._enabled:
            self._schedule_announce()

    def louder(self) -> None:
        self.speaker.louder()
        self._say_volume()

    def softer(self) -> None:
        self.speaker.softer()
        self._say_volume()

    def _say_volume(self) -> None:
        volume = self.speaker.volume
        self.speaker.say(_tr(speech.VOLUME_NOW).replace("%1", str(volume.step + 1))
                         .replace("%2", str(volume.steps)))

    # --- what a screen says ------------------------------------------------------------------
    def _schedule_announce(self) -> None:
        if self._enabled:
            self._announce_timer.start()

    def announce(self) -> None:
        """Speak the current screen (or step): title, instruction, errors, receipt."""
        self._announce_timer.stop()
        if not self._enabled:
            return
        text = speech.join([self._prefix, self.screen_text()])
        self._prefix = ""
        screen = self.current_screen()
        self._awaiting_receipt = (screen is not None and self._done_step(screen)
                                  and self._receipt(screen) is None)
        self.policy.reset()
        self.speaker.say(text)

    def current_screen(self) -> QWidget | None:
        """The page of the station's stack shown now."""
        return self._stack.currentWidget()

    def screen_text(self) -> str:
        """What the current screen says when it appears."""
        screen = self.current_screen()
        if screen is None:
            return ""
        hook = getattr(screen, "speech_text", None)
        text = str(hook()) if callable(hook) else self._labels_text(screen)
        receipt = self._receipt(screen)
        if receipt is not None:
            from printing.content import receipt_lines
            from printing.labels import qt_translate

            lines = receipt_lines(receipt, qt_translate)
            text = speech.join([text, _tr(speech.RECEIPT_INTRO), *lines])
        return text

    def _labels_text(self, screen: QWidget) -> str:
        """Title first, then the instruction and the other texts, in reading order."""
        labels = [label for label in visible_labels(screen) if plain(label.text()).strip()]
        titles = [label for label in labels if label.property("role") == "title"]
        others = [label for label in labels if label not in titles]
        for label in others:
            if is_error_label(label):
                self._errors[id(label)] = label.text()
        ordered = titles[:1] + others + titles[1:]
        return speech.join(plain(label.text()) for label in ordered)

    @staticmethod
    def _done_step(screen: QWidget) -> bool:
        """Whether ``screen`` shows a step that ends with a receipt."""
        if callable(getattr(screen, "spoken_receipt", None)):
            return True
        for name in (f"{screen.objectName()}.step.done", f"{screen.objectName()}.page.done"):
            step = screen.findChild(QWidget, name)
            if step is not None and step.isVisible():
                return True
        return False

    @staticmethod
    def _receipt(screen: QWidget) -> Any | None:
        hook = getattr(screen, "spoken_receipt", None)
        if callable(hook):
            return hook()
        # Until the flow screens grow ``spoken_receipt``: the pay and book screens' done steps.
        controller = getattr(screen, "controller", None)
        context = getattr(controller, "context", None)
        done = screen.findChild(QWidget, f"{screen.objectName()}.step.done")
        if context is not None and done is not None and done.isVisible():
            return getattr(context, "receipt", None)
        page = screen.findChild(QWidget, "book.page.done")
        maker = getattr(screen, "_receipt", None)
        if page is not None and page.isVisible() and callable(maker):
            return maker()
        return None

    # --- event filter ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(watched, QWidget):
            return False
        if kind in _PRESS:
            return self._on_press(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.MouseButtonRelease:
            return self._on_release(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.MouseMove and self.long_press.holding:
            pos = event.globalPosition()  # type: ignore[attr-defined]
            self.long_press.move(pos.x(), pos.y())
            if not self.long_press.holding:
                self._hold_timer.stop()
            return False
        if not self._enabled:
            return False
        if kind == QEvent.Type.Show:
            self._on_show(watched)
        elif kind == QEvent.Type.Paint:
            if isinstance(watched, QLabel) and is_error_label(watched):
                self._speak_error(watched)
            if self._awaiting_receipt and self._inside_current(watched):
                self._check_receipt()
        return False

    def _check_receipt(self) -> None:
        # The done step changes its texts when the receipt is ready; they repaint.
        screen = self.current_screen()
        if screen is None or not self._done_step(screen):
            self._awaiting_receipt = False
        elif self._receipt(screen) is not None:
            self._awaiting_receipt = False
            self._schedule_announce()

    def _on_show(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget) and self._inside_current(widget):
            self._schedule_announce()  # a flow screen moved to another step
        elif isinstance(widget, QDialog) or widget.property("role") == "dialog":
            # A dialog or an overlay card (idle warning, tutor PIN): say it over the screen.
            if not is_masked(widget):
                self.policy.reset()
                self.speaker.say(self._labels_text(widget))
        elif isinstance(widget, QLabel) and is_error_label(widget):
            self._speak_error(widget)

    def _speak_error(self, label: QLabel) -> None:
        text = plain(label.text()).strip()
        if not text or not label.isVisible() or is_masked(label):
            return
        if self._errors.get(id(label)) == label.text():
            return
        self._errors[id(label)] = label.text()
        if self._announce_timer.isActive():
            return  # the screen announcement that is due will include it
        self.speaker.say(_tr(speech.ERROR_PREFIX).replace("%1", text))

    def _inside_current(self, widget: QWidget) -> bool:
        screen = self.current_screen()
        return screen is not None and (widget is screen or screen.isAncestorOf(widget))

    def _on_press(self, widget: QWidget, event: QMouseEvent) -> bool:
        pos = event.globalPosition()
        key = (int(event.timestamp()), round(pos.x()), round(pos.y()))
        if key == self._last_press:
            return False  # the same press propagating to a parent: already decided
        self._last_press = key
        if self._attract is not None and self._attract.isVisible() and (
                widget is self._attract or self._attract.isAncestorOf(widget)):
            self.long_press.press(pos.x(), pos.y(), self._clock())
            self._hold_timer.start(round(self.long_press.hold_s * 1000) + 20)
        if not self._enabled or event.button() != Qt.MouseButton.LeftButton:
            return False
        if not (widget is self._root or self._root.isAncestorOf(widget)
                or isinstance(widget.window(), QDialog)):
            return False
        return self._tap(widget, event)

    def _tap(self, widget: QWidget, event: QMouseEvent) -> bool:
        control = control_for(widget)
        if control is None:
            # Plain text: a tap reads it; nothing to activate.
            if isinstance(widget, QLabel) and not is_masked(widget):
                self.speaker.say(plain(widget.text()))
            return False
        masked = is_masked(control)
        name = control.objectName()
        item_key: object = None
        if isinstance(control, QAbstractItemView):
            local = control.viewport().mapFromGlobal(event.globalPosition().toPoint())
            index = control.indexAt(local)
            item_key = (index.row(), index.column()) if index.isValid() else None
        decision = self.policy.tap(
            Control(key=(id(control), item_key), masked=masked,
                    speech_control=name.startswith("speech.") or name == "header.read_aloud"),
            self._clock(),
        )
        if decision is TapAction.ACTIVATE:
            return False
        # A language's own name is said in that language ("Deutsch" with a German voice).
        language = name.removeprefix("language.") if name.startswith("language.") else None
        self.speaker.say(describe_control(control, event), language)
        self._swallow_release = True
        return True

    def _on_release(self, widget: QWidget, event: QMouseEvent) -> bool:
        self._hold_timer.stop()
        if self.long_press.release():
            self._swallow_release = False
            QTimer.singleShot(0, self, self._update_filter)
            return True
        if self._swallow_release:
            self._swallow_release = False
            QTimer.singleShot(0, self, self._update_filter)
            return True
        return False

    def _check_hold(self) -> None:
        if not self.long_press.due(self._clock()):
            if self.long_press.holding and not self.long_press.fired:
                self._hold_timer.start(50)  # woke a little early: look again shortly
            return
        # Let go of the press the attract button saw, so the release does not also "tap" it.
        for button in self._attract.findChildren(QAbstractButton) if self._attract else ():
            button.setDown(False)
        if isinstance(self._attract, QAbstractButton):
            self._attract.setDown(False)
        if not self._enabled:
            self.set_enabled(True)
        else:
            self._schedule_announce()
        if self._on_long_press is not None:
            self._on_long_press()


# --- finding what to say --------------------------------------------------------------------

def is_error_label(label: QLabel) -> bool:
    """A label that carries an error message (named ``…error…`` or ``role="error"``)."""
    return label.property("role") == "error" or "error" in label.objectName().lower()


def visible_labels(root: QWidget, include_buttons: bool = False) -> list[QLabel]:
    """Visible labels under ``root`` in reading order; masked ones and (by default) the
    labels inside buttons (a button speaks its own name) left out."""
    found: list[tuple[int, int, QLabel]] = []
    rtl = root.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or is_masked(label):
            continue
        if not include_buttons and _inside_button(label, root):
            continue
        top_left = label.mapTo(root, QPoint(0, 0))
        x = -top_left.x() - label.width() if rtl else top_left.x()
        found.append((top_left.y(), x, label))
    found.sort(key=lambda item: (item[0], item[1]))
    return [label for _, _, label in found]


def _inside_button(widget: QWidget, root: QWidget) -> bool:
    current = widget.parentWidget()
    while current is not None and current is not root:
        if isinstance(current, QAbstractButton):
            return True
        current = current.parentWidget()
    return False


def control_for(widget: QWidget) -> QWidget | None:
    """The control a tap on ``widget`` reaches: the widget or its nearest control ancestor."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, _CONTROL_TYPES):
            return current
        parent = current.parentWidget()
        if isinstance(parent, QAbstractItemView) and current is parent.viewport():
            return parent
        current = parent
    return None


def describe_control(control: QWidget, event: QMouseEvent | None = None) -> str:
    """What a first tap on ``control`` says: name, value or state, description."""
    if is_masked(control):
        return ""
    name = control.accessibleName()
    state = ""
    if isinstance(control, QAbstractButton):
        name = name or control.text()
    elif isinstance(control, QLineEdit):
        name = name or control.placeholderText()
        state = control.text()
    elif isinstance(control, QComboBox):
        state = control.currentText()
    elif isinstance(control, QAbstractItemView) and event is not None:
        local = control.viewport().mapFromGlobal(event.globalPosition().toPoint())
        index = control.indexAt(local)
        if index.isValid():
            state = str(index.data(Qt.ItemDataRole.AccessibleTextRole)
                        or index.data(Qt.ItemDataRole.DisplayRole) or "")
    if not control.isEnabled():
        state = speech.join([state, _tr(speech.DISABLED)])
    return speech.control_utterance(name, control.accessibleDescription(), state)


# --- wiring ---------------------------------------------------------------------------------

def attach_read_aloud(
    window: Any,
    appearance: Any,
    languages: Any,
    navigator: Any,
    *,
    engine: str | None = None,
) -> ReadAloud:
    """Give a station window read-aloud mode; returns the installed :class:`ReadAloud`.

    Adds the speech bar under the screen stack of ``window`` (a :class:`ui.main_window.
    MainWindow`: ``stack``, ``attract`` and a central widget with a box layout), and wires:

    * ``appearance.read_aloud_changed`` ⇄ the mode (``header.read_aloud`` already drives it);
    * a press-and-hold on the attract screen → mode on, then ``navigator.start()`` so that the
      session (and its idle time-out, which resets the mode) begins;
    * ``languages.language_changed`` → speech in the new language;
    * back to ``Screen.ATTRACT`` (end of the session) → :meth:`ReadAloud.reset` (mode off,
      default volume, nothing to repeat).

    Call ``read_aloud.shutdown()`` before the window is destroyed.
    """
    from kiosk.flows.navigation import Screen

    speaker = Speaker(engine, window)
    bar = SpeechBar(window)
    layout = window.centralWidget().layout()
    layout.addWidget(bar)
    read_aloud = ReadAloud(speaker, window, window.stack, attract=window.attract, bar=bar,
                           on_long_press=navigator.start, parent=window)
    appearance.read_aloud_changed.connect(read_aloud.set_enabled)
    read_aloud.enabled_changed.connect(appearance.set_read_aloud)
    languages.language_changed.connect(read_aloud.set_language)
    read_aloud.set_language(languages.current)
    # Back on the attract loop means the next citizen (finish, idle time-out, recovery).
    read_aloud.add_cleanup(navigator.add_listener(
        lambda t: read_aloud.reset() if t.new is Screen.ATTRACT else None))
    read_aloud.install()
    return read_aloud
