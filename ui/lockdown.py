"""Lockdown: nothing a citizen can press leaves the kiosk or shows the desktop.

:class:`Lockdown` watches the application's input (through :class:`ui.event_hub.EventHub`) and
the guarded windows' own events. Until a staff member authorises the exit
(:meth:`Lockdown.authorise_exit`, called by the staff tools after the permission check and the
audit record) it swallows:

* the key combinations that close or quit a window: Alt+F4, Ctrl+Q, Ctrl+W, Ctrl+Shift+Q,
  Escape, and the Close/Quit/Super keys some keyboards carry (both as ``ShortcutOverride``, so
  no shortcut fires, and as ``KeyPress``);
* context menus, whether they come from a right click, a long press turned into a context menu
  by the platform, or the Menu key (text fields have a cut/copy/paste menu that would otherwise
  appear), and right mouse button presses;
* close requests to the guarded windows (the compositor's close, ``window.close()``);
* minimising: a guarded window that gets minimised is put back full screen.

The compositor does the rest: under ``cage`` there is no task switcher, no panel and no VT
switching unless ``cage -s`` is given (see ``resources/deploy/``).
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from ui.event_hub import EventHub

log = logging.getLogger("kiosk.lockdown")

_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_MODS = _CTRL | _ALT | _SHIFT | Qt.KeyboardModifier.MetaModifier

BLOCKED_ANY_MODIFIER = frozenset({
    Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_Back,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Meta, Qt.Key.Key_Menu,
    Qt.Key.Key_PowerOff, Qt.Key.Key_Sleep, Qt.Key.Key_Suspend, Qt.Key.Key_Hibernate,
})
"""Keys swallowed whatever modifiers are held."""

BLOCKED_COMBOS = frozenset({
    (Qt.Key.Key_F4, _ALT),
    (Qt.Key.Key_F4, _CTRL),
    (Qt.Key.Key_Q, _CTRL),
    (Qt.Key.Key_W, _CTRL),
    (Qt.Key.Key_Q, _CTRL | _SHIFT),
    (Qt.Key.Key_W, _CTRL | _SHIFT),
    (Qt.Key.Key_Tab, _ALT),
    (Qt.Key.Key_Backspace, _CTRL | _ALT),
    (Qt.Key.Key_Delete, _CTRL | _ALT),
})
"""(key, exact modifiers) combinations swallowed."""

_KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                         QEvent.Type.ShortcutOverride})
_RIGHT_CLICK = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                          QEvent.Type.MouseButtonDblClick})
_INPUT = _KEY_EVENTS | _RIGHT_CLICK | {QEvent.Type.ContextMenu}
"""Watched application-wide: only input, so the hub may step aside for a screen switch."""


def is_blocked_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """True for a key (with its modifiers) that could close, quit or leave the kiosk."""
    try:
        qt_key = Qt.Key(key)
    except ValueError:
        return False
    if qt_key in BLOCKED_ANY_MODIFIER:
        return True
    mods = modifiers & _MODS
    return any(qt_key == k and mods == m for k, m in BLOCKED_COMBOS)


class Lockdown(QObject):
    """Application event filter keeping the kiosk closed.

    Args:
        windows: The windows whose close requests are refused (the station window).
        keep_full_screen: Put a minimised guarded window back full screen (off for
            ``--windowed`` development).
        parent: Qt parent.
    """

    def __init__(self, *windows: QWidget, keep_full_screen: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk.lockdown")
        self._windows = list(windows)
        self._keep_full_screen = keep_full_screen
        self._authorised = False
        self._installed_on: QCoreApplication | None = None
        self.blocked = 0
        """How many events were swallowed (for tests and the log)."""
        # Close requests and minimising reach the guarded windows themselves: filtered there,
        # not application-wide (see ui.event_hub: the hub then watches nothing but input).
        self._guard = _WindowGuard(self)

    # --- lifecycle ---------------------------------------------------------------------------
    def install(self, app: QCoreApplication | None = None) -> None:
        """Start filtering the application's events."""
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("Lockdown.install needs a QApplication")
        if self._installed_on is None:
            EventHub.of(app).add(self, _INPUT)
            self._installed_on = app
            for window in self._windows:
                window.installEventFilter(self._guard)

    def uninstall(self) -> None:
        """Stop filtering (shutdown, or tests)."""
        if self._installed_on is not None and shiboken6.isValid(self._installed_on):
            EventHub.of(self._installed_on).remove(self)
            for window in self._windows:
                if shiboken6.isValid(window):
                    window.removeEventFilter(self._guard)
        self._installed_on = None

    def guard(self, window: QWidget) -> None:
        """Refuse close requests to ``window`` as well."""
        if window not in self._windows:
            self._windows.append(window)
            if self._installed_on is not None:
                window.installEventFilter(self._guard)

    @property
    def exit_authorised(self) -> bool:
        return self._authorised

    def authorise_exit(self) -> None:
        """Let the guarded windows close from now on (the staff exit, after its audit)."""
        log.warning("kiosk exit authorised")
        self._authorised = True

    # --- filtering -----------------------------------------------------------------------------
    def _swallow(self, what: str) -> bool:
        self.blocked += 1
        log.info("lockdown: ignored %s", what)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._authorised:
            return False
        kind = event.type()
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):
            if is_blocked_key(event.key(), event.modifiers()):
                event.accept()
                # Log only the press, once per key, not its shortcut override and release.
                if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    return self._swallow(f"key {event.key():#x}")
                return True
            return False
        if kind == QEvent.Type.ContextMenu:
            event.accept()
            return self._swallow("context menu")
        if kind in _RIGHT_CLICK:
            button = getattr(event, "button", None)
            return bool(button is not None and button() == Qt.MouseButton.RightButton)
        return False

    def guard_event(self, window: QObject, event: QEvent) -> bool:
        """A guarded window's own event: refuse its closing and minimising."""
        if self._authorised:
            return False
        kind = event.type()
        if kind == QEvent.Type.Close:
            event.ignore()
            return self._swallow("window close request")
        if (kind == QEvent.Type.WindowStateChange and self._keep_full_screen
                and isinstance(window, QWidget) and window.isMinimized()):
            QTimer.singleShot(0, window, window.showFullScreen)
            return self._swallow("minimise")
        return False


class _WindowGuard(QObject):
    """The event filter of the guarded windows (see :meth:`Lockdown.guard_event`)."""

    def __init__(self, lockdown: Lockdown) -> None:
        super().__init__(lockdown)
        self._lockdown = lockdown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self._lockdown.guard_event(watched, event)


__all__ = ["Lockdown", "is_blocked_key"]
