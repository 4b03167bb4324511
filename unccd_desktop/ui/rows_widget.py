"""Child rows of a record (agreement parties, project participants, phases) as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from ..services import Services
from ..services.fields import Field
from .field_base import FieldWidget
from .labels import field_name


class RowsWidget(FieldWidget):
    """Child rows (agreement parties, project participants, phases): a table with a widget
    per cell, and buttons to add and remove rows."""

    def __init__(self, services: Services, fields: tuple[Field, ...], parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.fields = fields
        self.table = QTableWidget(0, len(fields))
        self.table.setHorizontalHeaderLabels([field_name(f.name) for f in fields])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The first column (a partner, a name) keeps a readable width in a narrow editor; the
        # table scrolls sideways instead of squeezing it, and the last column takes any room left.
        header.resizeSection(0, 200)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(170)
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def add_row(self, item: dict[str, Any]) -> None:
        from .field_widgets import make_widget

        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, field in enumerate(self.fields):
            widget = make_widget(self.services, field, cell=True)
            value = item.get(field.name, field.default)
            widget.set_value(value)
            widget.changed.connect(self.changed)
            widget.setAccessibleName(f"{field_name(field.name)} {row + 1}")
            self.table.setCellWidget(row, column, widget)
            if column > 0:  # cell widgets do not size the columns themselves
                header = self.table.horizontalHeader()
                wanted = max(widget.sizeHint().width(), header.sectionSizeHint(column))
                header.resizeSection(column, max(header.sectionSize(column), wanted))
        self.table.resizeRowsToContents()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            item = {}
            for column, field in enumerate(self.fields):
                widget = self.table.cellWidget(row, column)
                item[field.name] = widget.value()
            out.append(item)
        return out

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for item in value or []:
            self.add_row(item)
        self.changed.emit()
