"""The grouped field: shown in groups, stored without spaces, typed or pasted in any form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.widgets.grouped_edit import GroupedLineEdit, every, format_groups


@pytest.fixture
def cf(qtbot: QtBot) -> GroupedLineEdit:
    edit = GroupedLineEdit.for_codice_fiscale()
    qtbot.addWidget(edit)
    return edit


@pytest.mark.parametrize(
    ("value", "cuts", "shown"),
    [
        ("RSSMRA85T10G388I", (3, 6, 11), "RSS MRA 85T10 G388I"),
        ("RSSM", (3, 6, 11), "RSS M"),
        ("RSS", (3, 6, 11), "RSS"),
        ("", (3, 6, 11), ""),
        ("301000000000000144", range(4, 18, 4), "3010 0000 0000 0001 44"),
    ],
)
def test_format_groups(value: str, cuts: tuple[int, ...], shown: str) -> None:
    assert format_groups(value, cuts) == shown


def test_every() -> None:
    assert list(every(4)("123456789")) == [4, 8]


def test_typing_shows_groups_and_keeps_the_value_plain(qtbot: QtBot, cf: GroupedLineEdit) -> None:
    values: list[str] = []
    cf.value_changed.connect(values.append)
    qtbot.keyClicks(cf, "rssmra85t10g388i")
    assert cf.text() == "RSS MRA 85T10 G388I"
    assert cf.value() == "RSSMRA85T10G388I"
    assert cf.cursorPosition() == len(cf.text())
    assert values[-1] == "RSSMRA85T10G388I"
    assert len(values) == 16


def test_typing_with_spaces_or_stars_gives_the_same_value(
    qtbot: QtBot, cf: GroupedLineEdit
) -> None:
    qtbot.keyClicks(cf, "*RSS MRA  85T10 G388I*")
    assert cf.value() == "RSSMRA85T10G388I"
    assert cf.text() == "RSS MRA 85T10 G388I"


def test_paste_with_or_without_spaces(qtbot: QtBot, cf: GroupedLineEdit) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText("rss mra 85t10 g388i")
    cf.paste()
    assert cf.value() == "RSSMRA85T10G388I"
    cf.setValue("")
    clipboard.setText("RSSMRA85T10G388I")
    cf.paste()
    assert cf.text() == "RSS MRA 85T10 G388I"
    clipboard.clear()


def test_max_length_refuses_one_more_and_cuts_a_long_paste(
    qtbot: QtBot, cf: GroupedLineEdit
) -> None:
    qtbot.keyClicks(cf, "RSSMRA85T10G388I")
    cf.setCursorPosition(3)
    qtbot.keyClicks(cf, "X")
    assert cf.value() == "RSSMRA85T10G388I"
    assert cf.cursorPosition() == 3
    cf.setValue("RSSMRA85T10G388IXYZ")
    assert cf.value() == "RSSMRA85T10G388I"


def test_backspace_over_a_group_space_deletes_the_character(
    qtbot: QtBot, cf: GroupedLineEdit
) -> None:
    qtbot.keyClicks(cf, "RSSMRA")
    assert cf.text() == "RSS MRA"
    cf.setCursorPosition(4)  # just after the space
    qtbot.keyClick(cf, Qt.Key.Key_Backspace)
    assert cf.value() == "RSMRA"
    assert cf.text() == "RSM RA"
    cf.setCursorPosition(3)  # just before the space
    qtbot.keyClick(cf, Qt.Key.Key_Delete)
    assert cf.value() == "RSMA"
    assert cf.text() == "RSM A"
    cf.setCursorPosition(4)
    cf.backspace()  # the on-screen keyboard's path
    assert cf.value() == "RSA"


def test_insert_in_the_middle_keeps_the_cursor_after_the_new_character(
    qtbot: QtBot, cf: GroupedLineEdit
) -> None:
    qtbot.keyClicks(cf, "RSSMRA85T")
    cf.setCursorPosition(2)
    cf.insert("X")
    assert cf.text() == "RSX SMR A85T"
    assert cf.cursorPosition() == 3
    cf.insert("Y")
    assert cf.text() == "RSX YSM RA85T"
    assert cf.cursorPosition() == 5  # after Y, past the space


def test_company_codes_are_not_grouped(qtbot: QtBot, cf: GroupedLineEdit) -> None:
    qtbot.keyClicks(cf, "00296180185")
    assert cf.text() == "00296180185"


def test_set_value_empties_the_undo_history(qtbot: QtBot, cf: GroupedLineEdit) -> None:
    qtbot.keyClicks(cf, "R")
    cf.setValue("")
    assert not cf.isUndoAvailable()
    assert not cf.isRedoAvailable()
