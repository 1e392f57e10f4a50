"""FastAPI application factory of the sandbox services backend.

The API lives under ``/v1`` behind a bearer token; the contract (``kiosk.services.models``) is
published at ``/openapi.json``. The control API (``/sandbox/...``) is mounted only when asked
for; without it those paths answer 404 like any unknown path.
"""


import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp

from kiosk import __version__
from kiosk.sandbox.control import build_control_router
from kiosk.sandbox.faults import FaultMiddleware, Faults
from kiosk.sandbox.seed import CATALOGUE
from kiosk.sandbox.store import ApiError, Store
from kiosk.services.models import (
    API_PREFIX,
    Booking,
    BookingCreate,
    BookingList,
    BookingMove,
    Catalogue,
    ErrorBody,
    ErrorCode,
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
    SlotList,
)

log = logging.getLogger("kiosk.sandbox")

_ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorBody} for code in (400, 401, 404, 409, 422, 500, 502, 503)
}

IdempotencyKey = Annotated[
    str | None, Header(alias="Idempotency-Key", max_length=200,
                       description="Makes the write safe to repeat")
]
RequiredIdempotencyKey = Annotated[
    str, Header(alias="Idempotency-Key", min_length=1, max_length=200,
                description="Required: repeating the key with the same body returns the "
                "first result instead of acting again")
]
KioskId = Annotated[str | None, Header(alias="X-Kiosk-Id", max_length=64)]


