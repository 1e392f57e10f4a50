"""Themes and text sizes: one QSS template rendered per colour scheme and text size.

Sizes come from the accessibility numbers in ``DOMAIN.md`` (EN 301 549, ADA 707):

* The station screen is 21.5" at 1920x1080, so one pixel is 0.248 mm.
* Capital letters must be at least 4.8 mm tall by default and at least 6.1 mm in the largest
  text size. We aim a little above (see :data:`CAP_HEIGHT_MM`) so that rounding never drops us
  under the limit.
* A font's pixel size is its em size, not the height of its capitals. The capitals of the font
  actually used are measured with ``QFontMetricsF.capHeight()`` at start-up
  (:func:`measure_cap_ratio`) and the pixel size is ``ceil(cap_px / cap_ratio)``. DejaVu Sans, the
  first family we ask for, has capitals 0.729 em tall, so the body text is 28 px (20.4 px capitals
  = 5.06 mm) by default, 31 px and 35 px in the two larger steps.
* Touch targets: ``min-height`` of primary buttons >= 81 px (20 mm), of every control >= 61 px
  (15 mm), gaps >= 12 px (3 mm).

Colours: every text colour / background pair the template uses is checked by
``tests/unit/test_theme_contrast.py``: WCAG contrast >= 4.5:1 in the normal theme and >= 7:1 in
the high-contrast theme.
"""

from __future__ import annotations

import enum
import math
from functools import cache
from string import Template
from typing import NamedTuple

import resources

MM_PER_PX = 0.248
"""Pixel pitch of the 21.5" 1920x1080 station screen."""

FONT_FAMILIES: tuple[str, ...] = (
    "DejaVu Sans", "Noto Sans CJK SC", "Noto Sans", "Liberation Sans", "Arial")
"""Families asked for, best first: DejaVu Sans has clear, open letter shapes and is on every
Debian station; Noto Sans CJK SC gives Chinese its simplified glyph forms (fontconfig would
otherwise pick the JP face); the others are fallbacks for development machines."""

DEFAULT_CAP_RATIO = 0.729
"""Cap height / em of DejaVu Sans; used only when the font cannot be measured (no GUI)."""

MIN_PRIMARY_TARGET_PX = 81  # 20 mm
MIN_TARGET_PX = 61  # 15 mm
MIN_GAP_PX = 12  # 3 mm


class TextSize(enum.IntEnum):
    """The three text sizes the citizen cycles through with the header button."""

    NORMAL = 0
    LARGE = 1
    LARGEST = 2

    def next(self) -> TextSize:
        """The following size, wrapping from the largest back to normal."""
        return TextSize((self.value + 1) % len(TextSize))


CAP_HEIGHT_MM: dict[TextSize, float] = {
    TextSize.NORMAL: 5.0,  # limit 4.8 mm (ADA 707.7.2)
    TextSize.LARGE: 5.6,
    TextSize.LARGEST: 6.3,  # limit 6.1 mm (EN 301 549 5.1.4 at 500 mm)
}


class ThemeName(enum.Enum):
    """Colour schemes."""

    NORMAL = "normal"
    HIGH_CONTRAST = "high_contrast"


#: Minimum WCAG contrast of text in each theme.
MIN_CONTRAST: dict[ThemeName, float] = {ThemeName.NORMAL: 4.5, ThemeName.HIGH_CONTRAST: 7.0}

# Institutional look: deep blue header, white page, near-black text. Every colour a text is
# drawn on or with is a key here; the template names them as $keys.
PALETTES: dict[ThemeName, dict[str, str]] = {
    ThemeName.NORMAL: {
        "bg": "#ffffff",
        "text": "#1b1b1b",
        "muted": "#3d4551",
        "header_bg": "#0b3d91",
        "header_text": "#ffffff",
        "header_rule": "#0b3d91",
        "header_pressed_bg": "#062a66",
        "header_pressed_text": "#ffffff",
        "header_checked_bg": "#ffffff",
        "header_checked_text": "#0b3d91",
        "primary_bg": "#0b3d91",
        "primary_text": "#ffffff",
        "primary_pressed_bg": "#062a66",
        "primary_pressed_text": "#ffffff",
        "primary_border": "#0b3d91",
        "tile_bg": "#f1f4fa",
        "tile_text": "#0b3d91",
        "tile_desc": "#333a45",
        "tile_border": "#0b3d91",
        "tile_pressed_bg": "#d3dff3",
        "secondary_bg": "#ffffff",
        "secondary_text": "#0b3d91",
        "secondary_border": "#0b3d91",
        "secondary_pressed_bg": "#dfe7f5",
        "secondary_pressed_text": "#062a66",
        "notice_bg": "#fff4e0",
        "notice_text": "#4a2a00",
        "notice_border": "#b35c00",
        "disabled_bg": "#e9ebee",
        "disabled_text": "#4b5563",
        "focus": "#ffbf47",
        "attract_bg": "#0b3d91",
        "attract_text": "#ffffff",
        "attract_accent": "#ffd27a",
    },
    ThemeName.HIGH_CONTRAST: {
        "bg": "#000000",
        "text": "#ffffff",
        "muted": "#ffffff",
        "header_bg": "#000000",
        "header_text": "#ffff00",
        "header_rule": "#ffff00",
        "header_pressed_bg": "#303030",
        "header_pressed_text": "#ffff00",
        "header_checked_bg": "#ffff00",
        "header_checked_text": "#000000",
        "primary_bg": "#ffff00",
        "primary_text": "#000000",
        "primary_pressed_bg": "#ffffff",
        "primary_pressed_text": "#000000",
        "primary_border": "#ffff00",
        "tile_bg": "#000000",
        "tile_text": "#ffff00",
        "tile_desc": "#ffffff",
        "tile_border": "#ffff00",
        "tile_pressed_bg": "#303030",
        "secondary_bg": "#000000",
        "secondary_text": "#ffff00",
        "secondary_border": "#ffff00",
        "secondary_pressed_bg": "#ffff00",
        "secondary_pressed_text": "#000000",
        "notice_bg": "#000000",
        "notice_text": "#ffffff",
        "notice_border": "#ffff00",
        "disabled_bg": "#000000",
        "disabled_text": "#c8c8c8",
        "focus": "#00ffff",
        "attract_bg": "#000000",
        "attract_text": "#ffffff",
        "attract_accent": "#ffff00",
    },
}

