"""Runtime language switching with Qt Linguist translations.

Italian is the source language: choosing it removes the translator. Any other language loads
``resources/translations/kiosk_<code>.qm``. Installing a translator makes Qt send a
``LanguageChange`` event to every widget; screens answer it with ``retranslate()``, so what the
citizen typed survives a language switch (nothing is rebuilt).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

import resources

log = logging.getLogger("kiosk.ui")

SOURCE_LANGUAGE = "it"

#: Each language's name in that language (an autonym is what a foreign citizen recognises).
#: Deliberately not translated.
LANGUAGE_NAMES: dict[str, str] = {
    "it": "Italiano",
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "ro": "Română",
    "uk": "Українська",
    "ar": "العربية",
    "zh": "中文",
}


RLM = "\u200f"
"""Right-to-left mark: makes a paragraph right to left without showing anything."""


def in_reading_direction(text: str) -> str:
    """``text`` laid out in the screen's reading direction.

    Qt lays a plain label out in the direction of its own first strong letter, so an amount or
    a code alone ("16,52 €", "YS25-4M1B-J8") would stand at the left edge of an Arabic screen
    while every other line starts at the right. An invisible right-to-left mark in front puts
    it on the reading side; its digits and letters stay left to right.
    """
    from PySide6.QtCore import Qt  # (not before the first frame: see ui.qtprops)

    if text and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return RLM + text
    return text


def translation_file(code: str) -> str:
    """File name of the compiled translation for ``code``."""
    return f"kiosk_{code}.qm"


def has_translation(code: str) -> bool:
    """Whether a compiled translation ships for ``code`` (the source language needs none)."""
    if code == SOURCE_LANGUAGE:
        return True
    return resources.path("translations", translation_file(code)).is_file()


class LanguageManager(QObject):
    """Holds the current language and swaps the installed translator.

    Args:
        languages: the languages offered on this station (first = source, Italian).
        default: the language every session starts in.
    """

    language_changed = Signal(str)

    def __init__(
        self, languages: tuple[str, ...], default: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._languages = languages
        self._default = default
        self._current = SOURCE_LANGUAGE
        self._translator: QTranslator | None = None
        self._qm_data = b""

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages offered, in configured order."""
        return self._languages

    @property
    def current(self) -> str:
        """The language shown now."""
        return self._current

    @property
    def default(self) -> str:
        """The language every session starts in."""
        return self._default

    def set_language(self, code: str) -> bool:
        """Switch the whole UI to ``code``.

        Returns:
            False (and the UI stays as it is) when no translation ships for ``code``.
        """
        if code == self._current:
            return True
        translator: QTranslator | None = None
        if code != SOURCE_LANGUAGE:
            translator = QTranslator(self)
            ref = resources.path("translations", translation_file(code))
            data = ref.read_bytes() if ref.is_file() else b""
            if not data or not translator.load(data):
                log.warning("no usable translation for language %r", code)
                translator.deleteLater()
                return False
            # Qt keeps a pointer into the buffer: hold it as long as the translator is used.
            self._qm_data = data
        app = QCoreApplication.instance()
        if self._translator is not None:
            if app is not None:
                app.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = translator
        if translator is not None and app is not None:
            app.installTranslator(translator)
        self._current = code
        if isinstance(app, QApplication):
            from PySide6.QtCore import Qt  # (a station starting in Italian gets here later)

            rtl = QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
        log.info("language %s", code)
        self.language_changed.emit(code)
        return True

    def reset(self) -> None:
        """Back to the default language (end of a session)."""
        self.set_language(self._default)

    def shutdown(self) -> None:
        """Remove the translator from the application."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None
        self._current = SOURCE_LANGUAGE
