"""The payment state machine, without Qt or I/O."""

from __future__ import annotations

from collections import deque

import pytest

from kiosk.flows.payment import BUSY_STATES, TRANSITIONS, PayEvent, PaymentFlow, PayState

S, E = PayState, PayEvent


def _walk(flow: PaymentFlow, *events: PayEvent) -> PaymentFlow:
    for event in events:
        assert flow.fire(event), f"{event} refused in {flow.state}"
    return flow


def test_happy_path() -> None:
    flow = _walk(PaymentFlow(), E.SUBMIT, E.VERIFY_OK, E.CONFIRM, E.ACTIVATE, E.ACTIVATED,
                 E.APPROVED, E.RECEIPT_DONE)
    assert flow.state is S.RECEIPT


def test_second_confirm_is_ignored() -> None:
    flow = _walk(PaymentFlow(), E.SUBMIT, E.VERIFY_OK, E.CONFIRM)
    assert not flow.fire(E.CONFIRM)
    _walk(flow, E.ACTIVATE)
    assert not flow.fire(E.CONFIRM)
    assert flow.state is S.ACTIVATING


def test_events_out_of_place_change_nothing() -> None:
    flow = PaymentFlow()
    seen: list[tuple[PayState, PayState, PayEvent]] = []
    flow.add_listener(lambda old, new, ev: seen.append((old, new, ev)))
    for event in (E.APPROVED, E.CONFIRM, E.CANCEL, E.RETRY, E.VERIFY_OK, E.RECEIPT_DONE):
        assert not flow.fire(event)
    assert flow.state is S.ENTER_NOTICE
    assert seen == []


def test_listener_sees_each_transition() -> None:
    flow = PaymentFlow()
    seen: list[tuple[PayState, PayState, PayEvent]] = []
    flow.add_listener(lambda old, new, ev: seen.append((old, new, ev)))
    _walk(flow, E.SUBMIT, E.VERIFY_ERROR)
    assert seen == [(S.ENTER_NOTICE, S.VERIFYING, E.SUBMIT),
                    (S.VERIFYING, S.VERIFY_FAILED, E.VERIFY_ERROR)]


@pytest.mark.parametrize("state", sorted(BUSY_STATES))
def test_reset_refused_while_the_outcome_is_unknown(state: PayState) -> None:
    flow = PaymentFlow()
    flow.state = state
    assert not flow.fire(E.RESET)
    assert flow.state is state
    assert flow.busy


@pytest.mark.parametrize("state", sorted(set(PayState) - BUSY_STATES))
def test_reset_wipes_everything_elsewhere(state: PayState) -> None:
    flow = PaymentFlow()
    flow.state = state
    flow.context.idempotency_key = "k"
    assert flow.fire(E.RESET)
    assert flow.state is S.ENTER_NOTICE
    assert flow.context.idempotency_key is None
    assert not flow.busy


def test_cancel_during_the_card_wait_can_still_end_approved() -> None:
    flow = _walk(PaymentFlow(), E.SUBMIT, E.VERIFY_OK, E.CONFIRM, E.ACTIVATE, E.ACTIVATED,
                 E.CANCEL)
    assert flow.state is S.CANCELLING
    assert flow.fire(E.APPROVED)  # the card went through before the cancel
    assert flow.state is S.APPROVED


def test_time_out_cancels_then_times_out() -> None:
    flow = _walk(PaymentFlow(), E.SUBMIT, E.VERIFY_OK, E.CONFIRM, E.ACTIVATE, E.ACTIVATED,
                 E.CARD_TIMEOUT, E.EXPIRED)
    assert flow.state is S.TIMED_OUT


def test_failed_activation_retries_the_same_attempt() -> None:
    flow = _walk(PaymentFlow(), E.SUBMIT, E.VERIFY_OK, E.CONFIRM, E.ACTIVATE, E.ACTIVATE_ERROR)
    assert flow.state is S.FAILED
    _walk(flow, E.RETRY)
    assert flow.state is S.ACTIVATING


def _reachable(start: PayState) -> set[PayState]:
    seen, todo = {start}, deque([start])
    while todo:
        state = todo.popleft()
        for (src, _event), dst in TRANSITIONS.items():
            if src is state and dst not in seen:
                seen.add(dst)
                todo.append(dst)
    return seen


def test_every_state_is_reachable() -> None:
    assert _reachable(S.ENTER_NOTICE) == set(PayState)


def test_no_dead_ends() -> None:
    """From every state the citizen can get to a new payment (through events or a reset)."""
    for state in PayState:
        if state in BUSY_STATES:
            # Busy states end by the backend's answer: they must lead to a resettable state.
            assert _reachable(state) - BUSY_STATES, state
        else:
            flow = PaymentFlow()
            flow.state = state
            assert flow.can(E.RESET), state
