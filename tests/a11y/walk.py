"""Reusable pieces of the accessibility walkers: build a station, visit every screen and step,
measure targets, contrast, text size and clipping.

Screens are discovered, never listed: every :class:`~kiosk.flows.navigation.Screen` the main
window maps to a widget is visited, and inside each screen every page of every
``QStackedWidget`` (a flow screen's internal steps) is shown in turn. A screen added later is
walked without touching these tests.

Numbers (``DOMAIN.md``): 0.248 mm/px; targets ≥ 61 px (15 mm), primary ≥ 81 px (20 mm);
capitals ≥ 4.8 mm by default and ≥ 6.1 mm at the largest text size; WCAG contrast ≥ 4.5:1,
≥ 7:1 in high contrast.
"""

from __future__ import annotations

import contextlib
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPalette,
    QTextDocumentFragment,
    QTextLayout,
    QTextOption,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from kiosk.app import Kiosk, build_kiosk
from kiosk.flows.navigation import Screen
from ui.app import create_application, show_station
from ui.speech import ReadAloud, attach_read_aloud
from ui.theme import MM_PER_PX, contrast_ratio

MIN_TARGET_PX = 61
MIN_PRIMARY_PX = 81
MIN_CAP_MM_DEFAULT = 4.8
MIN_CAP_MM_LARGEST = 6.1
PRIMARY_ROLES = ("primary", "tile")

ALL_LANGUAGES = ("it", "en", "fr", "de", "es", "ro", "uk", "ar", "zh")


# --- building -------------------------------------------------------------------------------

@dataclass
class Built:
    """A station built in-process for a test."""

    kiosk: Kiosk
    read_aloud: ReadAloud
    _attached: bool = False
    _closed: bool = field(default=False, repr=False)

    @property
    def station(self) -> Any:
        return self.kiosk.station

    @property
    def window(self) -> Any:
        return self.kiosk.window

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._attached:
            self.read_aloud.shutdown()
        self.kiosk.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _ui_defaults() -> dict[str, Any]:
    text = resources.files("resources.config").joinpath("defaults.toml").read_text("utf-8")
    return dict(tomllib.loads(text).get("ui", {}))


def write_config(path: Path, url: str, token: str, *, engine: str = "mock",
                 languages: tuple[str, ...] = ALL_LANGUAGES) -> Path:
    """A site config pointing at ``url`` with every language offered."""
    ui_keys = _ui_defaults()
    lines = [
        "[station]",
        'kiosk_id = "PV-A11Y-01"',
        'name = "Anagrafe – Palazzo Mezzabarba"',
        "[backend]",
        f'url = "{url}"',
        f'token = "{token}"',
        "read_timeout_s = 5.0",
        "[ui]",
        "languages = [" + ", ".join(f'"{code}"' for code in languages) + "]",
    ]
    if "speech_engine" in ui_keys:  # once the station reads its engine from the config
        lines.append(f'speech_engine = "{engine}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build(config_path: Path, url: str, token: str, *, engine: str = "mock",
          languages: tuple[str, ...] = ALL_LANGUAGES) -> Built:
    """Build the whole station with ``build_kiosk`` and show it full screen."""
    create_application([])
    write_config(config_path, url, token, engine=engine, languages=languages)
    kiosk = build_kiosk(config_path)
    station = kiosk.station
    read_aloud = getattr(station, "read_aloud", None)
    attached = read_aloud is None
    if read_aloud is None:  # until build_station wires read-aloud itself
        read_aloud = attach_read_aloud(station.window, station.appearance, station.languages,
                                       station.navigator, engine=engine)
    show_station(station.window, windowed=False)
    return Built(kiosk, read_aloud, attached)


# --- visiting ---------------------------------------------------------------------------------

def screens(built: Built) -> dict[Screen, QWidget]:
    """Every screen the main window maps to a widget."""
    return dict(built.window.screens)


def show_screen(built: Built, screen: Screen) -> QWidget:
    """Make ``screen`` current the way the window does (header, ``entered()``)."""
    window = built.window
    widget = window.screens[screen]
    window._show(screen)  # the window's own mapping; no navigation rules in the way
    settle()
    return widget


