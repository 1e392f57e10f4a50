"""Common base of the station's screens and the small widgets they are built from."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.appearance import set_icon
from ui.qtprops import set_props

PAGE_MARGIN = 64
"""Space around a screen's content (px): calm, and keeps targets away from the bezel."""


class ScreenWidget(QFrame):
    """A full screen below the header.

    A frame without a frame: a QFrame paints its stylesheet background as it is, where a
    plain QWidget subclass needs the ``WA_StyledBackground`` attribute, one of PySide's
    ``Qt`` types that the first frame does without (see :mod:`ui.qtprops`).

    Subclasses build their widgets once and implement :meth:`retranslate`, which sets every
    visible string; it is called on start and on every language change, so switching language
    never rebuilds a screen or loses what the citizen entered.

    Args:
        key: the screen's name, also its ``objectName`` and the prefix of its controls'
            names (``home`` → ``home.book``).
    """

    show_header = True
    """Whether the station header is shown above this screen."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(key)
        self.setProperty("surface", "page")
        set_props(self, focusPolicy="StrongFocus")

    def retranslate(self) -> None:
        """Set every user-visible string in the current language."""
        raise NotImplementedError

    def entered(self) -> None:
        """Called each time the screen becomes the current one."""

    def reset(self) -> object:
        """Forget everything of the current citizen. Screens that hold input override it."""
        return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- builders shared by screens -------------------------------------------------------
    def control_name(self, control: str) -> str:
        """``objectName`` for a control of this screen: ``<screen>.<control>``."""
        return f"{self.key}.{control}"

    def make_button(
        self, control: str, *, role: str = "secondary", icon: str | None = None,
        wrap: bool = False,
    ) -> QPushButton:
        """A touch button named ``<screen>.<control>`` (text set in :meth:`retranslate`).

        ``wrap``: a :class:`~ui.widgets.wrap_button.WrapButton`, whose label breaks onto two
        lines rather than being cut when the button gets narrow.
        """
        if wrap:  # (imported here: its QStyle types cost the first frame ~10 ms to create)
            from ui.widgets.wrap_button import WrapButton

            button: QPushButton = WrapButton(self)
        else:
            button = QPushButton(self)
        button.setObjectName(self.control_name(control))
        button.setProperty("role", role)
        button.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        if icon:
            set_icon(button, icon, "primary" if role == "primary" else "secondary")
        return button


def title_label(parent: QWidget, name: str) -> QLabel:
    """A heading label."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    return label


def body_label(parent: QWidget, name: str, role: str = "body") -> QLabel:
    """A paragraph label that wraps."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    set_props(label, textFormat="PlainText")
    return label


class Notice(QFrame):
    """A bordered box with a warning icon, a heading and a message (out of service, errors).

    The icon and heading carry the meaning as well as the colour does.
    """

    def __init__(self, parent: QWidget, prefix: str, icon: str = "warning") -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}.notice")
        self.setProperty("role", "notice")
        self.icon = QLabel(self)
        self.icon.setObjectName(f"{prefix}.icon")
        set_icon(self.icon, icon, "notice", "hero")
        self.title = title_label(self, f"{prefix}.title")
        self.message = body_label(self, f"{prefix}.message")
        text = QVBoxLayout()
        text.setSpacing(24)
        text.addWidget(self.title)
        text.addWidget(self.message)
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 48, 48, 48)
        row.setSpacing(40)
        row.addWidget(self.icon, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)


def button_row(*buttons: QWidget, spacing: int = 32) -> QBoxLayout:
    """Buttons side by side, centred, with a generous gap (>= 3 mm)."""
    row = QHBoxLayout()
    row.setSpacing(spacing)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
