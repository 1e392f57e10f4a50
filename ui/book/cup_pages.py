"""CUP steps: the prescription number (typed or scanned) and the first free times within the
priority's maximum wait."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk import nre
from kiosk.services.models import Office, Slot
from ui.book.parts import (
    ROME,
    Language,
    OptionButton,
    clear_layout,
    day_text,
    grid_of,
    set_button,
    touch_button,
    when_text,
)
from ui.screens.base import body_label, title_label
from ui.widgets.grouped_edit import GroupedLineEdit, every, normalize_cf_chars
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.touchkeys import Clock


class NrePage(QWidget):
    """CUP: the number of the electronic prescription, typed or scanned."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget, key_clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("book.page.nre")
        self._message = ""
        self._context: str | None = None
        self.title = title_label(self, "book.nre.title")
        self.instruction = body_label(self, "book.nre.instruction")
        self.field = GroupedLineEdit(self, boundaries=every(5), max_length=nre.NRE_LENGTH,
                                     normalize=normalize_cf_chars)
        self.field.setObjectName("book.nre")
        self.field.setMinimumWidth(900)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.returnPressed.connect(self._submit)
        self.proceed = touch_button(self, "book.nre_continue", primary=True)
        self.proceed.clicked.connect(self._submit)
        self.error = body_label(self, "book.nre_error", role="error")
        self.error.hide()
        self.keyboard = (OnScreenKeyboard(self) if key_clock is None
                         else OnScreenKeyboard(self, clock=key_clock))
        self.keyboard.setObjectName("book.nre_keyboard")
        self.keyboard.set_target(self.field)
        self.keyboard.confirmed.connect(self._submit)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addWidget(self.field, 1)
        row.addWidget(self.proceed)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        # Tight: at the largest text size the keyboard's last row must stay above the
        # read-aloud bar (the keys keep their size whatever the text size).
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.instruction)
        column.addLayout(row)
        column.addWidget(self.error)
        column.addStretch(1)
        column.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)

    def _submit(self) -> None:
        self.submitted.emit(self.field.value())

    def set_value(self, value: str) -> None:
        """Fill the field (a scanned prescription)."""
        self.field.setValue(value)

    def show_problem(self, message: str, context: str | None = None) -> None:
        """Show ``message`` (Italian source, context ``Nre``) at the field; '' hides it."""
        self._message = message
        self._context = context
        self.retranslate()

    def reset(self) -> None:
        self.field.setValue("")
        self.keyboard.reset()
        self.show_problem("")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Il numero della ricetta"))
        self.instruction.setText(self.tr(
            "Scriva il numero della ricetta elettronica (NRE, 15 caratteri: lo trova in alto "
            "sul promemoria del medico) oppure avvicini il codice a barre al lettore."))
        self.field.setAccessibleName(self.tr("Numero della ricetta elettronica"))
        set_button(self.proceed, self.tr("Continua"),
                   self.tr("Continua con questo numero di ricetta"))
        if self._message:
            context = nre.TR_CONTEXT if self._context is None else self._context
            self.error.setText(self.tr("Attenzione: %1").replace(
                "%1", QCoreApplication.translate(context, self._message)))
        self.error.setVisible(bool(self._message))
        self.keyboard.retranslate()


