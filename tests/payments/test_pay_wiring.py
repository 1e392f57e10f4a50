"""The station's start-up reconciliation through the real task runner: what a crash left in
the journal is settled with the real sandbox, off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import parse_config
from kiosk.flows.payment import ReconcileReport
from kiosk.journal import IntentState, new_idempotency_key
from kiosk.sandbox.seed import COMUNE_CF
from kiosk.services.client import ServicesClient
from tests.fixtures.sandbox import Sandbox
from ui.pay.wiring import Payments, build_payments, reconcile_in_background
from ui.tasks import TaskRunner

PAYABLE = "301000000000000144"


@pytest.fixture
def payments(
    qtbot, client: ServicesClient, tmp_path: Path
) -> Iterator[tuple[Payments, TaskRunner]]:
    runner = TaskRunner()
    config = parse_config({"station": {"name": "Anagrafe", "data_dir": str(tmp_path / "d")}})
    built = build_payments(config, client, runner.run, poll_interval_s=0.1)
    qtbot.addWidget(built.screen)
    yield built, runner
    runner.shutdown()
    runner.deleteLater()


def test_reconcile_at_start_settles_a_payment_left_on_the_terminal(
    qtbot, payments: tuple[Payments, TaskRunner], sandbox: Sandbox, client: ServicesClient
) -> None:
    built, runner = payments
    sandbox.control.card_terminal("never")
    notice = client.verify_notice(PAYABLE, COMUNE_CF)
    key = new_idempotency_key()
    built.service.activate(key, notice)  # ... and then the station lost power
    assert built.journal.get(key).state is IntentState.AWAITING_CARD  # type: ignore[union-attr]
    reports: list[ReconcileReport] = []
    reconcile_in_background(built.service, runner.run, reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    assert reports[0].released == [key]
    assert built.journal.unfinished() == []
    assert client.find_payment(key).status == "cancelled"  # type: ignore[union-attr]
    assert sandbox.control.charges(PAYABLE) == 0


def test_reconcile_at_start_stores_the_receipt_of_a_paid_intent(
    qtbot, payments: tuple[Payments, TaskRunner], sandbox: Sandbox, client: ServicesClient
) -> None:
    built, runner = payments
    notice = client.verify_notice(PAYABLE, COMUNE_CF)
    key = new_idempotency_key()
    built.service.activate(key, notice)  # approved at once; the receipt never got stored
    intent = built.journal.get(key)
    assert intent is not None
    assert intent.state is IntentState.APPROVED
    assert not intent.is_finished
    reports: list[ReconcileReport] = []
    reconcile_in_background(built.service, runner.run, reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    assert reports[0].approved == [key]
    intent = built.journal.get(key)
    assert intent is not None
    assert intent.is_finished
    stored = built.store.find(intent.local_receipt_code or "")
    assert stored is not None
    assert stored.path.is_file()
    assert sandbox.control.charges(PAYABLE) == 1
