"""How wide a text is in a spreadsheet cell, and how many lines it wraps to, without a font.

Spreadsheet programs do not measure rows when they open a file, so a report sets the height
of rows with wrapped text, and the width of columns whose words must not be cut. Widths are
in column-width units (one digit of the default font); letters are measured by their kind (an
i is narrower than an M, a CJK character is two digits wide), on the generous side.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

NARROW = frozenset("iljI.,:;'!|")
SLIM = frozenset("ftr()[]-/")
BROAD = frozenset("mwMWшщжюыШЩЖЮЫ")
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
TOKENS = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+\\s*|\\s+")  # a CJK character, a word and its spaces
BOLD = 1.1  # a bold text is about this much wider


@functools.cache
def char_width(ch: str) -> float:
    """A character's width in column-width units."""
    if ch in NARROW:
        return 0.45
    if ch in SLIM:
        return 0.65
    if ch == " ":
        return 0.5
    if ch in BROAD:
        return 1.5
    if unicodedata.east_asian_width(ch) in "WF":
        return 2.0
    if ch.isupper():
        return 1.15
    return 0.92 if ch.islower() else 1.0


@functools.lru_cache(maxsize=1 << 16)
def word_width(word: str) -> float:
    return sum(map(char_width, word))


def widest_word(text: str) -> float:
    """The width of the text's widest word (what a column needs so that no word is cut)."""
    return max((word_width(t.rstrip()) for t in TOKENS.findall(text)), default=0.0)


@functools.lru_cache(maxsize=1 << 12)  # partners, projects and reasons come again and again
def wrapped_lines(text: str, width: float) -> int:
    """About how many lines a text takes in a wrapping column of that width: words wrap
    whole, CJK characters one by one, a word wider than the column is cut."""
    room = max(width - 0.3, 1.0)  # less the cell's inner margins
    if len(text) * 2 <= room and "\n" not in text:
        return 1  # short enough, whatever its letters
    total = 0
    for paragraph in text.splitlines() or [""]:
        lines, used = 1, 0.0
        for token in TOKENS.findall(paragraph):
            word = token.rstrip()
            size = word_width(word)
            if used and used + size > room:
                lines, used = lines + 1, 0.0
            if size > room:
                cut = math.ceil(size / room) - 1
                lines, used = lines + cut, size - cut * room
            else:
                used += size
            used += 0.5 * (len(token) - len(word))
        total += lines
    return total
