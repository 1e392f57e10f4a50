"""Every word printed on a receipt, in Italian (the source language), marked for Qt Linguist.

Strings are marked with ``QT_TRANSLATE_NOOP("Receipt", ...)`` so ``pyside6-lupdate`` collects
them, and translated when a receipt is rendered through the ``translate`` callable the caller
passes in (by default ``QCoreApplication.translate``, which needs no application instance and
returns the source text when no translator is installed). Only ``QtCore`` is imported here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Receipt"

Translate = Callable[[str, str], str]
"""``translate(context, source_text) -> text``, the shape of ``QCoreApplication.translate``."""


def qt_translate(context: str, text: str) -> str:
    """Translate with the application's installed translators (source text when none)."""
    return QCoreApplication.translate(context, text)


def identity_translate(context: str, text: str) -> str:
    """Return the Italian source text unchanged (tests, tools without Qt translators)."""
    del context
    return text


# Titles
TITLE_PAYMENT = str(QT_TRANSLATE_NOOP("Receipt", "Ricevuta di pagamento"))
SUBTITLE_PAYMENT = str(QT_TRANSLATE_NOOP("Receipt", "Attestazione di pagamento pagoPA"))
TITLE_BOOKING = str(QT_TRANSLATE_NOOP("Receipt", "Conferma di prenotazione"))
TITLE_CANCELLATION = str(QT_TRANSLATE_NOOP("Receipt", "Disdetta della prenotazione"))
TITLE_SUMMARY = str(QT_TRANSLATE_NOOP("Receipt", "Riepilogo giornaliero"))

# Payment
DATE_TIME = str(QT_TRANSLATE_NOOP("Receipt", "Data e ora"))
CREDITOR = str(QT_TRANSLATE_NOOP("Receipt", "Ente creditore"))
CREDITOR_FISCAL_CODE = str(QT_TRANSLATE_NOOP("Receipt", "Codice fiscale ente"))
REASON = str(QT_TRANSLATE_NOOP("Receipt", "Causale"))
NOTICE_NUMBER = str(QT_TRANSLATE_NOOP("Receipt", "Codice avviso"))
IUV = str(QT_TRANSLATE_NOOP("Receipt", "IUV (codice identificativo del versamento)"))
AMOUNT = str(QT_TRANSLATE_NOOP("Receipt", "Importo"))
FEE = str(QT_TRANSLATE_NOOP("Receipt", "Commissione"))
TOTAL_PAID = str(QT_TRANSLATE_NOOP("Receipt", "Totale pagato"))
PSP = str(QT_TRANSLATE_NOOP("Receipt", "Prestatore del servizio di pagamento"))
PSP_FISCAL_CODE = str(QT_TRANSLATE_NOOP("Receipt", "Codice fiscale prestatore"))
PAYMENT_TOKEN = str(QT_TRANSLATE_NOOP("Receipt", "Numero univoco del pagamento"))
IUR = str(QT_TRANSLATE_NOOP("Receipt", "IUR (identificativo della riscossione)"))
KEEP_PAYMENT = str(
    QT_TRANSLATE_NOOP("Receipt", "Conservi questa ricevuta: attesta il pagamento effettuato.")
)

# Booking and cancellation
BOOKING_CODE = str(QT_TRANSLATE_NOOP("Receipt", "Codice prenotazione"))
PATIENT = str(QT_TRANSLATE_NOOP("Receipt", "Paziente (codice fiscale)"))
SERVICE = str(QT_TRANSLATE_NOOP("Receipt", "Prestazione"))
WHEN = str(QT_TRANSLATE_NOOP("Receipt", "Quando"))
TIME_RANGE = str(QT_TRANSLATE_NOOP("Receipt", "dalle %1 alle %2"))
WHERE = str(QT_TRANSLATE_NOOP("Receipt", "Dove"))
WHAT_TO_BRING = str(QT_TRANSLATE_NOOP("Receipt", "Cosa portare"))
TICKET = str(QT_TRANSLATE_NOOP("Receipt", "Ticket da pagare"))
NO_TICKET = str(QT_TRANSLATE_NOOP("Receipt", "Nessun ticket da pagare"))
PAY_WITH_NOTICE = str(QT_TRANSLATE_NOOP("Receipt", "Paghi il ticket con l'avviso pagoPA"))
HOW_TO_CANCEL = str(QT_TRANSLATE_NOOP("Receipt", "Per disdire"))
CANCEL_BY = str(QT_TRANSLATE_NOOP("Receipt", "Disdica entro: %1"))
CALENDAR_QR = str(
    QT_TRANSLATE_NOOP("Receipt", "Inquadri il codice con il telefono per salvare l'appuntamento")
)
CANCELLED_APPOINTMENT = str(QT_TRANSLATE_NOOP("Receipt", "Appuntamento disdetto"))
CANCELLED_AT = str(QT_TRANSLATE_NOOP("Receipt", "Disdetta registrata il"))
CANCELLATION_DONE = str(
    QT_TRANSLATE_NOOP("Receipt", "La prenotazione è stata disdetta. Non deve presentarsi.")
)

