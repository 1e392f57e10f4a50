"""Building blocks shared by the on-screen keyboard and the numeric keypad.

* :class:`StrikeGuard` drops a second press of the same key within half a second: a hand
  with a tremor, or a finger that bounces on the glass, must not type ``SS`` for ``S``.
* :class:`KeyButton` is a big touch key that never takes keyboard focus (so the field keeps
  its cursor and a physical keyboard keeps working on it) and never auto-repeats.
* :class:`KeyTarget` applies key presses to the ``QLineEdit`` being edited: insert at the
  cursor, delete one character, empty the field. Fields with their own idea of editing (the
  grouped field, :mod:`ui.widgets.grouped_edit`) get their Python overrides called.

Sizes: the station screen has 0.248 mm per pixel; every key is at least 15 mm (61 px) and we
aim well above (:data:`KEY_W` x :data:`KEY_H` = 27 x 25 mm), with 3.5 mm gaps.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy, QWidget

KEY_W = 108
"""Width of a character key in px (26.8 mm)."""
KEY_H = 100
"""Height of every key in px (24.8 mm)."""
KEY_MIN_H = 66
"""Lowest a key may get (16.4 mm, limit 15 mm) when a keyboard must share a short screen:
at the largest text size, with the read-aloud bar, the rows shrink rather than overlap or
slide under the bar."""
KEY_GAP = 14
"""Gap between keys in px (3.5 mm, limit 3 mm)."""
WIDE_KEY_W = 290
"""Width of the action keys (delete, clear, confirm, layout): their labels fit at the
largest text size."""

LABEL_PAD_PX = 32
"""Room around an action key's label: the stylesheet's 8 px padding and 3-4 px border on
each side, and a little air."""

DOUBLE_STRIKE_S = 0.5
"""A second press of the same key closer than this to the accepted one is ignored."""

Clock = Callable[[], float]

NO_SPEECH = "no_speech"
"""The property :mod:`ui.speech` reads: keys typing into masked entry (a PIN) are never spoken."""

_MASKED = (
    QLineEdit.EchoMode.Password,
    QLineEdit.EchoMode.NoEcho,
    QLineEdit.EchoMode.PasswordEchoOnEdit,
)


def is_masked_entry(edit: QLineEdit | None) -> bool:
    """Whether ``edit`` hides what is typed (then its keys must not be read aloud)."""
    return edit is not None and edit.echoMode() in _MASKED


class StrikeGuard:
    """Accept a key press unless it repeats the previous key within ``interval_s``.

    Only the *same* key is filtered: ``A`` then ``B`` quickly is two letters, ``A`` ``A`` within
    half a second is one. The interval is measured from the last *accepted* press, so a
    deliberate double letter only needs a short pause.

    Args:
        interval_s: the double-strike window in seconds.
        clock: monotonic time in seconds (injected in tests).
    """

    def __init__(self, interval_s: float = DOUBLE_STRIKE_S, clock: Clock = time.monotonic):
        self.interval_s = interval_s
        self._clock = clock
        self._last_key: str | None = None
        self._last_t = 0.0

    def accept(self, key: str) -> bool:
        """True if the press of ``key`` counts; records it when it does."""
        now = self._clock()
        if key == self._last_key and 0.0 <= now - self._last_t < self.interval_s:
            return False
        self._last_key, self._last_t = key, now
        return True

    def reset(self) -> None:
        """Forget the last key (a new citizen, a new field)."""
        self._last_key = None


class KeyButton(QPushButton):
    """A large key: no focus, no auto-repeat, styled by ``role`` (see ``touch.qss.tmpl``).

    Args:
        name: the ``objectName`` (``osk.key.A``, ``keypad.enter`` …).
        key_id: what :class:`StrikeGuard` compares (the character, or ``backspace`` …).
        role: ``osk-key`` for characters, ``osk-action`` / ``osk-confirm`` for the others.
        width: fixed width in px (height is :data:`KEY_H`).
    """

    def __init__(
        self, parent: QWidget, name: str, key_id: str, *, role: str = "osk-key",
        width: int = KEY_W, height: int = KEY_H,
    ) -> None:
        super().__init__(parent)
        self.key_id = key_id
        self.setObjectName(name)
        self.setProperty("role", role)
        # The field being edited keeps the focus and its cursor; a tap on a key must not
        # move it (and a physical keyboard keeps typing into the field).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoRepeat(False)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._base = QSize(width, height)
        self._size = QSize(width, height)
        self._peers: tuple[KeyButton, ...] = ()
        self.setFixedSize(self._size)

    def setText(self, text: str) -> None:
        """Set the label; an action key grows wider when its label needs it."""
        super().setText(text)
        self._fit_text()

    @staticmethod
    def share_width(*keys: KeyButton) -> None:
        """Keep ``keys`` (a column of action keys) equally wide: as wide as the widest label
        needs."""
        for key in keys:
            key._peers = tuple(k for k in keys if k is not key)
        for key in keys:
            key._fit_text()

    def _label_width(self) -> int:
        metrics = QFontMetricsF(self.font())
        text_w = max((metrics.horizontalAdvance(line) for line in self.text().split("\n")),
                     default=0.0)
        return math.ceil(text_w) + LABEL_PAD_PX

    def _fit_text(self, *, peers: bool = True) -> None:
        # Action keys carry words ("Cancella", "Conferma"): at the largest text size, in a
        # long language, the word must not be cut, so the key grows (never shrinks below its
        # designed width). Character keys hold one character and keep their grid size.
        if self.property("role") == "osk-key":
            return
        width = max([self._base.width(), self._label_width()]
                    + [max(peer._base.width(), peer._label_width()) for peer in self._peers])
        if width != self._size.width():
            self._size = QSize(width, self._base.height())
            self.setFixedSize(self._size)
            self.updateGeometry()
            if peers:
                for peer in self._peers:
                    peer._fit_text(peers=False)

    # A stylesheet's min-width/min-height replaces the minimum size set in code when the
    # widget is polished; the size hints keep the key at its size whatever the theme says.
    def sizeHint(self) -> QSize:
        return QSize(self._size)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._size)

    # changeEvent, not event(): a keyboard's keys get hundreds of events per screen switch
    # (show, move, paint …), and an event() written in Python would be called for each.
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # The stylesheet's font (text size) and min/max sizes arrive with these; put the
            # key's size back (wider if the label needs it in the new font).
            self._fit_text()
            self.setFixedSize(self._size)

    def set_key_height(self, height: int) -> None:
        """Lay the key out ``height`` px tall (its width stays)."""
        if height == self._size.height():
            return
        self._base = QSize(self._base.width(), height)
        self._size = QSize(self._size.width(), height)
        self.setFixedSize(self._size)
        self.updateGeometry()

    def key_size(self) -> QSize:
        """The size the key is laid out at."""
        return QSize(self._size)


class KeyTarget(QObject):
    """The ``QLineEdit`` that keys type into.

    Edits go through the line edit's own editing functions, so its ``maxLength``, validator
    and (for the grouped field) its Python overrides apply exactly as to a physical keyboard.
    """

    target_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edit: QLineEdit | None = None

    @property
    def edit(self) -> QLineEdit | None:
        """The field, or None (none set, or it was destroyed)."""
        if self._edit is not None and not shiboken6.isValid(self._edit):
            self._edit = None
        return self._edit

    def set_edit(self, edit: QLineEdit | None) -> None:
        self._edit = edit
        self.target_changed.emit()

    def insert(self, text: str) -> None:
        """Insert ``text`` at the cursor (replacing a selection), like a typed key."""
        edit = self.edit
        if edit is not None and not edit.isReadOnly() and edit.isEnabled():
            edit.insert(text)

    def backspace(self) -> None:
        """Delete the character before the cursor (or the selection)."""
        edit = self.edit
        if edit is not None and not edit.isReadOnly() and edit.isEnabled():
            edit.backspace()

    def clear(self) -> None:
        """Empty the field.

        ``setText("")`` rather than ``clear()``: ``QLineEdit.clear`` is undoable, so the text
        would survive in the undo history; ``setText`` also empties that history.
        """
        edit = self.edit
        if edit is not None and not edit.isReadOnly() and edit.isEnabled():
            edit.setText("")


class KeyPanel(QWidget):
    """What the on-screen keyboard and the numeric keypad share: a target field, the
    double-strike guard, the key signals, and the keys that type, delete, clear and confirm.

    Subclasses build their keys, connect character keys to :meth:`type_key` and the action
    keys to :meth:`press_action`, and implement ``retranslate()``.

    Signals:
        key_pressed(str): a character key press was accepted (after the double-strike guard).
        confirmed(): the confirm key was pressed.

    Attributes:
        guard: the :class:`StrikeGuard`; an end-to-end test that taps a doubled letter faster
            than a person would can set ``guard.interval_s = 0``.
    """

    key_pressed = Signal(str)
    confirmed = Signal()

    def __init__(self, parent: QWidget | None, *, clock: Clock, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "osk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.guard = StrikeGuard(clock=clock)
        self._target = KeyTarget(self)

    @property
    def target(self) -> QLineEdit | None:
        """The field the keys type into."""
        return self._target.edit

    def set_target(self, edit: QLineEdit | None) -> None:
        """Type into ``edit`` from now on (None: keys do nothing).

        Keys typing into masked entry (a PIN field) are marked ``no_speech``, so read-aloud
        mode never says which key was tapped.
        """
        self._target.set_edit(edit)
        self.setProperty(NO_SPEECH, is_masked_entry(edit))
        self.guard.reset()

    def type_key(self, char: str) -> None:
        """A character key: typed into the target, unless it is a double strike."""
        if self.guard.accept(char):
            self._target.insert(char)
            self.key_pressed.emit(char)

    def press_action(self, action: str) -> bool:
        """``backspace``, ``clear`` or ``enter``; False for an action the subclass handles
        (or a double strike, which does nothing)."""
        if not self.guard.accept(action):
            return True
        if action == "backspace":
            self._target.backspace()
        elif action == "clear":
            self._target.clear()
        elif action == "enter":
            self.confirmed.emit()
        else:
            return False
        return True

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