def _error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = ErrorBody.model_validate({"error": {"code": code, "message": message}})
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _v1_router(store: Store, token: str) -> APIRouter:
    bearer = HTTPBearer(auto_error=False)

    def require_token(
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> None:
        if creds is None:
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "missing bearer token",
                           {"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(creds.credentials.encode(), token.encode()):
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "wrong bearer token",
                           {"WWW-Authenticate": "Bearer"})

    r = APIRouter(prefix=API_PREFIX, dependencies=[Depends(require_token)], responses=_ERRORS)

    @r.get("/health", response_model=Health, tags=["health"])
    def health() -> Health:
        return Health(status="ok", version=__version__, server_time=store.now())

    @r.get("/catalogue", response_model=Catalogue, tags=["catalogue"])
    def catalogue() -> Catalogue:
        return CATALOGUE

    @r.get("/slots", response_model=SlotList, tags=["bookings"])
    def slots(
        service_id: str,
        office_id: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: Annotated[int, Query(ge=1, le=2000)] = 200,
    ) -> SlotList:
        return SlotList(slots=store.slots(service_id, office_id, date_from, date_to, limit))

    @r.post("/bookings", response_model=Booking, status_code=201, tags=["bookings"])
    def create_booking(
        body: BookingCreate, response: Response, idempotency_key: RequiredIdempotencyKey,
        kiosk_id: KioskId = None,
    ) -> Booking:
        booking, created = store.create_booking(body, idempotency_key, kiosk_id)
        response.status_code = 201 if created else 200
        return booking

    @r.get("/bookings", response_model=BookingList, tags=["bookings"])
    def find_bookings(codice_fiscale: str, code: str | None = None) -> BookingList:
        return BookingList(bookings=store.find_bookings(codice_fiscale, code))

    @r.post("/bookings/{booking_id}/cancel", response_model=Booking, tags=["bookings"])
    def cancel_booking(booking_id: str, idempotency_key: IdempotencyKey = None) -> Booking:
        # Cancelling is idempotent by nature (cancelling twice returns the cancelled booking).
        return store.cancel_booking(booking_id)

    @r.post("/bookings/{booking_id}/move", response_model=Booking, tags=["bookings"])
    def move_booking(
        booking_id: str, body: BookingMove, idempotency_key: IdempotencyKey = None
    ) -> Booking:
        # Idempotent by nature: moving to the slot it already has returns it unchanged.
        return store.move_booking(booking_id, body.slot_id)

    @r.get("/prescriptions/{nre}", response_model=Prescription, tags=["bookings"])
    def prescription(nre: str, codice_fiscale: str) -> Prescription:
        return store.prescription(nre, codice_fiscale)

    @r.post("/notices/verify", response_model=Notice, tags=["payments"])
    def verify_notice(body: NoticeVerify) -> Notice:
        return store.verify_notice(body.notice_number, body.creditor_cf)

    @r.post("/payments", response_model=Payment, status_code=201, tags=["payments"])
    def activate_payment(
        body: PaymentCreate, response: Response, idempotency_key: RequiredIdempotencyKey,
        kiosk_id: KioskId = None,
    ) -> Payment:
        payment, created = store.activate_payment(body, idempotency_key, kiosk_id)
        response.status_code = 201 if created else 200
        return payment

    @r.get("/payments", response_model=PaymentList, tags=["payments"])
    def find_payments(idempotency_key: Annotated[str, Query(max_length=200)]) -> PaymentList:
        return PaymentList(payments=store.find_payments(idempotency_key))

    @r.get("/payments/{payment_id}", response_model=Payment, tags=["payments"])
    def payment(payment_id: str) -> Payment:
        return store.payment(payment_id)

    @r.post("/payments/{payment_id}/cancel", response_model=Payment, tags=["payments"])
    def cancel_payment(payment_id: str, idempotency_key: IdempotencyKey = None) -> Payment:
        return store.cancel_payment(payment_id)

    @r.get("/receipts/{code}", response_model=Receipt, tags=["payments"])
    def receipt(code: str) -> Receipt:
        return store.receipt(code)

    @r.post("/help-requests", response_model=HelpRequest, status_code=201, tags=["help"])
    def create_help(body: HelpRequestCreate, idempotency_key: IdempotencyKey = None) -> HelpRequest:
        return store.create_help(body, idempotency_key)

    @r.get("/help-requests/{help_id}", response_model=HelpRequest, tags=["help"])
    def help_request(help_id: str) -> HelpRequest:
        return store.help_request(help_id)

    @r.post("/heartbeats", response_model=HeartbeatAck, tags=["health"])
    def heartbeat(body: HeartbeatCreate) -> HeartbeatAck:
        return store.heartbeat(body)

    return r


def create_fastapi(
    db_path: Path, token: str, *, control: bool = False
) -> tuple[FastAPI, Store, Faults]:
    """Build the FastAPI app without the fault middleware (see :func:`create_app`)."""
    store = Store(db_path)
    faults = Faults()
    app = FastAPI(
        title="SMACY services (sandbox)",
        version=__version__,
        description="Services backend of the SMACY kiosk: catalogue, slots, bookings, "
        "prescriptions, pagoPA notices and payments, receipts, help requests, heartbeats.",
    )

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        if any(tuple(e.get("loc", ())) == ("header", "Idempotency-Key")
               and e.get("type") == "missing" for e in exc.errors()):
            return _error(400, ErrorCode.IDEMPOTENCY_KEY_REQUIRED,
                          "Idempotency-Key header required")
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in exc.errors()
        )
        return _error(422, ErrorCode.VALIDATION_ERROR, problems[:1000])

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = ErrorCode.NOT_FOUND if exc.status_code == 404 else f"HTTP_{exc.status_code}"
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(500, ErrorCode.INTERNAL_ERROR, type(exc).__name__)

    @app.middleware("http")
    async def _access_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        # Our own access log: path only, never the query string (it may hold a codice fiscale).
        started = time.perf_counter()
        response = await call_next(request)
        log.debug("%s %s %d %.0fms", request.method, request.url.path, response.status_code,
                 (time.perf_counter() - started) * 1000)
        return response

    app.include_router(_v1_router(store, token))
    if control:
        app.include_router(build_control_router(store, faults))
    app.state.store = store
    app.state.faults = faults
    return app, store, faults


def create_app(db_path: Path, token: str, *, control: bool = False) -> ASGIApp:
    """Build the sandbox ASGI application.

    Args:
        db_path: SQLite file (created and seeded if new).
        token: Bearer token every ``/v1`` call must carry.
        control: Mount the control API under ``/sandbox``.

    Returns:
        The FastAPI app wrapped in the fault-injection middleware.
    """
    app, _store, faults = create_fastapi(db_path, token, control=control)
    return FaultMiddleware(app, faults)
