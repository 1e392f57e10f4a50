"""Package resources: icons, stylesheet template, translations (built and complete)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from ui import icons
from ui.i18n import LANGUAGE_NAMES, has_translation

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402


def _icon_names_used_in_code() -> set[str]:
    """First argument of every ``set_icon(widget, "name", ...)`` call under ui/."""
    names: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "set_icon"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
                names.add(node.args[1].value)
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "make_button"):
                for keyword in node.keywords:
                    if keyword.arg == "icon" and isinstance(keyword.value, ast.Constant):
                        names.add(keyword.value.value)
    return names


def test_every_referenced_icon_is_declared_and_exists(qtbot: QtBot) -> None:
    used = _icon_names_used_in_code()
    assert used, "no icon references found"
    assert used <= icons.ICON_NAMES, used - icons.ICON_NAMES
    folder = resources.files("resources.icons")
    for name in icons.ICON_NAMES:
        data = folder.joinpath(f"{name}.svg").read_bytes()
        renderer = QSvgRenderer(QByteArray(data.replace(b"currentColor", b"#000000")))
        assert renderer.isValid(), name
        assert not icons.pixmap(name, "#0b3d91", 64).isNull()


def test_unknown_icon_fails_loudly() -> None:
    with pytest.raises(FileNotFoundError):
        icons.svg_text("no-such-icon")


def test_stylesheet_template_is_package_data() -> None:
    assert resources.files("resources.qss").joinpath("kiosk.qss.tmpl").is_file()


def _ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("kiosk_*.ts"))


def test_english_translation_ships() -> None:
    assert has_translation("en")
    assert Path(TRANSLATIONS / "kiosk_en.qm").is_file()
    assert set(LANGUAGE_NAMES) >= {"it", "en"}


@pytest.mark.parametrize("ts", _ts_files(), ids=lambda p: p.name)
def test_committed_qm_matches_its_ts(ts: Path, tmp_path: Path) -> None:
    built = tmp_path / ts.with_suffix(".qm").name
    update_translations.lrelease(ts, built)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} missing: run scripts/update_translations.py"
    assert built.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: run scripts/update_translations.py --release")


def _entries(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation text, or None if unfinished/missing."""
    entries: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = translation.text if translation is not None else None
            done = kind not in ("unfinished", "vanished", "obsolete") and bool(text)
            entries[(name, message.findtext("source") or "")] = text if done else None
    return entries


@pytest.mark.parametrize("ts", _ts_files(), ids=lambda p: p.name)
def test_every_source_string_is_translated(ts: Path, tmp_path: Path) -> None:
    """Run lupdate on the sources now: every string there must be translated in the .ts."""
    fresh = tmp_path / ts.name
    fresh.write_bytes(ts.read_bytes())
    subprocess.run(
        [update_translations.tool("pyside6-lupdate"), "-silent", "-no-obsolete",
         "-source-language", "it", *update_translations.sources(), "-ts", str(fresh)],
        cwd=ROOT, check=True, capture_output=True,
    )
    untranslated = sorted(key for key, text in _entries(fresh).items() if text is None)
    assert not untranslated, (
        f"{len(untranslated)} string(s) not translated in {ts.name} (run "
        f"scripts/update_translations.py, translate, rebuild): {untranslated[:5]}")


@pytest.mark.parametrize("ts", _ts_files(), ids=lambda p: p.name)
def test_placeholders_match(ts: Path) -> None:
    for (context, source), text in _entries(ts).items():
        if text is None:
            continue
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (
            context, source, text)
