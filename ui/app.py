"""Creating the ``QApplication`` and showing the station window.

Kiosk mode must work with no window manager at all (a bare X server or ``eglfs``): there is
nobody to place or maximise the window, so it is sized to the screen explicitly before
``showFullScreen()``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import __version__
from ui.appearance import kiosk_font
from ui.main_window import WINDOWED_SIZE
from ui.qtprops import set_props

APP_NAME = "smacy-kiosk"
ORGANIZATION = "SMACY"

KIOSK_WINDOW_FLAGS = "Window|FramelessWindowHint|WindowStaysOnTopHint"
"""A kiosk window's flags, by name: no frame and so no title bar, close or minimise button
even under a window manager, and above every other window."""


def create_application(argv: Sequence[str]) -> QApplication:
    """Create (or return the existing) ``QApplication`` configured for the station.

    The application font is the kiosk font (see :mod:`ui.theme`). Two of Qt 6's defaults
    matter to the station and are kept (tests check them): high-DPI scale factors pass through
    unrounded, so sizes in mm stay right on any panel; a touch that no widget takes as touch
    becomes a mouse press, so every button works with the finger.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("SMACY")
    app.setFont(kiosk_font())
    return app


def apply_kiosk_window_flags(window: QWidget) -> None:
    """Give ``window`` a kiosk window's flags (:data:`KIOSK_WINDOW_FLAGS`) and no context menu.

    Call before showing the window. The flags go by name to its native window, created here,
    without PySide's ``Qt`` types (see :mod:`ui.qtprops`); the widget itself is told with
    :func:`ui.qtprops.sync_window_flags` once that costs nothing (the station window does it
    after its first frame: ``MainWindow.finish_first_frame``).
    """
    set_props(window, contextMenuPolicy="NoContextMenu")
    window.winId()  # creates the native window, not shown yet
    handle = window.windowHandle()
    assert handle is not None
    set_props(handle, flags=KIOSK_WINDOW_FLAGS)


def show_station(window: QWidget, windowed: bool) -> None:
    """Show ``window`` full screen on the primary screen, or as a 1280x800 development window."""
    if windowed:
        from PySide6.QtCore import Qt

        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        window.resize(*WINDOWED_SIZE)
        window.show()
        return
    apply_kiosk_window_flags(window)  # on top, no close/minimise, no context menu
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        # Without a window manager nothing else would give the window the screen's size.
        window.setGeometry(screen.geometry())
    window.showFullScreen()