class CupSlotPage(QWidget):
    """CUP: the first free times across ASST sites within the priority's limit."""

    slot_chosen = Signal(str)
    later_toggled = Signal(bool)

    def __init__(self, parent: QWidget, language: Language) -> None:
        super().__init__(parent)
        self.setObjectName("book.page.cup_slot")
        self._lang = language
        self._service = ""
        self._priority: str | None = None
        self._deadline: datetime | None = None
        self._kind: str | None = None
        self._slots: list[Slot] = []
        self._offices: dict[str, Office] = {}
        self._within = True
        self._later = False
        self._phone: str | None = None
        self.title = title_label(self, "book.cup_slot.title")
        self.subtitle = body_label(self, "book.cup_slot.subtitle")
        self.rule = body_label(self, "book.cup_slot.rule", role="muted")
        self.none_box = QFrame(self)
        self.none_box.setObjectName("book.none_in_time")
        self.none_box.setProperty("role", "notice")
        self.none_text = body_label(self.none_box, "book.none_in_time.text")
        box = QVBoxLayout(self.none_box)
        box.setContentsMargins(28, 20, 28, 20)
        box.addWidget(self.none_text)
        self.list = QVBoxLayout()
        self.list.setSpacing(16)
        self.buttons: dict[str, OptionButton] = {}
        self.later = touch_button(self, "book.later")
        self.later.clicked.connect(lambda: self.later_toggled.emit(not self._later))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.none_box)
        column.addLayout(self.list)
        column.addWidget(self.later, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.rule)
        column.addStretch(1)

    def set_data(
        self, *, service: str, kind: str | None, priority: str | None,
        deadline: datetime | None,
        slots: Sequence[Slot], offices: dict[str, Office], within: bool, later: bool,
        phone: str | None, has_later: bool,
    ) -> None:
        self._service, self._priority, self._deadline = service, priority, deadline
        self._kind = kind
        self._offices, self._within, self._later, self._phone = offices, within, later, phone
        if [s.id for s in slots] != [s.id for s in self._slots] or not self.buttons:
            self._slots = list(slots)
            clear_layout(self.list)
            self.buttons.clear()
            widgets: list[QWidget] = []
            for slot in self._slots:
                button = OptionButton(self, f"book.slot.{slot.id}")
                button.clicked.connect(lambda _=False, sid=slot.id: self.slot_chosen.emit(sid))
                widgets.append(button)
                self.buttons[slot.id] = button
            # Two columns, earliest first reading row by row.
            self.list.addLayout(grid_of(widgets, 2, 20))
        self.later.setVisible(within and has_later)
        self.retranslate()

    def _priority_text(self) -> str:
        texts = {
            "U": self.tr("urgente (U): entro 72 ore"),
            "B": self.tr("breve (B): entro 10 giorni"),
            "D": self.tr("differibile (D): entro 60 giorni") if self._kind == "diagnostic"
            else self.tr("differibile (D): entro 30 giorni"),
            "P": self.tr("programmata (P): entro 120 giorni"),
        }
        return texts.get(self._priority or "", "")

    def retranslate(self) -> None:
        lang = self._lang()
        self.title.setText(self.tr("Primi posti liberi"))
        limit = ""
        if self._deadline is not None and self._priority == "U":
            limit = self.tr("entro %1").replace("%1", when_text(self._deadline, lang))
        elif self._deadline is not None:
            limit = self.tr("entro %1").replace(
                "%1", day_text(self._deadline.astimezone(ROME).date(), lang))
        self.subtitle.setText(self.tr("%1 – priorità %2 (%3)").replace(
            "%1", self._service).replace("%2", self._priority_text()).replace("%3", limit))
        refuse = self.tr(
            "Secondo le regole della Lombardia, se rifiuta una data entro il tempo massimo di "
            "attesa perde il diritto a essere visitato entro quel tempo.")
        self.rule.setText(refuse)
        if self._within and not self._later:
            self.none_box.hide()
        elif self._within and self._later:
            self.none_text.setText(self.tr(
                "Queste date sono oltre il tempo massimo della sua priorità. Se ne sceglie una "
                "rinuncia alla garanzia dei tempi di attesa."))
            self.none_box.show()
        else:
            first = self._slots[0] if self._slots else None
            when = when_text(first.start, lang) if first is not None else ""
            text = self.tr(
                "Entro il tempo massimo della sua priorità non ci sono posti liberi. Il primo "
                "posto libero è %1: può prenotarlo qui sotto, oppure chiamare lo sportello CUP "
                "al %2, che cercherà con lei una data entro i tempi.").replace(
                "%1", when or "—").replace("%2", self._phone or "—")
            self.none_text.setText(text)
            self.none_box.show()
        set_button(self.later,
                   self.tr("Torna alle date entro il tempo massimo") if self._later
                   else self.tr("Vedere date più lontane"))
        for slot in self._slots:
            office = self._offices.get(slot.office_id)
            title = when_text(slot.start, lang)
            where = f"{office.name} – {office.address}" if office is not None else ""
            self.buttons[slot.id].set_texts(title, where)


__all__ = ["CupSlotPage", "NrePage"]
