"""On-screen keyboard for the codice fiscale: digits, letters, delete, clear, confirm.

Two letter layouts, switched with the ``osk.layout`` key: **alphabetical** (the default: many
older citizens never used a typewriter and look for the letter in A-Z order) and **QWERTY**
(for those who know a computer keyboard). Switching moves the same 26 keys, so every key
keeps its ``objectName`` (``osk.key.A`` … ``osk.key.Z``, ``osk.key.0`` … ``osk.key.9``).

The keys type into a target ``QLineEdit`` (:meth:`OnScreenKeyboard.set_target`) at its cursor,
never take the focus, never auto-repeat, and ignore a second press of the same key within
half a second (:class:`~ui.widgets.touchkeys.StrikeGuard`).
"""

from __future__ import annotations

import enum
import time

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from ui.widgets.touchkeys import (
    KEY_GAP,
    KEY_H,
    KEY_MIN_H,
    KEY_W,
    WIDE_KEY_W,
    Clock,
    KeyButton,
    KeyPanel,
)

DIGITS = "1234567890"
ROW_COUNT = 4
"""Digits and three rows of letters; the action keys stand in a column beside them."""
COMPACT = "compact"
"""Dynamic property of the character keys while they are lower than :data:`KEY_H`."""


class Layout(enum.Enum):
    """The letter arrangement."""

    ALPHABETICAL = "alphabetical"
    QWERTY = "qwerty"


#: Letter rows of each layout, and how far each row is indented (in key widths).
ROWS: dict[Layout, tuple[tuple[str, float], ...]] = {
    Layout.ALPHABETICAL: (("ABCDEFGHIJ", 0.0), ("KLMNOPQRST", 0.0), ("UVWXYZ", 0.0)),
    Layout.QWERTY: (("QWERTYUIOP", 0.0), ("ASDFGHJKL", 0.5), ("ZXCVBNM", 1.0)),
}


