"""Style rules of the touch widgets (``resources/qss/touch.qss.tmpl``), until they join the theme.

The touch widgets (keyboard, keypad, code fields, idle overlay) are styled by the rules in
``touch.qss.tmpl``, written with the variables and conventions of ``kiosk.qss.tmpl``. Once
:func:`ui.theme.template_text` appends that file, :func:`ui.appearance.apply_theme` styles
them and :func:`apply_touch_theme` adds nothing; until then it appends the rendered rules to
the stylesheet that ``apply_theme`` set.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from string import Template

from PySide6.QtWidgets import QWidget

from ui.appearance import apply_theme
from ui.theme import Theme, ThemeName, template_text

TOUCH_TEMPLATE = "touch.qss.tmpl"
_MARKER = 'role="osk-key"'


@cache
def touch_template_text() -> str:
    """The touch rules template."""
    return resources.files("resources.qss").joinpath(TOUCH_TEMPLATE).read_text("utf-8")


def theme_values(theme: Theme) -> dict[str, object]:
    """The template variables, computed as :func:`ui.theme.render_stylesheet` does."""
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
    )
    return values


def render_touch_stylesheet(theme: Theme) -> str:
    """The touch rules filled in for ``theme``."""
    return Template(touch_template_text()).substitute(theme_values(theme))


def apply_touch_theme(root: QWidget, theme: Theme) -> None:
    """:func:`ui.appearance.apply_theme`, plus the touch rules if the theme lacks them."""
    apply_theme(root, theme)
    if _MARKER in template_text():
        return
    # Qt quirk (6.12): when a second stylesheet is set on an ancestor before its descendants
    # were ever polished, they keep the rules of the first one. Polish them first.
    for widget in [root, *root.findChildren(QWidget)]:
        widget.ensurePolished()
    root.setStyleSheet(root.styleSheet() + "\n" + render_touch_stylesheet(theme))
