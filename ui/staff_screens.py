"""The staff and "station closed" screens of the main window's stack, and the closed state a
station keeps across a restart.

Kept apart from :mod:`ui.assistance` because the station needs these before its first frame
(the stack's factories, and whether to open on the closed screen), while the tutor's and
staff's machinery is built right after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from kiosk.audit import AuditLog, out_of_service_message
from kiosk.config import Config
from kiosk.flows.navigation import Navigator, Screen
from ui.receipts import ReceiptDesk
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.screens.staff import ClosedScreen, StaffScreen


class StaffScreens(NamedTuple):
    """The audit log, and how to build the staff and closed screens (on first use)."""

    audit: AuditLog
    staff: Callable[[], StaffScreen]
    closed: Callable[[], ClosedScreen]


def build_staff_screens(config: Config, runner: TaskRunner, desk: ReceiptDesk) -> StaffScreens:
    """The audit log and the factories of the two screens that go in the window's stack."""
    audit = AuditLog.in_data_dir(config.data_dir)

    def staff() -> StaffScreen:
        from kiosk.journal import Journal
        from ui.screens.staff import StaffScreen
        from ui.staff_tools import StaffTools

        tools = StaffTools(
            store=desk.store, printer=desk.printer, journal=Journal.in_data_dir(config.data_dir),
            audit=audit, station_id=config.station.kiosk_id, office=config.station.name,
            layout=desk.layout)
        return StaffScreen(tools, runner)

    def closed() -> ClosedScreen:
        from ui.screens.staff import ClosedScreen

        return ClosedScreen()

    return StaffScreens(audit, staff, closed)


def restore_closed_state(window: MainWindow, navigator: Navigator, audit: AuditLog) -> None:
    """A station put out of service before a restart stays so: straight to the closed screen
    (before the first frame, so the home screen never flashes)."""
    message = out_of_service_message(audit)
    if message is not None:
        window.screens[Screen.CLOSED].set_message(message)  # type: ignore[attr-defined]
        navigator.close_station()
