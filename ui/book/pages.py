"""Steps of the booking screen (service, office, summary), as dumb widgets: they show data
and emit the choice.

Pages never talk to the backend or to a flow: the screen gives them what to show and turns
their signals into flow events. Every page sets its texts in ``retranslate()`` from the data
it was given, so a language switch re-renders it without losing anything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.flows.booking import ServiceGroup
from kiosk.flows.booking_details import BookingDetails
from kiosk.services.models import Office
from ui.book.parts import (
    ROME,
    Language,
    OptionButton,
    clear_layout,
    day_text,
    grid_of,
    money_text,
    set_button,
    time_text,
    touch_button,
)
from ui.screens.base import body_label, title_label
from ui.widgets.grouped_edit import GroupedLineEdit, every
from ui.widgets.keypad import NumericKeypad
from ui.widgets.scroll import ScrollColumn


class ServicePage(QWidget):
    """First step: the municipal services grouped in large tiles, and the CUP tile."""

    chosen = Signal(str)
    cup_chosen = Signal()

    def __init__(self, parent: QWidget, language: Language) -> None:
        super().__init__(parent)
        self.setObjectName("book.page.service")
        self._lang = language
        self._groups: list[ServiceGroup] = []
        self.title = title_label(self, "book.service.title")
        # At the largest text size the tiles are taller than the window: they scroll.
        self.tiles_scroll = ScrollColumn(self, "book.service.scroll")
        self.grid = QGridLayout()
        self.grid.setSpacing(28)
        self.buttons: dict[str, OptionButton] = {}
        self.group_titles: list[tuple[QLabel, ServiceGroup]] = []
        self.cup_box = QFrame(self.tiles_scroll.content)
        self.cup_box.setObjectName("book.cup_box")
        self.cup_title = title_label(self.cup_box, "book.cup_title")
        self.cup = OptionButton(self.cup_box, "book.cup")
        self.cup.clicked.connect(self.cup_chosen)
        box = QVBoxLayout(self.cup_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        box.addWidget(self.cup_title)
        box.addWidget(self.cup)
        box.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)
        column.addWidget(self.title)
        column.addWidget(self.tiles_scroll, 1)
        self.tiles_scroll.column.addLayout(self.grid)
        self.tiles_scroll.column.addStretch(1)

    def set_groups(self, groups: list[ServiceGroup], *, cup: bool = True) -> None:
        """Build the tiles (only when the catalogue changed)."""
        ids = [(g.category.id, [s.id for s in g.services]) for g in groups]
        if ids == [(g.category.id, [s.id for s in g.services]) for g in self._groups] \
                and self.buttons:
            self.cup_box.setVisible(cup)
            return
        self._groups = groups
        self.grid.removeWidget(self.cup_box)
        clear_layout(self.grid)
        self.buttons.clear()
        self.group_titles.clear()
        cells: list[QWidget] = []
        for group in groups:
            cell = QWidget(self.tiles_scroll.content)
            cell.setObjectName(f"book.group.{group.category.id}")
            col = QVBoxLayout(cell)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(12)
            heading = title_label(cell, f"book.group.{group.category.id}.title")
            col.addWidget(heading)
            self.group_titles.append((heading, group))
            for service in group.services:
                button = OptionButton(cell, f"book.option.{service.id}")
                button.clicked.connect(lambda _=False, sid=service.id: self.chosen.emit(sid))
                self.buttons[service.id] = button
                col.addWidget(button)
            col.addStretch(1)
            cells.append(cell)
        cells.append(self.cup_box)
        for index, cell in enumerate(cells):
            self.grid.addWidget(cell, index // 3, index % 3)
        self.cup_box.setVisible(cup)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self._lang()
        self.title.setText(self.tr("Che cosa vuole prenotare?"))
        for heading, group in self.group_titles:
            heading.setText(group.category.name.get(lang))
        for group in self._groups:
            for service in group.services:
                fee = (money_text(service.fee_cents, lang) if service.fee_cents
                       else self.tr("gratuito"))
                self.buttons[service.id].set_texts(service.name.get(lang), fee)
        self.cup_title.setText(self.tr("Sanità – ASST Pavia"))
        self.cup.set_texts(self.tr("Visita o esame con la ricetta"),
                           self.tr("Serve il numero della ricetta elettronica (NRE)"))


class OfficePage(QWidget):
    """Where: one large button per office, with its address."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget, language: Language) -> None:
        super().__init__(parent)
        self.setObjectName("book.page.office")
        self._lang = language
        self._offices: list[Office] = []
        self._service_name = ""
        self.title = title_label(self, "book.office.title")
        self.subtitle = body_label(self, "book.office.subtitle")
        self.list = QGridLayout()
        self.buttons: dict[str, OptionButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addLayout(self.list)
        column.addStretch(1)

    def set_offices(self, offices: list[Office], service_name: str) -> None:
        self._service_name = service_name
        if [o.id for o in offices] != [o.id for o in self._offices] or not self.buttons:
            self._offices = offices
            clear_layout(self.list)
            self.buttons.clear()
            widgets: list[QWidget] = []
            for office in offices:
                button = OptionButton(self, f"book.option.{office.id}")
                button.clicked.connect(lambda _=False, oid=office.id: self.chosen.emit(oid))
                self.buttons[office.id] = button
                widgets.append(button)
            grid = grid_of(widgets, 2, 28)
            self.list.addLayout(grid, 0, 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("In quale ufficio preferisce andare?"))
        self.subtitle.setText(self._service_name)
        for office in self._offices:
            self.buttons[office.id].set_texts(office.name, office.address)

class SummaryPage(QWidget):
    """The booking in plain words, an optional mobile number, and *Conferma*."""

    confirm = Signal()
    phone_entered = Signal(str)

    def __init__(self, parent: QWidget, language: Language) -> None:
        super().__init__(parent)
        self.setObjectName("book.page.summary")
        self._lang = language
        self._details: BookingDetails | None = None
        self._phone_allowed = False
        self._phone_message = ""
        self.title = title_label(self, "book.summary.title")
        self.text = body_label(self, "book.summary.text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.confirm_button = touch_button(self, "book.confirm", primary=True)
        self.confirm_button.setMinimumWidth(420)
        self.confirm_button.clicked.connect(self.confirm)
        self.add_phone = OptionButton(self, "book.add_phone", primary=False)
        self.add_phone.clicked.connect(self._open_phone)
        self.phone_box = QWidget(self)
        self.phone_box.setObjectName("book.phone_box")
        self.phone_label = body_label(self.phone_box, "book.phone_label")
        self.phone = GroupedLineEdit(self.phone_box, boundaries=every(3), max_length=15,
                                     normalize=lambda t: "".join(c for c in t
                                                                 if c.isdigit() or c == "+"))
        self.phone.setObjectName("book.phone")
        self.phone_error = body_label(self.phone_box, "book.phone_error", role="error")
        self.phone_error.hide()
        self.keypad = NumericKeypad(self.phone_box)
        self.keypad.setObjectName("book.phone_keypad")
        self.keypad.set_target(self.phone)
        self.keypad.confirmed.connect(lambda: self.phone_entered.emit(self.phone.value()))
        self.phone.value_changed.connect(self.phone_entered)
        pbox = QVBoxLayout(self.phone_box)
        pbox.setContentsMargins(0, 0, 0, 0)
        pbox.setSpacing(12)
        pbox.addWidget(self.phone_label)
        pbox.addWidget(self.phone)
        pbox.addWidget(self.phone_error)
        pbox.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignLeft)
        self.phone_box.hide()
        left = QVBoxLayout()
        left.setSpacing(24)
        left.addWidget(self.text)
        left.addStretch(1)
        left.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self.add_phone)
        right.addWidget(self.phone_box)
        right.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(56)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)
        column.addWidget(self.title)
        column.addLayout(body, 1)

    def _open_phone(self) -> None:
        self.phone_box.setVisible(True)
        self.add_phone.hide()
        self.phone.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_details(self, details: BookingDetails | None, *, phone_allowed: bool,
                    phone_message: str = "") -> None:
        self._details = details
        self._phone_allowed = phone_allowed
        self._phone_message = phone_message
        if not phone_allowed:
            self.phone_box.hide()
        self.add_phone.setVisible(phone_allowed and not self.phone_box.isVisible())
        self.retranslate()

    def reset(self) -> None:
        self.phone.setValue("")
        self.phone_box.hide()
        self.keypad.reset()
        self._details = None
        self._phone_message = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Controlli la prenotazione"))
        set_button(self.confirm_button, self.tr("Conferma la prenotazione"))
        self.add_phone.set_texts(self.tr("Aggiungi un cellulare"),
                                 self.tr("Facoltativo: riceverà un promemoria"))
        self.phone_label.setText(self.tr("Numero di cellulare (facoltativo)"))
        self.phone.setAccessibleName(self.tr("Numero di cellulare"))
        if self._phone_message:
            self.phone_error.setText(self.tr("Attenzione: %1").replace(
                "%1", QCoreApplication.translate("Booking", self._phone_message)))
        self.phone_error.setVisible(bool(self._phone_message))
        self.keypad.retranslate()
        self.text.setText(describe(self._details, self._lang()))
        self.text.setAccessibleName(self.text.text())


