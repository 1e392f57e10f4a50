"""Attract loop: shown while nobody uses the station; one tap anywhere starts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.appearance import set_icon
from ui.qtprops import mark_tap_through, set_props
from ui.screens.base import ScreenWidget

# Which institution the station belongs to, by ``station.site`` in the config.
_SITE_NAMES: dict[str, object] = {
    "comune": QT_TRANSLATE_NOOP("AttractScreen", "Comune di Pavia"),
    "asst": QT_TRANSLATE_NOOP("AttractScreen", "ASST Pavia"),
    "both": QT_TRANSLATE_NOOP("AttractScreen", "Comune di Pavia e ASST Pavia"),
}


class AttractScreen(ScreenWidget):
    """A single button as big as the screen: "Tocchi lo schermo per iniziare".

    Args:
        office: the station's name from the config (``station.name``), shown as is.
        site: ``comune``, ``asst`` or ``both``.
    """

    show_header = False
    start_requested = Signal()

    def __init__(self, office: str, site: str, parent: QWidget | None = None) -> None:
        super().__init__("attract", parent)
        self._office = office
        self._site = site
        self.button = QPushButton(self)
        self.button.setObjectName("attract.start")
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.button.clicked.connect(self.start_requested)
        self.institution = QLabel(self.button)
        self.institution.setObjectName("attract.institution")
        self.institution.setProperty("role", "accent")
        self.office = QLabel(self.button)
        self.office.setObjectName("attract.office")
        self.hand = QLabel(self.button)
        self.hand.setObjectName("attract.icon")
        set_icon(self.hand, "touch", "attract", "hero")
        self.prompt = QLabel(self.button)
        self.prompt.setObjectName("attract.prompt")
        self.prompt.setProperty("role", "hero")
        self.prompt.setWordWrap(True)
        self.services = QLabel(self.button)
        self.services.setObjectName("attract.services")
        self.services.setWordWrap(True)
        inner = QVBoxLayout(self.button)
        inner.setContentsMargins(120, 100, 120, 100)
        inner.setSpacing(36)
        for label in (self.institution, self.office, self.hand, self.prompt, self.services):
            mark_tap_through(label)
            set_props(label, alignment="AlignCenter")
        inner.addWidget(self.institution)
        inner.addWidget(self.office)
        inner.addStretch(2)
        centred = QHBoxLayout()  # (the icon has a fixed size: stretches either side)
        centred.addStretch(1)
        centred.addWidget(self.hand)
        centred.addStretch(1)
        inner.addLayout(centred)
        inner.addWidget(self.prompt)
        inner.addWidget(self.services)
        inner.addStretch(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.institution.setText(
            QCoreApplication.translate("AttractScreen", str(_SITE_NAMES.get(self._site, ""))))
        self.office.setText(self._office)
        self.prompt.setText(self.tr("Tocchi lo schermo per iniziare"))
        self.services.setText(self.tr("Prenotazioni e pagamenti pagoPA"))
        self.button.setAccessibleName(self.tr("Tocchi lo schermo per iniziare"))
