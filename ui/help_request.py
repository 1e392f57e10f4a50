"""Call a tutor: the citizen's *Aiuto* sends a help request and follows it until seen.

:class:`HelpRequester` sends ``POST /v1/help-requests`` (station, screen, time) on the task
runner, then polls ``GET /v1/help-requests/{id}`` on a timer (``help.poll``) until the backend
says *acknowledged* (a tutor saw it on their device; in the sandbox, the control API's
``acknowledge``). One request per citizen session: pressing *Aiuto* again while a tutor is
coming does not send another. :meth:`HelpRequester.reset` at the end of the session stops it.

:class:`HelpStatusLabel` (``help.status``) shows where it stands, in plain words:
"Un tutor sta arrivando" → "Il tutor ha visto la sua richiesta".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.receipts import ROME
from ui.tasks import TaskRunner

log = logging.getLogger("kiosk.help")

POLL_MS = 3000


class HelpClient(Protocol):
    """The part of :class:`kiosk.services.client.ServicesClient` used here."""

    def help_request(self, station: str, screen: str, time: datetime | None = None,
                     idempotency_key: str | None = None) -> Any: ...

    def help_request_status(self, help_id: str) -> Any: ...


class HelpState(StrEnum):
    IDLE = "idle"
    SENDING = "sending"
    WAITING = "waiting"
    """Sent: a tutor is coming."""
    ACKNOWLEDGED = "acknowledged"
    """The backend says a tutor saw the request."""
    FAILED = "failed"
    """The request could not be sent."""


class HelpRequester(QObject):
    """Sends one help request per session and polls it until acknowledged.

    Args:
        client: the services client.
        runner: the task runner.
        station_id: ``station.kiosk_id``.
        poll_ms: polling interval.
        clock: aware "now" for the request's time.

    Signals:
        state_changed(HelpState)
    """

    state_changed = Signal(object)

    def __init__(self, client: HelpClient, runner: TaskRunner, station_id: str, *,
                 poll_ms: int = POLL_MS, clock: Callable[[], datetime] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help.requester")
        self.client = client
        self.runner = runner
        self.station_id = station_id
        self._clock = clock or (lambda: datetime.now(ROME))
        self._state = HelpState.IDLE
        self._help_id: str | None = None
        self._task: int | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("help.poll")
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

    @property
    def state(self) -> HelpState:
        return self._state

    @property
    def help_id(self) -> str | None:
        return self._help_id

    def request(self, screen: str) -> bool:
        """Ask for a tutor from ``screen``. False when a request is already on its way."""
        if self._state in (HelpState.SENDING, HelpState.WAITING):
            return False
        self._set(HelpState.SENDING)
        client, station, when = self.client, self.station_id, self._clock()
        self._task = self.runner.run(lambda: client.help_request(station, screen, when),
                                     self._on_sent, self._on_send_failed)
        return True

    def reset(self) -> None:
        """End of the citizen's session: stop following the request."""
        self._timer.stop()
        if self._task is not None:
            self.runner.discard(self._task)
            self._task = None
        self._help_id = None
        self._set(HelpState.IDLE)

    # --- internals -----------------------------------------------------------------------------
    def _set(self, state: HelpState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)

    def _on_sent(self, answer: Any) -> None:
        self._task = None
        self._help_id = str(answer.id)
        log.info("help request %s sent", self._help_id)
        if getattr(answer, "status", "open") == "acknowledged":
            self._set(HelpState.ACKNOWLEDGED)
            return
        self._set(HelpState.WAITING)
        self._timer.start()

    def _on_send_failed(self, exc: BaseException) -> None:
        self._task = None
        log.warning("help request not sent: %s", type(exc).__name__)
        self._set(HelpState.FAILED)

    def _poll(self) -> None:
        if self._task is not None or self._help_id is None:
            return  # the previous poll is still on its way
        client, help_id = self.client, self._help_id
        self._task = self.runner.run(lambda: client.help_request_status(help_id),
                                     self._on_status, self._on_poll_failed)

    def _on_status(self, answer: Any) -> None:
        self._task = None
        if getattr(answer, "status", "") == "acknowledged":
            self._timer.stop()
            log.info("help request %s acknowledged", self._help_id)
            self._set(HelpState.ACKNOWLEDGED)

    def _on_poll_failed(self, exc: BaseException) -> None:
        # Keep saying "a tutor is coming": the request was sent; the next poll retries.
        self._task = None
        log.info("help request poll failed: %s", type(exc).__name__)


class HelpStatusLabel(QLabel):
    """``help.status``: where the citizen's call for a tutor stands. Hidden when idle."""

    def __init__(self, requester: HelpRequester, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help.status")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "title")
        self._state = requester.state
        requester.state_changed.connect(self._on_state)
        self.retranslate()

    def _on_state(self, state: HelpState) -> None:
        self._state = state
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            HelpState.SENDING: self.tr("Stiamo chiamando un tutor…"),
            HelpState.WAITING: self.tr("Un tutor sta arrivando. Resti pure qui."),
            HelpState.ACKNOWLEDGED: self.tr("Il tutor ha visto la sua richiesta e sta arrivando."),
            HelpState.FAILED: self.tr(
                "Non siamo riusciti a chiamare un tutor. Si rivolga allo sportello."),
        }
        text = texts.get(self._state, "")
        self.setText(text)
        self.setAccessibleName(text or self.tr("Richiesta di aiuto"))
        if not text:
            self.hide()
        elif self.parentWidget() is not None:  # never pop up as a window of its own
            self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["HelpClient", "HelpRequester", "HelpState", "HelpStatusLabel"]
