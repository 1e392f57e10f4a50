"""What each receipt says: turns a receipt into layout blocks, translated and formatted."""

from __future__ import annotations

from functools import partial

from kiosk.receipts import (
    BookingReceipt,
    CancellationReceipt,
    DailySummary,
    PaymentReceipt,
    Receipt,
    ReceiptBase,
)
from printing import labels
from printing.formatting import (
    arg,
    format_amount,
    format_datetime,
    format_long_date,
    format_long_datetime,
    format_time,
    group_notice,
)
from printing.labels import Translate
from printing.layout import Align, Block, Field, Gap, Qr, Row, Rule, Style, Text
from printing.qr import booking_ics, lookup_payload

LOOKUP_QR_MM = 26.0
CALENDAR_QR_MM = 44.0


def _header(receipt: ReceiptBase, title: str, tr: Translate) -> list[Block]:
    return [
        Text(receipt.office, Style.SUBTITLE, Align.CENTER),
        Gap(4),
        Text(tr(labels.CONTEXT, title), Style.TITLE, Align.CENTER),
    ]


def _footer(receipt: ReceiptBase, tr: Translate, note: str | None = None) -> list[Block]:
    blocks: list[Block] = [Rule()]
    if note:
        blocks += [Text(tr(labels.CONTEXT, note), Style.BODY), Gap(4)]
    if receipt.assisted_by:
        blocks += [Text(arg(tr(labels.CONTEXT, labels.ASSISTED_BY), receipt.assisted_by))]
    blocks += [
        Text(f"{tr(labels.CONTEXT, labels.STATION)}: {receipt.station_id}", Style.SMALL),
        Text(
            f"{tr(labels.CONTEXT, labels.ISSUED_AT)}: {format_datetime(receipt.issued_at)}",
            Style.SMALL,
        ),
        Gap(6),
        Field(tr(labels.CONTEXT, labels.RECEIPT_CODE), (receipt.receipt_code,), big=True),
        Qr(
            lookup_payload(receipt.receipt_code),
            LOOKUP_QR_MM,
            tr(labels.CONTEXT, labels.LOOKUP_QR),
        ),
    ]
    return blocks


def payment_blocks(r: PaymentReceipt, tr: Translate) -> list[Block]:
    """The attestazione di pagamento (every field DOMAIN.md requires)."""
    t = partial(tr, labels.CONTEXT)
    lang = r.language
    blocks = _header(r, labels.TITLE_PAYMENT, tr)
    blocks += [Text(t(labels.SUBTITLE_PAYMENT), Style.SUBTITLE, Align.CENTER), Rule()]
    blocks += [
        Field(t(labels.DATE_TIME), (format_datetime(r.paid_at),)),
        Field(t(labels.CREDITOR), (r.creditor_name,)),
        Field(t(labels.CREDITOR_FISCAL_CODE), (r.creditor_fiscal_code,)),
        Field(t(labels.REASON), (r.reason,)),
        Field(t(labels.NOTICE_NUMBER), (group_notice(r.notice_number),)),
        Field(t(labels.IUV), (r.iuv,)),
        Rule(),
        Field(t(labels.AMOUNT), (format_amount(r.amount_cents, lang),)),
    ]
    if r.fee_cents:
        blocks.append(Field(t(labels.FEE), (format_amount(r.fee_cents, lang),)))
    blocks += [
        Field(t(labels.TOTAL_PAID), (format_amount(r.total_cents, lang),), big=True),
        Rule(),
        Field(t(labels.PSP), (r.psp_name,)),
        Field(t(labels.PSP_FISCAL_CODE), (r.psp_fiscal_code,)),
        Field(t(labels.PAYMENT_TOKEN), (r.payment_token,)),
    ]
    if r.iur:
        blocks.append(Field(t(labels.IUR), (r.iur,)))
    return blocks + _footer(r, tr, labels.KEEP_PAYMENT)


def booking_blocks(r: BookingReceipt, tr: Translate) -> list[Block]:
    """The booking confirmation (DOMAIN.md, CUP)."""
    t = partial(tr, labels.CONTEXT)
    lang = r.language
    blocks = _header(r, labels.TITLE_BOOKING, tr)
    blocks += [
        Rule(),
        Field(t(labels.BOOKING_CODE), (r.booking_code,), big=True),
        Field(t(labels.SERVICE), (r.service,)),
        Field(
            t(labels.WHEN),
            (
                format_long_date(r.start, tr, lang),
                arg(t(labels.TIME_RANGE), format_time(r.start), format_time(r.end)),
            ),
            big=True,
        ),
        Field(
            t(labels.WHERE),
            tuple(p for p in (r.place.office_name, r.place.address, r.place.floor_room) if p),
        ),
        Field(t(labels.PATIENT), (r.patient_masked,)),
    ]
    if r.what_to_bring:
        blocks += [Text(t(labels.WHAT_TO_BRING), Style.LABEL)]
        blocks += [Text(item, Style.BODY, bullet=True) for item in r.what_to_bring]
        blocks.append(Gap(5))
    if r.ticket_cents:
        blocks.append(Field(t(labels.TICKET), (format_amount(r.ticket_cents, lang),)))
        if r.notice_number:
            blocks.append(Field(t(labels.PAY_WITH_NOTICE), (group_notice(r.notice_number),)))
    else:
        blocks.append(Text(t(labels.NO_TICKET), Style.VALUE))
        blocks.append(Gap(5))
    blocks += [
        Rule(),
        Field(
            t(labels.HOW_TO_CANCEL),
            (arg(t(labels.CANCEL_BY), format_long_datetime(r.cancel_by, tr, lang)),),
        ),
        Text(r.cancel_how, Style.BODY),
        Qr(booking_ics(r), CALENDAR_QR_MM, t(labels.CALENDAR_QR)),
    ]
    return blocks + _footer(r, tr)


