"""Render the touch widgets to PNG at 1920x1080 (offscreen) for docs and review.

Usage: ``python scripts/render_touch_screenshots.py [OUT_DIR]`` (default ``docs/screenshots``).

Writes ``identify.png`` (the identification screen under the station header, with a wrong
check letter typed, so the message at the field shows), ``idle-dialog.png`` (the "more
time?" overlay over it), ``keyboard.png`` and ``keyboard-qwerty.png`` (the on-screen keyboard
in its two layouts) and ``keypad.png``. ``--large`` / ``--contrast`` render the largest text
size / the high-contrast theme (the files get a suffix).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_SCREEN = ROOT / "resources" / "qpa" / "offscreen-1920x1080.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.appearance import (  # noqa: E402
    apply_theme,
    kiosk_font,
    measure_cap_ratio,
)
from ui.idle_dialog import IdleDialog  # noqa: E402
from ui.screens.base import PAGE_MARGIN  # noqa: E402
from ui.screens.identify import IdentifyScreen  # noqa: E402
from ui.session_timer import SessionTimer  # noqa: E402
from ui.theme import TextSize, ThemeName, make_theme  # noqa: E402
from ui.widgets.grouped_edit import GroupedLineEdit  # noqa: E402
from ui.widgets.header import Header  # noqa: E402
from ui.widgets.keyboard import Layout, OnScreenKeyboard  # noqa: E402
from ui.widgets.keypad import NumericKeypad  # noqa: E402


class _Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        self.t += 1.0  # every key press a second apart: no double-strike filtering
        return self.t


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def header_for_page() -> Header:
    return Header("Anagrafe – Palazzo Mezzabarba")


def _window(*widgets: QWidget) -> QWidget:
    window = QWidget()
    window.setObjectName("kiosk_root")
    column = QVBoxLayout(window)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    for widget in widgets:
        column.addWidget(widget, 1 if not isinstance(widget, Header) else 0)
    window.setGeometry(0, 0, 1920, 1080)
    return window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--large", action="store_true", help="largest text size")
    parser.add_argument("--contrast", action="store_true", help="high-contrast theme")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("-large" if args.large else "") + ("-contrast" if args.contrast else "")

    app = QApplication(sys.argv[:1])
    app.setFont(kiosk_font())
    theme = make_theme(
        ThemeName.HIGH_CONTRAST if args.contrast else ThemeName.NORMAL,
        TextSize.LARGEST if args.large else TextSize.NORMAL,
        measure_cap_ratio(app.font()),
    )

    def shot(window: QWidget, name: str) -> None:
        apply_theme(window, theme)
        window.show()
        _settle()
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)

    # Identification screen, a wrong check letter typed.
    header = Header("Anagrafe – Palazzo Mezzabarba")
    screen = IdentifyScreen(clock=_Clock())
    window = _window(header, screen)
    screen.entered()
    for char in "RSSMRA85T10G388J":
        screen.keyboard.keys[char].click()
    shot(window, "identify")

    # The "more time?" overlay over that screen, 27 seconds left.
    timer = SessionTimer(window)
    dialog = IdleDialog(window, timer)
    dialog.show_warning(27, True)
    shot(window, "idle-dialog")
    dialog.dismiss()
    window.close()

    # The keyboard in both layouts, and the keypad with a notice number, each on its page.
    def page_with(field: QLineEdit, keys: QWidget, caption: str) -> QWidget:
        page = QWidget()
        page.setProperty("surface", "page")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title = QLabel(caption, page)
        title.setProperty("role", "title")
        field.setParent(page)
        keys.setParent(page)
        column = QVBoxLayout()
        column.setSpacing(32)
        column.addWidget(title)
        column.addWidget(field)
        column.addWidget(keys)
        row = QHBoxLayout(page)
        row.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        column.addStretch(1)
        return page

    for layout, name in ((Layout.ALPHABETICAL, "keyboard"), (Layout.QWERTY, "keyboard-qwerty")):
        keyboard = OnScreenKeyboard(clock=_Clock(), layout=layout)
        cf = GroupedLineEdit.for_codice_fiscale()
        keyboard.set_target(cf)
        for char in "RSSMRA85":
            keyboard.keys[char].click()
        shot(_window(header_for_page(), page_with(cf, keyboard, "Codice fiscale")), name)

    keypad = NumericKeypad(clock=_Clock())
    notice = GroupedLineEdit.for_notice()
    keypad.set_target(notice)
    for digit in "3010000000000":
        keypad.keys[digit].click()
    shot(_window(header_for_page(), page_with(notice, keypad, "Numero avviso pagoPA")), "keypad")
    timer.deleteLater()


if __name__ == "__main__":
    main()
