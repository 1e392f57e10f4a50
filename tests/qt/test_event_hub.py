"""The station's one application event filter: dispatch by type, and stepping aside."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from ui.event_hub import INPUT_EVENTS, EventHub

_made: list[Recorder] = []


class Recorder(QObject):
    def __init__(self, stop: bool = False) -> None:
        super().__init__()
        _made.append(self)
        self.seen: list[QEvent.Type] = []
        self.stop = stop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append(event.type())
        return self.stop


@pytest.fixture
def hub(qapp: QApplication) -> Iterator[EventHub]:
    hub = EventHub.of(qapp)
    yield hub
    while _made:
        hub.remove(_made.pop())


@pytest.fixture
def button(qtbot: QtBot) -> QPushButton:
    button = QPushButton("ok")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    return button


def test_watchers_get_only_the_types_they_asked_for(
    qtbot: QtBot, hub: EventHub, button: QPushButton
) -> None:
    presses, keys = Recorder(), Recorder()
    hub.add(presses, {QEvent.Type.MouseButtonPress})
    hub.add(keys, {QEvent.Type.KeyPress})
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert presses.seen == [QEvent.Type.MouseButtonPress]
    assert keys.seen == []


def test_the_newest_watcher_is_asked_first_and_may_stop_the_event(
    qtbot: QtBot, hub: EventHub, button: QPushButton
) -> None:
    older, newer = Recorder(), Recorder(stop=True)
    hub.add(older, {QEvent.Type.MouseButtonPress})
    hub.add(newer, {QEvent.Type.MouseButtonPress})
    with qtbot.assertNotEmitted(button.pressed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert newer.seen == [QEvent.Type.MouseButtonPress]
    assert older.seen == []


def test_it_steps_aside_while_only_input_is_watched(
    qtbot: QtBot, hub: EventHub, button: QPushButton
) -> None:
    watcher = Recorder()
    hub.add(watcher, {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress})
    assert hub.watching(watcher) <= INPUT_EVENTS
    with hub.aside():
        # (Nothing sends input inside such a block; sending some proves nobody listens.)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert watcher.seen == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # back on watch afterwards
    assert watcher.seen == [QEvent.Type.MouseButtonPress]


def test_it_stays_while_a_watcher_wants_more_than_input(
    qtbot: QtBot, hub: EventHub, button: QPushButton
) -> None:
    taps, screens = Recorder(), Recorder()
    hub.add(taps, {QEvent.Type.MouseButtonPress})
    hub.add(screens, {QEvent.Type.Show})  # read-aloud, when on, follows what is shown
    with hub.aside():
        button.hide()
        button.show()
    assert QEvent.Type.Show in screens.seen
