"""Creating the ``QApplication`` and showing the station window.

Kiosk mode must work with no window manager at all (a bare X server or ``eglfs``): there is
nobody to place or maximise the window, so it is sized to the screen explicitly before
``showFullScreen()``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import __version__
from ui.appearance import kiosk_font
from ui.lockdown import apply_kiosk_window_flags
from ui.main_window import WINDOWED_SIZE

APP_NAME = "smacy-kiosk"
ORGANIZATION = "SMACY"


def create_application(argv: Sequence[str]) -> QApplication:
    """Create (or return the existing) ``QApplication`` configured for the station.

    High-DPI: fractional scale factors are passed through unrounded, so sizes in mm stay right
    on any panel. The application font is the kiosk font (see :mod:`ui.theme`).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv))
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("SMACY")
    app.setFont(kiosk_font())
    # Touch screens: a long press must not turn into a right click or a drag.
    app.setAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents, True)
    return app


def show_station(window: QWidget, windowed: bool) -> None:
    """Show ``window`` full screen on the primary screen, or as a 1280x800 development window."""
    if windowed:
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
