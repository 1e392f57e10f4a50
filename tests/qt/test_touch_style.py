"""The touch widgets' style rules: they render for every theme and keep the contrast limits."""

from __future__ import annotations

import re

import pytest

from ui.theme import MIN_CONTRAST, PALETTES, TextSize, ThemeName, contrast_ratio, make_theme
from ui.touch_style import render_touch_stylesheet, touch_template_text

_BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COLOR = re.compile(r"(?<![-\w])color:\s*\$(\w+)")
_BACKGROUND = re.compile(r"background-color:\s*(\$\w+|transparent)")
_OVER = re.compile(r"over:((?:\s*\$\w+)+)")


def _text_pairs() -> set[tuple[str, str]]:
    """(text colour, background) of every block, as tests/unit/test_theme_contrast.py reads."""
    pairs: set[tuple[str, str]] = set()
    text = re.sub(r"\$\{(\w+)\}", r"$\1", touch_template_text())
    for selector, body in _BLOCK.findall(text):
        colour = _COLOR.search(body)
        if colour is None:
            continue
        background = _BACKGROUND.search(body)
        assert background, f"{selector.strip()!r} sets color but no background-color"
        if background.group(1) == "transparent":
            over = _OVER.search(body)
            assert over, f"{selector.strip()!r}: transparent without an 'over:' comment"
            pairs.update((colour.group(1), key.lstrip("$")) for key in over.group(1).split())
        else:
            pairs.add((colour.group(1), background.group(1).lstrip("$")))
    return pairs


@pytest.mark.parametrize("name", list(ThemeName))
def test_text_contrast(name: ThemeName) -> None:
    pairs = _text_pairs()
    assert ("tile_text", "tile_bg") in pairs  # the keys
    palette = PALETTES[name]
    for fg, bg in pairs:
        assert contrast_ratio(palette[fg], palette[bg]) >= MIN_CONTRAST[name], (fg, bg)


@pytest.mark.parametrize("size", list(TextSize))
@pytest.mark.parametrize("name", list(ThemeName))
def test_renders_with_every_variable_defined(name: ThemeName, size: TextSize) -> None:
    sheet = render_touch_stylesheet(make_theme(name, size))
    assert "$" not in sheet
    assert 'QPushButton[role="osk-key"]' in sheet
