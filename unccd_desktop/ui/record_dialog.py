"""One record's editor in a dialog (records without a list of their own: focal points)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout

from .labels import entity_name
from .record_editor import RecordEditor

if TYPE_CHECKING:
    from .operations import Operations


class RecordDialog(QDialog):
    """Closing it asks about unsaved changes."""

    def __init__(self, ops: Operations, entity: str, parent=None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it stops following changes
        self.setWindowTitle(entity_name(entity))
        self.editor = RecordEditor(ops, entity, self)
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
