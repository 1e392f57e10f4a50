"""The last step of a booking: the code in very large type, place, time, what to bring, fee,
the printed receipt, and for a health ticket *pay now* / *pay later*."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.flows.booking_details import BookingDetails
from kiosk.flows.booking_ops import now_rome
from ui.book.parts import (
    Language,
    money_text,
    set_button,
    touch_button,
    until_text,
    when_text,
)
from ui.screens.base import body_label, title_label
from ui.widgets.receipt_fallback import ReceiptFallback


class PrintState:
    """What the receipt printer is doing, as shown under the print button."""

    NONE = "none"
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"


class DonePage(QWidget):
    """Confirmation of a new booking.

    Signals:
        print_requested(): *Stampa* (again).
        pay_now(): hand over to the payment flow.
        pay_later(): the citizen will pay later.
        finish(): *Fine*.
    """

    print_requested = Signal()
    pay_now = Signal()
    pay_later = Signal()
    finish = Signal()

    def __init__(self, parent: QWidget, language: Language) -> None:
        super().__init__(parent)
        self.setObjectName("book.page.done")
        self._lang = language
        self._details: BookingDetails | None = None
        self._print_state = PrintState.NONE
        self._print_note = ""
        self._can_pay_now = False
        self._paying_later = False
        self.title = title_label(self, "done.title")
        self.code_caption = body_label(self, "done.code_caption")
        self.code = QLabel(self)
        self.code.setObjectName("done.booking_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Very large: the citizen may copy it on paper or read it on the phone to the desk.
        self.code.setStyleSheet("font-size: 96px; font-weight: bold; letter-spacing: 6px;")
        self.facts = body_label(self, "done.facts")
        self.bring_title = title_label(self, "done.bring_title")
        self.bring = body_label(self, "done.bring")
        self.fee = body_label(self, "done.fee")
        self.print_status = body_label(self, "done.print_status")
        self.receipt_fallback = ReceiptFallback(self)
        self.print_button = touch_button(self, "done.print")
        self.print_button.clicked.connect(self.print_requested)
        self.pay_now_button = touch_button(self, "done.pay_now", primary=True)
        self.pay_now_button.clicked.connect(self.pay_now)
        self.pay_later_button = touch_button(self, "done.pay_later")
        self.pay_later_button.clicked.connect(self._on_pay_later)
        self.finish_button = touch_button(self, "done.finish", primary=True)
        self.finish_button.setMinimumWidth(320)
        self.finish_button.clicked.connect(self.finish)

        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.title)
        left.addWidget(self.code_caption)
        left.addWidget(self.code)
        left.addWidget(self.facts)
        left.addWidget(self.fee)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self.bring_title)
        right.addWidget(self.bring)
        right.addStretch(1)
        right.addWidget(self.print_status)
        body = QHBoxLayout()
        body.setSpacing(64)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.setSpacing(32)
        buttons.addWidget(self.pay_now_button)
        buttons.addWidget(self.pay_later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.finish_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)
        column.addLayout(body, 1)
        column.addWidget(self.receipt_fallback)
        column.addLayout(buttons)

    # --- data ----------------------------------------------------------------------------
    def set_details(self, details: BookingDetails | None, *, can_pay_now: bool,
                    can_print: bool) -> None:
        self._details = details
        self._can_pay_now = can_pay_now
        self.print_button.setVisible(can_print)
        self.retranslate()

    def set_print_state(self, state: str, note: str = "", receipt_code: str = "") -> None:
        """Show the printer's state (``PrintState``); ``note`` is an already translated text.

        A failed print with the stored receipt's code shows its QR and code on screen.
        """
        self._print_state = state
        self._print_note = note
        if state == PrintState.FAILED and receipt_code:
            self.receipt_fallback.show_for(receipt_code)
        elif state == PrintState.PRINTED:
            self.receipt_fallback.reset()
        self.retranslate()

    def reset(self) -> None:
        self.receipt_fallback.reset()
        self._details = None
        self._print_state = PrintState.NONE
        self._print_note = ""
        self._paying_later = False
        self.retranslate()

    def _on_pay_later(self) -> None:
        self._paying_later = True
        self.retranslate()
        self.pay_later.emit()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self._lang()
        d = self._details
        self.title.setText(self.tr("Prenotazione confermata"))
        self.code_caption.setText(self.tr("Il suo codice di prenotazione:"))
        self.code.setText(d.code or "" if d is not None else "")
        self.code.setAccessibleName(
            self.tr("Codice di prenotazione %1").replace("%1", " ".join(self.code.text())))
        facts: list[str] = []
        if d is not None:
            facts.append(d.service.name.get(lang))
            facts.append(when_text(d.start, lang))
            facts.append(f"{d.office.name}, {d.office.address}")
            if d.floor_room:
                facts.append(d.floor_room)
            if d.cancel_until is not None and d.cancel_until > now_rome():
                facts.append(self.tr("Può disdire o spostare fino a %1.").replace(
                    "%1", until_text(d.cancel_until, lang)))
            elif d.cancel_until is not None:
                # Too close to the appointment for the kiosk (ASST: 2 working days).
                facts.append(self.tr(
                    "Per disdire o spostare questa prenotazione chiami lo sportello: %1."
                ).replace("%1", d.site.phone))
        self.facts.setText("\n".join(facts))
        self.bring_title.setText(self.tr("Cosa portare"))
        bring = [f"• {item.get(lang)}" for item in d.what_to_bring] if d is not None else []
        self.bring.setText("\n".join(bring))
        fee_due = d is not None and d.fee_cents > 0
        if fee_due and d is not None:
            text = self.tr("Da pagare: %1").replace("%1", money_text(d.fee_cents, lang))
            if d.notice_number:
                groups = " ".join(d.notice_number[i:i + 4] for i in range(0, 18, 4))
                text += "\n" + self.tr("Avviso pagoPA n. %1").replace("%1", groups)
            if self._paying_later:
                text += "\n" + self.tr(
                    "Può pagare prima dell'appuntamento a questa postazione (Paga), in "
                    "farmacia, in banca o online con l'avviso pagoPA.")
            self.fee.setText(text)
        else:
            self.fee.setText(self.tr("Non si paga nulla."))
        self.pay_now_button.setVisible(fee_due and self._can_pay_now and not self._paying_later)
        self.pay_later_button.setVisible(fee_due and not self._paying_later)
        set_button(self.pay_now_button, self.tr("Paga ora"), self.tr("Paga ora con la carta"))
        set_button(self.pay_later_button, self.tr("Pago dopo"))
        set_button(self.print_button,
                   self.tr("Stampa di nuovo") if self._print_state == PrintState.PRINTED
                   else self.tr("Stampa la ricevuta"))
        set_button(self.finish_button, self.tr("Fine"), self.tr("Fine, torna all'inizio"))
        status = {
            PrintState.NONE: "",
            PrintState.PRINTING: self.tr("Stampa della ricevuta in corso…"),
            PrintState.PRINTED: self.tr("Ricevuta stampata: la prenda dalla stampante."),
            PrintState.FAILED: self.tr(
                "La ricevuta non è stata stampata. Tocchi «Stampa la ricevuta» per riprovare "
                "o si annoti il codice di prenotazione."),
        }[self._print_state]
        if self._print_note:
            status = f"{status} {self._print_note}".strip()
        self.print_status.setText(status)
        self.print_status.setVisible(bool(status))


__all__ = ["DonePage", "PrintState"]
