"""Receipts in Chinese and Arabic: the script's glyphs are embedded, Arabic is joined and right to
left, numbers stay left to right, and the QR codes still decode.

Translations come from the shipped ``kiosk_<lang>.qm`` files, read through ``QTranslator``
exactly as the station's translator reads them (no application instance needed).
"""

from __future__ import annotations

import dataclasses
import io
import logging
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTranslator

from kiosk.receipts import Receipt
from printing import fonts, labels
from printing.content import receipt_blocks
from printing.fonts import (
    ARABIC,
    CJK,
    FaceSpec,
    find_font,
    fonts_for_language,
    missing_receipt_fonts,
    script_face,
)
from printing.labels import Translate
from printing.layout import Align, Field, TextLine, layout, place, wrap
from printing.qr import booking_ics, lookup_payload
from printing.render import Layout, receipt_metrics, render_receipt
from printing.rtl import shape, visual
from printing.samples import sample_booking, sample_payment
from tests.fixtures.cups import decode_qr_codes

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LAYOUTS: tuple[Layout, ...] = ("roll80", "a4")
OFFERED = ("it", "en", "fr", "de", "es", "ro", "uk", "ar", "zh")
# Bidi marks pdftotext puts around right-to-left and embedded left-to-right text.
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2069"))
_HARAKAT = dict.fromkeys(range(0x064B, 0x0653))


def translator_for(lang: str) -> Translate:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"kiosk_{lang}.qm")), lang

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    # Keep the QTranslator alive as long as the callable.
    translate.translator = translator  # type: ignore[attr-defined]
    return translate


@pytest.fixture(scope="module")
def zh() -> Translate:
    return translator_for("zh")


@pytest.fixture(scope="module")
def ar() -> Translate:
    return translator_for("ar")


def in_language(receipt: Receipt, lang: str) -> Receipt:
    return dataclasses.replace(receipt, language=lang)


