"""The header on every screen: home, back, language, text size, contrast, read aloud, help."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from ui.appearance import set_icon
from ui.qtprops import mark_pointing_hand, set_props
from ui.theme import TextSize
from ui.widgets.elided_label import ElidedLabel

_STEPS = len(TextSize)


class Header(QFrame):
    """Station header. It emits intentions; the main window decides what they do.

    Toggle states are shown by a tick in the label and by the accessible name, never by colour
    alone. (A frame without a frame: a QFrame paints its stylesheet background as it is, see
    :class:`ui.screens.base.ScreenWidget`.)
    """

    home_clicked = Signal()
    back_clicked = Signal()
    language_clicked = Signal()
    text_size_clicked = Signal()
    contrast_toggled = Signal(bool)
    read_aloud_toggled = Signal(bool)
    help_clicked = Signal()

    def __init__(self, station_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self._station_name = station_name
        self._text_size = TextSize.NORMAL
        self.home = self._button("home", "home")
        self.back = self._button("back", "back")
        # The station name gives way first (shortened with "…") when large text needs room.
        self.title = ElidedLabel(self)
        self.title.setObjectName("header.title")
        set_props(self.title, alignment="AlignLeft|AlignVCenter")
        self.language = self._button("language", "globe")
        self.text_size = self._button("text_size", "text-size")
        self.contrast = self._button("contrast", "contrast", checkable=True)
        self.read_aloud = self._button("read_aloud", "speaker", checkable=True)
        self.help = self._button("help", "help")
        self.home.clicked.connect(self.home_clicked)
        self.back.clicked.connect(self.back_clicked)
        self.language.clicked.connect(self.language_clicked)
        self.text_size.clicked.connect(self.text_size_clicked)
        self.contrast.toggled.connect(self._on_contrast)
        self.read_aloud.toggled.connect(self._on_read_aloud)
        self.help.clicked.connect(self.help_clicked)

        self._buttons = (self.home, self.back, self.language, self.text_size, self.contrast,
                         self.read_aloud, self.help)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(16)
        row.addWidget(self.home)
        row.addWidget(self.back)
        row.addSpacing(8)
        row.addWidget(self.title, 1)
        for button in (self.language, self.text_size, self.contrast, self.read_aloud, self.help):
            row.addWidget(button)
        self._extras: list[QWidget] = []
        self.retranslate()

    def add_control(self, widget: QWidget) -> None:
        """Put another control (e.g. the tutor's) in the row, just before *help*."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(layout.indexOf(self.help), widget)
        self._extras.append(widget)
        self.fit()

    def _button(self, control: str, icon: str, *, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"header.{control}")
        button.setCheckable(checkable)
        set_props(button, toolButtonStyle="ToolButtonTextBesideIcon", focusPolicy="StrongFocus")
        mark_pointing_hand(button)
        # Never narrower than the label: the station name gives way instead (see fit()).
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        set_icon(button, icon, "header")
        return button

    # --- state shown in the header ---------------------------------------------------------
    def set_navigation_visible(self, visible: bool) -> None:
        """Show or hide home/back (hidden on the home screen and while out of service)."""
        self.home.setVisible(visible)
        self.back.setVisible(visible)

    def set_text_size(self, size: TextSize) -> None:
        self._text_size = size
        self.retranslate()

    def set_contrast(self, on: bool) -> None:
        self.contrast.setChecked(on)

    def set_read_aloud(self, on: bool) -> None:
        self.read_aloud.setChecked(on)

    def _on_contrast(self, on: bool) -> None:
        self.retranslate()
        self.contrast_toggled.emit(on)

    def _on_read_aloud(self, on: bool) -> None:
        self.retranslate()
        self.read_aloud_toggled.emit(on)

    # --- fitting -----------------------------------------------------------------------------
    def fit(self) -> None:
        """Labels beside the icons when they fit in one row, else under them.

        Long translations at the largest text size would otherwise push buttons off screen.
        """
        layout = self.layout()
        if layout is None or not self.isVisible():
            return  # done again when shown: until then neither width nor style is final
        layout.setSpacing(16)
        layout.setContentsMargins(24, 16, 24, 16)
        for button in self._buttons:
            set_props(button, toolButtonStyle="ToolButtonTextBesideIcon")
        if self._needed_width() > self.width():
            # Compact: labels under icons, and the smallest gap that is still 3 mm.
            layout.setSpacing(12)
            layout.setContentsMargins(12, 12, 12, 12)
            for button in self._buttons:
                set_props(button, toolButtonStyle="ToolButtonTextUnderIcon")
        layout.invalidate()

    def _needed_width(self) -> int:
        """Width of one row of visible buttons at their natural size (the title may shrink)."""
        layout = self.layout()
        assert layout is not None
        visible = [b for b in (*self._buttons, *self._extras) if not b.isHidden()]
        margins = layout.contentsMargins()
        spacing = layout.spacing() * len(visible) + 8  # + the gap before the title
        return (margins.left() + margins.right() + spacing
                + sum(b.sizeHint().width() for b in visible))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()  # what changed while hidden (text size, language) is fitted now

    # --- text ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # New sizes from the stylesheet are known only once Qt has repolished us.
            QTimer.singleShot(0, self, self.fit)
        super().changeEvent(event)

    def retranslate(self) -> None:
        tick = "✓ "
        self.title.setText(self._station_name)
        self.home.setText(self.tr("Inizio"))
        self.home.setAccessibleName(self.tr("Torna all'inizio"))
        self.back.setText(self.tr("Indietro"))
        self.back.setAccessibleName(self.tr("Torna alla pagina precedente"))
        self.language.setText(self.tr("Lingua"))
        self.language.setAccessibleName(self.tr("Cambia lingua"))
        step = int(self._text_size) + 1
        dots = "●" * step + "○" * (_STEPS - step)
        self.text_size.setText(self.tr("Testo") + " " + dots)
        size_names = (self.tr("normale"), self.tr("grande"), self.tr("molto grande"))
        self.text_size.setAccessibleName(
            self.tr("Dimensione del testo: %1").replace("%1", size_names[step - 1]))
        on = self.contrast.isChecked()
        self.contrast.setText((tick if on else "") + self.tr("Contrasto"))
        self.contrast.setAccessibleName(
            self.tr("Contrasto elevato: attivo") if on else self.tr("Contrasto elevato: spento"))
        on = self.read_aloud.isChecked()
        self.read_aloud.setText((tick if on else "") + self.tr("Voce"))
        self.read_aloud.setAccessibleName(
            self.tr("Lettura ad alta voce: attiva") if on
            else self.tr("Lettura ad alta voce: spenta"))
        self.help.setText(self.tr("Aiuto"))
        self.help.setAccessibleName(self.tr("Aiuto"))
        self.fit()
