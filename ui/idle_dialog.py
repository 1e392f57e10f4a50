""""Le serve altro tempo?": the inactivity warning, as an overlay inside the station window.

Not a separate window (``QDialog``): a top-level window could end up behind the kiosk or
show window decorations, and a kiosk must never let anything escape it. :class:`IdleDialog` is
a child widget laid over the whole host window: it dims what is behind it, takes every tap
(the screen below cannot be used while it shows) and holds one big button, *Sì, mi serve
altro tempo* (``idle.more_time``), and a countdown (``idle.countdown``) that starts at 20
seconds or more (WCAG 2.2.1).

Bind it to a :class:`~ui.session_timer.SessionTimer`; it shows itself on the timer's
``warning`` and hides on ``warning_cleared`` / ``expired``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.appearance import set_icon
from ui.session_timer import SessionTimer
from ui.widgets.overlay import ScrimOverlay

CARD_WIDTH = 1160
"""Largest width of the message box in px (the title fits on one line at every size)."""

"""The dimming over the screen behind: clearly "something else is asked now"."""


class IdleDialog(ScrimOverlay):
    """The overlay. Created hidden; shown by :meth:`show_warning`.

    Args:
        host: the station window (or any widget to cover).
        timer: the session timer to follow (see :meth:`bind`).

    Signals:
        more_time_requested(): the citizen tapped ``idle.more_time`` (already passed to the
            bound timer's ``extend``).
    """

    more_time_requested = Signal()

    def __init__(self, host: QWidget, timer: SessionTimer | None = None) -> None:
        super().__init__(host)
        self.setObjectName("idle.dialog")
        self.setProperty("role", "overlay")
        self._timer: SessionTimer | None = None
        self._seconds = 0
        self._can_extend = True
        self._previous_focus: QWidget | None = None

        self.card = QFrame(self)
        self.card.setObjectName("idle.card")
        self.card.setProperty("role", "dialog")
        self.card.setMaximumWidth(CARD_WIDTH)  # narrower on a portrait totem
        self.icon = QLabel(self.card)
        self.icon.setObjectName("idle.icon")
        set_icon(self.icon, "touch", "page", "tile")
        self.title = QLabel(self.card)
        self.title.setObjectName("idle.title")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.message = QLabel(self.card)
        self.message.setObjectName("idle.message")
        self.message.setWordWrap(True)
        self.countdown = QLabel(self.card)
        self.countdown.setObjectName("idle.countdown")
        self.countdown.setProperty("role", "countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_unit = QLabel(self.card)
        self.countdown_unit.setObjectName("idle.countdown_unit")
        self.countdown_unit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_time = QPushButton(self.card)
        self.more_time.setObjectName("idle.more_time")
        self.more_time.setProperty("role", "primary")
        self.more_time.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_time.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.more_time.setMinimumHeight(110)
        set_icon(self.more_time, "check", "primary")
        self.more_time.clicked.connect(self._on_more_time)

        heading = QHBoxLayout()
        heading.setSpacing(32)
        heading.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(20)
        texts.addWidget(self.title)
        texts.addWidget(self.message)
        heading.addLayout(texts, 1)
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(64, 56, 64, 56)
        inner.setSpacing(28)
        inner.addLayout(heading)
        inner.addWidget(self.countdown)
        inner.addWidget(self.countdown_unit)
        inner.addSpacing(12)
        inner.addWidget(self.more_time)

        # Stretches rather than alignment flags: an aligned item loses height-for-width, and
        # the wrapped message would be cut.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.card, 100)  # takes the room, up to its maximum width
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(1)

        self.setAutoFillBackground(False)
        self.hide()
        if timer is not None:
            self.bind(timer)
        self.retranslate()

    # --- public API --------------------------------------------------------------------------
    def bind(self, timer: SessionTimer) -> None:
        """Follow ``timer``: show on its warnings, hide when they end, extend on the button."""
        self._timer = timer
        timer.warning.connect(self.show_warning)
        timer.warning_cleared.connect(self.dismiss)
        timer.expired.connect(self.dismiss)

    @property
    def seconds_left(self) -> int:
        return self._seconds

    def show_warning(self, seconds_left: int, can_extend: bool = True) -> None:
        """Show (or update) the countdown."""
        self._seconds = seconds_left
        self._can_extend = can_extend
        self.more_time.setVisible(can_extend)
        self.retranslate()
        if not self.isVisible():
            self.cover_host()
            self._previous_focus = self.window().focusWidget()
            self.raise_()
            self.show()
            # Keys (a physical keyboard, Enter) must not reach the screen behind.
            target = self.more_time if can_extend else self
            target.setFocus(Qt.FocusReason.PopupFocusReason)

    def dismiss(self) -> None:
        """Hide the overlay and give the focus back to where it was."""
        if not self.isVisible():
            return
        self.hide()
        previous, self._previous_focus = self._previous_focus, None
        if previous is not None and previous.isVisible():
            previous.setFocus(Qt.FocusReason.PopupFocusReason)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Le serve altro tempo?"))
        if self._can_extend:
            self.message.setText(self.tr(
                "Da un po' non tocca lo schermo. Per proteggere i suoi dati, allo scadere del "
                "tempo la postazione cancella quello che ha scritto e torna all'inizio."))
            self.more_time.setText(self.tr("Sì, mi serve altro tempo"))
            self.more_time.setAccessibleName(self.tr("Sì, mi serve altro tempo"))
        else:
            self.message.setText(self.tr(
                "Il tempo a disposizione è finito. Per proteggere i suoi dati la postazione "
                "cancella quello che ha scritto e torna all'inizio. Può ricominciare subito."))
        self.countdown.setText(str(self._seconds))
        unit = self.tr("secondo rimasto") if self._seconds == 1 else self.tr("secondi rimasti")
        self.countdown_unit.setText(unit)
        if self._seconds == 1:
            spoken = self.tr("Manca 1 secondo")
        else:
            spoken = self.tr("Mancano %1 secondi").replace("%1", str(self._seconds))
        self.countdown.setAccessibleName(spoken)
        self.setAccessibleName(self.tr("Le serve altro tempo?"))

    # --- Qt events ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)





    def _on_more_time(self) -> None:
        self.more_time_requested.emit()
        if self._timer is not None:
            self._timer.extend()
        else:
            self.dismiss()
