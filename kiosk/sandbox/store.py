"""Business rules of the sandbox backend on top of the SQLite file.

Each public method is one API operation and runs in one transaction. Failures are raised as
:class:`ApiError` with the contract's error code; the FastAPI layer turns them into JSON.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from stdnum.it import codicefiscale, iva

from kiosk.sandbox import seed
from kiosk.sandbox.db import Database, get_setting, set_setting
from kiosk.sandbox.slots import DEFAULT_SEED, SlotPlan, find_slot, iter_slots
from kiosk.sandbox.workdays import ROME, asst_cancel_until
from kiosk.services.models import (
    Booking,
    BookingCreate,
    ErrorCode,
    HeartbeatAck,
    HeartbeatCreate,
    HelpRequest,
    HelpRequestCreate,
    Notice,
    Payment,
    PaymentCreate,
    Prescription,
    Receipt,
    Slot,
    mask_codice_fiscale,
)

TerminalMode = Literal["approve", "decline", "never", "delay"]
DEFAULT_TOKEN_TTL_S = 30 * 60
_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and typed

# Maximum wait from the prescription per priority class (DOMAIN.md); D depends on the kind.
_MAX_WAIT = {"U": timedelta(hours=72), "B": timedelta(days=10), "P": timedelta(days=120)}

# Static notice states and the outcome they produce (HTTP status, code).
_STATE_OUTCOMES: dict[str, tuple[int, ErrorCode]] = {
    "expired": (422, ErrorCode.EXPIRED_NOTICE),
    "revoked": (422, ErrorCode.REVOKED_NOTICE),
    "paid": (409, ErrorCode.NOTICE_ALREADY_PAID),
    "in_progress": (409, ErrorCode.PAYMENT_ALREADY_IN_PROGRESS),
    "wrong_data": (422, ErrorCode.WRONG_NOTICE_DATA),
    "creditor_problems": (502, ErrorCode.CREDITOR_PROBLEMS),
    "glitch": (502, ErrorCode.NOTICE_GLITCH),
    "unexpected": (500, ErrorCode.UNEXPECTED_ERROR),
}


class ApiError(Exception):
    """A failed operation: HTTP status, contract error code, technician message."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def _iso(value: datetime) -> str:
    return value.isoformat()


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _body_hash(model: BaseModel) -> str:
    return hashlib.sha256(
        json.dumps(model.model_dump(mode="json"), sort_keys=True).encode()
    ).hexdigest()


def _add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def normalise_cf(value: str) -> str:
    """Upper-case and strip a codice fiscale; raise INVALID_CODICE_FISCALE if not valid."""
    cf = value.replace(" ", "").strip().upper()
    if not (codicefiscale.is_valid(cf) or (len(cf) == 11 and iva.is_valid(cf))):
        raise ApiError(422, ErrorCode.INVALID_CODICE_FISCALE, "codice fiscale is not valid")
    return cf


