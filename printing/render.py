"""Draw receipts to PDF with reportlab: an 80 mm roll (page as long as the content) or A4."""

from __future__ import annotations

import dataclasses
import functools
import io
import logging
from dataclasses import dataclass
from typing import Literal

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.receipts import Receipt
from printing import labels
from printing.content import receipt_blocks
from printing.fonts import FontStack, fonts_for_language, forget_text
from printing.formatting import arg
from printing.labels import Translate, identity_translate, qt_translate
from printing.layout import (
    Align,
    Block,
    HLine,
    Metrics,
    Placed,
    Primitive,
    Qr,
    QrMark,
    Style,
    TextLine,
    layout,
    mirror,
)
from printing.qr import qr_matrix
from printing.rtl import shape, visual

Layout = Literal["roll80", "a4"]

log = logging.getLogger("kiosk.print")

# Compressed streams without the ASCII85 layer: printers and viewers read binary PDF fine, and
# reportlab's pure-Python ASCII85 encoder was a third of the render time.
rl_config.useA85 = 0

ROLL_WIDTH_MM = 80.0
# Thermal heads print ~72 mm of the 80 mm paper: keep 4 mm clear on each side.
ROLL_MARGIN_MM = 4.0
# The cutter sits a few millimetres past the last printed line.
ROLL_TOP_MM = 4.0
ROLL_BOTTOM_MM = 10.0

ROLL_SIZES = {
    Style.TITLE: 17.0,
    Style.SUBTITLE: 11.0,
    Style.HEADING: 13.0,
    Style.LABEL: 11.0,
    Style.VALUE: 13.0,
    Style.BIG: 16.0,
    Style.BODY: 11.5,
    Style.SMALL: 11.0,
}
A4_SIZES = {
    Style.TITLE: 22.0,
    Style.SUBTITLE: 12.0,
    Style.HEADING: 14.0,
    Style.LABEL: 11.0,
    Style.VALUE: 13.0,
    Style.BIG: 16.0,
    Style.BODY: 12.0,
    Style.SMALL: 11.0,
}


@dataclass(frozen=True, slots=True)
class RenderedReceipt:
    """A rendered receipt.

    Attributes:
        pdf: The PDF document.
        width_mm: Page width.
        height_mm: Page height (the roll length for ``roll80``).
        pages: Number of pages.
        media: CUPS ``media`` value matching the page, e.g. ``Custom.80x231mm`` or ``A4``.
    """

    pdf: bytes
    width_mm: float
    height_mm: float
    pages: int
    media: str


def receipt_metrics(kind: Layout, lang: str = "it") -> Metrics:
    """Page sizes, fonts and direction for a receipt layout in language ``lang``."""
    fonts = fonts_for_language(lang)
    if kind == "roll80":
        return Metrics(
            width=ROLL_WIDTH_MM * mm,
            height=None,
            margin_x=ROLL_MARGIN_MM * mm,
            margin_top=ROLL_TOP_MM * mm,
            margin_bottom=ROLL_BOTTOM_MM * mm,
            sizes=ROLL_SIZES,
            regular=fonts.regular,
            bold=fonts.bold,
            rtl=fonts.rtl,
        )
    width, height = A4
    return Metrics(
        width=width,
        height=height,
        margin_x=22 * mm,
        margin_top=15 * mm,
        margin_bottom=15 * mm,
        sizes=A4_SIZES,
        regular=fonts.regular,
        bold=fonts.bold,
        label_column=62 * mm,
        qr_scale=0.8,
        rtl=fonts.rtl,
    )


