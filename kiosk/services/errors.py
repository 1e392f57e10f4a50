"""One typed error family for every failure of a services call.

Screens show ``QCoreApplication.translate("ServiceError", err.user_message)``; technicians read
``err.code`` and ``err.detail`` (logs, assisted mode). ``detail`` may contain anything the
backend said and is never shown to a citizen. ``retryable`` tells the screen whether offering
"Riprova" makes sense.

The Italian texts are the translation sources, marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` collects them under the ``ServiceError`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Messages per backend error code. The values are ``object`` because that is what the PySide6
# stub of QT_TRANSLATE_NOOP returns; ``message_for_code`` turns them back into ``str``.
_DOMAIN_MESSAGES: dict[str, object] = {
    # pagoPA / MIL outcomes
    "UNKNOWN_NOTICE": QT_TRANSLATE_NOOP(
        "ServiceError", "Non troviamo questo avviso. Controlli il numero e l'ente creditore."
    ),
    "EXPIRED_NOTICE": QT_TRANSLATE_NOOP(
        "ServiceError",
        "Questo avviso è scaduto e non si può più pagare qui. Si rivolga all'ente che lo ha "
        "emesso.",
    ),
    "REVOKED_NOTICE": QT_TRANSLATE_NOOP(
        "ServiceError",
        "Questo avviso è stato annullato dall'ente e non va pagato.",
    ),
    "NOTICE_ALREADY_PAID": QT_TRANSLATE_NOOP(
        "ServiceError", "Questo avviso risulta già pagato. Non deve pagarlo di nuovo."
    ),
    "PAYMENT_ALREADY_IN_PROGRESS": QT_TRANSLATE_NOOP(
        "ServiceError",
        "Un pagamento di questo avviso è già in corso. Attenda qualche minuto e riprovi.",
    ),
    "WRONG_NOTICE_DATA": QT_TRANSLATE_NOOP(
        "ServiceError",
        "I dati dell'avviso non corrispondono. Controlli il numero, l'ente e l'importo.",
    ),
    "CREDITOR_PROBLEMS": QT_TRANSLATE_NOOP(
        "ServiceError",
        "L'ente creditore non risponde in questo momento. Riprovi più tardi.",
    ),
    "NOTICE_GLITCH": QT_TRANSLATE_NOOP(
        "ServiceError",
        "C'è un problema temporaneo con questo avviso. Riprovi tra qualche minuto.",
    ),
    "UNEXPECTED_ERROR": QT_TRANSLATE_NOOP(
        "ServiceError",
        "Si è verificato un errore imprevisto. Nessun importo è stato addebitato. Riprovi.",
    ),
    # Prescriptions
    "PRESCRIPTION_NOT_FOUND": QT_TRANSLATE_NOOP(
        "ServiceError", "Non troviamo questa ricetta. Controlli il codice NRE."
    ),
    "PRESCRIPTION_EXPIRED": QT_TRANSLATE_NOOP(
        "ServiceError",
        "Questa ricetta è scaduta (vale 6 mesi). Chieda una nuova ricetta al suo medico.",
    ),
    "PRESCRIPTION_ALREADY_BOOKED": QT_TRANSLATE_NOOP(
        "ServiceError", "Questa ricetta è già stata usata per una prenotazione."
    ),
    "PRESCRIPTION_OTHER_PATIENT": QT_TRANSLATE_NOOP(
        "ServiceError",
        "Questa ricetta è intestata a un'altra persona. Controlli il codice fiscale.",
    ),
    "PRESCRIPTION_U_TOO_OLD": QT_TRANSLATE_NOOP(
        "ServiceError",
        "Una ricetta urgente va prenotata entro 48 ore. Si rivolga allo sportello o al suo "
        "medico.",
    ),
    "PRESCRIPTION_REQUIRED": QT_TRANSLATE_NOOP(
        "ServiceError", "Per questa prestazione serve la ricetta elettronica (codice NRE)."
    ),
    "PRESCRIPTION_WRONG_SERVICE": QT_TRANSLATE_NOOP(
        "ServiceError", "Questa ricetta è per un'altra prestazione."
    ),
    # Bookings
    "SLOT_TAKEN": QT_TRANSLATE_NOOP(
        "ServiceError", "Questo orario è appena stato preso. Ecco gli orari ancora liberi."
    ),
    "SLOT_NOT_FOUND": QT_TRANSLATE_NOOP(
        "ServiceError", "Questo orario non è più disponibile. Scelga un altro orario."
    ),
    "SERVICE_NOT_FOUND": QT_TRANSLATE_NOOP(
        "ServiceError", "Questo servizio non è disponibile. Scelga un altro servizio."
    ),
    "BOOKING_NOT_FOUND": QT_TRANSLATE_NOOP(
        "ServiceError",
        "Non troviamo la prenotazione. Controlli il codice di prenotazione e il codice fiscale.",
    ),
    "BOOKING_CANCELLED": QT_TRANSLATE_NOOP(
        "ServiceError", "Questa prenotazione è già stata annullata."
    ),
    "TOO_LATE_TO_CANCEL": QT_TRANSLATE_NOOP(
        "ServiceError",
        "È troppo tardi per annullare o spostare qui questa prenotazione. Chiami o si rechi "
        "allo sportello.",
    ),
    "INVALID_CODICE_FISCALE": QT_TRANSLATE_NOOP(
        "ServiceError", "Il codice fiscale non è valido. Lo controlli, per favore."
    ),
    # Payments, receipts, help
    "PAYMENT_NOT_FOUND": QT_TRANSLATE_NOOP(
        "ServiceError", "Non troviamo questo pagamento. Chieda aiuto al personale."
    ),
    "PAYMENT_NOT_CANCELLABLE": QT_TRANSLATE_NOOP(
        "ServiceError", "Il pagamento è già concluso e non si può più annullare."
    ),
    "RECEIPT_NOT_FOUND": QT_TRANSLATE_NOOP(
        "ServiceError", "Non troviamo questa ricevuta. Chieda aiuto al personale."
    ),
    "HELP_REQUEST_NOT_FOUND": QT_TRANSLATE_NOOP(
        "ServiceError", "La richiesta di aiuto non è stata trovata. La ripeta, per favore."
    ),
}

# Codes for which trying the same thing again later can succeed.
_RETRYABLE_CODES = frozenset(
    {"PAYMENT_ALREADY_IN_PROGRESS", "CREDITOR_PROBLEMS", "NOTICE_GLITCH", "UNEXPECTED_ERROR"}
)

_GENERIC_DOMAIN = QT_TRANSLATE_NOOP(
    "ServiceError", "La richiesta non è andata a buon fine. Chieda aiuto al personale."
)
_OFFLINE = QT_TRANSLATE_NOOP(
    "ServiceError",
    "Il servizio non è raggiungibile in questo momento. Riprovi tra poco o chieda aiuto al "
    "personale.",
)
_TIMEOUT = QT_TRANSLATE_NOOP(
    "ServiceError", "Il servizio sta rispondendo troppo lentamente. Riprovi tra poco."
)
_SERVER = QT_TRANSLATE_NOOP(
    "ServiceError", "Il servizio ha un problema temporaneo. Riprovi tra poco."
)
_BAD_RESPONSE = QT_TRANSLATE_NOOP(
    "ServiceError",
    "Il servizio ha dato una risposta che non capiamo. Chieda aiuto al personale.",
)
_AUTH = QT_TRANSLATE_NOOP(
    "ServiceError",
    "Questa postazione non è autorizzata a usare il servizio. Chieda aiuto al personale.",
)


def message_for_code(code: str) -> str:
    """Return the Italian source text shown to a citizen for a backend error code.

    Args:
        code: Backend error code (``UNKNOWN_NOTICE``, ``SLOT_TAKEN``, ...).

    Returns:
        The message to pass through ``QCoreApplication.translate("ServiceError", ...)``; a
        generic "ask the staff" text for a code this kiosk does not know.
    """
    return str(_DOMAIN_MESSAGES.get(code, _GENERIC_DOMAIN))


def is_known_code(code: str) -> bool:
    """True if ``code`` has its own citizen message (see :func:`message_for_code`)."""
    return code in _DOMAIN_MESSAGES


class ServiceError(Exception):
    """Base of every failure of a services call.

    Attributes:
        code: Stable machine-readable code (backend code, or ``OFFLINE``, ``TIMEOUT``, ...).
        detail: What happened, for technicians and logs; never shown to a citizen.
        user_message: Italian source text for the citizen (translate with the
            ``ServiceError`` context).
        retryable: Whether repeating the same action later may succeed.
        http_status: HTTP status of the response, if there was one.
    """

    default_code = "SERVICE_ERROR"
    default_message: object = _GENERIC_DOMAIN
    default_retryable = False

    def __init__(
        self,
        detail: str,
        *,
        code: str | None = None,
        user_message: str | None = None,
        retryable: bool | None = None,
        http_status: int | None = None,
    ) -> None:
        self.code = code or self.default_code
        self.detail = detail
        self.user_message = user_message or str(self.default_message)
        self.retryable = self.default_retryable if retryable is None else retryable
        self.http_status = http_status
        super().__init__(f"{self.code}: {detail}")


class BackendOffline(ServiceError):  # noqa: N818 - names of the contract
    """No connection: refused, DNS failure, network down, or the connection was dropped."""

    default_code = "OFFLINE"
    default_message = _OFFLINE
    default_retryable = True


class BackendTimeout(ServiceError):  # noqa: N818 - names of the contract
    """The backend accepted the connection but did not answer within the read timeout."""

    default_code = "TIMEOUT"
    default_message = _TIMEOUT
    default_retryable = True


class BackendServerError(ServiceError):
    """The backend answered 5xx (or 429) with no domain outcome."""

    default_code = "SERVER_ERROR"
    default_message = _SERVER
    default_retryable = True


class BadResponse(ServiceError):  # noqa: N818 - names of the contract
    """The backend answered something that is not the contract (bad JSON, missing fields)."""

    default_code = "BAD_RESPONSE"
    default_message = _BAD_RESPONSE


class AuthFailed(ServiceError):  # noqa: N818 - names of the contract
    """The backend refused this station (401/403) or its TLS certificate did not verify."""

    default_code = "AUTH_FAILED"
    default_message = _AUTH


class DomainError(ServiceError):
    """The backend refused the request for a business reason with a known error code."""

    default_code = "DOMAIN_ERROR"

    def __init__(self, code: str, detail: str, *, http_status: int | None = None) -> None:
        super().__init__(
            detail,
            code=code,
            user_message=message_for_code(code),
            retryable=code in _RETRYABLE_CODES,
            http_status=http_status,
        )


__all__ = [
    "AuthFailed",
    "BackendOffline",
    "BackendServerError",
    "BackendTimeout",
    "BadResponse",
    "DomainError",
    "ServiceError",
    "is_known_code",
    "message_for_code",
]
