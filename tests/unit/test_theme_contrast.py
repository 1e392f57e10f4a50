"""Colours and sizes of the QSS template against the accessibility numbers (no Qt needed)."""

from __future__ import annotations

import re

import pytest

from ui.theme import (
    CAP_HEIGHT_MM,
    DEFAULT_CAP_RATIO,
    MIN_CONTRAST,
    MIN_PRIMARY_TARGET_PX,
    MIN_TARGET_PX,
    MM_PER_PX,
    PALETTES,
    TextSize,
    ThemeName,
    contrast_ratio,
    make_theme,
    metrics_for,
    render_stylesheet,
    template_text,
)

_BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COLOR = re.compile(r"(?<![-\w])color:\s*\$(\w+)")
_BACKGROUND = re.compile(r"background-color:\s*(\$\w+|transparent)")
_OVER = re.compile(r"over:((?:\s*\$\w+)+)")


def _text_pairs() -> set[tuple[str, str]]:
    """(text colour key, background key) for every template block that sets a text colour."""
    pairs: set[tuple[str, str]] = set()
    # ${size} placeholders hold braces too; normalise them before splitting blocks.
    text = re.sub(r"\$\{(\w+)\}", r"$\1", template_text())
    for selector, body in _BLOCK.findall(text):
        colour = _COLOR.search(body)
        if colour is None:
            continue
        background = _BACKGROUND.search(body)
        assert background, f"block {selector.strip()!r} sets color but no background-color"
        if background.group(1) == "transparent":
            over = _OVER.search(body)
            assert over, f"block {selector.strip()!r}: transparent without an 'over:' comment"
            for key in over.group(1).split():
                pairs.add((colour.group(1), key.lstrip("$")))
        else:
            pairs.add((colour.group(1), background.group(1).lstrip("$")))
    return pairs


def test_the_template_declares_its_text_pairs() -> None:
    pairs = _text_pairs()
    assert ("text", "bg") in pairs
    assert ("header_text", "header_bg") in pairs
    assert ("tile_text", "tile_pressed_bg") in pairs
    assert len(pairs) >= 15


@pytest.mark.parametrize("name", list(ThemeName))
def test_every_text_pair_meets_the_contrast_minimum(name: ThemeName) -> None:
    palette = PALETTES[name]
    failures = []
    for fg, bg in sorted(_text_pairs()):
        ratio = contrast_ratio(palette[fg], palette[bg])
        if ratio < MIN_CONTRAST[name]:
            failures.append(f"{fg} {palette[fg]} on {bg} {palette[bg]}: {ratio:.2f}")
    assert not failures, failures


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WebAIM: #767676 on white is the lightest grey passing 4.5:1.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#0b3d91", "#ffffff") == contrast_ratio("#ffffff", "#0b3d91")


def test_palettes_define_the_same_keys() -> None:
    assert PALETTES[ThemeName.NORMAL].keys() == PALETTES[ThemeName.HIGH_CONTRAST].keys()


@pytest.mark.parametrize("name", list(ThemeName))
@pytest.mark.parametrize("size", list(TextSize))
def test_template_renders_every_combination(name: ThemeName, size: TextSize) -> None:
    qss = render_stylesheet(make_theme(name, size))
    assert "$" not in qss
    assert f"font-size: {metrics_for(size).font_px}px" in qss
    assert qss.count("{") == qss.count("}")


def test_capital_letters_meet_the_minimum_heights() -> None:
    normal = metrics_for(TextSize.NORMAL)
    largest = metrics_for(TextSize.LARGEST)
    assert normal.font_px * DEFAULT_CAP_RATIO * MM_PER_PX >= 4.8
    assert largest.font_px * DEFAULT_CAP_RATIO * MM_PER_PX >= 6.1
    assert CAP_HEIGHT_MM[TextSize.NORMAL] >= 4.8
    assert CAP_HEIGHT_MM[TextSize.LARGEST] >= 6.1


@pytest.mark.parametrize("ratio", [0.65, 0.70, 0.729, 0.76])
def test_font_size_follows_the_measured_cap_ratio(ratio: float) -> None:
    for size in TextSize:
        font_px = metrics_for(size, ratio).font_px
        assert font_px * ratio * MM_PER_PX >= CAP_HEIGHT_MM[size] - 1e-9


def test_text_sizes_grow_and_cycle() -> None:
    sizes = [metrics_for(size).font_px for size in TextSize]
    assert sizes == sorted(sizes)
    assert len(set(sizes)) == 3
    assert TextSize.LARGEST.next() is TextSize.NORMAL
    assert TextSize.NORMAL.next() is TextSize.LARGE


@pytest.mark.parametrize("size", list(TextSize))
def test_target_sizes_meet_the_minimums(size: TextSize) -> None:
    m = metrics_for(size)
    assert m.primary_min_h >= MIN_PRIMARY_TARGET_PX
    assert m.control_min_h >= MIN_TARGET_PX
    assert m.gap_px >= 12