def settle() -> None:
    """Let layouts, style polish and posted events run."""
    app = QApplication.instance()
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        app.processEvents()


def _stacks(widget: QWidget) -> list[QStackedWidget]:
    return [s for s in widget.findChildren(QStackedWidget)]


def steps(screen: QWidget) -> Iterator[str]:
    """Show every page of every stack inside ``screen`` in turn; yields a name for each.

    Pages are shown directly: layout, colours and sizes do not depend on how a step was
    reached. For a stack inside another stack's page, that page is shown first, so the inner
    pages are really on screen. Original pages are restored afterwards.
    """
    stacks = [s for s in _stacks(screen) if screen.isAncestorOf(s)]
    original = {id(s): s.currentIndex() for s in stacks}
    yield "(as entered)"
    for stack in stacks:
        _reveal(stack, screen)
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            settle()
            page = stack.widget(index)
            yield page.objectName() or f"{stack.objectName()}[{index}]"
        for other in stacks:
            other.setCurrentIndex(original[id(other)])
    settle()


def _reveal(widget: QWidget, screen: QWidget) -> None:
    """Make every stack between ``screen`` and ``widget`` show the page holding ``widget``."""
    child = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not screen:
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def visit(built: Built) -> Iterator[tuple[str, QWidget]]:
    """Every screen and every step, then every overlay: yields ``(where, widget)``."""
    for screen in screens(built):
        widget = show_screen(built, screen)
        for step in steps(widget):
            yield f"{screen.value}/{step}", widget
    show_screen(built, Screen.HOME)
    for overlay in overlays(built):
        with shown_overlay(overlay):
            yield f"overlay/{overlay.objectName()}", overlay
    show_screen(built, Screen.ATTRACT)


def overlays(built: Built) -> list[QWidget]:
    """Overlays laid over the window (idle warning, tutor PIN, tutor panel …): the parents of
    the cards with ``role="dialog"``, found, not listed."""
    found: list[QWidget] = []
    for card in built.window.findChildren(QWidget):
        if card.property("role") != "dialog":
            continue
        overlay = card.parentWidget()
        if overlay is not None and overlay is not built.window and overlay not in found:
            found.append(overlay)
    return found


@contextlib.contextmanager
def shown_overlay(overlay: QWidget) -> Iterator[None]:
    """Show ``overlay`` through its own entry point when it has one, then hide it again."""
    if hasattr(overlay, "show_warning"):
        overlay.show_warning(30)
    elif hasattr(overlay, "open"):
        overlay.open()
    else:
        overlay.show()
    overlay.setGeometry(overlay.parentWidget().rect())
    overlay.raise_()
    settle()
    try:
        yield
    finally:
        for name in ("dismiss", "close_and_forget"):
            if hasattr(overlay, name):
                getattr(overlay, name)()
                break
        overlay.hide()
        settle()


def shown_roots(built: Built, screen_widget: QWidget) -> list[QWidget]:
    """What a citizen sees: the header (when shown), the screen, the speech bar (when shown).
    An overlay covers the rest: it is its own root."""
    if screen_widget not in built.window.screens.values():
        return [screen_widget]
    roots = [screen_widget]
    header = built.window.header
    if header.isVisible():
        roots.insert(0, header)
    bar = built.window.findChild(QWidget, "speech.bar")
    if bar is not None and bar.isVisible():
        roots.append(bar)
    return roots


