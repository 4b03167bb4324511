"""The "Import history" page: applied import batches, newest first, with Revert."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ...services.changes import ChangeSet
from .. import prompts
from ..labels import display_value
from ..text_table_model import Line, TextTableModel
from ..workers import Task
from .common import ops_of
from .import_preview import accept_spreadsheet_drops


class ImportHistoryPage(QWidget):
    """Applied import batches, newest first, with Revert."""

    reverted = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        headers = [
            self.tr("Batch"),
            self.tr("When"),
            self.tr("Who"),
            self.tr("File"),
            self.tr("SHA-256"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
            self.tr("Errors skipped"),
            self.tr("Reverted"),
        ]
        self.model = TextTableModel(headers, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.revert_button = QPushButton(self.tr("Re&vert…"))
        self.revert_button.clicked.connect(lambda: self.revert_selected())
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.revert_button)
        layout.addLayout(buttons)
        self.batches: list[Any] = []
        self.refresh()
        ops_of(parent, services).changed.connect(self._on_changes)

    def _on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """An import applied or reverted from this window (one from the command line shows
        at the next Refresh)."""
        if initiator is self:
            return  # shown already, when the revert landed
        if any(s.startswith(("import:", "revert:")) for s in changes.sources()):
            self.refresh()

    def refresh(self) -> None:
        from ...services.exchange import batch_history

        self.batches = batch_history(self.services)
        lines = []
        for b in self.batches:
            c = b.counts
            reverted = ""
            if b.reverted_at:
                reverted = self.tr("{0} by {1}").format(display_value(b.reverted_at), b.reverted_by)
            texts = [
                str(b.id),
                display_value(b.at.astimezone()),
                b.actor,
                b.file_name,
                b.sha256[:16],
                str(c.created),
                str(c.updated),
                str(c.unchanged),
                str(c.conflicts),
                str(c.errors),
                reverted,
            ]
            lines.append(Line(texts, data=b))
        self.model.set_lines(lines)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected_batch(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        self.revert_button.setEnabled(batch is not None and batch.reverted_at is None)

    def revert_selected(self, confirm: bool = True) -> Task | None:
        from ...services.exchange import revert_batch

        batch = self.selected_batch()
        if batch is None:
            return None
        if confirm:
            answer = prompts.ask(
                self,
                self.tr("Revert import"),
                self.tr("Restore the values that import batch {0} ({1}) replaced?").format(
                    batch.id, batch.file_name
                ),
            )
            if answer != prompts.Button.Yes:
                return None
        services, batch_id = self.services, batch.id

        def done(_count: int) -> None:
            self.refresh()
            self.reverted.emit(batch_id)

        return ops_of(self.window(), services).write(
            self,
            lambda _task: revert_batch(services, batch_id),
            initiator=self,
            label=self.tr("Reverting import batch {0}…").format(batch_id),
            title=self.tr("Revert import"),
            success=done,
            obsoletes_undo=True,
        )


def import_history_page(window: Any) -> ImportHistoryPage:
    """The main window's "Import history" page; the window also starts accepting dropped
    spreadsheets, since this is the one call the main window makes while it is built."""
    accept_spreadsheet_drops(window)
    return ImportHistoryPage(window.services, window)
