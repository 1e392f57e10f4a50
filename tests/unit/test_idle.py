"""Inactivity time-out: warning, extensions, pauses, assisted mode (WCAG 2.2.1)."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.idle import IdlePhase, IdlePolicy, IdleState

T0 = 1000.0  # monotonic clocks do not start at zero


def policy(**kwargs: float) -> IdlePolicy:
    return IdlePolicy(T0, **kwargs)  # type: ignore[arg-type]


def test_defaults() -> None:
    p = policy()
    assert (p.timeout_s, p.warning_s, p.assisted_factor, p.max_extensions) == (60, 30, 3, 20)
    state = p.tick(T0)
    assert state == IdleState(IdlePhase.ACTIVE, 60, True, 20, False)


def test_timeline_without_activity() -> None:
    p = policy()
    assert p.tick(T0 + 59.9).phase is IdlePhase.ACTIVE
    assert p.tick(T0 + 59.9).seconds_left == 1
    warning = p.tick(T0 + 60)
    assert warning.phase is IdlePhase.WARNING
    assert warning.seconds_left == 30
    assert warning.can_extend
    assert p.tick(T0 + 60.5).seconds_left == 30  # rounded up: never shows 0 while warning
    assert p.tick(T0 + 89.9).seconds_left == 1
    assert p.tick(T0 + 90).phase is IdlePhase.EXPIRED
    assert p.tick(T0 + 90).seconds_left == 0


def test_touch_restarts_the_clock() -> None:
    p = policy()
    p.touch(T0 + 50)
    assert p.tick(T0 + 109).phase is IdlePhase.ACTIVE
    assert p.tick(T0 + 110).phase is IdlePhase.WARNING


def test_touch_after_the_timeout_but_before_the_tick_still_counts() -> None:
    p = policy()
    assert p.tick(T0 + 59.5).phase is IdlePhase.ACTIVE
    p.touch(T0 + 60.2)  # the citizen touched; the UI had not shown the warning yet
    assert p.tick(T0 + 60.5).phase is IdlePhase.ACTIVE


def test_touch_does_not_answer_a_warning() -> None:
    p = policy()
    assert p.tick(T0 + 60).phase is IdlePhase.WARNING
    p.touch(T0 + 70)
    state = p.tick(T0 + 71)
    assert state.phase is IdlePhase.WARNING
    assert state.seconds_left == 19


def test_extend_during_warning() -> None:
    p = policy()
    p.tick(T0 + 60)
    assert p.extend(T0 + 75)
    assert p.extensions_used == 1
    state = p.tick(T0 + 75)
    assert state.phase is IdlePhase.ACTIVE
    assert state.extensions_left == 19
    assert p.tick(T0 + 134).phase is IdlePhase.ACTIVE
    assert p.tick(T0 + 135).phase is IdlePhase.WARNING


def test_extend_while_active_is_a_free_touch() -> None:
    p = policy()
    assert p.extend(T0 + 30)
    assert p.extensions_used == 0
    assert p.tick(T0 + 89).phase is IdlePhase.ACTIVE


def test_extensions_are_capped() -> None:
    p = policy(max_extensions=10)
    now = T0
    for i in range(10):
        now += 60
        state = p.tick(now)
        assert state.phase is IdlePhase.WARNING
        assert state.extensions_left == 10 - i
        assert p.extend(now + 1)
        now += 1
    now += 60
    last = p.tick(now)
    assert last.phase is IdlePhase.WARNING
    assert not last.can_extend
    assert last.extensions_left == 0
    assert not p.extend(now + 1)
    assert p.tick(now + 30).phase is IdlePhase.EXPIRED


def test_expired_is_latched_until_reset() -> None:
    p = policy()
    p.tick(T0 + 60)
    p.tick(T0 + 90)
    p.touch(T0 + 91)
    assert not p.extend(T0 + 92)
    assert p.tick(T0 + 93).phase is IdlePhase.EXPIRED
    p.reset(T0 + 100)
    state = p.tick(T0 + 100)
    assert state.phase is IdlePhase.ACTIVE
    assert state.extensions_left == 20


def test_a_late_tick_still_shows_the_whole_warning() -> None:
    # A frozen GUI thread ticks again only after 5 minutes: warn, do not expire at once.
    p = policy()
    state = p.tick(T0 + 300)
    assert state.phase is IdlePhase.WARNING
    assert state.seconds_left == 30
    assert p.tick(T0 + 329).phase is IdlePhase.WARNING
    assert p.tick(T0 + 330).phase is IdlePhase.EXPIRED


def test_assisted_mode_triples_the_timeout() -> None:
    p = policy()
    p.set_assisted(True)
    assert p.assisted
    assert p.effective_timeout_s == 180
    assert p.tick(T0 + 179).phase is IdlePhase.ACTIVE
    state = p.tick(T0 + 180)
    assert state.phase is IdlePhase.WARNING
    assert state.seconds_left == 30  # the warning itself is not stretched


def test_leaving_assisted_mode_with_now_counts_as_a_touch() -> None:
    p = policy()
    p.set_assisted(True)
    p.tick(T0 + 150)
    p.set_assisted(False, T0 + 150)
    assert p.tick(T0 + 209).phase is IdlePhase.ACTIVE
    assert p.tick(T0 + 210).phase is IdlePhase.WARNING


def test_leaving_assisted_mode_without_now_warns_and_never_expires_at_once() -> None:
    p = policy()
    p.set_assisted(True)
    p.tick(T0 + 150)
    p.set_assisted(False)
    state = p.tick(T0 + 150)
    assert state.phase is IdlePhase.WARNING
    assert state.seconds_left == 30


def test_reset_turns_assisted_mode_off() -> None:
    p = policy()
    p.set_assisted(True)
    p.reset(T0)
    assert not p.assisted


def test_pause_freezes_the_clock() -> None:
    p = policy()
    p.tick(T0 + 50)
    p.pause(T0 + 50)  # card terminal
    state = p.tick(T0 + 500)
    assert state.phase is IdlePhase.ACTIVE
    assert state.paused
    assert state.seconds_left == 10
    p.resume(T0 + 500)
    assert not p.paused
    assert p.tick(T0 + 509).phase is IdlePhase.ACTIVE
    assert p.tick(T0 + 510).phase is IdlePhase.WARNING


def test_pauses_nest() -> None:
    p = policy()
    p.pause(T0 + 10)  # card terminal
    p.pause(T0 + 20)  # printer, while the terminal is still busy
    p.resume(T0 + 100)  # terminal done
    assert p.paused
    assert p.tick(T0 + 1000).phase is IdlePhase.ACTIVE
    p.resume(T0 + 1000)  # printer done
    assert not p.paused
    assert p.tick(T0 + 1049).phase is IdlePhase.ACTIVE
    assert p.tick(T0 + 1050).phase is IdlePhase.WARNING


def test_pause_during_warning_freezes_the_countdown() -> None:
    p = policy()
    p.tick(T0 + 60)
    p.pause(T0 + 70)
    assert p.tick(T0 + 700).seconds_left == 20
    p.resume(T0 + 700)
    assert p.tick(T0 + 719).phase is IdlePhase.WARNING
    assert p.tick(T0 + 720).phase is IdlePhase.EXPIRED


def test_unmatched_resume_is_ignored_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    p = policy()
    with caplog.at_level(logging.WARNING, logger="kiosk.idle"):
        p.resume(T0 + 1)
    assert "without a matching pause" in caplog.text
    assert not p.paused
    assert p.tick(T0 + 60).phase is IdlePhase.WARNING


def test_reset_clears_leftover_pauses() -> None:
    p = policy()
    p.pause(T0)
    p.reset(T0 + 10)
    assert not p.paused
    assert p.tick(T0 + 70).phase is IdlePhase.WARNING


def test_clock_going_backwards_adds_no_time() -> None:
    p = policy()
    p.tick(T0 + 30)
    assert p.tick(T0 + 10).phase is IdlePhase.ACTIVE
    assert p.tick(T0 + 39).phase is IdlePhase.ACTIVE  # 30 s counted, then 29 more
    assert p.tick(T0 + 40).phase is IdlePhase.WARNING


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout_s": 0},
        {"timeout_s": -5},
        {"warning_s": 19.9},
        {"assisted_factor": 0.5},
        {"max_extensions": 9},
        {"timeout_s": float("nan")},
    ],
)
def test_wcag_limits_are_enforced(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - any of several messages
        policy(**kwargs)


def test_minimum_allowed_configuration() -> None:
    p = policy(timeout_s=10, warning_s=20, max_extensions=10, assisted_factor=1)
    assert p.tick(T0 + 10).seconds_left == 20


actions = st.lists(
    st.tuples(
        st.sampled_from(["tick", "touch", "extend", "pause", "resume", "assist", "unassist"]),
        st.floats(0, 40, allow_nan=False),
    ),
    max_size=80,
)


@settings(max_examples=200, database=None)
@given(actions)
def test_warning_is_always_shown_in_full_before_expiry(steps: list[tuple[str, float]]) -> None:
    p = policy(max_extensions=10)
    now = T0
    warning_since: float | None = None  # real time the current warning was first reported
    granted = 0
    for action, gap in steps:
        now += gap
        if action == "tick":
            state = p.tick(now)
            if state.phase is IdlePhase.WARNING:
                assert 1 <= state.seconds_left <= 30
                if warning_since is None:
                    warning_since = now
                    assert state.seconds_left == 30
            elif state.phase is IdlePhase.EXPIRED:
                # Pauses only lengthen it: at least warning_s of real time since first shown.
                assert warning_since is not None
                assert now - warning_since >= 30 - 1e-6
                return
            else:
                warning_since = None
            assert state.extensions_left == 10 - granted
        elif action == "extend":
            before = p.extensions_used
            p.extend(now)
            granted = p.extensions_used
            assert granted - before in (0, 1)
            if granted > before:
                warning_since = None
        elif action == "touch":
            p.touch(now)
        elif action == "pause":
            p.pause(now)
        elif action == "resume":
            p.resume(now)
        else:
            p.set_assisted(action == "assist")
    assert p.extensions_used <= 10
