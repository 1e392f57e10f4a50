"""Who are you? The citizen types the codice fiscale, or shows the health card to the reader.

Reusable by the booking and payment flows: it only emits :attr:`IdentifyScreen.identified`
with a valid code; the flow decides what comes next.

What the citizen sees:

* the field (``identify.cf``) in big monospaced letters, grouped like the card prints it
  (``RSS MRA 85T10 G388I``);
* the on-screen keyboard, typing into the field (a physical keyboard works too);
* under the field, a line that always says where they are: how many characters are still
  missing, what is wrong (``identify.error``: an icon, the word *Attenzione* and a plain
  sentence, never colour alone), or that the code is correct;
* ``identify.continue``, enabled only for a valid code. The keyboard's confirm key does the
  same, and when the code is not valid it says why (e.g. that characters are missing).

:meth:`IdentifyScreen.reset` leaves no trace of the code: not in the field, not in its undo
history (``setText`` empties it), not in any label (messages never quote the code).
"""

from __future__ import annotations

import enum
import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk import codicefiscale
from kiosk.codicefiscale import CfCheck, CfKind, CfProblem
from kiosk.scanner import CodeKind, Decoded
from ui.appearance import set_icon
from ui.screens.base import PAGE_MARGIN, ScreenWidget, body_label, title_label
from ui.widgets.grouped_edit import GroupedLineEdit
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.touchkeys import Clock

FIELD_WIDTH = 900
"""Smallest width of the code field: room for ``RSS MRA 85T10 G388I`` in big monospace."""


class _Feedback(enum.Enum):
    NONE = "none"  # empty field
    PROGRESS = "progress"  # typing, nothing wrong so far
    ERROR = "error"
    OK = "ok"