class OnScreenKeyboard(KeyPanel):
    """Big-key keyboard driving a ``QLineEdit``.

    Args:
        parent: the owning widget.
        clock: monotonic seconds for the double-strike guard (injected in tests).
        layout: the letter layout to start with.
        name: prefix of the objectNames (``osk`` → ``osk.key.A``, ``osk.enter``); another one
            only where two keyboards live on one screen and tests must tell them apart.

    Signals:
        key_pressed(str): a character key press was accepted (after the double-strike guard).
        confirmed(): the confirm key (``osk.enter``) was pressed.
        layout_changed(str): the letter layout changed (``Layout`` value).

    Attributes:
        guard: the :class:`~ui.widgets.touchkeys.StrikeGuard`; an end-to-end test that taps
            a doubled letter faster than a person would can set ``guard.interval_s = 0``.
        keys: the character keys by character.
    """

    layout_changed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock = time.monotonic,
        layout: Layout = Layout.ALPHABETICAL,
        name: str = "osk",
    ) -> None:
        super().__init__(parent, clock=clock, name=name)
        self._layout = layout

        self.keys: dict[str, KeyButton] = {}
        for char in DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            key = KeyButton(self, f"{name}.key.{char}", char)
            key.setText(char)
            key.clicked.connect(lambda _=False, c=char: self.type_key(c))
            self.keys[char] = key
        self.backspace = KeyButton(
            self, f"{name}.backspace", "backspace", role="osk-action", width=WIDE_KEY_W)
        self.clear = KeyButton(
            self, f"{name}.clear", "clear", role="osk-action", width=WIDE_KEY_W)
        self.layout_key = KeyButton(
            self, f"{name}.layout", "layout", role="osk-action", width=WIDE_KEY_W)
        self.enter = KeyButton(
            self, f"{name}.enter", "enter", role="osk-confirm", width=WIDE_KEY_W)
        KeyButton.share_width(self.backspace, self.clear, self.layout_key, self.enter)
        self.backspace.clicked.connect(lambda: self._on_action("backspace"))
        self.clear.clicked.connect(lambda: self._on_action("clear"))
        self.layout_key.clicked.connect(lambda: self._on_action("layout"))
        self.enter.clicked.connect(lambda: self._on_action("enter"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(KEY_GAP * 2)
        grid.setVerticalSpacing(KEY_GAP)
        self._rows: list[QHBoxLayout] = []
        self._indents: list[QSpacerItem] = []
        for index, action in enumerate((self.backspace, self.clear, self.layout_key, self.enter)):
            row = QHBoxLayout()
            row.setSpacing(KEY_GAP)
            indent = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
            row.addItem(indent)
            row.addStretch(1)
            grid.addLayout(row, index, 0)
            grid.addWidget(action, index, 1)
            self._rows.append(row)
            self._indents.append(indent)
        for char in DIGITS:
            self._rows[0].insertWidget(self._rows[0].count() - 1, self.keys[char])
        # The keys' height follows the room the keyboard gets (resizeEvent), between
        # KEY_MIN_H and KEY_H; the layout must not pin the widget to the current key height.
        grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._key_h = KEY_H
        self._place_letters()
        self.retranslate()

    # --- public API ------------------------------------------------------------------------
    @property
    def letter_layout(self) -> Layout:
        return self._layout

    def set_letter_layout(self, layout: Layout) -> None:
        """Arrange the letters alphabetically or as QWERTY."""
        if layout is self._layout:
            return
        self._layout = layout
        self._place_letters()
        self.retranslate()
        self.layout_changed.emit(layout.value)

    def reset(self) -> None:
        """Back to the alphabetical layout; forget the last key (next citizen)."""
        self.set_letter_layout(Layout.ALPHABETICAL)
        self.guard.reset()

    def retranslate(self) -> None:
        """Set every label and accessible name in the current language."""
        for char, key in self.keys.items():
            if char.isdigit():
                key.setAccessibleName(self.tr("Cifra %1").replace("%1", char))
            else:
                key.setAccessibleName(self.tr("Lettera %1").replace("%1", char))
        self.backspace.setText(self.tr("⌫ Cancella"))
        self.backspace.setAccessibleName(self.tr("Cancella l'ultimo carattere"))
        self.clear.setText(self.tr("Svuota"))
        self.clear.setAccessibleName(self.tr("Cancella tutto il testo"))
        if self._layout is Layout.ALPHABETICAL:
            self.layout_key.setText(self.tr("QWERTY"))
            self.layout_key.setAccessibleName(
                self.tr("Mostra le lettere come sulla tastiera del computer"))
        else:
            self.layout_key.setText(self.tr("A B C"))
            self.layout_key.setAccessibleName(self.tr("Mostra le lettere in ordine alfabetico"))
        self.enter.setText(self.tr("✓ Conferma"))
        self.enter.setAccessibleName(self.tr("Conferma"))

    # --- size: keys shrink a little rather than overlap on a short screen -----------------
    @staticmethod
    def height_for(key_h: int) -> int:
        """The keyboard's height with keys ``key_h`` px tall."""
        return ROW_COUNT * key_h + (ROW_COUNT - 1) * KEY_GAP

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height_for(KEY_H))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.height_for(KEY_MIN_H))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = (event.size().height() - (ROW_COUNT - 1) * KEY_GAP) // ROW_COUNT
        key_h = max(KEY_MIN_H, min(KEY_H, room))
        if key_h != self._key_h:
            compact = key_h < KEY_H
            for key in self.keys.values():
                if bool(key.property(COMPACT)) != compact:
                    # Lower keys get the body size for their character (touch.qss.tmpl), so
                    # the character still fits the key at the largest text size.
                    key.setProperty(COMPACT, compact)
                    key.style().unpolish(key)
                    key.style().polish(key)
            self._key_h = key_h
            for key in (*self.keys.values(), self.backspace, self.clear, self.layout_key,
                        self.enter):
                key.set_key_height(key_h)

    # --- internals -------------------------------------------------------------------------
    def _place_letters(self) -> None:
        for row in self._rows[1:]:
            for index in reversed(range(row.count())):
                item = row.itemAt(index)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    row.removeWidget(widget)
        for (letters, indent), row, spacer in zip(
            ROWS[self._layout], self._rows[1:], self._indents[1:], strict=True
        ):
            spacer.changeSize(
                round(indent * (KEY_W + KEY_GAP)), 0,
                QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum,
            )
            for char in letters:
                row.insertWidget(row.count() - 1, self.keys[char])
        for row in self._rows:
            row.invalidate()

    def _on_action(self, action: str) -> None:
        if not self.press_action(action) and action == "layout":
            other = Layout.QWERTY if self._layout is Layout.ALPHABETICAL else Layout.ALPHABETICAL
            self.set_letter_layout(other)
