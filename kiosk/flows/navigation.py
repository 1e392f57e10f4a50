"""Station-level navigation: which screen the citizen sees, as a plain-Python state machine.

The UI maps every :class:`Screen` to a widget with a dict and listens for
:class:`Transition` s; it never decides on its own where to go. Keeping the rules here means
they are tested without a ``QApplication`` (``tests/unit/test_navigation.py``).

Rules:

* ``start`` leaves the attract loop for the home screen.
* ``go(screen)`` pushes the current screen on the back stack; ``go(HOME)`` clears the stack.
  Transient screens (attract, error, crash, language chooser, out of service) are never pushed,
  so *back* never lands on them.
* ``back`` pops the stack, or goes home when it is empty.
* ``backend_down`` overlays any screen with OUT_OF_SERVICE and remembers where the citizen was;
  ``backend_up`` puts them back there (home instead of a stale error or crash screen).
  While out of service the citizen cannot navigate; ``session_end`` and ``crash`` only change
  where recovery will lead.
* ``crash`` shows the calm "start again" screen and forgets the back stack.
* ``session_end`` (finish or idle time-out) returns to the attract loop with an empty stack.
* ``open_staff`` shows the staff tools over anything (also out of service: that is when staff
  need them); ``close_staff`` leads to the closed screen, the out-of-service screen, or the
  attract loop, whichever applies.
* ``close_station`` puts the station out of service on purpose (staff): CLOSED stays until
  ``reopen_station``; citizens cannot start, and backend events only change what follows.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import NamedTuple

log = logging.getLogger("kiosk.flow")


class Screen(enum.Enum):
    """Every top-level screen of the station. Flows add their own members here."""

    ATTRACT = "attract"
    HOME = "home"
    BOOK = "book"
    PAY = "pay"
    MY_BOOKINGS = "my_bookings"
    HELP = "help"
    LANGUAGE = "language"
    OUT_OF_SERVICE = "out_of_service"
    ERROR = "error"
    CRASH = "crash"
    STAFF = "staff"
    CLOSED = "closed"


class Event(enum.Enum):
    """What caused a transition (listeners may react differently, e.g. reset on SESSION_END)."""

    START = "start"
    GO = "go"
    BACK = "back"
    BACKEND_DOWN = "backend_down"
    BACKEND_UP = "backend_up"
    CRASH = "crash"
    FAIL = "fail"
    SESSION_END = "session_end"
    STAFF = "staff"
    CLOSE = "close"
    REOPEN = "reopen"


#: Screens that are never pushed on the back stack.
TRANSIENT: frozenset[Screen] = frozenset(
    {Screen.ATTRACT, Screen.ERROR, Screen.CRASH, Screen.LANGUAGE, Screen.OUT_OF_SERVICE,
     Screen.STAFF, Screen.CLOSED}
)

#: Screens reached only through their own events, never with ``go``.
_EVENT_ONLY: frozenset[Screen] = frozenset(
    {Screen.OUT_OF_SERVICE, Screen.STAFF, Screen.CLOSED, Screen.CRASH})

#: Screens that must not come back after an out-of-service pause: their content is stale.
_NOT_RESUMED: frozenset[Screen] = frozenset({Screen.ERROR, Screen.CRASH})


class Transition(NamedTuple):
    """One change of screen, as seen by listeners."""

    old: Screen
    new: Screen
    event: Event


Listener = Callable[[Transition], None]


class Navigator:
    """The station's screen state machine.

    Args:
        initial: the first screen (the attract loop on a station).
    """

    def __init__(self, initial: Screen = Screen.ATTRACT) -> None:
        self._state = initial
        self._stack: list[Screen] = []
        self._listeners: list[Listener] = []
        # Where to return when the backend comes back; None while in service.
        self._resume: tuple[Screen, list[Screen]] | None = None
        self._closed = False

    # --- queries -------------------------------------------------------------------------
    @property
    def state(self) -> Screen:
        """The screen shown now."""
        return self._state

    @property
    def back_stack(self) -> tuple[Screen, ...]:
        """Screens *back* would return to, oldest first."""
        return tuple(self._stack)

    @property
    def out_of_service(self) -> bool:
        """True while the backend is down and OUT_OF_SERVICE overlays everything."""
        return self._resume is not None

    @property
    def closed(self) -> bool:
        """True while staff have put the station out of service."""
        return self._closed

    @property
    def can_navigate(self) -> bool:
        """Whether home/back controls make sense on the current screen."""
        return (not self.out_of_service and not self._closed
                and self._state not in (Screen.ATTRACT, Screen.HOME, Screen.STAFF))

    # --- listeners -----------------------------------------------------------------------
    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change of screen; returns a function that removes it."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    # --- events --------------------------------------------------------------------------
    def start(self) -> None:
        """The citizen touched the attract screen."""
        if self.out_of_service or self._closed:
            return
        if self._state is Screen.ATTRACT:
            self._stack.clear()
            self._set(Screen.HOME, Event.START)

    def go(self, screen: Screen) -> None:
        """Open ``screen``; the current one goes on the back stack unless it is transient."""
        if (self.out_of_service or self._closed or screen in _EVENT_ONLY
                or self._state is Screen.STAFF):
            return
        if screen is self._state:
            return
        if screen in (Screen.HOME, Screen.ATTRACT):
            self._stack.clear()
        elif self._state not in TRANSIENT:
            self._stack.append(self._state)
        self._set(screen, Event.GO)

    def back(self) -> None:
        """Return to the previous screen, or home when there is none."""
        if self.out_of_service or self._closed or self._state is Screen.STAFF:
            return
        target = self._stack.pop() if self._stack else Screen.HOME
        if target is not self._state:
            self._set(target, Event.BACK)

    def fail(self) -> None:
        """Show the error screen over the current one (*back* returns to it, e.g. to retry)."""
        if self.out_of_service or self._closed or self._state in (Screen.ERROR, Screen.STAFF):
            return
        if self._state not in TRANSIENT:
            self._stack.append(self._state)
        self._set(Screen.ERROR, Event.FAIL)

    def crash(self) -> None:
        """An unexpected exception: show the "start again" screen and forget the history."""
        if self._resume is not None:
            self._resume = (Screen.HOME, [])
            return
        self._stack.clear()
        if self._state is not Screen.CRASH:
            self._set(Screen.CRASH, Event.CRASH)

    def session_end(self) -> None:
        """The session is over (finished or idle time-out): back to the attract loop."""
        if self._closed or self._state is Screen.STAFF:
            return
        if self._resume is not None:
            self._resume = (Screen.ATTRACT, [])
            return
        self._stack.clear()
        if self._state is not Screen.ATTRACT:
            self._set(Screen.ATTRACT, Event.SESSION_END)

    def backend_down(self) -> None:
        """The backend stopped answering: overlay everything with OUT_OF_SERVICE."""
        if self._resume is not None:
            return
        if self._closed or self._state is Screen.STAFF:
            # Staff are at work or the station is closed: remember, do not interrupt.
            self._resume = (Screen.ATTRACT, [])
            return
        self._resume = (self._state, list(self._stack))
        self._stack.clear()
        self._set(Screen.OUT_OF_SERVICE, Event.BACKEND_DOWN)

    def backend_up(self) -> None:
        """The backend answers again: return to where the citizen was."""
        if self._resume is None:
            return
        target, stack = self._resume
        self._resume = None
        if self._closed or self._state is Screen.STAFF:
            return
        if target in _NOT_RESUMED:
            target, stack = Screen.HOME, []
        self._stack = stack
        self._set(target, Event.BACKEND_UP)

    def open_staff(self) -> None:
        """A staff member unlocked the station: show the staff tools over anything."""
        if self._state is Screen.STAFF:
            return
        self._stack.clear()
        self._set(Screen.STAFF, Event.STAFF)

    def close_staff(self) -> None:
        """The staff member is done: closed screen, out of service, or the attract loop."""
        if self._state is not Screen.STAFF:
            return
        if self._closed:
            self._set(Screen.CLOSED, Event.CLOSE)
        elif self._resume is not None:
            self._resume = (Screen.ATTRACT, [])
            self._set(Screen.OUT_OF_SERVICE, Event.BACKEND_DOWN)
        else:
            self._set(Screen.ATTRACT, Event.SESSION_END)

    def close_station(self) -> None:
        """Staff put the station out of service: CLOSED until :meth:`reopen_station`."""
        self._closed = True
        self._stack.clear()
        if self._state is not Screen.STAFF:
            self._set(Screen.CLOSED, Event.CLOSE)

    def reopen_station(self) -> None:
        """Back in service (the attract loop, or out of service if the backend is down)."""
        if not self._closed:
            return
        self._closed = False
        if self._state is Screen.CLOSED:
            if self._resume is not None:
                self._set(Screen.OUT_OF_SERVICE, Event.BACKEND_DOWN)
            else:
                self._set(Screen.ATTRACT, Event.REOPEN)

    # --- internals -----------------------------------------------------------------------
    def _set(self, new: Screen, event: Event) -> None:
        old, self._state = self._state, new
        log.info("screen %s -> %s (%s)", old.value, new.value, event.value)
        transition = Transition(old, new, event)
        for listener in list(self._listeners):
            listener(transition)
