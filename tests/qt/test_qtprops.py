"""ui.qtprops: Qt properties by name, marks applied after the first frame, kiosk window flags."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.app import create_application
from ui.qtprops import (
    apply_kiosk_window_flags,
    apply_marks,
    mark_pointing_hand,
    mark_tap_through,
    set_props,
    sync_window_flags,
)


def test_enum_and_flag_properties_are_set_by_the_names_of_their_values(qtbot: QtBot) -> None:
    button = QToolButton()
    qtbot.addWidget(button)
    label = QLabel()
    qtbot.addWidget(label)
    set_props(button, focusPolicy="StrongFocus", toolButtonStyle="ToolButtonTextUnderIcon")
    set_props(label, alignment="AlignLeft|AlignVCenter", textFormat="PlainText")
    assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_an_unknown_property_or_value_is_an_error_not_a_silent_dynamic_property(
    qtbot: QtBot,
) -> None:
    button = QToolButton()
    qtbot.addWidget(button)
    with pytest.raises(ValueError, match="no property 'focusPolicyy'"):
        set_props(button, focusPolicyy="StrongFocus")
    assert not button.dynamicPropertyNames()
    with pytest.raises(ValueError, match="does not take 'StrongestFocus'"):
        set_props(button, focusPolicy="StrongestFocus")
    assert button.focusPolicy() == Qt.FocusPolicy.TabFocus  # QToolButton's own default


def test_marks_take_effect_when_applied(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    tile = QToolButton(root)
    label = QLabel("Prenota", tile)
    plain = QLabel("title", root)
    layout = QVBoxLayout(root)
    layout.addWidget(tile)
    layout.addWidget(plain)
    mark_pointing_hand(tile)
    mark_tap_through(label)
    assert tile.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert not label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    apply_marks(root)
    assert tile.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert plain.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert not plain.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_kiosk_window_flags_go_to_the_native_window_and_then_to_the_widget(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    apply_kiosk_window_flags(window)
    handle = window.windowHandle()
    assert handle is not None
    expected = (Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint)
    assert handle.flags() == expected
    assert window.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowHandle() is handle  # shown as it was made, not made again
    assert handle.flags() == expected
    sync_window_flags(window)
    assert window.windowFlags() == expected
    assert not window.windowFlags() & Qt.WindowType.WindowCloseButtonHint
    # A later change of one flag keeps the others.
    window.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
    assert window.windowHandle().flags() & Qt.WindowType.FramelessWindowHint


def test_the_application_keeps_qt_defaults_the_station_relies_on() -> None:
    app = create_application([])
    assert isinstance(app, QApplication)
    assert (QApplication.highDpiScaleFactorRoundingPolicy()
            == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)  # sizes in mm stay right
    # A touch no widget takes as touch becomes a mouse press: buttons work with the finger.
    assert app.testAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents)