def visible(widget: QWidget) -> bool:
    """Visible on screen: shown, non-empty, and inside the window."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().intersects(rect)


def label(widget: QWidget) -> str:
    """``objectName`` (or the class and the nearest named ancestor) for failure messages."""
    if widget.objectName():
        return widget.objectName()
    current = widget.parentWidget()
    while current is not None and not current.objectName():
        current = current.parentWidget()
    owner = current.objectName() if current is not None else "?"
    return f"{type(widget).__name__} in {owner}"


# --- targets ----------------------------------------------------------------------------------

CONTROL_TYPES = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider,
                 QAbstractItemView)


def controls(root: QWidget) -> list[QWidget]:
    """Visible, enabled controls under ``root``."""
    found = [w for w in root.findChildren(QWidget) if isinstance(w, CONTROL_TYPES)]
    if isinstance(root, CONTROL_TYPES):
        found.insert(0, root)
    return [w for w in found if visible(w) and w.isEnabled()]


def is_primary(widget: QWidget) -> bool:
    return widget.property("role") in PRIMARY_ROLES


def target_problems(root: QWidget) -> list[str]:
    """Every visible, enabled control smaller than the limits."""
    problems = []
    for control in controls(root):
        need = MIN_PRIMARY_PX if is_primary(control) else MIN_TARGET_PX
        w, h = control.width(), control.height()
        if w < need or h < need:
            kind = "primary" if is_primary(control) else "control"
            problems.append(f"{label(control)}: {w}x{h} px < {need} px ({kind})")
    return problems


def naming_problems(root: QWidget) -> list[str]:
    """Visible controls without an ``objectName`` or without anything to speak."""
    problems = []
    for control in controls(root):
        if not control.objectName():
            problems.append(f"{label(control)}: no objectName")
        text = control.text() if isinstance(control, QAbstractButton) else ""
        if not (control.accessibleName().strip() or text.strip()):
            problems.append(f"{label(control)}: no accessible name and no text")
    return problems


# --- contrast ---------------------------------------------------------------------------------

def text_widgets(root: QWidget) -> list[QWidget]:
    """Visible labels and buttons with text under ``root``."""
    found = [w for w in [root, *root.findChildren(QWidget)]
             if isinstance(w, QLabel | QAbstractButton) and visible(w)]
    return [w for w in found if _text(w).strip()]


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


def foreground(widget: QWidget) -> QColor:
    """The colour the widget's text is drawn with, after QSS polish."""
    widget.ensurePolished()
    role = (QPalette.ColorRole.ButtonText if isinstance(widget, QAbstractButton)
            else QPalette.ColorRole.WindowText)
    group = (QPalette.ColorGroup.Active if widget.isEnabled()
             else QPalette.ColorGroup.Disabled)
    return widget.palette().color(group, role)


def grab(widget: QWidget) -> QImage:
    """What the widget looks like on screen (its background and children included)."""
    return widget.window().grab(QRect(widget.mapTo(widget.window(), QPoint(0, 0)),
                                      widget.size())).toImage()


