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
from ui.qtprops import apply_kiosk_window_flags

APP_NAME = "smacy-kiosk"
ORGANIZATION = "SMACY"


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


def show_station(window: QWidget, windowed: bool) -> None:
    """Show ``window`` full screen on the primary screen, or as a 1280x800 development window."""
    if windowed:
        window.resize(*WINDOWED_SIZE)
        window.show()
        return
    apply_kiosk_window_flags(window)  # on top, no close/minimise, no context menu
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        # Without a window manager nothing else would give the window the screen's size.
        window.setGeometry(screen.geometry())
    window.showFullScreen()
