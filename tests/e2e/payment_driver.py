"""A kiosk payment in its own process, for the kill test (``python -m tests.e2e.payment_driver``).

It runs the real :class:`~kiosk.flows.payment.PaymentController` with the real journal, the
real HTTP client and the real receipt store against a sandbox URL, exactly as the station does
(the controller's ``run`` is synchronous here instead of a thread pool). With
``KIOSK_KILL_AT=<point>`` it SIGKILLs itself at that point; nothing is flushed or cleaned up,
as with a power cut or ``kill -9``.

Commands::

    pay --url URL --token T --data-dir D --notice N --creditor C
    reconcile --url URL --token T --data-dir D     (what the kiosk does at start)

Both print one JSON line with what happened.

Kill points:

* ``after_intent``: the intent is in the journal, the activation not sent;
* ``after_activation``: the backend activated, the journal says so, nothing polled yet;
* ``while_terminal_waits``: a poll saw the terminal waiting for the card;
* ``after_approval``: the journal says approved, no receipt yet;
* ``before_receipt``: the receipt code is fixed, the receipt not stored yet.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.flows.payment import PaymentController, PaymentService, PayState, reconcile
from kiosk.journal import Journal, PaymentIntent
from kiosk.pagopa import NoticeRef, NoticeSource
from kiosk.receipts import PaymentReceipt
from kiosk.services.client import ServicesClient
from kiosk.services.models import Payment
from printing.store import ReceiptStore
from ui.pay.receipt_sink import make_receipt_sink

KILL_ENV = "KIOSK_KILL_AT"
KILL_POINTS = (
    "after_intent",
    "after_activation",
    "while_terminal_waits",
    "after_approval",
    "before_receipt",
)


def _kill_point() -> str | None:
    point = os.environ.get(KILL_ENV) or None
    if point is not None and point not in KILL_POINTS:
        raise SystemExit(f"unknown kill point {point!r}; one of {', '.join(KILL_POINTS)}")
    return point


def _die(point: str) -> None:
    print(json.dumps({"killed_at": point}), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


class KillingJournal(Journal):
    """The real journal, dying right after the write named by the kill point."""

    def __init__(self, path: Path, point: str | None) -> None:
        super().__init__(path)
        self.point = point

    def write_intent(self, **kwargs: Any) -> PaymentIntent:
        intent = super().write_intent(**kwargs)
        if self.point == "after_intent":
            _die(self.point)
        return intent

    def mark_activated(self, key: str, payment_id: str, payment_token: str) -> PaymentIntent:
        intent = super().mark_activated(key, payment_id, payment_token)
        if self.point == "after_activation":
            _die(self.point)
        return intent

    def mark_approved(self, key: str, **kwargs: Any) -> PaymentIntent:
        intent = super().mark_approved(key, **kwargs)
        if self.point == "after_approval":
            _die(self.point)
        return intent


class KillingClient(ServicesClient):
    """The real client, dying when a poll sees the terminal waiting (``while_terminal_waits``)."""

    point: str | None = None

    def payment(self, payment_id: str) -> Payment:
        payment = super().payment(payment_id)
        if self.point == "while_terminal_waits" and payment.status == "awaiting_card":
            _die(self.point)
        return payment


def _sink(data_dir: Path, point: str | None) -> Callable[[PaymentReceipt], bool]:
    inner = make_receipt_sink(ReceiptStore(data_dir), None, lambda _ctx, text: text)

    def sink(receipt: PaymentReceipt) -> bool:
        if point == "before_receipt":
            _die(point)
        return inner(receipt)

    return sink


class SyncLoop:
    """``run`` and ``schedule`` for the controller, on this one thread (no Qt here)."""

    def __init__(self) -> None:
        self.queue: list[tuple[float, Callable[[], None]]] = []

    def run(
        self,
        fn: Callable[[], Any],
        ok: Callable[[Any], None],
        fail: Callable[[BaseException], None],
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            fail(exc)
        else:
            ok(result)

    def schedule(self, delay_s: float, fn: Callable[[], None]) -> None:
        self.queue.append((time.monotonic() + delay_s, fn))

    def drain(self, deadline_s: float) -> None:
        end = time.monotonic() + deadline_s
        while self.queue and time.monotonic() < end:
            self.queue.sort(key=lambda item: item[0])
            due, fn = self.queue.pop(0)
            time.sleep(max(0.0, due - time.monotonic()))
            fn()


def _client(args: argparse.Namespace, point: str | None) -> KillingClient:
    client = KillingClient(args.url, args.token, kiosk_id="PV-KILL-01", read_timeout=5.0,
                           retries=2, backoff=0.05)
    client.point = point
    return client


def pay(args: argparse.Namespace) -> dict[str, Any]:
    """One whole payment of a notice (verify, confirm, card, receipt)."""
    point = _kill_point()
    data_dir = Path(args.data_dir)
    journal = KillingJournal(data_dir / "journal.db", point)
    with _client(args, point) as client:
        service = PaymentService(client, journal, receipt_sink=_sink(data_dir, point),
                                 station_id="PV-KILL-01", office="Test",
                                 card_timeout_s=args.card_timeout, poll_interval_s=0.1)
        loop = SyncLoop()
        controller = PaymentController(service, loop.run, loop.schedule)
        ref = NoticeRef(args.notice, args.creditor, None, NoticeSource.TYPED)
        controller.submit(ref)
        if controller.state is PayState.VERIFIED:
            controller.confirm()
            loop.drain(args.card_timeout + 30)
        ctx = controller.context
        return {
            "state": controller.state.value,
            "error": ctx.error.code if ctx.error else None,
            "key": ctx.idempotency_key,
            "receipt": ctx.receipt.receipt_code if ctx.receipt else None,
        }


def reconcile_cmd(args: argparse.Namespace) -> dict[str, Any]:
    """Settle the journal with the backend, as the kiosk does at start."""
    data_dir = Path(args.data_dir)
    journal = Journal(data_dir / "journal.db")
    with ServicesClient(args.url, args.token, kiosk_id="PV-KILL-01", read_timeout=5.0,
                        retries=2, backoff=0.05) as client:
        report = reconcile(client, journal, receipt_sink=_sink(data_dir, None),
                           station_id="PV-KILL-01", office="Test")
    return {"approved": report.approved, "released": report.released,
            "pending": report.pending}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.e2e.payment_driver")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("pay", "reconcile"):
        p = sub.add_parser(name)
        p.add_argument("--url", required=True)
        p.add_argument("--token", required=True)
        p.add_argument("--data-dir", required=True)
        if name == "pay":
            p.add_argument("--notice", required=True)
            p.add_argument("--creditor", required=True)
            p.add_argument("--card-timeout", type=float, default=20.0)
    args = parser.parse_args(argv)
    result = pay(args) if args.command == "pay" else reconcile_cmd(args)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
