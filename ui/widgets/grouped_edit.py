"""A line edit that shows its value in readable groups: ``RSS MRA 85T10 G388I``.

Long codes are copied from paper one group at a time; showing the same groups on screen lets
an older citizen check what they typed at a glance. The *value* never contains the spaces:
:meth:`GroupedLineEdit.value` is ``RSSMRA85T10G388I``.

Typed or pasted input is accepted with or without spaces (and, for the codice fiscale, in
lower case or with the Code 39 ``*`` marks a card reader may add): after every change the text
is normalised, cut to the maximum length and regrouped, and the cursor is put back after the
same character it followed. Deleting "a space" deletes the character beyond it, because the
spaces are not really there.

Regrouping uses ``setText``, which also empties the line edit's undo history: there is no
"undo" on a kiosk, and nothing of an earlier value is kept in it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk import codicefiscale, pagopa

Boundaries = Callable[[str], Sequence[int]]
"""Given the value, the indices where a new group starts (a space is shown before each)."""
Normalizer = Callable[[str], str]
"""Cleans typed text; must work character by character (so the cursor can be mapped back)."""

SEPARATOR = " "


def cf_boundaries(value: str) -> Sequence[int]:
    """Groups of a personal codice fiscale: surname, name, birth date and sex, place + check.

    A value starting with a digit can only become an 11-digit company code: left ungrouped.
    """
    if value[:1].isdigit():
        return ()
    return (3, 6, 11)


def every(size: int) -> Boundaries:
    """Groups of ``size`` characters (the pagoPA notice number is printed in fours)."""

    def boundaries(value: str) -> Sequence[int]:
        return range(size, len(value), size)

    return boundaries


def strip_spaces(text: str) -> str:
    """Drop white space (the default normaliser)."""
    return "".join(c for c in text if not c.isspace())


def normalize_cf_chars(text: str) -> str:
    """Upper-case ASCII letters; drop spaces and the Code 39 ``*`` marks (char by char)."""
    return "".join(
        c.upper() if c.isascii() else c for c in text if not c.isspace() and c != "*"
    )


def digits_only(text: str) -> str:
    """Keep the ASCII digits only."""
    return "".join(c for c in text if "0" <= c <= "9")


def format_groups(value: str, boundaries: Sequence[int]) -> str:
    """``value`` with a space before each boundary that falls inside it."""
    parts: list[str] = []
    start = 0
    for cut in boundaries:
        if 0 < cut < len(value) and cut > start:
            parts.append(value[start:cut])
            start = cut
    parts.append(value[start:])
    return SEPARATOR.join(parts)


class GroupedLineEdit(QLineEdit):
    """A ``QLineEdit`` showing its space-free value in groups.

    Args:
        parent: the owning widget.
        boundaries: where groups start, for a given value (see :func:`cf_boundaries`,
            :func:`every`).
        max_length: the longest value (spaces not counted).
        normalize: cleans typed/pasted text, character by character (default: drop spaces).

    Signals:
        value_changed(str): the value (without spaces) changed.
    """

    value_changed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        boundaries: Boundaries,
        max_length: int,
        normalize: Normalizer | None = None,
    ) -> None:
        super().__init__(parent)
        self._boundaries = boundaries
        self._max = max_length
        self._normalize = normalize or strip_spaces
        self._value = ""
        self._busy = False
        # Room for a pasted value with spaces and stray marks; the real limit is max_length.
        self.setMaxLength(max_length * 3 + 8)
        self.setProperty("role", "code")
        self.textChanged.connect(self._regroup)

    # --- factories -------------------------------------------------------------------------
    @classmethod
    def for_codice_fiscale(cls, parent: QWidget | None = None) -> GroupedLineEdit:
        """16 characters shown as ``RSS MRA 85T10 G388I``; company codes ungrouped."""
        edit = cls(
            parent, boundaries=cf_boundaries, max_length=codicefiscale.PERSON_LENGTH,
            normalize=normalize_cf_chars,
        )
        edit.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        return edit

    @classmethod
    def for_notice(cls, parent: QWidget | None = None) -> GroupedLineEdit:
        """18 digits shown as ``3010 0000 0000 0001 44``."""
        edit = cls(
            parent, boundaries=every(4), max_length=pagopa.NOTICE_LENGTH, normalize=digits_only
        )
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        return edit

    # --- value -----------------------------------------------------------------------------
    @property
    def max_value_length(self) -> int:
        """The longest value, spaces not counted."""
        return self._max

    def value(self) -> str:
        """The text without the group spaces (normalised)."""
        return self._value

    def setValue(self, value: str) -> None:
        """Replace the value (normalised, cut to the maximum length); empties undo history."""
        self.setText(self._normalize(value)[: self._max])

    def display_for(self, value: str) -> str:
        """How ``value`` is shown (for labels that echo the field)."""
        return format_groups(value, self._boundaries(value))

    # --- editing that skips the group spaces -----------------------------------------------
    def backspace(self) -> None:
        """Delete the character before the cursor, stepping over a group space."""
        self._step_over_space(before=True)
        super().backspace()

    def del_(self) -> None:
        """Delete the character after the cursor, stepping over a group space."""
        self._step_over_space(before=False)
        super().del_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() == Qt.Key.Key_Backspace:
            self._step_over_space(before=True)
        elif plain and event.key() == Qt.Key.Key_Delete:
            self._step_over_space(before=False)
        super().keyPressEvent(event)

    def _step_over_space(self, *, before: bool) -> None:
        if self.hasSelectedText():
            return
        text, pos = self.text(), self.cursorPosition()
        if before and pos > 0 and text[pos - 1] == SEPARATOR:
            self.setCursorPosition(pos - 1)
        elif not before and pos < len(text) and text[pos] == SEPARATOR:
            self.setCursorPosition(pos + 1)

    # --- regrouping ------------------------------------------------------------------------
    def _display_position(self, value: str, index: int) -> int:
        """Cursor position in the shown text for a cursor before ``value[index]``."""
        cuts = [c for c in self._boundaries(value) if 0 < c < len(value)]
        return index + sum(1 for c in cuts if c < index)

    def _regroup(self, text: str) -> None:
        if self._busy:
            return
        cursor_index = len(self._normalize(text[: self.cursorPosition()]))
        value = self._normalize(text)
        if len(value) > self._max:
            if len(self._value) >= self._max:
                # Typing into a full field: refuse the key, like maxLength would, and put the
                # cursor back where it was before the insertion.
                extra = len(value) - len(self._value)
                value, cursor_index = self._value, max(0, cursor_index - extra)
            else:
                value = value[: self._max]
        cursor_index = min(cursor_index, len(value))
        shown = self.display_for(value)
        if shown != text:
            self._busy = True
            try:
                self.setText(shown)
            finally:
                self._busy = False
        self.setCursorPosition(self._display_position(value, cursor_index))
        if value != self._value:
            self._value = value
            self.value_changed.emit(value)
