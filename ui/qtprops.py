"""What the first frame builds, set without PySide's ``Qt`` namespace.

PySide creates the Python types of Qt's ``Qt`` namespace (93 enums, 1,195 members, made with
Python's ``enum`` module) the first time any of them is used, or ``Qt`` is imported: 20–35 ms on
the station's 2-core machine, about an eighth of its start-up to the first frame. Nothing that
frame shows needs them:

* an enum-typed Qt property (``focusPolicy``, ``alignment``, ``toolButtonStyle``, a window's
  ``flags`` …) is set by the names of its values, which Qt's meta-object system converts
  (:func:`set_props`);
* what has no property (the pointing-hand cursor for mouse users, labels that let a tap through
  to the tile they sit on) is marked on the widget (:func:`mark_pointing_hand`,
  :func:`mark_tap_through`) and applied right after the first frame, or when a screen built
  later is added (:func:`apply_marks`). Until then a tap on such a label still reaches its
  tile: a plain-text label ignores the press, which goes on to its parent.

Code that runs after the first frame uses ``Qt`` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

KIOSK_WINDOW_FLAGS = "Window|FramelessWindowHint|WindowStaysOnTopHint"
"""A kiosk window's flags, by name: no frame and so no title bar, close or minimise button
even under a window manager, and above every other window."""

POINTING_HAND = "mark_pointing_hand"
TAP_THROUGH = "mark_tap_through"


def set_props(obj: QObject, **values: object) -> None:
    """Set Qt properties of ``obj`` by name; an enum or flags value by its key names
    (``focusPolicy="StrongFocus"``, ``alignment="AlignLeft|AlignVCenter"``).

    Raises:
        ValueError: ``obj`` has no such property, or it does not take that value (Qt would
            otherwise make a new dynamic property, or ignore the value, without a word).
    """
    meta = obj.metaObject()
    for name, value in values.items():
        if meta.indexOfProperty(name) < 0:
            raise ValueError(f"{meta.className()} has no property {name!r}")
        if not obj.setProperty(name, value):
            raise ValueError(f"{meta.className()}.{name} does not take {value!r}")


def apply_kiosk_window_flags(window: QWidget) -> None:
    """Give ``window`` a kiosk window's flags (:data:`KIOSK_WINDOW_FLAGS`) and no context menu.

    Call before showing the window. The flags go by name to its native window, created here;
    the widget itself is told with :func:`sync_window_flags` once that costs nothing (the
    station window does it after its first frame: ``MainWindow.finish_first_frame``).
    """
    set_props(window, contextMenuPolicy="NoContextMenu")
    window.winId()  # creates the native window, not shown yet
    handle = window.windowHandle()
    assert handle is not None
    set_props(handle, flags=KIOSK_WINDOW_FLAGS)


def sync_window_flags(window: QWidget) -> None:
    """Tell ``window`` the flags its native window was given by name
    (:func:`apply_kiosk_window_flags`), so that ``windowFlags()`` is true and a later change of one
    flag keeps the others."""
    handle = window.windowHandle()
    if handle is not None and handle.flags() != window.windowFlags():
        window.overrideWindowFlags(handle.flags())


def mark_pointing_hand(*widgets: QWidget) -> None:
    """Give ``widgets`` the pointing-hand cursor once :func:`apply_marks` reaches them."""
    for widget in widgets:
        widget.setProperty(POINTING_HAND, True)


def mark_tap_through(*widgets: QWidget) -> None:
    """Let taps on ``widgets`` (labels on a tile) through to what is below them, once
    :func:`apply_marks` reaches them."""
    for widget in widgets:
        widget.setProperty(TAP_THROUGH, True)


def apply_marks(root: QWidget) -> None:
    """Apply the marks of ``root`` and every widget below it (after the first frame)."""
    from PySide6.QtCore import Qt

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property(POINTING_HAND):
            widget.setCursor(Qt.CursorShape.PointingHandCursor)
        if widget.property(TAP_THROUGH):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)


__all__ = ["KIOSK_WINDOW_FLAGS", "apply_kiosk_window_flags", "apply_marks", "mark_pointing_hand",
           "mark_tap_through", "set_props", "sync_window_flags"]
