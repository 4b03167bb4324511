"""How wide each column of a printed table is: wide enough for its longest word (so words
and dates are not cut), no wider than its longest text needs, the rest shared as the
table's relative widths say."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from heapq import nlargest

# A word: a run of characters between spaces; each CJK character is a word of its own
# (lines may break between them).
CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
WORD = re.compile(f"[{CJK}]|[^\\s{CJK}]+")
MOST_LONG_WORD = 0.25  # a column's longest word claims at most this part of the width


def longest_word(text: str, whole_cjk: bool = False) -> str:
    """The longest word of ``text``; with ``whole_cjk`` a run of CJK characters counts as one
    word (a heading such as 提交日期 is not broken)."""
    words = text.split() if whole_cjk else WORD.findall(text)
    return max(words, key=len, default="")


def measure(
    columns: Iterable[Sequence[str]], advance: Callable[[str], float]
) -> tuple[list[float], list[float]]:
    """Each column's (least, natural) width: its longest word, its longest text (measured
    among the few longest in characters)."""
    least, natural = [], []
    for texts in columns:
        distinct = set(texts)
        words = {longest_word(t) for t in distinct}
        least.append(max((advance(w) for w in nlargest(3, words, key=len)), default=0.0))
        natural.append(max((advance(t) for t in nlargest(3, distinct, key=len)), default=0.0))
    return least, natural


def fit_widths(
    shares: Sequence[float], least: Sequence[float], natural: Sequence[float], total: float
) -> list[float]:
    """Column widths adding up to ``total``: each at least its least width (capped), the
    room left given after the shares, a column never taking more than its natural width
    while another still wants more."""
    least = [min(w, total * MOST_LONG_WORD) for w in least]
    natural = [max(n, w) for n, w in zip(natural, least, strict=True)]
    if sum(least) >= total:
        return [w * total / sum(least) for w in least]
    widths = list(least)
    wanting = {i for i in range(len(widths)) if natural[i] > widths[i]}
    room = total - sum(widths)
    while room > 1e-6 and wanting:
        weight = sum(shares[i] for i in wanting)
        grown = {i: room * shares[i] / weight for i in wanting}
        room = 0.0
        for i, extra in grown.items():
            give = min(extra, natural[i] - widths[i])
            widths[i] += give
            room += extra - give
        wanting = {i for i in wanting if natural[i] - widths[i] > 1e-6}
    if room > 1e-6:  # every column has all it needs: the rest by shares
        weight = sum(shares)
        widths = [w + room * s / weight for w, s in zip(widths, shares, strict=True)]
    return widths
