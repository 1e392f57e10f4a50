"""Contract tests: every endpoint of /v1 over real HTTP against the sandbox."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import requests

from kiosk.sandbox import seed
from kiosk.services.client import ServicesClient, new_idempotency_key
from kiosk.services.errors import AuthFailed, DomainError
from kiosk.services.models import LANGUAGES, Booking, BookingCreate, PaymentCreate
from tests.fixtures.sandbox import Sandbox

CF = seed.SAMPLE_CF
PAYABLE = "301000000000000144"
COMUNE = "00296180185"


def _book(client: ServicesClient, service_id: str = "cie", nre: str | None = None,
          slot_index: int = 0) -> tuple[str, Booking]:
    slot = client.slots(service_id, limit=slot_index + 1)[slot_index]
    req = BookingCreate(service_id=service_id, slot_id=slot.id, codice_fiscale=CF, nre=nre)
    return slot.id, client.create_booking(req, new_idempotency_key())


def test_health(client: ServicesClient) -> None:
    health = client.health()
    assert health.status == "ok"
    assert health.server_time.tzinfo is not None
    assert abs((health.server_time - datetime.now(health.server_time.tzinfo)).total_seconds()) < 60


def test_catalogue(client: ServicesClient) -> None:
    cat = client.catalogue()
    sites = {s.id: s for s in cat.sites}
    assert sites["comune-pavia"].creditor_cf == COMUNE
    assert len(sites["asst-pavia"].creditor_cf) == 11
    assert {c.id for c in cat.categories} >= {
        "anagrafe", "carta-identita", "certificati", "tributi", "servizi-sociali",
        "cup-visite", "cup-esami"}
    services = {s.id: s for s in cat.services}
    assert services["cie"].fee_cents == 2221
    assert services["cie-duplicato"].fee_cents == 2737
    assert services["cert-residenza"].fee_cents == 1600 + 52
    assert services["cie"].name.it == "Carta d'identità elettronica"
    assert all(services["cie"].name.get(lang) for lang in LANGUAGES)
    assert services["visita-cardiologica"].kind == "visit"
    assert services["ecg"].kind == "diagnostic"
    offices = {o.id: o for o in cat.offices}
    assert offices["anagrafe-mezzabarba"].address.startswith("Piazza Municipio 2")
    for service in cat.services:
        assert service.office_ids
        assert all(o in offices for o in service.office_ids)


def test_slots_filters(client: ServicesClient) -> None:
    slots = client.slots("cie", limit=50)
    assert len(slots) == 50
    assert all(s.start.tzinfo is not None and s.start > datetime.now(s.start.tzinfo)
               for s in slots)
    assert [s.start for s in slots] == sorted(s.start for s in slots)
    one_office = client.slots("cie", office_id="anagrafe-acerbi", limit=20)
    assert {s.office_id for s in one_office} == {"anagrafe-acerbi"}
    day = slots[-1].start.date()
    same_day = client.slots("cie", date_from=day, date_to=day, limit=500)
    assert {s.start.date() for s in same_day} == {day}
    with pytest.raises(DomainError) as err:
        client.slots("no-such-service")
    assert err.value.code == "SERVICE_NOT_FOUND"


def test_booking_lifecycle(client: ServicesClient) -> None:
    slot_id, booking = _book(client)
    assert booking.code.startswith("PV-")
    assert len(booking.code) == 8
    assert booking.status == "confirmed"
    assert booking.codice_fiscale_masked == "RSSMRA*******88I"
    assert booking.fee_cents == 2221
    assert booking.notice_number is not None
    assert slot_id not in {s.id for s in client.slots("cie", limit=200)}
    found = client.find_bookings(CF, code=booking.code)
    assert [b.id for b in found] == [booking.id]
    assert [b.id for b in client.find_bookings(CF)] == [booking.id]
    with pytest.raises(DomainError) as err:
        client.find_bookings("VRDGPP80A01G388O", code=booking.code)
    assert err.value.code == "BOOKING_NOT_FOUND"
    cancelled = client.cancel_booking(booking.id)
    assert cancelled.status == "cancelled"
    assert client.cancel_booking(booking.id).status == "cancelled"  # idempotent
    assert slot_id in {s.id for s in client.slots("cie", limit=200)}
    assert client.find_bookings(CF) == []
    # the fee notice of a cancelled booking is revoked
    with pytest.raises(DomainError) as err:
        client.verify_notice(cancelled.notice_number or "", COMUNE)
    assert err.value.code == "REVOKED_NOTICE"


def test_booking_errors(client: ServicesClient) -> None:
    slot = client.slots("cie", limit=1)[0]
    with pytest.raises(DomainError) as err:
        client.create_booking(BookingCreate(service_id="cie", slot_id=slot.id,
                                            codice_fiscale="RSSMRA85T10G388J"),
                              new_idempotency_key())
    assert err.value.code == "INVALID_CODICE_FISCALE"
    with pytest.raises(DomainError) as err:
        client.create_booking(BookingCreate(service_id="cie", slot_id="slot:cie:x:1",
                                            codice_fiscale=CF), new_idempotency_key())
    assert err.value.code == "SLOT_NOT_FOUND"
    client.create_booking(BookingCreate(service_id="cie", slot_id=slot.id, codice_fiscale=CF),
                          new_idempotency_key())
    with pytest.raises(DomainError) as err:
        client.create_booking(BookingCreate(service_id="cie", slot_id=slot.id,
                                            codice_fiscale=CF), new_idempotency_key())
    assert err.value.code == "SLOT_TAKEN"
    assert err.value.http_status == 409
    assert err.value.user_message.startswith("Questo orario è appena stato preso")
    assert not err.value.retryable


def test_move_booking(client: ServicesClient) -> None:
    old_slot, booking = _book(client)
    new_slot = client.slots("cie", limit=3)[2]
    moved = client.move_booking(booking.id, new_slot.id)
    assert moved.slot.id == new_slot.id
    assert moved.code == booking.code
    free = {s.id for s in client.slots("cie", limit=300)}
    assert old_slot in free
    assert new_slot.id not in free
    assert client.move_booking(moved.id, new_slot.id).slot.id == new_slot.id  # idempotent
    # moving onto a taken slot fails and keeps the booking where it was
    _, other = _book(client)
    with pytest.raises(DomainError) as err:
        client.move_booking(moved.id, other.slot.id)
    assert err.value.code == "SLOT_TAKEN"
    assert client.find_bookings(CF, code=moved.code)[0].slot.id == new_slot.id


def test_asst_booking_with_prescription(client: ServicesClient, sandbox: Sandbox) -> None:
    nre = "030A00000000001"
    prescription = client.prescription(nre, CF)
    assert prescription.service_id == "visita-cardiologica"
    assert prescription.priority == "D"
    assert prescription.codice_fiscale_masked == "RSSMRA*******88I"
    slots = client.slots("visita-cardiologica", limit=200)
    # book far enough ahead that cancelling is still allowed (2 working days rule)
    far = next(s for s in slots if s.start - datetime.now(s.start.tzinfo) > timedelta(days=7))
    booking = client.create_booking(
        BookingCreate(service_id="visita-cardiologica", slot_id=far.id, codice_fiscale=CF,
                      nre=nre), new_idempotency_key())
    assert booking.site_id == "asst-pavia"
    assert booking.priority == "D"
    assert booking.creditor_cf == seed.ASST_CF
    assert booking.notice_number
    assert booking.cancel_until < booking.slot.start - timedelta(days=1)
    with pytest.raises(DomainError) as err:
        client.prescription(nre, CF)
    assert err.value.code == "PRESCRIPTION_ALREADY_BOOKED"
    assert client.cancel_booking(booking.id).status == "cancelled"
    assert client.prescription(nre, CF).nre == nre  # usable again after cancelling
    # a slot within 2 working days cannot be cancelled at the kiosk
    soon = client.create_booking(
        BookingCreate(service_id="visita-cardiologica", slot_id=slots[0].id, codice_fiscale=CF,
                      nre=nre), new_idempotency_key())
    # The first free slot may still be more than 2 working days away (say the next working
    # day is fully booked): then move the sandbox's clock past its cancellation deadline.
    now = datetime.now(soon.cancel_until.tzinfo)
    if soon.cancel_until > now:
        sandbox.control.set_clock_offset((soon.cancel_until - now).total_seconds() + 60)
    with pytest.raises(DomainError) as err:
        client.cancel_booking(soon.id)
    assert err.value.code == "TOO_LATE_TO_CANCEL"
    with pytest.raises(DomainError) as err:
        client.move_booking(soon.id, far.id)
    assert err.value.code == "TOO_LATE_TO_CANCEL"


def test_asst_booking_needs_matching_prescription(client: ServicesClient) -> None:
    slot = client.slots("ecg", limit=1)[0]
    with pytest.raises(DomainError) as err:
        client.create_booking(BookingCreate(service_id="ecg", slot_id=slot.id,
                                            codice_fiscale=CF), new_idempotency_key())
    assert err.value.code == "PRESCRIPTION_REQUIRED"
    with pytest.raises(DomainError) as err:
        client.create_booking(BookingCreate(service_id="ecg", slot_id=slot.id,
                                            codice_fiscale=CF, nre="030A00000000001"),
                              new_idempotency_key())
    assert err.value.code == "PRESCRIPTION_WRONG_SERVICE"


@pytest.mark.parametrize(
    ("nre", "cf", "code"),
    [
        (seed.UNKNOWN_NRE, CF, "PRESCRIPTION_NOT_FOUND"),
        ("030A00000000004", CF, "PRESCRIPTION_EXPIRED"),
        ("030A00000000005", CF, "PRESCRIPTION_ALREADY_BOOKED"),
        ("030A00000000006", CF, "PRESCRIPTION_OTHER_PATIENT"),
        ("030A00000000003", CF, "PRESCRIPTION_U_TOO_OLD"),
    ],
)
def test_prescription_errors(client: ServicesClient, nre: str, cf: str, code: str) -> None:
    with pytest.raises(DomainError) as err:
        client.prescription(nre, cf)
    assert err.value.code == code
    assert err.value.user_message


def test_fresh_urgent_prescription(client: ServicesClient) -> None:
    p = client.prescription("030A00000000002", CF)
    assert p.priority == "U"
    assert p.book_by is not None
    assert p.book_by > datetime.now(p.book_by.tzinfo)
    assert p.latest_appointment - p.issued_at == timedelta(hours=72)


def test_verify_payable_notice(client: ServicesClient) -> None:
    notice = client.verify_notice(PAYABLE, COMUNE)
    assert notice.amount_cents == 2221
    assert notice.description == "Carta d'identità elettronica"
    assert notice.creditor_name == "Comune di Pavia"
    assert notice.iuv == PAYABLE[1:]


@pytest.mark.parametrize(
    ("number", "creditor", "code"),
    [(n.notice_number, n.creditor_cf, c) for n, c in zip(
        [n for n in seed.SAMPLE_NOTICES if n.state != "payable"],
        ["EXPIRED_NOTICE", "REVOKED_NOTICE", "NOTICE_ALREADY_PAID",
         "PAYMENT_ALREADY_IN_PROGRESS", "WRONG_NOTICE_DATA", "CREDITOR_PROBLEMS",
         "NOTICE_GLITCH", "UNEXPECTED_ERROR"], strict=True)]
    + [(seed.UNKNOWN_NOTICE_NUMBER, COMUNE, "UNKNOWN_NOTICE"),
       (PAYABLE, seed.ASST_CF, "UNKNOWN_NOTICE")],
)
def test_notice_outcomes(client: ServicesClient, number: str, creditor: str, code: str) -> None:
    with pytest.raises(DomainError) as err:
        client.verify_notice(number, creditor)
    assert err.value.code == code
    assert err.value.user_message != ""


def test_sample_notices_have_valid_check_digits() -> None:
    for n in seed.SAMPLE_NOTICES:
        assert len(n.notice_number) == 18
        assert int(n.notice_number[:16]) % 93 == int(n.notice_number[16:])


def test_payment_approved_and_receipt(client: ServicesClient, sandbox: Sandbox) -> None:
    key = new_idempotency_key()
    payment = client.activate_payment(
        PaymentCreate(notice_number=PAYABLE, creditor_cf=COMUNE, amount_cents=2221), key)
    assert payment.status in ("awaiting_card", "approved")
    assert payment.token_expires_at - payment.created_at == timedelta(minutes=30)
    done = client.payment(payment.id)
    assert done.status == "approved"
    assert done.iur
    assert done.receipt_code
    assert done.receipt is not None
    assert done.receipt.amount_cents == 2221
    receipt = client.receipt(done.receipt_code or "")
    assert receipt.creditor_cf == COMUNE
    assert receipt.creditor_name == "Comune di Pavia"
    assert receipt.iuv == PAYABLE[1:]
    assert receipt.psp_name
    assert len(receipt.psp_fiscal_code) == 11
    assert receipt.payment_token == payment.payment_token
    assert receipt.description == "Carta d'identità elettronica"
    assert receipt.total_cents == receipt.amount_cents + receipt.fee_cents
    assert receipt.paid_at.tzinfo is not None
    found = client.find_payment(key)
    assert found is not None
    assert found.id == payment.id
    assert found.status == "approved"
    assert client.find_payment(new_idempotency_key()) is None
    assert sandbox.control.charges(PAYABLE) == 1
    with pytest.raises(DomainError) as err:
        client.verify_notice(PAYABLE, COMUNE)
    assert err.value.code == "NOTICE_ALREADY_PAID"
    with pytest.raises(DomainError) as err:
        client.activate_payment(
            PaymentCreate(notice_number=PAYABLE, creditor_cf=COMUNE, amount_cents=2221),
            new_idempotency_key())
    assert err.value.code == "NOTICE_ALREADY_PAID"
    with pytest.raises(DomainError) as err:
        client.cancel_payment(payment.id)
    assert err.value.code == "PAYMENT_NOT_CANCELLABLE"
    with pytest.raises(DomainError) as err:
        client.receipt("RC-NOPE")
    assert err.value.code == "RECEIPT_NOT_FOUND"


def test_payment_declined_then_paid(client: ServicesClient, sandbox: Sandbox) -> None:
    sandbox.control.card_terminal("decline")
    req = PaymentCreate(notice_number=PAYABLE, creditor_cf=COMUNE, amount_cents=2221)
    declined = client.activate_payment(req, new_idempotency_key())
    assert client.payment(declined.id).status == "declined"
    assert sandbox.control.charges(PAYABLE) == 0
    sandbox.control.card_terminal("approve")
    again = client.activate_payment(req, new_idempotency_key())
    assert client.payment(again.id).status == "approved"
    assert sandbox.control.charges(PAYABLE) == 1


def test_payment_in_progress_and_cancel(client: ServicesClient, sandbox: Sandbox) -> None:
    sandbox.control.card_terminal("never")
    req = PaymentCreate(notice_number=PAYABLE, creditor_cf=COMUNE, amount_cents=2221)
    first = client.activate_payment(req, new_idempotency_key())
    assert client.payment(first.id).status == "awaiting_card"
    with pytest.raises(DomainError) as err:
        client.activate_payment(req, new_idempotency_key())  # another kiosk, same notice
    assert err.value.code == "PAYMENT_ALREADY_IN_PROGRESS"
    assert err.value.retryable
    assert client.cancel_payment(first.id).status == "cancelled"
    assert client.cancel_payment(first.id).status == "cancelled"
    assert client.verify_notice(PAYABLE, COMUNE).amount_cents == 2221


def test_payment_delay_and_wrong_amount(client: ServicesClient, sandbox: Sandbox) -> None:
    sandbox.control.card_terminal("delay", delay_s=30)
    number = seed.SAMPLE_NOTICES[1].notice_number
    with pytest.raises(DomainError) as err:
        client.activate_payment(PaymentCreate(notice_number=number, creditor_cf=COMUNE,
                                              amount_cents=1), new_idempotency_key())
    assert err.value.code == "WRONG_NOTICE_DATA"
    p = client.activate_payment(PaymentCreate(notice_number=number, creditor_cf=COMUNE,
                                              amount_cents=1652), new_idempotency_key())
    assert client.payment(p.id).status == "awaiting_card"
    sandbox.control.set_clock_offset(31)
    assert client.payment(p.id).status == "approved"


def test_payment_token_expiry(client: ServicesClient, sandbox: Sandbox) -> None:
    sandbox.control.card_terminal("never")
    p = client.activate_payment(PaymentCreate(notice_number=PAYABLE, creditor_cf=COMUNE,
                                              amount_cents=2221), new_idempotency_key())
    sandbox.control.set_clock_offset(31 * 60)
    assert client.payment(p.id).status == "expired"
    assert client.verify_notice(PAYABLE, COMUNE).amount_cents == 2221


def test_help_request(client: ServicesClient, sandbox: Sandbox) -> None:
    req = client.help_request("PV-TEST-01", "pay.notice_number")
    assert req.status == "open"
    assert client.help_request_status(req.id).status == "open"
    sandbox.control.acknowledge_help(req.id)
    status = client.help_request_status(req.id)
    assert status.status == "acknowledged"
    assert status.acknowledged_at is not None
    with pytest.raises(DomainError) as err:
        client.help_request_status("help_nope")
    assert err.value.code == "HELP_REQUEST_NOT_FOUND"


def test_heartbeat(client: ServicesClient, sandbox: Sandbox) -> None:
    ack = client.heartbeat("ok", "0.1.0")
    assert ack.received_at.tzinfo is not None
    beats = sandbox.control.heartbeats()
    assert [(b["kiosk_id"], b["status"]) for b in beats] == [("PV-TEST-01", "ok")]


def test_auth_required(sandbox: Sandbox) -> None:
    for token in ("", "wrong-token"):
        with ServicesClient(sandbox.url, token, kiosk_id="X") as bad, \
                pytest.raises(AuthFailed) as err:
            bad.catalogue()
        assert err.value.http_status == 401
        assert "token" in err.value.detail
    raw = requests.get(f"{sandbox.url}/v1/health", timeout=5)
    assert raw.status_code == 401
    assert raw.json()["error"]["code"] == "UNAUTHORIZED"
    spec = requests.get(f"{sandbox.url}/openapi.json", timeout=5)
    assert spec.status_code == 200
    assert "/v1/bookings" in spec.json()["paths"]


def test_idempotency_key_required_and_not_reusable(sandbox: Sandbox) -> None:
    headers = {"Authorization": f"Bearer {sandbox.token}"}
    body = {"notice_number": PAYABLE, "creditor_cf": COMUNE, "amount_cents": 2221}
    r = requests.post(f"{sandbox.url}/v1/payments", json=body, headers=headers, timeout=5)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "IDEMPOTENCY_KEY_REQUIRED"
    headers["Idempotency-Key"] = "k-1"
    assert requests.post(f"{sandbox.url}/v1/payments", json=body, headers=headers,
                         timeout=5).status_code == 201
    body["amount_cents"] = 2222
    r = requests.post(f"{sandbox.url}/v1/payments", json=body, headers=headers, timeout=5)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "IDEMPOTENCY_KEY_REUSED"


def test_invalid_input_is_a_typed_error(client: ServicesClient) -> None:
    with pytest.raises(DomainError) as err:
        client.verify_notice("3010 0000", COMUNE)
    assert err.value.code == "VALIDATION_ERROR"
    with pytest.raises(DomainError) as err:
        client.help_request("PV-1", "home", time=datetime(2026, 1, 1))  # naive: refused
    assert err.value.code == "VALIDATION_ERROR"


def test_openapi_publishes_the_contract(sandbox: Sandbox) -> None:
    spec = requests.get(f"{sandbox.url}/openapi.json", timeout=5).json()
    schemas = spec["components"]["schemas"]
    for name in ("Booking", "Catalogue", "Payment", "Receipt", "Notice", "ErrorBody"):
        assert name in schemas
    post = spec["paths"]["/v1/bookings"]["post"]
    key = next(p for p in post["parameters"] if p["name"] == "Idempotency-Key")
    assert key["required"] is True
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
