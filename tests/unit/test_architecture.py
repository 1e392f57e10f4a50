"""The layers of DESIGN.md hold: checked on every test run, not left to reviews."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Qt modules that need a GUI: the core must run (and be tested) without them.
GUI_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtSvg", "PySide6.QtSvgWidgets",
               "PySide6.QtPrintSupport", "PySide6.QtTextToSpeech")


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (function-level imports included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("package", ["kiosk", "printing"])
def test_core_and_printing_never_import_qt_widgets_or_ui(package: str) -> None:
    offenders = []
    for path in sorted((REPO / package).rglob("*.py")):
        for name in imported_modules(path):
            if name.startswith(GUI_MODULES) or name == "ui" or name.startswith("ui."):
                offenders.append(f"{path.relative_to(REPO)}: {name}")
    assert offenders == []


def test_screens_never_import_requests() -> None:
    offenders = [f"{path.relative_to(REPO)}: {name}"
                 for path in sorted((REPO / "ui").rglob("*.py"))
                 for name in imported_modules(path)
                 if name.split(".")[0] in ("requests", "urllib3", "httpx")]
    assert offenders == []


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.fail("import-linter is not installed (pip install -e '.[dev]')")
    result = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "broken" in result.stdout
    assert "0 broken" in result.stdout
