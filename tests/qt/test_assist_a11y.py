"""The tutor and staff widgets at every text size and in high contrast: no clipped text, no
target under the limits, text contrast at least 4.5:1 (the checks of tests/a11y/walk.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.audit import AuditLog
from kiosk.auth import Authenticator
from kiosk.flows.assist import AssistMode
from kiosk.journal import Journal
from printing import PdfFolderPrinter, ReceiptStore, issue_receipt
from printing.samples import sample_booking, sample_payment
from tests.a11y import walk
from tests.qt.touch_helpers import host
from tests.unit.assist_helpers import FakeClock, staff, tutor
from ui.appearance import apply_theme, measure_cap_ratio
from ui.screens.staff import StaffScreen
from ui.staff_tools import StaffTools
from ui.tasks import TaskRunner
from ui.theme import TextSize, ThemeName, make_theme
from ui.tutor import TutorController


def _style(window: QWidget, size: TextSize, theme: ThemeName) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(window, make_theme(theme, size, measure_cap_ratio(app.font())))
    walk.settle()


def _problems(root: QWidget) -> list[str]:
    return (walk.clipping_problems(root) + walk.target_problems(root)
            + walk.contrast_problems(root, 4.5))


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


SIZES = [(s, ThemeName.NORMAL) for s in TextSize] + [(TextSize.LARGEST, ThemeName.HIGH_CONTRAST)]


@pytest.mark.parametrize(("size", "theme"), SIZES, ids=lambda v: getattr(v, "name", str(v)))
def test_staff_screen(qtbot: QtBot, tmp_path: Path, runner: TaskRunner, size: TextSize,
                      theme: ThemeName) -> None:
    store = ReceiptStore(tmp_path)
    printer = PdfFolderPrinter(tmp_path / "printed")
    issue_receipt(sample_payment(), store=store, printer=printer)
    issue_receipt(sample_booking(), store=store, printer=None)
    tools = StaffTools(store=store, printer=printer, journal=Journal.in_data_dir(tmp_path),
                       audit=AuditLog.in_data_dir(tmp_path), station_id="PV", office="Anagrafe")
    screen = StaffScreen(tools, runner)
    window = host(qtbot, screen)
    _style(window, size, theme)
    screen.open_for(staff())
    qtbot.waitUntil(lambda: len(screen._results) == 2 and runner.pending == 0)
    walk.settle()
    assert _problems(screen) == []
    screen.shutdown()


@pytest.mark.parametrize(("size", "theme"), SIZES, ids=lambda v: getattr(v, "name", str(v)))
def test_pin_banner_and_panel(qtbot: QtBot, tmp_path: Path, runner: TaskRunner,
                              size: TextSize, theme: ThemeName) -> None:
    clock = FakeClock()
    auth = Authenticator.in_data_dir([tutor(), staff()], tmp_path, clock=clock)
    assist = AssistMode(auth.audit, clock=clock)
    window = host(qtbot)
    controller = TutorController(window, auth, assist, runner)
    layout = window.layout()
    assert layout is not None
    layout.addWidget(controller.banner)
    _style(window, size, theme)
    try:
        controller.pin.open()
        walk.settle()
        assert _problems(controller.pin) == []
        controller.pin.close_and_forget()
        assist.start(tutor())
        assist.note_error("Il pagamento non è andato a buon fine: la carta è stata rifiutata.")
        walk.settle()
        assert _problems(controller.banner) == []
        controller.panel.open()
        walk.settle()
        assert _problems(controller.panel) == []
    finally:
        controller.shutdown()
