"""Out of service: the backend does not answer. Clears by itself when it comes back."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.screens.base import PAGE_MARGIN, Notice, ScreenWidget, body_label


class OutOfServiceScreen(ScreenWidget):
    """Calm explanation; no buttons: the station recovers on its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("offline", parent)
        self.notice = Notice(self, "offline")
        # Tests and assistive tech find the explanation by this exact name.
        self.notice.message.setObjectName("offline.message")
        self.hint = body_label(self, "offline.hint", role="muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN * 3, PAGE_MARGIN, PAGE_MARGIN * 3, PAGE_MARGIN)
        layout.setSpacing(40)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.notice.title.setText(self.tr("Postazione momentaneamente non disponibile"))
        self.notice.message.setText(self.tr(
            "Non riusciamo a collegarci ai servizi del Comune e dell'ASST. "
            "La postazione riprova da sola e tornerà disponibile appena possibile."))
        self.hint.setText(self.tr(
            "Se ha bisogno subito, si rivolga allo sportello: il personale la aiuterà."))
