"""The Focal points tab of a partner: its contacts, each opened in its own editor dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .labels import field_name
from .record_dialog import RecordDialog

if TYPE_CHECKING:
    from ..services.changes import ChangeSet
    from .operations import Operations

COLUMNS = ("name", "title", "email", "phone")


class FocalPointsPanel(QWidget):
    """The partner's contacts; follows every change set that touches focal points."""

    def __init__(self, ops: Operations, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.partner_uuid: str | None = None
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([field_name(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Focal points of this partner"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.add_button = QPushButton(self.tr("&Add focal point…"))
        self.open_button = QPushButton(self.tr("&Edit…"))
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        ops.changed.connect(self._on_changes)

    def set_owner(self, uuid: str | None) -> None:
        self.partner_uuid = uuid
        self.reload()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.partner_uuid and "focal_point" in changes.entities():
            self.reload()

    def reload(self) -> None:
        rows = (
            self.ops.services.focal_points.rows(filters={"partner": self.partner_uuid})
            if self.partner_uuid
            else []
        )
        self.table.setRowCount(len(rows))
        for row, person in enumerate(rows):
            for column, key in enumerate(COLUMNS):
                item = QTableWidgetItem(person.get(key) or "")
                item.setData(Qt.ItemDataRole.UserRole, person["uuid"])
                self.table.setItem(row, column, item)
        self.add_button.setEnabled(self.partner_uuid is not None)
        self.open_button.setEnabled(bool(rows))

    def _dialog(self) -> RecordDialog:
        return RecordDialog(self.ops, "focal_point", self)

    def add(self) -> RecordDialog | None:
        if self.partner_uuid is None:
            return None
        dialog = self._dialog()
        dialog.editor.new({"partner": self.partner_uuid})
        dialog.open()
        return dialog

    def open_selected(self) -> RecordDialog | None:
        items = self.table.selectedItems() or (
            [self.table.item(0, 0)] if self.table.rowCount() else []
        )
        if not items:
            return None
        dialog = self._dialog()
        dialog.editor.load(items[0].data(Qt.ItemDataRole.UserRole))
        dialog.open()
        return dialog
