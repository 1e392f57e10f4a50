"""Staff tools on a real printer back-end (PDF folder): find and reprint a receipt (audited),
print the daily summary and a test page, out of service and back, the two-tap exit, and a
tutor refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.audit import AuditLog
from kiosk.journal import Journal
from printing import PdfFolderPrinter, ReceiptStore, issue_receipt
from printing.samples import sample_booking, sample_payment
from tests.fixtures.cups import pdf_text
from tests.qt.assist_helpers_qt import (
    screenshot,
    small_targets,
    themed_host,
    unnamed_controls,
)
from tests.qt.touch_helpers import find, tap
from tests.unit.assist_helpers import staff, tutor
from ui.screens.staff import StaffScreen
from ui.staff_tools import StaffTools
from ui.tasks import TaskRunner

PAYMENT = "K7Q2-M9XD-3F"
BOOKING = "B3NV-7RTW-Q1"


class Rig:
    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.store = ReceiptStore(data_dir)
        self.folder = data_dir / "printed"
        self.printer = PdfFolderPrinter(self.folder)
        issue_receipt(sample_payment(PAYMENT), store=self.store, printer=self.printer)
        issue_receipt(sample_booking(BOOKING), store=self.store, printer=None)  # failed print
        for pdf in self.folder.glob("*.pdf"):
            pdf.unlink()
        self.audit = AuditLog.in_data_dir(data_dir)
        self.tools = StaffTools(store=self.store, printer=self.printer,
                                journal=Journal.in_data_dir(data_dir), audit=self.audit,
                                station_id="PV-TEST-01", office="Anagrafe")
        self.runner = TaskRunner()
        self.screen = StaffScreen(self.tools, self.runner)
        self.window = themed_host(qtbot, self.screen)

    def status(self) -> str:
        label = find(self.window, "staff.status")
        assert isinstance(label, QLabel)
        return label.text() if label.isVisible() else ""


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    rig = Rig(qtbot, tmp_path)
    yield rig
    rig.screen.shutdown()
    rig.runner.shutdown()


def _open(qtbot: QtBot, rig: Rig, account=None) -> None:  # type: ignore[no-untyped-def]
    rig.screen.open_for(account or staff())
    qtbot.waitUntil(lambda: rig.window.findChild(QLabel, "x") is None
                    and find(rig.window, f"staff.result.{PAYMENT}").isVisible())


def test_find_and_reprint_a_receipt(qtbot: QtBot, rig: Rig) -> None:
    _open(qtbot, rig)
    assert find(rig.window, f"staff.result.{BOOKING}").isVisible()  # today's receipts
    assert small_targets(rig.screen) == []
    assert unnamed_controls(rig.screen) == []
    status_label = find(rig.window, "staff.printer_status")
    qtbot.waitUntil(lambda: status_label.text() == "La stampante è pronta.")
    screenshot(rig.window, "staff-tools")

    search = find(rig.window, "staff.search")
    assert isinstance(search, QLineEdit)
    search.setText(sample_payment().notice_number)
    tap(qtbot, rig.window, "staff.search_go")
    qtbot.waitUntil(lambda: rig.window.findChild(QLabel, "x") is None
                    and find(rig.window, f"staff.result.{PAYMENT}").isVisible()
                    and rig.window.findChild(object, f"staff.result.{BOOKING}") is None)
    assert not find(rig.window, "staff.reprint").isEnabled()
    tap(qtbot, rig.window, f"staff.result.{PAYMENT}")
    tap(qtbot, rig.window, "staff.reprint")
    qtbot.waitUntil(lambda: "ristampata" in rig.status())
    assert rig.status() == f"Ricevuta {PAYMENT} ristampata."
    printed = rig.folder / f"{PAYMENT}.pdf"
    assert printed.is_file()
    assert PAYMENT in pdf_text(printed)
    record = [r for r in rig.audit.records() if r.action == "staff.reprint"][-1]
    assert record.actor == "S-002"
    assert record.details["code"] == PAYMENT
    assert record.details["result"] == "completed"


def test_daily_report_and_test_page(qtbot: QtBot, rig: Rig) -> None:
    _open(qtbot, rig)
    tap(qtbot, rig.window, "staff.daily_report")
    qtbot.waitUntil(lambda: "Riepilogo del giorno stampato" in rig.status())
    summaries = [p for p in rig.folder.glob("*.pdf") if p.stem not in (PAYMENT, BOOKING)]
    assert len(summaries) == 1
    text = pdf_text(summaries[0])
    assert "Riepilogo giornaliero" in text
    assert "Pagamento avviso pagoPA" in text
    # The booking's failed print is counted.
    actions = [r.action for r in rig.audit.records()]
    assert "staff.daily_report" in actions

    tap(qtbot, rig.window, "staff.test_page")
    qtbot.waitUntil(lambda: rig.status() == "Pagina di prova stampata.")
    assert [r.action for r in rig.audit.records()][-1] == "staff.test_page"

    tap(qtbot, rig.window, "staff.resume_printer")  # a PDF folder has no queue
    qtbot.waitUntil(lambda: "Non è stato possibile riavviare la coda" in rig.status())
    assert "non ha una coda" in rig.status()


def test_out_of_service_and_back(qtbot: QtBot, rig: Rig) -> None:
    _open(qtbot, rig)
    message = find(rig.window, "staff.oos_message")
    assert isinstance(message, QLineEdit)
    message.setText("Chiuso per manutenzione fino alle 14.")
    with qtbot.waitSignal(rig.screen.out_of_service_requested) as signal:
        tap(qtbot, rig.window, "staff.out_of_service")
    assert signal.args == ["Chiuso per manutenzione fino alle 14."]
    assert find(rig.window, "staff.out_of_service").text() == "Rimetti in servizio"
    with qtbot.waitSignal(rig.screen.back_in_service_requested):
        tap(qtbot, rig.window, "staff.out_of_service")
    actions = [r.action for r in rig.audit.records()]
    assert actions[-2:] == ["staff.out_of_service", "staff.back_in_service"]


def test_exit_needs_two_taps_and_is_audited(qtbot: QtBot, rig: Rig) -> None:
    _open(qtbot, rig)
    exits: list[bool] = []
    rig.screen.exit_requested.connect(lambda: exits.append(True))
    tap(qtbot, rig.window, "staff.exit")
    assert find(rig.window, "staff.exit").text() == "Tocchi di nuovo per uscire al desktop"
    assert exits == []
    with qtbot.waitSignal(rig.screen.exit_requested):
        tap(qtbot, rig.window, "staff.exit")
    assert rig.audit.records()[-1].action == "staff.exit"
    with qtbot.waitSignal(rig.screen.closed):
        tap(qtbot, rig.window, "staff.close")
    assert rig.tools.account is None


def test_tutor_attempting_staff_actions_is_refused(qtbot: QtBot, rig: Rig) -> None:
    _open(qtbot, rig, tutor())
    for control in ("staff.daily_report", "staff.test_page", "staff.resume_printer"):
        tap(qtbot, rig.window, control)
        qtbot.waitUntil(lambda: "riservata al personale" in rig.status())
        rig.screen._set_status(None)
    tap(qtbot, rig.window, "staff.exit")
    exits: list[bool] = []
    rig.screen.exit_requested.connect(lambda: exits.append(True))
    tap(qtbot, rig.window, "staff.exit")
    qtbot.waitUntil(lambda: "riservata al personale" in rig.status())
    assert exits == []
    refused = [r for r in rig.audit.records() if r.action == "staff.refused"]
    assert [r.details["action"] for r in refused] == [
        "daily_report", "test_page", "resume_printer", "exit"]
    assert {r.actor for r in refused} == {"T-014"}
    assert not list(rig.folder.glob("*.pdf"))  # nothing was printed
    # A tutor may still reprint a receipt (the citizen's lost one).
    tap(qtbot, rig.window, f"staff.result.{PAYMENT}")
    tap(qtbot, rig.window, "staff.reprint")
    qtbot.waitUntil(lambda: "ristampata" in rig.status())
