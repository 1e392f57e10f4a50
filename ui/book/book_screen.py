"""``Screen.BOOK``: municipal booking and CUP booking with a prescription, in one screen.

The screen holds its own stack of steps and maps each flow step to a page with a dict; it
never decides where to go itself. Backend calls run on the task runner; their answers go to
the flow, then the screen re-renders from the flow's state. A failure keeps every choice and
shows the message with *Riprova* (same call, same idempotency key).

Integration (the station):

* ``BookScreen(service, runner, print_receipt=..., pay_now=..., language=..., station_id=...,
  station_office=...)``;
* ``finished`` → end of the session (``navigator.session_end``); ``home_requested`` → home;
* ``reset()`` on session end; ``handle_scan(decoded)`` for scanner input.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk import nre
from kiosk.flows.booking import MunicipalFlow, Step, check_identity
from kiosk.flows.booking_details import booking_receipt
from kiosk.flows.booking_ops import BookingService, Call, now_rome
from kiosk.flows.cup import PRESCRIPTION_MESSAGES, CupFlow, CupStep
from kiosk.receipts import BookingReceipt
from kiosk.scanner import CodeKind, Decoded
from kiosk.services.models import Booking
from ui.book.cup_pages import CupSlotPage, NrePage
from ui.book.done_page import DonePage, PrintState
from ui.book.pages import OfficePage, ServicePage, SummaryPage
from ui.book.parts import BusyLabel, Language, MessageBar, set_button, touch_button
from ui.book.slot_page import SlotPage
from ui.screens.base import PAGE_MARGIN, ScreenWidget
from ui.screens.identify import IdentifyScreen
from ui.tasks import TaskRunner
from ui.widgets.touchkeys import Clock

log = logging.getLogger("kiosk.ui")

PrintReceipt = Callable[[BookingReceipt], object]
PayNow = Callable[[Booking], None]


class Mode(StrEnum):
    """Which booking the citizen is making."""

    MUNICIPAL = "municipal"
    CUP = "cup"


class BookScreen(ScreenWidget):
    """Booking flows (key ``book``).

    Args:
        service: performs the backend calls (``BookingService(client)``).
        runner: runs them off the GUI thread.
        print_receipt: prints a booking receipt (blocking; run on the runner). It may return
            False to report a failure, or raise; anything else counts as printed.
        pay_now: hands a booking with a ticket to the payment flow; None hides *Paga ora*.
        language: the session's language code (``LanguageManager.current``).
        station_id: kiosk id, printed on receipts.
        station_office: where the station stands, printed on receipts.
        auto_print: print the receipt as soon as the booking is confirmed.
        key_clock: monotonic clock of the keyboards' double-strike guard (tests).
        parent: Qt parent.

    Signals:
        finished(): the citizen tapped *Fine* on the done page.
        home_requested(): the citizen wants the home screen.
        booked(object): a booking was confirmed (the ``Booking``), e.g. for the journal.
    """

    finished = Signal()
    home_requested = Signal()
    booked = Signal(object)

    def __init__(
        self,
        service: BookingService,
        runner: TaskRunner,
        *,
        print_receipt: PrintReceipt | None = None,
        pay_now: PayNow | None = None,
        language: Language | None = None,
        station_id: str = "kiosk",
        station_office: str = "",
        auto_print: bool = True,
        key_clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("book", parent)
        self.service = service
        self.runner = runner
        self.print_receipt = print_receipt
        self.pay_now = pay_now
        self.language: Language = language or (lambda: "it")
        self.station_id = station_id
        self.station_office = station_office
        self.auto_print = auto_print
        self.municipal = MunicipalFlow()
        self.cup = CupFlow()
        self.mode = Mode.MUNICIPAL
        self._cup_entry = "nre"
        self._tasks: list[int] = []
        self._printed_for: str | None = None
        self._phone_message = ""

        self.message = MessageBar(self, "book")
        self.message.retry.clicked.connect(self._retry)
        self.busy = BusyLabel(self, "book.busy")
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("book.steps")
        self.service_page = ServicePage(self.stack, self.language)
        self.office_page = OfficePage(self.stack, self.language)
        self.slot_page = SlotPage(self.stack, "book", self.language)
        self.identify = IdentifyScreen(self.stack, key="book.identify", clock=key_clock)
        self.nre_page = NrePage(self.stack, key_clock)
        self.cup_slot_page = CupSlotPage(self.stack, self.language)
        self.summary_page = SummaryPage(self.stack, self.language)
        self.done_page = DonePage(self.stack, self.language)
        for page in (self.service_page, self.office_page, self.slot_page, self.identify,
                     self.nre_page, self.cup_slot_page, self.summary_page, self.done_page):
            self.stack.addWidget(page)
        self.back_button = touch_button(self, "book.back")
        self.back_button.clicked.connect(self._back)

        self._municipal_pages: dict[Step, QWidget] = {
            Step.SERVICE: self.service_page,
            Step.OFFICE: self.office_page,
            Step.SLOT: self.slot_page,
            Step.IDENTIFY: self.identify,
            Step.SUMMARY: self.summary_page,
            Step.DONE: self.done_page,
        }
        self._cup_pages: dict[CupStep, QWidget] = {
            CupStep.PRESCRIPTION: self.nre_page,
            CupStep.SLOT: self.cup_slot_page,
            CupStep.SUMMARY: self.summary_page,
            CupStep.DONE: self.done_page,
        }

        self.service_page.chosen.connect(self._choose_service)
        self.service_page.cup_chosen.connect(self._choose_cup)
        self.office_page.chosen.connect(
            lambda oid: self._run(self.municipal, self.municipal.choose_office(oid)))
        self.slot_page.day_chosen.connect(self._choose_day)
        self.slot_page.slot_chosen.connect(self._choose_slot)
        self.identify.identified.connect(self._identified)
        self.nre_page.submitted.connect(self._nre_entered)
        self.cup_slot_page.slot_chosen.connect(self._choose_slot)
        self.cup_slot_page.later_toggled.connect(self._toggle_later)
        self.summary_page.confirm.connect(self._confirm)
        self.summary_page.phone_entered.connect(self._phone_entered)
        self.done_page.print_requested.connect(self._print)
        self.done_page.pay_now.connect(self._pay_now)
        self.done_page.finish.connect(self.finished)

        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.busy, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(PAGE_MARGIN, 24, PAGE_MARGIN, 24)
        column.setSpacing(20)
        column.addWidget(self.message)
        column.addWidget(self.stack, 1)
        column.addLayout(bottom)
        self.retranslate()
        self._render()

    # --- lifecycle -------------------------------------------------------------------------
    def entered(self) -> None:
        """Each time the screen opens: load the catalogue if it is not known yet."""
        if self.municipal.index is None and not self.municipal.busy:
            self._run(self.municipal, self.municipal.start())
        else:
            self._render()

    def reset(self) -> None:
        """Forget everything of the session: choices, codes, fields, messages, results."""
        for task in self._tasks:
            self.runner.discard(task)
        self._tasks.clear()
        self.municipal.reset()
        self.cup.reset()
        self.mode = Mode.MUNICIPAL
        self._cup_entry = "nre"
        self._printed_for = None
        self._phone_message = ""
        self.identify.reset()
        self.nre_page.reset()
        self.summary_page.reset()
        self.done_page.reset()
        self.slot_page.reset()
        self.message.show_message(None, error=False)
        self._render()

    def set_assisted_by(self, tutor: str | None) -> None:
        """Record bookings as assisted by ``tutor`` (assisted mode), None to stop."""
        self.municipal.assisted_by = tutor
        self.cup.assisted_by = tutor

    def handle_scan(self, decoded: Decoded) -> bool:
        """Scanner input: an NRE on the prescription step, a health card on the CF step."""
        if (self.mode is Mode.CUP and self.cup.step is CupStep.PRESCRIPTION
                and decoded.kind is CodeKind.NRE and self._cup_entry == "nre"):
            self.nre_page.set_value(decoded.value)
            self._nre_entered(decoded.value)
            return True
        if self.stack.currentWidget() is self.identify:
            return self.identify.handle_scan(decoded)
        return False

    # --- flow plumbing ---------------------------------------------------------------------
    def _flow(self) -> MunicipalFlow | CupFlow:
        return self.cup if self.mode is Mode.CUP else self.municipal

    def _run(self, flow: MunicipalFlow | CupFlow, call: Call | None) -> None:
        if call is not None:
            service = self.service
            task = self.runner.run(
                lambda: service.execute(call),
                lambda result: self._answer(flow, call, result, None),
                lambda exc: self._answer(flow, call, None, exc),
            )
            self._tasks.append(task)
        self._render()

    def _answer(self, flow: MunicipalFlow | CupFlow, call: Call, result: object,
                exc: BaseException | None) -> None:
        if exc is None:
            flow.complete(call, result)
        else:
            flow.fail(call, exc)
        error = self.cup.error
        if flow is self.cup and self.cup.step is CupStep.PRESCRIPTION and error is not None \
                and error.code in PRESCRIPTION_MESSAGES \
                and error.code != "PRESCRIPTION_OTHER_PATIENT":
            # Most prescription problems are about the NRE: show them next to it.
            self._cup_entry = "nre"
        follow = flow.pending
        if follow is not None and follow is not call:
            self._run(flow, follow)
            return
        self._render()

    def _retry(self) -> None:
        flow = self._flow()
        self._run(flow, flow.retry())

    # --- events ----------------------------------------------------------------------------
    def _choose_service(self, service_id: str) -> None:
        self.mode = Mode.MUNICIPAL
        self._run(self.municipal, self.municipal.choose_service(service_id))

    def _choose_cup(self) -> None:
        self.mode = Mode.CUP
        self._cup_entry = "nre"
        if self.cup.index is None and self.municipal.index is not None:
            self.cup.index = self.municipal.index
        self._render()

    def _choose_day(self, day: object) -> None:
        if isinstance(day, date):
            self.municipal.choose_day(day)
            self._render()

    def _choose_slot(self, slot_id: str) -> None:
        self._flow().choose_slot(slot_id)
        self._render()

    def _identified(self, cf: str) -> None:
        if self.mode is Mode.MUNICIPAL:
            self.municipal.identify(cf)
            self._render()
            return
        _check, call = self.cup.submit(self.nre_page.field.value(), cf)
        if not _check.ok:
            self._cup_entry = "nre"
            self.nre_page.show_problem(_check.nre_message)
        self._run(self.cup, call)

    def _nre_entered(self, value: str) -> None:
        check = nre.validate(value)
        self.nre_page.show_problem(check.message)
        if check.ok:
            self.cup.clear_error()
            self._cup_entry = "cf"
            self._render()

    def _toggle_later(self, on: bool) -> None:
        self.cup.show_later_dates(on)
        self._render()

    def _phone_entered(self, value: str) -> None:
        if self.municipal.step is not Step.SUMMARY:
            return
        result = check_identity(self.municipal.codice_fiscale, value)
        self._phone_message = result.phone_message
        if result.ok:
            self.municipal.phone = result.phone
        self.summary_page.set_details(self.municipal.details, phone_allowed=True,
                                      phone_message=self._phone_message)

    def _confirm(self) -> None:
        if self.mode is Mode.MUNICIPAL and self._phone_message:
            return  # a wrong mobile number is shown at the field; fix or clear it first
        flow = self._flow()
        self._run(flow, flow.confirm())

    def _back(self) -> None:
        if self.mode is Mode.CUP:
            if self.cup.step is CupStep.PRESCRIPTION:
                if self._cup_entry == "cf":
                    self._cup_entry = "nre"
                else:
                    self.mode = Mode.MUNICIPAL
                self.cup.clear_error()
            else:
                self.cup.back()
            self._render()
            return
        if self.municipal.can_go_back:
            self.municipal.back()
            self._render()
        else:
            self.home_requested.emit()

    def _pay_now(self) -> None:
        booking = self._flow().booking
        if booking is not None and self.pay_now is not None:
            self.pay_now(booking)

    # --- printing --------------------------------------------------------------------------
    def _receipt(self) -> BookingReceipt | None:
        flow = self._flow()
        details = flow.details
        if details is None or flow.booking is None:
            return None
        cancel_how = QCoreApplication.translate(
            "Booking", "Può disdire o spostare la prenotazione a questa postazione (Le mie "
            "prenotazioni) o chiamando lo sportello.")
        return booking_receipt(
            details, codice_fiscale=flow.codice_fiscale, station_id=self.station_id,
            station_office=self.station_office, language=self.language(),
            issued_at=now_rome(), assisted_by=flow.assisted_by, cancel_how=cancel_how)

    def _print(self) -> None:
        printer = self.print_receipt
        receipt = self._receipt()
        if printer is None or receipt is None:
            return
        self.done_page.set_print_state(PrintState.PRINTING)

        def done(result: object) -> None:
            if result is False:
                self.done_page.set_print_state(PrintState.FAILED,
                                               receipt_code=receipt.receipt_code)
            else:
                note = result if isinstance(result, str) else ""
                self.done_page.set_print_state(PrintState.PRINTED, note)

        def failed(exc: BaseException) -> None:
            log.warning("receipt not printed: %s", type(exc).__name__)
            self.done_page.set_print_state(PrintState.FAILED)

        self._tasks.append(self.runner.run(lambda: printer(receipt), done, failed))

    # --- rendering -------------------------------------------------------------------------
    def _render(self) -> None:
        flow = self._flow()
        lang = self.language()
        if self.mode is Mode.MUNICIPAL:
            page = self._municipal_pages[self.municipal.step]
        else:
            page = self._cup_pages[self.cup.step]
            if page is self.nre_page and self._cup_entry == "cf":
                page = self.identify
        m = self.municipal
        if page is self.service_page:
            self.service_page.set_groups(m.groups)
        elif page is self.office_page and m.service is not None:
            self.office_page.set_offices(m.offices, m.service.name.get(lang))
        elif page is self.slot_page:
            heading = ""
            if m.service is not None and m.office is not None:
                heading = f"{m.service.name.get(lang)} – {m.office.name}, {m.office.address}"
            self.slot_page.set_choice(m.slots, heading)
        elif page is self.cup_slot_page:
            self._render_cup_slots()
        elif page is self.summary_page:
            self.summary_page.set_details(flow.details, phone_allowed=self.mode is Mode.MUNICIPAL,
                                          phone_message=self._phone_message)
        elif page is self.done_page:
            self.done_page.set_details(flow.details, can_pay_now=self.pay_now is not None,
                                       can_print=self.print_receipt is not None)
            booking = flow.booking
            if booking is not None and self._printed_for != booking.id:
                self._printed_for = booking.id
                self.booked.emit(booking)
                if self.auto_print:
                    self._print()
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
            if page is self.identify:
                self.identify.entered()
        if flow.error is not None:
            self.message.show_message(flow.error, error=True)
        else:
            self.message.show_message(flow.notice, error=False)
        self.busy.setVisible(flow.busy)
        on_first = self.mode is Mode.MUNICIPAL and m.step is Step.SERVICE
        done = page is self.done_page
        self.back_button.setVisible(not on_first and not done)
        self.stack.setEnabled(not flow.busy)

    def _render_cup_slots(self) -> None:
        c = self.cup
        lang = self.language()
        service = c.service
        offices = c.index.offices if c.index is not None else {}
        self.cup_slot_page.set_data(
            service=service.name.get(lang) if service is not None else "",
            kind=service.kind if service is not None else None,
            priority=c.prescription.priority if c.prescription is not None else None,
            deadline=c.deadline, slots=c.offered, offices=offices,
            within=c.within_limit, later=c.show_later, phone=c.desk_phone,
            has_later=c.first_later is not None)

    def retranslate(self) -> None:
        set_button(self.back_button, self.tr("◀ Indietro"), self.tr("Torna al passo precedente"))
        self.busy.retranslate()
        self.message.retranslate()
        for page in (self.service_page, self.office_page, self.slot_page, self.identify,
                     self.nre_page, self.cup_slot_page, self.summary_page, self.done_page):
            page.retranslate()
        if hasattr(self, "stack"):
            self._render()


__all__ = ["BookScreen", "Mode", "PayNow", "PrintReceipt"]
