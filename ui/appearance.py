"""The citizen's accessibility settings (text size, high contrast, read aloud) and the theme.

The settings belong to one session: :meth:`Appearance.reset` returns them to the defaults when
the session ends (DESIGN.md: "accessibility settings return to defaults").
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from ui import icons
from ui.theme import (
    DEFAULT_CAP_RATIO,
    FONT_FAMILIES,
    TextSize,
    Theme,
    ThemeName,
    make_theme,
    render_stylesheet,
)

log = logging.getLogger("kiosk.ui")


def kiosk_font() -> QFont:
    """The application font: the first installed family of :data:`~ui.theme.FONT_FAMILIES`."""
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def measure_cap_ratio(font: QFont) -> float:
    """Capital height / pixel size of ``font`` as actually resolved on this machine."""
    probe = QFont(font)
    probe.setPixelSize(200)
    cap = QFontMetricsF(probe).capHeight()
    if cap <= 0:  # some fonts lack the OS/2 table value; Qt then estimates, or gives 0
        log.warning("font %s reports no cap height; assuming %.3f",
                    QFontInfo(probe).family(), DEFAULT_CAP_RATIO)
        return DEFAULT_CAP_RATIO
    return cap / 200


class Appearance(QObject):
    """Session accessibility settings and the theme they select.

    Args:
        cap_ratio: capital height / em of the UI font (see :func:`measure_cap_ratio`).
    """

    changed = Signal()
    """The theme (colours or sizes) changed."""
    read_aloud_changed = Signal(bool)
    """Read-aloud mode switched on/off (speech itself is wired by a later issue)."""

    def __init__(self, cap_ratio: float = DEFAULT_CAP_RATIO, parent: QObject | None = None):
        super().__init__(parent)
        self._cap_ratio = cap_ratio
        self._size = TextSize.NORMAL
        self._high_contrast = False
        self._read_aloud = False

    @property
    def text_size(self) -> TextSize:
        return self._size

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    @property
    def read_aloud(self) -> bool:
        return self._read_aloud

    @property
    def theme(self) -> Theme:
        """The theme for the current settings."""
        name = ThemeName.HIGH_CONTRAST if self._high_contrast else ThemeName.NORMAL
        return make_theme(name, self._size, self._cap_ratio)

    def cycle_text_size(self) -> TextSize:
        """Next text size (normal → large → largest → normal)."""
        self.set_text_size(self._size.next())
        return self._size

    def set_text_size(self, size: TextSize) -> None:
        if size != self._size:
            self._size = size
            self.changed.emit()

    def set_high_contrast(self, on: bool) -> None:
        if on != self._high_contrast:
            self._high_contrast = on
            self.changed.emit()

    def set_read_aloud(self, on: bool) -> None:
        if on != self._read_aloud:
            self._read_aloud = on
            self.read_aloud_changed.emit(on)

    def reset(self) -> None:
        """Defaults for the next citizen."""
        self.set_read_aloud(False)
        if self._size != TextSize.NORMAL or self._high_contrast:
            self._size, self._high_contrast = TextSize.NORMAL, False
            self.changed.emit()


# --- applying a theme to widgets ---------------------------------------------------------

ICON_NAME = "icon_name"
ICON_SURFACE = "icon_surface"
ICON_SCALE = "icon_scale"


def set_icon(
    widget: QAbstractButton | QLabel, name: str, surface: str, scale: str = "small"
) -> None:
    """Mark ``widget`` to carry icon ``name``; :func:`apply_theme` draws it in the theme.

    Args:
        surface: what the icon sits on (``header``, ``tile``, ``notice`` …), which picks its
            colour.
        scale: ``small`` (next to text), ``tile`` (home tiles) or ``hero`` (big notices).
    """
    if name not in icons.ICON_NAMES:
        raise KeyError(f"unknown icon {name!r}")
    widget.setProperty(ICON_NAME, name)
    widget.setProperty(ICON_SURFACE, surface)
    widget.setProperty(ICON_SCALE, scale)


def icon_px(theme: Theme, scale: str) -> int:
    """Icon size in px for ``scale`` in ``theme``."""
    m = theme.metrics
    return {"small": m.small_icon_px, "tile": m.tile_icon_px, "hero": m.tile_icon_px}[scale]


def apply_theme(root: QWidget, theme: Theme) -> None:
    """Set the rendered stylesheet on ``root`` and redraw every marked icon below it."""
    root.setStyleSheet(render_stylesheet(theme))
    apply_icons(root, theme)


def apply_icons(root: QWidget, theme: Theme) -> None:
    """Draw every marked icon in ``root`` and below it in ``theme``'s colours and sizes (a
    widget added under a styled window takes its stylesheet from there, but not its icons)."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.property(ICON_NAME)
        if not name:
            continue
        size = icon_px(theme, str(widget.property(ICON_SCALE) or "small"))
        colour = theme.icon_colour(str(widget.property(ICON_SURFACE) or "page"))
        if isinstance(widget, QAbstractButton):
            surface = str(widget.property(ICON_SURFACE) or "page")
            checked = theme.icon_colour(f"{surface}_checked") if widget.isCheckable() else None
            gap = round(size * 0.3) if widget.text() else 0
            widget.setIcon(icons.icon(name, colour, size, checked, gap))
            widget.setIconSize(icons.icon_size(size, gap))
        elif isinstance(widget, QLabel):
            widget.setPixmap(icons.pixmap(name, colour, size))
            widget.setFixedSize(size, size)
