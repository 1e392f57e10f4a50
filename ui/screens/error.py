"""Error and crash screens: what went wrong in plain words, and a way forward."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.screens.base import PAGE_MARGIN, Notice, ScreenWidget, button_row

_GENERIC = str(QT_TRANSLATE_NOOP(
    "ErrorScreen", "Non è stato possibile completare l'operazione. Riprovi tra poco."))


def message_for(exc: BaseException | None) -> tuple[str, str]:
    """The (context, Italian source text) to show for ``exc``.

    Service errors carry their own citizen-facing text (``user_message``, translated in the
    ``ServiceError`` context); anything else gets a generic sentence, never the exception text.
    """
    user_message = getattr(exc, "user_message", None)
    if isinstance(user_message, str) and user_message:
        return "ServiceError", user_message
    return "ErrorScreen", _GENERIC


class ErrorScreen(ScreenWidget):
    """An operation failed: the reason, *Riprova* (when retrying makes sense) and *Inizio*."""

    retry_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("error", parent)
        self._message: tuple[str, str] = ("ErrorScreen", _GENERIC)
        self.notice = Notice(self, "error")
        self.retry = self.make_button("retry", role="primary")
        self.home = self.make_button("home", icon="home")
        self.retry.clicked.connect(self.retry_requested)
        self.home.clicked.connect(self.home_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN * 3, PAGE_MARGIN, PAGE_MARGIN * 3, PAGE_MARGIN)
        layout.setSpacing(56)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(button_row(self.retry, self.home, spacing=48))
        layout.addStretch(2)
        self.retranslate()

    def show_error(self, exc: BaseException | None, *, can_retry: bool) -> None:
        """Show the message for ``exc``; offer *Riprova* only when ``can_retry``."""
        self._message = message_for(exc)
        self.retry.setVisible(can_retry and getattr(exc, "retryable", True) is not False)
        self.retranslate()

    def retranslate(self) -> None:
        self.notice.title.setText(self.tr("Operazione non riuscita"))
        context, text = self._message
        self.notice.message.setText(QCoreApplication.translate(context, text))
        self.retry.setText(self.tr("Riprova"))
        self.retry.setAccessibleName(self.tr("Riprova l'operazione"))
        self.home.setText(self.tr("Torna all'inizio"))
        self.home.setAccessibleName(self.tr("Torna all'inizio"))


class CrashScreen(ScreenWidget):
    """Something unexpected happened: no details on screen, just a fresh start."""

    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("crash", parent)
        self.notice = Notice(self, "crash")
        self.restart = self.make_button("restart", role="primary", icon="home")
        self.restart.clicked.connect(self.restart_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN * 3, PAGE_MARGIN, PAGE_MARGIN * 3, PAGE_MARGIN)
        layout.setSpacing(56)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(button_row(self.restart))
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.notice.title.setText(self.tr("Qualcosa non ha funzionato. Ricominciamo."))
        self.notice.message.setText(self.tr(
            "Non ha sbagliato nulla. Tocchi il pulsante per tornare all'inizio."))
        self.restart.setText(self.tr("Ricomincia"))
        self.restart.setAccessibleName(self.tr("Ricomincia dall'inizio"))
