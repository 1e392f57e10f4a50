"""HTTP client of the services backend: one ``requests.Session``, one typed error family.

Policy (why it is safe):

* **Timeouts** on every call: ``(connect_timeout, read_timeout)``.
* **TLS** verification always on; ``ca_bundle`` replaces the system store when given.
* **Retries** (``urllib3.Retry``, exponential backoff, ``Retry-After`` honoured and capped):

  - connection errors (refused, DNS, connect timeout) are retried for *every* call: the
    request never reached the backend, so repeating it cannot do anything twice;
  - a dropped connection and 429/503/504 answers are retried only for *repeatable* calls:
    GETs, the verify call (it changes nothing) and writes that carry an ``Idempotency-Key``
    (bookings, payments, cancels, moves, help requests; the backend answers a repeated key
    with the first result instead of acting again);
  - a read timeout is never retried: a slow backend is not helped by asking again and the
    citizen would wait several times the read timeout; the error goes to the screen, and
    writes are reconciled later through their idempotency key;
  - non-repeatable writes (heartbeats without a key) get connection-error retries only.

* Every failure becomes a :class:`~kiosk.services.errors.ServiceError` subclass; no
  ``requests`` or ``pydantic`` exception escapes.

Thread safety: one client (and its session) may be shared by worker threads. ``requests``
sessions are safe for concurrent requests in practice as long as nobody mutates the session
(headers, adapters, cookies) while requests run; this client sets everything up in
``__init__`` and never mutates it afterwards. The retry policy of a call is chosen through a
thread-local, so concurrent calls do not interfere.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import requests
import urllib3
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ReadTimeoutError
from urllib3.util.retry import Retry

from kiosk.services.errors import (
    AuthFailed,
    BackendOffline,
    BackendServerError,
    BackendTimeout,
    BadResponse,
    DomainError,
    ServiceError,
    is_known_code,
)
from kiosk.services.models import (
    API_PREFIX,
    IDEMPOTENCY_HEADER,
    KIOSK_ID_HEADER,
    Booking,
    BookingCreate,
    BookingList,
    BookingMove,
    Catalogue,
    ErrorBody,
    Health,
    HeartbeatAck,
    HeartbeatCreate,
    HelpRequest,
    HelpRequestCreate,
    Notice,
    NoticeVerify,
    Payment,
    PaymentCreate,
    PaymentList,
    Prescription,
    Receipt,
    Slot,
    SlotList,
)

log = logging.getLogger("kiosk.backend")
_ROME = ZoneInfo("Europe/Rome")

M = TypeVar("M", bound=BaseModel)

RETRY_STATUSES = frozenset({429, 503, 504})
MAX_RETRY_AFTER_S = 5.0
"""Longest ``Retry-After`` the client waits: a citizen is standing at the screen."""

_CF_RE = re.compile(
    r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]",
    re.IGNORECASE,
)


def new_idempotency_key() -> str:
    """A fresh random Idempotency-Key (write it to the journal *before* sending)."""
    return uuid.uuid4().hex


class _MaskCodiceFiscale(logging.Filter):
    """Mask codici fiscali in urllib3's debug lines (URLs carry them in query strings)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _CF_RE.sub(lambda m: m.group(0)[:6] + "*******" + m.group(0)[-3:], message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


_mask_filter = _MaskCodiceFiscale()
for _name in ("urllib3.connectionpool", "urllib3.util.retry"):
    _logger = logging.getLogger(_name)
    if _mask_filter not in _logger.filters:
        _logger.addFilter(_mask_filter)


class _KioskRetry(Retry):
    """``Retry`` that never repeats after a read timeout and caps ``Retry-After``."""

    def increment(  # type: ignore[override]
        self,
        method: str | None = None,
        url: str | None = None,
        response: Any = None,
        error: Exception | None = None,
        _pool: Any = None,
        _stacktrace: TracebackType | None = None,
    ) -> Retry:
        if isinstance(error, ReadTimeoutError):
            raise error  # requests maps it to ReadTimeout → BackendTimeout
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def get_retry_after(self, response: Any) -> float | None:
        value = super().get_retry_after(response)
        return None if value is None else min(value, MAX_RETRY_AFTER_S)


