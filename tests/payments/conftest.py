"""Fixtures of the payment tests, on the shared real sandbox (tests/fixtures/sandbox.py):
payment services wired to a real journal and receipt store in the test's data dir."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.flows.payment import PaymentController, PaymentService
from kiosk.journal import Journal
from kiosk.services.client import ServicesClient
from printing.store import ReceiptStore
from ui.pay.receipt_sink import make_receipt_sink


@pytest.fixture
def journal(_data_dir: Path) -> Journal:
    return Journal.in_data_dir(_data_dir)


@pytest.fixture
def store(_data_dir: Path) -> ReceiptStore:
    return ReceiptStore(_data_dir)


@pytest.fixture
def service(client: ServicesClient, journal: Journal, store: ReceiptStore) -> PaymentService:
    """A payment service with short waits (card time-out 3 s, polls every 0.1 s)."""
    return PaymentService(
        client, journal, receipt_sink=make_receipt_sink(store, None, lambda _c, t: t),
        station_id="PV-PAY-01", office="Palazzo Mezzabarba", card_timeout_s=3.0,
        poll_interval_s=0.1,
    )


class SyncLoop:
    """``run``/``schedule`` for a controller without Qt: calls run inline, timers queue."""

    def __init__(self) -> None:
        self.queue: list[tuple[float, Callable[[], None]]] = []

    def run(self, fn: Callable[[], Any], ok: Callable[[Any], None],
            fail: Callable[[BaseException], None]) -> None:
        try:
            result = fn()
        except Exception as exc:
            fail(exc)
        else:
            ok(result)

    def schedule(self, delay_s: float, fn: Callable[[], None]) -> None:
        self.queue.append((time.monotonic() + delay_s, fn))

    def drain(self, timeout_s: float = 30.0) -> None:
        """Run queued timers until none is left (polls reschedule themselves until final)."""
        end = time.monotonic() + timeout_s
        while self.queue:
            assert time.monotonic() < end, "the payment did not settle in time"
            self.queue.sort(key=lambda item: item[0])
            due, fn = self.queue.pop(0)
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)  # a real timer: the driver has no event loop to wait on
            fn()


@pytest.fixture
def loop() -> SyncLoop:
    return SyncLoop()


@pytest.fixture
def controller(service: PaymentService, loop: SyncLoop) -> PaymentController:
    return PaymentController(service, loop.run, loop.schedule)
