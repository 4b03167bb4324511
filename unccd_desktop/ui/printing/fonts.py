"""The font a printed document is set in: one that has the glyphs of its language.

Qt embeds (a subset of) every font it paints with in a PDF, so the text stays extractable;
choosing a font of the language's writing system keeps Chinese and Arabic from falling back
to whatever font happens to come first.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

WritingSystem = QFontDatabase.WritingSystem
SYSTEMS = {
    "ar": WritingSystem.Arabic,
    "ru": WritingSystem.Cyrillic,
    "zh": WritingSystem.SimplifiedChinese,
}
PREFERRED = {  # the first installed one is taken; else any font of the writing system
    "ar": ("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", "Arial", "Segoe UI"),
    "zh": (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "Microsoft YaHei",
        "PingFang SC",
    ),
}
LATIN = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Segoe UI", "Helvetica")


@cache
def family_for(language: str) -> str:
    """The font family to print ``language`` in (the application's default as a last resort)."""
    system = SYSTEMS.get(language, WritingSystem.Latin)
    installed = QFontDatabase.families(system)
    for family in (*PREFERRED.get(language, ()), *LATIN):
        if family in installed:
            return family
    plain = [f for f in installed if not QFontDatabase.isPrivateFamily(f)]
    return plain[0] if plain else QFont().family()


def document_font(language: str, points: float, bold: bool = False) -> QFont:
    """A font of ``language`` at ``points``."""
    font = QFont(family_for(language))
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
