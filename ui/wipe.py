"""Find personal data left anywhere in the widgets: the proof that a session reset wiped it.

:func:`find_personal_data` reads every text a widget can hold, visible or not, and reports
where one of the given values (a codice fiscale, a notice number, a name …) still appears. It
is meant for tests ("after the idle reset nothing of the citizen is left"), and for a
self-check a technician can run.

What is searched, for every widget (``QApplication.allWidgets()``, hidden ones included):

* ``windowTitle``, ``toolTip``, ``statusTip``, ``whatsThis``, ``accessibleName``,
  ``accessibleDescription`` and string-valued dynamic properties;
* ``QLabel`` text, ``QAbstractButton`` text, ``QLineEdit`` text, placeholder **and its undo
  and redo history**, ``QTextEdit`` / ``QPlainTextEdit`` text and undo history;
* ``QComboBox`` items and their line edit; the model of every ``QAbstractItemView`` (every
  row and column, children included) in the display, edit, tool-tip, status-tip, what's-this,
  accessible text and accessible description roles;
* the clipboard.

Matching ignores case and white space, so a value is found in its grouped forms too
(``RSS MRA 85T10 G388I``, ``3010 0000 0000 0001 44``).

**The undo history** of a ``QLineEdit`` cannot be read through Qt's API, so it is walked:
with the widget's signals blocked, :meth:`~PySide6.QtWidgets.QLineEdit.undo` is called until
nothing is left (recording each text), then :meth:`~PySide6.QtWidgets.QLineEdit.redo` as many
times to restore the original text and history exactly; the same is done for the redo side.
Qt facts this relies on (checked in ``tests/qt/test_wipe.py``): ``QLineEdit.clear()`` is
*undoable* (the cleared text can come back with ``undo()``), while ``setText("")`` empties the
undo and redo history. So a reset must use ``setText("")``; :class:`ui.widgets.touchkeys.KeyTarget`
and :meth:`ui.screens.identify.IdentifyScreen.reset` do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_SPACE_RE = re.compile(r"\s+")

MODEL_ROLES: tuple[Qt.ItemDataRole, ...] = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)

_MAX_UNDO_STEPS = 10_000  # a QLineEdit's history is finite; this only guards a bad loop


def _squash(text: str) -> str:
    return _SPACE_RE.sub("", text).casefold()


def _hint(value: str) -> str:
    """A value as it may appear in a report: never in clear (reports end up in CI logs)."""
    squashed = _SPACE_RE.sub("", value)
    if len(squashed) <= 4:
        return "*" * len(squashed)
    return squashed[:3] + "*" * (len(squashed) - 3)


def describe(widget: QWidget) -> str:
    """``ClassName 'objectName'`` with the names of its ancestors, for reports."""
    names = []
    current: QWidget | None = widget
    while current is not None:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return f"{type(widget).__name__} '{'/'.join(reversed(names))}'"


def line_edit_history(edit: QLineEdit) -> list[str]:
    """Every text reachable with undo or redo on ``edit``; leaves ``edit`` exactly as it was.

    Signals are blocked while walking, so no application logic reacts to the fake edits.
    """
    texts: list[str] = []
    blocked = edit.blockSignals(True)
    try:
        cursor = edit.cursorPosition()
        undone = 0
        while edit.isUndoAvailable() and undone < _MAX_UNDO_STEPS:
            edit.undo()
            undone += 1
            texts.append(edit.text())
        for _ in range(undone):
            edit.redo()
        redone = 0
        while edit.isRedoAvailable() and redone < _MAX_UNDO_STEPS:
            edit.redo()
            redone += 1
            texts.append(edit.text())
        for _ in range(redone):
            edit.undo()
        edit.setCursorPosition(cursor)
    finally:
        edit.blockSignals(blocked)
    return texts


def _document_history(edit: QTextEdit | QPlainTextEdit) -> list[str]:
    document = edit.document()
    texts: list[str] = []
    blocked = edit.blockSignals(True)
    doc_blocked = document.blockSignals(True)
    try:
        undone = 0
        while document.isUndoAvailable() and undone < _MAX_UNDO_STEPS:
            document.undo()
            undone += 1
            texts.append(document.toPlainText())
        for _ in range(undone):
            document.redo()
        redone = 0
        while document.isRedoAvailable() and redone < _MAX_UNDO_STEPS:
            document.redo()
            redone += 1
            texts.append(document.toPlainText())
        for _ in range(redone):
            document.undo()
    finally:
        document.blockSignals(doc_blocked)
        edit.blockSignals(blocked)
    return texts


def _model_texts(
    model: QAbstractItemModel, parent: QModelIndex, path: str = ""
) -> Iterator[tuple[str, str]]:
    for row in range(model.rowCount(parent)):
        for column in range(_column_count(model, parent)):
            index = model.index(row, column, parent)
            where = f"{path}{row},{column}"
            for role in MODEL_ROLES:
                data = model.data(index, role)
                if isinstance(data, str) and data:
                    yield f"model[{where}] {role.name}", data
            if _has_children(model, index):
                yield from _model_texts(model, index, f"{where}/")


def _column_count(model: QAbstractItemModel, parent: QModelIndex | None = None) -> int:
    try:
        return model.columnCount(parent or QModelIndex())
    except TypeError:  # list models (QListWidget's) make columnCount private: one column
        return 1


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # private in flat list/table models: they have no children
        return False


def _header_texts(model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    for orientation, count in (
        (Qt.Orientation.Horizontal, _column_count(model)),
        (Qt.Orientation.Vertical, model.rowCount()),
    ):
        for section in range(count):
            for role in MODEL_ROLES:
                data = model.headerData(section, orientation, role)
                if isinstance(data, str) and data:
                    yield f"header[{orientation.name} {section}] {role.name}", data


def widget_texts(
    widget: QWidget, seen_models: set[int] | None = None
) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every text ``widget`` holds (see the module docstring).

    Args:
        widget: the widget to read.
        seen_models: ids of item models already read (a combo box and its popup list, a
            view and its header share one); each model is read once. None: read them all.
    """
    seen = set() if seen_models is None else seen_models

    def first_time(model: QAbstractItemModel | None) -> bool:
        if model is None or id(model) in seen:
            return False
        seen.add(id(model))
        return True

    for attribute in (
        "windowTitle", "toolTip", "statusTip", "whatsThis",
        "accessibleName", "accessibleDescription",
    ):
        yield attribute, getattr(widget, attribute)()
    for name in widget.dynamicPropertyNames():
        key = bytes(name.data()).decode("utf-8", "replace")
        try:
            value = widget.property(key)
        except RuntimeError:  # Qt-internal values with no Python type (e.g. "_q_..." ones)
            continue
        if isinstance(value, str):
            yield f"property {key}", value
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit):
        yield "text", widget.text()
        yield "placeholderText", widget.placeholderText()
        for step, text in enumerate(line_edit_history(widget)):
            yield f"undo/redo history step {step + 1}", text
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "text", widget.toPlainText()
        yield "placeholderText", widget.placeholderText()
        for step, text in enumerate(_document_history(widget)):
            yield f"undo/redo history step {step + 1}", text
    if isinstance(widget, QComboBox):
        yield "currentText", widget.currentText()
        for index in range(widget.count()):
            yield f"item {index}", widget.itemText(index)
            data = widget.itemData(index)
            if isinstance(data, str):
                yield f"item {index} data", data
        if first_time(widget.model()):
            yield from _model_texts(widget.model(), QModelIndex())
    if isinstance(widget, QHeaderView):
        if widget.model() is not None:
            yield from _header_texts(widget.model())
    elif isinstance(widget, QAbstractItemView) and first_time(widget.model()):
        yield from _model_texts(widget.model(), QModelIndex())


