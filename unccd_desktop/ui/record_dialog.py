"""One record's editor in a dialog (records without a list of their own: focal points).

Save (the default button: Enter) saves and closes once the write landed; problems keep the
dialog open next to the fields. Cancel (Escape) closes without saving, asking first when
something was typed. Delete… deletes the record after asking. Tab goes through the fields
from top to bottom, then the buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from . import prompts
from .labels import entity_name
from .record_editor import RecordEditor

if TYPE_CHECKING:
    from .operations import Operations
    from .workers import Task


class RecordDialog(QDialog):
    """A record's editor with Save, Cancel and Delete…; closing it asks about unsaved
    changes."""

    def __init__(self, ops: Operations, entity: str, parent=None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it stops following changes
        self.setWindowTitle(entity_name(entity))
        self.ops, self.entity = ops, entity
        self.editor = RecordEditor(ops, entity, self)
        # The dialog's own buttons take the place of the editor's Save and Revert.
        self.editor.save_button.hide()
        self.editor.revert_button.hide()
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Delete this record, after asking"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save and close (Enter, Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Escape)"))
        self.delete_button.clicked.connect(self.delete_record)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.editor.saved.connect(self._saved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        self.save_button.setDefault(True)
        self.resize(560, 600)

    # ----- the buttons ---------------------------------------------------------------------

    def save(self) -> Task | None:
        """Save the changes (the dialog closes once they are saved); with nothing to save,
        close."""
        if not self.editor.is_dirty:
            if self.editor.record is not None:
                self._close()
            return None
        return self.editor.save()

    def _saved(self, _entity: str, _uuid: str) -> None:
        if not self.editor.is_dirty:  # nothing typed while the save was on its way
            self._close()

    def reject(self) -> None:
        """Cancel or Escape: close without saving, after asking when something was typed."""
        if self.editor.is_dirty:
            answer = prompts.ask(
                self,
                self.tr("Unsaved changes"),
                self.tr("Close without saving the changes to {0}?").format(
                    self.editor.heading.text()
                ),
                [prompts.Button.Discard, prompts.Button.Cancel],
                prompts.Button.Cancel,
            )
            if answer != prompts.Button.Discard:
                return
            self.editor.revert()
        super().reject()

    def delete_record(self) -> Task | None:
        """Delete the record shown, after asking; the dialog closes once it is deleted."""
        record = self.editor.record
        if record is None:
            return None
        service = self.editor.service
        label = record.get(service.label_attr) or ""
        answer = prompts.ask(
            self,
            self.tr("Delete"),
            self.tr("Delete the {0} '{1}'? This cannot be undone.").format(
                entity_name(self.entity).lower(), label
            ),
        )
        if answer != prompts.Button.Yes:
            return None
        uuid, version = record["uuid"], record["version"]
        return self.ops.write(
            self,
            lambda _task: service.delete(uuid, version),
            initiator=self,
            title=self.tr("Cannot delete"),
            success=self._deleted,
        )

    def _deleted(self, _result: Any) -> None:
        self.editor.clear()  # the record is gone: nothing left to save or to follow
        self._close()

    def _close(self) -> None:
        """Close without asking (nothing unsaved)."""
        super().accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.confirm_leave():
            event.accept()
        else:
            event.ignore()

    # ----- focus ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The buttons follow the fields for Tab; the focus starts in the first field to fill
        (the first one of a record shown)."""
        super().showEvent(event)
        self.delete_button.setEnabled(self.editor.record is not None)
        previous: QWidget = self.editor.save_button  # after the fields (record_editor.py)
        for button in (self.delete_button, self.save_button, self.cancel_button):
            QWidget.setTabOrder(previous, button)
            previous = button
        first = self._first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def _first_field(self) -> QWidget | None:
        fields = list(self.editor.widgets.values())
        if self.editor.record is None:
            fields = [w for w in fields if w.value() in (None, "", [])] or fields
        return fields[0] if fields else None
