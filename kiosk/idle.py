"""Inactivity time-out for a citizen's session, as a pure state machine (WCAG 2.2.1).

The station must not keep one citizen's data on screen for the next person, but an older
citizen must never lose a half-finished payment because they read slowly. The policy:

1. **ACTIVE**: every touch restarts the inactivity clock. After ``timeout_s`` without one
   (``timeout_s × assisted_factor`` while a tutor has assisted mode on), the session enters
2. **WARNING**: the UI shows a countdown of ``warning_s`` seconds (at least 20, WCAG 2.2.1)
   with a one-tap "more time" button that calls :meth:`IdlePolicy.extend`. The countdown always
   starts in full when the warning is first *reported* by :meth:`IdlePolicy.tick`, so a late
   tick (a busy GUI thread) never shortens the time the citizen sees. Ordinary touches do
   not end a warning: only the explicit answer does, so the cap below cannot be bypassed.
3. **EXPIRED** once the countdown ends; it stays expired (touches and extensions are
   ignored) until :meth:`IdlePolicy.reset` starts the next session.

Extensions: at most ``max_extensions`` per session (default 20; at least 10 as WCAG 2.2.1
asks). After the last one the warning still appears, with ``can_extend`` False, so the UI can
say the session is ending instead of offering a button that does nothing.

Pauses: while the kiosk waits on the card terminal or the printer the clock is frozen (the
citizen is not idle, the machine is). :meth:`IdlePolicy.pause` / :meth:`IdlePolicy.resume`
nest: the clock runs again only when every pause has been resumed. :meth:`IdlePolicy.reset`
clears pauses left over from the previous session, and an unmatched ``resume`` is ignored
with a warning (a late printer callback must not crash the next citizen's session).

Phases change only in :meth:`IdlePolicy.tick`, i.e. only when the UI is told: a touch that
arrives after the time-out but before the tick that would have shown the warning still counts
as activity, and the countdown the citizen sees is never shorter than ``warning_s``.

Time is injected: every method takes ``now``, a monotonic time in seconds
(``time.monotonic()`` in the UI, plain numbers in tests). A clock that goes backwards counts
as no time passing. The UI typically calls :meth:`IdlePolicy.tick` once a second.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from enum import StrEnum

log = logging.getLogger("kiosk.idle")

MIN_WARNING_S = 20.0  # WCAG 2.2.1: at least 20 seconds to answer
MIN_EXTENSIONS = 10  # WCAG 2.2.1: extendable at least ten times


class IdlePhase(StrEnum):
    """Where the session is on its way to the time-out."""

    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class IdleState:
    """What :meth:`IdlePolicy.tick` reports.

    Attributes:
        phase: ACTIVE, WARNING or EXPIRED.
        seconds_left: WARNING: whole seconds left on the countdown (rounded up, so it reads
            1 until the very end); ACTIVE: seconds until the warning; EXPIRED: 0.
        can_extend: True when :meth:`IdlePolicy.extend` would grant more time.
        extensions_left: how many extensions remain in this session.
        paused: True while the clock is frozen.
    """

    phase: IdlePhase
    seconds_left: int
    can_extend: bool
    extensions_left: int
    paused: bool


class IdlePolicy:
    """Inactivity time-out with warning, extensions, pauses and assisted mode.

    Args:
        now: the time the session starts (monotonic seconds).
        timeout_s: inactivity before the warning, in seconds (> 0; default 60).
        warning_s: length of the warning countdown (>= 20; default 30).
        assisted_factor: ``timeout_s`` is multiplied by this in assisted mode (>= 1; default
            3). The warning length is not: the answer is still one tap.
        max_extensions: extensions allowed per session (>= 10; default 20).

    Raises:
        ValueError: a parameter outside the ranges above.
    """

    def __init__(
        self,
        now: float,
        *,
        timeout_s: float = 60.0,
        warning_s: float = 30.0,
        assisted_factor: float = 3.0,
        max_extensions: int = 20,
    ) -> None:
        if not timeout_s > 0:
            raise ValueError("timeout_s must be positive")
        if not warning_s >= MIN_WARNING_S:
            raise ValueError(f"warning_s must be at least {MIN_WARNING_S:g} s (WCAG 2.2.1)")
        if not assisted_factor >= 1:
            raise ValueError("assisted_factor must be at least 1")
        if max_extensions < MIN_EXTENSIONS:
            raise ValueError(f"max_extensions must be at least {MIN_EXTENSIONS} (WCAG 2.2.1)")
        self.timeout_s = float(timeout_s)
        self.warning_s = float(warning_s)
        self.assisted_factor = float(assisted_factor)
        self.max_extensions = max_extensions
        self._assisted = False
        self.reset(now)

    # -- state ---------------------------------------------------------------------------

    def reset(self, now: float) -> None:
        """Start a new session: ACTIVE, no extensions used, no pauses, assisted mode off."""
        self._last_now = now
        self._clock = 0.0  # seconds of unpaused time since the session started
        self._last_activity = 0.0  # clock value of the last touch / extension
        self._warning_started: float | None = None  # clock value when WARNING was reported
        self._expired = False
        self._extensions = 0
        self._pauses = 0
        self._assisted = False

    @property
    def assisted(self) -> bool:
        """True while assisted mode (longer time-out) is on."""
        return self._assisted

    @property
    def extensions_used(self) -> int:
        """Extensions granted in this session."""
        return self._extensions

    @property
    def paused(self) -> bool:
        """True while at least one pause is open."""
        return self._pauses > 0

    @property
    def effective_timeout_s(self) -> float:
        """Inactivity before the warning, in the current mode."""
        return self.timeout_s * (self.assisted_factor if self._assisted else 1.0)

    def _advance(self, now: float) -> None:
        elapsed = now - self._last_now
        if elapsed > 0 and self._pauses == 0:
            self._clock += elapsed
        # A clock going backwards moves the reference but adds no time.
        self._last_now = now

    def _update(self) -> None:
        if self._expired:
            return
        if self._warning_started is None:
            if self._clock - self._last_activity >= self.effective_timeout_s:
                self._warning_started = self._clock
        elif self._clock - self._warning_started >= self.warning_s:
            self._expired = True

    @property
    def _extensions_left(self) -> int:
        return max(0, self.max_extensions - self._extensions)

    def _state(self) -> IdleState:
        left = self._extensions_left
        if self._expired:
            return IdleState(IdlePhase.EXPIRED, 0, False, left, self.paused)
        if self._warning_started is not None:
            remaining = self.warning_s - (self._clock - self._warning_started)
            return IdleState(
                IdlePhase.WARNING, max(1, math.ceil(remaining)), left > 0, left, self.paused
            )
        remaining = self.effective_timeout_s - (self._clock - self._last_activity)
        return IdleState(IdlePhase.ACTIVE, max(0, math.ceil(remaining)), True, left, self.paused)

    # -- events --------------------------------------------------------------------------

    def tick(self, now: float) -> IdleState:
        """Advance to ``now`` and report the state (call about once a second)."""
        self._advance(now)
        self._update()
        return self._state()

    def touch(self, now: float) -> None:
        """The citizen did something: restart the inactivity clock.

        Ignored during WARNING (only :meth:`extend` answers a warning) and once EXPIRED.
        """
        self._advance(now)
        if not self._expired and self._warning_started is None:
            self._last_activity = self._clock

    def extend(self, now: float) -> bool:
        """The citizen asked for more time.

        Returns:
            True if the session is ACTIVE afterwards. During WARNING this uses one extension
            (False when none is left); while ACTIVE it is just a touch and uses none; once
            EXPIRED it is refused.
        """
        self._advance(now)
        if self._expired:
            return False
        if self._warning_started is None:
            self._last_activity = self._clock
            return True
        if self._extensions_left == 0:
            return False
        self._extensions += 1
        self._warning_started = None
        self._last_activity = self._clock
        return True

    def set_assisted(self, on: bool, now: float | None = None) -> None:
        """Turn assisted mode (``timeout_s × assisted_factor``) on or off.

        Switching is a deliberate action by the tutor, so with ``now`` given it also counts as
        a touch. Leaving assisted mode after a long pause therefore shows the warning (with its
        full countdown) only after a normal ``timeout_s``, never expires at once.
        """
        if now is not None:
            self._advance(now)
        self._assisted = on
        if now is not None:
            self.touch(now)

    def pause(self, now: float) -> None:
        """Freeze the clock (card terminal or printer busy). Pauses nest."""
        self._advance(now)
        self._pauses += 1

    def resume(self, now: float) -> None:
        """Close one pause; the clock runs again when every pause is closed."""
        self._advance(now)
        if self._pauses == 0:
            log.warning("idle timer resumed without a matching pause; ignored")
            return
        self._pauses -= 1