class IdentifyScreen(ScreenWidget):
    """Codice fiscale entry with live validation.

    Args:
        parent: the owning widget.
        key: the screen's name and prefix of its controls (``identify``).
        clock: monotonic seconds for the keyboard's double-strike guard (tests inject one).

    Signals:
        identified(str): a valid codice fiscale was confirmed (normalised, no spaces).
    """

    identified = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, key: str = "identify", clock: Clock | None = None
    ) -> None:
        super().__init__(key, parent)
        self._check: CfCheck | None = None
        self._feedback = _Feedback.NONE
        self._from_scan = False
        self._scan_problem: Decoded | None = None  # a misread card, until the next edit

        self.title = title_label(self, self.control_name("title"))
        self.card_icon = QLabel(self)
        self.card_icon.setObjectName(self.control_name("card_icon"))
        set_icon(self.card_icon, "card", "page", "small")
        self.instruction = body_label(self, self.control_name("instruction"))

        self.field = GroupedLineEdit.for_codice_fiscale(self)
        self.field.setObjectName(self.control_name("cf"))
        self.field.setMinimumWidth(FIELD_WIDTH)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.value_changed.connect(self._on_value_changed)
        self.field.returnPressed.connect(self._confirm)

        self.proceed = self.make_button("continue", role="primary", icon="check")
        self.proceed.setEnabled(False)
        self.proceed.clicked.connect(self._confirm)

        # Two icons, shown one at a time: the theme draws both in its colours.
        self.error_icon = QLabel(self)
        self.error_icon.setObjectName(self.control_name("error_icon"))
        set_icon(self.error_icon, "warning", "page", "small")
        self.ok_icon = QLabel(self)
        self.ok_icon.setObjectName(self.control_name("ok_icon"))
        set_icon(self.ok_icon, "check", "page", "small")
        self.error = body_label(self, self.control_name("error"), role="error")
        self.hint = body_label(self, self.control_name("hint"), role="muted")

        self.keyboard = OnScreenKeyboard(self, clock=clock or time.monotonic)
        self.keyboard.set_target(self.field)
        self.keyboard.confirmed.connect(self._confirm)

        instruction_row = QHBoxLayout()
        instruction_row.setSpacing(20)
        instruction_row.addWidget(self.card_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        instruction_row.addWidget(self.instruction, 1)

        field_row = QHBoxLayout()
        field_row.setSpacing(32)
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.proceed)

        feedback_row = QHBoxLayout()
        feedback_row.setSpacing(16)
        feedback_row.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        feedback_row.addWidget(self.ok_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        feedback_row.addWidget(self.error, 1)
        feedback_row.addWidget(self.hint, 1)

        # One column as wide as the keyboard, centred: the field, its message and the keys
        # line up, and the eye travels straight down.
        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(self.title)
        column.addLayout(instruction_row)
        column.addLayout(field_row)
        column.addLayout(feedback_row)
        column.addStretch(1)
        column.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)

        layout = QHBoxLayout(self)
        # Small top and bottom margins: at the largest text size with a three-line message
        # everything must still fit above the bottom edge.
        layout.setContentsMargins(PAGE_MARGIN, 20, PAGE_MARGIN, 16)
        layout.addStretch(1)
        layout.addLayout(column)
        layout.addStretch(1)
        self.retranslate()

    # --- public API --------------------------------------------------------------------------
    @property
    def value(self) -> str:
        """The code in the field, normalised (no spaces)."""
        return self.field.value()

    def set_scanned_cf(self, text: str) -> None:
        """Fill the field with a code read from the health card (Code 39 ``*`` marks allowed)."""
        self.field.setValue(text)
        self._from_scan = True
        self._update(codicefiscale.validate(self.field.value()))
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_scan(self, decoded: Decoded) -> bool:
        """Take a scan from :class:`ui.scan_capture.ScanCapture` (``scanned`` or ``rejected``).

        A health card fills the field; a health card that was misread (``UNKNOWN`` that looks
        like a codice fiscale) shows the scanner's message at the field and leaves the field
        as it was.

        Returns:
            True if the scan was about the codice fiscale and was handled here.
        """
        if decoded.kind is CodeKind.CODICE_FISCALE:
            self.set_scanned_cf(decoded.value)
            return True
        if decoded.kind is CodeKind.UNKNOWN and decoded.looks_like is CodeKind.CODICE_FISCALE:
            self._scan_problem = decoded
            self._feedback = _Feedback.ERROR
            self.proceed.setEnabled(bool(self._check and self._check.ok))
            self._show_feedback()
            return True
        return False

    def reset(self) -> None:
        """Empty everything for the next citizen (field, undo history, messages, keyboard)."""
        self.field.setValue("")  # setText(""): also empties the undo/redo history
        self.field.setModified(False)
        self.field.deselect()
        self._check = None
        self._from_scan = False
        self._scan_problem = None
        self._feedback = _Feedback.NONE
        self.keyboard.reset()
        self.proceed.setEnabled(False)
        self._show_feedback()

    def entered(self) -> None:
        # The cursor in the field shows where the keys will type.
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Il suo codice fiscale"))
        self.instruction.setText(self.tr(
            "Scriva il suo codice fiscale o avvicini la tessera sanitaria al lettore"))
        self.field.setAccessibleName(self.tr("Codice fiscale"))
        self.field.setAccessibleDescription(self.tr(
            "16 caratteri, lettere e numeri, come sulla tessera sanitaria"))
        self.proceed.setText(self.tr("Continua"))
        self.proceed.setAccessibleName(self.tr("Continua con questo codice fiscale"))
        self.error_icon.setAccessibleName(self.tr("Attenzione"))
        self.ok_icon.setAccessibleName(self.tr("Corretto"))
        self.keyboard.retranslate()
        self._show_feedback()

    # --- validation --------------------------------------------------------------------------
    def _on_value_changed(self, value: str) -> None:
        self._from_scan = False
        self._scan_problem = None
        self._update(codicefiscale.validate_partial(value))

    def _confirm(self) -> None:
        check = codicefiscale.validate(self.field.value())
        if check.ok:
            self._update(check)
            self.identified.emit(check.value)
        else:
            # Now say what an unfinished code lacks, too (e.g. "troppo corto").
            self._update(check)

    def _update(self, check: CfCheck) -> None:
        self._check = check
        self._scan_problem = None
        if check.ok:
            self._feedback = _Feedback.OK
        elif check.is_error:
            self._feedback = _Feedback.ERROR
        elif check.value:
            self._feedback = _Feedback.PROGRESS
        else:
            self._feedback = _Feedback.NONE
        self.proceed.setEnabled(check.ok)
        self._show_feedback()

    def _show_feedback(self) -> None:
        check, feedback = self._check, self._feedback
        self.field.setProperty("state", feedback.value)
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)
        error_text = hint_text = ""
        icon = None
        problem = self._scan_problem
        if feedback is _Feedback.ERROR and problem is not None:
            icon = "warning"
            message = QCoreApplication.translate(problem.message_context, problem.message)
            error_text = self.tr("Attenzione: %1").replace("%1", message)
        elif feedback is _Feedback.ERROR and check is not None:
            icon = "warning"
            message = QCoreApplication.translate(codicefiscale.TR_CONTEXT, check.message)
            error_text = self.tr("Attenzione: %1").replace("%1", message)
        elif feedback is _Feedback.OK:
            icon = "check"
            if self._from_scan:
                hint_text = self.tr(
                    "Codice letto dalla tessera sanitaria. Controlli che sia il suo e tocchi "
                    "«Continua».")
            else:
                hint_text = self.tr("Il codice fiscale è corretto. Tocchi «Continua».")
        elif feedback is _Feedback.PROGRESS and check is not None:
            hint_text = self._progress_text(check)
        else:
            hint_text = self.tr("Il codice fiscale ha 16 caratteri: lettere e numeri.")
        self.error.setText(error_text)
        self.error.setVisible(bool(error_text))
        self.hint.setText(hint_text)
        self.hint.setVisible(bool(hint_text))
        self.error_icon.setVisible(icon == "warning")
        self.ok_icon.setVisible(icon == "check")

    def _progress_text(self, check: CfCheck) -> str:
        typed = len(check.value)
        if check.kind is CfKind.COMPANY:
            missing = codicefiscale.COMPANY_LENGTH - typed
        else:
            missing = codicefiscale.PERSON_LENGTH - typed
        if check.problem is CfProblem.INCOMPLETE and missing == 1:
            return self.tr("Manca ancora 1 carattere.")
        return self.tr("Mancano ancora %1 caratteri.").replace("%1", str(max(missing, 0)))
