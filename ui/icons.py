"""SVG icons from ``resources/icons``, tinted to the theme and rendered crisp at any size.

The SVGs draw with ``currentColor``; Qt's SVG renderer does not resolve it, so the colour is
substituted in the text before rendering. Icons are package data read with
:func:`resources.path`, so they are found in a wheel or a PyInstaller folder alike.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

import resources

ICON_NAMES: frozenset[str] = frozenset(
    {
        "back", "calendar", "card", "check", "contrast", "globe", "help", "home", "list",
        "speaker", "text-size", "touch", "warning",
    }
)
"""Every icon the UI refers to; ``tests/qt/test_resources.py`` checks each file exists."""


@cache
def svg_text(name: str) -> str:
    """The SVG source of icon ``name``.

    Raises:
        FileNotFoundError: no such icon in ``resources/icons``.
    """
    return resources.path("icons", f"{name}.svg").read_text("utf-8")


def pixmap(name: str, colour: str, size: int, gap: int = 0) -> QPixmap:
    """Icon ``name`` drawn in ``colour`` on a transparent ``size`` x ``size`` pixmap.

    ``gap`` adds transparent space on the right: Qt buttons put their text right against the
    icon, and the gap keeps the two visibly apart.
    """
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    return _render(name, colour, size, ratio, gap)


def _render(name: str, colour: str, size: int, ratio: float, gap: int = 0) -> QPixmap:
    data = QByteArray(svg_text(name).replace("currentColor", colour).encode("utf-8"))
    renderer = QSvgRenderer(data)
    side = max(1, round(size * ratio))
    image = QPixmap(side + round(gap * ratio), side)
    image.fill(QColor(0, 0, 0, 0))  # transparent
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def icon(
    name: str, colour: str, size: int, checked_colour: str | None = None, gap: int = 0
) -> QIcon:
    """Icon ``name`` in ``colour``, for a button whose ``iconSize`` is ``icon_size(size, gap)``.

    ``checked_colour`` draws the *on* state of a checkable button (its background changes).
    """
    result = QIcon()
    result.addPixmap(pixmap(name, colour, size, gap), QIcon.Mode.Normal, QIcon.State.Off)
    if checked_colour is not None:
        result.addPixmap(pixmap(name, checked_colour, size, gap), QIcon.Mode.Normal,
                         QIcon.State.On)
    return result


def icon_size(size: int, gap: int = 0) -> QSize:
    """``setIconSize`` value for an icon of ``size`` followed by ``gap`` px of space."""
    return QSize(size + gap, size)
