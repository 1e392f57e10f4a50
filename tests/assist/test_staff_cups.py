"""Staff tools on a real CUPS queue (private cupsd + cups-pdf): reprint a stored receipt, and
resume a queue that CUPS stopped, as ``staff.resume_printer`` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.audit import AuditLog
from kiosk.journal import Journal
from printing import CupsPrinter, PrinterState, ReceiptStore, issue_receipt
from printing.samples import sample_payment
from tests.fixtures.cups import CupsServer, pdf_text
from tests.unit.assist_helpers import staff
from ui.staff_tools import StaffTools

pytestmark = [pytest.mark.cups, pytest.mark.usefixtures("clean_cups_outputs")]

# Not the code of printing.samples: the printing tests print that one on their own cupsd.
CODE = "S7AF-R3PR-1N"


def _tools(server: CupsServer, queue: str, data_dir: Path) -> StaffTools:
    printer = CupsPrinter(queue, server=str(server.socket), job_timeout_s=60)
    tools = StaffTools(store=ReceiptStore(data_dir), printer=printer,
                       journal=Journal.in_data_dir(data_dir), audit=AuditLog.in_data_dir(data_dir),
                       station_id="PV-TEST-01", office="Anagrafe")
    tools.account = staff()
    return tools


def test_reprint_through_cups_and_resume_a_stopped_queue(
    cups_server: CupsServer, cups_queue: str, tmp_path: Path
) -> None:
    tools = _tools(cups_server, cups_queue, tmp_path)
    issue_receipt(sample_payment(CODE), store=tools.store, printer=None)  # stored, not printed

    # CUPS stopped the queue (as after "paper out"): the reprint is refused, not faked.
    cups_server.run("cupsdisable", cups_queue)
    assert tools.printer_status().state is PrinterState.DISABLED
    refused = tools.reprint(CODE)
    assert refused is not None
    assert not refused.ok

    ok, status = tools.resume_printer()
    assert ok
    assert not isinstance(status, str)
    assert status.state is PrinterState.READY

    result = tools.reprint(CODE)
    assert result is not None
    assert result.ok, result.detail
    assert CODE in pdf_text(cups_server.output_of(result.job_id or ""))
    records = tools.audit.records()
    assert [r.action for r in records] == [
        "staff.reprint", "staff.resume_printer", "staff.reprint"]
    assert records[-1].details["result"] == "completed"
    assert records[1].details == {"ok": True, "state": "ready"}


@pytest.mark.parametrize(("command", "state"), [
    (("cupsreject",), PrinterState.NOT_ACCEPTING),
    (("cupsdisable", "--hold"), PrinterState.PAUSED),
    (("cupsdisable",), PrinterState.DISABLED),
])
def test_resume_brings_the_queue_back_and_the_test_page_prints(
    cups_server: CupsServer, cups_queue: str, tmp_path: Path, command: tuple[str, ...],
    state: PrinterState,
) -> None:
    tools = _tools(cups_server, cups_queue, tmp_path)
    cups_server.run(*command, cups_queue)
    assert tools.printer_status().state is state
    ok, status = tools.resume_printer()
    assert ok
    assert not isinstance(status, str)
    assert status.ready
    result = tools.print_test_page()
    assert result.ok, result.detail
    assert "Pagina di prova" in pdf_text(cups_server.output_of(result.job_id or ""))
