"""Assisted mode (a tutor beside the citizen) and who may use which staff tool.

:class:`AssistMode` is a plain-Python state holder: who assists, since when, the last error
the citizen met in plain words (for the tutor panel), and when assistance ends by itself: when
the citizen's session ends, or after ``idle_end`` without any touch. The UI listens for changes
(banner, 3x longer idle timings, ``assisted_by`` on receipts) and calls :meth:`AssistMode.tick`
from its clock.

:func:`authorize` is the one permission check of the staff tools: a tutor attempting a staff
action is refused, and both the grant and the refusal are audited.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.accounts import Account, Role
from kiosk.audit import AuditLog, out_of_service_message

log = logging.getLogger("kiosk.assist")

TR_CONTEXT = "Assist"
DEFAULT_IDLE_END = timedelta(minutes=10)
"""Assistance ends by itself after this long without a touch (the tutor walked away)."""
STAFF_EXIT_CODE = 75
"""Exit status of the kiosk after an authorised staff exit: the systemd unit does not restart
the kiosk for it (``RestartPreventExitStatus=75``)."""
STAFF_EXIT_MARKER = "smacy-kiosk-staff-exit"
"""File in ``$XDG_RUNTIME_DIR`` that says "the last exit was the staff exit". The session
script reads it because not every ``cage`` passes its client's exit status on."""

ASSISTED_BY_MAX = 64
"""Longest ``assisted_by`` the services backend accepts (``kiosk.services.models``)."""

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def staff_exit_marker(env: Mapping[str, str] | None = None) -> Path:
    """Where :func:`mark_staff_exit` writes (``$XDG_RUNTIME_DIR``, else the temp dir)."""
    env = os.environ if env is None else env
    folder = env.get("XDG_RUNTIME_DIR")
    if not folder:
        import tempfile  # (here: the station imports this module before its first frame)

        folder = tempfile.gettempdir()
    return Path(folder) / STAFF_EXIT_MARKER


def mark_staff_exit(env: Mapping[str, str] | None = None) -> Path:
    """Leave the marker for ``resources/deploy/smacy-kiosk-session`` (call before quitting)."""
    marker = staff_exit_marker(env)
    marker.write_text(datetime.now(UTC).isoformat() + "\n", encoding="utf-8")
    return marker


class StaffAction(StrEnum):
    """Everything behind the tutor/staff unlock that needs a permission."""

    ASSIST = "assist"
    REPRINT = "reprint"
    DAILY_REPORT = "daily_report"
    TEST_PAGE = "test_page"
    RESUME_PRINTER = "resume_printer"
    OUT_OF_SERVICE = "out_of_service"
    BACK_IN_SERVICE = "back_in_service"
    EXIT = "exit"


PERMISSIONS: dict[Role, frozenset[StaffAction]] = {
    # A tutor assists and may reprint the receipt the citizen just lost or did not get.
    Role.TUTOR: frozenset({StaffAction.ASSIST, StaffAction.REPRINT}),
    Role.STAFF: frozenset(StaffAction),
}


class EndReason(StrEnum):
    """Why assisted mode ended."""

    TUTOR = "tutor"
    """The tutor pressed *Termina assistenza*."""
    SESSION_END = "session_end"
    """The citizen's session ended (finished or idle time-out)."""
    IDLE = "idle"
    """Nobody touched the station for ``idle_end``."""


MSG_NO_ERROR = str(QT_TRANSLATE_NOOP("Assist", "Nessun errore in questa sessione."))


def authorize(account: Account, action: StaffAction, audit: AuditLog,
              details: dict[str, object] | None = None) -> bool:
    """Whether ``account`` may do ``action``; a refusal is audited as ``staff.refused``.

    A grant is not audited here: the action records itself once done (with what it did).
    """
    allowed = action in PERMISSIONS[account.role]
    if not allowed:
        audit.record(account.id, "staff.refused",
                     {"action": action.value, "role": account.role.value, **(details or {})})
        log.warning("%s (%s) refused: %s", account.id, account.role.value, action.value)
    return allowed


class AssistState(NamedTuple):
    """A snapshot of assisted mode.

    Attributes:
        tutor: The assisting account, ``None`` when not assisted.
        since: When assistance began.
        last_error: The last error of this session in plain words (Italian source text or
            an already translated message), ``None`` when none.
        ended: Why the last assistance ended (``None`` while active or never started).
    """

    tutor: Account | None = None
    since: datetime | None = None
    last_error: str | None = None
    ended: EndReason | None = None

    @property
    def active(self) -> bool:
        return self.tutor is not None


