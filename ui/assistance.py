"""The people around the station: the tutor's assisted mode, staff tools, help requests, and
the lockdown that keeps citizens inside the kiosk. Wired here so ``ui.station`` stays readable.

Two steps, because the staff and closed screens live in the main window's stack while the
tutor's overlays need the window: :func:`ui.staff_screens.build_staff_screens` before the window
exists (it returns factories: the screens are built the first time they are shown),
:func:`wire_assistance` after the station's first frame.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.audit import AuditLog
from kiosk.auth import Authenticator
from kiosk.config import Config
from kiosk.flows.assist import STAFF_EXIT_CODE, AssistMode, mark_staff_exit
from kiosk.flows.navigation import Event, Navigator, Screen, Transition
from kiosk.scanner import CodeKind, Decoded
from ui.help_request import HelpRequester, HelpStatusLabel
from ui.lockdown import Lockdown
from ui.main_window import MainWindow
from ui.scan_router import ScanRouter
from ui.session_timer import SessionTimer
from ui.staff_screens import StaffScreens
from ui.tasks import TaskRunner
from ui.tutor import TutorController

if TYPE_CHECKING:
    from ui.screens.staff import ClosedScreen, StaffScreen

log = logging.getLogger("kiosk.assist")


@dataclass
class Assistance:
    """The tutor's and staff's parts of a station."""

    audit: AuditLog
    auth: Authenticator
    assist: AssistMode
    tutor: TutorController
    help: HelpRequester
    lockdown: Lockdown
    window: MainWindow

    @property
    def staff(self) -> StaffScreen:
        """The staff tools screen (built on first use)."""
        return self.window.screens[Screen.STAFF]  # type: ignore[return-value]

    @property
    def closed(self) -> ClosedScreen:
        """The "station closed" screen (built on first use)."""
        return self.window.screens[Screen.CLOSED]  # type: ignore[return-value]

    def shutdown(self) -> None:
        self.lockdown.uninstall()
        self.tutor.shutdown()
        self.help.reset()
        staff = self.window.screens.built().get(Screen.STAFF)
        if staff is not None:
            staff.shutdown()  # type: ignore[attr-defined]


def _user_message(exc: BaseException) -> str:
    message = getattr(exc, "user_message", None)
    if isinstance(message, str) and message:
        return QCoreApplication.translate("ServiceError", message)
    return QCoreApplication.translate("Assistance", "Errore imprevisto: %1").replace(
        "%1", type(exc).__name__)


def wire_assistance(
    config: Config, client: Any, app: QApplication, window: MainWindow, navigator: Navigator,
    runner: TaskRunner, session: SessionTimer, router: ScanRouter, screens: StaffScreens,
    assisted_screens: list[Screen], finishing_screens: list[Screen],
    tutor_button: Any = None,
) -> Assistance:
    """Tutor button, banner, PIN and badge unlock, staff tools, help requests, lockdown.

    ``assisted_screens`` record the tutor who assists; ``finishing_screens`` end a session
    as completed. Both are wired when (and if) their screens are built.
    """
    audit = screens.audit
    auth = Authenticator.in_data_dir(config.accounts, config.data_dir)
    assist = AssistMode(audit, idle_end=timedelta(seconds=config.idle.assisted_end_s))
    tutor = TutorController(window, auth, assist, runner, session, button=tutor_button)
    tutor.install(app)
    if tutor_button is None:
        window.header.add_control(tutor.button)
    window.add_banner(tutor.banner)

    def badge(decoded: Decoded) -> bool:
        tutor.badge_scanned(decoded.value)
        return True

    router.register(CodeKind.TUTOR_BADGE, badge)

    def assisted(_state: object) -> None:
        built = window.screens.built()
        for state in assisted_screens:
            if state in built:
                built[state].set_assisted_by(assist.assisted_by)  # type: ignore[attr-defined]

    tutor.assist_changed.connect(assisted)
    for state in assisted_screens:  # a screen built during assisted mode starts assisted
        window.when_built(state, lambda screen: screen.set_assisted_by(  # type: ignore[attr-defined]
            assist.assisted_by) if assist.active else None)

    # The tutor panel shows the last error of this session in plain words.
    def failure(exc: BaseException, retry: Any) -> None:
        tutor.note_error(_user_message(exc))
        window.show_error(exc, retry)

    runner.set_default_failure(failure)

    helper = HelpRequester(client, runner, config.station.kiosk_id)
    window.when_built(Screen.HELP, lambda screen: screen.add_status(  # type: ignore[attr-defined]
        HelpStatusLabel(helper)))

    finished = {"flag": False}  # a flow's "Fine" ended the session (else: abandoned)
    for state in finishing_screens:
        window.when_built(state, lambda screen: screen.finished.connect(  # type: ignore[attr-defined]
            lambda: finished.update(flag=True)))

    def record_end(assisted_by: str | None) -> None:
        outcome = "completed" if finished["flag"] else "abandoned"
        finished["flag"] = False
        audit.record("citizen", "session.end",
                     {"outcome": outcome, "assisted": assisted_by is not None})

    def follow(t: Transition) -> None:
        if t.event is Event.START:
            finished["flag"] = False
            audit.record("citizen", "session.start")
        elif t.new is Screen.ATTRACT and t.old is not Screen.ATTRACT:
            # After every slot of the signal that ended the session has run (a flow's
            # "finished" is connected after the navigator's).
            QTimer.singleShot(0, partial(record_end, assist.assisted_by))
            tutor.session_ended()
            helper.reset()
        if t.new is Screen.HELP and t.old not in (Screen.HELP, Screen.LANGUAGE):
            # "Aiuto" calls a tutor: the request says where the citizen was stuck.
            helper.request(t.old.value)

    navigator.add_listener(follow)
    if navigator.state not in (Screen.ATTRACT, Screen.CLOSED, Screen.OUT_OF_SERVICE):
        # Wired after a session began (the station finishes building after its first frame).
        audit.record("citizen", "session.start")

    def staff_unlocked(account: Any) -> None:
        window.screens[Screen.STAFF].open_for(account)  # type: ignore[attr-defined]
        navigator.open_staff()

    def heartbeat(status: str) -> None:
        runner.run(lambda: client.heartbeat(status, __version__),
                   on_failure=lambda exc: log.warning("heartbeat not sent: %s", exc))

    def close_station(message: str) -> None:
        window.screens[Screen.CLOSED].set_message(message)  # type: ignore[attr-defined]
        navigator.close_station()
        heartbeat("out_of_service")

    def reopen() -> None:
        navigator.reopen_station()
        heartbeat("ok")

    lockdown = Lockdown(window, keep_full_screen=not config.ui.windowed)

    def leave() -> None:
        mark_staff_exit()
        lockdown.authorise_exit()
        log.warning("staff exit: leaving the kiosk to the desktop")
        QApplication.exit(STAFF_EXIT_CODE)

    def wire_staff(staff: Any) -> None:
        staff.closed.connect(navigator.close_staff)
        staff.out_of_service_requested.connect(close_station)
        staff.back_in_service_requested.connect(reopen)
        staff.exit_requested.connect(leave)

    tutor.staff_unlocked.connect(staff_unlocked)
    window.when_built(Screen.STAFF, wire_staff)
    lockdown.install(app)
    return Assistance(audit, auth, assist, tutor, helper, lockdown, window)
