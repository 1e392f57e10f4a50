"""Build the whole station UI from a config and a services client (entry point for the app).

``build_station`` wires the collaborators together and returns a :class:`Station`; it never
starts the event loop. Call :meth:`Station.shutdown` before the ``QApplication`` goes away: it
stops the health poller, the idle timer and the task runner, and restores the exception hooks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config
from kiosk.flows.navigation import Navigator, Screen, Transition
from ui.appearance import Appearance, measure_cap_ratio
from ui.crash import CrashHandler
from ui.health import HealthMonitor
from ui.i18n import LanguageManager, has_translation
from ui.main_window import FLOW_SCREENS, MainWindow, ScreenFactory
from ui.pay.wiring import reconcile_in_background
from ui.receipts import ReceiptDesk
from ui.screens.base import ScreenWidget
from ui.staff_screens import StaffScreens, build_staff_screens, restore_closed_state
from ui.tasks import TaskRunner
from ui.widgets.tutor_button import TutorButton

if TYPE_CHECKING:
    from kiosk.pagopa import NoticeRef
    from ui.assistance import Assistance
    from ui.idle_dialog import IdleDialog
    from ui.pay.wiring import Payments
    from ui.printer_watch import PrinterWatch
    from ui.scan_capture import ScanCapture
    from ui.scan_router import ScanRouter
    from ui.session_timer import SessionTimer
    from ui.speech import ReadAloud
    from ui.widgets.toast import Toast

log = logging.getLogger("kiosk.ui")


class HealthClient(Protocol):
    """The part of ``kiosk.services.client.ServicesClient`` the shell uses."""

    def health(self) -> object: ...


class _Rest(NamedTuple):
    """What the station builds right after its first frame: nothing of it is on screen."""

    session: SessionTimer
    idle_dialog: IdleDialog
    scans: ScanCapture
    router: ScanRouter
    toast: Toast
    printer: PrinterWatch
    assistance: Assistance
    read_aloud: ReadAloud


class Station:
    """The built station. ``window`` is ready to show (see :func:`ui.app.show_station`).

    The first frame needs only the window with its header and first screen. The rest (idle
    timer and warning, scanner capture, toast, printer watch, tutor and staff machinery,
    lockdown, read-aloud) is built right after that frame, or at once when one of its parts is
    asked for (:meth:`finish`); the health poller, reconciliation and receipt purge start then.
    """

    def __init__(self, window: MainWindow, navigator: Navigator, runner: TaskRunner,
                 health: HealthMonitor, appearance: Appearance, languages: LanguageManager,
                 crash: CrashHandler, desk: ReceiptDesk,
                 payments: Callable[[], Payments], build_rest: Callable[[], _Rest],
                 start_background: Callable[[], None]) -> None:
        self.window = window
        self.navigator = navigator
        self.runner = runner
        self.health = health
        self.appearance = appearance
        self.languages = languages
        self.crash = crash
        self.desk = desk
        self._payments = payments
        self._build_rest: Callable[[], _Rest] | None = build_rest
        self._rest: _Rest | None = None
        self._start_background: Callable[[], None] | None = start_background
        self._closed = False
        # No application-wide event filter watches for input before the first frame: every
        # event of that frame would cross into Python, and PySide would make a Python type
        # for each kind of object and event it meets (tens of milliseconds). A tap that
        # comes before the rest is built still reaches its button; the session it starts is
        # followed from the moment the rest is built (see ``_build_rest``).
        self.first_frame = FirstFrame(window, self._after_first_frame)
        self._first_frame_hooks: list[Callable[[], None]] | None = []

    def after_first_frame(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` right after the first frame, once the rest is built and before the
        health poller starts (at once if that moment has passed). A failing hook is logged."""
        if self._first_frame_hooks is None:
            _run_hook(hook)
        else:
            self._first_frame_hooks.append(hook)

    def _after_first_frame(self) -> None:
        self.finish()
        hooks, self._first_frame_hooks = self._first_frame_hooks or [], None
        for hook in hooks:
            _run_hook(hook)
        start, self._start_background = self._start_background, None
        if start is not None:
            start()

    def finish(self) -> None:
        """Build the parts the first frame does not show, now (idempotent)."""
        if self._rest is None and self._build_rest is not None and not self._closed:
            build, self._build_rest = self._build_rest, None
            self._rest = build()

    def build_all(self) -> None:
        """Build every screen and part now (embedders and tests that look controls up by
        ``objectName`` before using the station)."""
        self.finish()
        for state in self.window.screens:
            self.window.screens[state]

    def _part(self) -> _Rest:
        self.finish()
        if self._rest is None:
            raise RuntimeError("the station is shut down")
        return self._rest

    @property
    def finished(self) -> bool:
        """Whether the parts built after the first frame exist."""
        return self._rest is not None

    @property
    def session(self) -> SessionTimer:
        return self._part().session

    @property
    def idle_dialog(self) -> IdleDialog:
        return self._part().idle_dialog

    @property
    def scans(self) -> ScanCapture:
        return self._part().scans

    @property
    def router(self) -> ScanRouter:
        return self._part().router

    @property
    def toast(self) -> Toast:
        return self._part().toast

    @property
    def assistance(self) -> Assistance:
        return self._part().assistance

    @property
    def read_aloud(self) -> ReadAloud:
        return self._part().read_aloud

    @property
    def payments(self) -> Payments:
        """The pay flow's service, journal, store and screen (built on first use)."""
        return self._payments()

    def shutdown(self) -> None:
        """Stop timers, the health poller and worker threads; restore the exception hooks.

        Idempotent. The window is closed and scheduled for deletion.
        """
        if self._closed:
            return
        self._closed = True
        self.first_frame.cancel()
        rest = self._rest
        if rest is not None:
            rest.assistance.shutdown()  # lifts the lockdown first, or closing would be refused
            rest.read_aloud.shutdown()
            rest.session.uninstall()
            rest.scans.uninstall()
            rest.toast.dismiss()
        self.health.stop()
        self.runner.shutdown()
        self.crash.uninstall()
        self.window.detach()
        self.window.blockSignals(True)  # closing is not an exit request here
        self.window.close()
        self.window.deleteLater()
        self.languages.shutdown()
        later: list[QObject] = [self.health, self.runner, self.crash,
                                self.appearance, self.languages]
        if rest is not None:
            later += [rest.session, rest.scans, rest.router]
        for obj in later:
            obj.deleteLater()


