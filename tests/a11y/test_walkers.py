"""Walk every screen and every internal step of the whole station and check targets, contrast,
text size and clipping (EN 301 549 5.1.4, 5.1.6; WCAG 1.4.3/1.4.6/2.5.8; ADA 707.7.2).

Each test builds the station against the sandbox, sets the theme / text size / language, walks
with :func:`tests.a11y.walk.visit` (screens found from the main window's map, steps from the
stacks inside each screen) and fails with one line per problem: where (screen/step), the
control's ``objectName`` and the measured numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.a11y import walk
from tests.a11y.conftest import KioskFactory
from tests.a11y.walk import Built
from ui.theme import TextSize

Check = Callable[[QWidget], list[str]]


def run(built: Built, check: Check) -> list[str]:
    """``check`` on what is shown at every screen and step; problems prefixed with where."""
    problems: list[str] = []
    seen: set[str] = set()
    for where, screen in walk.visit(built):
        for root in walk.shown_roots(built, screen):
            for problem in check(root):
                # The header repeats on every screen: report each of its problems once.
                key = problem if root is built.window.header else f"{where} {problem}"
                if key not in seen:
                    seen.add(key)
                    prefix = "header" if root is built.window.header else where
                    problems.append(f"{prefix}: {problem}")
    return problems


def report(title: str, problems: list[str]) -> str:
    return f"{title} ({len(problems)}):\n  " + "\n  ".join(problems)


def configure(built: Built, *, size: TextSize = TextSize.NORMAL, high_contrast: bool = False,
              language: str = "it", read_aloud: bool = False) -> None:
    station = built.station
    station.appearance.set_text_size(size)
    station.appearance.set_high_contrast(high_contrast)
    if language != station.languages.current:
        assert station.languages.set_language(language), f"no translation for {language}"
        built.window.retranslate()
    station.appearance.set_read_aloud(read_aloud)
    built.read_aloud.speaker.stop()
    walk.settle()


def test_walk_reaches_every_screen_and_step(kiosk: Built) -> None:
    visited = [where for where, _ in walk.visit(kiosk)]
    screens = {where.split("/")[0] for where in visited} - {"overlay"}
    assert screens == {screen.value for screen in kiosk.window.screens}
    assert {where for where in visited if where.startswith("overlay/")} == {
        f"overlay/{overlay.objectName()}" for overlay in walk.overlays(kiosk)}
    assert len(visited) >= len(screens)


# --- targets ----------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.LARGEST], ids=["normal", "largest"])
def test_targets_are_big_enough(kiosk: Built, size: TextSize) -> None:
    configure(kiosk, size=size, read_aloud=True)  # the speech bar is walked too
    problems = run(kiosk, walk.target_problems)
    assert not problems, report(
        f"controls under {walk.MIN_TARGET_PX} px (primary {walk.MIN_PRIMARY_PX} px)", problems)


def test_every_control_is_named(kiosk: Built) -> None:
    configure(kiosk, read_aloud=True)
    problems = run(kiosk, walk.naming_problems)
    assert not problems, report("controls read-aloud cannot name", problems)


# --- contrast ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("high_contrast", "minimum"), [(False, 4.5), (True, 7.0)], ids=["default", "high_contrast"])
def test_text_contrast(kiosk: Built, high_contrast: bool, minimum: float) -> None:
    configure(kiosk, high_contrast=high_contrast, read_aloud=True)
    problems = run(kiosk, lambda root: walk.contrast_problems(root, minimum))
    assert not problems, report(f"text under {minimum}:1 contrast", problems)


# --- text size --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("size", "minimum_mm"),
    [(TextSize.NORMAL, walk.MIN_CAP_MM_DEFAULT), (TextSize.LARGEST, walk.MIN_CAP_MM_LARGEST)],
    ids=["default", "largest"],
)
def test_capital_letters_are_tall_enough(kiosk: Built, size: TextSize, minimum_mm: float):
    configure(kiosk, size=size)
    problems = run(kiosk, lambda root: walk.text_size_problems(root, minimum_mm))
    assert not problems, report(f"capitals under {minimum_mm} mm", problems)


# --- clipping ---------------------------------------------------------------------------------

@pytest.mark.parametrize("language", walk.ALL_LANGUAGES)
def test_nothing_clipped_at_the_largest_text_size(kiosk: Built, language: str) -> None:
    if not kiosk.station.languages.set_language(language):
        pytest.skip(f"no {language} translation")
    # Read-aloud on: its header button grows a tick and the speech bar takes room.
    configure(kiosk, size=TextSize.LARGEST, language=language, read_aloud=True)
    problems = run(kiosk, walk.clipping_problems)
    assert not problems, report(f"clipped texts ({language}, largest text)", problems)


@pytest.fixture
def pseudo_locale(tmp_path: Path) -> Path:
    """``kiosk_xx.qm``: every Italian string 40% longer (built fresh from the sources)."""
    from scripts.pseudo_locale import build_pseudo

    return build_pseudo(tmp_path)


@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.LARGEST], ids=["normal", "largest"])
def test_nothing_clipped_in_the_pseudo_locale(
    qtbot: QtBot, make_kiosk: KioskFactory, pseudo_locale: Path, size: TextSize
) -> None:
    built = make_kiosk()
    translator = QTranslator()
    assert translator.load(str(pseudo_locale))
    QCoreApplication.installTranslator(translator)
    try:
        built.window.retranslate()
        configure(built, size=size, read_aloud=True)
        home = built.window.home.heading.text()
        assert home.startswith("[")
        assert len(home) > len("Buongiorno! Che cosa desidera fare?")
        problems = run(built, walk.clipping_problems)
    finally:
        QCoreApplication.removeTranslator(translator)
        built.window.retranslate()
    assert not problems, report("clipped texts (pseudo-locale +40%)", problems)
