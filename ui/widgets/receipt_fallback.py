"""When the receipt did not print: its QR code large on screen and the code the desk needs.

The receipt is already stored (the store comes before the printer); this panel is how the
citizen leaves with it anyway: a phone can photograph the QR, and the desk reprints it from the
code. The QR holds the same lookup payload as the one printed on receipts (``SMACY:R:<code>``),
drawn from the same matrix, so the office's scanner finds it either way.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from printing.qr import lookup_payload, qr_matrix
from ui.i18n import in_reading_direction

QR_SIDE_PX = 300
"""About 74 mm on the 21.5" screen: easy for a phone camera or a desk scanner."""


class QrView(QWidget):
    """A QR code drawn crisp at any size (black modules on white with a quiet zone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: tuple[tuple[bool, ...], ...] = ()
        self.payload = ""
        self.setFixedSize(QSize(QR_SIDE_PX, QR_SIDE_PX))

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        self._matrix = qr_matrix(payload) if payload else ()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self._matrix:
            return
        modules = len(self._matrix) + 8  # 4-module quiet zone each side
        cell = min(self.width(), self.height()) / modules
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for row, line in enumerate(self._matrix):
            for col, dark in enumerate(line):
                if dark:
                    painter.drawRect(QRectF((col + 4) * cell, (row + 4) * cell, cell, cell))


class ReceiptFallback(QFrame):
    """``done.receipt_qr`` + ``done.receipt_code`` + what to do with them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done.receipt_fallback")
        self.setProperty("role", "notice")
        self.qr = QrView(self)
        self.qr.setObjectName("done.receipt_qr")
        self.title = QLabel(self)
        self.title.setObjectName("done.receipt_title")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setObjectName("done.receipt_code")
        self.code.setProperty("role", "code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hint = QLabel(self)
        self.hint.setObjectName("done.receipt_hint")
        self.hint.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(16)
        text.addWidget(self.title)
        text.addWidget(self.code)
        text.addWidget(self.hint)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 24, 32, 24)
        row.setSpacing(40)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self._receipt_code = ""
        self.retranslate()
        self.hide()

    @property
    def receipt_code(self) -> str:
        return self._receipt_code

    def show_for(self, receipt_code: str) -> None:
        """Show the fallback for a stored receipt that did not print."""
        self._receipt_code = receipt_code
        self.qr.set_payload(lookup_payload(receipt_code))
        self.retranslate()
        self.show()

    def reset(self) -> None:
        self._receipt_code = ""
        self.qr.set_payload("")
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("La ricevuta non è stata stampata, ma è conservata."))
        self.code.setText(in_reading_direction(self._receipt_code))
        self.hint.setText(self.tr(
            "Fotografi il codice QR con il telefono, oppure mostri questo codice allo "
            "sportello: il personale le stampa la ricevuta."))
        self.qr.setAccessibleName(self.tr("Codice QR della ricevuta"))
        self.code.setAccessibleName(
            self.tr("Codice ricevuta: %1").replace("%1", self._receipt_code))
        self.setAccessibleName(self.title.text())
