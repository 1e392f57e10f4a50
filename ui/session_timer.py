"""The citizen's inactivity clock in Qt: a once-a-second tick around :class:`kiosk.idle.IdlePolicy`.

:class:`SessionTimer` owns the policy (pure, time injected), a named ``QTimer``
(``session_timer.tick``) that calls :meth:`SessionTimer.tick` every second while a session
runs, and an application event filter that reports every tap, touch, key press or wheel turn
as activity. It only *reports*: :attr:`SessionTimer.warning` while the "do you need more
time?" countdown runs (:class:`ui.idle_dialog.IdleDialog` shows it), :attr:`SessionTimer.expired`
once when the countdown reaches zero (the station then wipes the session).

The card terminal and the printer freeze the clock with :meth:`SessionTimer.pause` /
:meth:`SessionTimer.resume` (they nest), and a tutor's assisted mode makes the time-out three
times longer (:meth:`SessionTimer.set_assisted`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from kiosk.idle import IdlePhase, IdlePolicy, IdleState
from ui.event_hub import EventHub

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)
"""Events that mean "someone is here"; releases and moves add nothing."""

TICK_MS = 1000


class SessionTimer(QObject):
    """Drives :class:`~kiosk.idle.IdlePolicy` from a ``QTimer`` and the application's input.

    Args:
        timeout_s: inactivity before the warning (``idle.timeout_s``).
        warning_s: length of the countdown, at least 20 s (``idle.warning_s``).
        assisted_factor: time-out multiplier in assisted mode (``idle.assisted_factor``).
        max_extensions: "more time" answers allowed per session (``idle.max_extensions``).
        clock: monotonic seconds (injected in tests).
        tick_ms: tick period of the ``QTimer``.

    Signals:
        state_changed(IdleState): after every tick.
        warning(int, bool): each tick during the countdown: seconds left, whether "more time"
            is still possible.
        warning_cleared(): the countdown ended because the citizen asked for more time (or a
            new session started).
        expired(): the countdown reached zero; emitted once per session, ticking stops.
    """

    state_changed = Signal(object)
    warning = Signal(int, bool)
    warning_cleared = Signal()
    expired = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        timeout_s: float = 60.0,
        warning_s: float = 30.0,
        assisted_factor: float = 3.0,
        max_extensions: int = 20,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session_timer")
        self._clock = clock
        self.policy = IdlePolicy(
            clock(), timeout_s=timeout_s, warning_s=warning_s,
            assisted_factor=assisted_factor, max_extensions=max_extensions,
        )
        self._timer = QTimer(self)
        self._timer.setObjectName("session_timer.tick")
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._phase = IdlePhase.ACTIVE
        self._installed_on: QCoreApplication | None = None

    @classmethod
    def from_config(cls, idle: Any, parent: QObject | None = None, **kwargs: Any) -> SessionTimer:
        """Build from ``config.idle`` (:class:`kiosk.config.IdleConfig`)."""
        return cls(
            parent, timeout_s=idle.timeout_s, warning_s=idle.warning_s,
            assisted_factor=idle.assisted_factor, max_extensions=idle.max_extensions, **kwargs,
        )

    # --- lifecycle ---------------------------------------------------------------------------
    def install(self, app: QCoreApplication | None = None) -> None:
        """Watch the application's input for activity."""
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("SessionTimer.install needs a QApplication")
        if self._installed_on is None:
            EventHub.of(app).add(self, ACTIVITY_EVENTS)
            self._installed_on = app

    def uninstall(self) -> None:
        """Stop watching input and stop ticking."""
        self.stop()
        if self._installed_on is not None and shiboken6.isValid(self._installed_on):
            EventHub.of(self._installed_on).remove(self)
        self._installed_on = None

    @property
    def running(self) -> bool:
        """True while a session is being timed."""
        return self._timer.isActive()

    def start(self) -> None:
        """Start timing a new session (everything reset: extensions, pauses, assisted mode)."""
        was_warning = self._phase is IdlePhase.WARNING
        self.policy.reset(self._clock())
        self._phase = IdlePhase.ACTIVE
        self._timer.start()
        if was_warning:
            self.warning_cleared.emit()

    def stop(self) -> None:
        """Stop timing (back on the attract loop, or shutting down)."""
        self._timer.stop()
        if self._phase is IdlePhase.WARNING:
            self._phase = IdlePhase.ACTIVE
            self.warning_cleared.emit()

    # --- the citizen and the machine ---------------------------------------------------------
    def touch(self) -> None:
        """Activity: restart the inactivity clock (ignored during the countdown)."""
        self.policy.touch(self._clock())

    def extend(self) -> bool:
        """The citizen asked for more time. Returns True if the session goes on."""
        granted = self.policy.extend(self._clock())
        if granted:
            self.tick()
        return granted

    def pause(self) -> None:
        """Freeze the clock (waiting on the card terminal or the printer). Nests."""
        self.policy.pause(self._clock())

    def resume(self) -> None:
        """Close one :meth:`pause`."""
        self.policy.resume(self._clock())

    @contextmanager
    def paused(self) -> Iterator[None]:
        """``with timer.paused(): ...`` for a synchronous wait."""
        self.pause()
        try:
            yield
        finally:
            self.resume()

    def set_assisted(self, on: bool) -> None:
        """Assisted mode: the time-out is ``assisted_factor`` times longer (a tutor is here)."""
        self.policy.set_assisted(on, self._clock())

    @property
    def assisted(self) -> bool:
        return self.policy.assisted

    # --- ticking -----------------------------------------------------------------------------
    def tick(self) -> IdleState:
        """Advance the policy to now and emit what changed (the ``QTimer`` calls it)."""
        state = self.policy.tick(self._clock())
        previous, self._phase = self._phase, state.phase
        self.state_changed.emit(state)
        if state.phase is IdlePhase.WARNING:
            self.warning.emit(state.seconds_left, state.can_extend)
        elif state.phase is IdlePhase.EXPIRED:
            if previous is not IdlePhase.EXPIRED:
                self._timer.stop()
                self.expired.emit()
        elif previous is IdlePhase.WARNING:
            self.warning_cleared.emit()
        return state

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self._timer.isActive():
            self.policy.touch(self._clock())
        return False
