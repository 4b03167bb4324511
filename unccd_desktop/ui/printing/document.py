"""What a printed document holds, ready to paint: texts already formatted and translated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """A key figure: its label and its value as shown ("Deliverables", "10")."""

    label: str
    value: str


@dataclass(frozen=True)
class BarChart:
    """A bar chart: one bar per (label, value)."""

    title: str
    bars: Sequence[tuple[str, float]]


@dataclass(frozen=True)
class Table:
    """A section's table: headers, rows of display texts and each column's relative width.

    An empty table prints ``empty_text`` alone; ``numeric`` columns are aligned to their end;
    ``marked`` rows (overdue deliverables) are tinted.
    """

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float] = ()
    empty_text: str = ""
    numeric: frozenset[int] = frozenset()
    marked: frozenset[int] = frozenset()

    def relative_widths(self) -> list[float]:
        """The widths given (or equal ones), as fractions adding up to 1."""
        widths = list(self.widths) if len(self.widths) == len(self.headers) else []
        widths = [max(w, 0.01) for w in widths] or [1.0] * len(self.headers)
        total = sum(widths)
        return [w / total for w in widths]


@dataclass(frozen=True)
class PrintDocument:
    """A whole document: a title block, key figures, a chart, then the tables.

    ``header`` runs along the top of every page, ``page_text`` ("Page {0} of {1}") along
    the bottom; ``right_to_left`` lays everything out from the right (Arabic)."""

    title: str
    lines: Sequence[str] = ()
    figures: Sequence[Figure] = ()
    chart: BarChart | None = None
    tables: Sequence[Table] = ()
    header: str = ""
    page_text: str = "Page {0} of {1}"
    language: str = "en"
    right_to_left: bool = False
    landscape: bool | None = None  # None: landscape when a table has many columns

    def wants_landscape(self) -> bool:
        if self.landscape is not None:
            return self.landscape
        return any(len(table.headers) > 5 for table in self.tables)
