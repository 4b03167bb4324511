"""The texts of the exchanged workbooks (sheet names, headers, instructions, drop-down labels)
in the six UN languages.

Workbook texts are written in English in the code and looked up here by that English text;
each language's translations live in ``resources/i18n/workbook/<language>.json`` (English
text → translation). A text without a translation is written in English.
"""

from __future__ import annotations

import json
from functools import cache

from ..paths import resource

LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")
RIGHT_TO_LEFT = frozenset({"ar"})


@cache
def _catalogue(language: str) -> dict[str, str]:
    path = resource("i18n", "workbook", f"{language}.json")
    if language == "en" or not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


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
        translated = self._texts.get(text) or text
        return translated.format(*args) if args else translated
