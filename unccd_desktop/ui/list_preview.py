"""The list shown last, painted from its first rows while the database opens (read only).

Loading the data layer takes longer than painting the window. Meanwhile the officer sees the
list they left, as it is now in the database (storage.first_pages reads its first page with
sqlite3 alone), laid out as they left it; the real list, with its filters and editor, takes
its place as soon as the database is open. This module loads neither SQLAlchemy nor the models.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..storage import first_pages
from .column_fit import ColumnFitter
from .entities import LISTS
from .labels import SIDEBAR
from .settings import app_settings
from .table_model import MiddleElided, RecordTableModel


class PreloadedRows:
    """The first page of a list, in place of its service for the table model."""

    def __init__(self, rows: list[dict[str, Any]], count: int) -> None:
        self._rows, self._count = rows, count

    def count(self, text: str = "", filters: dict[str, Any] | None = None) -> int:
        return self._count

    def rows(
        self,
        text: str = "",
        filters: dict[str, Any] | None = None,
        sort: str | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """The rows held for the first page; later pages are the real list's to read."""
        return self._rows[:limit] if offset == 0 and not descending else []


def _labelled(rows: list[dict[str, Any]], page: first_pages.FirstPage) -> list[dict[str, Any]]:
    """Stored enum codes turned into members of a small enum of their own, so that the list
    shows their labels ('in_progress' → 'In progress') as the real list does."""
    for key, kind in zip(page.columns, page.kinds, strict=True):
        if kind != "enum":
            continue
        codes = sorted({row[key] for row in rows if row[key] is not None})
        stored = enum.Enum("Stored", {code: code for code in codes})
        for row in rows:
            if row[key] is not None:
                row[key] = stored(row[key])
    return rows


class ListPreview(QWidget):
    """A read-only copy of a list page's table, where the page will be."""

    def __init__(
        self, entity: str, rows: list[dict[str, Any]], count: int, note: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.entity = entity
        spec = LISTS[entity]
        settings = app_settings()
        self.note = QLabel(note)
        self.note.setStyleSheet("color: palette(mid);")
        self.model = RecordTableModel(PreloadedRows(rows, count), spec.columns, self, spec.title)
        self.table = QTableView()
        self.table.setObjectName("list-preview")
        self.table.setModel(self.model)
        self.table.setAccessibleName(note)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do here yet
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(spec.title_index, MiddleElided(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        state = settings.value(f"lists/{entity}/header")
        self.fitter = ColumnFitter(self.table, spec.title_index, set(), spec.date_columns)
        if isinstance(state, QByteArray | bytes) and header.restoreState(QByteArray(state)):
            header.setSectionHidden(spec.title_index, False)
            self.fitter.keep_sizes()
        else:
            for index, column in enumerate(spec.columns):
                header.setSectionHidden(index, not column.visible)
            self.fitter.measure()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(QWidget())  # where the editor will be
        splitter.setSizes([820, 460])
        splitter_state = settings.value(f"lists/{entity}/splitter")
        if isinstance(splitter_state, QByteArray | bytes):
            splitter.restoreState(QByteArray(splitter_state))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fitter.fit_soon()


def read_preview(target: str, section: str) -> tuple[list[dict[str, Any]], int] | None:
    """The first rows of the list ``section`` of the SQLite file ``target``, when a query of
    this application is kept for it; None otherwise."""
    if section not in SIDEBAR or "://" in target or not Path(target).is_file():
        return None
    page = first_pages.recall(Path(target), section)
    if page is None:
        return None
    found = first_pages.read(Path(target), page)
    if found is None:
        return None
    rows, count = found
    return _labelled(rows, page), count
