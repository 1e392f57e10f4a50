"""Guards against known-bad PySide6 builds for a station that runs for weeks.

PySide6 6.12.0 on Python 3.11 loses one reference to ``True`` on every ``Signal.emit()``
(``emit``'s return value). ``True`` is not immortal before Python 3.12, so after a few thousand
emits the interpreter aborts with "bool_dealloc: deallocating True or False". 6.11.3 is fine.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)
    value = Signal(object)


def test_signal_emit_does_not_leak_references_to_true(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.plain.emit()
        emitter.flag.emit(False)
        emitter.value.emit(None)
    after = sys.getrefcount(True)
    assert len(received) == 100
    # A few references may come and go elsewhere; the bug loses exactly one per emit.
    assert after >= before - 10, f"True lost {before - after} references in 300 emits"
    emitter.deleteLater()
