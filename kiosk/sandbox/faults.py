"""Fault injection for the sandbox: latency, error statuses, dropped connections, garbage.

The faults live in memory (they are a test/classroom tool) and apply only to the API under
``/v1``; ``/openapi.json`` and the control API are never disturbed. The middleware is a plain
ASGI wrapper placed outside FastAPI so it can act before any routing.
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import asdict, dataclass
from typing import Any, Literal

from starlette.types import ASGIApp, Receive, Scope, Send

GarbageKind = Literal["invalid_json", "missing_fields"]


@dataclass
class FaultPlan:
    """Faults to inject; counters go down by one per affected call."""

    latency_ms: int = 0
    latency_path_prefix: str = "/v1"
    error_status: int = 503
    error_count: int = 0
    error_path_prefix: str = "/v1"
    retry_after_s: int | None = None
    drop_count: int = 0
    drop_path_prefix: str = "/v1"
    drop_after_processing: bool = False
    garbage_count: int = 0
    garbage_kind: GarbageKind = "invalid_json"
    garbage_path_prefix: str = "/v1"


class Faults:
    """Thread-safe holder of the current :class:`FaultPlan`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._plan = FaultPlan()

    def set(self, plan: FaultPlan) -> None:
        """Replace the whole plan."""
        with self._lock:
            self._plan = plan

    def snapshot(self) -> dict[str, Any]:
        """The current plan as a dict."""
        with self._lock:
            return asdict(self._plan)

    def take(self, path: str) -> tuple[str | None, int]:
        """Decide the fault for one call on ``path``: (kind or None, latency ms)."""
        with self._lock:
            p = self._plan
            latency = p.latency_ms if path.startswith(p.latency_path_prefix) else 0
            if p.drop_count > 0 and path.startswith(p.drop_path_prefix):
                p.drop_count -= 1
                return "drop", latency
            if p.error_count > 0 and path.startswith(p.error_path_prefix):
                p.error_count -= 1
                return "error", latency
            if p.garbage_count > 0 and path.startswith(p.garbage_path_prefix):
                p.garbage_count -= 1
                return "garbage", latency
            return None, latency

    @property
    def plan(self) -> FaultPlan:
        """A copy of the current plan."""
        with self._lock:
            return FaultPlan(**asdict(self._plan))


class FaultMiddleware:
    """ASGI middleware applying :class:`Faults` to ``/v1`` calls.

    A *drop* closes the socket without sending a byte: uvicorn closes the transport when the
    application returns a non-None value before starting a response (see uvicorn's
    ``run_asgi``), which is exactly "the server vanished mid-request" for the client. With
    ``drop_after_processing`` the request is handled first and only the answer is lost.
    """

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> Any:
        if scope["type"] != "http" or not str(scope["path"]).startswith("/v1"):
            await self.app(scope, receive, send)
            return None
        kind, latency_ms = self.faults.take(str(scope["path"]))
        if latency_ms:
            await asyncio.sleep(latency_ms / 1000)
        if kind == "drop":
            if self.faults.plan.drop_after_processing:
                # The backend does the work, then the answer is lost on the way back: the case
                # idempotency keys exist for.
                async def swallow(message: Any) -> None:
                    return None

                await self.app(scope, receive, swallow)
            return "drop-connection"  # non-None: uvicorn aborts the transport, no response
        if kind == "error":
            plan = self.faults.plan
            headers = [(b"content-type", b"application/json")]
            if plan.retry_after_s is not None:
                headers.append((b"retry-after", str(plan.retry_after_s).encode()))
            body = json.dumps({"error": {"code": "INJECTED_FAULT",
                                         "message": "fault injected by the sandbox"}}).encode()
            await _respond(send, plan.error_status, headers, body)
            return None
        if kind == "garbage":
            if self.faults.plan.garbage_kind == "invalid_json":
                body = b'{"this is": not json'
            else:
                body = b'{"unexpected": true}'
            await _respond(send, 200, [(b"content-type", b"application/json")], body)
            return None
        await self.app(scope, receive, send)
        return None


async def _respond(
    send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
