"""The texts of the exchanged workbooks (sheet names, headers, instructions, drop-down labels)
in the six UN languages.

Workbook texts are written in English in the code and looked up here by that English text;
each language's translations live in ``resources/i18n/workbook/<language>.json`` (English
text → translation). A text without a translation is written in English and remembered
(``untranslated``), so that a test can export in each language and find what is missing.
The import reads all six: ``translations`` gives a text in every language.
"""

from __future__ import annotations

import json
from functools import cache

from ..paths import resource

LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")
RIGHT_TO_LEFT = frozenset({"ar"})
# Each language named in itself, as the export dialogs offer them.
LANGUAGE_NAMES = {
    "ar": "العربية",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
    "zh": "中文",
}

_untranslated: dict[str, set[str]] = {language: set() for language in LANGUAGES}


@cache
def _catalogue(language: str) -> dict[str, str]:
    path = resource("i18n", "workbook", f"{language}.json")
    if language == "en" or not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def catalogue(language: str) -> dict[str, str]:
    """A language's translations, English text → translation (a copy)."""
    return dict(_catalogue(language))


@cache
def translations(text: str) -> tuple[str, ...]:
    """An English text and its translations in the other five languages (no repeats)."""
    found = [text]
    for language in LANGUAGES[1:]:
        translated = _catalogue(language).get(text)
        if translated and translated not in found:
            found.append(translated)
    return tuple(found)


def untranslated(language: str) -> set[str]:
    """The English texts asked for in ``language`` since the process started that have no
    translation (written in English)."""
    return set(_untranslated[language])


def forget_untranslated() -> None:
    for texts in _untranslated.values():
        texts.clear()


class Wording:
    """The texts of one workbook in one language: ``w("Deliverables")``; with arguments,
    ``w("Partner update for {0}", name)`` formats the translated text."""

    def __init__(self, language: str = "en") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"'{language}' is not a language of the workbooks")
        self.language = language
        self.right_to_left = language in RIGHT_TO_LEFT
        self._texts = _catalogue(language)

    def __call__(self, text: str, *args: object) -> str:
        translated = self._texts.get(text)
        if translated is None:
            if self.language != "en" and text:
                _untranslated[self.language].add(text)
            translated = text
        return translated.format(*args) if args else translated