def describe(details: BookingDetails | None, lang: str) -> str:
    """The booking in plain words, one fact per line (context ``BookingSummary``)."""
    if details is None:
        return ""
    day = details.start.astimezone(ROME).date()
    lines = [
        QCoreApplication.translate("BookingSummary", "Servizio: %1").replace(
            "%1", details.service.name.get(lang)),
        QCoreApplication.translate("BookingSummary", "Quando: %1, alle ore %2").replace(
            "%1", day_text(day, lang)).replace("%2", time_text(details.start)),
        QCoreApplication.translate("BookingSummary", "Dove: %1, %2").replace(
            "%1", details.office.name).replace("%2", details.office.address),
    ]
    if details.floor_room:
        lines.append(QCoreApplication.translate("BookingSummary", "Piano e stanza: %1").replace(
            "%1", details.floor_room))
    if details.masked_cf:
        lines.append(QCoreApplication.translate("BookingSummary", "Codice fiscale: %1").replace(
            "%1", details.masked_cf))
    if details.fee_cents:
        lines.append(QCoreApplication.translate("BookingSummary", "Da pagare: %1").replace(
            "%1", money_text(details.fee_cents, lang)))
    else:
        lines.append(QCoreApplication.translate("BookingSummary", "Non si paga nulla."))
    return "\n".join(lines)

__all__ = [
    "OfficePage",
    "ServicePage",
    "SummaryPage",
    "describe",
]