def build_station(
    config: Config,
    client: HealthClient,
    *,
    on_exit: Callable[[], None] | None = None,
    health_grace_s: float = 5.0,
    install_excepthook: bool = True,
    idle_clock: Callable[[], float] | None = None,
) -> Station:
    """Build the station window and its collaborators; does not call ``QApplication.exec``.

    Args:
        config: the station configuration.
        client: the services client (``health()`` is polled for the out-of-service screen).
        on_exit: called when the window is closed (development window / window manager).
        health_grace_s: start-up period in which failing health checks are retried quietly.
        install_excepthook: install the crash handler as ``sys.excepthook``.
        idle_clock: monotonic clock of the inactivity timer (tests drive time with it).

    Raises:
        RuntimeError: no ``QApplication`` exists yet.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("build_station needs a QApplication (see ui.app.create_application)")

    navigator = Navigator(Screen.ATTRACT)
    appearance = Appearance(measure_cap_ratio(app.font()))
    offered = tuple(code for code in config.ui.languages if has_translation(code))
    missing = set(config.ui.languages) - set(offered)
    if missing:
        log.warning("no translation ships for %s; not offered", ", ".join(sorted(missing)))
    default = config.ui.default_language if config.ui.default_language in offered else "it"
    languages = LanguageManager(offered, default)
    languages.set_language(default)

    runner = TaskRunner()
    desk = ReceiptDesk(config)
    flows, payments, pay_notice = _flow_screens(config, client, navigator, runner, languages,
                                                desk)
    staff_screens = build_staff_screens(config, runner, desk)
    window = MainWindow(
        navigator, appearance, languages,
        flows={**flows, Screen.STAFF: staff_screens.staff, Screen.CLOSED: staff_screens.closed},
        station_name=config.station.name, site=config.station.site,
    )
    runner.set_default_failure(window.show_error)

    health = HealthMonitor(
        lambda: client.health(), runner,
        interval_s=config.backend.health_interval_s,
        max_interval_s=config.backend.health_max_interval_s,
        grace_s=health_grace_s,
    )
    health.backend_down.connect(navigator.backend_down)
    health.backend_up.connect(navigator.backend_up)

    crash = CrashHandler()
    crash.crashed.connect(window.show_crash)
    if install_excepthook:
        crash.install()
    if on_exit is not None:
        window.exit_requested.connect(on_exit)
    # In the first frame: the tutor's button in the header, and the closed screen if the
    # station was put out of service before it restarted.
    tutor_button = TutorButton()
    window.header.add_control(tutor_button)
    restore_closed_state(window, navigator, staff_screens.audit)

    def reconcile() -> None:
        # The pay flow's parts (journal, service, the models they import) are built on the
        # worker too, the first time: the GUI thread stays free right after the first frame.
        reconcile_in_background(lambda: payments().service, runner.run)

    # A payment that went through while the kiosk was down is recorded and its receipt made
    # available: at every start, and whenever the backend comes back.
    health.backend_up.connect(reconcile)

    def build_rest() -> _Rest:
        return _build_rest(config, client, app, window, navigator, runner, appearance,
                           languages, desk, pay_notice, staff_screens, tutor_button,
                           idle_clock)

    def start_background() -> None:
        health.start()
        reconcile()
        runner.run(desk.purge, on_failure=lambda exc: log.warning("receipt purge failed: %s", exc))

    return Station(window, navigator, runner, health, appearance, languages, crash, desk,
                   payments, build_rest, start_background)


def _build_rest(
    config: Config, client: Any, app: QApplication, window: MainWindow, navigator: Navigator,
    runner: TaskRunner, appearance: Appearance, languages: LanguageManager, desk: ReceiptDesk,
    pay_notice: Callable[[NoticeRef], bool], staff_screens: StaffScreens, tutor_button: Any,
    idle_clock: Callable[[], float] | None,
) -> _Rest:
    """The station's parts that are not on screen (see :class:`Station`)."""
    from kiosk.scanner import CodeKind
    from ui.assistance import wire_assistance
    from ui.idle_dialog import IdleDialog
    from ui.printer_watch import PrinterWatch
    from ui.scan_capture import ScanCapture
    from ui.scan_router import ScanRouter
    from ui.session_timer import SessionTimer
    from ui.speech import attach_read_aloud
    from ui.widgets.toast import Toast

    window.finish_first_frame()
    # Scans first: a burst from the scanner is swallowed before the session timer or any
    # field sees it (the timer still counts it as activity through the routed result).
    router = ScanRouter(lambda: window.screens.get(navigator.state))
    router.register(CodeKind.PAGOPA_QR, lambda decoded: pay_notice(decoded.notice))
    router.register(CodeKind.POSTE_DATAMATRIX, lambda decoded: pay_notice(decoded.notice))
    scans = ScanCapture(window)
    scans.install(app)
    clock = {"clock": idle_clock} if idle_clock is not None else {}
    session = SessionTimer.from_config(config.idle, window, **clock)
    session.install(app)
    idle_dialog = IdleDialog(window, session)
    session.expired.connect(navigator.session_end)

    toast = Toast(window)
    router.message.connect(toast.show_message)
    scans.scanned.connect(lambda decoded: (session.touch(), router.route(decoded)))
    scans.rejected.connect(router.route)
    scans.unrecognised.connect(router.unrecognised)

    def follow(transition: Transition) -> None:
        # The countdown only runs while someone is using the station; a new session starts
        # with nothing pending from the last one.
        if transition.new is Screen.ATTRACT:
            session.stop()
            scans.reset()
            toast.dismiss()
        elif not session.running:
            session.start()

    navigator.add_listener(follow)
    printer = PrinterWatch(desk, runner, window)
    printer.changed.connect(window.set_printer_ready)
    navigator.add_listener(
        lambda t: printer.check() if t.new in FLOW_SCREENS and t.old not in FLOW_SCREENS
        else None)

    def wire_pay(pay: Any) -> None:
        # While a payment is at the terminal nobody may leave it, and the idle clock waits.
        pay.busy_changed.connect(lambda busy: session.pause() if busy else session.resume())
        pay.busy_changed.connect(lambda busy: window.header.set_navigation_visible(
            not busy and navigator.can_navigate))

    window.when_built(Screen.PAY, wire_pay)
    read_aloud = attach_read_aloud(window, appearance, languages, navigator,
                                   engine=config.ui.speech_engine)
    assistance = wire_assistance(
        config, client, app, window, navigator, runner, session, router, staff_screens,
        assisted_screens=[Screen.BOOK, Screen.PAY],
        finishing_screens=[Screen.BOOK, Screen.MY_BOOKINGS, Screen.PAY],
        tutor_button=tutor_button)
    tutor = assistance.tutor
    window.draw_icons(idle_dialog, toast, tutor.banner, tutor.panel, tutor.pin)
    # A session that began before these parts existed (a test, or a tap in the first
    # fraction of a second) is followed from here on.
    if navigator.state is not Screen.ATTRACT:
        session.start()
    if navigator.state in FLOW_SCREENS:
        printer.check()
    return _Rest(session, idle_dialog, scans, router, toast, printer, assistance, read_aloud)


