"""The typed error family and the import weight of the client (no HTTP needed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.services.errors import (
    AuthFailed,
    BackendOffline,
    BackendServerError,
    BackendTimeout,
    BadResponse,
    DomainError,
    ServiceError,
    is_known_code,
    message_for_code,
)
from kiosk.services.models import ErrorCode, Translated, mask_codice_fiscale

ROOT = Path(__file__).resolve().parents[2]
# Protocol-level codes: mapped to AuthFailed/BadResponse/BackendServerError or programming
# errors, not shown to a citizen with their own text.
PROTOCOL_CODES = {"UNAUTHORIZED", "NOT_FOUND", "VALIDATION_ERROR", "IDEMPOTENCY_KEY_REQUIRED",
                  "IDEMPOTENCY_KEY_REUSED", "INJECTED_FAULT", "INTERNAL_ERROR"}


def test_every_domain_code_has_its_own_message() -> None:
    for code in ErrorCode:
        if code.value not in PROTOCOL_CODES:
            assert is_known_code(code.value), code
            assert message_for_code(code.value) != message_for_code("NO_SUCH_CODE")


def test_messages_from_the_brief() -> None:
    assert message_for_code("UNKNOWN_NOTICE") == (
        "Non troviamo questo avviso. Controlli il numero e l'ente creditore.")
    assert message_for_code("SLOT_TAKEN") == (
        "Questo orario è appena stato preso. Ecco gli orari ancora liberi.")


@pytest.mark.parametrize(
    ("error", "code", "retryable"),
    [
        (BackendOffline("x"), "OFFLINE", True),
        (BackendTimeout("x"), "TIMEOUT", True),
        (BackendServerError("x"), "SERVER_ERROR", True),
        (BadResponse("x"), "BAD_RESPONSE", False),
        (AuthFailed("x"), "AUTH_FAILED", False),
        (DomainError("SLOT_TAKEN", "x"), "SLOT_TAKEN", False),
        (DomainError("NOTICE_GLITCH", "x"), "NOTICE_GLITCH", True),
        (DomainError("PAYMENT_ALREADY_IN_PROGRESS", "x"), "PAYMENT_ALREADY_IN_PROGRESS", True),
    ],
)
def test_error_family(error: ServiceError, code: str, retryable: bool) -> None:
    assert isinstance(error, ServiceError)
    assert error.code == code
    assert error.retryable is retryable
    assert error.user_message
    assert error.detail == "x"


def test_mask_codice_fiscale() -> None:
    assert mask_codice_fiscale("rssmra85t10g388i") == "RSSMRA*******88I"
    assert mask_codice_fiscale("00296180185") == "002961**185"


def test_translated_fallback() -> None:
    text = Translated(it="Ciao", en="Hello", fr="", de="Hallo", es="Hola", ro="Hello",
                      uk="Hello", ar="Hello", zh="Hello")
    assert text.get("de") == "Hallo"
    assert text.get("fr") == "Hello"
    assert text.get("xx") == "Hello"


def test_client_import_is_light() -> None:
    code = ("import sys, kiosk.services.client, kiosk.sandbox.embedded, "
            "kiosk.sandbox.control_client, kiosk.sandbox.server;"
            "heavy = [m for m in ('fastapi', 'uvicorn', 'starlette', 'PySide6.QtWidgets',"
            " 'PySide6.QtGui') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "code",
    [
        "import PySide6.QtCore\nimport kiosk.services.client",
        "import kiosk.services.errors\nimport kiosk.services.client",
        "import kiosk.services.client\nimport kiosk.sandbox.app",
        "import PySide6.QtCore\nimport kiosk.sandbox.control_client\nimport kiosk.sandbox.app",
    ],
)
def test_import_orders_with_qt_are_safe(code: str) -> None:
    # PySide6's import hook breaks a half-imported pydantic; kiosk.services loads pydantic
    # fully before it imports PySide6.QtCore (see kiosk/services/__init__.py).
    out = subprocess.run([sys.executable, "-c", code + "\nprint('ok')"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.stdout.strip() == "ok", out.stderr[-2000:]
