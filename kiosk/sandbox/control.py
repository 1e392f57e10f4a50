"""Control API of the sandbox (``/sandbox/...``): only mounted when the server is started with
``--control``. Unauthenticated by design (tests and classrooms on loopback): never enable it on
a server reachable from a network.
"""


from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from kiosk.sandbox.faults import FaultPlan, Faults
from kiosk.sandbox.seed import NOTICE_STATES
from kiosk.sandbox.slots import DEFAULT_SEED, HORIZON_DAYS
from kiosk.sandbox.store import Store, TerminalMode
from kiosk.services.models import CREDITOR_CF_PATTERN, NOTICE_PATTERN, HelpRequest


class ResetRequest(BaseModel):
    """Body of ``POST /sandbox/reset`` (all optional)."""

    anchor: date | None = None
    seed: int | None = None


class NoticeSeed(BaseModel):
    """One notice to create with ``POST /sandbox/notices``."""

    notice_number: str = Field(pattern=NOTICE_PATTERN)
    creditor_cf: str = Field(pattern=CREDITOR_CF_PATTERN)
    amount_cents: int = Field(gt=0)
    description: str = "Avviso di prova"
    due_date: date | None = None
    state: str = Field(default="payable", description=f"one of {', '.join(NOTICE_STATES)}")


class SlotPlanRequest(BaseModel):
    """Body of ``POST /sandbox/slots``: the deterministic slot grid."""

    anchor: date | None = Field(default=None, description="first day; null = today (rolling)")
    seed: int = DEFAULT_SEED
    days: int = Field(default=HORIZON_DAYS, ge=1, le=366)
    taken_percent: int = Field(default=35, ge=0, le=100)


class BlockSlotRequest(BaseModel):
    """Body of ``POST /sandbox/slots/block``."""

    slot_id: str


class TerminalRequest(BaseModel):
    """Card terminal behaviour for the next activations."""

    mode: TerminalMode = "approve"
    delay_s: float = Field(default=0.0, ge=0, le=3600)
    token_ttl_s: int = Field(default=1800, ge=1, le=86400)


class FaultRequest(BaseModel):
    """Faults to inject in the ``/v1`` API (replaces the current plan)."""

    latency_ms: int = Field(default=0, ge=0, le=120_000)
    latency_path_prefix: str = "/v1"
    error_status: int = Field(default=503, ge=400, le=599)
    error_count: int = Field(default=0, ge=0)
    error_path_prefix: str = "/v1"
    retry_after_s: int | None = Field(default=None, ge=0)
    drop_count: int = Field(default=0, ge=0)
    drop_path_prefix: str = "/v1"
    drop_after_processing: bool = False
    garbage_count: int = Field(default=0, ge=0)
    garbage_kind: Literal["invalid_json", "missing_fields"] = "invalid_json"
    garbage_path_prefix: str = "/v1"


class ClockRequest(BaseModel):
    """Shift the sandbox clock (seconds, may be negative)."""

    offset_s: float


def build_control_router(store: Store, faults: Faults) -> APIRouter:
    """Routes of the control API for one store and fault holder."""
    r = APIRouter(prefix="/sandbox", tags=["sandbox control"])

    @r.post("/reset")
    def reset(body: ResetRequest | None = None) -> dict[str, str]:
        body = body or ResetRequest()
        store.reset(body.anchor, body.seed)
        faults.set(FaultPlan())
        return {"status": "reset"}

    @r.post("/notices")
    def seed_notices(body: list[NoticeSeed]) -> dict[str, int]:
        today = store.now().date()
        for n in body:
            store.seed_notice(n.notice_number, n.creditor_cf, n.amount_cents, n.description,
                              n.due_date or today + timedelta(days=30), n.state)
        return {"created": len(body)}

    @r.post("/slots")
    def seed_slots(body: SlotPlanRequest) -> SlotPlanRequest:
        store.set_slot_plan(body.anchor, body.seed, body.days, body.taken_percent)
        return body

    @r.post("/slots/block")
    def block_slot(body: BlockSlotRequest) -> dict[str, str]:
        store.block_slot(body.slot_id)
        return {"blocked": body.slot_id}

    @r.get("/card-terminal")
    def get_terminal() -> dict[str, Any]:
        return store.terminal()

    @r.put("/card-terminal")
    def set_terminal(body: TerminalRequest) -> TerminalRequest:
        store.set_terminal(body.mode, body.delay_s, body.token_ttl_s)
        return body

    @r.get("/faults")
    def get_faults() -> dict[str, Any]:
        return faults.snapshot()

    @r.put("/faults")
    def set_faults(body: FaultRequest) -> dict[str, Any]:
        faults.set(FaultPlan(**body.model_dump()))
        return faults.snapshot()

    @r.delete("/faults")
    def clear_faults() -> dict[str, Any]:
        faults.set(FaultPlan())
        return faults.snapshot()

    @r.post("/help-requests/{help_id}/acknowledge")
    def acknowledge(help_id: str) -> HelpRequest:
        return store.acknowledge_help(help_id)

    @r.get("/charges")
    def charges(
        notice_number: Annotated[str | None, Query(pattern=NOTICE_PATTERN)] = None,
    ) -> dict[str, int]:
        return store.charges(notice_number)

    @r.get("/heartbeats")
    def heartbeats() -> list[dict[str, Any]]:
        return store.heartbeats()

    @r.put("/clock")
    def set_clock(body: ClockRequest) -> dict[str, str]:
        store.clock_offset = timedelta(seconds=body.offset_s)
        return {"now": store.now().isoformat()}

    return r
