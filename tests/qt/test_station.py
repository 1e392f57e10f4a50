"""The station shell driven by taps on objectNames."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import build_kiosk
from kiosk.config import parse_config
from kiosk.flows.navigation import Screen
from kiosk.logsetup import close_logging
from kiosk.services.client import ServicesClient
from tests.fixtures.sandbox import Sandbox
from tests.qt.conftest import make_config
from tests.qt.helpers import current_screen, find, tap
from ui.station import Station, build_station
from ui.theme import MIN_PRIMARY_TARGET_PX, MIN_TARGET_PX, TextSize, metrics_for

HEADER_CONTROLS = (
    "header.home", "header.back", "header.language", "header.text_size", "header.contrast",
    "header.read_aloud", "header.tutor", "header.help",
)


def _start(qtbot: QtBot, station: Station) -> None:
    assert current_screen(station) == "attract"
    tap(qtbot, station, "attract.start")
    assert current_screen(station) == "home"


def test_window_fills_the_screen_without_a_frame(station: Station) -> None:
    window = station.window
    assert window.isFullScreen()
    assert window.geometry().size().toTuple() == (1920, 1080)
    assert window.windowFlags() & window.windowFlags().FramelessWindowHint


def test_attract_fills_the_screen_and_hides_the_header(station: Station) -> None:
    start = find(station, "attract.start")
    assert start.isVisible()
    assert not station.window.header.isVisible()
    assert start.width() == 1920
    assert start.height() == 1080


@pytest.mark.parametrize(
    ("tile", "screen"),
    [
        ("home.book", "book"),
        ("home.pay", "pay"),
        ("home.my_bookings", "mybook"),
        ("home.help", "help"),
    ],
)
def test_home_choices_open_their_screen_and_lead_back(
    qtbot: QtBot, station: Station, tile: str, screen: str
) -> None:
    _start(qtbot, station)
    tap(qtbot, station, tile)
    assert current_screen(station) == screen
    assert station.window.header.isVisible()
    tap(qtbot, station, "header.home")
    assert current_screen(station) == "home"


def test_header_back_and_home(qtbot: QtBot, station: Station) -> None:
    _start(qtbot, station)
    assert not find(station, "header.home").isVisible()  # already home
    tap(qtbot, station, "home.book")
    tap(qtbot, station, "header.help")
    assert current_screen(station) == "help"
    tap(qtbot, station, "header.back")
    assert current_screen(station) == "book"
    tap(qtbot, station, "header.help")
    tap(qtbot, station, "header.home")
    assert current_screen(station) == "home"
    assert station.navigator.back_stack == ()


def test_language_switch_retranslates_and_back(qtbot: QtBot, station: Station) -> None:
    _start(qtbot, station)
    tap(qtbot, station, "home.pay")
    pay_screen = station.window.stack.currentWidget()
    tap(qtbot, station, "header.language")
    assert current_screen(station) == "language"
    assert find(station, "language.it").text().endswith("Italiano")
    assert find(station, "language.en").text() == "English"
    tap(qtbot, station, "language.en")
    # Back where the citizen was, same widget (retranslated, not rebuilt), now in English.
    assert current_screen(station) == "pay"
    assert station.window.stack.currentWidget() is pay_screen
    assert find(station, "header.home").text() == "Home"
    assert find(station, "header.back").text() == "Back"
    assert find(station, "header.language").accessibleName() == "Change language"
    assert find(station, "pay.verify").text() == "Check the notice"
    tap(qtbot, station, "header.home")
    assert find(station, "home.pay.title").text() == "Pay"
    assert find(station, "home.book").accessibleName() == "Book"

    tap(qtbot, station, "header.language")
    assert find(station, "language.en").text().endswith("English")
    tap(qtbot, station, "language.it")
    assert find(station, "home.pay.title").text() == "Paga"
    assert find(station, "header.language").text() == "Lingua"


def test_session_end_resets_language_and_accessibility(qtbot: QtBot, station: Station) -> None:
    _start(qtbot, station)
    tap(qtbot, station, "header.language")
    tap(qtbot, station, "language.en")
    tap(qtbot, station, "header.text_size")
    tap(qtbot, station, "header.contrast")
    tap(qtbot, station, "header.read_aloud")
    station.navigator.session_end()
    assert current_screen(station) == "attract"
    assert station.languages.current == "it"
    assert station.appearance.text_size is TextSize.NORMAL
    assert not station.appearance.high_contrast
    assert not station.appearance.read_aloud
    assert not find(station, "header.contrast").isChecked()
    assert find(station, "attract.prompt").text() == "Tocchi lo schermo per iniziare"


def test_text_size_cycles_three_steps(qtbot: QtBot, station: Station) -> None:
    _start(qtbot, station)
    heading = find(station, "home.heading")
    sizes = []
    for _ in range(4):
        expected = metrics_for(station.appearance.text_size).font_px
        assert f"font-size: {expected}px" in station.window.styleSheet()
        sizes.append(find(station, "header.help").fontInfo().pixelSize())
        assert heading.fontInfo().pixelSize() > sizes[-1]
        tap(qtbot, station, "header.text_size")
    assert sizes[0] < sizes[1] < sizes[2]
    assert sizes[3] == sizes[0]
    assert station.appearance.text_size is TextSize.LARGE
    assert "grande" in find(station, "header.text_size").accessibleName()


def test_contrast_toggles(qtbot: QtBot, station: Station) -> None:
    _start(qtbot, station)
    button = find(station, "header.contrast")
    assert isinstance(button, QToolButton)
    before = station.window.styleSheet()
    off_name = button.accessibleName()
    tap(qtbot, station, "header.contrast")
    assert station.appearance.high_contrast
    assert button.isChecked()
    assert station.window.styleSheet() != before
    assert "background-color: #000000" in station.window.styleSheet()
    # The state is in the words too, not only in the colours.
    assert button.text().startswith("✓")
    assert button.accessibleName() != off_name
    tap(qtbot, station, "header.contrast")
    assert not station.appearance.high_contrast
    assert station.window.styleSheet() == before


def test_read_aloud_toggle_emits_its_signal(qtbot: QtBot, station: Station) -> None:
    _start(qtbot, station)
    with qtbot.waitSignal(station.window.read_aloud_changed) as blocker:
        tap(qtbot, station, "header.read_aloud")
    assert blocker.args == [True]
    assert station.appearance.read_aloud
    assert find(station, "header.read_aloud").text().startswith("✓")


def _visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisible()]


@pytest.mark.parametrize("size", list(TextSize))
@pytest.mark.parametrize("language", ["it", "en"])
def test_touch_targets_on_home_and_header(
    qtbot: QtBot, station: Station, size: TextSize, language: str
) -> None:
    _start(qtbot, station)
    station.languages.set_language(language)
    station.window.retranslate()
    station.appearance.set_text_size(size)
    tap(qtbot, station, "home.help")  # a screen where every header control shows
    header = _visible_buttons(station.window.header)
    assert {b.objectName() for b in header} == set(HEADER_CONTROLS)
    for button in header:
        assert min(button.width(), button.height()) >= MIN_TARGET_PX, button.objectName()
        assert button.geometry().right() < 1920, f"{button.objectName()} runs off the screen"
    ordered = sorted(header, key=lambda b: b.x())
    for left, right in itertools.pairwise(ordered):
        assert right.x() - left.geometry().right() - 1 >= 12, (left.objectName(), "gap")
    tap(qtbot, station, "header.home")
    for name in ("home.book", "home.pay", "home.my_bookings", "home.help"):
        tile = find(station, name)
        assert min(tile.width(), tile.height()) >= MIN_PRIMARY_TARGET_PX, name
        assert tile.geometry().bottom() < 1080


def test_every_control_is_named_and_labelled(qtbot: QtBot, station: Station) -> None:
    _start(qtbot, station)
    for button in station.window.findChildren(QAbstractButton):
        name = button.objectName()
        assert "." in name, f"unnamed control {button!r}"
        assert button.accessibleName(), f"{name} has no accessible name"


@pytest.mark.parametrize("screen", list(Screen))
def test_every_screen_has_a_widget(station: Station, screen: Screen) -> None:
    assert screen in station.window.screens


def test_set_screen_replaces_a_flow_screen(qtbot: QtBot, station: Station) -> None:
    from ui.screens.help import HelpScreen

    replacement = HelpScreen()
    replacement.key = "pay"
    replacement.setObjectName("pay")
    replacement.home.setObjectName("pay.home")
    replacement.home_requested.connect(lambda: station.navigator.go(Screen.HOME))
    station.window.set_screen(Screen.PAY, replacement)
    _start(qtbot, station)
    tap(qtbot, station, "home.pay")
    assert station.window.stack.currentWidget() is replacement
    tap(qtbot, station, "pay.home")
    assert current_screen(station) == "home"


def test_windowed_mode_is_a_normal_development_window(qtbot: QtBot, station: Station) -> None:
    from ui.app import show_station

    station.window.showNormal()
    show_station(station.window, windowed=True)
    assert not station.window.isFullScreen()
    assert station.window.size().toTuple() == (1280, 800)


# --- the first frame, then the rest ---------------------------------------------------------

def test_the_first_frame_needs_only_what_it_shows(qtbot: QtBot, client: ServicesClient) -> None:
    """Built but not shown: nothing beyond the window yet; the first turn of the event loop
    builds the rest (idle timer, scanner, tutor, lockdown, read-aloud) and starts polling."""
    station = build_station(make_config(), client)
    try:
        assert not station.finished
        assert find(station, "header.tutor") is not None  # in the first frame
        assert not station.window.findChildren(QWidget, "pin.overlay")
        qtbot.waitUntil(lambda: station.finished, timeout=2_000)
        assert station.window.findChildren(QWidget, "pin.overlay")
        qtbot.waitUntil(lambda: station.health.is_up is True, timeout=10_000)
    finally:
        station.shutdown()


@pytest.mark.parametrize("straight_home", [False, True])
def test_only_the_screen_it_opens_on_is_built_before_the_first_frame(
    qtbot: QtBot, client: ServicesClient, straight_home: bool
) -> None:
    """Every screen is built when first shown: a station opens on the attract loop (the
    smoke run straight on home) and builds that one screen before its first frame."""
    station = build_station(make_config(), client)
    try:
        screens = station.window.screens
        assert [state for state in screens if screens.is_built(state)] == []
        if straight_home:
            station.navigator.start()
        qtbot.addWidget(station.window)
        station.window.show()
        opening = Screen.HOME if straight_home else Screen.ATTRACT
        assert [state for state in screens if screens.is_built(state)] == [opening]
        assert station.window.stack.currentWidget() is screens[opening]
        assert station.window.stack.count() == 1
    finally:
        station.shutdown()


def test_a_tap_before_the_rest_is_built_is_followed_once_it_is(
    qtbot: QtBot, client: ServicesClient
) -> None:
    """Nothing watches the whole application before the first frame (it would slow that frame
    down): a tap that comes first still reaches its button, and the session it started is
    timed from the moment the rest is built."""
    station = build_station(make_config(), client)
    try:
        qtbot.addWidget(station.window)
        station.window.show()  # no event loop turn yet: not painted, the rest not built
        assert not station.finished
        assert not station.window.findChildren(QWidget, "pin.overlay")
        qtbot.mouseClick(find(station, "attract.start"), Qt.MouseButton.LeftButton)
        assert station.navigator.state is Screen.HOME
        qtbot.waitUntil(lambda: station.finished, timeout=2_000)  # after the first frame
        assert station.session.running
    finally:
        station.shutdown()


def test_hooks_run_once_the_rest_is_built_after_the_first_frame(
    qtbot: QtBot, client: ServicesClient
) -> None:
    station = build_station(make_config(), client)
    try:
        calls: list[bool] = []
        station.after_first_frame(lambda: calls.append(station.finished))
        assert calls == []
        qtbot.waitUntil(lambda: bool(calls), timeout=2_000)
        assert calls == [True]
        station.after_first_frame(lambda: calls.append(station.finished))  # after: at once
        assert calls == [True, True]
    finally:
        station.shutdown()


def test_a_failing_hook_is_logged_and_the_station_starts_anyway(
    qtbot: QtBot, client: ServicesClient, caplog: pytest.LogCaptureFixture
) -> None:
    station = build_station(make_config(), client)
    try:
        def fail() -> None:
            raise OSError("no sandbox")

        station.after_first_frame(fail)
        qtbot.waitUntil(lambda: station.health.is_up is True, timeout=10_000)
        assert "start after the first frame failed" in caplog.text
    finally:
        station.shutdown()


def test_parts_built_after_the_first_frame_have_their_icons(station: Station) -> None:
    station.finish()
    dialog = station.idle_dialog
    assert not dialog.icon.pixmap().isNull()
    assert not dialog.more_time.icon().isNull()
    assert not station.toast.icon.pixmap().isNull()


def test_build_kiosk_gives_embedders_every_control_at_once(
    qtbot: QtBot, sandbox: Sandbox, tmp_path: Path
) -> None:
    """DESIGN.md: ``build_kiosk`` builds the whole station, ready to show; tests and embedders
    find controls by objectName without navigating first."""
    config = parse_config({"backend": {"url": sandbox.url, "token": sandbox.token},
                           "station": {"data_dir": str(tmp_path)},
                           "ui": {"speech_engine": "mock"}})
    kiosk = build_kiosk(config=config)
    try:
        window = kiosk.window
        for name in ("home.book", "language.en", "language.ar", "error.retry", "error.home",
                     "offline.message", "speech.stop", "speech.repeat", "pin.overlay",
                     "pay.verify", "mybook.search", "staff.reprint"):
            assert window.findChild(QWidget, name) is not None, name
    finally:
        kiosk.shutdown()
        close_logging()


def test_after_the_first_frame_its_buttons_point_and_tile_labels_let_taps_through(
    qtbot: QtBot, station: Station
) -> None:
    """What the first frame shows is built without PySide's Qt types (ui.qtprops); the
    cursors, tap-through labels and window flags follow as soon as it is painted."""
    window = station.window
    hand = Qt.CursorShape.PointingHandCursor
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    for name in ("header.home", "header.help", "header.tutor"):
        assert find(station, name).cursor().shape() == hand, name
    attract_labels = [find(station, f"attract.{n}") for n in ("prompt", "icon", "services")]
    assert all(label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
               for label in attract_labels)
    _start(qtbot, station)  # home is built now, after the first frame: marked as it is built
    tile = find(station, "home.book")
    assert tile.cursor().shape() == hand
    for part in ("icon", "title", "description"):
        label = find(station, f"home.book.{part}")
        assert label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents), part
    title = find(station, "home.book.title")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)  # a tap on the label opens booking
    qtbot.waitUntil(lambda: current_screen(station) == "book")
