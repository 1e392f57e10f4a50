"""How the station puts the pay flow together (the composition root calls these).

``kiosk`` may not import ``printing`` and ``kiosk.flows`` may not import the HTTP client, so the
pieces meet here: the services client, the journal and the receipt store (both in the data
dir), the receipt sink (store + printer), the service, and the :class:`PayScreen`.

Typical use (``desk`` is the station's ``ReceiptDesk``; ``ui.station`` builds the parts the
first time they are needed and the screen the first time it is shown)::

    payments = build_payments(
        config, client, runner.run, store=desk.store, printer=desk.printer,
        layout=desk.layout, translate=QCoreApplication.translate,
        language=lambda: languages.current)
    payments.screen.home_requested.connect(lambda: navigator.go(Screen.HOME))
    reconcile_in_background(lambda: payments.service, runner.run)  # at every start

Importing this module is cheap (the flow, journal, store and screen load in
:func:`build_payments`), so the station can reconcile without loading them on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.flows.payment import PaymentBackend, PaymentService, ReconcileReport
    from kiosk.journal import Journal
    from printing.labels import Translate
    from printing.render import Layout
    from printing.store import ReceiptStore
    from ui.pay.receipt_sink import PrinterSource
    from ui.pay.screen import PayScreen, RunFn

log = logging.getLogger("kiosk.flow.payment")

CARD_TIMEOUT_S = 120.0
"""How long the card screen waits for a card (the payment token itself lives 30 minutes)."""
POLL_INTERVAL_S = 1.0


class Payments:
    """The pay flow's parts, for the station to keep and wire. The screen is built the first
    time it is asked for (reconciliation at start needs only the service)."""

    def __init__(self, service: PaymentService, journal: Journal, store: ReceiptStore,
                 make_screen: Callable[[], PayScreen]) -> None:
        self.service = service
        self.journal = journal
        self.store = store
        self._make_screen: Callable[[], PayScreen] | None = make_screen
        self._screen: PayScreen | None = None

    @property
    def screen(self) -> PayScreen:
        """The ``Screen.PAY`` widget."""
        if self._screen is None:
            assert self._make_screen is not None
            self._screen, self._make_screen = self._make_screen(), None
        return self._screen


def build_payments(
    config: Config,
    client: PaymentBackend,
    run: RunFn,
    *,
    printer: PrinterSource = None,
    language: Callable[[], str] = lambda: "it",
    card_timeout_s: float = CARD_TIMEOUT_S,
    poll_interval_s: float = POLL_INTERVAL_S,
    store: ReceiptStore | None = None,
    layout: Layout = "roll80",
    translate: Translate | None = None,
) -> Payments:
    """Build the payment service and the ``Screen.PAY`` widget.

    Args:
        config: the station config (data dir, kiosk id, station name for receipts).
        client: the services client (``kiosk.services.client.ServicesClient``).
        run: ``TaskRunner.run`` of the station.
        printer: the receipt printer, or a callable returning the printer ready now.
        language: the citizen's current language code.
        card_timeout_s: card screen time-out.
        poll_interval_s: pause between reads of the payment while the terminal waits.
        store: the station's receipt store, if it already has one (else one is opened).
        layout: receipt layout (``config.printer.layout``).
        translate: label translator for receipts (default: the installed Qt translators).
    """
    from kiosk.flows.payment import PaymentService
    from kiosk.journal import Journal
    from printing.store import ReceiptStore
    from ui.pay.receipt_sink import make_receipt_sink, make_reprint
    from ui.pay.screen import PayScreen

    journal = Journal.in_data_dir(config.data_dir)
    store = store or ReceiptStore(config.data_dir)
    service = PaymentService(
        client,
        journal,
        receipt_sink=make_receipt_sink(store, printer, translate, layout),
        station_id=config.station.kiosk_id,
        office=config.station.name,
        card_timeout_s=card_timeout_s,
        poll_interval_s=poll_interval_s,
    )
    sink_store = store
    return Payments(service, journal, store, lambda: PayScreen(
        service, run, reprint=make_reprint(sink_store, printer), language=language))


def reconcile_in_background(
    service: PaymentService | Callable[[], PaymentService],
    run: RunFn,
    on_done: Callable[[ReconcileReport], None] | None = None,
) -> None:
    """Settle the journal's unfinished payments with the backend, off the GUI thread.

    Call it at every start (and, if you like, when the backend comes back after being down):
    paid → recorded and the receipt stored (printed if the printer is ready); not paid →
    released. Intents the backend could not be asked about stay for the next call.

    Args:
        service: the payment service, or how to get it: called on the worker, so the pay
            flow's parts can be built there the first time.
    """
    get = service if callable(service) else (lambda: service)

    def done(report: Any) -> None:
        if report.pending:
            log.warning("reconciliation: %d payment(s) left for later", len(report.pending))
        if on_done is not None:
            on_done(report)

    def failed(exc: BaseException) -> None:
        log.error("reconciliation failed: %s", exc)

    run(lambda: get().reconcile(), done, failed)
