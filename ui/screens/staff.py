"""Staff tools: reprint any receipt, daily summary, printer care, out of service, exit.

Every action goes through :class:`ui.staff_tools.StaffTools` on the task runner, so the screen
never blocks and every action is permission-checked and audited there. Controls:
``staff.search`` (+ ``staff.search_go``), ``staff.result.<receipt code>``, ``staff.reprint``,
``staff.daily_report``, ``staff.test_page``, ``staff.resume_printer``, ``staff.oos_message``,
``staff.out_of_service``, ``staff.exit`` (two taps: arm, confirm), ``staff.close``,
``staff.status``, ``staff.printer_status``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts import Account
from kiosk.receipts import ROME, ReceiptKind
from printing.backends.base import PrinterStatus, PrintResult
from printing.delivery import IssueOutcome
from printing.store import PrintStatus, StoredReceipt
from ui.screens.base import PAGE_MARGIN, ScreenWidget, body_label, title_label
from ui.staff_tools import NoPrinterError, PermissionDeniedError, StaffTools
from ui.tasks import TaskRunner
from ui.widgets.button_flow import button_flow
from ui.widgets.scroll import ScrollColumn

log = logging.getLogger("kiosk.ui")

MIN_TARGET_PX = 61
MAX_RESULTS = 30
ROW_MIN_H = 100


class ResultRow(QPushButton):
    """One stored receipt in the results: code and time on top, what it is below.

    The chosen row shows a tick in its title (not colour alone).
    """

    def __init__(self, parent: QWidget, code: str) -> None:
        super().__init__(parent)
        self.setObjectName(f"staff.result.{code}")
        self.setProperty("role", "tile")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(ROW_MIN_H)
        self.title = QLabel(self)
        self.title.setObjectName(f"staff.result.{code}.title")
        self.title.setProperty("role", "tile_title")
        self.title.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName(f"staff.result.{code}.detail")
        self.detail.setProperty("role", "tile_desc")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setStyleSheet("font-weight: normal;")
        for label in (self.title, self.detail):
            # The whole row is the target: labels must not swallow the tap.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            # Long summaries wrap (or are cut) inside the row, never widen it.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._column = column = QVBoxLayout(self)
        column.setContentsMargins(24, 10, 24, 10)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        self.toggled.connect(lambda _on: self._refresh())
        self._texts = ("", "")

    # The row is as tall as its two labels need at its width (the detail wraps), whatever
    # text size is chosen; a stylesheet's min-height must not decide it.
    def _label_heights(self, width: int) -> tuple[int, int]:
        # The labels' fonts come from the stylesheet: measure them polished.
        self.title.ensurePolished()
        self.detail.ensurePolished()
        margins = self._column.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        # Measured from the fonts, not QLabel.heightForWidth: that one is bounded by the fixed
        # heights set below.
        heights = []
        for label in (self.title, self.detail):
            box = label.fontMetrics().boundingRect(
                QRect(0, 0, inner, 100_000), int(Qt.TextFlag.TextWordWrap), label.text())
            heights.append(box.height() + 4)
        return heights[0], heights[1]

    def _needed_height(self, width: int) -> int:
        margins = self._column.contentsMargins()
        title, detail = self._label_heights(width)
        height = margins.top() + margins.bottom() + self._column.spacing() + title + detail
        return max(ROW_MIN_H, height)

    def _fit(self) -> None:
        # A button does not do height-for-width for its layout: size the labels and the row
        # from the width they get.
        title, detail = self._label_heights(self.width())
        self.title.setFixedHeight(max(1, title))
        self.detail.setFixedHeight(max(1, detail))
        height = self._needed_height(self.width())
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        width = super().sizeHint().width()
        return QSize(width, self._needed_height(max(width, self.width())))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, ROW_MIN_H)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def set_texts(self, title: str, detail: str) -> None:
        self._texts = (title, detail)
        self._refresh()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange,
                            QEvent.Type.FontChange):
            self._fit()
        return handled

    def _refresh(self) -> None:
        title, detail = self._texts
        self.title.setText(("✓ " if self.isChecked() else "") + title)
        self.detail.setText(detail)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self._fit()


def _printer_text(reason: str) -> str:
    return QCoreApplication.translate("Printer", reason)


class StaffScreen(ScreenWidget):
    """The staff tools screen.

    Args:
        tools: the staff actions (holds the signed-in account).
        runner: the task runner.

    Signals:
        closed(): back to the station (the staff member signed out).
        out_of_service_requested(str): show the "closed" screen with this message.
        back_in_service_requested(): leave the "closed" screen.
        exit_requested(): the exit was authorised and audited: lift the lockdown and quit.
    """

    show_header = False
    closed = Signal()
    out_of_service_requested = Signal(str)
    back_in_service_requested = Signal()
    exit_requested = Signal()

    def __init__(self, tools: StaffTools, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__("staff", parent)
        self.tools = tools
        self.runner = runner
        self._tasks: set[int] = set()
        self._selected: str | None = None
        self._results: dict[str, ResultRow] = {}
        self._items: dict[str, StoredReceipt] = {}
        self._out_of_service = False
        self._exit_armed = False
        self._status: tuple[str, tuple[str, ...]] | None = None  # (template, args)
        self._printer: PrinterStatus | None = None

        self.heading = title_label(self, "staff.heading")
        self.who = body_label(self, "staff.who", role="muted")
        self.status = body_label(self, "staff.status")
        self.status.setProperty("role", "error")
        self.status.hide()

        # Receipts column.
        self.receipts_heading = title_label(self, "staff.receipts_heading")
        self.search = QLineEdit(self)
        self.search.setObjectName("staff.search")
        self.search.setMinimumHeight(MIN_TARGET_PX)
        self.search.setMaxLength(40)
        self.search.returnPressed.connect(self.run_search)
        self.search_go = self.make_button("search_go", role="primary")
        self.search_go.clicked.connect(self.run_search)
        self.results_box = QWidget(self)
        self.results_box.setObjectName("staff.results")
        self.results_box.setProperty("surface", "page")
        self.results_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.results_layout = QVBoxLayout(self.results_box)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.results_layout.setSpacing(12)
        self.results_layout.addStretch(1)
        self.results_scroll = QScrollArea(self)
        self.results_scroll.setObjectName("staff.results_scroll")
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.results_scroll.setWidget(self.results_box)
        # No scroll bar (a 14 px bar is no touch target): the list scrolls with a finger, and
        # staff.result_count says how many receipts it holds.
        self.results_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.results_scroll.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)
        self.result_count = body_label(self, "staff.result_count", role="muted")
        self.no_results = body_label(self, "staff.no_results", role="muted")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.reprint = self.make_button("reprint", role="primary", wrap=True)
        self.reprint.setEnabled(False)
        self.reprint.clicked.connect(self.run_reprint)

        # Tools column.
        self.printer_heading = title_label(self, "staff.printer_heading")
        self.printer_status = body_label(self, "staff.printer_status")
        self.test_page = self.make_button("test_page", wrap=True)
        self.resume_printer = self.make_button("resume_printer", wrap=True)
        self.daily_report = self.make_button("daily_report", wrap=True)
        self.station_heading = title_label(self, "staff.station_heading")
        self.oos_message = QLineEdit(self)
        self.oos_message.setObjectName("staff.oos_message")
        self.oos_message.setMinimumHeight(MIN_TARGET_PX)
        self.oos_message.setMaxLength(200)
        self.out_of_service = self.make_button("out_of_service", wrap=True)
        self.exit = self.make_button("exit", wrap=True)
        self.close_button = self.make_button("close", role="primary", wrap=True)
        self.test_page.clicked.connect(self.run_test_page)
        self.resume_printer.clicked.connect(self.run_resume_printer)
        self.daily_report.clicked.connect(self.run_daily_report)
        self.out_of_service.clicked.connect(self.toggle_out_of_service)
        self.exit.clicked.connect(self.on_exit)
        self.close_button.clicked.connect(self.sign_out)
        for button in (self.test_page, self.resume_printer, self.daily_report,
                       self.out_of_service, self.exit, self.close_button, self.reprint,
                       self.search_go):
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        # *Cerca* as wide as its label: the field gets the rest.
        self.search_go.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        search_row = QHBoxLayout()
        search_row.setSpacing(16)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_go)
        left = QVBoxLayout()
        left.setSpacing(20)
        left.addWidget(self.receipts_heading)
        left.addLayout(search_row)
        left.addWidget(self.no_results)
        left.addWidget(self.result_count)
        left.addWidget(self.results_scroll, 1)
        left.addWidget(self.reprint)

        # The tools scroll when they are taller than the window (largest text size, long
        # language); *Torna alla postazione*, which ends the visit, stays in view below them.
        self.tools_scroll = ScrollColumn(self, "staff.tools_scroll", spacing=16)
        tools = self.tools_scroll.column
        for widget in (self.printer_heading, self.printer_status, self.test_page,
                       self.resume_printer, self.daily_report, self.station_heading,
                       self.oos_message, self.out_of_service, self.exit):
            widget.setParent(self.tools_scroll.content)
        tools.addWidget(self.printer_heading)
        tools.addWidget(self.printer_status)
        # Side by side while the labels fit, one under the other in long languages.
        tools.addLayout(button_flow(self.test_page, self.resume_printer, spacing=16))
        tools.addWidget(self.daily_report)
        tools.addSpacing(16)
        tools.addWidget(self.station_heading)
        tools.addWidget(self.oos_message)
        tools.addWidget(self.out_of_service)
        tools.addWidget(self.exit)
        tools.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(20)
        right.addWidget(self.tools_scroll, 1)
        right.addWidget(self.close_button)

        columns = QGridLayout()
        columns.setHorizontalSpacing(PAGE_MARGIN)
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        top = QVBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.heading)
        top.addWidget(self.who)
        page = QVBoxLayout(self)
        page.setContentsMargins(PAGE_MARGIN, 40, PAGE_MARGIN, 40)
        page.setSpacing(24)
        page.addLayout(top)
        page.addWidget(self.status)
        page.addLayout(columns, 1)

    # --- public API --------------------------------------------------------------------------
    def open_for(self, account: Account) -> None:
        """A staff member signed in: show today's receipts and the printer state."""
        self.tools.account = account
        self._exit_armed = False
        self._set_status(None)
        self.search.setText("")
        self.retranslate()
        self.run_search()
        self.refresh_printer()

    def entered(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_out_of_service(self, on: bool) -> None:
        """Reflect the station's state (e.g. after a restart)."""
        self._out_of_service = on
        self.retranslate()

    def shutdown(self) -> None:
        """Forget running tasks (the screen is going away)."""
        for task in self._tasks:
            self.runner.discard(task)
        self._tasks.clear()

    # --- actions -------------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        holder: list[int] = []

        def ok(value: Any) -> None:
            self._tasks.discard(holder[0])
            done(value)

        def fail(exc: BaseException) -> None:
            self._tasks.discard(holder[0])
            self._on_failure(exc)

        task = self.runner.run(fn, ok, fail)
        holder.append(task)
        self._tasks.add(task)

    def run_search(self) -> None:
        self._disarm_exit()
        text = self.search.text()
        tools = self.tools
        self._run(lambda: tools.search(text), self._show_results)

    def run_reprint(self) -> None:
        self._disarm_exit()
        code = self._selected
        if code is None:
            return
        tools = self.tools
        self._set_status("Ristampa di %1 in corso…", code)
        self._run(lambda: tools.reprint(code), lambda r: self._on_reprinted(code, r))

    def run_daily_report(self) -> None:
        self._disarm_exit()
        tools = self.tools
        self._set_status("Stampa del riepilogo del giorno in corso…")
        self._run(tools.print_daily_report, self._on_daily_report)

    def run_test_page(self) -> None:
        self._disarm_exit()
        tools = self.tools
        self._set_status("Stampa della pagina di prova in corso…")
        self._run(tools.print_test_page, self._on_test_page)

    def run_resume_printer(self) -> None:
        self._disarm_exit()
        tools = self.tools
        self._set_status("Riavvio della coda di stampa…")
        self._run(tools.resume_printer, self._on_resumed)

    def refresh_printer(self) -> None:
        tools = self.tools

        def read() -> PrinterStatus | None:
            try:
                return tools.printer_status()
            except NoPrinterError:
                return None

        self._run(read, self._on_printer_status)

    def toggle_out_of_service(self) -> None:
        self._disarm_exit()
        tools = self.tools
        if self._out_of_service:
            self._run(tools.back_in_service, lambda _: self._on_service(False, ""))
        else:
            message = self.oos_message.text().strip() or self._default_oos_message()
            self._run(lambda: tools.set_out_of_service(message),
                      lambda _: self._on_service(True, message))

    def on_exit(self) -> None:
        if not self._exit_armed:
            self._exit_armed = True
            self.retranslate()
            return
        self._exit_armed = False
        tools = self.tools
        self._run(tools.exit_kiosk, lambda _: self.exit_requested.emit())

    def sign_out(self) -> None:
        self._disarm_exit()
        self.tools.sign_out()
        self._clear_results()
        self.search.setText("")
        self._set_status(None)
        self.closed.emit()

    # --- results -------------------------------------------------------------------------------
    def _disarm_exit(self) -> None:
        if self._exit_armed:
            self._exit_armed = False
            self.retranslate()

    def _clear_results(self) -> None:
        for button in self._results.values():
            self.group.removeButton(button)
            button.deleteLater()
        self._results.clear()
        self._items.clear()
        self._selected = None
        self.reprint.setEnabled(False)

    def _show_results(self, found: list[StoredReceipt]) -> None:
        self._clear_results()
        for item in found[:MAX_RESULTS]:
            button = ResultRow(self.results_box, item.code)
            self._items[item.code] = item
            button.clicked.connect(lambda _=False, c=item.code: self._select(c))
            self.group.addButton(button)
            self.results_layout.insertWidget(self.results_layout.count() - 1, button)
            self._results[item.code] = button
        self.no_results.setVisible(not found)
        self.retranslate()

    def _select(self, code: str) -> None:
        self._disarm_exit()
        self._selected = code
        self.reprint.setEnabled(True)
        self.retranslate()

    def _result_text(self, item: StoredReceipt) -> tuple[str, str]:
        kinds = {
            ReceiptKind.PAYMENT: self.tr("Pagamento"),
            ReceiptKind.BOOKING: self.tr("Prenotazione"),
            ReceiptKind.CANCELLATION: self.tr("Disdetta"),
            ReceiptKind.DAILY_SUMMARY: self.tr("Riepilogo"),
        }
        states = {
            PrintStatus.PRINTED: self.tr("stampata"),
            PrintStatus.FAILED: self.tr("stampa non riuscita"),
            PrintStatus.PENDING: self.tr("non stampata"),
        }
        when = item.created_at.astimezone(ROME).strftime("%d/%m %H:%M")
        return (f"{item.code} · {when}",
                f"{kinds[item.kind]} · {states[item.status]} · {item.summary}")

    # --- outcomes ------------------------------------------------------------------------------
    def _on_reprinted(self, code: str, result: PrintResult | None) -> None:
        if result is None:
            self._set_status("La ricevuta %1 non è più disponibile.", code)
        elif result.ok:
            self._set_status("Ricevuta %1 ristampata.", code)
        else:
            self._set_status("Ristampa di %1 non riuscita: %2", code,
                             _printer_text(result.reason))
        self.run_search()

    def _on_daily_report(self, outcome: IssueOutcome) -> None:
        if outcome.result.ok:
            self._set_status("Riepilogo del giorno stampato (%1).", outcome.stored.code)
        else:
            self._set_status("Riepilogo salvato (%1) ma non stampato: %2", outcome.stored.code,
                             _printer_text(outcome.result.reason))

    def _on_test_page(self, result: PrintResult) -> None:
        if result.ok:
            self._set_status("Pagina di prova stampata.")
        else:
            self._set_status("Pagina di prova non stampata: %1", _printer_text(result.reason))
        self.refresh_printer()

    def _on_resumed(self, outcome: tuple[bool, PrinterStatus | str]) -> None:
        ok, status = outcome
        if ok and isinstance(status, PrinterStatus):
            self._printer = status
            self._set_status("Coda di stampa riavviata: %1", _printer_text(status.reason))
        else:
            detail = QCoreApplication.translate("Maintenance", str(status))
            self._set_status("Non è stato possibile riavviare la coda: %1", detail)
        self.retranslate()

    def _on_printer_status(self, status: PrinterStatus | None) -> None:
        self._printer = status
        self.retranslate()

    def _on_service(self, on: bool, message: str) -> None:
        self._out_of_service = on
        if on:
            self._set_status("Postazione fuori servizio.")
            self.out_of_service_requested.emit(message)
        else:
            self._set_status("Postazione di nuovo in servizio.")
            self.back_in_service_requested.emit()
        self.retranslate()

    def _on_failure(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDeniedError):
            self._set_status("Questa funzione è riservata al personale dell'ufficio.")
        elif isinstance(exc, NoPrinterError):
            self._set_status("Nessuna stampante configurata su questa postazione.")
        else:
            log.warning("staff action failed: %s", type(exc).__name__)
            self._set_status("Operazione non riuscita: riprovi o chiami l'assistenza tecnica.")

    def _set_status(self, template: str | None, *args: str) -> None:
        self._status = None if template is None else (template, args)
        self._show_status()

    def _show_status(self) -> None:
        if self._status is None:
            self.status.hide()
            return
        template, args = self._status
        text = self.tr(template)
        for index, value in enumerate(args, start=1):
            text = text.replace(f"%{index}", value)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    def _default_oos_message(self) -> str:
        return self.tr("Postazione temporaneamente fuori servizio. Si rivolga allo sportello.")

    # --- text ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        # Status templates, listed so that lupdate sees them (they are translated in
        # _show_status).
        _ = (
            self.tr("Ristampa di %1 in corso…"),
            self.tr("Stampa del riepilogo del giorno in corso…"),
            self.tr("Stampa della pagina di prova in corso…"),
            self.tr("Riavvio della coda di stampa…"),
            self.tr("La ricevuta %1 non è più disponibile."),
            self.tr("Ricevuta %1 ristampata."),
            self.tr("Ristampa di %1 non riuscita: %2"),
            self.tr("Riepilogo del giorno stampato (%1)."),
            self.tr("Riepilogo salvato (%1) ma non stampato: %2"),
            self.tr("Pagina di prova stampata."),
            self.tr("Pagina di prova non stampata: %1"),
            self.tr("Coda di stampa riavviata: %1"),
            self.tr("Non è stato possibile riavviare la coda: %1"),
            self.tr("Postazione fuori servizio."),
            self.tr("Postazione di nuovo in servizio."),
            self.tr("Questa funzione è riservata al personale dell'ufficio."),
            self.tr("Nessuna stampante configurata su questa postazione."),
            self.tr("Operazione non riuscita: riprovi o chiami l'assistenza tecnica."),
        )
        account = self.tools.account
        self.heading.setText(self.tr("Strumenti del personale"))
        self.who.setText(self.tr("Accesso di %1 (%2)").replace(
            "%1", account.name if account else "—").replace("%2", account.id if account else ""))
        self.receipts_heading.setText(self.tr("Ricevute"))
        self.search.setPlaceholderText(
            self.tr("Codice ricevuta, codice prenotazione o numero avviso"))
        self.search.setAccessibleName(self.tr("Cerca una ricevuta"))
        self.search_go.setText(self.tr("Cerca"))
        self.search_go.setAccessibleName(self.tr("Cerca la ricevuta"))
        self.no_results.setText(self.tr("Nessuna ricevuta trovata."))
        count = len(self._results)
        self.result_count.setText(self.tr("Ricevute trovate: %n. Scorra l'elenco con il dito.", "",
                                          count))
        self.result_count.setVisible(count > 0)
        for code, button in self._results.items():
            button.set_texts(*self._result_text(self._items[code]))
        self.reprint.setText(self.tr("Ristampa la ricevuta scelta"))
        self.reprint.setAccessibleName(self.tr("Ristampa la ricevuta scelta"))
        self.printer_heading.setText(self.tr("Stampante"))
        if self._printer is None:
            printer_text = self.tr("Stato della stampante non disponibile.")
        else:
            printer_text = _printer_text(self._printer.reason)
        self.printer_status.setText(printer_text)
        self.printer_status.setAccessibleName(printer_text)
        self.test_page.setText(self.tr("Pagina di prova"))
        self.test_page.setAccessibleName(self.tr("Stampa una pagina di prova"))
        self.resume_printer.setText(self.tr("Riavvia la coda"))
        self.resume_printer.setAccessibleName(
            self.tr("Riavvia la coda di stampa messa in pausa"))
        self.daily_report.setText(self.tr("Stampa il riepilogo del giorno"))
        self.daily_report.setAccessibleName(self.tr("Stampa il riepilogo del giorno"))
        self.station_heading.setText(self.tr("Postazione"))
        self.oos_message.setPlaceholderText(self._default_oos_message())
        self.oos_message.setAccessibleName(self.tr("Messaggio per i cittadini"))
        if self._out_of_service:
            self.out_of_service.setText(self.tr("Rimetti in servizio"))
            self.out_of_service.setAccessibleName(self.tr("Rimetti in servizio la postazione"))
        else:
            self.out_of_service.setText(self.tr("Metti fuori servizio"))
            self.out_of_service.setAccessibleName(
                self.tr("Metti la postazione fuori servizio con il messaggio"))
        if self._exit_armed:
            self.exit.setText(self.tr("Tocchi di nuovo per uscire al desktop"))
            self.exit.setAccessibleName(self.tr("Conferma l'uscita al desktop"))
        else:
            self.exit.setText(self.tr("Esci al desktop"))
            self.exit.setAccessibleName(self.tr("Chiudi l'applicazione ed esci al desktop"))
        self.close_button.setText(self.tr("Torna alla postazione"))
        self.close_button.setAccessibleName(
            self.tr("Esci dagli strumenti e torna alla postazione"))
        self._show_status()


class ClosedScreen(ScreenWidget):
    """``closed``: out of service by staff decision, with the staff's message.

    The header stays (with ``header.tutor``), so staff can unlock and put it back in service.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("closed", parent)
        self._message = ""
        self.title = title_label(self, "closed.title")
        self.message = body_label(self, "closed.message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN * 3, PAGE_MARGIN, PAGE_MARGIN * 3, PAGE_MARGIN)
        layout.setSpacing(40)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.retranslate()

    def set_message(self, message: str) -> None:
        """The staff's message (shown as typed, already in the office's language)."""
        self._message = message
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Postazione fuori servizio"))
        text = self._message or self.tr(
            "Postazione temporaneamente fuori servizio. Si rivolga allo sportello.")
        self.message.setText(text)
        self.message.setAccessibleName(text)


__all__ = ["ClosedScreen", "StaffScreen"]
