"""Helper for tests and classroom tools: drive the sandbox's control API (``/sandbox/...``).

Uses plain ``requests`` with short timeouts; failures raise ``requests.HTTPError`` (this is a
test tool, not kiosk code, so it does not go through the ServiceError family).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

import requests


class SandboxControl:
    """Control API client.

    Args:
        base_url: Root URL of a sandbox started with ``--control``.
        timeout: Seconds for connect and read.
    """

    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.trust_env = False

    def close(self) -> None:
        """Close the session."""
        self._session.close()

    def __enter__(self) -> SandboxControl:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, json: Any = None,
              params: dict[str, str] | None = None) -> Any:
        response = self._session.request(method, f"{self.base_url}/sandbox{path}", json=json,
                                         params=params, timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    def reset(self, anchor: date | None = None, seed: int | None = None) -> None:
        """Wipe all data, reload the samples, clear faults and the clock offset."""
        self._call("POST", "/reset", {"anchor": anchor.isoformat() if anchor else None,
                                      "seed": seed})

    def seed_notice(
        self,
        notice_number: str,
        creditor_cf: str,
        amount_cents: int,
        description: str = "Avviso di prova",
        state: str = "payable",
        due_date: date | None = None,
    ) -> None:
        """Create (or replace) one notice in the given state."""
        self._call("POST", "/notices", [{
            "notice_number": notice_number, "creditor_cf": creditor_cf,
            "amount_cents": amount_cents, "description": description, "state": state,
            "due_date": due_date.isoformat() if due_date else None,
        }])

    def seed_slots(
        self, anchor: date | None = None, seed: int = 2026, days: int = 60,
        taken_percent: int = 35,
    ) -> None:
        """Set the deterministic slot grid (anchor None = today, rolling)."""
        self._call("POST", "/slots", {"anchor": anchor.isoformat() if anchor else None,
                                      "seed": seed, "days": days,
                                      "taken_percent": taken_percent})

    def block_slot(self, slot_id: str) -> None:
        """Mark one slot as taken."""
        self._call("POST", "/slots/block", {"slot_id": slot_id})

    def card_terminal(
        self,
        mode: Literal["approve", "decline", "never", "delay"],
        delay_s: float = 0.0,
        token_ttl_s: int = 1800,
    ) -> None:
        """Set how the card terminal answers the next activations."""
        self._call("PUT", "/card-terminal", {"mode": mode, "delay_s": delay_s,
                                             "token_ttl_s": token_ttl_s})

    def faults(self, **plan: Any) -> dict[str, Any]:
        """Replace the fault plan (see ``kiosk.sandbox.control.FaultRequest`` for fields).

        Example: ``faults(error_status=503, error_count=2, retry_after_s=1)``,
        ``faults(drop_count=1)``, ``faults(latency_ms=2000)``,
        ``faults(garbage_count=1, garbage_kind="missing_fields")``.
        """
        result: dict[str, Any] = self._call("PUT", "/faults", plan)
        return result

    def fault_state(self) -> dict[str, Any]:
        """The current fault plan with its remaining counters."""
        result: dict[str, Any] = self._call("GET", "/faults")
        return result

    def clear_faults(self) -> None:
        """Remove every fault."""
        self._call("DELETE", "/faults")

    def acknowledge_help(self, help_id: str) -> dict[str, Any]:
        """Staff acknowledges a help request."""
        result: dict[str, Any] = self._call("POST", f"/help-requests/{help_id}/acknowledge")
        return result

    def charges(self, notice_number: str) -> int:
        """How many approved charges the notice has (must never exceed 1)."""
        result: dict[str, int] = self._call("GET", "/charges",
                                            params={"notice_number": notice_number})
        return result.get(notice_number, 0)

    def all_charges(self) -> dict[str, int]:
        """Approved charges per notice number."""
        result: dict[str, int] = self._call("GET", "/charges")
        return result

    def heartbeats(self) -> list[dict[str, Any]]:
        """Every heartbeat received."""
        result: list[dict[str, Any]] = self._call("GET", "/heartbeats")
        return result

    def set_clock_offset(self, seconds: float) -> None:
        """Shift the sandbox clock by ``seconds`` (0 = real time)."""
        self._call("PUT", "/clock", {"offset_s": seconds})
