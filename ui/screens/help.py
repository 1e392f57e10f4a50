"""Help: how to use the station and how to get help from the desk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.appearance import set_icon
from ui.screens.base import PAGE_MARGIN, ScreenWidget, body_label, button_row, title_label
from ui.widgets.scroll import ScrollColumn

STATUS_GAP_PX = 24
"""Space between the explanation and the help request's status line."""


class HelpScreen(ScreenWidget):
    """Plain instructions, one idea per paragraph, and where a call for a tutor stands."""

    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("help", parent)
        self.heading = title_label(self, "help.heading")
        # At the largest text size in a long language the paragraphs are taller than the
        # window: they scroll, the heading and *Torna all'inizio* stay in view.
        self.text_scroll = ScrollColumn(self, "help.scroll", spacing=28)
        content = self.text_scroll.content
        self.desk = body_label(content, "help.desk")
        self.touch = body_label(content, "help.touch")
        self.tools = body_label(content, "help.tools")
        self.privacy = body_label(content, "help.privacy", role="muted")
        # The status line of a help request: built here (so the theme draws its icon), filled
        # by add_status(), shown only while the status has something to say.
        self.status_row = QFrame(content)
        self.status_row.setObjectName("help.status_row")
        self.status_icon = QLabel(self.status_row)
        self.status_icon.setObjectName("help.status_icon")
        set_icon(self.status_icon, "help", "page", "small")
        self._status_line = QHBoxLayout(self.status_row)
        self._status_line.setContentsMargins(0, STATUS_GAP_PX, 0, 0)
        self._status_line.setSpacing(16)
        self._status_line.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.status_row.hide()
        self.status: QWidget | None = None
        self._status_watch = _VisibilityWatch(self.status_row)
        self.home = self.make_button("home", role="primary", icon="home")
        self.home.clicked.connect(self.home_requested)
        text = self.text_scroll.column
        for label in (self.desk, self.touch, self.tools, self.privacy):
            text.addWidget(label)
        text.addWidget(self.status_row)
        text.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN * 2, 40, PAGE_MARGIN * 2, 40)
        layout.setSpacing(28)
        layout.addWidget(self.heading)
        layout.addWidget(self.text_scroll, 1)
        layout.addLayout(button_row(self.home))
        self.retranslate()

    def add_status(self, widget: QWidget) -> None:
        """Show ``widget`` (the help request's status) under the explanation.

        It becomes a quiet status line: body text (not a heading), after some space, with the
        help icon before it. The words say where the call stands; the icon only marks the line
        as the answer to *Aiuto*. The line shows while ``widget`` shows itself.
        """
        if isinstance(widget, QLabel):
            widget.setWordWrap(True)
        widget.setProperty("role", "status")
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setParent(self.status_row)
        self._status_line.addWidget(widget, 1)
        self.status = widget
        widget.installEventFilter(self._status_watch)
        self.status_row.setVisible(not widget.isHidden())

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


class _VisibilityWatch(QObject):
    """Shows ``row`` while the watched widget is not hidden (it hides itself when idle)."""

    def __init__(self, row: QWidget) -> None:
        super().__init__(row)
        self._row = row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent) \
                and isinstance(watched, QWidget):
            self._row.setVisible(not watched.isHidden())
        return False
