"""The Updates tab of a deliverable: what its partner reported in update workbooks, newest
first (read-only; an import adds to it, a revert of the import removes from it)."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import partner_updates
from .labels import display_value, enum_text

if TYPE_CHECKING:
    from ..services.changes import ChangeSet
    from .operations import Operations

COMMENT_COLUMN = 6


class PartnerUpdatesPanel(QWidget):
    """A deliverable's partner updates; follows every change set that touches them."""

    def __init__(self, ops: Operations, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.owner_uuid: str | None = None
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Partner"),
                self.tr("Import"),
                self.tr("Status"),
                self.tr("Progress"),
                self.tr("Submitted on"),
                self.tr("Comment"),
            ]
        )
        self.table.setAccessibleName(self.tr("Updates reported by the partner"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMMENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        ops.changed.connect(self._on_changes)

    def set_owner(self, uuid: str | None) -> None:
        self.owner_uuid = uuid
        self.reload()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.owner_uuid and changes.get(partner_updates.ENTITY, self.owner_uuid):
            self.reload()

    def reload(self) -> None:
        updates = (
            partner_updates.updates_of(self.ops.services, self.owner_uuid)
            if self.owner_uuid
            else []
        )
        self.table.setRowCount(len(updates))
        for row, update in enumerate(updates):
            at = update.at if update.at.tzinfo else update.at.replace(tzinfo=UTC)
            batch = self.tr("batch {0}").format(update.batch_id) if update.batch_id else ""
            progress = "" if update.progress_percent is None else f"{update.progress_percent} %"
            cells = [
                display_value(at.astimezone()),
                update.partner_name,
                batch,
                enum_text(update.status),
                progress,
                display_value(update.submitted_on),
                update.comment,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and update.export_uuid:
                    item.setToolTip(self.tr("Export {0}").format(update.export_uuid))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.hint.setText(
            self.tr(
                "What the partner reported in the update workbooks they sent back. Their "
                "comments are their own; the deliverable's notes are never sent to them."
            )
            if updates or not self.owner_uuid
            else self.tr("No updates from the partner yet.")
        )
