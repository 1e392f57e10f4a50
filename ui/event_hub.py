"""The station's one application-wide event filter, shared by everything that watches input.

Five parts of the station watch the application's events: the scanner capture, the session's
idle timer, the tutor's assisted-mode timer, the lockdown and read-aloud. Each used to be its own
``QApplication`` event filter, so every event anywhere (a screen switch alone sends a few hundred
show, hide, move and paint events) crossed into Python five times just to be ignored; that was
close to half of a screen switch. The hub is the only Python filter on the application: it reads
the event's type once and hands the event only to the watchers that asked for that type.

Watchers keep Qt's rules: a watcher's ``eventFilter(watched, event)`` returning True stops the
event, and the watcher added last is asked first (as with ``installEventFilter``).

Even one Python filter costs: PySide wraps each event and its receiver to call it, and a screen
switch sends hundreds of show, hide, layout and paint events (a quarter of its time went to the
hub). Input reaches the application only through its event loop, so code that runs without
returning to the loop (the window's screen switch and paint pass) can receive none: while the
watchers want only input, the hub steps aside for such code (:meth:`EventHub.aside`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

_NAME = "kiosk.event_hub"

INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel, QEvent.Type.TabletPress, QEvent.Type.TabletMove,
    QEvent.Type.TabletRelease, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu,
})
"""What the user's hands send: it reaches the application only through its event loop."""


class EventHub(QObject):
    """Dispatches the application's events by type to the watchers that want them.

    Use :meth:`of` to get the application's hub; it installs itself while it has watchers.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(_NAME)
        self._app = app
        self._watchers: list[tuple[QObject, frozenset[QEvent.Type]]] = []  # newest first
        self._by_type: dict[QEvent.Type, tuple[QObject, ...]] = {}
        self._installed = False

    @classmethod
    def of(cls, app: QCoreApplication | None = None) -> EventHub:
        """The hub of ``app`` (default: the running application), made on first use."""
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("EventHub needs a QApplication")
        hub = app.findChild(EventHub, _NAME)
        return hub if hub is not None else cls(app)

    def add(self, watcher: QObject, types: Iterable[QEvent.Type]) -> None:
        """Send ``watcher`` the events of ``types`` (again: replaces what it asked for before)."""
        wanted = frozenset(types)
        self._watchers = [(w, t) for w, t in self._watchers if w is not watcher]
        if wanted:
            self._watchers.insert(0, (watcher, wanted))
        self._rebuild()

    def remove(self, watcher: QObject) -> None:
        """Stop sending ``watcher`` anything (harmless if it was not watching)."""
        self.add(watcher, ())

    def watching(self, watcher: QObject) -> frozenset[QEvent.Type]:
        """The event types ``watcher`` receives now."""
        return next((t for w, t in self._watchers if w is watcher), frozenset())

    def _rebuild(self) -> None:
        by_type: dict[QEvent.Type, list[QObject]] = {}
        for watcher, types in self._watchers:
            for kind in types:
                by_type.setdefault(kind, []).append(watcher)
        self._by_type = {kind: tuple(watchers) for kind, watchers in by_type.items()}
        wanted = bool(self._watchers)
        if wanted != self._installed and shiboken6.isValid(self._app):
            if wanted:
                self._app.installEventFilter(self)
            else:
                self._app.removeEventFilter(self)
            self._installed = wanted

    @contextmanager
    def aside(self) -> Iterator[None]:
        """Leave the application for a stretch of code that runs without the event loop and so
        receives no input: a screen switch, a paint pass. The hub steps aside only while every
        type watched is an input type (:data:`INPUT_EVENTS`); it is back on watch afterwards."""
        step = self._installed and self._by_type.keys() <= INPUT_EVENTS
        if step:
            self._app.removeEventFilter(self)
            self._installed = False
        try:
            yield
        finally:
            if step:
                self._rebuild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        watchers = self._by_type.get(event.type())
        if watchers:
            for watcher in watchers:
                if not shiboken6.isValid(watcher):  # deleted without leaving: forget it
                    self.remove(watcher)
                    continue
                if watcher.eventFilter(watched, event):
                    return True
        return False


__all__ = ["EventHub"]
