"""The barcode/QR scanner: tell its keystrokes from a person's, then decode what it read.

The station's scanner is a USB HID *keyboard wedge*: it "types" what it reads, very fast, and
ends with Enter. Two pure pieces, with no Qt, so both are tested without a screen:

* :class:`WedgeDetector` watches key events with their timestamps and splits them into
  :class:`ScanComplete` (swallow it, decode it) and :class:`TypedKeys` (let them through to the
  focused field).
* :func:`decode` turns the text of a scan into a :class:`Decoded`: a pagoPA notice QR code, a
  Poste Data Matrix, a codice fiscale from the health card, an NRE from a prescription
  reminder, a tutor badge, or ``UNKNOWN`` with a message for the citizen. It never raises.

Neither logs what was read: a scan may hold a codice fiscale or a tutor's badge code.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from kiosk import pagopa

log = logging.getLogger("kiosk.scanner")

TR_CONTEXT = "Scanner"


# --------------------------------------------------------------------------------------------
# Telling a scanner from a person


class SpecialKey(Enum):
    """Keys without text that the detector needs to know about."""

    ENTER = "enter"
    TAB = "tab"
    BACKSPACE = "backspace"
    ESCAPE = "escape"


Key = str | SpecialKey

# Control characters some toolkits deliver as the text of these keys (Qt gives "\r" for
# Return): mapped so the caller may pass either form.
_CONTROL_KEYS = {
    "\r": SpecialKey.ENTER,
    "\n": SpecialKey.ENTER,
    "\t": SpecialKey.TAB,
    "\b": SpecialKey.BACKSPACE,
    "\x1b": SpecialKey.ESCAPE,
}


@dataclass(frozen=True, slots=True)
class ScanComplete:
    """A whole scan: swallow the keys and pass ``text`` to :func:`decode`."""

    text: str = field(repr=False)  # may be a codice fiscale or a badge code


@dataclass(frozen=True, slots=True)
class TypedKeys:
    """Keys a person typed, in order: deliver them to the focused control."""

    keys: tuple[Key, ...] = field(repr=False)  # may be a PIN


WedgeEvent = ScanComplete | TypedKeys


class WedgeDetector:
    """Split a keyboard event stream into scans and human typing.

    A **scan** is a burst of at least ``min_chars`` characters in which every gap between two
    keys, and the gap before the terminating key, is at most ``max_gap_s``, ended by one of
    ``terminators`` (Enter by default). Anything else is **typing**.

    Defaults and why:

    * ``max_gap_s = 0.035``: wedge scanners send a key every 1-10 ms (USB polls at 1-8 ms);
      even fast typists average 100-200 ms between keys and only reach < 35 ms on the odd
      rolled pair.
    * ``min_chars = 6``: the shortest code we read is 15 characters (an NRE); 6 keeps two or
      three rolled keys from looking like a scan while leaving a wide margin.
    * ``max_length = 4096``: far above the longest code (the 256-character Data Matrix); a
      longer burst is a stuck key or a fault, released as typing.

    Because a person's first key looks like the start of a scan, keys are **held** until the
    detector can decide: the next key arrives too late, a non-text key arrives, or the caller
    calls :meth:`poll` after :meth:`due_at`. The UI should run a single-shot timer for
    ``due_at() - now`` (rounded up, plus a millisecond) and call :meth:`poll` when it fires; a
    person's key is then delayed by at most ~36 ms, which nobody notices.

    Feed timestamps from the input event itself (Qt's ``QInputEvent.timestamp()`` / 1000), not
    the time the handler runs: if the GUI thread is busy, queued human keys would otherwise
    arrive back to back and look like a scan. A timestamp that goes backwards breaks the burst.

    Args:
        max_gap_s: largest gap between keys (seconds) still counted as a scanner.
        min_chars: fewest keys (terminator excluded) for a scan.
        terminators: keys that end a scan.
        require_terminator: when False, a fast burst of ``min_chars`` or more that simply stops
            also counts as a scan (for scanners configured without a suffix).
        max_length: longest burst held; beyond it the keys are released as typing.
    """

    def __init__(
        self,
        *,
        max_gap_s: float = 0.035,
        min_chars: int = 6,
        terminators: frozenset[SpecialKey] = frozenset({SpecialKey.ENTER}),
        require_terminator: bool = True,
        max_length: int = 4096,
    ) -> None:
        if max_gap_s <= 0:
            raise ValueError("max_gap_s must be positive")
        if min_chars < 1:
            raise ValueError("min_chars must be at least 1")
        if max_length < min_chars:
            raise ValueError("max_length must be at least min_chars")
        self.max_gap_s = max_gap_s
        self.min_chars = min_chars
        self.terminators = terminators
        self.require_terminator = require_terminator
        self.max_length = max_length
        self._held: list[str] = []
        self._last_t = 0.0

    @property
    def pending(self) -> bool:
        """True while keys are held waiting for a decision."""
        return bool(self._held)

    def due_at(self) -> float | None:
        """When :meth:`poll` can release the held keys (None if nothing is held)."""
        return self._last_t + self.max_gap_s if self._held else None

    def _in_burst(self, t: float) -> bool:
        return 0.0 <= t - self._last_t <= self.max_gap_s

    def _release(self) -> list[WedgeEvent]:
        """Release the held keys because the burst ended without a terminator."""
        held, self._held = self._held, []
        if not held:
            return []
        if not self.require_terminator and len(held) >= self.min_chars:
            return [ScanComplete("".join(held))]
        return [TypedKeys(tuple(held))]

    def feed(self, key: Key, t: float) -> list[WedgeEvent]:
        """Process one key press at monotonic time ``t`` (seconds).

        Args:
            key: the text of the key (normally one character) or a :class:`SpecialKey`;
                ``"\\r"``, ``"\\n"``, ``"\\t"``, ``"\\b"`` and ESC count as the special keys. An
                empty string (a bare modifier such as Shift) is ignored.
            t: the event's timestamp in seconds.

        Returns:
            The events now decided, in order (often none while keys are held).
        """
        if isinstance(key, str):
            if not key:
                return []
            key = _CONTROL_KEYS.get(key, key)
        events: list[WedgeEvent] = []
        if self._held and not self._in_burst(t):
            events += self._release()
        if isinstance(key, SpecialKey):
            if key in self.terminators and len(self._held) >= self.min_chars:
                events.append(ScanComplete("".join(self._held)))
                self._held = []
            else:
                # A short burst then Enter, or a key scanners never send mid-code: typing.
                keys: tuple[Key, ...] = (*self._held, key)
                self._held = []
                events.append(TypedKeys(keys))
            self._last_t = t
            return events
        self._held.append(key)
        self._last_t = t
        if len(self._held) > self.max_length:
            held, self._held = self._held, []
            events.append(TypedKeys(tuple(held)))
        return events

    def poll(self, now: float) -> list[WedgeEvent]:
        """Release held keys if no key came for more than ``max_gap_s`` (call after due_at)."""
        if self._held and not self._in_burst(now):
            return self._release()
        return []

    def flush(self) -> list[WedgeEvent]:
        """Release whatever is held now (before a screen change or a focus move)."""
        return self._release()

    def reset(self) -> None:
        """Drop held keys without releasing them (end of the citizen's session)."""
        self._held = []


# --------------------------------------------------------------------------------------------
# Decoding what was scanned


class CodeKind(StrEnum):
    """What a scan turned out to be."""

    PAGOPA_QR = "pagopa_qr"
    POSTE_DATAMATRIX = "poste_datamatrix"
    CODICE_FISCALE = "codice_fiscale"
    NRE = "nre"
    TUTOR_BADGE = "tutor_badge"
    UNKNOWN = "unknown"


BADGE_PREFIX = "SMACY-BADGE:"
MAX_SCAN_LENGTH = 4096  # longer input is refused before any parsing
_BADGE_CODE_RE = re.compile(r"[A-Za-z0-9-]{8,64}", re.ASCII)
_NRE_SHAPE_RE = re.compile(r"[0-9]{3}[0-9A-Z]{12}", re.ASCII)

_MSG_UNKNOWN = str(
    QT_TRANSLATE_NOOP("Scanner", "Questo codice non è tra quelli che posso leggere qui.")
)
_MSG_BAD_CF = str(
    QT_TRANSLATE_NOOP(
        "Scanner",
        "Non sono riuscito a leggere bene il codice fiscale. Passi di nuovo la tessera "
        "sanitaria davanti al lettore, oppure scriva il codice a mano.",
    )
)
_MSG_BAD_BADGE = str(
    QT_TRANSLATE_NOOP(
        "Scanner",
        "Il tesserino non è stato letto bene. Lo passi di nuovo davanti al lettore.",
    )
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """The meaning of one scan.

    Attributes:
        kind: what was recognised; ``UNKNOWN`` when nothing could be used.
        value: the useful content, normalised: the 18-digit notice number (pagoPA QR and Data
            Matrix), the codice fiscale, the NRE or the badge code; empty for ``UNKNOWN``.
            Kept out of ``repr`` because it may be personal data or a credential.
        notice: the notice reference for ``PAGOPA_QR`` and ``POSTE_DATAMATRIX``.
        looks_like: for ``UNKNOWN``, the kind the text resembled (a partial read), if any.
        message: for ``UNKNOWN``, untranslated Italian text for the citizen.
        message_context: the translation context of ``message`` (``Scanner``, ``PagoPA``);
            display it with ``QCoreApplication.translate(message_context, message)``.
    """

    kind: CodeKind
    value: str = field(default="", repr=False)
    notice: pagopa.NoticeRef | None = None
    looks_like: CodeKind | None = None
    message: str = ""
    message_context: str = TR_CONTEXT

    @property
    def ok(self) -> bool:
        """True when the scan was recognised and is usable."""
        return self.kind is not CodeKind.UNKNOWN


def _unknown(
    looks_like: CodeKind | None = None,
    message: str = _MSG_UNKNOWN,
    context: str = TR_CONTEXT,
) -> Decoded:
    return Decoded(
        CodeKind.UNKNOWN, looks_like=looks_like, message=message, message_context=context
    )


def _from_pagopa(kind: CodeKind, text: str, parser: Callable[[str], pagopa.NoticeRef]) -> Decoded:
    from kiosk import pagopa

    try:
        ref = parser(text)
    except pagopa.PagoPaError as exc:
        return _unknown(kind, exc.message, pagopa.TR_CONTEXT)
    return Decoded(kind, ref.notice_number, notice=ref)


def _decode(text: str) -> Decoded:
    # The domain rules load with the first scan: the station starts without them.
    from kiosk import codicefiscale, nre, pagopa

    if len(text) > MAX_SCAN_LENGTH:
        return _unknown()
    # Line ends only: trailing spaces are part of the Data Matrix padding.
    unwrapped = text.strip("\r\n")
    if unwrapped[: len(pagopa.DATAMATRIX_PREFIX)].lower() == pagopa.DATAMATRIX_PREFIX.lower():
        return _from_pagopa(CodeKind.POSTE_DATAMATRIX, unwrapped, pagopa.parse_poste_datamatrix)
    stripped = unwrapped.strip()
    head = stripped.split("|", 1)[0]
    if head.isascii() and head.upper() == pagopa.QR_IDENTIFIER:
        return _from_pagopa(CodeKind.PAGOPA_QR, stripped, pagopa.parse_qr_payload)
    if stripped.startswith(BADGE_PREFIX):
        code = stripped[len(BADGE_PREFIX) :]
        if _BADGE_CODE_RE.fullmatch(code):
            return Decoded(CodeKind.TUTOR_BADGE, code)
        return _unknown(CodeKind.TUTOR_BADGE, _MSG_BAD_BADGE)
    cf = codicefiscale.validate(stripped)
    if cf.kind is codicefiscale.CfKind.PERSON and len(cf.value) == codicefiscale.PERSON_LENGTH:
        if cf.ok:
            return Decoded(CodeKind.CODICE_FISCALE, cf.value)
        if cf.problem in (codicefiscale.CfProblem.BAD_CHECK, codicefiscale.CfProblem.BAD_DATE):
            # Shaped like a codice fiscale but misread (Code 39 has no checksum of its own).
            return _unknown(CodeKind.CODICE_FISCALE, _MSG_BAD_CF)
    prescription = nre.normalize(stripped)
    if _NRE_SHAPE_RE.fullmatch(prescription):
        return Decoded(CodeKind.NRE, prescription)
    return _unknown()


def decode(text: str) -> Decoded:
    """Recognise the text of one scan.

    Tried in this order: Poste Data Matrix (``codfase=NBPA;``), pagoPA QR (``PAGOPA|``), tutor
    badge (``SMACY-BADGE:`` + 8-64 of ``[A-Za-z0-9-]``), personal codice fiscale (16
    characters, with or without Code 39 ``*`` marks, check letter verified), NRE (15 of
    ``[0-9A-Z]`` starting with a 3-digit region code). A read that starts like one of them but
    is cut short or damaged is ``UNKNOWN`` with ``looks_like`` set and a specific message.

    Never raises and runs in linear time: input longer than ``MAX_SCAN_LENGTH`` characters is
    ``UNKNOWN`` straight away; any unexpected failure is logged (without the text) and reported
    as ``UNKNOWN``.
    """
    try:
        if not isinstance(text, str):
            return _unknown()
        result = _decode(text)
    except Exception as exc:  # the contract is "never raises": a scan must not crash a screen
        log.error("scan decoding failed with %s; treated as unknown", type(exc).__name__)
        return _unknown()
    log.debug("scan decoded as %s", result.kind)
    return result
