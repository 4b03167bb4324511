"""The Documents tab of agreements and deliverables: attach, open, remove; files may be dropped."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from . import prompts
from .labels import display_value, error_text
from .table_model import _size_text
from .workers import Task

if TYPE_CHECKING:
    from ..services import Services
    from ..services.changes import ChangeSet
    from .operations import Operations


class DocumentsPanel(QWidget):
    """The documents of one agreement or deliverable; attach and remove are writes through
    the database worker, and the list follows every change set that touches documents."""

    def __init__(self, ops: Operations, owner: str, parent=None) -> None:
        super().__init__(parent)
        self.ops, self.owner = ops, owner
        self.owner_uuid: str | None = None
        self.setAcceptDrops(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added")])
        self.table.setAccessibleName(self.tr("Attached documents"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_selected)
        self.hint = QLabel(self.tr("Drop files here to attach them."))
        self.hint.setStyleSheet("color: palette(mid);")
        self.attach_button = QPushButton(self.tr("&Attach…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

        ops.changed.connect(self._on_changes)

    @property
    def services(self) -> Services:
        return self.ops.services

    def set_owner(self, uuid: str | None) -> None:
        self.owner_uuid = uuid
        self.reload()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.owner_uuid and "document" in changes.entities():
            self.reload()

    def reload(self) -> None:
        rows = (
            self.services.documents.rows(filters={self.owner: self.owner_uuid}, sort="created_at")
            if self.owner_uuid
            else []
        )
        self.table.setRowCount(len(rows))
        for row, doc in enumerate(rows):
            for column, text in enumerate(
                [
                    doc["original_filename"],
                    _size_text(doc["size"]),
                    display_value(doc["created_at"]),
                ]
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, doc["uuid"])
                self.table.setItem(row, column, item)
        self.attach_button.setEnabled(self.owner_uuid is not None)
        self.hint.setText(
            self.tr("Drop files here to attach them.")
            if self.owner_uuid
            else self.tr("Save the record before attaching documents.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_uuid() is not None
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def selected_uuid(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def attach(self, paths: list[Path]) -> Task | None:
        """Attach files (one write); problems with some files are reported in one message."""
        if not self.owner_uuid:
            return None
        owner, owner_uuid, documents = self.owner, self.owner_uuid, self.services.documents

        def work(_task: Task) -> list[str]:
            problems = []
            for path in paths:
                try:
                    documents.attach(owner, owner_uuid, path)
                except UserError as exc:
                    problems.append(error_text(exc))
            return problems

        def done(problems: list[str]) -> None:
            if problems:
                prompts.warn(self, self.tr("Attach documents"), "\n".join(problems))

        return self.ops.write(
            self, work, initiator=self, title=self.tr("Attach documents"), success=done
        )

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach documents"))
        if names:
            self.attach([Path(n) for n in names])

    def open_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        # A copy under (a safe form of) its own name, so the system picks the right viewer.
        folder = Path(tempfile.gettempdir()) / "unccd-desktop-open" / uuid
        try:
            copy = self.services.documents.copy_to(uuid, folder)
        except UserError as exc:
            prompts.warn(self, self.tr("Open document"), error_text(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def remove_selected(self) -> Task | None:
        uuid = self.selected_uuid()
        if uuid is None:
            return None
        record = self.services.documents.get(uuid)
        answer = prompts.ask(
            self,
            self.tr("Remove document"),
            self.tr("Remove {0} from this record?").format(record["original_filename"]),
        )
        if answer != prompts.Button.Yes:
            return None
        documents, version = self.services.documents, record["version"]
        return self.ops.write(
            self,
            lambda _task: documents.delete(uuid, version),
            initiator=self,
            title=self.tr("Remove document"),
        )

    # ----- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.owner_uuid and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach(paths)
