"""Refresh the Qt Linguist translations: lupdate the sources, lrelease the .qm files.

Usage::

    python scripts/update_translations.py            # update every .ts, then build every .qm
    python scripts/update_translations.py --release  # only rebuild .qm from the .ts files
    python scripts/update_translations.py --add fr   # start kiosk_fr.ts

Sources scanned: ``ui/``, ``kiosk/`` (not the sandbox backend) and ``printing/`` (``self.tr``
in widgets, ``QT_TRANSLATE_NOOP`` / ``QCoreApplication.translate`` elsewhere). Italian is the source
language. The compiled ``.qm`` files are committed; ``tests/qt/test_resources.py`` fails when a
``.qm`` does not match its ``.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_DIRS = ("ui", "kiosk", "printing")
# The sandbox is the backend: its data carries its own languages, and its seed helper named
# ``tr()`` would be mistaken by lupdate for Qt's.
EXCLUDED = ("kiosk/sandbox/",)


def tool(name: str) -> str:
    """Path of a PySide6 tool: next to this Python first (the venv), then on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def sources() -> list[str]:
    """Every Python source that may hold translatable strings, relative to the repo root."""
    files: list[str] = []
    for folder in SOURCE_DIRS:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py"))
    return [f for f in files if not f.replace("\\", "/").startswith(EXCLUDED)]


def lupdate(ts_files: list[Path]) -> None:
    """Merge the current source strings into ``ts_files`` (obsolete entries dropped)."""
    for ts in ts_files:
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "it",
             *sources(), "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT, check=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build .qm files")
    parser.add_argument("--add", metavar="LANG", help="create kiosk_<LANG>.ts")
    args = parser.parse_args(argv)
    ts_files = sorted(TRANSLATIONS.glob("kiosk_*.ts"))
    if args.add:
        new = TRANSLATIONS / f"kiosk_{args.add}.ts"
        if new not in ts_files:
            ts_files.append(new)
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "it",
             "-target-language", args.add, *sources(), "-ts", str(new.relative_to(ROOT))],
            cwd=ROOT, check=True,
        )
    if not args.release:
        lupdate(ts_files)
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"built {ts.with_suffix('.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
