"""Read-aloud rules without Qt widgets: explore-then-act taps, the long press, volume steps."""

from __future__ import annotations

import pytest

from kiosk import speech
from kiosk.speech import Control, LongPress, TapAction, TapPolicy, Volume


def test_first_tap_speaks_second_tap_on_the_same_control_activates() -> None:
    policy = TapPolicy()
    assert policy.tap(Control("pay"), 10.0) is TapAction.SPEAK
    assert policy.armed == "pay"
    assert policy.tap(Control("pay"), 12.0) is TapAction.ACTIVATE
    assert policy.armed is None
    assert policy.tap(Control("pay"), 12.5) is TapAction.SPEAK  # a new round


def test_other_control_or_late_tap_speaks_again() -> None:
    policy = TapPolicy(window_s=5.0)
    assert policy.tap(Control("pay"), 0.0) is TapAction.SPEAK
    assert policy.tap(Control("book"), 1.0) is TapAction.SPEAK
    assert policy.tap(Control("pay"), 2.0) is TapAction.SPEAK
    assert policy.tap(Control("pay"), 7.5) is TapAction.SPEAK  # 5.5 s later: too late
    assert policy.tap(Control("pay"), 8.0) is TapAction.ACTIVATE


def test_masked_and_speech_controls_act_at_once() -> None:
    policy = TapPolicy()
    policy.tap(Control("pay"), 0.0)
    assert policy.tap(Control("pin.7", masked=True), 0.1) is TapAction.ACTIVATE
    assert policy.armed is None  # and the armed control is forgotten
    assert policy.tap(Control("speech.stop", speech_control=True), 0.2) is TapAction.ACTIVATE


def test_reset_forgets_the_armed_control() -> None:
    policy = TapPolicy()
    policy.tap(Control("pay"), 0.0)
    policy.reset()
    assert policy.tap(Control("pay"), 0.5) is TapAction.SPEAK


def test_long_press_fires_once_after_two_seconds_held_still() -> None:
    hold = LongPress()
    assert speech.LONG_PRESS_S == 2.0
    hold.press(100, 100, now=0.0)
    assert not hold.due(1.9)
    hold.move(110, 105)  # a little tremor is still "held still"
    assert hold.due(2.0)
    assert not hold.due(3.0)  # once
    assert hold.release()  # the release belongs to the long press


def test_long_press_is_cancelled_by_a_path_or_an_early_release() -> None:
    hold = LongPress()
    hold.press(100, 100, now=0.0)
    hold.move(100 + speech.LONG_PRESS_SLOP_PX + 1, 100)
    assert not hold.holding
    assert not hold.due(5.0)
    hold.press(100, 100, now=10.0)
    assert not hold.release()  # an ordinary tap
    assert not hold.due(20.0)


def test_volume_steps_clamp_and_reset() -> None:
    volume = Volume()
    default = volume.level
    assert volume.step == speech.DEFAULT_VOLUME_STEP
    while volume.louder():
        pass
    assert volume.level == 1.0
    assert not volume.louder()
    while volume.softer():
        pass
    assert volume.level == speech.VOLUME_STEPS[0] > 0
    volume.reset()
    assert volume.level == default


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["Titolo", "Istruzione"], "Titolo. Istruzione."),
        (["✓ Voce", ""], "Voce."),
        (["Riga\nsu due", "Già finita!"], "Riga su due. Già finita!"),
        (["&Paga"], "Paga."),
    ],
)
def test_join_makes_one_clean_utterance(parts: list[str], expected: str) -> None:
    assert speech.join(parts) == expected


def test_control_utterance_has_name_state_and_description() -> None:
    assert speech.control_utterance("Paga", "Un avviso pagoPA", "attivo") == (
        "Paga. attivo. Un avviso pagoPA.")
