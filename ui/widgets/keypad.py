"""Numeric keypad for notice numbers, NRE digits and amounts.

Telephone layout (1 2 3 on top; older citizens know it from the phone, and the calculator
order would be the one surprise), with delete, clear and a tall confirm key on the right::

    1 2 3  [⌫ Cancella]
    4 5 6  [Svuota    ]
    7 8 9  [          ]
      0    [✓ Conferma]

Same rules as the keyboard (:mod:`ui.widgets.keyboard`): no focus, no auto-repeat, no double
strike within half a second, types into a target ``QLineEdit`` at its cursor.
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QGridLayout, QWidget

from ui.widgets.touchkeys import (
    KEY_GAP,
    KEY_H,
    Clock,
    KeyButton,
    KeyPanel,
)

KEYPAD_KEY_W = 132
"""Digit keys are a little wider than letter keys: there is room, and fewer of them."""

_POSITIONS = {
    "1": (0, 0), "2": (0, 1), "3": (0, 2),
    "4": (1, 0), "5": (1, 1), "6": (1, 2),
    "7": (2, 0), "8": (2, 1), "9": (2, 2),
    "0": (3, 1),
}


class NumericKeypad(KeyPanel):
    """Big-key digit pad driving a ``QLineEdit``.

    Args:
        parent: the owning widget.
        clock: monotonic seconds for the double-strike guard (injected in tests).
        name: prefix of the objectNames (``keypad`` → ``keypad.key.7``, ``keypad.enter``).

    Signals:
        key_pressed(str): a digit press was accepted.
        confirmed(): the confirm key (``keypad.enter``) was pressed.

    Attributes:
        guard: the :class:`~ui.widgets.touchkeys.StrikeGuard`; an end-to-end test that taps
            a doubled letter faster than a person would can set ``guard.interval_s = 0``.
        keys: the character keys by character.
    """

    def __init__(
        self, parent: QWidget | None = None, *, clock: Clock = time.monotonic,
        name: str = "keypad",
    ) -> None:
        super().__init__(parent, clock=clock, name=name)
        wide = 2 * KEYPAD_KEY_W + KEY_GAP
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(KEY_GAP)
        grid.setVerticalSpacing(KEY_GAP)
        self.keys: dict[str, KeyButton] = {}
        for digit, (row, column) in _POSITIONS.items():
            key = KeyButton(self, f"{name}.key.{digit}", digit, width=KEYPAD_KEY_W)
            key.setText(digit)
            key.clicked.connect(lambda _=False, d=digit: self.type_key(d))
            grid.addWidget(key, row, column)
            self.keys[digit] = key
        self.backspace = KeyButton(
            self, f"{name}.backspace", "backspace", role="osk-action", width=wide)
        self.clear = KeyButton(self, f"{name}.clear", "clear", role="osk-action", width=wide)
        self.enter = KeyButton(
            self, f"{name}.enter", "enter", role="osk-confirm", width=wide,
            height=2 * KEY_H + KEY_GAP,
        )
        KeyButton.share_width(self.backspace, self.clear, self.enter)
        grid.setColumnMinimumWidth(3, KEY_GAP)  # a wider gap before the action column
        grid.addWidget(self.backspace, 0, 4)
        grid.addWidget(self.clear, 1, 4)
        grid.addWidget(self.enter, 2, 4, 2, 1)
        self.backspace.clicked.connect(lambda: self.press_action("backspace"))
        self.clear.clicked.connect(lambda: self.press_action("clear"))
        self.enter.clicked.connect(lambda: self.press_action("enter"))
        self.retranslate()

    def reset(self) -> None:
        """Forget the last key (next citizen)."""
        self.guard.reset()

    def retranslate(self) -> None:
        """Set every label and accessible name in the current language."""
        for digit, key in self.keys.items():
            key.setAccessibleName(self.tr("Cifra %1").replace("%1", digit))
        self.backspace.setText(self.tr("⌫ Cancella"))
        self.backspace.setAccessibleName(self.tr("Cancella l'ultima cifra"))
        self.clear.setText(self.tr("Svuota"))
        self.clear.setAccessibleName(self.tr("Cancella tutte le cifre"))
        self.enter.setText(self.tr("✓ Conferma"))
        self.enter.setAccessibleName(self.tr("Conferma"))