class Store:
    """All sandbox operations over one SQLite file.

    Args:
        path: SQLite file (created and seeded with sample data if new).
    """

    def __init__(self, path: Path) -> None:
        self.db = Database(path)
        self.clock_offset = timedelta(0)
        with self.db.transaction() as conn:
            seeded = get_setting(conn, "seeded")
        if seeded is None:
            self.reset()

    # ------------------------------------------------------------------ clock, settings

    def now(self) -> datetime:
        """Current sandbox time in Europe/Rome (real time plus the control API's offset)."""
        return datetime.now(ROME) + self.clock_offset

    def _plan(self, conn: sqlite3.Connection) -> SlotPlan:
        raw = get_setting(conn, "slot_plan")
        data: dict[str, Any] = json.loads(raw) if raw else {}
        anchor = date.fromisoformat(data["anchor"]) if data.get("anchor") else self.now().date()
        return SlotPlan(
            anchor=anchor,
            seed=int(data.get("seed", DEFAULT_SEED)),
            days=int(data.get("days", 60)),
            taken_percent=int(data.get("taken_percent", 35)),
        )

    def _terminal(self, conn: sqlite3.Connection) -> dict[str, Any]:
        raw = get_setting(conn, "terminal")
        default = {"mode": "approve", "delay_s": 0.0, "token_ttl_s": DEFAULT_TOKEN_TTL_S}
        return {**default, **(json.loads(raw) if raw else {})}

    # ------------------------------------------------------------------ control

    def reset(self, anchor: date | None = None, slot_seed: int | None = None) -> None:
        """Wipe everything and load the sample notices, prescriptions and slot plan."""
        self.db.wipe()
        self.clock_offset = timedelta(0)
        today = self.now().date()
        with self.db.transaction() as conn:
            for n in seed.SAMPLE_NOTICES:
                self._insert_notice(conn, n.notice_number, n.creditor_cf, n.amount_cents,
                                    n.description, today + timedelta(days=n.due_in_days),
                                    n.state)
            for p in seed.SAMPLE_PRESCRIPTIONS:
                conn.execute(
                    "INSERT INTO prescriptions (nre, service_id, priority, codice_fiscale,"
                    " age_hours, booked) VALUES (?, ?, ?, ?, ?, ?)",
                    (p.nre, p.service_id, p.priority, p.codice_fiscale, p.age_hours,
                     int(p.booked)),
                )
            plan: dict[str, Any] = {"seed": DEFAULT_SEED if slot_seed is None else slot_seed}
            if anchor is not None:
                plan["anchor"] = anchor.isoformat()
            set_setting(conn, "slot_plan", json.dumps(plan))
            set_setting(conn, "notice_seq", "1000")
            set_setting(conn, "seeded", _iso(self.now()))

    def set_slot_plan(
        self, anchor: date | None, slot_seed: int, days: int, taken_percent: int
    ) -> None:
        """Change the slot grid (anchor None = today, rolling)."""
        plan: dict[str, Any] = {"seed": slot_seed, "days": days, "taken_percent": taken_percent}
        if anchor is not None:
            plan["anchor"] = anchor.isoformat()
        with self.db.transaction() as conn:
            set_setting(conn, "slot_plan", json.dumps(plan))

    def block_slot(self, slot_id: str) -> None:
        """Mark a slot as taken by someone outside the kiosks."""
        with self.db.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO blocked_slots (slot_id) VALUES (?)", (slot_id,))

    def seed_notice(
        self,
        notice_number: str,
        creditor_cf: str,
        amount_cents: int,
        description: str,
        due_date: date,
        state: str,
    ) -> None:
        """Insert or replace one notice in a given state."""
        if state not in seed.NOTICE_STATES:
            raise ApiError(422, ErrorCode.VALIDATION_ERROR, f"unknown state {state!r}")
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM notices WHERE creditor_cf = ? AND notice_number = ?",
                (creditor_cf, notice_number),
            )
            self._insert_notice(conn, notice_number, creditor_cf, amount_cents, description,
                                due_date, state)

    def set_terminal(self, mode: TerminalMode, delay_s: float, token_ttl_s: int) -> None:
        """Set how the simulated card terminal answers the next activations."""
        with self.db.transaction() as conn:
            set_setting(conn, "terminal", json.dumps(
                {"mode": mode, "delay_s": delay_s, "token_ttl_s": token_ttl_s}))

    def terminal(self) -> dict[str, Any]:
        """Current card terminal settings."""
        with self.db.transaction() as conn:
            return self._terminal(conn)

    def charges(self, notice_number: str | None = None) -> dict[str, int]:
        """Approved payments per notice number (settling due decisions first)."""
        with self.db.transaction() as conn:
            for row in conn.execute(
                "SELECT * FROM payments WHERE status = 'awaiting_card'"
            ).fetchall():
                self._settle(conn, row)
            sql = "SELECT notice_number, COUNT(*) AS n FROM payments WHERE status = 'approved'"
            args: tuple[str, ...] = ()
            if notice_number is not None:
                sql += " AND notice_number = ?"
                args = (notice_number,)
            rows = conn.execute(sql + " GROUP BY notice_number", args).fetchall()
        result = {str(r["notice_number"]): int(r["n"]) for r in rows}
        if notice_number is not None:
            result.setdefault(notice_number, 0)
        return result

    def acknowledge_help(self, help_id: str) -> HelpRequest:
        """Staff acknowledged a help request."""
        with self.db.transaction() as conn:
            row = self._help_row(conn, help_id)
            if row["status"] == "open":
                conn.execute(
                    "UPDATE help_requests SET status = 'acknowledged', acknowledged_at = ?"
                    " WHERE id = ?", (_iso(self.now()), help_id))
                row = self._help_row(conn, help_id)
            return self._help(row)

    def heartbeats(self) -> list[dict[str, Any]]:
        """Every heartbeat received, oldest first."""
        with self.db.transaction() as conn:
            rows = conn.execute("SELECT * FROM heartbeats ORDER BY id").fetchall()
        return [dict(r) for r in rows]

    # ------------------------------------------------------------------ helpers

    def _insert_notice(
        self,
        conn: sqlite3.Connection,
        number: str,
        creditor_cf: str,
        amount_cents: int,
        description: str,
        due: date,
        state: str,
    ) -> None:
        iuv = number[3:] if number[0] == "0" else number[1:]
        conn.execute(
            "INSERT INTO notices (creditor_cf, notice_number, iuv, amount_cents, description,"
            " due_date, state) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (creditor_cf, number, iuv, amount_cents, description, due.isoformat(), state),
        )

    def _replay(
        self, conn: sqlite3.Connection, key: str | None, scope: str, body_hash: str
    ) -> str | None:
        if key is None:
            return None
        row = conn.execute("SELECT * FROM idempotency WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        if row["scope"] != scope or row["body_hash"] != body_hash:
            raise ApiError(422, ErrorCode.IDEMPOTENCY_KEY_REUSED,
                           "this Idempotency-Key was used for a different request")
        return str(row["resource_id"])

    def _remember(
        self, conn: sqlite3.Connection, key: str | None, scope: str, body_hash: str,
        resource_id: str,
    ) -> None:
        if key is not None:
            conn.execute(
                "INSERT INTO idempotency (key, scope, body_hash, resource_id, created_at)"
                " VALUES (?, ?, ?, ?, ?)", (key, scope, body_hash, resource_id, _iso(self.now())))

    def _slot_is_booked(self, conn: sqlite3.Connection, slot_id: str) -> bool:
        return conn.execute(
            "SELECT 1 FROM bookings WHERE slot_id = ? AND status = 'confirmed' UNION ALL "
            "SELECT 1 FROM blocked_slots WHERE slot_id = ?", (slot_id, slot_id)
        ).fetchone() is not None

    def _free_slot(self, conn: sqlite3.Connection, service_id: str, slot_id: str) -> Slot:
        found = find_slot(self._plan(conn), slot_id)
        if found is None or found[0].service_id != service_id or found[0].start <= self.now():
            raise ApiError(404, ErrorCode.SLOT_NOT_FOUND, f"no slot {slot_id!r} for this service")
        slot, pre_taken = found
        if pre_taken or self._slot_is_booked(conn, slot_id):
            raise ApiError(409, ErrorCode.SLOT_TAKEN, "the slot has just been taken")
        return slot

    # ------------------------------------------------------------------ slots

    def slots(
        self,
        service_id: str,
        office_id: str | None,
        date_from: date | None,
        date_to: date | None,
        limit: int,
    ) -> list[Slot]:
        """Free slots of a service, soonest first."""
        service = seed.SERVICES_BY_ID.get(service_id)
        if service is None:
            raise ApiError(404, ErrorCode.SERVICE_NOT_FOUND, f"no service {service_id!r}")
        offices = service.office_ids
        if office_id is not None:
            if office_id not in offices:
                raise ApiError(404, ErrorCode.NOT_FOUND, f"{office_id!r} does not offer it")
            offices = [office_id]
        now = self.now()
        with self.db.transaction() as conn:
            plan = self._plan(conn)
            first = date_from or now.date()
            last = date_to or plan.last_day
            taken = {
                str(r["slot_id"]) for r in conn.execute(
                    "SELECT slot_id FROM bookings WHERE service_id = ? AND status = 'confirmed'"
                    " UNION SELECT slot_id FROM blocked_slots", (service_id,))
            }
        result: list[Slot] = []
        for slot in iter_slots(plan, service_id, offices, first, last):
            if slot.start > now and slot.id not in taken:
                result.append(slot)
                if len(result) >= limit:
                    break
        return result

    # ------------------------------------------------------------------ bookings

    def _booking(self, row: sqlite3.Row) -> Booking:
        start = _dt(row["slot_start"])
        cancel_until = asst_cancel_until(start) if row["site_id"] == "asst-pavia" else start
        return Booking(
            id=row["id"], code=row["code"], service_id=row["service_id"],
            site_id=row["site_id"], office_id=row["office_id"],
            slot=Slot(id=row["slot_id"], service_id=row["service_id"],
                      office_id=row["office_id"], start=start, end=_dt(row["slot_end"])),
            status=row["status"],
            codice_fiscale_masked=mask_codice_fiscale(row["codice_fiscale"]),
            nre=row["nre"], priority=row["priority"], fee_cents=row["fee_cents"],
            notice_number=row["notice_number"], creditor_cf=row["creditor_cf"],
            cancel_until=cancel_until, created_at=_dt(row["created_at"]),
            cancelled_at=_dt(row["cancelled_at"]) if row["cancelled_at"] else None,
        )

    def _booking_row(self, conn: sqlite3.Connection, booking_id: str) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM bookings WHERE id = ?", (booking_id,)).fetchone()
        if row is None:
            raise ApiError(404, ErrorCode.BOOKING_NOT_FOUND, f"no booking {booking_id!r}")
        return row

    def _new_code(self, conn: sqlite3.Connection) -> str:
        while True:
            code = "PV-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(5))
            if conn.execute("SELECT 1 FROM bookings WHERE code = ?", (code,)).fetchone() is None:
                return code

    def create_booking(
        self, req: BookingCreate, key: str, kiosk_id: str | None
    ) -> tuple[Booking, bool]:
        """Book a slot. Returns the booking and whether it was created now (not replayed)."""
        body_hash = _body_hash(req)
        with self.db.transaction() as conn:
            existing = self._replay(conn, key, "create_booking", body_hash)
            if existing is not None:
                return self._booking(self._booking_row(conn, existing)), False
            service = seed.SERVICES_BY_ID.get(req.service_id)
            if service is None:
                raise ApiError(404, ErrorCode.SERVICE_NOT_FOUND, f"no service {req.service_id!r}")
            cf = normalise_cf(req.codice_fiscale)
            slot = self._free_slot(conn, service.id, req.slot_id)
            priority: str | None = None
            nre: str | None = None
            if service.requires_prescription:
                if req.nre is None:
                    raise ApiError(422, ErrorCode.PRESCRIPTION_REQUIRED,
                                   "this service needs an NRE")
                prescription = self._check_prescription(conn, req.nre, cf)
                if prescription.service_id != service.id:
                    raise ApiError(422, ErrorCode.PRESCRIPTION_WRONG_SERVICE,
                                   f"the NRE is for {prescription.service_id!r}")
                conn.execute("UPDATE prescriptions SET booked = 1 WHERE nre = ?", (req.nre,))
                priority, nre = prescription.priority, req.nre
            booking_id = "bk_" + secrets.token_hex(8)
            code = self._new_code(conn)
            notice_number = creditor_cf = None
            if service.fee_cents > 0:
                site = seed.SITES_BY_ID[service.site_id]
                seq = int(get_setting(conn, "notice_seq") or "1000") + 1
                set_setting(conn, "notice_seq", str(seq))
                notice_number = seed.notice_number(
                    "302" if service.site_id == "asst-pavia" else "301", seq)
                creditor_cf = site.creditor_cf
                self._insert_notice(conn, notice_number, creditor_cf, service.fee_cents,
                                    f"{service.name.it} - prenotazione {code}",
                                    slot.start.date(), "payable")
            try:
                conn.execute(
                    "INSERT INTO bookings (id, code, service_id, site_id, office_id, slot_id,"
                    " slot_start, slot_end, status, codice_fiscale, phone, nre, priority,"
                    " fee_cents, notice_number, creditor_cf, created_at, assisted_by, kiosk_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (booking_id, code, service.id, service.site_id, slot.office_id, slot.id,
                     _iso(slot.start), _iso(slot.end), cf, req.phone, nre, priority,
                     service.fee_cents, notice_number, creditor_cf, _iso(self.now()),
                     req.assisted_by, kiosk_id),
                )
            except sqlite3.IntegrityError as exc:  # backstop of the unique slot index
                raise ApiError(409, ErrorCode.SLOT_TAKEN, "the slot has just been taken") from exc
            self._remember(conn, key, "create_booking", body_hash, booking_id)
            return self._booking(self._booking_row(conn, booking_id)), True

    def find_bookings(self, codice_fiscale: str, code: str | None) -> list[Booking]:
        """One booking by code + codice fiscale, or the citizen's future confirmed bookings."""
        cf = normalise_cf(codice_fiscale)
        with self.db.transaction() as conn:
            if code is not None:
                row = conn.execute(
                    "SELECT * FROM bookings WHERE code = ? AND codice_fiscale = ?",
                    (code.strip().upper(), cf)).fetchone()
                if row is None:
                    raise ApiError(404, ErrorCode.BOOKING_NOT_FOUND,
                                   "no booking with this code for this codice fiscale")
                return [self._booking(row)]
            rows = conn.execute(
                "SELECT * FROM bookings WHERE codice_fiscale = ? AND status = 'confirmed'"
                " ORDER BY slot_start", (cf,)).fetchall()
        now = self.now()
        return [b for b in (self._booking(r) for r in rows) if b.slot.end > now]

    def cancel_booking(self, booking_id: str) -> Booking:
        """Cancel a booking (idempotent); revokes its unpaid notice, frees its prescription."""
        with self.db.transaction() as conn:
            booking = self._booking(self._booking_row(conn, booking_id))
            if booking.status == "cancelled":
                return booking
            if self.now() >= booking.cancel_until:
                raise ApiError(409, ErrorCode.TOO_LATE_TO_CANCEL,
                               f"cancellation closed at {booking.cancel_until.isoformat()}")
            conn.execute("UPDATE bookings SET status = 'cancelled', cancelled_at = ? WHERE id = ?",
                         (_iso(self.now()), booking_id))
            if booking.notice_number is not None:
                conn.execute(
                    "UPDATE notices SET state = 'revoked' WHERE creditor_cf = ? AND"
                    " notice_number = ? AND state = 'payable' AND NOT EXISTS (SELECT 1 FROM"
                    " payments p WHERE p.notice_number = notices.notice_number AND"
                    " p.status IN ('awaiting_card', 'approved'))",
                    (booking.creditor_cf, booking.notice_number))
            if booking.nre is not None:
                conn.execute("UPDATE prescriptions SET booked = 0 WHERE nre = ?", (booking.nre,))
            return self._booking(self._booking_row(conn, booking_id))

    def move_booking(self, booking_id: str, new_slot_id: str) -> Booking:
        """Move a booking to another free slot of the same service, atomically."""
        with self.db.transaction() as conn:
            booking = self._booking(self._booking_row(conn, booking_id))
            if booking.status == "cancelled":
                raise ApiError(409, ErrorCode.BOOKING_CANCELLED, "the booking is cancelled")
            if booking.slot.id == new_slot_id:
                return booking
            if self.now() >= booking.cancel_until:
                raise ApiError(409, ErrorCode.TOO_LATE_TO_CANCEL,
                               f"changes closed at {booking.cancel_until.isoformat()}")
            slot = self._free_slot(conn, booking.service_id, new_slot_id)
            try:
                # One UPDATE: the old slot is released in the same statement that takes the new
                # one, so no other kiosk can ever see the booking without a slot.
                conn.execute(
                    "UPDATE bookings SET slot_id = ?, office_id = ?, slot_start = ?,"
                    " slot_end = ? WHERE id = ?",
                    (slot.id, slot.office_id, _iso(slot.start), _iso(slot.end), booking_id))
            except sqlite3.IntegrityError as exc:
                raise ApiError(409, ErrorCode.SLOT_TAKEN, "the slot has just been taken") from exc
            return self._booking(self._booking_row(conn, booking_id))

    # ------------------------------------------------------------------ prescriptions

    def _check_prescription(self, conn: sqlite3.Connection, nre: str, cf: str) -> Prescription:
        row = conn.execute("SELECT * FROM prescriptions WHERE nre = ?",
                           (nre.strip().upper(),)).fetchone()
        if row is None:
            raise ApiError(404, ErrorCode.PRESCRIPTION_NOT_FOUND, f"no prescription {nre!r}")
        if row["codice_fiscale"] != cf:
            raise ApiError(422, ErrorCode.PRESCRIPTION_OTHER_PATIENT,
                           "the prescription belongs to another patient")
        if row["booked"]:
            raise ApiError(409, ErrorCode.PRESCRIPTION_ALREADY_BOOKED, "already booked")
        now = self.now()
        issued = (_dt(row["issued_at"]) if row["issued_at"]
                  else now - timedelta(hours=float(row["age_hours"] or 0)))
        expires = _add_months(issued, 6)
        if now >= expires:
            raise ApiError(422, ErrorCode.PRESCRIPTION_EXPIRED, f"expired on {expires:%Y-%m-%d}")
        priority = str(row["priority"])
        book_by = issued + timedelta(hours=48) if priority == "U" else None
        if book_by is not None and now >= book_by:
            raise ApiError(422, ErrorCode.PRESCRIPTION_U_TOO_OLD,
                           "class U prescriptions must be booked within 48 hours")
        service = seed.SERVICES_BY_ID[row["service_id"]]
        wait = _MAX_WAIT.get(priority) or timedelta(days=60 if service.kind == "diagnostic"
                                                    else 30)
        return Prescription(
            nre=row["nre"], service_id=row["service_id"], priority=priority,  # type: ignore[arg-type]
            issued_at=issued, expires_at=expires, book_by=book_by,
            latest_appointment=issued + wait, codice_fiscale_masked=mask_codice_fiscale(cf),
        )

    def prescription(self, nre: str, codice_fiscale: str) -> Prescription:
        """Check a prescription for a patient (changes nothing)."""
        cf = normalise_cf(codice_fiscale)
        with self.db.transaction() as conn:
            return self._check_prescription(conn, nre, cf)

    # ------------------------------------------------------------------ notices, payments

    def _notice_row(self, conn: sqlite3.Connection, number: str, creditor_cf: str) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM notices WHERE creditor_cf = ? AND notice_number = ?",
            (creditor_cf, number)).fetchone()
        if row is None:
            raise ApiError(404, ErrorCode.UNKNOWN_NOTICE, "no such notice for this creditor")
        return row

    def _check_payable(self, conn: sqlite3.Connection, row: sqlite3.Row) -> None:
        outcome = _STATE_OUTCOMES.get(str(row["state"]))
        if outcome is not None:
            raise ApiError(outcome[0], outcome[1], f"notice state is {row['state']}")
        for p in conn.execute(
            "SELECT * FROM payments WHERE creditor_cf = ? AND notice_number = ? AND"
            " status IN ('awaiting_card', 'approved')",
            (row["creditor_cf"], row["notice_number"])).fetchall():
            status = self._settle(conn, p)["status"]
            if status == "approved":
                raise ApiError(409, ErrorCode.NOTICE_ALREADY_PAID, "the notice is paid")
            if status == "awaiting_card":
                raise ApiError(409, ErrorCode.PAYMENT_ALREADY_IN_PROGRESS,
                               "another payment of this notice is in progress")

    def _notice(self, row: sqlite3.Row) -> Notice:
        return Notice(
            notice_number=row["notice_number"], iuv=row["iuv"], creditor_cf=row["creditor_cf"],
            creditor_name=seed.CREDITOR_NAMES.get(row["creditor_cf"], "Ente creditore"),
            amount_cents=row["amount_cents"], description=row["description"],
            due_date=date.fromisoformat(row["due_date"]),
        )

    def verify_notice(self, notice_number: str, creditor_cf: str) -> Notice:
        """Verify a notice (changes nothing)."""
        with self.db.transaction() as conn:
            row = self._notice_row(conn, notice_number, creditor_cf)
            self._check_payable(conn, row)
            return self._notice(row)

    def _settle(self, conn: sqlite3.Connection, row: sqlite3.Row) -> sqlite3.Row:
        """Apply the card terminal's decision or the token expiry once its time has come."""
        if row["status"] != "awaiting_card":
            return row
        now = self.now()
        decide_at = _dt(row["decide_at"]) if row["decide_at"] else None
        if decide_at is not None and now >= decide_at and row["decision"] == "approve":
            conn.execute(
                "UPDATE payments SET status = 'approved', iur = ?, receipt_code = ?, card = ?,"
                " auth_code = ?, paid_at = ?, updated_at = ? WHERE id = ?",
                ("IUR" + f"{secrets.randbelow(10**17):017d}",
                 "RC-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8)),
                 "VISA **** 0004", f"{secrets.randbelow(10**6):06d}", _iso(decide_at),
                 _iso(now), row["id"]))
            conn.execute("UPDATE notices SET state = 'paid' WHERE creditor_cf = ? AND"
                         " notice_number = ?", (row["creditor_cf"], row["notice_number"]))
        elif decide_at is not None and now >= decide_at and row["decision"] == "decline":
            conn.execute("UPDATE payments SET status = 'declined', updated_at = ? WHERE id = ?",
                         (_iso(now), row["id"]))
        elif now >= _dt(row["token_expires_at"]):
            conn.execute("UPDATE payments SET status = 'expired', updated_at = ? WHERE id = ?",
                         (_iso(now), row["id"]))
        else:
            return row
        new: sqlite3.Row = conn.execute("SELECT * FROM payments WHERE id = ?",
                                        (row["id"],)).fetchone()
        return new

    def _payment_row(self, conn: sqlite3.Connection, payment_id: str) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM payments WHERE id = ?", (payment_id,)).fetchone()
        if row is None:
            raise ApiError(404, ErrorCode.PAYMENT_NOT_FOUND, f"no payment {payment_id!r}")
        return self._settle(conn, row)

    def _receipt(self, conn: sqlite3.Connection, row: sqlite3.Row) -> Receipt:
        number = str(row["notice_number"])
        notice_row = conn.execute(
            "SELECT * FROM notices WHERE creditor_cf = ? AND notice_number = ?",
            (row["creditor_cf"], number)).fetchone()
        # The control API may have replaced the notice since: the receipt stands regardless.
        iuv = notice_row["iuv"] if notice_row else number[1:]
        description = notice_row["description"] if notice_row else "Pagamento avviso pagoPA"
        return Receipt(
            code=row["receipt_code"], payment_id=row["id"], paid_at=_dt(row["paid_at"]),
            notice_number=number, iuv=iuv, creditor_cf=row["creditor_cf"],
            creditor_name=seed.CREDITOR_NAMES.get(row["creditor_cf"], "Ente creditore"),
            psp_name=seed.PSP_NAME,
            psp_fiscal_code=seed.PSP_FISCAL_CODE, iur=row["iur"],
            payment_token=row["payment_token"], amount_cents=row["amount_cents"],
            fee_cents=row["fee_cents"], total_cents=row["amount_cents"] + row["fee_cents"],
            description=description, card=row["card"], auth_code=row["auth_code"],
            kiosk_id=row["kiosk_id"],
        )

    def _payment(self, conn: sqlite3.Connection, row: sqlite3.Row) -> Payment:
        approved = row["status"] == "approved"
        return Payment(
            id=row["id"], notice_number=row["notice_number"], creditor_cf=row["creditor_cf"],
            amount_cents=row["amount_cents"], fee_cents=row["fee_cents"], status=row["status"],
            payment_token=row["payment_token"],
            token_expires_at=_dt(row["token_expires_at"]), booking_id=row["booking_id"],
            created_at=_dt(row["created_at"]), updated_at=_dt(row["updated_at"]),
            iur=row["iur"], receipt_code=row["receipt_code"],
            receipt=self._receipt(conn, row) if approved else None,
        )

    def activate_payment(
        self, req: PaymentCreate, key: str, kiosk_id: str | None
    ) -> tuple[Payment, bool]:
        """Activate a notice and hand it to the card terminal (idempotent on ``key``)."""
        body_hash = _body_hash(req)
        with self.db.transaction() as conn:
            existing = self._replay(conn, key, "activate_payment", body_hash)
            if existing is not None:
                return self._payment(conn, self._payment_row(conn, existing)), False
            row = self._notice_row(conn, req.notice_number, req.creditor_cf)
            self._check_payable(conn, row)
            if row["amount_cents"] != req.amount_cents:
                raise ApiError(422, ErrorCode.WRONG_NOTICE_DATA,
                               f"amount is {row['amount_cents']} cents, not {req.amount_cents}")
            now = self.now()
            terminal = self._terminal(conn)
            mode = str(terminal["mode"])
            decision = {"delay": "approve"}.get(mode, mode)
            delay = float(terminal["delay_s"]) if mode in ("delay", "decline", "approve") else 0
            decide_at = None if decision == "never" else now + timedelta(seconds=delay)
            payment_id = "pay_" + secrets.token_hex(8)
            try:
                conn.execute(
                    "INSERT INTO payments (id, idempotency_key, notice_number, creditor_cf,"
                    " amount_cents, fee_cents, status, payment_token, token_expires_at, decision,"
                    " decide_at, booking_id, assisted_by, kiosk_id, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, 0, 'awaiting_card', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (payment_id, key, req.notice_number, req.creditor_cf, req.amount_cents,
                     uuid.uuid4().hex,
                     _iso(now + timedelta(seconds=int(terminal["token_ttl_s"]))), decision,
                     _iso(decide_at) if decide_at else None, req.booking_id, req.assisted_by,
                     kiosk_id, _iso(now), _iso(now)),
                )
            except sqlite3.IntegrityError as exc:
                raise ApiError(409, ErrorCode.PAYMENT_ALREADY_IN_PROGRESS,
                               "another payment of this notice is in progress") from exc
            self._remember(conn, key, "activate_payment", body_hash, payment_id)
            return self._payment(conn, self._payment_row(conn, payment_id)), True

    def payment(self, payment_id: str) -> Payment:
        """Current state of a payment."""
        with self.db.transaction() as conn:
            return self._payment(conn, self._payment_row(conn, payment_id))

    def find_payments(self, idempotency_key: str) -> list[Payment]:
        """The payment activated with this Idempotency-Key, if any (for reconciliation)."""
        with self.db.transaction() as conn:
            row = conn.execute("SELECT * FROM payments WHERE idempotency_key = ?",
                               (idempotency_key,)).fetchone()
            if row is None:
                return []
            return [self._payment(conn, self._settle(conn, row))]

    def cancel_payment(self, payment_id: str) -> Payment:
        """Cancel a payment still waiting for the card (idempotent on final non-paid states)."""
        with self.db.transaction() as conn:
            row = self._payment_row(conn, payment_id)
            if row["status"] == "approved":
                raise ApiError(409, ErrorCode.PAYMENT_NOT_CANCELLABLE, "the payment is approved")
            if row["status"] == "awaiting_card":
                conn.execute(
                    "UPDATE payments SET status = 'cancelled', updated_at = ? WHERE id = ?",
                    (_iso(self.now()), payment_id))
                row = self._payment_row(conn, payment_id)
            return self._payment(conn, row)

    def receipt(self, code: str) -> Receipt:
        """The receipt (attestazione di pagamento) of an approved payment."""
        with self.db.transaction() as conn:
            row = conn.execute("SELECT * FROM payments WHERE receipt_code = ?",
                               (code,)).fetchone()
            if row is None or row["status"] != "approved":
                raise ApiError(404, ErrorCode.RECEIPT_NOT_FOUND, f"no receipt {code!r}")
            return self._receipt(conn, row)

    # ------------------------------------------------------------------ help, heartbeats

    def _help_row(self, conn: sqlite3.Connection, help_id: str) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM help_requests WHERE id = ?", (help_id,)).fetchone()
        if row is None:
            raise ApiError(404, ErrorCode.HELP_REQUEST_NOT_FOUND, f"no help request {help_id!r}")
        return row

    def _help(self, row: sqlite3.Row) -> HelpRequest:
        return HelpRequest(
            id=row["id"], station=row["station"], screen=row["screen"], time=_dt(row["time"]),
            status=row["status"],
            acknowledged_at=_dt(row["acknowledged_at"]) if row["acknowledged_at"] else None,
        )

    def create_help(self, req: HelpRequestCreate, key: str | None) -> HelpRequest:
        """Open a help request (idempotent when a key is given)."""
        body_hash = _body_hash(req)
        with self.db.transaction() as conn:
            existing = self._replay(conn, key, "help_request", body_hash)
            if existing is not None:
                return self._help(self._help_row(conn, existing))
            help_id = "help_" + secrets.token_hex(6)
            conn.execute(
                "INSERT INTO help_requests (id, station, screen, time, status)"
                " VALUES (?, ?, ?, ?, 'open')", (help_id, req.station, req.screen, _iso(req.time)))
            self._remember(conn, key, "help_request", body_hash, help_id)
            return self._help(self._help_row(conn, help_id))

    def help_request(self, help_id: str) -> HelpRequest:
        """Current state of a help request."""
        with self.db.transaction() as conn:
            return self._help(self._help_row(conn, help_id))

    def heartbeat(self, req: HeartbeatCreate) -> HeartbeatAck:
        """Record a station heartbeat."""
        now = self.now()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO heartbeats (kiosk_id, status, version, received_at)"
                " VALUES (?, ?, ?, ?)", (req.kiosk_id, req.status, req.version, _iso(now)))
        return HeartbeatAck(received_at=now)


__all__ = ["ApiError", "Store", "TerminalMode", "normalise_cf"]
