"""The interface language: the app's own translations, Qt's, the locale and the layout direction.

Translations are Qt Linguist files under resources/i18n (unccd_desktop_<lang>.ts); the build
compiles them to .qm with pyside6-lrelease (`make translations`). Without a choice in
Preferences the language follows the system locale.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from ..paths import resource
from .settings import language

CATALOGUE = "unccd_desktop"

# The six official languages of the United Nations, each named in itself.
LANGUAGES: dict[str, str] = {
    "ar": "العربية",
    "zh_CN": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}
SYSTEM_DEFAULT = QT_TRANSLATE_NOOP("Language", "System default")

# Locales for each language's dates and numbers: English as the UN writes it (British), and
# Modern Standard Arabic with the Western digits of UN Arabic documents (the rest of the
# interface shows numbers that way too).
_LOCALES = {"en": "en_GB", "ar": "ar_001"}

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource("i18n")


def locale_for(code: str) -> QLocale:
    """The locale of a language code from LANGUAGES, or the system's for ''."""
    return QLocale(_LOCALES.get(code, code)) if code else QLocale.system()


def ui_language(locale: QLocale) -> str:
    """Which of the six languages the interface shows for a locale (English when none fits)."""
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    code = locale.name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install(app: QApplication, code: str | None = None) -> str:
    """Load the translations for ``code`` (default: the Preferences choice); return the language.

    Replaces any translators installed before, sets the default locale (dates and numbers)
    and the layout direction (right to left for Arabic). Widgets built before keep their
    texts: the application builds its window again after a change (``Application``).
    """
    locale = locale_for(language() if code is None else code)
    chosen = ui_language(locale)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(locale)
    # English too has a catalogue: its plural forms ("1 deliverable", "2 deliverables").
    sources = [(CATALOGUE, translations_dir())]
    if chosen != "en":
        qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        sources.append(("qtbase", qt))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(f"{name}_{chosen}", str(folder)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    right_to_left = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return chosen


def language_choices() -> list[tuple[str, str]]:
    """(code, name) pairs for the language picker: the system default first."""
    return [("", QCoreApplication.translate("Language", SYSTEM_DEFAULT)), *LANGUAGES.items()]
