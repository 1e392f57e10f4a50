"""Idempotency, concurrency and fault handling of the client against the real sandbox."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from urllib3 import HTTPResponse

from kiosk.sandbox import seed
from kiosk.services.client import MAX_RETRY_AFTER_S, ServicesClient, new_idempotency_key
from kiosk.services.errors import (
    AuthFailed,
    BackendOffline,
    BackendServerError,
    BackendTimeout,
    BadResponse,
    DomainError,
    ServiceError,
)
from kiosk.services.models import Booking, BookingCreate, PaymentCreate
from tests.fixtures.sandbox import Sandbox

CF = seed.SAMPLE_CF
PAYABLE = "301000000000000144"
COMUNE = "00296180185"


def test_same_key_same_booking(client: ServicesClient) -> None:
    slot = client.slots("cie", limit=1)[0]
    req = BookingCreate(service_id="cie", slot_id=slot.id, codice_fiscale=CF)
    key = new_idempotency_key()
    first = client.create_booking(req, key)
    second = client.create_booking(req, key)
    assert second.id == first.id
    assert second.code == first.code
    assert len(client.find_bookings(CF)) == 1


def test_same_key_same_payment(client: ServicesClient, sandbox: Sandbox) -> None:
    req = PaymentCreate(notice_number=PAYABLE, creditor_cf=COMUNE, amount_cents=2221)
    key = new_idempotency_key()
    first = client.activate_payment(req, key)
    second = client.activate_payment(req, key)  # a retry after a lost answer
    assert second.id == first.id
    assert client.payment(first.id).status == "approved"
    assert client.activate_payment(req, key).status == "approved"  # replay shows the outcome
    assert sandbox.control.charges(PAYABLE) == 1


def test_concurrent_bookings_of_one_slot(sandbox: Sandbox, client: ServicesClient) -> None:
    slot = client.slots("cie", limit=1)[0]
    results: list[Booking | ServiceError] = []
    lock = threading.Lock()
    barrier = threading.Barrier(4)

    def book(index: int) -> None:
        with ServicesClient(sandbox.url, sandbox.token, kiosk_id=f"PV-{index}") as own:
            req = BookingCreate(service_id="cie", slot_id=slot.id, codice_fiscale=CF)
            barrier.wait(5)
            try:
                outcome: Booking | ServiceError = own.create_booking(req, new_idempotency_key())
            except ServiceError as exc:
                outcome = exc
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=book, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == 4
    winners = [r for r in results if isinstance(r, Booking)]
    losers = [r for r in results if isinstance(r, DomainError)]
    assert len(winners) == 1
    assert len(losers) == 3
    assert {e.code for e in losers} == {"SLOT_TAKEN"}


def test_concurrent_payments_of_one_notice(sandbox: Sandbox, client: ServicesClient) -> None:
    sandbox.control.card_terminal("delay", delay_s=30)
    results: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(3)

    def pay() -> None:
        with ServicesClient(sandbox.url, sandbox.token, kiosk_id="PV-X") as own:
            req = PaymentCreate(notice_number=PAYABLE, creditor_cf=COMUNE, amount_cents=2221)
            barrier.wait(5)
            try:
                outcome = own.activate_payment(req, new_idempotency_key()).status
            except ServiceError as exc:
                outcome = exc.code
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=pay) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results) == ["PAYMENT_ALREADY_IN_PROGRESS"] * 2 + ["awaiting_card"]


def test_latency_gives_backend_timeout(sandbox: Sandbox) -> None:
    sandbox.control.faults(latency_ms=5000)
    with ServicesClient(sandbox.url, sandbox.token, kiosk_id="T", read_timeout=1.0) as c:
        started = time.monotonic()
        with pytest.raises(BackendTimeout) as err:
            c.catalogue()
        # a read timeout is not retried: the citizen waits one read timeout, not three
        assert time.monotonic() - started < 2.0
    assert err.value.retryable
    assert err.value.user_message


def test_503_retried_for_get_with_retry_after(sandbox: Sandbox, client: ServicesClient) -> None:
    sandbox.control.faults(error_status=503, error_count=2, retry_after_s=1)
    started = time.monotonic()
    assert client.health().status == "ok"
    elapsed = time.monotonic() - started
    assert elapsed >= 1.9  # two waits of Retry-After: 1 s each
    assert sandbox.control.fault_state()["error_count"] == 0


def test_503_exhausts_retries(sandbox: Sandbox, client: ServicesClient) -> None:
    sandbox.control.faults(error_status=503, error_count=5)
    with pytest.raises(BackendServerError) as err:
        client.catalogue()
    assert err.value.http_status == 503
    assert err.value.code == "INJECTED_FAULT"
    assert sandbox.control.fault_state()["error_count"] == 2  # 1 try + 2 retries


def test_retry_after_is_capped(client: ServicesClient) -> None:
    # A citizen is waiting: a server asking for an hour gets MAX_RETRY_AFTER_S at most.
    retry = client._adapter.max_retries
    answer = HTTPResponse(body=b"", headers={"Retry-After": "3600"}, status=503)
    assert retry.get_retry_after(answer) == MAX_RETRY_AFTER_S
    answer = HTTPResponse(body=b"", headers={"Retry-After": "1"}, status=503)
    assert retry.get_retry_after(answer) == 1


def test_500_on_post_without_key_not_retried(sandbox: Sandbox, client: ServicesClient) -> None:
    sandbox.control.faults(error_status=503, error_count=3, error_path_prefix="/v1/heartbeats")
    with pytest.raises(BackendServerError):
        client.heartbeat("ok", "0.1.0")
    assert sandbox.control.fault_state()["error_count"] == 2
    assert sandbox.control.heartbeats() == []


def test_keyed_write_retried_after_503(sandbox: Sandbox, client: ServicesClient) -> None:
    sandbox.control.faults(error_status=503, error_count=1, error_path_prefix="/v1/payments")
    p = client.activate_payment(
        PaymentCreate(notice_number=PAYABLE, creditor_cf=COMUNE, amount_cents=2221),
        new_idempotency_key())
    assert p.notice_number == PAYABLE


def test_dropped_connection_retried_for_get(sandbox: Sandbox, client: ServicesClient) -> None:
    sandbox.control.faults(drop_count=1)
    assert client.catalogue().sites


def test_dropped_connection_offline_when_exhausted(
    sandbox: Sandbox, client: ServicesClient
) -> None:
    sandbox.control.faults(drop_count=10)
    with pytest.raises(BackendOffline) as err:
        client.health()
    assert err.value.retryable


def test_dropped_connection_not_retried_for_unkeyed_post(
    sandbox: Sandbox, client: ServicesClient
) -> None:
    sandbox.control.faults(drop_count=2, drop_path_prefix="/v1/heartbeats")
    with pytest.raises(BackendOffline):
        client.heartbeat("ok", "0.1.0")
    assert sandbox.control.fault_state()["drop_count"] == 1


def test_dropped_keyed_booking_retried_once_only(sandbox: Sandbox, client: ServicesClient) -> None:
    sandbox.control.faults(drop_count=1, drop_path_prefix="/v1/bookings")
    slot = client.slots("cie", limit=1)[0]
    booking = client.create_booking(
        BookingCreate(service_id="cie", slot_id=slot.id, codice_fiscale=CF),
        new_idempotency_key())
    assert [b.id for b in client.find_bookings(CF)] == [booking.id]


def test_lost_answer_of_booking_retried_with_same_key(
    sandbox: Sandbox, client: ServicesClient
) -> None:
    sandbox.control.faults(drop_count=1, drop_path_prefix="/v1/bookings",
                           drop_after_processing=True)
    slot = client.slots("cie", limit=1)[0]
    booking = client.create_booking(
        BookingCreate(service_id="cie", slot_id=slot.id, codice_fiscale=CF),
        new_idempotency_key())
    assert sandbox.control.fault_state()["drop_count"] == 0  # the first answer was lost
    assert [b.id for b in client.find_bookings(CF)] == [booking.id]


def test_lost_answer_of_payment_charges_once(sandbox: Sandbox, client: ServicesClient) -> None:
    sandbox.control.faults(drop_count=1, drop_path_prefix="/v1/payments",
                           drop_after_processing=True)
    key = new_idempotency_key()
    payment = client.activate_payment(
        PaymentCreate(notice_number=PAYABLE, creditor_cf=COMUNE, amount_cents=2221), key)
    assert sandbox.control.fault_state()["drop_count"] == 0
    assert client.payment(payment.id).status == "approved"
    found = client.find_payment(key)
    assert found is not None
    assert found.id == payment.id
    assert sandbox.control.charges(PAYABLE) == 1


def test_lost_answer_of_unkeyed_post_is_reported(sandbox: Sandbox, client: ServicesClient) -> None:
    sandbox.control.faults(drop_count=1, drop_path_prefix="/v1/heartbeats",
                           drop_after_processing=True)
    with pytest.raises(BackendOffline):
        client.heartbeat("ok", "0.1.0")
    assert len(sandbox.control.heartbeats()) == 1  # done once, never repeated blindly


@pytest.mark.parametrize("kind", ["invalid_json", "missing_fields"])
def test_garbage_gives_bad_response(sandbox: Sandbox, client: ServicesClient, kind: str) -> None:
    sandbox.control.faults(garbage_count=1, garbage_kind=kind)
    with pytest.raises(BadResponse) as err:
        client.catalogue()
    assert not err.value.retryable
    assert "Catalogue" in err.value.detail
    assert client.catalogue().sites  # next call is fine


def test_backend_offline_when_nothing_listens() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with ServicesClient(f"http://127.0.0.1:{port}", "t", kiosk_id="T", retries=1,
                        backoff=0.01) as c, pytest.raises(BackendOffline):
        c.health()


def test_tls_failure_is_auth_failed(sandbox: Sandbox) -> None:
    # Plain HTTP server spoken to over https: the TLS handshake fails.
    url = sandbox.url.replace("http://", "https://")
    with ServicesClient(url, sandbox.token, kiosk_id="T", retries=0) as c, \
            pytest.raises(AuthFailed) as err:
        c.health()
    assert err.value.code == "TLS_FAILED"
    assert "TLS" in err.value.detail


def test_concurrent_moves_to_one_slot(sandbox: Sandbox, client: ServicesClient) -> None:
    slots = client.slots("cie", limit=3)
    first = client.create_booking(BookingCreate(service_id="cie", slot_id=slots[0].id,
                                                codice_fiscale=CF), new_idempotency_key())
    second = client.create_booking(BookingCreate(service_id="cie", slot_id=slots[1].id,
                                                 codice_fiscale=CF), new_idempotency_key())
    target = slots[2].id
    outcomes: dict[str, str] = {}
    barrier = threading.Barrier(2)

    def move(booking: Booking) -> None:
        with ServicesClient(sandbox.url, sandbox.token, kiosk_id="PV-M") as own:
            barrier.wait(5)
            try:
                outcomes[booking.id] = own.move_booking(booking.id, target).slot.id
            except ServiceError as exc:
                outcomes[booking.id] = exc.code

    threads = [threading.Thread(target=move, args=(b,)) for b in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes.values()) == sorted([target, "SLOT_TAKEN"])
    after = {b.id: b.slot.id for b in client.find_bookings(CF)}
    loser = next(i for i, o in outcomes.items() if o == "SLOT_TAKEN")
    assert after[loser] == (slots[0].id if loser == first.id else slots[1].id)
    assert sorted(after.values()) == sorted([target, after[loser]])


def test_one_client_shared_by_threads(client: ServicesClient) -> None:
    errors: list[BaseException] = []
    counts: list[int] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            for _ in range(5):
                n = len(client.slots("cert-residenza", limit=10))
                with lock:
                    counts.append(n)
            client.heartbeat("ok", "0.1.0")
        except BaseException as exc:  # collected and asserted below
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert counts == [10] * 40


def test_codice_fiscale_masked_in_http_debug_log(
    client: ServicesClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        assert client.find_bookings(CF) == []
    assert "RSSMRA85T10G388I" not in caplog.text
    assert "RSSMRA*******88I" in caplog.text
