"""Home screen: four very large choices (book, pay, my bookings, help)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.flows.navigation import Screen
from ui.appearance import set_icon
from ui.qtprops import mark_pointing_hand, mark_tap_through
from ui.screens.base import PAGE_MARGIN, ScreenWidget, title_label


class Tile(QPushButton):
    """A home-screen choice: icon, title and one line that says what it is for."""

    def __init__(self, parent: QWidget, name: str, icon: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        mark_pointing_hand(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.icon_label = QLabel(self)
        self.icon_label.setObjectName(f"{name}.icon")
        set_icon(self.icon_label, icon, "tile", "tile")
        self.title = QLabel(self)
        self.title.setObjectName(f"{name}.title")
        self.title.setProperty("role", "tile_title")
        self.title.setWordWrap(True)
        self.description = QLabel(self)
        self.description.setObjectName(f"{name}.description")
        self.description.setProperty("role", "tile_desc")
        self.description.setWordWrap(True)
        # The whole tile is the target: labels must not swallow the tap.
        mark_tap_through(self.icon_label, self.title, self.description)
        text = QVBoxLayout()
        text.setSpacing(12)
        text.addStretch(1)
        text.addWidget(self.title)
        text.addWidget(self.description)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 32, 40, 32)
        row.setSpacing(40)
        row.addWidget(self.icon_label)  # (fixed size: a row centres it vertically)
        row.addLayout(text, 1)

    def set_texts(self, title: str, description: str) -> None:
        self.title.setText(title)
        self.description.setText(description)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)


class HomeScreen(ScreenWidget):
    """The four things a citizen can do here."""

    chosen = Signal(Screen)
    """A choice was tapped: the screen to open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("home", parent)
        self.heading = title_label(self, "home.heading")
        self.tiles: dict[Screen, Tile] = {
            Screen.BOOK: Tile(self, "home.book", "calendar"),
            Screen.PAY: Tile(self, "home.pay", "card"),
            Screen.MY_BOOKINGS: Tile(self, "home.my_bookings", "list"),
            Screen.HELP: Tile(self, "home.help", "help"),
        }
        grid = QGridLayout()
        grid.setSpacing(40)
        for index, (screen, tile) in enumerate(self.tiles.items()):
            grid.addWidget(tile, index // 2, index % 2)
            tile.clicked.connect(lambda _=False, s=screen: self.chosen.emit(s))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, 48, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(40)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Buongiorno! Che cosa desidera fare?"))
        self.tiles[Screen.BOOK].set_texts(
            self.tr("Prenota"), self.tr("Un appuntamento in Comune o una visita"))
        self.tiles[Screen.PAY].set_texts(
            self.tr("Paga"), self.tr("Un avviso pagoPA o un ticket sanitario"))
        self.tiles[Screen.MY_BOOKINGS].set_texts(
            self.tr("Le mie prenotazioni"), self.tr("Vedere, stampare o disdire"))
        self.tiles[Screen.HELP].set_texts(
            self.tr("Aiuto"), self.tr("Come usare la postazione"))
