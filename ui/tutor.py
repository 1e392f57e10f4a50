"""Tutor assisted mode in the UI: the header control, the banner, the tutor panel, the wiring.

* :class:`TutorButton` (``header.tutor``): a discreet control for the header, small but still
  at least 61 px (15 mm) square. It opens the PIN keypad, or the tutor panel while assisting.
* :class:`TutorBanner` (``tutor.banner``): "Assistenza del tutor — <name>" above every screen
  while a tutor assists, with a button to the panel (``tutor.open_panel``).
* :class:`TutorPanel` (``tutor.panel``): the last error of this session in plain words
  (``tutor.last_error``), *Termina assistenza* (``tutor.end``), back to the citizen
  (``tutor.close``) and, for staff, the staff tools (``tutor.staff_tools``).
* :class:`TutorController` ties them to :class:`kiosk.auth.Authenticator` and
  :class:`kiosk.flows.assist.AssistMode`: PIN or badge unlock, tutors go to assisted mode,
  staff go to the staff tools; idle timings 3x longer while assisted; assistance ends with the
  citizen's session or after the configured idle time.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts import Account, Role
from kiosk.auth import AuthResult, Outcome
from kiosk.flows.assist import MSG_NO_ERROR, AssistMode, AssistState, EndReason
from kiosk.receipts import ROME
from ui.event_hub import EventHub
from ui.screens.pin import PinChecker, PinOverlay
from ui.tasks import TaskRunner
from ui.widgets.button_flow import button_flow
from ui.widgets.overlay import ScrimOverlay
from ui.widgets.tutor_button import MIN_TARGET_PX, TutorButton

log = logging.getLogger("kiosk.ui")

ASSIST_TICK_MS = 5000
_ACTIVITY = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
                       QEvent.Type.KeyPress})


class TutorBanner(QFrame):
    """``tutor.banner``: shown above every screen while a tutor assists."""

    panel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tutor.banner")
        self.setProperty("role", "notice")
        self._name = ""
        self.text = QLabel(self)
        self.text.setObjectName("tutor.banner_text")
        self.text.setProperty("role", "title")
        self.open_panel = QPushButton(self)
        self.open_panel.setObjectName("tutor.open_panel")
        self.open_panel.setProperty("role", "secondary")
        self.open_panel.setMinimumHeight(MIN_TARGET_PX)
        self.open_panel.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_panel.clicked.connect(self.panel_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 8, 24, 8)
        row.setSpacing(24)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_panel)
        self.hide()
        self.retranslate()

    def show_tutor(self, name: str | None) -> None:
        """Show the banner for ``name``; hide it for ``None``."""
        self._name = name or ""
        self.retranslate()
        self.setVisible(name is not None)

    def retranslate(self) -> None:
        text = self.tr("Assistenza del tutor — %1").replace("%1", self._name)
        self.text.setText(text)
        self.setAccessibleName(text)
        self.open_panel.setText(self.tr("Pannello tutor"))
        self.open_panel.setAccessibleName(self.tr("Apri il pannello del tutor"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TutorPanel(ScrimOverlay):
    """``tutor.panel``: an overlay for the tutor, laid over the host window."""

    end_requested = Signal()
    staff_tools_requested = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("tutor.panel")
        self._state = AssistState()
        self.card = QFrame(self)
        self.card.setObjectName("tutor.card")
        self.card.setProperty("role", "dialog")
        self.card.setMaximumWidth(1200)
        self.title = QLabel(self.card)
        self.title.setObjectName("tutor.title")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.since = QLabel(self.card)
        self.since.setObjectName("tutor.since")
        self.since.setWordWrap(True)
        self.error_heading = QLabel(self.card)
        self.error_heading.setObjectName("tutor.error_heading")
        self.error_heading.setProperty("role", "title")
        self.error_heading.setWordWrap(True)
        self.last_error = QLabel(self.card)
        self.last_error.setObjectName("tutor.last_error")
        self.last_error.setWordWrap(True)
        self.last_error.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = self._button("tutor.close", "secondary")
        self.staff_tools = self._button("tutor.staff_tools", "secondary")
        self.end = self._button("tutor.end", "primary")
        self.close_button.clicked.connect(self.hide)
        self.staff_tools.clicked.connect(self._on_staff_tools)
        self.end.clicked.connect(self._on_end)
        # One row while the labels fit; one under the other in long languages.
        buttons = button_flow(self.close_button, self.staff_tools, self.end, spacing=32,
                              last_apart=True)
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(56, 48, 56, 48)
        inner.setSpacing(24)
        inner.addWidget(self.title)
        inner.addWidget(self.since)
        inner.addSpacing(8)
        inner.addWidget(self.error_heading)
        inner.addWidget(self.last_error)
        inner.addSpacing(16)
        inner.addLayout(buttons)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.card, 100)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(1)
        self.hide()
        self.retranslate()

    def _button(self, name: str, role: str) -> QPushButton:
        button = QPushButton(self.card)
        button.setObjectName(name)
        button.setProperty("role", role)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setMinimumHeight(MIN_TARGET_PX)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        return button

    def set_state(self, state: AssistState) -> None:
        """Show ``state`` (called on every change of assisted mode)."""
        self._state = state
        self.retranslate()
        if not state.active:
            self.hide()

    def open(self) -> None:
        self.cover_host()
        self.retranslate()
        self.raise_()
        self.show()
        self.end.setFocus(Qt.FocusReason.PopupFocusReason)

    def retranslate(self) -> None:
        state = self._state
        tutor = state.tutor
        self.title.setText(self.tr("Pannello del tutor — %1").replace(
            "%1", tutor.name if tutor else ""))
        self.setAccessibleName(self.tr("Pannello del tutor"))
        since = state.since.astimezone(ROME).strftime("%H:%M") if state.since else "—"
        self.since.setText(self.tr("Assistenza iniziata alle %1.").replace("%1", since))
        self.error_heading.setText(self.tr("Ultimo errore di questa sessione"))
        error = state.last_error or QCoreApplication.translate("Assist", MSG_NO_ERROR)
        self.last_error.setText(error)
        self.last_error.setAccessibleName(error)
        self.close_button.setText(self.tr("Torna al cittadino"))
        self.close_button.setAccessibleName(self.tr("Chiudi il pannello e torna al cittadino"))
        self.staff_tools.setText(self.tr("Strumenti del personale"))
        self.staff_tools.setAccessibleName(self.tr("Apri gli strumenti del personale"))
        self.staff_tools.setVisible(tutor is not None and tutor.role is Role.STAFF)
        self.end.setText(self.tr("Termina assistenza"))
        self.end.setAccessibleName(self.tr("Termina l'assistenza del tutor"))

    def _on_end(self) -> None:
        self.hide()
        self.end_requested.emit()

    def _on_staff_tools(self) -> None:
        self.hide()
        self.staff_tools_requested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)






class BadgeChecker(PinChecker, Protocol):
    """What the controller needs from :class:`kiosk.auth.Authenticator`."""

    def unlock_with_badge(self, code: str) -> AuthResult: ...


class AssistedTimer(Protocol):
    """The part of :class:`ui.session_timer.SessionTimer` the controller drives."""

    def set_assisted(self, on: bool) -> None: ...


class TutorController(QObject):
    """Unlock, assisted mode and the tutor's widgets, wired together.

    Args:
        host: the station window (overlays cover it).
        auth: the authenticator.
        assist: assisted-mode state.
        runner: task runner (argon2 checks run off the GUI thread).
        session_timer: made 3x longer while assisted (optional).

    Signals:
        staff_unlocked(Account): a staff member unlocked: open the staff tools.
        assist_changed(object): the :class:`AssistState` after each change.
    """

    staff_unlocked = Signal(object)
    assist_changed = Signal(object)

    def __init__(self, host: QWidget, auth: BadgeChecker, assist: AssistMode,
                 runner: TaskRunner, session_timer: AssistedTimer | None = None,
                 parent: QObject | None = None, *, button: TutorButton | None = None) -> None:
        super().__init__(parent or host)
        self.setObjectName("tutor.controller")
        self.auth = auth
        self.assist = assist
        self.runner = runner
        self.session_timer = session_timer
        # The header may already show the button (it is part of the first frame).
        self.button = button if button is not None else TutorButton()
        self.banner = TutorBanner()
        self.pin = PinOverlay(host, auth, runner)
        self.panel = TutorPanel(host)
        self._badge_task: int | None = None
        self._tick = QTimer(self)
        self._tick.setObjectName("tutor.assist_tick")
        self._tick.setInterval(ASSIST_TICK_MS)
        self._tick.timeout.connect(self.assist.tick)
        self._installed: Any = None
        self.button.clicked.connect(self.open_unlock)
        self.banner.panel_requested.connect(self.panel.open)
        self.panel.end_requested.connect(lambda: self.assist.end(EndReason.TUTOR))
        self.panel.staff_tools_requested.connect(self._staff_tools_from_panel)
        self.pin.unlocked.connect(self.unlocked)
        self._remove_listener = assist.add_listener(self._on_assist)

    # --- public API --------------------------------------------------------------------------
    def install(self, app: QObject) -> None:
        """Watch the application's input to postpone the assisted-mode idle end."""
        EventHub.of(app).add(self, _ACTIVITY)  # type: ignore[arg-type]
        self._installed = app

    def shutdown(self) -> None:
        """Stop the timers, forget pending checks, stop watching input."""
        self._tick.stop()
        self.pin.close_and_forget()
        if self._badge_task is not None:
            self.runner.discard(self._badge_task)
            self._badge_task = None
        if self._installed is not None:
            if shiboken6.isValid(self._installed):
                EventHub.of(self._installed).remove(self)  # type: ignore[arg-type]
            self._installed = None
        self._remove_listener()

    def open_unlock(self) -> None:
        """``header.tutor``: the panel while assisting, else the PIN keypad."""
        if self.assist.active:
            self.panel.open()
        else:
            self.pin.open()

    def badge_scanned(self, code: str) -> None:
        """A tutor badge was scanned anywhere (``kiosk.scanner`` ``TUTOR_BADGE``)."""
        if self._badge_task is not None:
            return
        auth = self.auth
        self._badge_task = self.runner.run(lambda: auth.unlock_with_badge(code),
                                           self._on_badge, self._on_badge_failure)

    def unlocked(self, account: Account) -> None:
        """A right PIN or badge: tutors assist, staff get the staff tools."""
        if account.role is Role.STAFF:
            self.staff_unlocked.emit(account)
            return
        self.assist.start(account)

    def session_ended(self) -> None:
        """The citizen's session ended: assistance ends, overlays close, digits are forgotten."""
        self.pin.close_and_forget()
        self.panel.hide()
        self.assist.session_ended()

    def note_error(self, message: str) -> None:
        """Remember the citizen's last error (already in plain, translated words)."""
        self.assist.note_error(message)

    # --- internals -----------------------------------------------------------------------------
    def _staff_tools_from_panel(self) -> None:
        tutor = self.assist.tutor
        if tutor is not None:
            self.staff_unlocked.emit(tutor)

    def _on_badge(self, result: AuthResult) -> None:
        self._badge_task = None
        if result.outcome is Outcome.OK and result.account is not None:
            self.pin.close_and_forget()
            self.unlocked(result.account)
        else:
            self.pin.open(self.tr("Badge non riconosciuto. Usi il PIN o si rivolga allo "
                                  "sportello."))

    def _on_badge_failure(self, exc: BaseException) -> None:
        self._badge_task = None
        log.warning("badge check failed: %s", type(exc).__name__)
        self.pin.open(self.tr("Non è stato possibile verificare il badge. Usi il PIN."))

    def _on_assist(self, state: AssistState) -> None:
        self.banner.show_tutor(state.tutor.name if state.tutor else None)
        self.panel.set_state(state)
        if self.session_timer is not None:
            self.session_timer.set_assisted(state.active)
        if state.active and not self._tick.isActive():
            self._tick.start()
        elif not state.active:
            self._tick.stop()
        self.assist_changed.emit(state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.assist.active:
            self.assist.touch()
        return False


__all__ = ["TutorBanner", "TutorButton", "TutorController", "TutorPanel"]
