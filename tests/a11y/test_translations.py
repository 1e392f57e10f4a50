"""Languages: complete translations, placeholders matching, fonts that cover every script,
right-to-left for Arabic, and the pseudo-locale used by the clipping walker."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QTextLayout
from pytestqt.qtbot import QtBot

from scripts import check_translations
from scripts.pseudo_locale import GROWTH, fill, pseudo
from ui.appearance import kiosk_font
from ui.i18n import LANGUAGE_NAMES

TRANSLATIONS = check_translations.TRANSLATIONS
SHIPPED = check_translations.SHIPPED


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("kiosk_*.ts"))


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_language_is_complete(code: str) -> None:
    ts = TRANSLATIONS / f"kiosk_{code}.ts"
    assert ts.is_file(), f"{ts.name} missing"
    problems = check_translations.problems(ts)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.stem)
def test_placeholders_match_across_languages(ts: Path) -> None:
    wrong = []
    for entry in check_translations.entries(ts):
        if entry.unfinished:
            continue
        wanted = check_translations.placeholders(entry.source)
        for text in entry.translations:
            have = check_translations.placeholders(text)
            if entry.numerus and "%n" not in have:
                have = sorted([*have, "%n"])
            if text and have != wanted:
                wrong.append(f"[{entry.context}] {entry.source!r}: {have} != {wanted}")
    assert not wrong, "\n".join(wrong)


def test_every_language_has_a_name_and_a_translation_or_is_the_source() -> None:
    assert set(LANGUAGE_NAMES) == {"it", *SHIPPED}


# --- pseudo-locale ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    ["Paga", "Dimensione del testo: %1", "Avviso %1 di %2 — scade il %3",
     "PIN: %n cifre inserite", "Gentile {name}, benvenuto", "<b>Totale</b>: %L1 €",
     "Riga uno\nriga due"],
)
def test_pseudo_text_is_40_percent_longer_with_placeholders_intact(text: str) -> None:
    out = pseudo(text)
    assert check_translations.placeholders(out) == check_translations.placeholders(text)
    assert out.startswith("[")
    assert out.endswith("]")
    assert len(out) >= len(text) * (1 + GROWTH)
    assert out.count("\n") == text.count("\n")
    assert ("<b>" in out) == ("<b>" in text)


def test_pseudo_locale_fills_every_entry(tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_xx.ts"
    ts.write_text((TRANSLATIONS / "kiosk_en.ts").read_text("utf-8"), "utf-8")
    count = fill(ts)
    assert count > 0
    entries = check_translations.entries(ts)
    assert len(entries) == count
    for entry in entries:
        assert not entry.unfinished
        for text in entry.translations:
            assert text.startswith("[")
            assert check_translations.placeholders(text) == check_translations.placeholders(
                entry.source)


# --- fonts --------------------------------------------------------------------------------------

def shaped(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """(font family, glyph indexes) of each run Qt lays ``text`` out with."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes()))
            for run in layout.glyphRuns()]


def sample_texts(code: str) -> list[str]:
    texts = [LANGUAGE_NAMES[code]]
    ts = TRANSLATIONS / f"kiosk_{code}.ts"
    if ts.is_file():
        done = [t for e in check_translations.entries(ts) if not e.unfinished
                for t in e.translations if t.strip()]
        texts += done[:60]
    return texts


@pytest.mark.parametrize("code", ["it", *SHIPPED])
def test_no_missing_glyphs_in_any_language(qtbot: QtBot, code: str) -> None:
    font = kiosk_font()
    font.setPixelSize(28)
    tofu = []
    for text in sample_texts(code):
        for family, glyphs in shaped(text, font):
            if 0 in glyphs:  # glyph 0 is .notdef: the empty box ("tofu")
                tofu.append(f"{text!r} in {family}")
    assert not tofu, "missing glyphs:\n" + "\n".join(tofu)


def test_arabic_and_chinese_use_fonts_that_cover_them(qtbot: QtBot) -> None:
    font = kiosk_font()
    font.setPixelSize(28)
    arabic = shaped("مرحبا بكم في المكتب", font)
    assert arabic
    assert all(0 not in glyphs for _, glyphs in arabic)
    chinese = shaped("欢迎使用自助服务终端", font)
    families = {family for family, glyphs in chinese if glyphs}
    assert all(0 not in glyphs for _, glyphs in chinese)
    # Simplified Chinese glyph forms: a CJK font's SC (or generic CJK) face, not JP/KR/TC.
    assert any("SC" in f or "CN" in f or f.endswith("CJK") for f in families), families


def test_arabic_is_right_to_left() -> None:
    assert QLocale("ar").textDirection() == Qt.LayoutDirection.RightToLeft
    for code in ("it", "en", "fr", "de", "es", "ro", "uk", "zh"):
        assert QLocale(code).textDirection() == Qt.LayoutDirection.LeftToRight


def test_the_checker_finds_unfinished_entries_and_wrong_placeholders(tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr" sourcelanguage="it"><context><name>C</name>'
        '<message><source>Paga</source><translation type="unfinished"/></message>'
        '<message><source>Importo: %1</source><translation>Montant</translation></message>'
        '<message><source>Ciao {name}</source><translation>Bonjour {nom}</translation></message>'
        '<message numerus="yes"><source>%n cifre</source><translation>'
        '<numerusform>un chiffre</numerusform><numerusform>%n chiffres</numerusform>'
        '</translation></message>'
        '<message><source>Fine</source><translation>Terminer</translation></message>'
        '</context></TS>', "utf-8")
    problems = check_translations.problems(ts)
    assert any("'Paga': unfinished" in p for p in problems)
    assert any("'Importo: %1': placeholders" in p for p in problems)
    assert any("'Ciao {name}': placeholders" in p for p in problems)
    assert any("no compiled kiosk_fr.qm" in p for p in problems)
    assert not any("cifre" in p or "Fine" in p for p in problems)  # %n may be left out
    assert check_translations.main(["xx"]) == 1  # a language with no file is a problem