def poppler_text(pdf: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", *args, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return out.stdout


def logical(text: str) -> str:
    """pdftotext output as comparable text: bidi marks gone, presentation forms to letters."""
    return unicodedata.normalize("NFKC", text.translate(_BIDI_MARKS))


def plain(arabic: str) -> str:
    """A translation as printed: without harakat (the receipt drops vowel marks)."""
    return unicodedata.normalize("NFKC", arabic.translate(_HARAKAT))


def embedded_fonts(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def embeds(pdf: bytes, font_name: str) -> bool:
    """Whether the PDF embeds (a subset of) registered font ``font_name``."""
    face = face_name(font_name)
    # reportlab numbers the subsets of a font with many glyphs: WenQuanYiMicroHei-0, -1...
    return any(name == face or name.startswith(f"{face}-") for name in embedded_fonts(pdf))


def text_lines(receipt: Receipt, kind: Layout, tr: Translate) -> list[TextLine]:
    m = receipt_metrics(kind, receipt.language)
    placed = layout(receipt_blocks(receipt, tr), m)
    return [p for block in placed for p in block.prims if isinstance(p, TextLine)]


def face_name(font_name: str) -> str:
    """The PostScript name a registered font is embedded under."""
    from reportlab.pdfbase import pdfmetrics

    name = pdfmetrics.getFont(font_name).face.name
    return name.decode() if isinstance(name, bytes) else str(name)


# --- fonts -------------------------------------------------------------------------------


def test_every_offered_language_has_its_receipt_fonts() -> None:
    # Fails on a station set up without fonts-wqy-microhei / fonts-noto-core: kiosk doctor
    # reports the same list.
    assert missing_receipt_fonts(OFFERED) == []
    cjk = find_font(CJK.regular, CJK.dirs)
    assert cjk is not None
    assert cjk.path.suffix in (".ttf", ".ttc")  # TrueType outlines: reportlab can embed them


def test_missing_script_font_is_reported_and_the_receipt_prints_in_italian(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    zh: Translate,
    caplog: pytest.LogCaptureFixture,
) -> None:
    nowhere = FaceSpec("cjk-test", CJK.regular, (), (tmp_path,), CJK.package)
    monkeypatch.setitem(fonts.LANGUAGE_FACES, "zh", nowhere)
    fonts_for_language.cache_clear()
    try:
        problems = missing_receipt_fonts(["it", "zh"])
        assert len(problems) == 1
        assert "zh" in problems[0]
        assert "fonts-wqy-microhei" in problems[0]
        assert not fonts_for_language("zh").complete
        with caplog.at_level(logging.ERROR, logger="kiosk.print"):
            pdf = render_receipt(in_language(sample_payment(), "zh"), "roll80", zh).pdf
        text = " ".join(poppler_text(pdf, tmp_path).split())
        assert "Ricevuta di pagamento" in text
        assert "22,21 €" in text  # Italian amounts too, not half Chinese
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in text)
        assert any("fonts-wqy-microhei" in r.getMessage() for r in caplog.records)
        assert any("in Italian" in r.getMessage() for r in caplog.records)
    finally:
        fonts_for_language.cache_clear()


# --- Chinese -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", LAYOUTS)
def test_chinese_receipt_embeds_a_cjk_font_and_prints_the_labels(
    kind: Layout, zh: Translate, tmp_path: Path
) -> None:
    receipt = in_language(sample_payment(), "zh")
    pdf = render_receipt(receipt, kind, zh).pdf
    face = script_face(CJK)
    assert face is not None
    assert embeds(pdf, face.regular)
    text = poppler_text(pdf, tmp_path)
    for source in (
        labels.TITLE_PAYMENT,
        labels.DATE_TIME,
        labels.CREDITOR,
        labels.NOTICE_NUMBER,
        labels.TOTAL_PAID,
        labels.PSP,
        labels.RECEIPT_CODE,
        labels.LOOKUP_QR,
    ):
        chinese = zh(labels.CONTEXT, source)
        assert chinese != source
        assert chinese in text.replace("\n", ""), chinese
    for figure in ("3010 0000 0000 0001 44", "€23.21", "23/11/2026 11:14", "K7Q2-M9XD-3F"):
        assert figure in text, figure
    # The CJK face has no bold cut: titles are filled and outlined (text render mode 2).
    content = b"".join(p.get_contents().get_data() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert b"2 Tr" in content


def test_chinese_dates_read_year_month_day(zh: Translate, tmp_path: Path) -> None:
    pdf = render_receipt(in_language(sample_booking(), "zh"), "roll80", zh).pdf
    text = poppler_text(pdf, tmp_path)
    assert "2026年11月30日 星期一" in text
    assert "09:30至09:50" in text


def test_every_character_of_a_chinese_receipt_has_a_glyph(zh: Translate) -> None:
    for receipt in (sample_payment(), sample_booking()):
        for kind in LAYOUTS:
            for line in text_lines(in_language(receipt, "zh"), kind, zh):
                assert line.font.missing(line.text) == "", line.text


def test_chinese_wraps_by_characters_never_before_closing_punctuation(zh: Translate) -> None:
    m = receipt_metrics("roll80", "zh")
    sentence = zh(labels.CONTEXT, labels.KEEP_PAYMENT) * 3
    lines = wrap(sentence, m.regular, 11.5, 120)
    assert "".join(lines) == sentence
    assert len(lines) > 3
    assert all(m.regular.width(line, 11.5) <= 120 for line in lines)
    assert not any(line[0] in "，。：）" for line in lines)


# --- Arabic ------------------------------------------------------------------------------


def test_arabic_letters_are_joined_and_drawn_right_to_left() -> None:
    # دفع: dal isolated (it never joins leftwards), feh initial, ain final.
    assert shape("دفع") == "\ufea9\ufed3\ufeca"
    assert visual(shape("دفع"), rtl=True) == "\ufeca\ufed3\ufea9"
    # lam + alef with hamza below become one ligature
    assert "\ufef9" in shape("الإشعار")


@pytest.mark.parametrize(
    ("logical_text", "drawn_start"),
    [
        ("صدر في: 23/11/2026 11:15", "23/11/2026 11:15 :"),  # date before time
        ("رمز الإشعار 3010 0000 0000 0001 44", "3010 0000 0000 0001 44 "),  # groups in order
        ("المبلغ 22,21 €", "22,21 € "),
        ("المحطة: PV-MEZZABARBA-01", "PV-MEZZABARBA-01 :"),
        ("الجلسات 13 (25%)", "13 (25%) "),
    ],
)
def test_numbers_and_codes_stay_left_to_right(logical_text: str, drawn_start: str) -> None:
    assert visual(shape(logical_text), rtl=True).startswith(drawn_start)


def test_brackets_are_mirrored_and_pure_latin_lines_are_left_alone() -> None:
    drawn = visual(shape("IUV (المعرف)"), rtl=True)
    assert drawn.startswith("(")
    assert drawn.endswith(") IUV")
    assert visual("Comune di Pavia", rtl=True) == "Comune di Pavia"
    assert visual("Piano 1, ambulatorio 12 (CRS)", rtl=True) == "Piano 1, ambulatorio 12 (CRS)"


@pytest.mark.parametrize("kind", LAYOUTS)
def test_arabic_receipt_is_shaped_and_every_glyph_exists(kind: Layout, ar: Translate) -> None:
    face = script_face(ARABIC)
    for receipt in (sample_payment(), sample_booking()):
        lines = text_lines(in_language(receipt, "ar"), kind, ar)
        arabic = [line for line in lines if any("\u0600" <= ch <= "\ufeff" for ch in line.text)]
        assert len(arabic) > 10
        for line in lines:
            # No .notdef: every character drawn has a glyph in the font that draws it.
            assert line.font.missing(line.text) == "", line.text
        for line in arabic:
            letters = [ch for ch in line.text if unicodedata.bidirectional(ch) == "AL"]
            # Only joined presentation forms reach the PDF, never bare letters.
            bare = [ch for ch in letters if "\u0621" <= ch <= "\u064a"]
            assert not bare, line.text
            if face is not None:
                assert {line.font.font_for(ch) for ch in letters} <= {face.regular, face.bold}


@pytest.mark.parametrize("kind", LAYOUTS)
def test_arabic_labels_sit_on_the_right(kind: Layout) -> None:
    m = receipt_metrics(kind, "ar")
    placed = place(Field("رمز الإشعار", ("3010 0000 0000 0001 44",)), m)
    label, value = (p for p in placed.prims if isinstance(p, TextLine))
    assert label.align is Align.RIGHT
    assert label.x + label.width == pytest.approx(m.width - m.margin_x)
    assert value.text == "3010 0000 0000 0001 44"
    if kind == "a4":
        assert label.x > value.x + value.width - 1  # label column right of the value
    else:
        assert value.align is Align.RIGHT


@pytest.mark.parametrize("kind", LAYOUTS)
def test_arabic_receipt_text_reads_in_logical_order(
    kind: Layout, ar: Translate, tmp_path: Path
) -> None:
    receipt = in_language(sample_payment(), "ar")
    pdf = render_receipt(receipt, kind, ar).pdf
    face = script_face(ARABIC)
    if face is not None:
        assert embeds(pdf, face.regular)
        assert embeds(pdf, face.bold)
    # pdftotext puts right-to-left text back in reading order: had the receipt been drawn
    # left to right in logical order, every word would come out reversed.
    text = logical(poppler_text(pdf, tmp_path))
    for source in (
        labels.TITLE_PAYMENT,
        labels.DATE_TIME,
        labels.CREDITOR,
        labels.NOTICE_NUMBER,
        labels.TOTAL_PAID,
        labels.PSP,
        labels.RECEIPT_CODE,
    ):
        arabic = ar(labels.CONTEXT, source)
        assert arabic != source
        assert plain(arabic) in text, arabic
    figures = ("3010 0000 0000 0001 44", "23/11/2026 11:14", "K7Q2-M9XD-3F", "IUR20261123PV0001")
    for figure in figures:
        assert figure in text, figure


@pytest.mark.parametrize("lang", ["ar", "zh"])
@pytest.mark.parametrize("kind", LAYOUTS)
def test_qr_codes_still_decode(
    lang: str, kind: Layout, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    tr: Translate = request.getfixturevalue(lang)
    receipt = in_language(sample_booking(), lang)
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(render_receipt(receipt, kind, tr).pdf)
    decoded = decode_qr_codes(pdf, tmp_path)
    assert sorted(decoded) == sorted([lookup_payload(receipt.receipt_code), booking_ics(receipt)])
