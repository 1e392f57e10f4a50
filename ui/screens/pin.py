"""The PIN keypad for tutors and staff, as an overlay inside the station window.

Digits are never shown and never read aloud: the entered PIN lives only in this object (not in a
``QLineEdit``, whose text accessibility tools can read), the field shows one dot per digit, and
the keys' accessible names do not say which digit they are; keys and dots are marked
``no_speech``, so read-aloud says nothing when they are tapped. A wrong PIN says how many tries are
left; after five the keypad locks (see :mod:`kiosk.auth`) and shows a countdown.

The check runs on the task runner (argon2id takes a moment by design); the overlay only shows
"checking" meanwhile. Controls: ``pin.key.<digit>``, ``pin.backspace``, ``pin.ok``,
``pin.cancel``, ``pin.error``, ``pin.dots``.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.accounts import Account
from kiosk.auth import AuthResult, Outcome
from kiosk.pins import PIN_MAX, PIN_MIN
from ui.tasks import TaskRunner
from ui.widgets.overlay import ScrimOverlay
from ui.widgets.touchkeys import KEY_GAP, KEY_H, NO_SPEECH, KeyButton

log = logging.getLogger("kiosk.ui")

PIN_KEY_W = 150
"""Width of a digit key in px (37 mm): far above the 15 mm minimum."""
ACTION_W = 2 * PIN_KEY_W + KEY_GAP
_ORDER = ("1", "2", "3", "4", "5", "6", "7", "8", "9")


class PinChecker(Protocol):
    """What the overlay needs from :class:`kiosk.auth.Authenticator`."""

    def unlock_with_pin(self, pin: str) -> AuthResult: ...

    def seconds_locked(self) -> int: ...


def format_wait(seconds: int) -> str:
    """``m:ss`` for the lockout countdown."""
    return f"{seconds // 60}:{seconds % 60:02d}"


class PinOverlay(ScrimOverlay):
    """PIN entry laid over the whole host window.

    Args:
        host: the station window.
        checker: the authenticator.
        runner: runs the check off the GUI thread.

    Signals:
        unlocked(Account): a right PIN; the overlay has already closed.
        cancelled(): *Annulla*.
    """

    unlocked = Signal(object)
    cancelled = Signal()

    def __init__(self, host: QWidget, checker: PinChecker, runner: TaskRunner) -> None:
        super().__init__(host)
        self.setObjectName("pin.overlay")
        self._checker = checker
        self._runner = runner
        self._digits = ""
        self._task: int | None = None
        self._locked_s = 0
        self._error_key: tuple[str, int] | None = None  # (kind, number) to retranslate

        self.card = QFrame(self)
        self.card.setObjectName("pin.card")
        self.card.setProperty("role", "dialog")
        self.card.setMaximumWidth(900)
        self.title = QLabel(self.card)
        self.title.setObjectName("pin.title")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.prompt = QLabel(self.card)
        self.prompt.setObjectName("pin.prompt")
        self.prompt.setWordWrap(True)
        self.dots = QLabel(self.card)
        self.dots.setObjectName("pin.dots")
        self.dots.setProperty("role", "countdown")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(KEY_H)
        # The masked field: read-aloud never says it (it would tell how long the PIN is).
        self.dots.setProperty(NO_SPEECH, True)
        self.error = QLabel(self.card)
        self.error.setObjectName("pin.error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        grid = QGridLayout()
        grid.setHorizontalSpacing(KEY_GAP)
        grid.setVerticalSpacing(KEY_GAP)
        self.keys: dict[str, KeyButton] = {}
        for index, digit in enumerate((*_ORDER, "0")):
            key = KeyButton(self.card, f"pin.key.{digit}", digit, width=PIN_KEY_W)
            key.setText(digit)
            key.clicked.connect(lambda _=False, d=digit: self._on_digit(d))
            row, column = (3, 1) if digit == "0" else divmod(index, 3)
            grid.addWidget(key, row, column)
            self.keys[digit] = key
        self.backspace = KeyButton(self.card, "pin.backspace", "backspace", role="osk-action",
                                   width=PIN_KEY_W)
        self.backspace.clicked.connect(self._on_backspace)
        grid.addWidget(self.backspace, 3, 2)
        for key in (*self.keys.values(), self.backspace):
            # Read-aloud never speaks a PIN key: a tap types at once and says nothing, so a
            # bystander cannot hear the PIN (ui.speech treats ``no_speech`` as masked entry).
            key.setProperty(NO_SPEECH, True)
        self.cancel = KeyButton(self.card, "pin.cancel", "cancel", role="osk-action",
                                width=ACTION_W)
        self.ok = KeyButton(self.card, "pin.ok", "ok", role="osk-confirm", width=ACTION_W)
        KeyButton.share_width(self.cancel, self.ok)
        self.cancel.clicked.connect(self._on_cancel)
        self.ok.clicked.connect(self._on_ok)
        actions = QHBoxLayout()
        actions.setSpacing(KEY_GAP * 3)
        actions.addStretch(1)
        actions.addWidget(self.cancel)
        actions.addWidget(self.ok)
        actions.addStretch(1)
        pad = QHBoxLayout()
        pad.addStretch(1)
        pad.addLayout(grid)
        pad.addStretch(1)

        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(56, 40, 56, 40)
        inner.setSpacing(20)
        inner.addWidget(self.title)
        inner.addWidget(self.prompt)
        inner.addWidget(self.dots)
        inner.addWidget(self.error)
        inner.addLayout(pad)
        inner.addSpacing(8)
        inner.addLayout(actions)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.card, 100)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(1)

        self._lock_timer = QTimer(self)
        self._lock_timer.setObjectName("pin.lock_timer")
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._refresh_lock)

        self.hide()
        self.retranslate()

    # --- public API --------------------------------------------------------------------------
    @property
    def digits_entered(self) -> int:
        """How many digits are typed (never which)."""
        return len(self._digits)

    @property
    def locked(self) -> bool:
        return self._locked_s > 0

    def open(self, message: str | None = None) -> None:
        """Show the keypad, empty; ``message`` (already translated) shows in the error box."""
        self._forget()
        self._set_error(None)
        if message:
            self.error.setText(message)
            self.error.show()
        self.cover_host()
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self._refresh_lock()

    def close_and_forget(self) -> None:
        """Hide, forget the digits and any check in flight (session end, cancel)."""
        self._forget()
        self._lock_timer.stop()
        self.hide()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Accesso tutor e personale"))
        self.prompt.setText(self.tr("Digiti il PIN personale e tocchi «Conferma»."))
        self.setAccessibleName(self.tr("Tastierino del PIN"))
        for key in self.keys.values():
            # Deliberately the same name for every digit: a screen reader must not say the PIN.
            key.setAccessibleName(self.tr("Tasto del PIN"))
        self.backspace.setText(self.tr("⌫"))
        self.backspace.setAccessibleName(self.tr("Cancella l'ultima cifra"))
        self.cancel.setText(self.tr("Annulla"))
        self.cancel.setAccessibleName(self.tr("Annulla e chiudi il tastierino"))
        self.ok.setText(self.tr("✓ Conferma"))
        self.ok.setAccessibleName(self.tr("Conferma il PIN"))
        self._show_dots()
        self._show_error()

    # --- internals -----------------------------------------------------------------------------
    def _forget(self) -> None:
        self._digits = ""
        if self._task is not None:
            self._runner.discard(self._task)
            self._task = None
        self._set_keys_enabled(not self.locked)
        self._show_dots()

    def _show_dots(self) -> None:
        count = len(self._digits)
        self.dots.setText("●" * count + "○" * max(0, PIN_MIN - count))
        if count == 0:
            spoken = self.tr("PIN: nessuna cifra inserita")
        else:
            spoken = self.tr("PIN: %n cifre inserite", "", count)
        self.dots.setAccessibleName(spoken)
        self.ok.setEnabled(count >= PIN_MIN and not self.locked and self._task is None)

    def _set_keys_enabled(self, on: bool) -> None:
        for key in (*self.keys.values(), self.backspace):
            key.setEnabled(on)
        self.ok.setEnabled(on and len(self._digits) >= PIN_MIN)

    def _set_error(self, kind: str | None, number: int = 0) -> None:
        self._error_key = None if kind is None else (kind, number)
        self._show_error()

    def _show_error(self) -> None:
        if self._error_key is None:
            self.error.hide()
            self.error.setText("")
            return
        kind, number = self._error_key
        if kind == "wrong":
            text = self.tr("PIN non corretto. Tentativi rimasti prima del blocco: %1.").replace(
                "%1", str(number))
        elif kind == "locked":
            text = self.tr("Troppi PIN errati: il tastierino è bloccato. Riprovi tra %1.")
            text = text.replace("%1", format_wait(number))
        elif kind == "checking":
            text = self.tr("Verifica in corso…")
        else:
            text = self.tr("Non è stato possibile verificare il PIN. Riprovi.")
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.show()

    def _on_digit(self, digit: str) -> None:
        if self.locked or self._task is not None or len(self._digits) >= PIN_MAX:
            return
        self._digits += digit
        if self._error_key is not None and self._error_key[0] != "locked":
            self._set_error(None)
        self._show_dots()

    def _on_backspace(self) -> None:
        if self._task is None:
            self._digits = self._digits[:-1]
            self._show_dots()

    def _on_cancel(self) -> None:
        self.close_and_forget()
        self.cancelled.emit()

    def _on_ok(self) -> None:
        if self.locked or self._task is not None or len(self._digits) < PIN_MIN:
            return
        pin, self._digits = self._digits, ""
        self._set_keys_enabled(False)
        self._set_error("checking")
        checker = self._checker
        self._task = self._runner.run(lambda: checker.unlock_with_pin(pin),
                                      self._on_result, self._on_failure)
        self._show_dots()

    def _on_result(self, result: AuthResult) -> None:
        self._task = None
        if result.outcome is Outcome.OK and result.account is not None:
            account: Account = result.account
            self.close_and_forget()
            self.unlocked.emit(account)
            return
        if result.outcome is Outcome.LOCKED:
            self._refresh_lock()
            return
        self._set_keys_enabled(True)
        self._set_error("wrong", result.attempts_left)
        self._show_dots()

    def _on_failure(self, exc: BaseException) -> None:
        self._task = None
        log.warning("PIN check failed: %s", type(exc).__name__)
        self._set_keys_enabled(True)
        self._set_error("failed")
        self._show_dots()

    def _refresh_lock(self) -> None:
        try:
            self._locked_s = self._checker.seconds_locked()
        except Exception:  # a broken database must not leave the keypad usable... or stuck
            log.exception("cannot read the keypad lock")
            self._locked_s = 0
        if self._locked_s > 0:
            self._set_keys_enabled(False)
            self._set_error("locked", self._locked_s)
            if self.isVisible() and not self._lock_timer.isActive():
                self._lock_timer.start()
        else:
            self._lock_timer.stop()
            if self._error_key is not None and self._error_key[0] == "locked":
                self._set_error(None)
            self._set_keys_enabled(self._task is None)
        self._show_dots()

    # --- Qt events ---------------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        self._lock_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)






__all__ = ["PinChecker", "PinOverlay", "format_wait"]
