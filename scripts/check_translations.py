"""Check the shipped translations: complete, placeholders intact, ``.qm`` built.

Usage::

    python scripts/check_translations.py          # every kiosk_<lang>.ts of a shipped language
    python scripts/check_translations.py fr de    # only these

A problem is any entry that is unfinished or empty (every numerus form counts), a translation
whose placeholders (``%1``, ``%2``, ``%n``, ``{name}``) differ from its source's (``%n`` may be
left out of a numerus form: "un'ora" for one), or a missing ``.qm``. Exits 1 and prints one
line per problem. The pseudo-locale ``xx`` is a test tool, not shipped, and is skipped.
Used by ``tests/a11y/test_translations.py``.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"

SHIPPED = ("en", "fr", "de", "es", "ro", "uk", "ar", "zh")
"""Languages the station offers besides Italian (the source: no translation file)."""

_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted."""
    return sorted(_PLACEHOLDER.findall(text))


@dataclass(frozen=True)
class Entry:
    """One message of a ``.ts`` file."""

    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool
    numerus: bool


def entries(ts: Path) -> list[Entry]:
    """Every message of ``ts`` (obsolete and vanished ones left out)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform") if translation is not None else []
            texts = tuple((f.text or "") for f in forms) if forms else (
                (translation.text or "") if translation is not None else "",)
            found.append(Entry(name, message.findtext("source") or "", texts,
                               kind == "unfinished", message.get("numerus") == "yes"))
    return found


def problems(ts: Path) -> list[str]:
    """What is wrong with ``ts``, one line per problem."""
    out = []
    for entry in entries(ts):
        where = f"{ts.name}: [{entry.context}] {entry.source[:60]!r}"
        if entry.unfinished:
            out.append(f"{where}: unfinished")
            continue
        if any(not text.strip() for text in entry.translations) and entry.source.strip():
            out.append(f"{where}: empty translation")
            continue
        wanted = placeholders(entry.source)
        for text in entry.translations:
            have = placeholders(text)
            if entry.numerus and "%n" in wanted and "%n" not in have:
                have = sorted([*have, "%n"])
            if have != wanted:
                out.append(f"{where}: placeholders {have} != source {wanted}")
    if not ts.with_suffix(".qm").is_file():
        out.append(f"{ts.name}: no compiled {ts.with_suffix('.qm').name}")
    return out


def main(argv: list[str] | None = None) -> int:
    codes = (argv if argv is not None else sys.argv[1:]) or list(SHIPPED)
    found = []
    for code in codes:
        ts = TRANSLATIONS / f"kiosk_{code}.ts"
        if not ts.is_file():
            found.append(f"{ts.name}: missing")
            continue
        found += problems(ts)
    for line in found:
        print(line)
    if not found:
        print(f"translations complete: {', '.join(codes)}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
