"""``Screen.MY_BOOKINGS``: find one's bookings, see them, cancel or move them (key ``mybook``).

Integration (the station):

* ``MyBookingsScreen(service, runner, print_receipt=..., language=..., station_id=...,
  station_office=...)``;
* ``finished`` → end of the session; ``home_requested`` → home;
* ``reset()`` on session end; ``handle_scan(decoded)`` for a health card on the search step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from kiosk.flows.booking_details import booking_receipt, cancellation_receipt
from kiosk.flows.booking_ops import BookingService, Call, now_rome
from kiosk.flows.my_bookings import MyBookingsFlow, MyStep
from kiosk.receipts import BookingReceipt, CancellationReceipt
from kiosk.scanner import CodeKind, Decoded
from ui.book.pages import describe
from ui.book.parts import (
    BusyLabel,
    Language,
    MessageBar,
    OptionButton,
    clear_layout,
    set_button,
    touch_button,
    until_text,
    when_text,
)
from ui.book.slot_page import SlotPage
from ui.screens.base import PAGE_MARGIN, ScreenWidget, body_label, title_label
from ui.tasks import TaskRunner
from ui.widgets.grouped_edit import GroupedLineEdit
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.receipt_fallback import ReceiptFallback
from ui.widgets.touchkeys import Clock

log = logging.getLogger("kiosk.ui")

PrintAny = Callable[[BookingReceipt | CancellationReceipt], object]


class _FocusTarget(QObject):
    """Points the on-screen keyboard at whichever field the citizen touched."""

    def __init__(self, keyboard: OnScreenKeyboard, fields: list[QLineEdit]) -> None:
        super().__init__(keyboard)
        self._keyboard = keyboard
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self._keyboard.set_target(watched)
        return False


class MyBookingsScreen(ScreenWidget):
    """'My bookings' (key ``mybook``).

    Args:
        service: performs the backend calls.
        runner: runs them off the GUI thread.
        print_receipt: prints a booking or cancellation receipt (blocking; on the runner).
        language: the session's language code.
        station_id: kiosk id, printed on receipts.
        station_office: where the station stands, printed on receipts.
        key_clock: monotonic clock of the keyboard's double-strike guard (tests).
        parent: Qt parent.

    Signals:
        finished(): *Fine* after a cancel or a move.
        home_requested(): back from the first step.
    """

    finished = Signal()
    home_requested = Signal()

    def __init__(
        self,
        service: BookingService,
        runner: TaskRunner,
        *,
        print_receipt: PrintAny | None = None,
        language: Language | None = None,
        station_id: str = "kiosk",
        station_office: str = "",
        key_clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("mybook", parent)
        self.service = service
        self.runner = runner
        self.print_receipt = print_receipt
        self.language: Language = language or (lambda: "it")
        self.station_id = station_id
        self.station_office = station_office
        self.flow = MyBookingsFlow()
        self._tasks: list[int] = []
        self._field_messages: tuple[str, str] = ("", "")
        self._print_state = ""
        self._unprinted_code = ""  # stored receipt that did not print (shown with its QR)

        self.message = MessageBar(self, "mybook")
        self.message.retry.clicked.connect(lambda: self._run(self.flow.retry()))
        self.busy = BusyLabel(self, "mybook.busy")
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mybook.steps")

        # search
        self.search_page = QWidget(self.stack)
        self.search_page.setObjectName("mybook.page.search")
        self.search_title = title_label(self.search_page, "mybook.search_title")
        self.search_text = body_label(self.search_page, "mybook.search_text")
        self.code_label = body_label(self.search_page, "mybook.code_label")
        self.code = QLineEdit(self.search_page)
        self.code.setObjectName("mybook.code")
        self.code.setProperty("role", "code")
        self.code.setMaxLength(12)
        self.code_error = body_label(self.search_page, "mybook.code_error", role="error")
        self.cf_label = body_label(self.search_page, "mybook.cf_label")
        self.cf = GroupedLineEdit.for_codice_fiscale(self.search_page)
        self.cf.setObjectName("mybook.cf")
        self.cf_error = body_label(self.search_page, "mybook.cf_error", role="error")
        self.search = touch_button(self.search_page, "mybook.search", primary=True)
        self.search.clicked.connect(self._search)
        self.keyboard = (OnScreenKeyboard(self.search_page) if key_clock is None
                         else OnScreenKeyboard(self.search_page, clock=key_clock))
        self.keyboard.setObjectName("mybook.keyboard")
        self.keyboard.set_target(self.cf)
        self.keyboard.confirmed.connect(self._search)
        self._focus = _FocusTarget(self.keyboard, [self.code, self.cf])
        fields = QHBoxLayout()
        fields.setSpacing(32)
        for label, field, error in ((self.code_label, self.code, self.code_error),
                                    (self.cf_label, self.cf, self.cf_error)):
            box = QVBoxLayout()
            box.setSpacing(8)
            box.addWidget(label)
            box.addWidget(field)
            box.addWidget(error)
            error.hide()
            fields.addLayout(box, 1)
        fields.addWidget(self.search, 0, Qt.AlignmentFlag.AlignBottom)
        search = QVBoxLayout(self.search_page)
        search.setContentsMargins(0, 0, 0, 0)
        search.setSpacing(10)
        search.addWidget(self.search_title)
        search.addWidget(self.search_text)
        search.addLayout(fields)
        search.addStretch(1)
        search.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)

        # list
        self.list_page = QWidget(self.stack)
        self.list_page.setObjectName("mybook.page.list")
        self.list_title = title_label(self.list_page, "mybook.list_title")
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(16)
        self.options: dict[str, OptionButton] = {}
        lst = QVBoxLayout(self.list_page)
        lst.setContentsMargins(0, 0, 0, 0)
        lst.setSpacing(20)
        lst.addWidget(self.list_title)
        lst.addLayout(self.list_box)
        lst.addStretch(1)

        # detail, confirmations and results share one layout: text + buttons
        self.detail_page = QWidget(self.stack)
        self.detail_page.setObjectName("mybook.page.detail")
        self.detail_title = title_label(self.detail_page, "mybook.detail_title")
        self.detail_text = body_label(self.detail_page, "mybook.detail_text")
        self.cancel_button = touch_button(self.detail_page, "mybook.cancel")
        self.move_button = touch_button(self.detail_page, "mybook.move")
        self.cancel_confirm = touch_button(self.detail_page, "mybook.cancel_confirm",
                                           primary=True)
        self.move_confirm = touch_button(self.detail_page, "mybook.move_confirm", primary=True)
        self.print_button = touch_button(self.detail_page, "mybook.print")
        self.print_status = body_label(self.detail_page, "mybook.print_status")
        # A receipt that did not print is stored all the same: its QR and code go on screen,
        # as on the booking and payment done pages.
        self.receipt_fallback = ReceiptFallback(self.detail_page)
        self.finish = touch_button(self.detail_page, "mybook.finish", primary=True)
        self.cancel_button.clicked.connect(self._ask_cancel)
        self.move_button.clicked.connect(lambda: self._run(self.flow.start_move()))
        self.cancel_confirm.clicked.connect(lambda: self._run(self.flow.confirm_cancel()))
        self.move_confirm.clicked.connect(lambda: self._run(self.flow.confirm_move()))
        self.print_button.clicked.connect(self._print)
        self.finish.clicked.connect(self.finished)
        buttons = QHBoxLayout()
        buttons.setSpacing(32)
        for button in (self.cancel_button, self.move_button, self.cancel_confirm, self.move_confirm,
                       self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish)
        detail = QVBoxLayout(self.detail_page)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.setSpacing(24)
        detail.addWidget(self.detail_title)
        detail.addWidget(self.detail_text)
        detail.addWidget(self.print_status)
        detail.addWidget(self.receipt_fallback)
        detail.addStretch(1)
        detail.addLayout(buttons)

        self.slot_page = SlotPage(self.stack, "mybook", self.language)
        self.slot_page.day_chosen.connect(self._choose_day)
        self.slot_page.slot_chosen.connect(self._choose_slot)
        for page in (self.search_page, self.list_page, self.detail_page, self.slot_page):
            self.stack.addWidget(page)
        self._pages: dict[MyStep, QWidget] = {
            MyStep.SEARCH: self.search_page,
            MyStep.LIST: self.list_page,
            MyStep.DETAIL: self.detail_page,
            MyStep.CANCEL_CONFIRM: self.detail_page,
            MyStep.CANCELLED: self.detail_page,
            MyStep.MOVE_SLOT: self.slot_page,
            MyStep.MOVE_CONFIRM: self.detail_page,
            MyStep.MOVED: self.detail_page,
        }

        self.back_button = touch_button(self, "mybook.back")
        self.back_button.clicked.connect(self._back)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.busy, 1)
        column = QVBoxLayout(self)
        # Tight: the search step (fields, keyboard, *Indietro*) must fit at the largest text
        # size with the read-aloud bar on screen.
        column.setContentsMargins(PAGE_MARGIN, 12, PAGE_MARGIN, 12)
        column.setSpacing(12)
        column.addWidget(self.message)
        column.addWidget(self.stack, 1)
        column.addLayout(bottom)
        self.retranslate()

    # --- lifecycle -------------------------------------------------------------------------
    def entered(self) -> None:
        if self.flow.index is None and not self.flow.busy:
            self._run(self.flow.start())
        else:
            self._render()
        if self.flow.step is MyStep.SEARCH:
            self.cf.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Forget everything of the session (codes, fields, results)."""
        for task in self._tasks:
            self.runner.discard(task)
        self._tasks.clear()
        self.flow.reset()
        self.code.setText("")
        self.cf.setValue("")
        self.keyboard.reset()
        self.keyboard.set_target(self.cf)
        self._field_messages = ("", "")
        self._print_state = ""
        self._unprinted_code = ""
        self.receipt_fallback.reset()
        self.slot_page.reset()
        self._build_list()
        self._render()

    def handle_scan(self, decoded: Decoded) -> bool:
        """A health card read on the search step fills the codice fiscale."""
        if self.flow.step is MyStep.SEARCH and decoded.kind is CodeKind.CODICE_FISCALE:
            self.cf.setValue(decoded.value)
            return True
        return False

    # --- plumbing --------------------------------------------------------------------------
    def _run(self, call: Call | None) -> None:
        if call is not None:
            service = self.service
            self._tasks.append(self.runner.run(
                lambda: service.execute(call),
                lambda result: self._answer(call, result, None),
                lambda exc: self._answer(call, None, exc)))
        self._render()

    def _answer(self, call: Call, result: object, exc: BaseException | None) -> None:
        if exc is None:
            self.flow.complete(call, result)
        else:
            self.flow.fail(call, exc)
        follow = self.flow.pending
        if follow is not None and follow is not call:
            self._run(follow)
            return
        self._render()

    # --- events ----------------------------------------------------------------------------
    def _search(self) -> None:
        check, call = self.flow.search(self.code.text(), self.cf.value())
        self._field_messages = (check.code_message, check.cf_message)
        self._run(call)

    def _choose(self, booking_id: str) -> None:
        self.flow.choose(booking_id)
        self._print_state = ""
        self._render()

    def _ask_cancel(self) -> None:
        self.flow.ask_cancel()
        self._render()

    def _choose_day(self, day: object) -> None:
        if isinstance(day, date):
            self.flow.choose_day(day)
            self._render()

    def _choose_slot(self, slot_id: str) -> None:
        self.flow.choose_slot(slot_id)
        self._render()

    def _back(self) -> None:
        if self.flow.can_go_back:
            self.flow.back()
            self._render()
        else:
            self.home_requested.emit()

    def _print(self) -> None:
        printer = self.print_receipt
        flow = self.flow
        details = flow.details()
        if printer is None or details is None or flow.selected is None:
            return
        lang = self.language()
        receipt: BookingReceipt | CancellationReceipt
        if flow.step is MyStep.CANCELLED:
            receipt = cancellation_receipt(
                details, codice_fiscale=flow.codice_fiscale,
                cancelled_at=flow.selected.cancelled_at or now_rome(),
                station_id=self.station_id, station_office=self.station_office,
                language=lang, issued_at=now_rome())
        else:
            receipt = booking_receipt(
                details, codice_fiscale=flow.codice_fiscale, station_id=self.station_id,
                station_office=self.station_office, language=lang, issued_at=now_rome(),
                cancel_how=self.tr("Può disdire o spostare la prenotazione a questa "
                                   "postazione o chiamando lo sportello."))
        self._print_state = "printing"
        self._unprinted_code = ""
        self._render()

        def done(result: object) -> None:
            # False: stored but not printed (the desk can reprint it by its code).
            self._print_state = "failed" if result is False else "printed"
            self._unprinted_code = receipt.receipt_code if result is False else ""
            self._render()

        def failed(exc: BaseException) -> None:
            log.warning("receipt not printed: %s", type(exc).__name__)
            self._print_state = "failed"
            self._render()

        self._tasks.append(self.runner.run(lambda: printer(receipt), done, failed))

    # --- rendering -------------------------------------------------------------------------
    def _build_list(self) -> None:
        ids = [b.id for b in self.flow.bookings]
        if ids == list(self.options):
            return
        clear_layout(self.list_box)
        self.options.clear()
        for booking in self.flow.bookings:
            button = OptionButton(self.list_page, f"mybook.option.{booking.id}")
            button.clicked.connect(lambda _=False, bid=booking.id: self._choose(bid))
            self.list_box.addWidget(button)
            self.options[booking.id] = button

    def _render(self) -> None:
        flow = self.flow
        step = flow.step
        page = self._pages[step]
        if step is MyStep.LIST:
            self._build_list()
        if step is MyStep.MOVE_SLOT:
            details = flow.details()
            heading = (f"{details.service.name.get(self.language())} – "
                       f"{details.office.name}" if details is not None else "")
            self.slot_page.set_choice(flow.slots, heading)
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        self.cancel_button.setVisible(step is MyStep.DETAIL)
        self.move_button.setVisible(step is MyStep.DETAIL)
        allowed = flow.can_change()
        self.cancel_button.setEnabled(allowed)
        self.move_button.setEnabled(allowed)
        self.cancel_confirm.setVisible(step is MyStep.CANCEL_CONFIRM)
        self.move_confirm.setVisible(step is MyStep.MOVE_CONFIRM)
        done = step in (MyStep.CANCELLED, MyStep.MOVED)
        self.print_button.setVisible(done and self.print_receipt is not None)
        if done and self._unprinted_code:
            if self.receipt_fallback.receipt_code != self._unprinted_code:
                self.receipt_fallback.show_for(self._unprinted_code)
        elif self.receipt_fallback.isVisibleTo(self.detail_page):
            self.receipt_fallback.reset()
        self.finish.setVisible(done)
        self.back_button.setVisible(not done)
        if flow.error is not None:
            self.message.show_message(flow.error, error=True)
        else:
            self.message.show_message(flow.notice, error=False)
        self.busy.setVisible(flow.busy)
        self.stack.setEnabled(not flow.busy)
        self._texts()

    def _texts(self) -> None:
        lang = self.language()
        flow = self.flow
        code_message, cf_message = self._field_messages
        self.code_error.setText(QCoreApplication.translate("MyBookings", code_message))
        self.code_error.setVisible(bool(code_message))
        self.cf_error.setText(QCoreApplication.translate("CodiceFiscale", cf_message))
        self.cf_error.setVisible(bool(cf_message))
        for booking in flow.bookings:
            button = self.options.get(booking.id)
            details = flow.details(booking)
            if button is None or details is None:
                continue
            title = f"{details.service.name.get(lang)} – {when_text(details.start, lang)}"
            sub = f"{details.office.name}, {details.office.address} – {booking.code}"
            if booking.status == "cancelled":
                sub += " – " + self.tr("annullata")
            button.set_texts(title, sub)
        step = flow.step
        details = flow.details()
        text = describe(details, lang)
        titles = {
            MyStep.DETAIL: self.tr("La prenotazione %1"),
            MyStep.CANCEL_CONFIRM: self.tr("Vuole davvero disdire la prenotazione %1?"),
            MyStep.CANCELLED: self.tr("Prenotazione %1 annullata"),
            MyStep.MOVE_CONFIRM: self.tr("Spostare la prenotazione %1?"),
            MyStep.MOVED: self.tr("Prenotazione %1 spostata"),
        }
        code = flow.selected.code if flow.selected is not None else ""
        self.detail_title.setText(titles.get(step, "").replace("%1", code))
        if step is MyStep.MOVE_CONFIRM and flow.new_slot is not None:
            text += "\n\n" + self.tr("Nuovo orario: %1").replace(
                "%1", when_text(flow.new_slot.start, lang))
            text += "\n" + self.tr("Il vecchio orario viene liberato solo quando il nuovo è "
                                   "confermato.")
        if step is MyStep.CANCELLED:
            text += "\n\n" + self.tr("L'orario è stato liberato per altre persone.")
        if step is MyStep.DETAIL and details is not None and details.cancel_until \
                and flow.can_change():
            text += "\n\n" + self.tr("Può disdirla o spostarla fino a %1.").replace(
                "%1", until_text(details.cancel_until, lang))
        self.detail_text.setText(text)
        self.detail_text.setAccessibleName(text)
        status = {
            "": "",
            "printing": self.tr("Stampa in corso…"),
            "printed": self.tr("Ricevuta stampata: la prenda dalla stampante."),
            "failed": self.tr("La ricevuta non è stata stampata. Riprovi o chieda allo "
                              "sportello."),
        }[self._print_state]
        if self._unprinted_code:
            status = ""  # the fallback below says it, with the QR and the code
        self.print_status.setText(status)
        self.print_status.setVisible(bool(status))

    def retranslate(self) -> None:
        self.search_title.setText(self.tr("Le mie prenotazioni"))
        self.search_text.setText(self.tr(
            "Scriva il suo codice fiscale. Se ha il codice di prenotazione (lo trova sul "
            "foglio della prenotazione) lo scriva anche, altrimenti vedrà tutte le sue "
            "prenotazioni future."))
        self.code_label.setText(self.tr("Codice di prenotazione (facoltativo)"))
        self.code.setAccessibleName(self.tr("Codice di prenotazione"))
        self.cf_label.setText(self.tr("Codice fiscale"))
        self.cf.setAccessibleName(self.tr("Codice fiscale"))
        set_button(self.search, self.tr("Cerca"), self.tr("Cerca le prenotazioni"))
        self.list_title.setText(self.tr("Le sue prenotazioni: tocchi quella che le interessa"))
        set_button(self.cancel_button, self.tr("Disdici"), self.tr("Disdici questa prenotazione"))
        set_button(self.move_button, self.tr("Sposta"), self.tr("Sposta a un altro orario"))
        set_button(self.cancel_confirm, self.tr("Sì, disdici"),
                   self.tr("Sì, disdici la prenotazione"))
        set_button(self.move_confirm, self.tr("Sì, sposta"),
                   self.tr("Sì, sposta al nuovo orario"))
        set_button(self.print_button, self.tr("Stampa la ricevuta"))
        set_button(self.finish, self.tr("Fine"), self.tr("Fine, torna all'inizio"))
        set_button(self.back_button, self.tr("◀ Indietro"),
                   self.tr("Torna al passo precedente"))
        self.keyboard.retranslate()
        self.busy.retranslate()
        self.message.retranslate()
        self.slot_page.retranslate()
        if hasattr(self, "_pages"):
            self._render()


__all__ = ["MyBookingsScreen", "PrintAny"]
