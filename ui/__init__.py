"""The station's Qt Widgets user interface.

PySide6 replaces ``__import__`` with a hook that, the first time it sees a module (imported,
or named in an ``import`` after PySide6 is loaded), reads the module's source looking for
``from __feature__ import ...`` (its opt-in ``snake_case`` and ``true_property`` switches).
This project never uses those switches, so the modules the station runs are declared to the
hook up front: its own, as modules that use PySide6 with no feature switched on, and the
standard library's and those already loaded, as modules to ignore. The hook then skips them
instead of reading some fifty source files (``typing``, ``logging``, ``datetime`` ...) while
the station starts.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401  (installs the import hook declared to below)

_OWN_PACKAGES = ("ui", "kiosk", "printing", "resources")


def _declare_modules() -> None:
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get(
        "shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return  # another PySide6 layout: the hook reads the sources, as it always did
    root = Path(__file__).resolve().parent.parent
    for package in _OWN_PACKAGES:
        for folder, dirs, files in os.walk(root / package):
            dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
            prefix = ".".join(Path(folder).relative_to(root).parts)
            for name in files:
                if name.endswith(".py"):
                    module = prefix if name == "__init__.py" else f"{prefix}.{name[:-3]}"
                    table.setdefault(module, 0)  # 0: uses PySide6, no feature switched on
    for name in (*sys.stdlib_module_names, *sys.modules):
        table.setdefault(name, -1)  # -1: ignored by the hook (what it finds for these)


_declare_modules()