def cancellation_blocks(r: CancellationReceipt, tr: Translate) -> list[Block]:
    """Proof of a cancelled booking."""
    t = partial(tr, labels.CONTEXT)
    blocks = _header(r, labels.TITLE_CANCELLATION, tr)
    blocks += [
        Rule(),
        Text(t(labels.CANCELLATION_DONE), Style.VALUE),
        Gap(6),
        Field(t(labels.BOOKING_CODE), (r.booking_code,), big=True),
        Field(t(labels.SERVICE), (r.service,)),
        Field(t(labels.CANCELLED_APPOINTMENT), (format_long_datetime(r.start, tr, r.language),)),
        Field(t(labels.WHERE), (r.place_name,)),
        Field(t(labels.PATIENT), (r.patient_masked,)),
        Field(t(labels.CANCELLED_AT), (format_datetime(r.cancelled_at),)),
    ]
    if r.refund_note:
        blocks.append(Text(r.refund_note, Style.BODY))
    return blocks + _footer(r, tr)


def summary_blocks(r: DailySummary, tr: Translate) -> list[Block]:
    """The staff's end-of-day report."""
    t = partial(tr, labels.CONTEXT)
    lang = r.language
    blocks = _header(r, labels.TITLE_SUMMARY, tr)
    blocks += [
        Field(t(labels.DAY), (format_long_date(r.day, tr, lang),)),
        Rule(),
        Text(t(labels.SERVICES_DONE), Style.HEADING),
    ]
    if r.services:
        blocks += [Row(s.service, str(s.count)) for s in r.services]
    else:
        blocks.append(Text(t(labels.NO_SERVICES)))
    blocks += [Rule(), Text(t(labels.PAYMENTS_BY_CREDITOR), Style.HEADING)]
    if not r.creditors:
        blocks.append(Text(t(labels.NO_PAYMENTS)))
    for c in r.creditors:
        blocks += [
            Row(c.creditor_name, format_amount(c.amount_cents + c.fee_cents, lang), bold=True),
            Text(f"{c.creditor_fiscal_code} · {arg(t(labels.PAYMENTS_COUNT), str(c.payments))}"),
        ]
        if c.fee_cents:
            blocks.append(Text(arg(t(labels.FEES), format_amount(c.fee_cents, lang))))
        blocks.append(Gap(3))
    blocks += [
        Row(t(labels.GRAND_TOTAL), format_amount(r.total_cents, lang), bold=True),
        Rule(),
        Row(t(labels.SESSIONS), str(r.sessions)),
        Row(
            t(labels.ASSISTED_SESSIONS),
            f"{r.assisted_sessions} ({round(r.assisted_share * 100)}%)",
        ),
        Row(t(labels.FAILED_PRINTS), str(r.failed_prints)),
        Row(t(labels.ABANDONED_FLOWS), str(r.abandoned_flows)),
    ]
    return blocks + _footer(r, tr)


def receipt_blocks(receipt: Receipt, tr: Translate) -> list[Block]:
    """Blocks for any receipt kind."""
    if isinstance(receipt, PaymentReceipt):
        return payment_blocks(receipt, tr)
    if isinstance(receipt, BookingReceipt):
        return booking_blocks(receipt, tr)
    if isinstance(receipt, CancellationReceipt):
        return cancellation_blocks(receipt, tr)
    return summary_blocks(receipt, tr)


def receipt_lines(receipt: Receipt, tr: Translate) -> list[str]:
    """The receipt as plain lines, in print order, for reading aloud or showing on screen.

    QR codes are left out (their captions stay); a field reads as ``label: value``.
    """
    lines: list[str] = []
    for block in receipt_blocks(receipt, tr):
        if isinstance(block, Field):
            lines.append(f"{block.label}: {', '.join(block.values)}")
        elif isinstance(block, Text):
            lines.append(block.text)
        elif isinstance(block, Row):
            lines.append(f"{block.left}: {block.right}")
        elif isinstance(block, Qr) and block.caption:
            lines.append(block.caption)
    return lines
