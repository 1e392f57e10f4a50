"""Page-independent receipt layout: blocks of text, rules and QR codes, measured then drawn.

A receipt is a list of :class:`Block` values (built by :mod:`printing.content`). The layout
engine wraps each block to the column width, which yields its exact height and a list of
primitives positioned relative to the block's top. The roll renderer sums the heights to size
the page before drawing (a thermal roll has no fixed page length); the A4 renderer breaks pages
between blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from printing.fonts import FontStack
from printing.rtl import has_arabic, shape, visual


class Style(Enum):
    """Text roles; sizes come from the page's :class:`Metrics`."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    HEADING = "heading"
    LABEL = "label"
    VALUE = "value"
    BIG = "big"
    BODY = "body"
    SMALL = "small"


class Align(Enum):
    """Horizontal alignment of a text block."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph in one style."""

    text: str
    style: Style = Style.BODY
    align: Align = Align.LEFT
    bullet: bool = False


@dataclass(frozen=True, slots=True)
class Field:
    """A labelled value: the label small, the value bold underneath (or beside it on A4)."""

    label: str
    values: tuple[str, ...]
    big: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """A left text and a right-aligned figure on one line (summary tables)."""

    left: str
    right: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A thin horizontal line separating sections."""


@dataclass(frozen=True, slots=True)
class Gap:
    """Vertical space, in points."""

    points: float


@dataclass(frozen=True, slots=True)
class Qr:
    """A QR code with a caption underneath."""

    payload: str
    size_mm: float
    caption: str = ""


Block = Text | Field | Row | Rule | Gap | Qr


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes for one page type."""

    width: float
    height: float | None
    margin_x: float
    margin_top: float
    margin_bottom: float
    sizes: dict[Style, float]
    regular: FontStack
    bold: FontStack
    label_column: float | None = None  # A4: labels in a left column of this width
    qr_scale: float = 1.0  # sharper printers read smaller codes
    leading: float = 1.25
    rtl: bool = False  # right-to-left language: lines in visual order, the page mirrored

    @property
    def column(self) -> float:
        """Usable text width."""
        return self.width - 2 * self.margin_x

    def font(self, style: Style) -> FontStack:
        """Fonts for a text role."""
        plain = style in (Style.LABEL, Style.BODY, Style.SMALL, Style.SUBTITLE)
        return self.regular if plain else self.bold


# --- primitives, positioned relative to the top of their block (y grows downwards) ---


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text in the box ``[x, x + width]``; ``y`` is the baseline below the block top.

    ``text`` is in drawing order, left to right (already reordered for right-to-left scripts).
    """

    x: float
    y: float
    text: str
    font: FontStack
    size: float
    align: Align = Align.LEFT
    width: float = 0.0


@dataclass(frozen=True, slots=True)
class HLine:
    """A horizontal rule at ``y`` from ``x0`` to ``x1``."""

    x0: float
    x1: float
    y: float


@dataclass(frozen=True, slots=True)
class QrMark:
    """A QR code whose top-left corner is at ``(x, y)`` with side ``size``."""

    x: float
    y: float
    size: float
    payload: str


Primitive = TextLine | HLine | QrMark


@dataclass(slots=True)
class Placed:
    """A block after layout: its height and its primitives."""

    height: float
    prims: list[Primitive] = field(default_factory=list)


# Characters that must not start a line in Chinese (closing punctuation).
_NO_LINE_START = frozenset("，。、：；！？）」』】》〉”’,.:;!?)")


def text_width(text: str, font: FontStack | str, size: float) -> float:
    """Width of ``text`` in points, drawn with a font stack or one registered font."""
    if isinstance(font, FontStack):
        return font.width(text, size)
    return stringWidth(text, font, size)


def wrap(text: str, font: FontStack | str, size: float, width: float) -> list[str]:
    """Word-wrap ``text`` to ``width`` points; words longer than a line are cut by characters.

    Explicit newlines start new lines. Tokens and codes without spaces are common on receipts,
    so a long word must never run past the paper edge. Chinese has no spaces: it is cut by
    characters too, never putting closing punctuation at the start of a line.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while text_width(word, font, size) > width:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], font, size) > width:
                    cut -= 1
                if cut > 2 and word[cut] in _NO_LINE_START:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def _text_lines(
    text: str, style: Style, m: Metrics, x: float, width: float, y: float, align: Align
) -> tuple[list[Primitive], float]:
    size = m.sizes[style]
    font = m.font(style)
    prims: list[Primitive] = []
    line_height = size * m.leading
    # Arabic is joined before measuring (joined forms have their own widths) and each wrapped
    # line is put in drawing order after.
    text = shape(text) if has_arabic(text) else text
    for line in wrap(text, font, size, width):
        y += line_height
        # Baseline sits ~22% of the line height above the line's bottom (descenders).
        drawn = visual(line, m.rtl)
        prims.append(TextLine(x, y - line_height * 0.22, drawn, font, size, align, width))
    return prims, y


