"""Catch the barcode scanner's keystrokes before they land in the focused field.

The scanner is a USB *keyboard wedge*: it types what it read, very fast, and presses Enter.
:class:`ScanCapture` is an application-wide event filter that feeds every key press to
:class:`kiosk.scanner.WedgeDetector` and **holds** the keys until the detector decides:

* a scan (fast burst + Enter): every held key event is dropped, so not one character reaches
  the focused field, and the decoded code is emitted as :attr:`ScanCapture.scanned`
  (:class:`kiosk.scanner.Decoded`), or :attr:`ScanCapture.unrecognised` with a short translated
  message when the code is not one the kiosk reads;
* a person typing: the held events are delivered again, in their original order, to the
  widgets they were meant for. A person's key is held for at most ~36 ms (the detector's gap
  limit), which nobody notices.

How events are held and replayed: only *spontaneous* key events sent to a ``QWidget`` are
considered (the window-level copy of a real key event is let through; Qt forwards it to the
focused widget, where it is caught). A held event is copied and the original consumed;
replaying sends the copy with ``QCoreApplication.sendEvent``, which makes it non-spontaneous,
so the filter lets it through. Key releases and keys without text (Shift, arrows) that come
while keys are held are held with them, so the order never changes.

Signals are delivered through a queued connection: the receiver may change screens, which
must not happen while Qt is still inside the key event's delivery.

Time: the detector needs the time of each key. It is the key event's own timestamp when the
platform gives one (``QInputEvent.timestamp()``, ms): if the GUI thread was busy, keys a
person typed earlier arrive back to back, and only their real times tell them from a scanner.
Events without one (timestamp 0, e.g. synthetic ones) use the injected ``clock`` (monotonic
seconds; tests pass a fake one). A single-shot timer (``scan_capture.release``) releases held
keys once the gap limit has passed; its firing *is* the proof that the gap has passed, so it
releases them whatever the time source says.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from kiosk import scanner
from kiosk.scanner import Decoded, Key, ScanComplete, SpecialKey, TypedKeys, WedgeDetector
from ui.event_hub import EventHub

log = logging.getLogger("kiosk.scanner")

_SPECIAL: dict[Qt.Key, SpecialKey] = {
    Qt.Key.Key_Return: SpecialKey.ENTER,
    Qt.Key.Key_Enter: SpecialKey.ENTER,
    Qt.Key.Key_Tab: SpecialKey.TAB,
    Qt.Key.Key_Backspace: SpecialKey.BACKSPACE,
    Qt.Key.Key_Escape: SpecialKey.ESCAPE,
}
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


def key_of(event: QKeyEvent) -> Key:
    """What the detector is told about a key press: its text, a special key, or ``""``."""
    special = _SPECIAL.get(Qt.Key(event.key()))
    if special is not None:
        return special
    text = event.text()
    if text and text.isprintable():
        return text
    return ""  # modifiers, arrows, function keys: the detector ignores them


@dataclass(slots=True)
class _Held:
    receiver: QObject
    event: QKeyEvent
    fed: bool  # a press the detector was told about


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
        event.nativeVirtualKey(), event.nativeModifiers(), event.text(),
        event.isAutoRepeat(), event.count(),
    )


class ScanCapture(QObject):
    """Application event filter separating scanner input from typing.

    Install with :meth:`install` (``QApplication.installEventFilter``); remove with
    :meth:`uninstall` before the application goes away.

    Args:
        detector: the wedge detector (a default one when None).
        clock: monotonic seconds, for key events that carry no timestamp (injected in tests).
        decode: turns a scan's text into a :class:`~kiosk.scanner.Decoded`.
        event_time: use the key events' own timestamps when they have one (see above).

    Signals:
        scanned(Decoded): a recognised code (``decoded.ok`` is True).
        unrecognised(str): a scan that is not usable here; the argument is a short, translated
            message for the citizen.
        rejected(Decoded): the same scan as a ``Decoded`` of kind ``UNKNOWN`` (its
            ``looks_like`` tells a damaged health card from a foreign code), for a screen that
            shows the message at its field (:meth:`ui.screens.identify.IdentifyScreen.handle_scan`).
    """

    scanned = Signal(object)
    unrecognised = Signal(str)
    rejected = Signal(object)
    _decided = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        detector: WedgeDetector | None = None,
        clock: Callable[[], float] = time.monotonic,
        decode: Callable[[str], Decoded] = scanner.decode,
        event_time: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scan_capture")
        self.detector = detector or WedgeDetector()
        self._clock = clock
        self._decode = decode
        self._event_time = event_time
        self._held: list[_Held] = []
        self._enabled = True
        self._installed_on: QCoreApplication | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("scan_capture.release")
        self._timer.setSingleShot(True)
        # A coarse timer may fire up to 5 % early: too early would cut a slow scanner's burst.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        self._decided.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- lifecycle ---------------------------------------------------------------------------
    def install(self, app: QCoreApplication | None = None) -> None:
        """Start filtering the application's key events."""
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("ScanCapture.install needs a QApplication")
        if self._installed_on is None:
            EventHub.of(app).add(self, _KEY_EVENTS)
            self._installed_on = app

    def uninstall(self) -> None:
        """Stop filtering; held keys are delivered first (nothing typed is lost)."""
        self.flush()
        if self._installed_on is not None and shiboken6.isValid(self._installed_on):
            EventHub.of(self._installed_on).remove(self)
        self._installed_on = None
        self._timer.stop()

    def set_enabled(self, on: bool) -> None:
        """Turn capturing off (keys pass straight through) or on again."""
        if not on:
            self.flush()
        self._enabled = on

    @property
    def pending(self) -> bool:
        """True while key events are held waiting for the detector's decision."""
        return bool(self._held)

    def flush(self) -> None:
        """Deliver held keys now (before a screen change or moving the focus)."""
        self._timer.stop()
        self._apply(self.detector.flush())
        self._replay_rest()

    def reset(self) -> None:
        """Drop held keys without delivering them (end of the citizen's session)."""
        self._timer.stop()
        self.detector.reset()
        self._held.clear()

    # --- the filter --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _KEY_EVENTS or not self._enabled:
            return False
        # Only real input, once it has reached a widget. Replayed copies are not spontaneous.
        if not event.spontaneous() or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.type() == QEvent.Type.KeyRelease:
            if not self._held:
                return False
            self._held.append(_Held(watched, _copy(event), fed=False))
            return True
        key = key_of(event)
        if key == "":
            if not self._held:
                return False
            self._held.append(_Held(watched, _copy(event), fed=False))
            return True
        self._held.append(_Held(watched, _copy(event), fed=True))
        self._apply(self.detector.feed(key, self.time_of(event)))
        if not self.detector.pending:
            self._replay_rest()
        self._arm_timer()
        return True

    def time_of(self, event: QKeyEvent) -> float:
        """When ``event`` happened, in seconds: its timestamp, else the injected clock."""
        stamp = event.timestamp() if self._event_time else 0
        return stamp / 1000 if stamp > 0 else self._clock()

    # --- decisions ---------------------------------------------------------------------------
    def _apply(self, decisions: list[scanner.WedgeEvent]) -> None:
        for decision in decisions:
            if isinstance(decision, ScanComplete):
                # Everything held belongs to the scan (the detector holds nothing after it).
                self._held.clear()
                self._decided.emit(decision)
            elif isinstance(decision, TypedKeys):
                self._replay(len(decision.keys))

    def _replay(self, presses: int) -> None:
        """Deliver the first ``presses`` held key presses and the events around them."""
        while self._held and (presses > 0 or not self._held[0].fed):
            item = self._held.pop(0)
            if item.fed:
                presses -= 1
            self._send(item)

    def _replay_rest(self) -> None:
        while self._held:
            self._send(self._held.pop(0))

    @staticmethod
    def _send(item: _Held) -> None:
        if shiboken6.isValid(item.receiver):
            QCoreApplication.sendEvent(item.receiver, item.event)

    def _arm_timer(self) -> None:
        if self.detector.due_at() is None:
            self._timer.stop()
            return
        # Measured from now, the key just fed: the same in every time base.
        self._timer.start(math.ceil(self.detector.max_gap_s * 1000) + 1)

    def _on_timeout(self) -> None:
        due = self.detector.due_at()
        if due is None:
            self._replay_rest()
            return
        # The timer fired after the gap limit in real time: release whatever the time source
        # (event timestamps, a fake clock) says.
        now = due + 2 * self.detector.max_gap_s
        self._apply(self.detector.poll(now))
        if not self.detector.pending:
            self._replay_rest()

    def _deliver(self, decision: ScanComplete) -> None:
        decoded = self._decode(decision.text)
        if decoded.ok:
            self.scanned.emit(decoded)
        else:
            self.unrecognised.emit(
                QCoreApplication.translate(decoded.message_context, decoded.message)
            )
            self.rejected.emit(decoded)
