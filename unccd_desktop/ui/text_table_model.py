"""A read-only table of text lines with an optional background per line.

Used instead of QTableWidget, whose setItem in PySide6 6.12 drops a reference to None on
every call (a few thousand calls crash Python 3.11); a model also costs nothing per cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Line:
    texts: list[str]
    color: QColor | None = None
    colored_from: int = 0  # first column painted with color
    data: Any = None  # what the line stands for (a report row, a batch, ...)


class TextTableModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.lines: list[Line] = []

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self.lines[row].texts[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line.texts[index.column()]
        colored = line.color is not None and index.column() >= line.colored_from
        if role == Qt.ItemDataRole.BackgroundRole and colored:
            return QBrush(line.color)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