def _run_hook(hook: Callable[[], None]) -> None:
    try:
        hook()
    except Exception:  # e.g. the sandbox child: the health poller shows out of service
        log.exception("start after the first frame failed")


class FirstFrame(QObject):
    """Calls ``start`` once the window has painted its first frame, or at the first turn of the
    event loop if the window is not shown by then (tests, embedders); :meth:`cancel` before.

    The health poller, the reconciliation and the receipt purge import the HTTP client, the
    models and the journal on worker threads; started before the first frame they would share
    the interpreter with the code painting it.
    """

    def __init__(self, window: QWidget, start: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._start: Callable[[], None] | None = start
        window.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._timer.start(0)
        self._painted = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._window and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._timer.start(0)  # after the paint pass this event belongs to
        return False

    def _fire(self) -> None:
        if self._start is None:
            return
        if self._window.isVisible() and not self._painted:
            return  # shown: the first paint restarts the timer
        start, self._start = self._start, None
        self._window.removeEventFilter(self)
        start()

    def cancel(self) -> None:
        """Never start (the station is shutting down)."""
        self._start = None
        self._timer.stop()
        self._window.removeEventFilter(self)


def _flow_screens(
    config: Config, client: Any, navigator: Navigator, runner: TaskRunner,
    languages: LanguageManager, desk: ReceiptDesk,
) -> tuple[dict[Screen, ScreenFactory], Callable[[], Payments], Callable[[NoticeRef], bool]]:
    """Factories of the booking, my-bookings and payment screens with their services (each
    built the first time it is shown), the pay flow's parts (built when first needed), and the
    hand-overs between them (a booking's ticket → pay; ``pay_notice``, which the scanner's
    router is given once it is built, after the first frame)."""
    built: list[Payments] = []
    lock = threading.Lock()

    def payments() -> Payments:  # from the GUI thread or a worker (reconciliation)
        with lock:
            if not built:
                from ui.pay.wiring import build_payments

                built.append(build_payments(
                    config, client, runner.run, store=desk.store, printer=desk.printer,
                    layout=desk.layout, translate=QCoreApplication.translate,
                    language=lambda: languages.current))
            return built[0]

    def pay_screen() -> ScreenWidget:
        screen = payments().screen
        connect(screen)
        return screen

    def pay_notice(ref: NoticeRef, booking_id: str | None = None) -> bool:
        # The pay screen is the one the window shows (it stacks it when first shown).
        if not payments().screen.start_with_notice(ref, booking_id=booking_id):
            return False
        navigator.go(Screen.PAY)
        return True

    def pay_booking(booking: Any) -> None:
        from kiosk.pagopa import NoticeRef, NoticeSource

        if booking.notice_number and booking.creditor_cf:
            pay_notice(NoticeRef(booking.notice_number, booking.creditor_cf, booking.fee_cents,
                                 NoticeSource.TYPED), booking.id)

    def print_receipt(receipt: Any) -> bool:  # runs on a runner thread
        return bool(desk.issue(receipt).result.ok)

    common = {"print_receipt": print_receipt, "language": lambda: languages.current,
              "station_id": config.station.kiosk_id, "station_office": config.station.name}
    services: list[Any] = []

    def bookings() -> Any:
        if not services:
            from kiosk.flows.booking_ops import BookingService

            services.append(BookingService(client))
        return services[0]

    def connect(screen: ScreenWidget) -> None:
        screen.home_requested.connect(lambda: navigator.go(Screen.HOME))  # type: ignore[attr-defined]
        screen.finished.connect(navigator.session_end)  # type: ignore[attr-defined]

    def book() -> ScreenWidget:
        from ui.book.book_screen import BookScreen

        screen = BookScreen(bookings(), runner, pay_now=pay_booking, **common)
        connect(screen)
        return screen

    def my_bookings() -> ScreenWidget:
        from ui.book.my_bookings_screen import MyBookingsScreen

        screen = MyBookingsScreen(bookings(), runner, **common)
        connect(screen)
        return screen

    flows: dict[Screen, ScreenFactory] = {
        Screen.BOOK: book, Screen.MY_BOOKINGS: my_bookings, Screen.PAY: pay_screen}
    return flows, payments, pay_notice