def place(block: Block, m: Metrics) -> Placed:
    """Lay out one block at the page's column width (mirrored for right-to-left languages)."""
    placed = _place(block, m)
    if m.rtl:
        placed.prims = [mirror(p, m.width) for p in placed.prims]
    return placed


def _place(block: Block, m: Metrics) -> Placed:
    x0 = m.margin_x
    width = m.column
    if isinstance(block, Gap):
        return Placed(block.points)
    if isinstance(block, Rule):
        pad = m.sizes[Style.BODY] * 0.6
        return Placed(2 * pad, [HLine(x0, x0 + width, pad)])
    if isinstance(block, Text):
        x, w = x0, width
        prims: list[Primitive] = []
        if block.bullet:
            size = m.sizes[block.style]
            indent = text_width("•  ", m.font(block.style), size)
            prims.append(TextLine(x0, size * m.leading * 0.78, "•", m.font(block.style), size))
            x, w = x0 + indent, width - indent
        lines, y = _text_lines(block.text, block.style, m, x, w, 0.0, block.align)
        return Placed(y, prims + lines)
    if isinstance(block, Field):
        value_style = Style.BIG if block.big else Style.VALUE
        if m.label_column is not None:
            # A4: label in a left column, values beside it; the taller side sets the height.
            lab, lab_y = _text_lines(
                block.label, Style.LABEL, m, x0, m.label_column - 6, 0.0, Align.LEFT
            )
            # Align the label baseline with the first value line.
            shift = (m.sizes[value_style] - m.sizes[Style.LABEL]) * m.leading * 0.78
            lab = [_shift(p, shift) for p in lab]
            vals: list[Primitive] = []
            y = 0.0
            for value in block.values:
                more, y = _text_lines(
                    value,
                    value_style,
                    m,
                    x0 + m.label_column,
                    width - m.label_column,
                    y,
                    Align.LEFT,
                )
                vals.extend(more)
            return Placed(max(y, lab_y + shift) + 3, lab + vals)
        prims, y = _text_lines(block.label, Style.LABEL, m, x0, width, 0.0, Align.LEFT)
        for value in block.values:
            more, y = _text_lines(value, value_style, m, x0, width, y, Align.LEFT)
            prims.extend(more)
        return Placed(y + m.sizes[Style.LABEL] * 0.45, prims)
    if isinstance(block, Row):
        style = Style.VALUE if block.bold else Style.BODY
        size = m.sizes[style]
        font = m.font(style)
        right = shape(block.right) if has_arabic(block.right) else block.right
        right_w = text_width(right, font, size)
        lines, y = _text_lines(block.left, style, m, x0, width - right_w - 8, 0.0, Align.LEFT)
        first = lines[0]
        assert isinstance(first, TextLine)
        drawn = visual(right, m.rtl)
        lines.append(TextLine(x0, first.y, drawn, font, size, Align.RIGHT, width))
        return Placed(y, lines)
    # Qr
    side = block.size_mm * mm * m.qr_scale
    # Quiet zone: scanners need about four modules of white above and below the code.
    pad = 3 * mm
    prims = [QrMark(x0 + (width - side) / 2, pad, side, block.payload)]
    y = pad + side + pad / 2
    if block.caption:
        more, y = _text_lines(block.caption, Style.SMALL, m, x0, width, y + 2, Align.CENTER)
        prims.extend(more)
    return Placed(y + 2, prims)


def _shift(p: Primitive, dy: float) -> Primitive:
    if isinstance(p, TextLine):
        return TextLine(p.x, p.y + dy, p.text, p.font, p.size, p.align, p.width)
    if isinstance(p, HLine):
        return HLine(p.x0, p.x1, p.y + dy)
    return QrMark(p.x, p.y + dy, p.size, p.payload)


_FLIP = {Align.LEFT: Align.RIGHT, Align.RIGHT: Align.LEFT, Align.CENTER: Align.CENTER}


def mirror(p: Primitive, page_width: float) -> Primitive:
    """``p`` reflected about the page's vertical axis: right-to-left pages put labels right."""
    if isinstance(p, TextLine):
        x = page_width - p.x - p.width
        return TextLine(x, p.y, p.text, p.font, p.size, _FLIP[p.align], p.width)
    if isinstance(p, HLine):
        return HLine(page_width - p.x1, page_width - p.x0, p.y)
    return QrMark(page_width - p.x - p.size, p.y, p.size, p.payload)


def layout(blocks: Sequence[Block], m: Metrics) -> list[Placed]:
    """Lay out every block."""
    return [place(b, m) for b in blocks]