def _build(model: type[M], **fields: Any) -> M:
    """Build a request body; invalid caller input becomes a DomainError, not a pydantic one."""
    try:
        return model(**fields)
    except ValidationError as exc:
        raise DomainError("VALIDATION_ERROR", f"invalid {model.__name__}: {exc.errors()[:3]}"
                          ) from exc


class _SingleShotRetry(_KioskRetry):
    """Retry policy of non-repeatable calls: only errors before the request was sent."""

    def _is_method_retryable(self, method: str) -> bool:
        return False


class _PolicyAdapter(HTTPAdapter):
    """HTTPAdapter whose retry policy is picked per call through a thread-local.

    ``HTTPAdapter.send`` reads ``self.max_retries``; making it a property backed by a
    thread-local lets one shared adapter use a different policy in each thread at once.
    """

    def __init__(self, repeatable: Retry, single: Retry) -> None:
        self._local = threading.local()
        self._repeatable = repeatable
        self._single = single
        super().__init__(max_retries=single, pool_connections=4, pool_maxsize=8)

    @property
    def max_retries(self) -> Retry:
        return self._repeatable if getattr(self._local, "repeatable", False) else self._single

    @max_retries.setter
    def max_retries(self, value: Retry) -> None:
        # HTTPAdapter.__init__ assigns it; the two policies are fixed in our __init__.
        pass

    @contextmanager
    def policy(self, repeatable: bool) -> Iterator[None]:
        """Use the repeatable (or single-shot) retry policy for calls in this block."""
        previous = getattr(self._local, "repeatable", False)
        self._local.repeatable = repeatable
        try:
            yield
        finally:
            self._local.repeatable = previous


