"""A service this station does not offer yet: say so plainly and lead back home."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.screens.base import PAGE_MARGIN, Notice, ScreenWidget, button_row

#: Title of each service, by screen key (translated in the UnavailableScreen context).
SERVICE_TITLES: dict[str, object] = {
    "book": QT_TRANSLATE_NOOP("UnavailableScreen", "Prenota"),
    "pay": QT_TRANSLATE_NOOP("UnavailableScreen", "Paga"),
    "my_bookings": QT_TRANSLATE_NOOP("UnavailableScreen", "Le mie prenotazioni"),
}

_ICONS = {"book": "calendar", "pay": "card", "my_bookings": "list"}


class UnavailableScreen(ScreenWidget):
    """Explains that ``key``'s service is not available at this station yet.

    Args:
        key: ``book``, ``pay`` or ``my_bookings`` (names its controls, e.g. ``pay.home``).
    """

    home_requested = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.notice = Notice(self, key, icon=_ICONS.get(key, "warning"))
        self.home = self.make_button("home", role="primary", icon="home")
        self.home.clicked.connect(self.home_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN * 3, PAGE_MARGIN, PAGE_MARGIN * 3, PAGE_MARGIN)
        layout.setSpacing(56)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(button_row(self.home))
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.notice.title.setText(
            QCoreApplication.translate("UnavailableScreen", str(SERVICE_TITLES[self.key])))
        self.notice.message.setText(self.tr(
            "Questo servizio non è ancora disponibile in questa postazione. "
            "Può chiedere allo sportello: il personale la aiuterà."))
        self.home.setText(self.tr("Torna all'inizio"))
        self.home.setAccessibleName(self.tr("Torna all'inizio"))
