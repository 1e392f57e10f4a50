"""pagoPA payment notices: the notice number, the notice QR code and the Poste Data Matrix.

Rules (``shared/DOMAIN.md``, from pagoPA SACI and the notice graphic specification):

* A notice number (*codice avviso*) has 18 digits. The first is the *aux digit*:

  ====  =====================================================  ==============
  aux   layout                                                 IUV
  ====  =====================================================  ==============
  3     ``3`` + segregation code (2) + IUV base (13) + check   last 17 digits
  0     ``0`` + application code (2) + IUV base (13) + check   last 15 digits
  2     ``2`` + IUV base (15) + check (2)                      last 17 digits
  1     ``1`` + IUV base (17), no check digits                 last 17 digits
  ====  =====================================================  ==============

* Check digits = (aux + application/segregation code + IUV base, read as one number) mod 93,
  written with 2 digits. Checking them is optional in the spec and real notices with wrong
  check digits exist, so a mismatch is **logged as a warning** on ``kiosk.pagopa`` and
  reported in :attr:`NoticeNumber.check_digits_ok`, never refused: the backend's *verify*
  call decides.
* QR payload: ``PAGOPA|002|<notice 18>|<creditor fiscal code 11>|<amount in cents>``; the
  amount has 1..11 digits (leading zeros allowed), extra ``|`` fields are ignored.
* Poste Data Matrix: 256 (or 255) characters starting ``codfase=NBPA;``; notice ``[15:33]``,
  amount in cents ``[49:59]``, creditor fiscal code ``[66:77]``.

Errors are :class:`PagoPaError` subclasses carrying a ``problem`` code and an untranslated
Italian ``message`` (context ``PagoPA``) for the citizen.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import Enum, StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

log = logging.getLogger("kiosk.pagopa")

TR_CONTEXT = "PagoPA"
NOTICE_LENGTH = 18
CREDITOR_CF_LENGTH = 11
MAX_AMOUNT_DIGITS = 11
MAX_AMOUNT_CENTS = 10**MAX_AMOUNT_DIGITS - 1
QR_IDENTIFIER = "PAGOPA"
QR_VERSION = "002"
DATAMATRIX_PREFIX = "codfase=NBPA;"
DATAMATRIX_LENGTHS = (255, 256)
SEGREGATION_CIE = "99"  # Ministry of the Interior: electronic identity card fees
SEGREGATION_ANPR = "98"  # ANPR certificates

# re.ASCII: "\d" would otherwise match Arabic-Indic and other Unicode digits, which int()
# happily converts, so a notice typed on a foreign keyboard could turn into a different number.
_DIGITS_RE = re.compile(r"[0-9]+", re.ASCII)
_WHITESPACE_RE = re.compile(r"\s+")


class NoticeSource(StrEnum):
    """Where a notice reference came from."""

    TYPED = "typed"
    QR = "qr"
    DATAMATRIX = "datamatrix"


class NoticeProblem(Enum):
    """Why a notice number, QR payload or Data Matrix was refused."""

    EMPTY = "empty"
    BAD_CHARS = "bad_chars"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    BAD_AUX_DIGIT = "bad_aux_digit"
    BAD_NOTICE = "bad_notice"
    NOT_PAGOPA = "not_pagopa"
    BAD_VERSION = "bad_version"
    TRUNCATED = "truncated"
    BAD_CREDITOR = "bad_creditor"
    BAD_AMOUNT = "bad_amount"


_MESSAGES: dict[NoticeProblem, str] = {
    NoticeProblem.EMPTY: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Scriva il codice avviso: sono 18 cifre, le trova sull'avviso di pagamento "
            "accanto alla scritta «Codice avviso».",
        )
    ),
    NoticeProblem.BAD_CHARS: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Il codice avviso contiene solo numeri. Controlli di non aver scritto lettere o "
            "simboli.",
        )
    ),
    NoticeProblem.TOO_SHORT: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Il codice avviso è troppo corto: deve avere 18 cifre. Controlli di averle scritte "
            "tutte.",
        )
    ),
    NoticeProblem.TOO_LONG: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Il codice avviso è troppo lungo: deve avere 18 cifre. Controlli di non aver "
            "scritto una cifra in più.",
        )
    ),
    NoticeProblem.BAD_AUX_DIGIT: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Questo non sembra un codice avviso pagoPA: di solito inizia con 3. Controlli di "
            "aver copiato il numero accanto alla scritta «Codice avviso».",
        )
    ),
    NoticeProblem.BAD_NOTICE: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Il codice letto non contiene un codice avviso valido. Riprovi, oppure scriva il "
            "codice avviso a mano.",
        )
    ),
    NoticeProblem.NOT_PAGOPA: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Questo codice non è il QR code di un avviso pagoPA. Inquadri il QR code stampato "
            "sull'avviso, oppure scriva il codice avviso.",
        )
    ),
    NoticeProblem.BAD_VERSION: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Questo QR code pagoPA è di un tipo che non posso leggere. Scriva il codice avviso "
            "a mano, per favore.",
        )
    ),
    NoticeProblem.TRUNCATED: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Ho letto solo una parte del codice. Avvicini di nuovo l'avviso al lettore, "
            "tenendolo fermo, oppure scriva il codice avviso.",
        )
    ),
    NoticeProblem.BAD_CREDITOR: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Il codice letto non contiene un codice fiscale dell'ente valido. Riprovi, oppure "
            "scriva il codice avviso a mano.",
        )
    ),
    NoticeProblem.BAD_AMOUNT: str(
        QT_TRANSLATE_NOOP(
            "PagoPA",
            "Il codice letto non contiene un importo valido. Riprovi, oppure scriva il codice "
            "avviso a mano.",
        )
    ),
}


class PagoPaError(ValueError):
    """A notice number or payload that cannot be used.

    Attributes:
        problem: machine-readable reason.
        message: untranslated Italian text for the citizen (context ``PagoPA``); translate it
            with ``QCoreApplication.translate(TR_CONTEXT, error.message)``.
    """

    def __init__(self, problem: NoticeProblem, detail: str = "") -> None:
        self.problem = problem
        self.message = _MESSAGES[problem]
        # The detail is for logs and developers; it never contains the payer's data.
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)


class NoticeNumberError(PagoPaError):
    """The notice number itself is malformed."""


class QrPayloadError(PagoPaError):
    """A pagoPA QR payload that cannot be used."""


class DataMatrixError(PagoPaError):
    """A Poste Data Matrix payload that cannot be used."""


@dataclass(frozen=True, slots=True)
class NoticeNumber:
    """A parsed 18-digit notice number.

    Attributes:
        value: the 18 digits, no spaces.
        aux_digit: 0, 1, 2 or 3.
        segregation_code: 2 digits for aux 3, else None.
        application_code: 2 digits for aux 0, else None.
        iuv: the *identificativo univoco di versamento* (see the module table).
        check_digits: the 2 printed check digits; None for aux 1, which has none.
        check_digits_ok: True when the check digits match the mod-93 rule, or there are none.
    """

    value: str
    aux_digit: int
    segregation_code: str | None
    application_code: str | None
    iuv: str
    check_digits: str | None
    check_digits_ok: bool

    @property
    def grouped(self) -> str:
        """The printed form, in groups of 4: ``3010 0000 0000 0001 44``."""
        return group_notice(self.value)


@dataclass(frozen=True, slots=True)
class NoticeRef:
    """What the kiosk knows about a notice before asking the backend to *verify* it.

    Attributes:
        notice_number: the 18 digits.
        creditor_cf: the creditor's 11-digit fiscal code, when the source carries it.
        amount_cents: the amount printed on the notice, when the source carries it. The
            backend's *verify* answer is authoritative; this is only a hint.
        source: typed, QR code or Data Matrix.
        check_digits_ok: see :attr:`NoticeNumber.check_digits_ok`.
    """

    notice_number: str
    creditor_cf: str | None
    amount_cents: int | None
    source: NoticeSource
    check_digits_ok: bool = True

    @property
    def grouped(self) -> str:
        """The notice number in groups of 4."""
        return group_notice(self.notice_number)

    @property
    def iuv(self) -> str:
        """The IUV of the notice."""
        return iuv(self.notice_number)


def compute_check_digits(body: str) -> str:
    """Return the 2 check digits for the first 16 digits of an aux 0, 2 or 3 notice number.

    Raises:
        ValueError: ``body`` is not 16 ASCII digits.
    """
    if len(body) != NOTICE_LENGTH - 2 or not _DIGITS_RE.fullmatch(body):
        raise ValueError("the check digits are computed on exactly 16 digits")
    return f"{int(body) % 93:02d}"


def normalize_notice(raw: str) -> str:
    """Remove every whitespace character (spaces, tabs, no-break spaces) from typed input."""
    return _WHITESPACE_RE.sub("", raw)


def group_notice(notice: str) -> str:
    """Group a notice number in blocks of 4 digits: ``3010 0000 0000 0001 44``.

    Whitespace in the input is ignored; no validation is done, so it also formats a partially
    typed number for display.
    """
    value = normalize_notice(notice)
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def parse_notice_number(raw: str) -> NoticeNumber:
    """Parse a notice number typed (with or without spaces) or read from a code.

    Raises:
        NoticeNumberError: empty, not digits, not 18 digits, or an aux digit other than 0-3.
    """
    value = normalize_notice(raw)
    if not value:
        raise NoticeNumberError(NoticeProblem.EMPTY)
    if not _DIGITS_RE.fullmatch(value):
        raise NoticeNumberError(NoticeProblem.BAD_CHARS, "not only digits")
    if len(value) < NOTICE_LENGTH:
        raise NoticeNumberError(NoticeProblem.TOO_SHORT, f"{len(value)} digits")
    if len(value) > NOTICE_LENGTH:
        raise NoticeNumberError(NoticeProblem.TOO_LONG, f"{len(value)} digits")
    aux = int(value[0])
    if aux == 1:
        return NoticeNumber(value, 1, None, None, value[1:], None, True)
    if aux not in (0, 2, 3):
        raise NoticeNumberError(NoticeProblem.BAD_AUX_DIGIT, f"aux digit {aux}")
    printed = value[16:]
    expected = compute_check_digits(value[:16])
    ok = printed == expected
    if not ok:
        # Optional check per spec; real notices with wrong digits exist, so never refuse.
        log.warning(
            "notice %s: check digits %s, mod 93 gives %s; passing it on to verify",
            group_notice(value),
            printed,
            expected,
        )
    if aux == 3:
        return NoticeNumber(value, 3, value[1:3], None, value[1:], printed, ok)
    if aux == 0:
        return NoticeNumber(value, 0, None, value[1:3], value[3:], printed, ok)
    return NoticeNumber(value, 2, None, None, value[1:], printed, ok)


def iuv(notice: str) -> str:
    """Return the IUV of a notice number (see the module table).

    Raises:
        NoticeNumberError: the notice number is malformed.
    """
    return parse_notice_number(notice).iuv


def parse_typed_notice(raw: str) -> NoticeRef:
    """Parse a notice number typed by the citizen into a :class:`NoticeRef`.

    Raises:
        NoticeNumberError: see :func:`parse_notice_number`.
    """
    number = parse_notice_number(raw)
    return NoticeRef(number.value, None, None, NoticeSource.TYPED, number.check_digits_ok)


def _strip_line_ends(text: str) -> str:
    # Wedge scanners end a read with CR/LF; spaces are part of the Data Matrix padding.
    return text.strip("\r\n")


def _scanned_notice(field: str, error: type[PagoPaError]) -> NoticeNumber:
    # A code is machine-made: no whitespace tolerance, and one "bad notice" message.
    if len(field) != NOTICE_LENGTH or not _DIGITS_RE.fullmatch(field):
        raise error(NoticeProblem.BAD_NOTICE, "notice field")
    try:
        return parse_notice_number(field)
    except NoticeNumberError as exc:
        raise error(NoticeProblem.BAD_NOTICE, f"notice field: {exc.problem.value}") from exc


def parse_qr_payload(text: str) -> NoticeRef:
    """Parse the payload of a pagoPA notice QR code.

    The identifier is matched case-insensitively (a keyboard-wedge scanner types lower case
    when Caps Lock is on); everything else is strict, since the payload is machine-made.

    Raises:
        QrPayloadError: not a pagoPA payload, another version, cut short, or a bad field.
    """
    payload = text.strip()
    fields = payload.split("|")
    if not fields[0].isascii() or fields[0].upper() != QR_IDENTIFIER:
        raise QrPayloadError(NoticeProblem.NOT_PAGOPA, "identifier")
    if len(fields) < 2 or not fields[1]:
        raise QrPayloadError(NoticeProblem.TRUNCATED, "no version")
    if fields[1] != QR_VERSION:
        if QR_VERSION.startswith(fields[1]) and len(fields) == 2:
            raise QrPayloadError(NoticeProblem.TRUNCATED, "version cut short")
        raise QrPayloadError(NoticeProblem.BAD_VERSION, "unsupported version")
    if len(fields) < 5 or not fields[4]:
        raise QrPayloadError(NoticeProblem.TRUNCATED, f"{len(fields)} fields")
    notice_field, creditor, amount = fields[2], fields[3], fields[4]
    number = _scanned_notice(notice_field, QrPayloadError)
    if len(creditor) != CREDITOR_CF_LENGTH or not _DIGITS_RE.fullmatch(creditor):
        raise QrPayloadError(NoticeProblem.BAD_CREDITOR, "creditor field")
    if len(amount) > MAX_AMOUNT_DIGITS or not _DIGITS_RE.fullmatch(amount):
        raise QrPayloadError(NoticeProblem.BAD_AMOUNT, "amount field")
    return NoticeRef(number.value, creditor, int(amount), NoticeSource.QR, number.check_digits_ok)


def parse_poste_datamatrix(text: str) -> NoticeRef:
    """Parse the Poste Italiane Data Matrix printed on notices payable at the post office.

    The prefix is matched case-insensitively (Caps Lock on a keyboard-wedge scanner inverts
    letter case; the digits we read are unaffected). Only the fields the kiosk needs are read;
    the payer's fiscal code and name, also in the code, are deliberately left alone.

    Raises:
        DataMatrixError: wrong prefix, wrong length (a partial read), or a bad field.
    """
    payload = _strip_line_ends(text)
    if payload[: len(DATAMATRIX_PREFIX)].lower() != DATAMATRIX_PREFIX.lower():
        raise DataMatrixError(NoticeProblem.NOT_PAGOPA, "prefix")
    if len(payload) < min(DATAMATRIX_LENGTHS):
        raise DataMatrixError(NoticeProblem.TRUNCATED, f"{len(payload)} characters")
    if len(payload) > max(DATAMATRIX_LENGTHS):
        raise DataMatrixError(NoticeProblem.BAD_NOTICE, f"{len(payload)} characters")
    notice_field, amount, creditor = payload[15:33], payload[49:59], payload[66:77]
    number = _scanned_notice(notice_field, DataMatrixError)
    if not _DIGITS_RE.fullmatch(amount):
        raise DataMatrixError(NoticeProblem.BAD_AMOUNT, "amount field")
    if not _DIGITS_RE.fullmatch(creditor):
        raise DataMatrixError(NoticeProblem.BAD_CREDITOR, "creditor field")
    return NoticeRef(
        number.value, creditor, int(amount), NoticeSource.DATAMATRIX, number.check_digits_ok
    )


def build_qr_payload(notice_number: str, creditor_cf: str, amount_cents: int) -> str:
    """Build the payload of a notice QR code (for receipts and tests).

    The amount is written with at least 2 digits, as the spec asks (``05`` for 5 cents).

    Raises:
        NoticeNumberError: the notice number is malformed (wrong check digits are allowed).
        ValueError: the creditor code is not 11 digits, or the amount is negative, not an
            ``int`` or longer than 11 digits.
    """
    number = parse_notice_number(notice_number)
    if len(creditor_cf) != CREDITOR_CF_LENGTH or not _DIGITS_RE.fullmatch(creditor_cf):
        raise ValueError("the creditor fiscal code must be 11 digits")
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise ValueError("the amount must be an int number of cents")
    if not 0 <= amount_cents <= MAX_AMOUNT_CENTS:
        raise ValueError("the amount must be 0..99999999999 cents")
    return f"{QR_IDENTIFIER}|{QR_VERSION}|{number.value}|{creditor_cf}|{amount_cents:02d}"
