"""Build the pseudo-locale ``xx``: every Italian source string 40% longer, placeholders intact.

Usage::

    python scripts/pseudo_locale.py              # resources/translations/kiosk_xx.{ts,qm}
    python scripts/pseudo_locale.py --out DIR    # somewhere else (tests use a temp dir)

The strings come fresh from the sources (``pyside6-lupdate`` over ``ui/ kiosk/ printing/``, as
in ``scripts/update_translations.py``). Each word is lengthened by 40% (letters repeated, with
accents so that taller glyphs show vertical clipping too) and the whole string is bracketed,
``[…]``, so a cut-off end is visible at a glance. Placeholders (``%1``, ``%n``, ``%L1``,
``{name}``), markup (``<b>``, ``&amp;``) and line breaks are kept exactly; a test checks that.
Used by ``tests/a11y/test_walkers.py`` (nothing may clip) — like Vorta's ``TRANS_SCALE``.
"""

from __future__ import annotations

import argparse
import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.update_translations import ROOT as _ROOT  # noqa: E402
from scripts.update_translations import TRANSLATIONS, sources, tool  # noqa: E402

GROWTH = 0.4
"""How much longer every string gets (German and Romanian run ~30–40% longer than Italian)."""

#: Placeholders and markup that must survive untouched, in the order they are tried.
PROTECTED = re.compile(
    r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}|<[^>]+>|&[a-zA-Z]+;|&#\d+;|\n"
)

_ACCENTED = str.maketrans(
    "aeiouAEIOUcnsyzCNSYZ", "àéîõüÀÉÎÕÜçñšýžÇÑŠÝŽ"
)


def lengthen_word(word: str, extra: int) -> str:
    """``word`` with ``extra`` more letters (its vowels, or its last letter, repeated), accented."""
    if not any(ch.isalpha() for ch in word):
        return word
    letters = [i for i, ch in enumerate(word) if ch.lower() in "aeiou"] or [
        max(i for i, ch in enumerate(word) if ch.isalpha())]
    out = list(word)
    for n in range(extra):
        index = letters[n % len(letters)]
        out[index] += word[index]
    return "".join(out).translate(_ACCENTED)


_WORD = re.compile(r"[^\s%{}<>&]+")


def pseudo(text: str) -> str:
    """The pseudo-translation of ``text``: 40% longer in all, brackets included."""
    if not text.strip():
        return text
    chunks: list[tuple[bool, str]] = []  # (protected, text)
    last = 0
    for match in PROTECTED.finditer(text):
        chunks.append((False, text[last:match.start()]))
        chunks.append((True, match.group(0)))
        last = match.end()
    chunks.append((False, text[last:]))
    words = [m.group(0) for done, chunk in chunks if not done for m in _WORD.finditer(chunk)
             if any(ch.isalpha() for ch in m.group(0))]
    budget = max(0, math.ceil(len(text) * GROWTH) - 2)  # the brackets count too
    extra = [0] * len(words)
    for n in range(budget if words else 0):
        extra[n % len(words)] += 1
    counter = iter(extra)

    def grow(match: re.Match[str]) -> str:
        word = match.group(0)
        if not any(ch.isalpha() for ch in word):
            return word
        return lengthen_word(word, next(counter))

    out = "".join(chunk if done else _WORD.sub(grow, chunk) for done, chunk in chunks)
    return "[" + out + "]"


def placeholders(text: str) -> list[str]:
    """Placeholders in ``text``, sorted (for comparing a translation with its source)."""
    return sorted(m.group(0) for m in re.finditer(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}",
                                                  text))


def lupdate_fresh(ts: Path, language: str) -> None:
    """Collect every source string into a new ``ts`` for ``language``."""
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-silent", "-source-language", "it",
         "-target-language", language, *sources(), "-ts", str(ts)],
        cwd=_ROOT, check=True, stdout=subprocess.DEVNULL,
    )


def fill(ts: Path) -> int:
    """Replace every translation in ``ts`` with the pseudo text; returns the entry count."""
    tree = ET.parse(ts)
    count = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
        count += 1
    write_ts(tree, ts)
    return count


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a ``.ts`` the way Qt Linguist does (XML declaration and DOCTYPE)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def build_pseudo(out: Path, code: str = "xx") -> Path:
    """Write ``kiosk_<code>.ts`` and ``.qm`` into ``out``; returns the ``.qm`` path."""
    out.mkdir(parents=True, exist_ok=True)
    ts = out / f"kiosk_{code}.ts"
    qm = ts.with_suffix(".qm")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        # The plural rules of Italian (two forms): the pseudo-locale keeps the source's.
        lupdate_fresh(fresh, "it")
        fill(fresh)
        tree = ET.parse(fresh)
        tree.getroot().set("language", "it")
        write_ts(tree, ts)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TRANSLATIONS, help="output folder")
    args = parser.parse_args(argv)
    qm = build_pseudo(args.out)
    print(f"built {qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
