"""The station's single window: header on top, one screen at a time below it.

The :class:`~kiosk.flows.navigation.Navigator` decides which screen is current; this window
only maps each :class:`~kiosk.flows.navigation.Screen` to its widget with a dict and follows
the navigator's transitions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.flows.navigation import Navigator, Screen, Transition
from ui.appearance import Appearance, apply_icons, apply_theme, set_icon
from ui.event_hub import EventHub
from ui.i18n import LanguageManager
from ui.qtprops import apply_marks, sync_window_flags
from ui.screens.base import ScreenWidget
from ui.screens.error import CrashScreen, ErrorScreen
from ui.screens.home import HomeScreen
from ui.widgets.header import Header

if TYPE_CHECKING:
    from ui.screens.attract import AttractScreen
    from ui.screens.out_of_service import OutOfServiceScreen

log = logging.getLogger("kiosk.ui")

WINDOWED_SIZE = (1280, 800)
"""Size of the development window (``kiosk --windowed``)."""


FLOW_SCREENS = frozenset({Screen.BOOK, Screen.PAY, Screen.MY_BOOKINGS})
"""States whose screens the station builds (flows with their own services) and hands in."""

ScreenFactory = Callable[[], ScreenWidget]


class Screens(Mapping[Screen, ScreenWidget]):
    """Each navigator state's screen. A screen handed in as a factory is built the first time
    it is asked for, so that start-up builds only what the first screens need (most citizens
    never see the staff tools, and each flow screen costs tens of milliseconds to build).

    Iterating gives every state, built or not; :meth:`built` gives only the screens that exist.
    """

    def __init__(self, on_built: Callable[[Screen, ScreenWidget], None]) -> None:
        self._order: list[Screen] = []
        self._built: dict[Screen, ScreenWidget] = {}
        self._factories: dict[Screen, ScreenFactory] = {}
        self._on_built = on_built

    def add(self, state: Screen, screen: ScreenWidget | ScreenFactory) -> None:
        """``state`` is shown by ``screen`` (a widget, or a factory called on first use)."""
        if state not in self._order:
            self._order.append(state)
        if isinstance(screen, ScreenWidget):
            self._built[state] = screen
            self._factories.pop(state, None)
            self._on_built(state, screen)
        else:
            self._factories[state] = screen

    def __getitem__(self, state: Screen) -> ScreenWidget:
        screen = self._built.get(state)
        if screen is None:
            factory = self._factories.pop(state)  # KeyError: no such screen
            screen = factory()
            self._built[state] = screen
            self._on_built(state, screen)
        return screen

    def __iter__(self) -> Iterator[Screen]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, state: object) -> bool:
        return state in self._built or state in self._factories

    def is_built(self, state: Screen) -> bool:
        return state in self._built

    def built(self) -> dict[Screen, ScreenWidget]:
        """The screens that exist now (nothing is built by asking)."""
        return {state: self._built[state] for state in self._order if state in self._built}


class ScreenStack(QStackedWidget):
    """The stack of screens: it fills the window under the header, whatever its pages need.

    A ``QStackedWidget`` answers size and height-for-width questions with the maximum over
    *all* its pages, built or hidden; every time a screen was shown the window's layout asked,
    and every word-wrapped label of every screen was laid out again (about half of a screen
    switch). The stack takes the space it is given, so it need not ask its pages at all.
    """

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        return QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class PrinterNotice(QFrame):
    """Banner under the header: the printer is not ready, the receipt comes on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printer.notice")
        self.setProperty("role", "notice")
        self.icon = QLabel(self)
        self.icon.setObjectName("printer.notice.icon")
        set_icon(self.icon, "warning", "notice", "small")
        self.message = QLabel(self)
        self.message.setObjectName("printer.notice.message")
        self.message.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 12, 32, 12)
        row.setSpacing(20)
        row.addWidget(self.icon)  # (fixed size: a row centres it vertically)
        row.addWidget(self.message, 1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.message.setText(self.tr(
            "Attenzione: la stampante non è disponibile. Può continuare: la ricevuta comparirà "
            "sullo schermo e potrà farla stampare allo sportello."))
        self.setAccessibleName(self.message.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    """Frameless full-screen station window.

    Args:
        navigator: the screen state machine (owned by the caller).
        appearance: the session's accessibility settings.
        languages: the language manager.
        station_name: ``station.name`` from the config, shown in the header and attract loop.
        site: ``station.site`` (``comune``, ``asst`` or ``both``).
    """

    read_aloud_changed = Signal(bool)
    """Read-aloud mode switched (speech engine comes with a later issue)."""
    exit_requested = Signal()
    """The window was closed (development window, or the window system closed it)."""

    def __init__(
        self,
        navigator: Navigator,
        appearance: Appearance,
        languages: LanguageManager,
        *,
        station_name: str,
        site: str,
        flows: Mapping[Screen, ScreenWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk.window")
        self.navigator = navigator
        self.appearance = appearance
        self.languages = languages
        self._retry: Callable[[], None] | None = None
        self.theme_applied = False
        self._used_flows: set[Screen] = set()
        self._header_state: tuple[bool, bool] | None = None
        self._hub: EventHub | None = None
        self._first_frame_done = False

        self.header = Header(station_name, self)
        self.printer_notice = PrinterNotice(self)
        self._printer_ready = True
        self.stack = ScreenStack(self)
        self.stack.setObjectName("kiosk.stack")
        self._when_built: dict[Screen, list[Callable[[ScreenWidget], None]]] = {}
        missing = FLOW_SCREENS - set(flows)
        if missing:
            raise ValueError(f"no screen for {sorted(s.value for s in missing)}")
        self.screens = Screens(self._screen_built)
        # Every screen is built the first time it is shown (or asked for): before the first
        # frame, only the one the station opens on.
        self.screens.add(Screen.ATTRACT, lambda: self._attract_screen(station_name, site))
        self.screens.add(Screen.HOME, self._home_screen)
        self.screens.add(Screen.OUT_OF_SERVICE, self._out_of_service_screen)
        self.screens.add(Screen.HELP, self._help_screen)
        self.screens.add(Screen.LANGUAGE, lambda: self._language_screen(languages.languages))
        self.screens.add(Screen.ERROR, self._error_screen)
        self.screens.add(Screen.CRASH, self._crash_screen)
        for state, screen in flows.items():
            self.screens.add(state, screen)

        root = QWidget(self)
        root.setObjectName("kiosk_root")
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.printer_notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(root)
        # The window is sized to the screen, not to its content. Without this, Qt pushes the
        # layout's minimum size to the platform window, which the kiosk never needs (and the
        # offscreen/eglfs platforms warn about).
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

        self._connect()
        self._remove_listener = navigator.add_listener(self._on_transition)
        self.apply_appearance()
        self.retranslate()

    def setVisible(self, visible: bool) -> None:
        if visible and self.stack.currentWidget() is None:
            # The first screen is built now, not in __init__: only the screen the station
            # opens on is built before its first frame (a transition before the window was
            # shown, e.g. the smoke run's straight to home, has built and shown its own).
            self._show(self.navigator.state)
        super().setVisible(visible)
        if visible and self._first_frame_done:
            sync_window_flags(self)  # (shown after finish_first_frame: an embedder's build)

    def finish_first_frame(self) -> None:
        """What the first frame left for later (see :mod:`ui.qtprops`): the pointing-hand
        cursors and tap-through labels of what it shows, and the window's own flags; screens
        built from now on get theirs when built."""
        if not self._first_frame_done:
            self._first_frame_done = True
            apply_marks(self)
            sync_window_flags(self)

    # --- wiring ------------------------------------------------------------------------------
    def _connect(self) -> None:
        nav = self.navigator
        h = self.header
        h.home_clicked.connect(lambda: nav.go(Screen.HOME))
        h.back_clicked.connect(nav.back)
        h.language_clicked.connect(lambda: nav.go(Screen.LANGUAGE))
        h.help_clicked.connect(lambda: nav.go(Screen.HELP))
        h.text_size_clicked.connect(self.appearance.cycle_text_size)
        h.contrast_toggled.connect(self.appearance.set_high_contrast)
        h.read_aloud_toggled.connect(self.appearance.set_read_aloud)
        self.appearance.changed.connect(self.apply_appearance)
        self.appearance.read_aloud_changed.connect(self.header.set_read_aloud)
        self.appearance.read_aloud_changed.connect(self.read_aloud_changed)

    # --- screens built on first use ----------------------------------------------------------
    @property
    def attract(self) -> AttractScreen:
        return cast("AttractScreen", self.screens[Screen.ATTRACT])

    @property
    def home(self) -> HomeScreen:
        return cast(HomeScreen, self.screens[Screen.HOME])

    @property
    def offline(self) -> OutOfServiceScreen:
        return cast("OutOfServiceScreen", self.screens[Screen.OUT_OF_SERVICE])

    def _attract_screen(self, station_name: str, site: str) -> ScreenWidget:
        from ui.screens.attract import AttractScreen

        screen = AttractScreen(station_name, site)
        screen.start_requested.connect(self.navigator.start)
        return screen

    def _home_screen(self) -> ScreenWidget:
        screen = HomeScreen()
        screen.chosen.connect(self.navigator.go)
        return screen

    def _out_of_service_screen(self) -> ScreenWidget:
        from ui.screens.out_of_service import OutOfServiceScreen

        return OutOfServiceScreen()

    def _help_screen(self) -> ScreenWidget:
        from ui.screens.help import HelpScreen

        screen = HelpScreen()
        screen.home_requested.connect(lambda: self.navigator.go(Screen.HOME))
        return screen

    def _language_screen(self, languages: tuple[str, ...]) -> ScreenWidget:
        from ui.screens.language import LanguageScreen

        screen = LanguageScreen(languages)
        screen.language_chosen.connect(self._choose_language)
        return screen

    def _error_screen(self) -> ScreenWidget:
        screen = ErrorScreen()
        screen.retry_requested.connect(self._on_retry)
        screen.home_requested.connect(lambda: self.navigator.go(Screen.HOME))
        return screen

    def _crash_screen(self) -> ScreenWidget:
        screen = CrashScreen()
        screen.restart_requested.connect(lambda: self.navigator.go(Screen.HOME))
        return screen

    def _screen_built(self, state: Screen, screen: ScreenWidget) -> None:
        self.stack.addWidget(screen)
        if self.theme_applied:
            apply_icons(screen, self.appearance.theme)
        if self._first_frame_done:
            apply_marks(screen)
        for hook in self._when_built.pop(state, []):
            hook(screen)

    def draw_icons(self, *widgets: QWidget) -> None:
        """Draw the icons of widgets added to the window after its theme was applied (the
        stylesheet reaches them by itself, the icons do not)."""
        if self.theme_applied:
            for widget in widgets:
                apply_icons(widget, self.appearance.theme)

    def when_built(self, state: Screen, hook: Callable[[ScreenWidget], None]) -> None:
        """Call ``hook(screen)`` with ``state``'s screen: now if it exists, else once it is
        built (wiring that only matters once a citizen reaches the screen)."""
        if self.screens.is_built(state):
            hook(self.screens[state])
        else:
            self._when_built.setdefault(state, []).append(hook)

    @property
    def help(self) -> Any:
        """The help screen (:class:`ui.screens.help.HelpScreen`; built on first use)."""
        return self.screens[Screen.HELP]

    @property
    def language(self) -> Any:
        """The language screen (:class:`ui.screens.language.LanguageScreen`)."""
        return self.screens[Screen.LANGUAGE]

    @property
    def error(self) -> ErrorScreen:
        screen = self.screens[Screen.ERROR]
        assert isinstance(screen, ErrorScreen)
        return screen

    @property
    def crash(self) -> CrashScreen:
        screen = self.screens[Screen.CRASH]
        assert isinstance(screen, CrashScreen)
        return screen

    def _choose_language(self, code: str) -> None:
        self.languages.set_language(code)
        # Retranslate now rather than waiting for the posted LanguageChange events, so the
        # screen the citizen returns to is already in the new language.
        self.retranslate()
        self.navigator.back()

    def _on_transition(self, transition: Transition) -> None:
        # No input arrives while the window changes screen (see ui.event_hub).
        with self._hub_aside():
            if transition.new is Screen.ATTRACT:
                # Back to the attract loop (time-out, or recovery after one): the next person
                # starts with the defaults.
                self.reset_session()
            elif transition.new is Screen.HOME:
                # Home abandons what was under way: Book or Pay opens at its first step again.
                # (Language and help are detours that come back to where the citizen was.)
                # Only the flows shown since their last reset can hold anything to abandon.
                built = self.screens.built()
                for state in self._used_flows & built.keys():
                    built[state].reset()
                self._used_flows.clear()
            self._show(transition.new)
            # The layout and repaint requests the switch posted (one per widget shown) would
            # each cross into Python at the next turn of the loop: handled here instead.
            for kind in (QEvent.Type.LayoutRequest, QEvent.Type.UpdateLater):
                QCoreApplication.sendPostedEvents(None, kind)

    def add_banner(self, widget: QWidget) -> None:
        """A banner right under the header (e.g. the tutor's), on every screen."""
        column = self.centralWidget().layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(1, widget)

    def set_printer_ready(self, ready: bool) -> None:
        """Whether receipts will come out of the printer now (banner on booking/payment)."""
        self._printer_ready = ready
        self._update_printer_notice()

    def _update_printer_notice(self) -> None:
        self.printer_notice.setVisible(
            not self._printer_ready and self.navigator.state in FLOW_SCREENS)

    def _show(self, state: Screen) -> None:
        screen = self.screens[state]
        if state is Screen.LANGUAGE:
            self.language.mark_current(self.languages.current)
        if state in FLOW_SCREENS:
            self._used_flows.add(state)
        self.stack.setCurrentWidget(screen)
        # Park keyboard focus on the screen itself: a focus ring on the first button would
        # look like a selection to someone using touch. Tab still reaches every control.
        screen.setFocus()  # (OtherFocusReason)
        self._update_printer_notice()
        # Most switches leave the header as it was: re-laying it out costs a few ms each time.
        header_state = (screen.show_header, self.navigator.can_navigate)
        if header_state != self._header_state:
            self._header_state = header_state
            self.header.setVisible(screen.show_header)
            self.header.set_navigation_visible(self.navigator.can_navigate)
            self.header.fit()
        screen.entered()

    # --- public API --------------------------------------------------------------------------
    def set_screen(self, state: Screen, screen: ScreenWidget) -> None:
        """Show ``screen`` for ``state`` from now on (e.g. a flow screen rebuilt for another
        configuration). The old widget is deleted. Wiring the new screen's signals
        (to the navigator, its flow) is the caller's job.
        """
        old = self.screens.built().get(state)
        # The station's wiring for this state waits for the screen it built, not this one.
        self._when_built.pop(state, None)
        self.screens.add(state, screen)  # stacked, with its icons
        if old is not None and old is not screen:
            self.stack.removeWidget(old)
            old.setParent(None)  # out of findChild() at once, not only after deletion
            old.deleteLater()
        if self.navigator.state is state:
            self._show(state)

    def reset_session(self) -> None:
        """Forget the last citizen: every screen emptied, then the default language, text size,
        contrast and read-aloud for the next one.
        """
        for screen in self.screens.built().values():
            screen.reset()
        self.appearance.reset()
        self.header.set_contrast(False)
        if self.languages.current != self.languages.default:
            self.languages.set_language(self.languages.default)
            self.retranslate()

    def apply_appearance(self) -> None:
        """Re-render the stylesheet and icons for the current accessibility settings."""
        apply_theme(self, self.appearance.theme)
        self.theme_applied = True
        self._header_state = None
        self.header.set_text_size(self.appearance.text_size)
        self.header.set_contrast(self.appearance.high_contrast)
        self.header.fit()

    def show_error(
        self, exc: BaseException | None, retry: Callable[[], None] | None = None
    ) -> None:
        """Show the error screen for ``exc``; *Riprova* calls ``retry`` (if given)."""
        self._retry = retry
        self.error.show_error(exc, can_retry=retry is not None)
        self.navigator.fail()

    @Slot()
    def show_crash(self) -> None:
        """Show the calm "start again" screen (called through the crash handler's signal)."""
        self._retry = None
        self.navigator.crash()

    def _on_retry(self) -> None:
        retry, self._retry = self._retry, None
        self.navigator.back()
        if retry is not None:
            retry()

    def retranslate(self) -> None:
        """Every screen and the header in the current language."""
        self.setWindowTitle(self.tr("SMACY – postazione self-service"))
        self.header.retranslate()
        self._header_state = None
        for screen in self.screens.built().values():
            screen.retranslate()

    def detach(self) -> None:
        """Stop following the navigator (before the window is destroyed)."""
        self._remove_listener()

    # --- Qt events ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            # The window's paint pass: no input can arrive meanwhile (see ui.event_hub).
            with self._hub_aside():
                return super().event(event)
        return super().event(event)

    def _hub_aside(self) -> AbstractContextManager[None]:
        if self._hub is None:
            self._hub = EventHub.of()
        return self._hub.aside()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("SMACY – postazione self-service"))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.exit_requested.emit()
        super().closeEvent(event)
