"""The pay flow (``Screen.PAY``): find a notice, check it, pay it at the card terminal.

One :class:`PayScreen` (key ``pay``) holds its own stack of steps; which step shows is a dict
from :class:`~kiosk.flows.payment.PayState` (no ``isinstance`` chain). All the logic lives in
:class:`~kiosk.flows.payment.PaymentController`; this widget turns taps into controller calls
and runs the controller's blocking work through the injected task runner, never on the GUI
thread.

Steps and their controls (tests find them by ``objectName``):

* entry — ``pay.notice_number`` (grouped in fours; keypad), creditor tiles
  ``pay.creditor.<fiscal code>`` from the backend catalogue, ``pay.creditor_cf`` (11 digits),
  ``pay.verify``, ``pay.ticket`` (health ticket of a booking), ``pay.entry_error``;
* ticket — ``ticket.booking_code``, ``ticket.cf``, ``ticket.find``, ``ticket.back``,
  ``ticket.error``;
* checking — ``pay.checking`` (while the backend verifies);
* verified — ``pay.creditor_name``, ``pay.description``, ``pay.amount``, ``pay.due_date``,
  ``pay.notice``, ``pay.confirm``, ``pay.cancel``;
* error — ``pay.error`` (MIL outcome in plain words), ``pay.retry``, ``pay.edit``,
  ``pay.home``;
* card terminal — ``pos.amount``, ``pos.instruction``, ``pos.status``, ``pos.cancel``;
* result — ``done.title``, ``done.message``, ``done.print``, ``done.print_status``,
  ``done.retry``, ``done.finish``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import codicefiscale, pagopa
from kiosk.flows.payment import (
    Creditor,
    FlowError,
    PayEvent,
    PaymentController,
    PaymentService,
    PayState,
    due_date_text,
)
from kiosk.money import format_cents
from kiosk.pagopa import NoticeRef, NoticeSource
from kiosk.scanner import CodeKind, Decoded
from kiosk.services.errors import ServiceError
from ui.appearance import set_icon
from ui.screens.base import PAGE_MARGIN, Notice, ScreenWidget, body_label, title_label
from ui.theme import TextSize, metrics_for
from ui.widgets.button_flow import ButtonFlow, button_flow
from ui.widgets.grouped_edit import GroupedLineEdit
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keypad import NumericKeypad
from ui.widgets.receipt_fallback import ReceiptFallback
from ui.widgets.scroll import ScrollColumn

log = logging.getLogger("kiosk.ui.pay")

RunFn = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], Any]

S = PayState

# Which step shows each state.
_STEP_OF: dict[PayState, str] = {
    S.ENTER_NOTICE: "entry",
    S.VERIFYING: "checking",
    S.VERIFIED: "verified",
    S.VERIFY_FAILED: "error",
    S.CONFIRMED: "card",
    S.ACTIVATING: "card",
    S.AWAITING_CARD: "card",
    S.CANCELLING: "card",
    S.FAILED: "error",
    S.APPROVED: "done",
    S.RECEIPT: "done",
    S.DECLINED: "done",
    S.CANCELLED: "done",
    S.TIMED_OUT: "done",
}


def _amount_style(body_px: int | None = None) -> str:
    # The shared QSS has no rule for very large amounts yet (``QLabel[role="amount"]``); until
    # the theme gets one, the amount carries its own size: 2.3 times the body text (the hero
    # ratio of ui.theme), following the citizen's text size.
    hero = round(body_px * 2.3) if body_px and body_px > 0 else metrics_for(TextSize.NORMAL).hero_px
    return f"font-size: {hero}px; font-weight: bold;"


def _big_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "amount")
    label.setStyleSheet(_amount_style())
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class _Step(QWidget):
    """One page of the internal stack."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(f"pay.step.{name}")
        self.setProperty("surface", "page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)


class _FocusTarget(QObject):
    """Points a keypad/keyboard at whichever of its fields the citizen taps."""

    def __init__(self, parent: QObject, keys: NumericKeypad | OnScreenKeyboard) -> None:
        super().__init__(parent)
        self._keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self._keys.set_target(watched)
        return False


class PayScreen(ScreenWidget):
    """The pay flow for ``Screen.PAY``.

    Args:
        service: the payment service (client, journal, receipt sink, timeouts).
        run: ``run(fn, on_success, on_failure)`` — ``TaskRunner.run`` in the station.
        reprint: ``reprint(receipt_code) -> printed`` for *print again* (blocking; run through
            ``run``); ``None`` hides the button.
        language: the citizen's language code (amount format, receipt language).
        keys_clock: monotonic clock for the keypad/keyboard double-strike guard (tests).
        parent: Qt parent.

    Signals:
        home_requested(): "back to the start" after an error: go home (the flow is reset).
        finished(): the citizen tapped *Fine* on the result page: end of the session (the
            flow is reset; the station's ``navigator.session_end``).
        busy_changed(bool): True while the idle time-out must be paused (card terminal,
            receipt); the station pauses/resumes its idle timer and hides header navigation.
    """

    home_requested = Signal()
    finished = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        service: PaymentService,
        run: RunFn,
        *,
        reprint: Callable[[str], bool] | None = None,
        language: Callable[[], str] = lambda: "it",
        keys_clock: Callable[[], float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("pay", parent)
        self._run = run
        self._reprint = reprint
        self._language = language
        self._busy = False
        self._creditors: list[Creditor] = []
        self._creditors_loading = False
        self._ticket_busy = False
        self._ticket_error: tuple[str, str] | None = None
        self._entry_error: tuple[str, str] | None = None
        self._print_status: str | None = None
        # Bumped by reset(): answers of ticket look-ups and reprints started for the previous
        # citizen are dropped instead of landing on the next one's screen.
        self._session = 0

        self._timer = QTimer(self)
        self._timer.setObjectName("pay.poll_timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)
        self._scheduled: Callable[[], None] | None = None

        self.controller = PaymentController(service, self._run_task, self._schedule, language)
        self.controller.flow.add_listener(self._on_transition)

        clock_kw: dict[str, Any] = {} if keys_clock is None else {"clock": keys_clock}
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pay.steps")
        self._steps: dict[str, QWidget] = {}
        self._build_entry(clock_kw)
        self._build_ticket(clock_kw)
        self._build_checking()
        self._build_verified()
        self._build_error()
        self._build_card()
        self._build_done()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show_step("entry")
        self.retranslate()

    # ======================================================================= building
    def _add_step(self, name: str) -> tuple[QWidget, QVBoxLayout]:
        step = _Step(self.stack, name)
        layout = QVBoxLayout(step)
        layout.setContentsMargins(PAGE_MARGIN, 40, PAGE_MARGIN, 40)
        layout.setSpacing(28)
        self.stack.addWidget(step)
        self._steps[name] = step
        return step, layout

    def _button(self, parent: QWidget, name: str, role: str = "secondary",
                icon: str | None = None) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setProperty("role", role)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        if icon:
            set_icon(button, icon, "primary" if role == "primary" else "secondary")
        return button

    def _build_entry(self, clock_kw: dict[str, Any]) -> None:
        step, layout = self._add_step("entry")
        self.entry_title = title_label(step, "pay.entry_title")
        self.entry_hint = body_label(step, "pay.entry_hint")
        self.notice_label = body_label(step, "pay.notice_label")
        self.notice_field = GroupedLineEdit.for_notice(step)
        self.notice_field.setObjectName("pay.notice_number")
        self.notice_field.setMinimumWidth(760)
        self.notice_field.value_changed.connect(self._on_notice_typed)
        self.notice_field.returnPressed.connect(self._verify_typed)
        self.creditor_label = body_label(step, "pay.creditor_label")
        self.creditor_tiles = QWidget(step)
        self.creditor_tiles.setObjectName("pay.creditors")
        # Side by side while they fit; one under the other when the names are long.
        self._tiles_layout = ButtonFlow(self.creditor_tiles, spacing=24)
        self.tiles: dict[str, QPushButton] = {}
        self.creditor_cf_label = body_label(step, "pay.creditor_cf_label")
        self.creditor_field = GroupedLineEdit(
            step, boundaries=lambda _v: (), max_length=pagopa.CREDITOR_CF_LENGTH,
            normalize=lambda t: "".join(c for c in t if c.isascii() and c.isdigit()),
        )
        self.creditor_field.setObjectName("pay.creditor_cf")
        self.creditor_field.setMaximumWidth(420)
        self.creditor_field.value_changed.connect(self._on_creditor_typed)
        self.creditor_field.returnPressed.connect(self._verify_typed)
        self.entry_error = body_label(step, "pay.entry_error", role="error")
        self.verify_button = self._button(step, "pay.verify", "primary", "check")
        self.verify_button.clicked.connect(self._verify_typed)
        self.ticket_button = self._button(step, "pay.ticket")
        self.ticket_button.clicked.connect(lambda: self.start_ticket())
        self.keypad = NumericKeypad(step, **clock_kw)
        self.keypad.set_target(self.notice_field)
        self.keypad.confirmed.connect(self._verify_typed)
        self._keypad_focus = _FocusTarget(self, self.keypad)
        self.notice_field.installEventFilter(self._keypad_focus)
        self.creditor_field.installEventFilter(self._keypad_focus)

        # Tight vertical rhythm: title and hint across the whole width, below them the fields
        # and the buttons next to the keypad. At the largest text size in a long language
        # the fields are taller than their room: they scroll, the buttons stay in view.
        layout.setContentsMargins(PAGE_MARGIN, 8, PAGE_MARGIN, 16)
        layout.setSpacing(10)
        self.entry_scroll = ScrollColumn(step, "pay.entry_scroll", spacing=10)
        for widget in (self.notice_label, self.notice_field, self.creditor_label,
                       self.creditor_tiles, self.creditor_cf_label, self.creditor_field,
                       self.entry_error):
            widget.setParent(self.entry_scroll.content)
        fields = self.entry_scroll.column
        fields.addWidget(self.notice_label)
        fields.addWidget(self.notice_field)
        fields.addWidget(self.creditor_label)
        fields.addWidget(self.creditor_tiles)
        cf_row = QHBoxLayout()
        cf_row.setSpacing(20)
        cf_row.addWidget(self.creditor_cf_label, 1)
        cf_row.addWidget(self.creditor_field, 0, Qt.AlignmentFlag.AlignVCenter)
        fields.addLayout(cf_row)
        fields.addWidget(self.entry_error)
        fields.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.entry_scroll, 1)
        # Side by side while they fit, one under the other in long languages.
        left.addLayout(button_flow(self.verify_button, self.ticket_button, spacing=32))
        right = QVBoxLayout()
        right.addWidget(self.keypad)
        right.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addLayout(left, 1)
        row.addLayout(right)
        layout.addWidget(self.entry_title)
        layout.addWidget(self.entry_hint)
        layout.addLayout(row, 1)

    def _build_ticket(self, clock_kw: dict[str, Any]) -> None:
        step, layout = self._add_step("ticket")
        self.ticket_title = title_label(step, "ticket.title")
        self.ticket_hint = body_label(step, "ticket.hint")
        self.ticket_code_label = body_label(step, "ticket.booking_code_label")
        self.ticket_code = QLineEdit(step)
        self.ticket_code.setObjectName("ticket.booking_code")
        self.ticket_code.setProperty("role", "code")
        self.ticket_code.setMaxLength(16)
        self.ticket_code.textEdited.connect(
            lambda text: self.ticket_code.setText(text.upper()) if text != text.upper() else None
        )
        self.ticket_cf_label = body_label(step, "ticket.cf_label")
        self.ticket_cf = GroupedLineEdit.for_codice_fiscale(step)
        self.ticket_cf.setObjectName("ticket.cf")
        self.ticket_error = body_label(step, "ticket.error", role="error")
        self.ticket_find = self._button(step, "ticket.find", "primary", "check")
        self.ticket_find.clicked.connect(self._find_ticket)
        self.ticket_back = self._button(step, "ticket.back", icon="back")
        self.ticket_back.clicked.connect(lambda: self._show_step("entry"))
        self.ticket_keyboard = OnScreenKeyboard(step, **clock_kw)
        self.ticket_keyboard.set_target(self.ticket_code)
        self.ticket_keyboard.confirmed.connect(self._find_ticket)
        self._keyboard_focus = _FocusTarget(self, self.ticket_keyboard)
        self.ticket_code.installEventFilter(self._keyboard_focus)
        self.ticket_cf.installEventFilter(self._keyboard_focus)
        # Fields and their buttons side by side, so the keyboard fits under them even below
        # the station header in the large-text mode.
        fields = QGridLayout()
        fields.setHorizontalSpacing(24)
        fields.setVerticalSpacing(16)
        fields.addWidget(self.ticket_code_label, 0, 0)
        fields.addWidget(self.ticket_code, 0, 1)
        fields.addWidget(self.ticket_find, 0, 2)
        fields.addWidget(self.ticket_cf_label, 1, 0)
        fields.addWidget(self.ticket_cf, 1, 1)
        fields.addWidget(self.ticket_back, 1, 2)
        fields.setColumnStretch(1, 1)
        layout.setContentsMargins(PAGE_MARGIN, 24, PAGE_MARGIN, 24)
        layout.setSpacing(16)
        layout.addWidget(self.ticket_title)
        layout.addWidget(self.ticket_hint)
        layout.addLayout(fields)
        layout.addWidget(self.ticket_error)
        layout.addStretch(1)
        layout.addWidget(self.ticket_keyboard, 0, Qt.AlignmentFlag.AlignHCenter)

    def _build_checking(self) -> None:
        step, layout = self._add_step("checking")
        self.checking = title_label(step, "pay.checking")
        self.checking.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.checking)
        layout.addStretch(1)

    def _build_verified(self) -> None:
        step, layout = self._add_step("verified")
        self.verified_title = title_label(step, "pay.verified_title")
        self.creditor_name = title_label(step, "pay.creditor_name")
        self.description = body_label(step, "pay.description")
        self.amount_caption = body_label(step, "pay.amount_caption")
        self.amount_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.amount = _big_label(step, "pay.amount")
        self.due_date = body_label(step, "pay.due_date")
        self.notice_text = body_label(step, "pay.notice")
        self.confirm_button = self._button(step, "pay.confirm", "primary", "card")
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button = self._button(step, "pay.cancel", icon="back")
        self.cancel_button.clicked.connect(self._cancel_verified)
        layout.addWidget(self.verified_title)
        layout.addWidget(self.creditor_name)
        layout.addWidget(self.description)
        layout.addStretch(1)
        layout.addWidget(self.amount_caption)
        layout.addWidget(self.amount)
        layout.addStretch(1)
        layout.addWidget(self.due_date)
        layout.addWidget(self.notice_text)
        layout.addSpacing(16)
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _build_error(self) -> None:
        step, layout = self._add_step("error")
        self.error_box = Notice(step, "pay.error_box")
        self.error_box.setAccessibleName("pay.error")
        # The message label is the one tests and screen readers look for.
        self.error_box.message.setObjectName("pay.error")
        self.retry_button = self._button(step, "pay.retry", "primary")
        self.retry_button.clicked.connect(self._retry)
        self.edit_button = self._button(step, "pay.edit", icon="back")
        self.edit_button.clicked.connect(self._edit)
        self.home_button = self._button(step, "pay.home", icon="home")
        self.home_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addStretch(1)
        for button in (self.edit_button, self.home_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addStretch(1)
        layout.addWidget(self.error_box)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _build_card(self) -> None:
        step, layout = self._add_step("card")
        self.pos_icon = QLabel(step)
        self.pos_icon.setObjectName("pos.icon")
        set_icon(self.pos_icon, "card", "page", "hero")
        self.pos_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pos_amount = _big_label(step, "pos.amount")
        self.pos_instruction = title_label(step, "pos.instruction")
        self.pos_instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pos_status = body_label(step, "pos.status")
        self.pos_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pos_cancel = self._button(step, "pos.cancel")
        self.pos_cancel.clicked.connect(self._cancel_card)
        layout.addStretch(1)
        layout.addWidget(self.pos_icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.pos_amount)
        layout.addWidget(self.pos_instruction)
        layout.addWidget(self.pos_status)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pos_cancel)
        row.addStretch(1)
        layout.addLayout(row)

    def _build_done(self) -> None:
        step, layout = self._add_step("done")
        # Two icons, one shown at a time: the theme draws icons when it is applied.
        self.done_icon = QLabel(step)
        self.done_icon.setObjectName("done.icon")
        set_icon(self.done_icon, "check", "page", "hero")
        self.done_warning = QLabel(step)
        self.done_warning.setObjectName("done.warning_icon")
        set_icon(self.done_warning, "warning", "page", "hero")
        self.done_title = title_label(step, "done.title")
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_message = body_label(step, "done.message")
        self.done_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_status = body_label(step, "done.print_status", role="muted")
        self.print_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.receipt_fallback = ReceiptFallback(step)
        self.print_button = self._button(step, "done.print")
        self.print_button.clicked.connect(self._print_again)
        self.retry_payment = self._button(step, "done.retry", "secondary", "card")
        self.retry_payment.clicked.connect(self._confirm)
        self.finish_button = self._button(step, "done.finish", "primary", "home")
        self.finish_button.clicked.connect(self._done)
        layout.addStretch(1)
        layout.addWidget(self.done_icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.done_warning, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_message)
        layout.addWidget(self.print_status)
        layout.addWidget(self.receipt_fallback)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addStretch(1)
        for button in (self.print_button, self.retry_payment, self.finish_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # ======================================================================= public API
    @property
    def state(self) -> PayState:
        """The payment flow's state."""
        return self.controller.state

    @property
    def busy(self) -> bool:
        """True while a payment is at the card terminal (the idle time-out must wait)."""
        return self.controller.flow.busy

    def start(self) -> None:
        """Open the flow from the home screen: an empty notice entry."""
        if self.reset():
            self._load_creditors()

    def start_with_notice(self, ref: NoticeRef, booking_id: str | None = None) -> bool:
        """Check a notice straight away (a scan from any screen, or a booking's ticket).

        Returns:
            False when a payment is under way (the scan is ignored), else True.
        """
        if self.busy:
            log.info("notice scan ignored: a payment is under way")
            return False
        self._session += 1  # a ticket look-up still running must not override this notice
        self._ticket_busy = False
        self._clear_inputs()
        self.notice_field.setValue(ref.notice_number)
        if ref.creditor_cf:
            self.creditor_field.setValue(ref.creditor_cf)
        self._load_creditors()
        return self.controller.submit(ref, booking_id=booking_id)

    def handle_scan(self, decoded: Decoded) -> bool:
        """Take a scan: a pagoPA QR code or Poste Data Matrix starts its check.

        Returns:
            True if the scan was a notice and was taken.
        """
        if decoded.kind in (CodeKind.PAGOPA_QR, CodeKind.POSTE_DATAMATRIX) and decoded.notice:
            return self.start_with_notice(decoded.notice)
        return False

    def start_ticket(self, booking_code: str = "", codice_fiscale: str = "") -> None:
        """Open the health-ticket entry (booking code + codice fiscale), optionally pre-filled;
        with both given, the ticket is fetched at once."""
        if self.busy:
            return
        if self.state is not S.ENTER_NOTICE and not self.controller.reset():
            return
        self.ticket_code.setText(booking_code.upper())
        self.ticket_cf.setValue(codice_fiscale)
        self._ticket_error = None
        self._show_step("ticket")
        self.retranslate()
        if booking_code and codice_fiscale:
            self._find_ticket()
        else:
            self.ticket_code.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_assisted_by(self, tutor: str | None) -> None:
        """The tutor assisting at the station (assisted mode), or ``None``: recorded with the
        payments' intents and printed on their receipts."""
        self.controller.set_assisted_by(tutor)

    def reset(self) -> bool:
        """Wipe everything for the next citizen.

        Refused (returns False) while a payment's outcome is unknown: the idle time-out is
        paused then, and a payment on the terminal must end by its own outcome.
        """
        if not self.controller.reset():
            return False
        self._timer.stop()
        self._scheduled = None
        self._session += 1
        self._clear_inputs()
        self.receipt_fallback.reset()
        self._ticket_busy = False
        self.print_button.setEnabled(True)
        self._show_step("entry")
        self.retranslate()
        return True

    def entered(self) -> None:
        if self.state is S.ENTER_NOTICE and self.stack.currentWidget() is self._steps["entry"]:
            self.notice_field.setFocus(Qt.FocusReason.OtherFocusReason)
            self._load_creditors()

    # ======================================================================= plumbing
    def _run_task(self, fn: Callable[[], Any], ok: Callable[[Any], None],
                  fail: Callable[[BaseException], None]) -> None:
        self._run(fn, ok, fail)

    def _schedule(self, delay_s: float, fn: Callable[[], None]) -> None:
        self._scheduled = fn
        self._timer.start(max(0, round(delay_s * 1000)))

    def _on_timer(self) -> None:
        fn, self._scheduled = self._scheduled, None
        if fn is not None:
            fn()

    def _show_step(self, name: str) -> None:
        self.stack.setCurrentWidget(self._steps[name])

    def _on_transition(self, _old: PayState, new: PayState, _event: PayEvent) -> None:
        busy = self.controller.flow.busy
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
        if new in (S.RECEIPT, S.DECLINED, S.CANCELLED, S.TIMED_OUT, S.ENTER_NOTICE):
            self._timer.stop()
            self._scheduled = None
        self._print_status = None
        self._show_step(_STEP_OF[new])
        self.retranslate()
        # Keep keyboard focus on the screen itself: a focus ring on a button would look like
        # a selection to someone using touch (same rule as the main window).
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_inputs(self) -> None:
        self.notice_field.setValue("")
        self.creditor_field.setValue("")
        for tile in self.tiles.values():
            tile.setChecked(False)
        self.ticket_code.setText("")
        self.ticket_cf.setValue("")
        self._entry_error = None
        self._ticket_error = None
        self._print_status = None
        self.keypad.reset()
        self.keypad.set_target(self.notice_field)
        self.ticket_keyboard.reset()
        self.ticket_keyboard.set_target(self.ticket_code)

    # ======================================================================= entry
    def _load_creditors(self) -> None:
        if self._creditors or self._creditors_loading:
            return
        self._creditors_loading = True
        self._run(self.controller.service.creditors, self._creditors_loaded,
                  self._creditors_failed)

    def _creditors_loaded(self, creditors: list[Creditor]) -> None:
        self._creditors_loading = False
        self._creditors = creditors
        for creditor in creditors:
            tile = self._button(self.creditor_tiles, f"pay.creditor.{creditor.fiscal_code}",
                                "choice")
            tile.setCheckable(True)
            tile.setText(creditor.name)
            tile.setAccessibleName(creditor.name)
            tile.setAccessibleDescription(creditor.fiscal_code)
            tile.clicked.connect(lambda _=False, cf=creditor.fiscal_code: self._choose(cf))
            self._tiles_layout.addWidget(tile)
            tile.show()  # added after the screen was shown: show it now, not a turn later
            self.tiles[creditor.fiscal_code] = tile
        self._sync_tiles(self.creditor_field.value())

    def _creditors_failed(self, exc: BaseException) -> None:
        # Without the catalogue the citizen can still type the creditor's fiscal code.
        self._creditors_loading = False
        log.warning("creditor tiles not loaded: %s", exc)

    def _choose(self, fiscal_code: str) -> None:
        self.creditor_field.setValue(fiscal_code)
        self._sync_tiles(fiscal_code)
        self._entry_error = None
        self.retranslate()

    def _sync_tiles(self, value: str) -> None:
        for cf, tile in self.tiles.items():
            tile.setChecked(cf == value)

    def _on_notice_typed(self, value: str) -> None:
        if self._entry_error is not None:
            self._entry_error = None
            self.entry_error.setText("")
        if len(value) == pagopa.NOTICE_LENGTH and not self.creditor_field.value():
            # All 18 digits are in: the next thing to type is the creditor's code.
            self.keypad.set_target(self.creditor_field)

    def _on_creditor_typed(self, value: str) -> None:
        self._sync_tiles(value)

    def _verify_typed(self) -> None:
        if self.state is not S.ENTER_NOTICE:
            return
        try:
            ref = pagopa.parse_typed_notice(self.notice_field.value())
        except pagopa.PagoPaError as exc:
            self._entry_error = (pagopa.TR_CONTEXT, exc.message)
            self.retranslate()
            return
        creditor = self.creditor_field.value()
        if len(creditor) != pagopa.CREDITOR_CF_LENGTH:
            self._entry_error = ("PayScreen", "")
            self.retranslate()
            return
        self._entry_error = None
        ref = NoticeRef(ref.notice_number, creditor, None, NoticeSource.TYPED,
                        ref.check_digits_ok)
        self.controller.submit(ref)

    # ======================================================================= ticket
    def _find_ticket(self) -> None:
        if self._ticket_busy:
            return
        code = self.ticket_code.text().strip().replace(" ", "")
        cf = self.ticket_cf.value()
        if not code:
            self._ticket_error = ("PayScreen", "code")
        elif not codicefiscale.validate(cf).ok:
            self._ticket_error = ("PayScreen", "cf")
        else:
            self._ticket_error = None
            self._ticket_busy = True
            session = self._session
            self._run(
                lambda: self.controller.service.ticket_notice(code, cf),
                lambda found: self._ticket_found(found) if session == self._session else None,
                lambda exc: self._ticket_failed(exc) if session == self._session else None,
            )
        self.retranslate()

    def _ticket_found(self, found: tuple[NoticeRef, str]) -> None:
        self._ticket_busy = False
        ref, booking_id = found
        # The codice fiscale has done its job: do not keep it on screen.
        self.ticket_cf.setValue("")
        self.notice_field.setValue(ref.notice_number)
        self.creditor_field.setValue(ref.creditor_cf or "")
        self.controller.submit(ref, booking_id=booking_id)

    def _ticket_failed(self, exc: BaseException) -> None:
        self._ticket_busy = False
        if isinstance(exc, ServiceError):
            self._ticket_error = ("ServiceError", exc.user_message)
        else:
            self._ticket_error = ("ServiceError", ServiceError("x").user_message)
        self.retranslate()

    # ======================================================================= actions
    def _confirm(self) -> None:
        self.controller.confirm()

    def _cancel_verified(self) -> None:
        self.controller.edit()

    def _edit(self) -> None:
        if self.state is S.VERIFY_FAILED:
            self.controller.edit()
        elif self.state is S.FAILED and self.controller.reset():
            self._show_step("entry")

    def _retry(self) -> None:
        ctx = self.controller.context
        if self.state is S.FAILED:
            self.controller.retry()
        elif self.state is S.VERIFY_FAILED and ctx.ref is not None:
            self.controller.submit(ctx.ref, booking_id=ctx.booking_id)

    def _cancel_card(self) -> None:
        self.controller.cancel()

    def _finish(self) -> None:
        if self.reset():
            self.home_requested.emit()

    def _done(self) -> None:
        if self.reset():
            self.finished.emit()

    def _print_again(self) -> None:
        receipt = self.controller.context.receipt
        if receipt is None or self._reprint is None:
            return
        reprint = self._reprint
        code = receipt.receipt_code
        self.print_button.setEnabled(False)
        self._print_status = "printing"
        self.retranslate()
        session = self._session
        self._run(
            lambda: reprint(code),
            lambda ok: self._printed(ok) if session == self._session else None,
            lambda _exc: self._printed(False) if session == self._session else None,
        )

    def _printed(self, ok: bool) -> None:
        self.print_button.setEnabled(True)
        self._print_status = "printed" if ok else "print_failed"
        self.retranslate()

    # ======================================================================= texts
    def _money(self, cents: int) -> str:
        return format_cents(cents, self._language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # A new theme or text size: the amounts follow the body text size.
            style = _amount_style(self.font().pixelSize())
            for label in (self.amount, self.pos_amount):
                if label.styleSheet() != style:
                    label.setStyleSheet(style)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._retranslate_entry()
        self._retranslate_ticket()
        self.checking.setText(self.tr("Stiamo controllando l'avviso…"))
        self._retranslate_verified()
        self._retranslate_error()
        self._retranslate_card()
        self._retranslate_done()

    def _retranslate_entry(self) -> None:
        self.entry_title.setText(self.tr("Pagare un avviso pagoPA"))
        self.entry_hint.setText(self.tr(
            "Avvicini al lettore il QR code stampato sull'avviso: il resto lo facciamo noi. "
            "Oppure scriva qui sotto il codice avviso."))
        self.notice_label.setText(self.tr("Codice avviso (18 cifre)"))
        self.notice_field.setAccessibleName(self.tr("Codice avviso"))
        self.notice_field.setAccessibleDescription(self.tr(
            "18 cifre, le trova sull'avviso accanto alla scritta Codice avviso"))
        self.creditor_label.setText(self.tr("Ente che ha emesso l'avviso"))
        self.creditor_cf_label.setText(self.tr("oppure il suo codice fiscale (11 cifre):"))
        self.creditor_field.setAccessibleName(self.tr("Codice fiscale dell'ente creditore"))
        self.verify_button.setText(self.tr("Controlla l'avviso"))
        self.verify_button.setAccessibleName(self.tr("Controlla l'avviso"))
        self.ticket_button.setText(self.tr("Ticket sanitario"))
        self.ticket_button.setAccessibleName(self.tr(
            "Pagare il ticket sanitario di una prenotazione"))
        self.creditor_tiles.setAccessibleName(self.tr("Enti"))
        self.entry_error.setVisible(self._entry_error is not None)
        if self._entry_error is None:
            self.entry_error.setText("")
        elif self._entry_error[0] == "PayScreen":
            self.entry_error.setText(self.tr(
                "Scelga l'ente che ha emesso l'avviso, oppure scriva il suo codice fiscale "
                "di 11 cifre."))
        else:
            context, text = self._entry_error
            self.entry_error.setText(QCoreApplication.translate(context, text))
        self.entry_error.setAccessibleName(self.tr("Attenzione"))
        self.keypad.retranslate()

    def _retranslate_ticket(self) -> None:
        self.ticket_title.setText(self.tr("Pagare il ticket di una prenotazione"))
        self.ticket_hint.setText(self.tr(
            "Scriva il codice della prenotazione e il codice fiscale della persona prenotata."))
        self.ticket_code_label.setText(self.tr("Codice prenotazione"))
        self.ticket_code.setAccessibleName(self.tr("Codice prenotazione"))
        self.ticket_cf_label.setText(self.tr("Codice fiscale"))
        self.ticket_cf.setAccessibleName(self.tr("Codice fiscale"))
        self.ticket_find.setText(self.tr("Cerca il ticket"))
        self.ticket_find.setAccessibleName(self.tr("Cerca il ticket da pagare"))
        self.ticket_find.setEnabled(not self._ticket_busy)
        self.ticket_back.setText(self.tr("Indietro"))
        self.ticket_back.setAccessibleName(self.tr("Torna al codice avviso"))
        error = self._ticket_error
        self.ticket_error.setVisible(self._ticket_busy or error is not None)
        if self._ticket_busy:
            self.ticket_error.setText(self.tr("Stiamo cercando la prenotazione…"))
        elif error is None:
            self.ticket_error.setText("")
        elif error == ("PayScreen", "code"):
            self.ticket_error.setText(self.tr("Scriva il codice della prenotazione."))
        elif error == ("PayScreen", "cf"):
            self.ticket_error.setText(self.tr(
                "Il codice fiscale non è completo o non è corretto. Lo controlli, per favore."))
        else:
            self.ticket_error.setText(QCoreApplication.translate(error[0], error[1]))
        self.ticket_error.setAccessibleName(self.tr("Attenzione"))
        self.ticket_keyboard.retranslate()

    def _retranslate_verified(self) -> None:
        notice = self.controller.context.notice
        self.verified_title.setText(self.tr("Controlli i dati dell'avviso"))
        self.amount_caption.setText(self.tr("Importo da pagare"))
        self.confirm_button.setAccessibleName(self.tr("Paga con la carta"))
        self.cancel_button.setText(self.tr("Annulla"))
        self.cancel_button.setAccessibleName(self.tr("Annulla e torna al codice avviso"))
        if notice is None:
            for label in (self.creditor_name, self.description, self.amount, self.due_date,
                          self.notice_text):
                label.setText("")
            self.confirm_button.setText(self.tr("Paga"))
            return
        amount = self._money(notice.amount_cents)
        self.creditor_name.setText(notice.creditor_name)
        self.description.setText(notice.description)
        self.amount.setText(amount)
        self.amount.setAccessibleName(self.tr("Importo: %1").replace("%1", amount))
        self.due_date.setText(self.tr("Da pagare entro il %1").replace(
            "%1", due_date_text(notice.due_date)))
        self.notice_text.setText(self.tr("Codice avviso: %1").replace(
            "%1", pagopa.group_notice(notice.notice_number)))
        self.confirm_button.setText(self.tr("Paga %1 con la carta").replace("%1", amount))

    def _error_title(self, error: FlowError | None) -> str:
        titles = {
            "UNKNOWN_NOTICE": self.tr("Avviso non trovato"),
            "EXPIRED_NOTICE": self.tr("Avviso scaduto"),
            "REVOKED_NOTICE": self.tr("Avviso annullato dall'ente"),
            "NOTICE_ALREADY_PAID": self.tr("Avviso già pagato"),
            "PAYMENT_ALREADY_IN_PROGRESS": self.tr("Pagamento già in corso"),
            "WRONG_NOTICE_DATA": self.tr("Dati dell'avviso non corretti"),
            "CREDITOR_PROBLEMS": self.tr("L'ente non risponde"),
            "NOTICE_GLITCH": self.tr("Problema temporaneo"),
            "UNEXPECTED_ERROR": self.tr("Errore imprevisto"),
            "TIMEOUT": self.tr("Il servizio non risponde"),
            "OFFLINE": self.tr("Il servizio non risponde"),
            "SERVER_ERROR": self.tr("Il servizio non risponde"),
        }
        if error is None:
            return self.tr("Qualcosa non ha funzionato")
        return titles.get(error.code, self.tr("Qualcosa non ha funzionato"))

    def _retranslate_error(self) -> None:
        error = self.controller.context.error
        self.error_box.title.setText(self._error_title(error))
        message = QCoreApplication.translate("ServiceError", error.message) if error else ""
        if self.state is S.FAILED:
            # The activation failed: say plainly that nothing was charged unless we know more.
            message += "\n" + self.tr(
                "Se il pagamento fosse già partito, non le verrà addebitato due volte.")
        self.error_box.message.setText(message)
        self.error_box.message.setAccessibleName(self.tr("Messaggio"))
        retryable = bool(error and error.retryable)
        self.retry_button.setVisible(retryable)
        self.retry_button.setText(self.tr("Riprova"))
        self.retry_button.setAccessibleName(self.tr("Riprova"))
        self.edit_button.setVisible(self.state is S.VERIFY_FAILED)
        self.edit_button.setText(self.tr("Correggi i dati"))
        self.edit_button.setAccessibleName(self.tr("Correggi il codice avviso o l'ente"))
        self.home_button.setText(self.tr("Torna all'inizio"))
        self.home_button.setAccessibleName(self.tr("Torna alla pagina iniziale"))

    def _retranslate_card(self) -> None:
        ctx = self.controller.context
        amount = self._money(ctx.notice.amount_cents) if ctx.notice else ""
        self.pos_amount.setText(amount)
        self.pos_amount.setAccessibleName(self.tr("Importo: %1").replace("%1", amount))
        self.pos_icon.setAccessibleName(self.tr("Terminale di pagamento"))
        self.pos_instruction.setText(self.tr("Inserisca o avvicini la carta al terminale"))
        status = {
            S.CONFIRMED: self.tr("Stiamo preparando il terminale…"),
            S.ACTIVATING: self.tr("Stiamo preparando il terminale…"),
            S.AWAITING_CARD: self.tr(
                "Il terminale è pronto. Segua le istruzioni sul terminale."),
            S.CANCELLING: self.tr("Stiamo annullando il pagamento…"),
        }.get(self.state, "")
        self.pos_status.setText(status)
        self.pos_status.setAccessibleName(self.tr("Stato del pagamento"))
        self.pos_cancel.setText(self.tr("Annulla il pagamento"))
        self.pos_cancel.setAccessibleName(self.tr("Annulla il pagamento"))
        self.pos_cancel.setEnabled(self.state is S.AWAITING_CARD)

    def _retranslate_done(self) -> None:
        ctx = self.controller.context
        state = self.state
        amount = self._money(ctx.notice.amount_cents) if ctx.notice else ""
        creditor = ctx.notice.creditor_name if ctx.notice else ""
        nothing_charged = self.tr("Non le è stato addebitato nulla.")
        title, message = "", ""
        if state in (S.APPROVED, S.RECEIPT):
            title = self.tr("Pagamento riuscito")
            message = self.tr("Ha pagato %1 a %2.").replace("%1", amount).replace("%2", creditor)
            receipt = ctx.receipt
            if state is S.APPROVED:
                message += "\n" + self.tr("Stiamo preparando la ricevuta…")
            elif receipt is None:
                message += "\n" + self.tr(
                    "La ricevuta sarà disponibile tra poco: il personale può stamparla.")
            elif ctx.receipt_printed:
                message += "\n" + self.tr(
                    "Ritiri la ricevuta dalla stampante. Codice ricevuta: %1").replace(
                    "%1", receipt.receipt_code)
            else:
                message += "\n" + self.tr(
                    "La stampante non è disponibile: la ricevuta è salvata e il personale può "
                    "stamparla con il codice %1.").replace("%1", receipt.receipt_code)
        elif state is S.DECLINED:
            title = self.tr("Pagamento non riuscito")
            message = self.tr("La carta non è stata accettata.") + " " + nothing_charged + \
                "\n" + self.tr("Può riprovare con un'altra carta.")
        elif state is S.CANCELLED:
            title = self.tr("Pagamento annullato")
            message = nothing_charged + "\n" + self.tr("Può riprovare quando vuole.")
        elif state is S.TIMED_OUT:
            title = self.tr("Tempo scaduto")
            message = self.tr("Il terminale non ha ricevuto la carta in tempo.") + " " + \
                nothing_charged + "\n" + self.tr("Può riprovare.")
        self.done_title.setText(title)
        self.done_message.setText(message)
        ok = state in (S.APPROVED, S.RECEIPT)
        self.done_icon.setVisible(ok)
        self.done_warning.setVisible(not ok)
        self.done_icon.setAccessibleName(self.tr("Riuscito"))
        self.done_warning.setAccessibleName(self.tr("Attenzione"))
        printed = bool(ctx.receipt_printed) or self._print_status == "printed"
        self.print_button.setText(
            self.tr("Stampa un'altra copia") if printed else self.tr("Stampa la ricevuta"))
        self.print_button.setAccessibleName(self.print_button.text())
        self.print_button.setVisible(
            state is S.RECEIPT and ctx.receipt is not None and self._reprint is not None)
        status = {
            "printing": self.tr("Stampa in corso…"),
            "printed": self.tr("Ricevuta stampata."),
            "print_failed": self.tr(
                "La stampante non risponde. Il personale può stampare la ricevuta."),
        }.get(self._print_status or "", "")
        self.print_status.setText(status)
        # Not printed (no printer, a failed job, or a failed reprint): the receipt is stored;
        # its QR and code go on screen so the citizen still leaves with it.
        unprinted = (state is S.RECEIPT and ctx.receipt is not None and not printed
                     and self._print_status != "printing")
        if unprinted and ctx.receipt is not None:
            if self.receipt_fallback.receipt_code != ctx.receipt.receipt_code:
                self.receipt_fallback.show_for(ctx.receipt.receipt_code)
            self.done_icon.setVisible(False)  # room for the QR code
        else:
            self.receipt_fallback.reset()
        self.retry_payment.setText(self.tr("Riprova il pagamento"))
        self.retry_payment.setAccessibleName(self.tr("Riprova il pagamento"))
        self.retry_payment.setVisible(state in (S.DECLINED, S.CANCELLED, S.TIMED_OUT))
        self.finish_button.setText(self.tr("Fine"))
        self.finish_button.setAccessibleName(self.tr("Fine, torna alla pagina iniziale"))
        self.finish_button.setVisible(state is not S.APPROVED)