class ServicesClient:
    """Client of the services backend API (``/v1``).

    Args:
        base_url: Backend root, e.g. ``https://servizi.example.it`` or the sandbox URL.
        token: Bearer token of this station.
        kiosk_id: Station id, sent as ``X-Kiosk-Id`` and used by :meth:`heartbeat`.
        ca_bundle: PEM file of the CA(s) to trust instead of the system store.
        connect_timeout: Seconds to establish a connection.
        read_timeout: Seconds to wait for the answer.
        retries: Retries after the first attempt (see the module docstring for which).
        backoff: urllib3 backoff factor: the first retry is immediate, then
            ``backoff * 2**(n-1)`` seconds (0.6 s, 1.2 s with 0.3); a ``Retry-After`` header
            replaces it (capped at ``MAX_RETRY_AFTER_S``).
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        kiosk_id: str,
        ca_bundle: str | Path | None = None,
        connect_timeout: float = 3.05,
        read_timeout: float = 10.0,
        retries: int = 2,
        backoff: float = 0.3,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.kiosk_id = kiosk_id
        self.timeout = (connect_timeout, read_timeout)
        common: dict[str, Any] = {
            "total": retries,
            "connect": retries,
            "backoff_factor": backoff,
            "status_forcelist": RETRY_STATUSES,
            "respect_retry_after_header": True,
            "raise_on_status": False,
            "raise_on_redirect": False,
            "redirect": 0,
        }
        repeatable = _KioskRetry(
            read=retries, status=retries, other=retries,
            allowed_methods=frozenset({"GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE"}),
            **common,
        )
        # Single-shot calls: only connection errors (the request never left) are retried.
        single = _SingleShotRetry(read=0, status=0, other=0, **common)
        self._adapter = _PolicyAdapter(repeatable, single)
        self._session = requests.Session()
        self._session.mount("http://", self._adapter)
        self._session.mount("https://", self._adapter)
        self._session.verify = str(ca_bundle) if ca_bundle else True
        self._session.trust_env = False  # no proxy/netrc surprises on a locked-down station
        self._session.headers.update({
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            KIOSK_ID_HEADER: kiosk_id,
            "User-Agent": "smacy-kiosk",
        })

    # ------------------------------------------------------------------ plumbing

    def close(self) -> None:
        """Close the session's pooled connections."""
        self._session.close()

    def __enter__(self) -> ServicesClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _request(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        params: Mapping[str, Any] | None = None,
        body: BaseModel | None = None,
        idempotency_key: str | None = None,
        repeatable: bool | None = None,
    ) -> M:
        url = f"{self.base_url}{API_PREFIX}{path}"
        headers: dict[str, str] = {}
        if idempotency_key is not None:
            headers[IDEMPOTENCY_HEADER] = idempotency_key
        if repeatable is None:
            repeatable = method == "GET" or idempotency_key is not None
        clean_params = {k: v for k, v in (params or {}).items() if v is not None}
        try:
            with self._adapter.policy(repeatable):
                response = self._session.request(
                    method, url, params=clean_params or None,
                    json=body.model_dump(mode="json") if body is not None else None,
                    headers=headers, timeout=self.timeout, allow_redirects=False,
                )
        except requests.exceptions.SSLError as exc:
            raise AuthFailed(f"TLS verification failed for {self.base_url}: {exc}",
                             code="TLS_FAILED") from exc
        except requests.exceptions.ConnectTimeout as exc:
            raise BackendOffline(f"connect timeout to {self.base_url}: {exc}") from exc
        except requests.exceptions.ReadTimeout as exc:
            raise BackendTimeout(f"{method} {path}: no answer within "
                                 f"{self.timeout[1]} s") from exc
        except requests.exceptions.Timeout as exc:
            raise BackendTimeout(f"{method} {path}: {exc}") from exc
        except (requests.exceptions.ConnectionError,
                requests.exceptions.ChunkedEncodingError) as exc:
            raise BackendOffline(f"{method} {path}: {exc}") from exc
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as exc:
            raise BackendOffline(f"{method} {path}: {type(exc).__name__}: {exc}") from exc
        # Path only: query strings may carry a codice fiscale.
        log.debug("%s %s -> %d in %.0f ms", method, path, response.status_code,
                  response.elapsed.total_seconds() * 1000)
        return self._parse(method, path, response, model)

    def _parse(self, method: str, path: str, response: requests.Response, model: type[M]) -> M:
        status = response.status_code
        where = f"{method} {path} → {status}"
        if 200 <= status < 300:
            try:
                return model.model_validate_json(response.content)
            except ValidationError as exc:
                raise BadResponse(f"{where}: body does not match {model.__name__}: "
                                  f"{exc.error_count()} problem(s): {exc.errors()[:3]}",
                                  http_status=status) from exc
        error: ErrorBody | None
        try:
            error = ErrorBody.model_validate_json(response.content)
        except ValidationError:
            error = None
        if error is not None and is_known_code(error.error.code):
            raise DomainError(error.error.code, f"{where}: {error.error.message}",
                              http_status=status)
        detail = f"{where}: {error.error.code}: {error.error.message}" if error else \
            f"{where}: {response.text[:200]!r}"
        if status in (401, 403):
            raise AuthFailed(detail, http_status=status)
        if status >= 500 or status == 429:
            raise BackendServerError(detail, code=error.error.code if error else None,
                                     http_status=status)
        if error is not None and 400 <= status < 500:
            raise DomainError(error.error.code, detail, http_status=status)
        raise BadResponse(detail, http_status=status)

    # ------------------------------------------------------------------ API

    def health(self) -> Health:
        """``GET /v1/health``."""
        return self._request("GET", "/health", Health)

    def catalogue(self) -> Catalogue:
        """``GET /v1/catalogue``: sites, categories, offices, services."""
        return self._request("GET", "/catalogue", Catalogue)

    def slots(
        self,
        service_id: str,
        *,
        office_id: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int | None = None,
    ) -> list[Slot]:
        """``GET /v1/slots``: free slots of a service, soonest first."""
        params = {
            "service_id": service_id, "office_id": office_id,
            "date_from": date_from.isoformat() if date_from else None,
            "date_to": date_to.isoformat() if date_to else None, "limit": limit,
        }
        return self._request("GET", "/slots", SlotList, params=params).slots

    def create_booking(self, req: BookingCreate, idempotency_key: str) -> Booking:
        """``POST /v1/bookings``; repeating the same key and body returns the same booking."""
        return self._request("POST", "/bookings", Booking, body=req,
                             idempotency_key=idempotency_key)

    def find_bookings(self, codice_fiscale: str, code: str | None = None) -> list[Booking]:
        """``GET /v1/bookings``: by code + codice fiscale, or the future bookings of a cf."""
        params = {"codice_fiscale": codice_fiscale, "code": code}
        return self._request("GET", "/bookings", BookingList, params=params).bookings

    def cancel_booking(self, booking_id: str, idempotency_key: str | None = None) -> Booking:
        """``POST /v1/bookings/{id}/cancel`` (idempotent: cancelling twice is harmless)."""
        return self._request("POST", f"/bookings/{booking_id}/cancel", Booking,
                             idempotency_key=idempotency_key or new_idempotency_key())

    def move_booking(
        self, booking_id: str, slot_id: str, idempotency_key: str | None = None
    ) -> Booking:
        """``POST /v1/bookings/{id}/move``: take the new slot and release the old atomically."""
        return self._request("POST", f"/bookings/{booking_id}/move", Booking,
                             body=_build(BookingMove, slot_id=slot_id),
                             idempotency_key=idempotency_key or new_idempotency_key())

    def prescription(self, nre: str, codice_fiscale: str) -> Prescription:
        """``GET /v1/prescriptions/{nre}``: check an NRE for this patient."""
        return self._request("GET", f"/prescriptions/{nre}", Prescription,
                             params={"codice_fiscale": codice_fiscale})

    def verify_notice(self, notice_number: str, creditor_cf: str) -> Notice:
        """``POST /v1/notices/verify`` (changes nothing, so it is retried like a GET)."""
        return self._request("POST", "/notices/verify", Notice,
                             body=_build(NoticeVerify, notice_number=notice_number,
                                         creditor_cf=creditor_cf),
                             repeatable=True)

    def activate_payment(self, req: PaymentCreate, idempotency_key: str) -> Payment:
        """``POST /v1/payments``: activate the notice; the card terminal takes over."""
        return self._request("POST", "/payments", Payment, body=req,
                             idempotency_key=idempotency_key)

    def payment(self, payment_id: str) -> Payment:
        """``GET /v1/payments/{id}``: poll the outcome."""
        return self._request("GET", f"/payments/{payment_id}", Payment)

    def cancel_payment(self, payment_id: str, idempotency_key: str | None = None) -> Payment:
        """``POST /v1/payments/{id}/cancel`` (only while awaiting the card)."""
        return self._request("POST", f"/payments/{payment_id}/cancel", Payment,
                             idempotency_key=idempotency_key or new_idempotency_key())

    def find_payment(self, idempotency_key: str) -> Payment | None:
        """``GET /v1/payments?idempotency_key=``: the payment activated with this key, if any."""
        found = self._request("GET", "/payments", PaymentList,
                              params={"idempotency_key": idempotency_key}).payments
        return found[0] if found else None

    def receipt(self, code: str) -> Receipt:
        """``GET /v1/receipts/{code}``: the attestazione of an approved payment."""
        return self._request("GET", f"/receipts/{code}", Receipt)

    def help_request(
        self,
        station: str,
        screen: str,
        time: datetime | None = None,
        idempotency_key: str | None = None,
    ) -> HelpRequest:
        """``POST /v1/help-requests``: call a person to the station."""
        body = _build(HelpRequestCreate, station=station, screen=screen,
                      time=time or datetime.now(_ROME))
        return self._request("POST", "/help-requests", HelpRequest, body=body,
                             idempotency_key=idempotency_key or new_idempotency_key())

    def help_request_status(self, help_id: str) -> HelpRequest:
        """``GET /v1/help-requests/{id}``: open or acknowledged."""
        return self._request("GET", f"/help-requests/{help_id}", HelpRequest)

    def heartbeat(self, status: str, version: str, kiosk_id: str | None = None) -> HeartbeatAck:
        """``POST /v1/heartbeats`` (not repeated on failure: the next one will come)."""
        body = _build(HeartbeatCreate, kiosk_id=kiosk_id or self.kiosk_id, status=status,
                      version=version)
        return self._request("POST", "/heartbeats", HeartbeatAck, body=body)


__all__ = ["MAX_RETRY_AFTER_S", "ServiceError", "ServicesClient", "new_idempotency_key"]
