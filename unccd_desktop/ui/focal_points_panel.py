"""The Focal points tab of a partner: its contacts, each opened in its own editor dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from .labels import entity_name, field_name
from .record_editor import RecordEditor

COLUMNS = ("name", "title", "email", "phone")


class RecordDialog(QDialog):
    """One record's editor in a dialog; closing it asks about unsaved changes."""

    def __init__(
        self, services: Services, entity: str, undo_stack: QUndoStack, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(entity_name(entity))
        self.editor = RecordEditor(services, entity, undo_stack, self)
        QVBoxLayout(self).addWidget(self.editor)
        self.resize(560, 600)

    def reject(self) -> None:
        if self.editor.confirm_leave():
            super().reject()

    def closeEvent(self, event) -> None:
        if self.editor.confirm_leave():
            event.accept()
        else:
            event.ignore()


class FocalPointsPanel(QWidget):
    changed = Signal(str, str)  # entity, uuid of a saved focal point

    def __init__(self, services: Services, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.services, self.undo_stack = services, undo_stack
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

    def set_partner(self, uuid: str | None) -> None:
        self.partner_uuid = uuid
        self.reload()

    def reload(self) -> None:
        rows = (
            self.services.focal_points.rows(filters={"partner": self.partner_uuid})
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
        dialog = RecordDialog(self.services, "focal_point", self.undo_stack, self)
        dialog.editor.saved.connect(self._saved)
        return dialog

    def _saved(self, entity: str, uuid: str) -> None:
        self.reload()
        self.changed.emit(entity, uuid)

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