def find_personal_data(
    root_widgets: Iterable[QWidget] | None, values: Iterable[str]
) -> list[str]:
    """Report every place where one of ``values`` still appears.

    Args:
        root_widgets: the widgets to search with all their descendants; ``None`` searches
            every widget of the application (``QApplication.allWidgets()``), which is what a
            "nothing left" test should use.
        values: the personal data to look for. Case and white space are ignored (so grouped
            forms are found); empty values are skipped.

    Returns:
        One line per finding, ``<widget> <where>: contains <value hint>``; the value itself
        is never written in clear. Empty when nothing was found.
    """
    wanted = [(value, _squash(value)) for value in values if _squash(value)]
    if not wanted:
        return []
    if root_widgets is None:
        widgets: list[QWidget] = list(QApplication.allWidgets())
    else:
        widgets = []
        for root in root_widgets:
            widgets.append(root)
            widgets.extend(root.findChildren(QWidget))
    findings: list[str] = []
    seen: set[int] = set()
    seen_models: set[int] = set()
    for widget in widgets:
        if id(widget) in seen:
            continue
        seen.add(id(widget))
        for where, text in widget_texts(widget, seen_models):
            haystack = _squash(text or "")
            if not haystack:
                continue
            for value, needle in wanted:
                if needle in haystack:
                    findings.append(f"{describe(widget)} {where}: contains {_hint(value)}")
    clipboard = QGuiApplication.clipboard() if QGuiApplication.instance() else None
    if clipboard is not None:
        haystack = _squash(clipboard.text())
        findings.extend(
            f"clipboard: contains {_hint(value)}" for value, needle in wanted if needle in haystack
        )
    return findings
