"""Fonts for receipts: DejaVu Sans for Latin, Greek and Cyrillic, plus a face per other script.

reportlab embeds only fonts with TrueType outlines (``.ttf``, or one face of a ``.ttc``), not
the CFF-based OpenType of fonts-noto-cjk, so every face here is looked up by known file paths:

========  ==============================================  =====================================
face      files, first found wins                          Debian/Ubuntu package
========  ==============================================  =====================================
sans      DejaVuSans.ttf, DejaVuSans-Bold.ttf              fonts-dejavu-core
arabic    NotoSansArabic-Regular.ttf, -Bold.ttf            fonts-noto-core
cjk       wqy-microhei.ttc (then zenhei, Droid, AR PL)     fonts-wqy-microhei
========  ==============================================  =====================================

Fonts shipped in ``resources/fonts`` win over the system's, so every station prints the same.

A receipt line is drawn with a :class:`FontStack`: Latin letters, digits and common punctuation
come from the base face, other characters from the first script face that has them. Arabic
falls back to DejaVu's own Arabic glyphs when Noto Sans Arabic is missing; a language whose
script no installed face covers (Chinese without a CJK font) is reported by
:func:`missing_receipt_fonts` and printed in Italian rather than as empty boxes.

Finding files needs no reportlab; registering them does (it parses the font, tens of
milliseconds, 0.2 s for a CJK face), so it happens once per process and face, on first use.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import resources

log = logging.getLogger("kiosk.print")


BUNDLED = resources.path("fonts")
"""Fonts shipped with the kiosk (``resources/fonts``), looked in first."""
_SYSTEM = Path("/usr/share/fonts/truetype")

# System fallback: Debian/Ubuntu package fonts-dejavu-core.
FONT_DIRS = (BUNDLED, _SYSTEM / "dejavu")


@dataclass(frozen=True, slots=True)
class FontFile:
    """One TrueType face on disk: a ``.ttf``, or face ``subfont`` of a ``.ttc`` collection."""

    path: Path
    subfont: int = 0


@dataclass(frozen=True, slots=True)
class FaceSpec:
    """Where to look for one face, and what to tell a technician when it is missing."""

    name: str
    regular: tuple[tuple[str, int], ...]  # (file name, subfont) candidates, best first
    bold: tuple[tuple[str, int], ...]  # empty: no bold cut, the regular is emboldened
    dirs: tuple[Path, ...]
    package: str


SANS = FaceSpec(
    "sans",
    (("DejaVuSans.ttf", 0),),
    (("DejaVuSans-Bold.ttf", 0),),
    FONT_DIRS,
    "fonts-dejavu-core",
)
ARABIC = FaceSpec(
    "arabic",
    (("NotoSansArabic-Regular.ttf", 0),),
    (("NotoSansArabic-Bold.ttf", 0),),
    (BUNDLED, _SYSTEM / "noto"),
    "fonts-noto-core",
)
# WenQuanYi Micro Hei is Droid Sans Fallback with hinting and Latin; face 0 of the collection is
# the proportional one (face 1 is monospaced). The others are TrueType too, if already there.
CJK = FaceSpec(
    "cjk",
    (
        ("wqy-microhei.ttc", 0),
        ("wqy-zenhei.ttc", 0),
        ("DroidSansFallbackFull.ttf", 0),
        ("uming.ttc", 0),
    ),
    (),
    (BUNDLED, _SYSTEM / "wqy", _SYSTEM / "droid", _SYSTEM / "arphic"),
    "fonts-wqy-microhei",
)

# Which script face each receipt language needs besides the base face. Scripts that DejaVu
# covers (Latin, Cyrillic) need none.
LANGUAGE_FACES: dict[str, FaceSpec] = {"ar": ARABIC, "fa": ARABIC, "ur": ARABIC, "zh": CJK}


def find_font(candidates: Iterable[tuple[str, int]], dirs: Sequence[Path]) -> FontFile | None:
    """The first candidate file that exists, searching ``dirs`` in order for each."""
    for name, subfont in candidates:
        for folder in dirs:
            path = folder / name
            if path.is_file():
                return FontFile(path, subfont)
    return None


def missing_receipt_fonts(languages: Iterable[str]) -> list[str]:
    """Problems that would spoil receipts in ``languages``, in words a technician can act on.

    Cheap (file checks only, no reportlab), for ``kiosk doctor``. An empty list means every
    language prints in its own script.
    """
    problems: list[str] = []
    if find_font(SANS.regular, SANS.dirs) is None or find_font(SANS.bold, SANS.dirs) is None:
        problems.append(
            "receipts: DejaVu Sans not found, receipts print in Helvetica (Italian and English "
            f"only); install {SANS.package}"
        )
    for lang in languages:
        spec = LANGUAGE_FACES.get(lang)
        if spec is None or find_font(spec.regular, spec.dirs) is not None:
            continue
        wanted = ", ".join(name for name, _ in spec.regular)
        if spec is ARABIC:
            problems.append(
                f"receipts in {lang}: {wanted} not found, Arabic prints in DejaVu Sans; "
                f"install {spec.package}"
            )
        else:
            problems.append(
                f"receipts in {lang}: no TrueType font for its script ({wanted}), receipts "
                f"in {lang} print in Italian; install {spec.package}"
            )
    return problems


@dataclass(frozen=True, slots=True)
class FontPair:
    """Registered reportlab font names for body text and bold text."""

    regular: str
    bold: str
    unicode: bool


def _register(name: str, font: FontFile) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(font.path), subfontIndex=font.subfont))
    return name


@functools.cache
def receipt_fonts() -> FontPair:
    """Register (once) and return the base receipt fonts (DejaVu Sans, else Helvetica)."""
    regular = find_font(SANS.regular, SANS.dirs)
    bold = find_font(SANS.bold, SANS.dirs)
    if regular is not None and bold is not None:
        _register("SmacySans", regular)
        _register("SmacySans-Bold", bold)
        return FontPair("SmacySans", "SmacySans-Bold", unicode=True)
    # Helvetica has the euro sign and Latin-1 accents in reportlab's encoding, but nothing
    # beyond: good enough for Italian and English, not for other scripts.
    log.warning("DejaVu Sans not found in %s; receipts use Helvetica", [str(d) for d in SANS.dirs])
    return FontPair("Helvetica", "Helvetica-Bold", unicode=False)


@dataclass(frozen=True, slots=True)
class ScriptFace:
    """A registered script face: names for the regular and bold text, and whether bold is fake."""

    regular: str
    bold: str
    synthetic_bold: bool


@functools.cache
def script_face(spec: FaceSpec) -> ScriptFace | None:
    """Register (once) and return a script face, or ``None`` (logged) when it is not installed."""
    regular = find_font(spec.regular, spec.dirs)
    if regular is None:
        log.error(
            "receipt font for %s not found (%s in %s); install %s",
            spec.name,
            ", ".join(n for n, _ in spec.regular),
            ", ".join(str(d) for d in spec.dirs),
            spec.package,
        )
        return None
    base = f"Smacy-{spec.name}"
    bold = find_font(spec.bold, spec.dirs) if spec.bold else None
    _register(base, regular)
    if bold is None:
        return ScriptFace(base, base, synthetic_bold=True)
    return ScriptFace(base, _register(f"{base}-Bold", bold), synthetic_bold=False)


def _uses_base_face(ch: str) -> bool:
    # Latin (with Latin-1 and Extended-A/B), general punctuation, currency signs (the euro) and
    # letter-like symbols come from the base face, so digits, codes and amounts look the same
    # on every receipt whatever the language.
    code = ord(ch)
    return code < 0x0250 or 0x2000 <= code < 0x20D0


class FontStack:
    """Registered fonts for one text role: a base face and script faces tried in turn.

    Attributes:
        base: Font name for Latin letters, digits and common punctuation.
        extras: Font names for other scripts, first that has the character wins.
        synthetic: Names in ``extras`` with no bold cut, drawn with an outline to look bold.
    """

    __slots__ = ("_cmaps", "base", "extras", "synthetic")

    def __init__(
        self, base: str, extras: Sequence[str] = (), synthetic: Iterable[str] = ()
    ) -> None:
        self.base = base
        self.extras = tuple(extras)
        self.synthetic = frozenset(synthetic)
        self._cmaps: dict[str, frozenset[int] | None] | None = None

    def __repr__(self) -> str:
        return f"FontStack({self.base!r}, {self.extras!r})"

    def _key(self) -> tuple[str, tuple[str, ...], frozenset[str]]:
        return (self.base, self.extras, self.synthetic)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FontStack) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    @property
    def names(self) -> tuple[str, ...]:
        """Every font name in the stack, base first."""
        return (self.base, *self.extras)

    def _charmaps(self) -> dict[str, frozenset[int] | None]:
        if self._cmaps is None:
            from reportlab.pdfbase import pdfmetrics

            maps: dict[str, frozenset[int] | None] = {}
            for name in self.names:
                face = getattr(pdfmetrics.getFont(name), "face", None)
                cmap = getattr(face, "charToGlyph", None)
                # Standard Type 1 fonts (Helvetica) have no character map to ask.
                maps[name] = frozenset(cmap) if cmap is not None else None
            self._cmaps = maps
        return self._cmaps

    def covers(self, name: str, ch: str) -> bool:
        """Whether font ``name`` of this stack has a glyph for ``ch``."""
        cmap = self._charmaps()[name]
        return cmap is None or ord(ch) in cmap

    def font_for(self, ch: str) -> str:
        """The font that draws ``ch`` (the base face when none has it: a visible gap)."""
        if _uses_base_face(ch) and self.covers(self.base, ch):
            return self.base
        for name in self.extras:
            if self.covers(name, ch):
                return name
        return self.base

    def runs(self, text: str) -> tuple[tuple[str, str], ...]:
        """Split ``text`` into ``(font name, chunk)`` runs, in the order given."""
        if not self.extras:
            return ((self.base, text),) if text else ()
        return _split_runs(self, text)

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` in points at ``size``."""
        if not self.extras:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            return float(stringWidth(text, self.base, size))
        return _stack_width(self, text, size)

    def missing(self, text: str) -> str:
        """Characters of ``text`` that no font of the stack can draw (spaces aside)."""
        lost = {
            ch
            for ch in text
            if not ch.isspace() and not any(self.covers(name, ch) for name in self.names)
        }
        return "".join(sorted(lost))