Listener = Callable[[AssistState], None]


class AssistMode:
    """Assisted mode of one station.

    Args:
        audit: Where start and end are recorded.
        clock: Aware "now" (injected in tests).
        idle_end: Assistance ends after this long without :meth:`touch`.
    """

    def __init__(self, audit: AuditLog, *, clock: Clock = _utc_now,
                 idle_end: timedelta = DEFAULT_IDLE_END) -> None:
        self.audit = audit
        self._clock = clock
        self.idle_end = idle_end
        self._state = AssistState()
        self._last_touch: datetime | None = None
        self._listeners: list[Listener] = []

    # --- queries -------------------------------------------------------------------------------
    @property
    def state(self) -> AssistState:
        return self._state

    @property
    def active(self) -> bool:
        return self._state.active

    @property
    def tutor(self) -> Account | None:
        return self._state.tutor

    @property
    def assisted_by(self) -> str | None:
        """What receipts and the payment journal record: ``"Maria Bianchi (T-014)"``."""
        tutor = self._state.tutor
        if tutor is None:
            return None
        # The backend takes at most ASSISTED_BY_MAX characters: shorten the name, keep the id.
        room = ASSISTED_BY_MAX - len(tutor.id) - 3
        name = tutor.name if len(tutor.name) <= room else tutor.name[: room - 1].rstrip() + "…"
        return f"{name} ({tutor.id})"

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that removes it."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    # --- events --------------------------------------------------------------------------------
    def start(self, account: Account) -> bool:
        """A tutor (or staff member) unlocked assisted mode. False if not allowed.

        The citizen's flow is not touched: it continues where it was.
        """
        if not authorize(account, StaffAction.ASSIST, self.audit):
            return False
        now = self._clock()
        if self._state.tutor is not None and self._state.tutor.id == account.id:
            self._last_touch = now
            return True
        if self._state.tutor is not None:
            self._finish(EndReason.TUTOR, notify=False)
        self._last_touch = now
        self._set(AssistState(account, now, self._state.last_error))
        self.audit.record(account.id, "assist.start", {"role": account.role.value})
        return True

    def end(self, reason: EndReason = EndReason.TUTOR) -> None:
        """End assisted mode (no-op when not active)."""
        if self._state.tutor is not None:
            self._finish(reason)

    def session_ended(self) -> None:
        """The citizen's session ended: assistance ends and the last error is forgotten."""
        if self._state.tutor is not None:
            self._finish(EndReason.SESSION_END, keep_error=False)
        elif self._state.last_error is not None:
            self._set(AssistState(ended=self._state.ended))

    def touch(self) -> None:
        """Someone used the station: postpones the idle end."""
        if self._state.tutor is not None:
            self._last_touch = self._clock()

    def tick(self) -> bool:
        """Check the idle end; True when assistance just ended because of it."""
        if self._state.tutor is None or self._last_touch is None:
            return False
        if self._clock() - self._last_touch >= self.idle_end:
            self._finish(EndReason.IDLE)
            return True
        return False

    def note_error(self, message: str) -> None:
        """Remember the last error of this session, in the words shown to the citizen."""
        self._set(AssistState(self._state.tutor, self._state.since, message, self._state.ended))

    # --- internals -----------------------------------------------------------------------------
    def _finish(self, reason: EndReason, *, notify: bool = True, keep_error: bool = True) -> None:
        tutor, since = self._state.tutor, self._state.since
        assert tutor is not None
        assert since is not None
        minutes = round((self._clock() - since).total_seconds() / 60, 1)
        self.audit.record(tutor.id, "assist.end", {"reason": reason.value, "minutes": minutes})
        self._last_touch = None
        error = self._state.last_error if keep_error else None
        state = AssistState(last_error=error, ended=reason)
        if notify:
            self._set(state)
        else:
            self._state = state

    def _set(self, state: AssistState) -> None:
        self._state = state
        for listener in list(self._listeners):
            listener(state)


__all__ = [
    "DEFAULT_IDLE_END",
    "MSG_NO_ERROR",
    "PERMISSIONS",
    "STAFF_EXIT_CODE",
    "STAFF_EXIT_MARKER",
    "AssistMode",
    "AssistState",
    "EndReason",
    "StaffAction",
    "authorize",
    "mark_staff_exit",
    "out_of_service_message",
    "staff_exit_marker",
]