# Daily summary
DAY = str(QT_TRANSLATE_NOOP("Receipt", "Giorno"))
SERVICES_DONE = str(QT_TRANSLATE_NOOP("Receipt", "Servizi completati"))
NO_SERVICES = str(QT_TRANSLATE_NOOP("Receipt", "Nessun servizio completato"))
PAYMENTS_BY_CREDITOR = str(QT_TRANSLATE_NOOP("Receipt", "Incassi per ente"))
NO_PAYMENTS = str(QT_TRANSLATE_NOOP("Receipt", "Nessun pagamento"))
PAYMENTS_COUNT = str(QT_TRANSLATE_NOOP("Receipt", "Pagamenti: %1"))
FEES = str(QT_TRANSLATE_NOOP("Receipt", "di cui commissioni: %1"))
GRAND_TOTAL = str(QT_TRANSLATE_NOOP("Receipt", "Totale incassato"))
SESSIONS = str(QT_TRANSLATE_NOOP("Receipt", "Sessioni"))
ASSISTED_SESSIONS = str(QT_TRANSLATE_NOOP("Receipt", "Con assistenza di un tutor"))
FAILED_PRINTS = str(QT_TRANSLATE_NOOP("Receipt", "Stampe non riuscite"))
ABANDONED_FLOWS = str(QT_TRANSLATE_NOOP("Receipt", "Percorsi abbandonati"))

# Footer, common to every receipt
STATION = str(QT_TRANSLATE_NOOP("Receipt", "Postazione"))
ISSUED_AT = str(QT_TRANSLATE_NOOP("Receipt", "Emessa il"))
ASSISTED_BY = str(QT_TRANSLATE_NOOP("Receipt", "Assistito da un tutor: %1"))
RECEIPT_CODE = str(QT_TRANSLATE_NOOP("Receipt", "Codice ricevuta"))
LOOKUP_QR = str(
    QT_TRANSLATE_NOOP("Receipt", "Mostri questo codice allo sportello per ritrovare la ricevuta")
)
PAGE = str(QT_TRANSLATE_NOOP("Receipt", "Pagina %1 di %2"))
AT_TIME = str(QT_TRANSLATE_NOOP("Receipt", "%1, ore %2"))

WEEKDAYS = (
    str(QT_TRANSLATE_NOOP("Receipt", "lunedì")),
    str(QT_TRANSLATE_NOOP("Receipt", "martedì")),
    str(QT_TRANSLATE_NOOP("Receipt", "mercoledì")),
    str(QT_TRANSLATE_NOOP("Receipt", "giovedì")),
    str(QT_TRANSLATE_NOOP("Receipt", "venerdì")),
    str(QT_TRANSLATE_NOOP("Receipt", "sabato")),
    str(QT_TRANSLATE_NOOP("Receipt", "domenica")),
)
MONTHS = (
    str(QT_TRANSLATE_NOOP("Receipt", "gennaio")),
    str(QT_TRANSLATE_NOOP("Receipt", "febbraio")),
    str(QT_TRANSLATE_NOOP("Receipt", "marzo")),
    str(QT_TRANSLATE_NOOP("Receipt", "aprile")),
    str(QT_TRANSLATE_NOOP("Receipt", "maggio")),
    str(QT_TRANSLATE_NOOP("Receipt", "giugno")),
    str(QT_TRANSLATE_NOOP("Receipt", "luglio")),
    str(QT_TRANSLATE_NOOP("Receipt", "agosto")),
    str(QT_TRANSLATE_NOOP("Receipt", "settembre")),
    str(QT_TRANSLATE_NOOP("Receipt", "ottobre")),
    str(QT_TRANSLATE_NOOP("Receipt", "novembre")),
    str(QT_TRANSLATE_NOOP("Receipt", "dicembre")),
)