#: Which palette colour an icon takes on each kind of surface (icons are tinted SVGs).
ICON_COLOURS: dict[str, str] = {
    "header": "header_text",
    "header_checked": "header_checked_text",
    "tile": "tile_text",
    "primary": "primary_text",
    "secondary": "secondary_text",
    "secondary_checked": "primary_text",
    "notice": "notice_border",
    "page": "text",
    "attract": "attract_accent",
}


class Metrics(NamedTuple):
    """Pixel sizes for one text size."""

    font_px: int
    title_px: int
    hero_px: int
    small_icon_px: int
    tile_icon_px: int
    primary_min_h: int
    control_min_h: int
    gap_px: int

    @property
    def cap_px(self) -> float:
        """Expected capital height of body text (for documentation and tests)."""
        return self.font_px * DEFAULT_CAP_RATIO


def metrics_for(size: TextSize, cap_ratio: float = DEFAULT_CAP_RATIO) -> Metrics:
    """Pixel sizes for ``size`` with a font whose capitals are ``cap_ratio`` em tall."""
    cap_px = CAP_HEIGHT_MM[size] / MM_PER_PX
    font_px = math.ceil(cap_px / cap_ratio)
    return Metrics(
        font_px=font_px,
        title_px=round(font_px * 1.45),
        hero_px=round(font_px * 2.3),
        small_icon_px=round(font_px * 1.5),
        tile_icon_px=round(font_px * 4.2),
        # Buttons grow with the text so labels never clip; never below the limits.
        primary_min_h=max(MIN_PRIMARY_TARGET_PX + 15, round(font_px * 3.4)),
        control_min_h=max(MIN_TARGET_PX + 19, round(font_px * 2.7)),
        gap_px=max(MIN_GAP_PX * 2, round(font_px * 0.9)),
    )


class Theme(NamedTuple):
    """A rendered combination of colour scheme and text size."""

    name: ThemeName
    size: TextSize
    metrics: Metrics
    palette: dict[str, str]

    def colour(self, key: str) -> str:
        """A palette colour by key (``"text"``, ``"header_bg"`` …)."""
        return self.palette[key]

    def icon_colour(self, surface: str) -> str:
        """The colour icons take on ``surface`` (see :data:`ICON_COLOURS`)."""
        return self.palette[ICON_COLOURS.get(surface, "text")]


MAIN_TEMPLATE = "kiosk.qss.tmpl"


@cache
def template_text() -> str:
    """The QSS template: ``resources/qss/kiosk.qss.tmpl`` followed by the other ``*.qss.tmpl``.

    Widget families (e.g. the touch keyboard's ``touch.qss.tmpl``) keep their rules in their
    own file, written with the same variables; they are rendered as one stylesheet.
    """
    folder = resources.path("qss")
    parts = [folder.joinpath(MAIN_TEMPLATE).read_text("utf-8")]
    extra = sorted(
        item.name for item in folder.iterdir()
        if item.name.endswith(".qss.tmpl") and item.name != MAIN_TEMPLATE
    )
    parts += [folder.joinpath(name).read_text("utf-8") for name in extra]
    return "\n".join(parts)


def make_theme(
    name: ThemeName, size: TextSize, cap_ratio: float = DEFAULT_CAP_RATIO
) -> Theme:
    """Build the :class:`Theme` for a scheme and a text size."""
    return Theme(name, size, metrics_for(size, cap_ratio), dict(PALETTES[name]))


def render_stylesheet(theme: Theme) -> str:
    """Fill the QSS template with the theme's colours and sizes.

    Raises:
        KeyError: the template names a variable the theme does not define.
    """
    m = theme.metrics
    values: dict[str, object] = dict(theme.palette)
    values.update(
        font_px=m.font_px,
        title_px=m.title_px,
        hero_px=m.hero_px,
        primary_min_h=m.primary_min_h,
        control_min_h=m.control_min_h,
        gap_px=m.gap_px,
        pad_px=round(m.font_px * 0.6),
        radius_px=max(8, round(m.font_px * 0.35)),
        border_px=3 if theme.name is ThemeName.NORMAL else 4,
        pressed_border_px=6 if theme.name is ThemeName.NORMAL else 8,
        button_min_w=round(m.font_px * 11),
    )
    return Template(template_text()).substitute(values)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio ``(L1 + 0.05) / (L2 + 0.05)`` of two ``#rrggbb`` colours."""
    lum = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (lum[0] + 0.05) / (lum[1] + 0.05)
