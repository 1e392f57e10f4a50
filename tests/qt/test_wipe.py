"""find_personal_data finds a value wherever a widget can hold text, and only there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.station import Station
from ui.wipe import find_personal_data, line_edit_history

CF = "RSSMRA85T10G388I"
NOTICE = "301000000000000144"


@pytest.fixture
def root(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.setObjectName("root")
    qtbot.addWidget(widget)
    return widget


def _one(findings: list[str], where: str) -> None:
    assert len(findings) == 1, findings
    assert where in findings[0], findings
    assert CF not in findings[0]
    assert NOTICE not in findings[0]


def test_nothing_found_in_clean_widgets(root: QWidget) -> None:
    QLabel("Il suo codice fiscale", root)
    QLineEdit(root)
    assert find_personal_data([root], [CF, NOTICE]) == []
    assert find_personal_data([root], []) == []
    assert find_personal_data([root], ["", "  "]) == []


@pytest.mark.parametrize(
    ("make", "where"),
    [
        (lambda p: QLabel(f"Codice: {CF}", p), "text"),
        (lambda p: QLabel("RSS MRA 85T10 G388I", p), "text"),  # grouped form
        (lambda p: QLabel("rss mra 85t10 g388i", p), "text"),  # any case
        (lambda p: QPushButton(f"Sono {CF}", p), "text"),
        (lambda p: QLabel("3010 0000 0000 0001 44", p), "text"),
    ],
)
def test_texts_in_labels_and_buttons(root: QWidget, make, where: str) -> None:
    make(root)
    _one(find_personal_data([root], [CF, NOTICE]), where)


def test_hidden_widgets_are_searched_too(root: QWidget) -> None:
    label = QLabel(CF, root)
    label.hide()
    assert find_personal_data([root], [CF])


@pytest.mark.parametrize(
    "attribute",
    ["setToolTip", "setAccessibleName", "setAccessibleDescription", "setStatusTip",
     "setWhatsThis", "setWindowTitle"],
)
def test_widget_attributes(root: QWidget, attribute: str) -> None:
    widget = QWidget(root)
    getattr(widget, attribute)(f"paziente {CF}")
    _one(find_personal_data([root], [CF]), attribute[3].lower() + attribute[4:])


def test_dynamic_string_properties(root: QWidget) -> None:
    root.setProperty("last_cf", CF)
    _one(find_personal_data([root], [CF]), "property last_cf")


def test_line_edit_text_and_placeholder(root: QWidget) -> None:
    edit = QLineEdit(root)
    edit.setText(CF)
    _one(find_personal_data([root], [CF]), "text")
    edit.setText("")
    edit.setPlaceholderText(CF)
    _one(find_personal_data([root], [CF]), "placeholderText")


def test_qt_facts_clear_is_undoable_settext_is_not(root: QWidget) -> None:
    edit = QLineEdit(root)
    edit.insert(CF)
    edit.clear()
    assert edit.text() == ""
    assert edit.isUndoAvailable()  # clear() keeps the text in the undo history
    edit.setText("")
    assert not edit.isUndoAvailable()  # setText("") empties the history
    assert not edit.isRedoAvailable()


def test_line_edit_undo_history_is_searched_and_left_intact(root: QWidget) -> None:
    edit = QLineEdit(root)
    edit.setObjectName("test.cf")
    edit.insert(CF)
    edit.clear()  # the wrong way to wipe
    edit.insert("AB")
    changes: list[str] = []
    edit.textChanged.connect(changes.append)
    findings = find_personal_data([root], [CF])
    assert len(findings) >= 1
    assert all("undo/redo history" in f and "test.cf" in f for f in findings), findings
    # The walk through the history changed nothing and told nobody.
    assert edit.text() == "AB"
    assert edit.isUndoAvailable()
    assert changes == []
    edit.undo()
    assert edit.text() == ""
    edit.undo()
    assert edit.text() == CF


def test_line_edit_redo_history_is_searched(root: QWidget) -> None:
    edit = QLineEdit(root)
    edit.insert(CF)
    edit.undo()
    assert edit.text() == ""
    assert CF in line_edit_history(edit)
    assert edit.text() == ""
    assert edit.isRedoAvailable()
    assert find_personal_data([root], [CF])


def test_plain_text_edit_and_its_history(root: QWidget) -> None:
    edit = QPlainTextEdit(root)
    edit.setPlainText("")
    edit.insertPlainText(CF)
    assert find_personal_data([root], [CF])
    edit.selectAll()
    edit.cut()
    QApplication.clipboard().clear()
    findings = find_personal_data([root], [CF])
    assert findings
    assert all("history" in f for f in findings), findings
    assert edit.toPlainText() == ""


def test_combo_box_items(root: QWidget) -> None:
    combo = QComboBox(root)
    combo.addItem("Mario Rossi", CF)
    combo.addItem("Altro")
    combo.setCurrentIndex(1)
    findings = find_personal_data([root], [CF, "Mario Rossi"])
    assert any("item 0 data" in f for f in findings), findings
    assert any("item 0:" in f or "item 0 " in f for f in findings), findings


def test_item_views_in_every_role_and_level(root: QWidget) -> None:
    model = QStandardItemModel(root)
    parent = QStandardItem("Prenotazioni")
    child = QStandardItem("Visita")
    child.setData(f"paziente {CF}", Qt.ItemDataRole.ToolTipRole)
    parent.appendRow(child)
    model.appendRow(parent)
    view = QTreeView(root)
    view.setModel(model)
    findings = find_personal_data([root], [CF])
    _one(findings, "ToolTipRole")
    lst = QListWidget(root)
    lst.addItem("x")
    lst.item(0).setData(Qt.ItemDataRole.AccessibleTextRole, CF)
    assert any("AccessibleTextRole" in f for f in find_personal_data([root], [CF]))


def test_the_clipboard(root: QWidget) -> None:
    QApplication.clipboard().setText(CF)
    try:
        assert find_personal_data([root], [CF]) == ["clipboard: contains RSS*************"]
    finally:
        QApplication.clipboard().clear()


def test_whole_application_when_no_roots_are_given(qtbot: QtBot) -> None:
    first, second = QWidget(), QWidget()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    column = QVBoxLayout(second)
    label = QLabel(NOTICE)
    column.addWidget(label)
    findings = find_personal_data(None, [NOTICE])
    assert len(findings) == 1
    assert find_personal_data([first], [NOTICE]) == []


def test_the_whole_station_can_be_searched(station: Station) -> None:
    """Every widget of the real station is readable by the search (no type it trips on)."""
    findings = find_personal_data(None, [CF, NOTICE])
    assert findings == []
    assert len(QApplication.allWidgets()) > 50
