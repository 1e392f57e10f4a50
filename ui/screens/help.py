"""Help: how to use the station and how to get help from the desk."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.screens.base import PAGE_MARGIN, ScreenWidget, body_label, button_row, title_label


class HelpScreen(ScreenWidget):
    """Plain instructions, one idea per paragraph."""

    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("help", parent)
        self.heading = title_label(self, "help.heading")
        self.desk = body_label(self, "help.desk")
        self.touch = body_label(self, "help.touch")
        self.tools = body_label(self, "help.tools")
        self.privacy = body_label(self, "help.privacy", role="muted")
        self.home = self.make_button("home", role="primary", icon="home")
        self.home.clicked.connect(self.home_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN * 2, 56, PAGE_MARGIN * 2, PAGE_MARGIN)
        layout.setSpacing(32)
        layout.addWidget(self.heading)
        for label in (self.desk, self.touch, self.tools, self.privacy):
            layout.addWidget(label)
        self._status_slot = layout.count()
        layout.addStretch(1)
        layout.addLayout(button_row(self.home))
        self.retranslate()

    def add_status(self, widget: QWidget) -> None:
        """Show ``widget`` (the help request's status) under the explanation."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(self._status_slot, widget)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Aiuto"))
        self.desk.setText(self.tr(
            "Ha bisogno di una mano? Si rivolga allo sportello qui vicino: "
            "il personale la aiuterà volentieri a usare la postazione."))
        self.touch.setText(self.tr(
            "Per scegliere, tocchi una volta un pulsante. Non serve tenere premuto. "
            "Con «Indietro» torna alla pagina precedente, con «Inizio» alla prima pagina."))
        self.tools.setText(self.tr(
            "In alto trova: «Lingua» per cambiare lingua, «Testo» per ingrandire le scritte, "
            "«Contrasto» per colori più marcati e «Voce» per ascoltare le scritte."))
        self.privacy.setText(self.tr(
            "Quando ha finito, o se non tocca lo schermo per un po', la postazione "
            "cancella i suoi dati e torna all'inizio."))
        self.home.setText(self.tr("Torna all'inizio"))
        self.home.setAccessibleName(self.tr("Torna all'inizio"))