def background(widget: QWidget, fg: QColor, image: QImage | None = None) -> QColor:
    """The colour painted behind the widget's text.

    Sampled from a grab of the window: the most frequent colour in the widget's area that is
    not (close to) the text colour itself — the text is thin, the background is everywhere
    else. Borders are excluded by sampling inside a small inset.
    """
    image = image if image is not None else grab(widget)
    w, h = image.width(), image.height()
    inset_x, inset_y = min(8, w // 4), min(8, h // 4)
    counts: dict[int, int] = {}
    step = max(1, min(w, h) // 40)
    fg_rgb = fg.rgb() & 0xFFFFFF
    for y in range(inset_y, h - inset_y, step):
        for x in range(inset_x, w - inset_x, step):
            rgb = image.pixel(x, y) & 0xFFFFFF
            if _close(rgb, fg_rgb):
                continue
            counts[rgb] = counts.get(rgb, 0) + 1
    if not counts:
        return QColor(image.pixel(0, 0))
    best = max(counts, key=lambda c: counts[c])
    return QColor.fromRgb(best)


def _close(a: int, b: int, tol: int = 24) -> bool:
    return all(abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) <= tol for s in (0, 8, 16))


def contrast_of(widget: QWidget) -> tuple[float, str, str]:
    """``(ratio, foreground, background)`` of the widget's text as actually drawn."""
    fg = foreground(widget)
    bg = background(widget, fg)
    return contrast_ratio(fg.name(), bg.name()), fg.name(), bg.name()


def contrast_problems(root: QWidget, minimum: float) -> list[str]:
    problems = []
    for widget in text_widgets(root):
        ratio, fg, bg = contrast_of(widget)
        if ratio < minimum:
            problems.append(f"{label(widget)}: {ratio:.2f}:1 ({fg} on {bg}) < {minimum}:1")
    return problems


# --- text size --------------------------------------------------------------------------------

def cap_mm(widget: QWidget) -> float:
    """Capital height of the widget's font in mm on the station screen."""
    widget.ensurePolished()
    return QFontMetricsF(widget.font()).capHeight() * MM_PER_PX


def text_size_problems(root: QWidget, minimum_mm: float) -> list[str]:
    problems = []
    for widget in text_widgets(root):
        mm = cap_mm(widget)
        if mm + 1e-6 < minimum_mm:
            px = QFontMetricsF(widget.font()).capHeight()
            problems.append(f"{label(widget)}: capitals {mm:.2f} mm ({px:.1f} px) "
                            f"< {minimum_mm} mm")
    return problems


# --- clipping ---------------------------------------------------------------------------------

def clipping_problems(root: QWidget) -> list[str]:
    """Texts that do not fit their widget."""
    problems = []
    for widget in text_widgets(root):
        problem = clipped(widget)
        if problem:
            problems.append(f"{label(widget)}: {problem}")
    return problems


def clipped(widget: QWidget) -> str:
    """Why ``widget``'s text does not fit, or ``""``."""
    if isinstance(widget, QLabel):
        return _label_clipped(widget)
    if isinstance(widget, QAbstractButton):
        return _button_clipped(widget)
    return ""


def _label_clipped(lab: QLabel) -> str:
    text = lab.text()
    if lab.pixmap() is not None and not lab.pixmap().isNull():
        return ""
    if getattr(lab, "full_text", None) is not None or type(lab).__name__ == "ElidedLabel":
        return ""  # elides on purpose, full text in the accessible name
    margins = lab.contentsMargins()
    inner_w = lab.width() - margins.left() - margins.right() - 2 * lab.margin()
    inner_h = lab.height() - margins.top() - margins.bottom() - 2 * lab.margin()
    metrics = QFontMetricsF(lab.font())
    if lab.wordWrap():
        need_h = lab.heightForWidth(lab.width())
        if need_h > lab.height() + 1:
            return f"wrapped text needs {need_h} px height, has {lab.height()} px"
        widest = widest_wrapped_line(plain_text(lab), lab.font(), inner_w)
        if widest > inner_w + 1:
            return f"an unbreakable part needs {widest:.0f} px width, has {inner_w} px"
        return ""
    flags = int(Qt.TextFlag.TextExpandTabs)
    rect = metrics.boundingRect(QRect(0, 0, 100000, 100000), flags, text)
    if rect.width() > inner_w + 1:
        return f"text needs {rect.width():.0f} px width, has {inner_w} px"
    if rect.height() > inner_h + 1:
        return f"text needs {rect.height():.0f} px height, has {inner_h} px"
    return ""


def plain_text(lab: QLabel) -> str:
    """The label's text as shown (rich text reduced to plain text)."""
    text = lab.text()
    if lab.textFormat() == Qt.TextFormat.RichText or (
            lab.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def widest_wrapped_line(text: str, font: QFont, width: int) -> float:
    """Widest line when ``text`` is word-wrapped at ``width`` (Unicode line breaking, so
    Chinese wraps between characters and a long word overflows, as in ``QLabel``)."""
    widest = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
    return widest


def _button_clipped(button: QAbstractButton) -> str:
    """Width: the size hint (text + icon + padding) must fit. Height: the text lines must fit
    (the hint's height also carries the stylesheet's ``min-height``, which is not text)."""
    hint = button.sizeHint()
    if hint.width() > button.width() + 1:
        return f"needs {hint.width()} px width (size hint), has {button.width()} px"
    metrics = QFontMetricsF(button.font())
    # A lower bound that a custom sizeHint() cannot hide: the widest text line, the icon and
    # the borders, with no padding at all.
    text_w = max((metrics.horizontalAdvance(line) for line in button.text().split("\n")),
                 default=0.0)
    icon_w = button.iconSize().width() if not button.icon().isNull() else 0
    need_w = text_w + icon_w + (6 if text_w and icon_w else 0) + 6
    if text_w and need_w > button.width() + 1:
        return f"text needs at least {need_w:.0f} px width, has {button.width()} px"
    lines = button.text().count("\n") + 1
    need_h = metrics.height() * lines + 6  # borders of the touch style are at most 3 px
    if need_h > button.height() + 1:
        return f"text needs {need_h:.0f} px height, has {button.height()} px"
    return ""
