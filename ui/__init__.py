"""The station's Qt Widgets user interface.

PySide6 replaces ``__import__`` with a hook that, for every module imported after it, reads the
module's source looking for ``from __feature__ import ...`` (its opt-in ``snake_case`` and
``true_property`` switches). This project never uses those switches, so its own modules are
declared to the hook up front, as modules that use PySide6 with no feature switched on: the
hook then skips them instead of reading some sixty source files while the station starts.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401  (installs the import hook declared to below)

_OWN_PACKAGES = ("ui", "kiosk", "printing", "resources")


def _declare_own_modules() -> None:
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


_declare_own_modules()
