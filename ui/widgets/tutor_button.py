"""``header.tutor``: the discreet button that opens the tutor's PIN keypad.

Its own small module: the header shows it from the first frame, while the tutor's machinery
(:mod:`ui.tutor`: PIN keypad, panel, assisted mode) is built right after.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QToolButton, QWidget

from ui.qtprops import mark_pointing_hand, set_props

MIN_TARGET_PX = 61
"""15 mm on the station's 0.248 mm pixels."""


class TutorButton(QToolButton):
    """``header.tutor``: small, quiet, but a full 61 x 61 px target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header.tutor")
        set_props(self, toolButtonStyle="ToolButtonTextOnly", focusPolicy="StrongFocus")
        mark_pointing_hand(self)
        self.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        self.retranslate()

    def sizeHint(self) -> QSize:
        # As narrow as the dots allow (it shares the header with long translations), never
        # under the 61 px target. The stylesheet gives it a small padding of its own: the
        # header buttons' wide padding left no room at all for the dots, so none were drawn.
        hint = super().sizeHint()
        return QSize(max(MIN_TARGET_PX, hint.width()), max(hint.height(), MIN_TARGET_PX))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_TARGET_PX, MIN_TARGET_PX)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            # A stylesheet's min-width/min-height must not shrink the target below 15 mm.
            self.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        return handled

    def retranslate(self) -> None:
        # Discreet on purpose: three dots, no word a citizen would be tempted by; tutors know it.
        self.setText("•••")
        self.setAccessibleName(self.tr("Accesso riservato a tutor e personale"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["MIN_TARGET_PX", "TutorButton"]