def _qr_path_ops(payload: str) -> str:
    """PDF path operators for the dark modules, in module units with the origin top-left."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    ops: list[str] = []
    for row_index, row in enumerate(matrix):
        y = n - row_index - 1
        col = 0
        # One rectangle per run of dark modules: far fewer operators than one per module, and
        # no hairline gaps between neighbours on a thermal head.
        while col < n:
            if not row[col]:
                col += 1
                continue
            start = col
            while col < n and row[col]:
                col += 1
            ops.append(f"{start} {y} {col - start} 1 re")
    ops.append("f")
    return "\n".join(ops)


_qr_ops_cached = functools.lru_cache(maxsize=64)(_qr_path_ops)


def _draw_qr(c: Canvas, mark: QrMark, top: float) -> None:
    n = len(qr_matrix(mark.payload))
    cell = mark.size / n
    c.saveState()
    c.translate(mark.x, top - mark.y - mark.size)
    c.scale(cell, cell)
    # Integer module coordinates written straight into the page stream: reportlab's generic
    # float formatting of thousands of rectangles cost more than the rest of the receipt.
    c.addLiteral(_qr_ops_cached(mark.payload))
    c.restoreState()


def _draw_text(c: Canvas, x: float, y: float, text: str, font: FontStack, size: float) -> None:
    """Draw ``text`` (in drawing order) from ``x``, switching fonts where the script changes."""
    runs = font.runs(text)
    if len(runs) == 1 and not font.synthetic:
        c.setFont(runs[0][0], size)
        c.drawString(x, y, runs[0][1])
        return
    t = c.beginText(x, y)
    for name, chunk in runs:
        t.setFont(name, size)
        if name in font.synthetic:
            # No bold cut of this face: fill and outline the glyphs so titles and values still
            # stand out (text render mode 2, stroked with the line width set below).
            t.setTextRenderMode(2)
            t.textOut(chunk)
            t.setTextRenderMode(0)
        else:
            t.textOut(chunk)
    if font.synthetic:
        c.setLineWidth(size * 0.035)
    c.drawText(t)


def _draw(c: Canvas, prims: list[Primitive], top: float) -> None:
    """Draw primitives of one block whose top edge is at page coordinate ``top``."""
    for p in prims:
        if isinstance(p, TextLine):
            y = top - p.y
            x = p.x
            if p.align is not Align.LEFT:
                free = p.width - p.font.width(p.text, p.size)
                x += free / 2 if p.align is Align.CENTER else free
            _draw_text(c, x, y, p.text, p.font, p.size)
        elif isinstance(p, HLine):
            c.setLineWidth(0.8)
            c.line(p.x0, top - p.y, p.x1, top - p.y)
        else:
            _draw_qr(c, p, top)


def _new_canvas(buffer: io.BytesIO, size: tuple[float, float], receipt: Receipt) -> Canvas:
    # invariant=1 keeps the PDF bytes reproducible for the same receipt (no creation stamp
    # from the clock), so a reprint is byte-identical to the stored original.
    c = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(f"{receipt.kind.value} {receipt.receipt_code}")
    c.setAuthor(receipt.station_id)
    c.setSubject(receipt.receipt_code)
    return c


def _render_roll(receipt: Receipt, placed: list[Placed], m: Metrics) -> RenderedReceipt:
    content = sum(p.height for p in placed)
    height = m.margin_top + content + m.margin_bottom
    buffer = io.BytesIO()
    c = _new_canvas(buffer, (m.width, height), receipt)
    top = height - m.margin_top
    for block in placed:
        _draw(c, block.prims, top)
        top -= block.height
    c.showPage()
    c.save()
    height_mm = height / mm
    return RenderedReceipt(
        pdf=buffer.getvalue(),
        width_mm=ROLL_WIDTH_MM,
        height_mm=height_mm,
        pages=1,
        media=roll_media(height_mm),
    )


def _paginate(blocks: list[Block], placed: list[Placed], m: Metrics) -> list[list[int]]:
    """Indexes of the blocks on each page."""
    assert m.height is not None
    usable = m.height - m.margin_top - m.margin_bottom
    pages: list[list[int]] = [[]]
    room = usable
    for index, block in enumerate(placed):
        # Never split a block (a field and its value, a QR and its caption), and keep a label
        # with the QR code that follows it (the receipt code above its lookup code).
        needed = block.height
        if index + 1 < len(placed) and isinstance(blocks[index + 1], Qr):
            needed += placed[index + 1].height
        if needed > room and pages[-1]:
            pages.append([])
            room = usable
        pages[-1].append(index)
        room -= block.height
    return pages


def _render_a4(
    receipt: Receipt, blocks: list[Block], placed: list[Placed], m: Metrics, tr: Translate
) -> RenderedReceipt:
    assert m.height is not None
    buffer = io.BytesIO()
    c = _new_canvas(buffer, (m.width, m.height), receipt)
    pages = _paginate(blocks, placed, m)
    for number, indexes in enumerate(pages, start=1):
        top = m.height - m.margin_top
        for index in indexes:
            _draw(c, placed[index].prims, top)
            top -= placed[index].height
        if len(pages) > 1:
            label = visual(shape(receipt_page_label(number, len(pages), tr)), m.rtl)
            size = m.sizes[Style.SMALL]
            line: Primitive = TextLine(
                m.margin_x, 0.0, label, m.regular, size, Align.RIGHT, m.width - 2 * m.margin_x
            )
            if m.rtl:
                line = mirror(line, m.width)
            _draw(c, [line], m.margin_bottom / 2)
        c.showPage()
    c.save()
    return RenderedReceipt(
        pdf=buffer.getvalue(),
        width_mm=m.width / mm,
        height_mm=m.height / mm,
        pages=len(pages),
        media="A4",
    )


def receipt_page_label(page: int, pages: int, tr: Translate) -> str:
    """``Pagina 2 di 3`` in the receipt's language."""
    return arg(tr(labels.CONTEXT, labels.PAGE), str(page), str(pages))


def roll_media(height_mm: float) -> str:
    """CUPS media name for an 80 mm roll cut at ``height_mm`` (rounded up to whole mm)."""
    whole = int(height_mm) + (0 if height_mm == int(height_mm) else 1)
    return f"Custom.{int(ROLL_WIDTH_MM)}x{whole}mm"


def render_receipt(
    receipt: Receipt,
    layout_kind: Layout = "roll80",
    translate: Translate | None = None,
) -> RenderedReceipt:
    """Render a receipt to PDF.

    The receipt is printed in ``receipt.language``: its script's fonts, right to left for
    Arabic. When no installed font has that script (Chinese with no CJK font), the receipt is
    printed in Italian rather than as empty boxes, and the missing package is logged.

    Args:
        receipt: Any receipt kind from :mod:`kiosk.receipts`.
        layout_kind: ``"roll80"`` (80 mm thermal roll, page as long as the content) or ``"a4"``.
        translate: ``translate(context, text)``; defaults to ``QCoreApplication.translate`` so
            the receipt follows the translator the UI installed for the citizen's language.

    Returns:
        The PDF and its page geometry (pass ``media`` to the printer).
    """
    tr = translate or qt_translate
    fonts = fonts_for_language(receipt.language)
    if not fonts.complete:
        log.error(
            "no font for receipts in %r: printing %s in Italian (see kiosk doctor)",
            receipt.language,
            receipt.receipt_code,
        )
        tr = identity_translate
        receipt = dataclasses.replace(receipt, language="it")
    m = receipt_metrics(layout_kind, receipt.language)
    try:
        blocks = receipt_blocks(receipt, tr)
        placed = layout(blocks, m)
        if layout_kind == "roll80":
            return _render_roll(receipt, placed, m)
        return _render_a4(receipt, blocks, placed, m, tr)
    finally:
        forget_text()
