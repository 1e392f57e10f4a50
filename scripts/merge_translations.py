"""Copy finished translations from one Qt Linguist ``.ts`` file into another.

Usage::

    python scripts/merge_translations.py FROM.ts INTO.ts

For every message of ``INTO.ts`` whose (context, source) has a finished translation in
``FROM.ts``, the translation is copied over and marked finished. Messages only in ``FROM.ts``
are added under their context (so it works before or after ``lupdate``). ``INTO.ts`` is
rewritten in place; run ``scripts/update_translations.py --release`` afterwards to rebuild the
``.qm``. (PySide6 wheels ship no ``lconvert``, which would otherwise do this.)
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _finished(message: ET.Element) -> str | None:
    translation = message.find("translation")
    if translation is None or not translation.text:
        return None
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    return translation.text


def merge(source: Path, target: Path) -> tuple[int, int]:
    """Merge ``source`` into ``target``. Returns (updated, added) message counts."""
    wanted: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(source).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if _finished(message) is not None:
                wanted[(name, message.findtext("source") or "")] = message
    tree = ET.parse(target)
    root = tree.getroot()
    updated = added = 0
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for (name, text), message in wanted.items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        existing = [m for m in context.iter("message") if (m.findtext("source") or "") == text]
        if not existing:
            context.append(message)
            added += 1
            continue
        for target_message in existing:
            translation = target_message.find("translation")
            if translation is None:
                translation = ET.SubElement(target_message, "translation")
            translation.text = _finished(message)
            translation.attrib.pop("type", None)
            updated += 1
    ET.indent(tree)
    body = ET.tostring(root, encoding="unicode")
    target.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )
    return updated, added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the .ts to copy translations from")
    parser.add_argument("target", type=Path, help="the .ts to copy them into (rewritten)")
    args = parser.parse_args(argv)
    updated, added = merge(args.source, args.target)
    print(f"{args.target}: {updated} updated, {added} added")
    return 0


if __name__ == "__main__":
    sys.exit(main())
