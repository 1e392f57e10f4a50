"""Read-aloud policy (EN 301 549 5.1.3): what is spoken, when a tap speaks or acts, volume.

Plain Python, no Qt: the widget side (``ui/speech.py``) feeds it taps, presses and texts and
does what it answers. Keeping the rules here means they are tested without a screen.

Rules:

* **Explore, then act.** In read-aloud mode a first tap on a control only speaks it (its
  accessible name and description); a second tap on the *same* control within
  :data:`CONFIRM_WINDOW_S` activates it. A tap on another control, or a late second tap,
  speaks again. Controls that drive the speech itself (stop, repeat, volume, the read-aloud
  switch) act on the first tap, so speech can always be interrupted at once.
* **Masked entry is never spoken.** A password field, or anything marked ``no_speech``
  (the PIN keypad's keys), produces no speech at all and acts on the first tap: speaking
  its name would invite speaking its content, and a tutor's PIN must not be heard by the
  people queueing behind the citizen.
* **Start by holding.** On the attract screen a single finger held still for
  :data:`LONG_PRESS_S` seconds (no path, no second finger) switches the mode on, so a person
  who cannot see the header can start it.
* **Volume** has :data:`VOLUME_STEPS` steps and returns to :data:`DEFAULT_VOLUME_STEP` for
  every citizen (5.1.3.13), as does the mode itself.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONFIRM_WINDOW_S = 5.0
"""A second tap on the same control within this many seconds activates it."""

LONG_PRESS_S = 2.0
"""Press-and-hold time on the attract screen that starts read-aloud mode."""

LONG_PRESS_SLOP_PX = 40
"""How far (px) the finger may drift during the hold and still count as held still (10 mm)."""

VOLUME_STEPS: tuple[float, ...] = (0.4, 0.55, 0.7, 0.85, 1.0)
"""Volume levels the citizen can step through (engine scale 0..1)."""

DEFAULT_VOLUME_STEP = 2
"""Index in :data:`VOLUME_STEPS` every citizen starts at."""

CONTEXT = "Speech"

#: Phrases the speech layer adds itself (translated at speaking time).
MODE_ON = str(QT_TRANSLATE_NOOP(
    "Speech",
    "Lettura ad alta voce attiva. Tocchi una volta un pulsante per sentirlo, due volte per "
    "sceglierlo."))
MODE_OFF = str(QT_TRANSLATE_NOOP("Speech", "Lettura ad alta voce spenta."))
NOTHING_TO_REPEAT = str(QT_TRANSLATE_NOOP("Speech", "Niente da ripetere."))
VOLUME_NOW = str(QT_TRANSLATE_NOOP("Speech", "Volume %1 di %2."))
DISABLED = str(QT_TRANSLATE_NOOP("Speech", "non disponibile"))
ERROR_PREFIX = str(QT_TRANSLATE_NOOP("Speech", "Attenzione: %1"))
RECEIPT_INTRO = str(QT_TRANSLATE_NOOP("Speech", "Contenuto della ricevuta:"))


class TapAction(enum.Enum):
    """What a tap on a control does in read-aloud mode."""

    SPEAK = "speak"
    """Swallow the tap and speak the control."""
    ACTIVATE = "activate"
    """Let the tap through to the control, silently."""


@dataclass(frozen=True)
class Control:
    """What the policy needs to know about a tapped control.

    Attributes:
        key: identifies the control (the same object for both taps), e.g. ``id(widget)``.
        masked: a password field, or marked ``no_speech``: never spoken.
        speech_control: drives speech itself (stop, repeat, volume, read-aloud switch).
    """

    key: Hashable
    masked: bool = False
    speech_control: bool = False


class TapPolicy:
    """Decides, tap by tap, whether a control is spoken or activated.

    Args:
        window_s: seconds within which a second tap on the same control activates it.
    """

    def __init__(self, window_s: float = CONFIRM_WINDOW_S) -> None:
        self._window_s = window_s
        self._armed: Hashable | None = None
        self._armed_at = -math.inf

    @property
    def armed(self) -> Hashable | None:
        """The control a second tap would activate now (``None`` after it acted or reset)."""
        return self._armed

    def tap(self, control: Control, now: float) -> TapAction:
        """A tap on ``control`` at monotonic time ``now`` (seconds)."""
        if control.masked or control.speech_control:
            self.reset()
            return TapAction.ACTIVATE
        if control.key == self._armed and now - self._armed_at <= self._window_s:
            self.reset()
            return TapAction.ACTIVATE
        self._armed, self._armed_at = control.key, now
        return TapAction.SPEAK

    def reset(self) -> None:
        """Forget the armed control (new screen, mode off, end of session)."""
        self._armed, self._armed_at = None, -math.inf


class LongPress:
    """Recognises one finger held still for ``hold_s`` seconds (no path, no second finger).

    The widget side calls :meth:`press`, :meth:`move`, :meth:`release` with event positions
    and asks :meth:`due` from a timer; :meth:`due` answers True once per hold.
    """

    def __init__(self, hold_s: float = LONG_PRESS_S, slop_px: float = LONG_PRESS_SLOP_PX):
        self.hold_s = hold_s
        self._slop = slop_px
        self._origin: tuple[float, float] | None = None
        self._since = 0.0
        self._fired = False

    @property
    def holding(self) -> bool:
        """A press is in progress and has not been cancelled."""
        return self._origin is not None

    @property
    def fired(self) -> bool:
        """The current (or last) hold has triggered."""
        return self._fired

    def press(self, x: float, y: float, now: float) -> None:
        """A finger went down at ``(x, y)``."""
        self._origin, self._since, self._fired = (x, y), now, False

    def move(self, x: float, y: float) -> None:
        """The finger moved: drifting more than the slop cancels the hold (it is a path)."""
        if self._origin is not None and math.dist(self._origin, (x, y)) > self._slop:
            self._origin = None

    def cancel(self) -> None:
        """A second finger, or the press was taken elsewhere."""
        self._origin = None

    def release(self) -> bool:
        """The finger lifted. Returns True when this hold had triggered (swallow the release)."""
        fired = self._fired and self._origin is not None
        self._origin = None
        return fired

    def due(self, now: float) -> bool:
        """True exactly once, when the finger has been held still for ``hold_s``."""
        if self._origin is None or self._fired or now - self._since < self.hold_s:
            return False
        self._fired = True
        return True


class Volume:
    """Stepped speech volume that starts at the default for every citizen."""

    def __init__(self) -> None:
        self._step = DEFAULT_VOLUME_STEP

    @property
    def step(self) -> int:
        """Current step, 0-based."""
        return self._step

    @property
    def level(self) -> float:
        """Engine volume (0..1) of the current step."""
        return VOLUME_STEPS[self._step]

    @property
    def steps(self) -> int:
        return len(VOLUME_STEPS)

    def louder(self) -> bool:
        """One step up; False when already at the top."""
        if self._step + 1 >= len(VOLUME_STEPS):
            return False
        self._step += 1
        return True

    def softer(self) -> bool:
        """One step down; False when already at the bottom."""
        if self._step == 0:
            return False
        self._step -= 1
        return True

    def reset(self) -> None:
        """Back to the default step (next citizen)."""
        self._step = DEFAULT_VOLUME_STEP


def clean(text: str) -> str:
    """Text as it should be spoken: no line breaks, no decoration, single spaces.

    Tick marks and the text-size dots of the header are visual cues whose meaning the
    accessible name already says.
    """
    for mark in ("✓", "●", "○", "…", "•"):
        text = text.replace(mark, " ")
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")  # mnemonics
    return " ".join(text.split())


def join(parts: Iterable[str]) -> str:
    """Join phrases into one utterance: empty parts dropped, each ends with a stop."""
    out: list[str] = []
    for part in parts:
        part = clean(part)
        if not part:
            continue
        if part[-1] not in ".!?:;。！？؟":
            part += "."
        out.append(part)
    return " ".join(out)


def control_utterance(name: str, description: str = "", state: str = "") -> str:
    """What is spoken for a control: its name, its state (if any) and its description."""
    return join([name, state, description])
