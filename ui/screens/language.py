"""Language chooser: one big button per configured language, named in its own language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.i18n import LANGUAGE_NAMES
from ui.screens.base import PAGE_MARGIN, ScreenWidget, title_label


class LanguageScreen(ScreenWidget):
    """Tap a language to switch the whole station to it.

    Buttons are named ``language.<code>``; their text is the language's own name (Italiano,
    English …), which is why it is not translated.
    """

    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__("language", parent)
        self.heading = title_label(self, "language.heading")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(40)
        columns = 2 if len(languages) <= 4 else 3
        for index, code in enumerate(languages):
            button = self.make_button(code, role="choice")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            name = LANGUAGE_NAMES.get(code, code)
            button.setProperty("autonym", name)
            button.setText(name)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            grid.addWidget(button, index // columns, index % columns)
            self.buttons[code] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN * 2, 56, PAGE_MARGIN * 2, PAGE_MARGIN)
        layout.setSpacing(48)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def mark_current(self, code: str) -> None:
        """Check the current language's button (a tick, not only a colour, shows it)."""
        for other, button in self.buttons.items():
            button.setChecked(other == code)
            name = str(button.property("autonym"))
            button.setText(f"✓  {name}" if other == code else name)

    def retranslate(self) -> None:
        # Bilingual heading: whoever cannot read Italian still recognises the English.
        english = "Choose your language"
        text = self.tr("Scelga la lingua")
        self.heading.setText(text if text == english else f"{text}  ·  {english}")