# Wrapping measures the same words and prefixes again and again: splitting and measuring each
# once keeps Chinese and Arabic receipts nearly as fast to lay out as Italian ones. The caches
# hold receipt text, so render_receipt empties them when done (forget_text): no citizen's data
# outlives the receipt in memory.
@functools.lru_cache(maxsize=4096)
def _split_runs(stack: FontStack, text: str) -> tuple[tuple[str, str], ...]:
    runs: list[tuple[str, str]] = []
    for ch in text:
        name = stack.font_for(ch)
        # Spaces stay with the run they are in: fewer font switches in the PDF.
        if runs and (ch == " " or runs[-1][0] == name):
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    return tuple(runs)


@functools.lru_cache(maxsize=8192)
def _stack_width(stack: FontStack, text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(chunk, name, size) for name, chunk in stack.runs(text)))


def forget_text() -> None:
    """Empty the measuring caches (they hold the text of the last receipts)."""
    _split_runs.cache_clear()
    _stack_width.cache_clear()


@dataclass(frozen=True, slots=True)
class ReceiptFonts:
    """Fonts and direction for a receipt in one language.

    Attributes:
        regular: Stack for plain text (labels, body).
        bold: Stack for titles and values.
        rtl: Whether the language is written right to left (the layout is mirrored).
        complete: Whether the language's script has a font; when not, print in Italian.
    """

    regular: FontStack
    bold: FontStack
    rtl: bool
    complete: bool


RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})


@functools.cache
def fonts_for_language(lang: str) -> ReceiptFonts:
    """Register (once) and return the fonts for receipts in ``lang`` (``"it"``, ``"zh"``...)."""
    pair = receipt_fonts()
    spec = LANGUAGE_FACES.get(lang)
    face = script_face(spec) if spec is not None and pair.unicode else None
    rtl = lang in RTL_LANGUAGES
    if face is None:
        # Arabic still has DejaVu's own Arabic glyphs; Chinese has nothing.
        complete = spec is None or (spec is ARABIC and pair.unicode)
        return ReceiptFonts(FontStack(pair.regular), FontStack(pair.bold), rtl, complete)
    synthetic = (face.bold,) if face.synthetic_bold else ()
    return ReceiptFonts(
        FontStack(pair.regular, (face.regular,)),
        FontStack(pair.bold, (face.bold,), synthetic),
        rtl,
        complete=True,
    )
