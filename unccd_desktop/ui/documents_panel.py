"""The Documents tab of agreements and deliverables: attach, open, remove; files may be dropped."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..services import Services
from .labels import display_value, error_text
from .table_model import _size_text


class DocumentsPanel(QWidget):
    changed = Signal()

    def __init__(self, services: Services, owner: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.owner = services, owner
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

    def set_owner(self, uuid: str | None) -> None:
        self.owner_uuid = uuid
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

    def attach(self, paths: list[Path]) -> int:
        """Attach files; report problems in one message; return how many were attached."""
        if not self.owner_uuid:
            return 0
        done, problems = 0, []
        for path in paths:
            try:
                self.services.documents.attach(self.owner, self.owner_uuid, path)
                done += 1
            except UserError as exc:
                problems.append(error_text(exc))
        self.reload()
        if done:
            self.changed.emit()
        if problems:
            QMessageBox.warning(self, self.tr("Attach documents"), "\n".join(problems))
        return done

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
            QMessageBox.warning(self, self.tr("Open document"), error_text(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def remove_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        name = self.services.documents.get(uuid)["original_filename"]
        answer = QMessageBox.question(
            self,
            self.tr("Remove document"),
            self.tr("Remove {0} from this record?").format(name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.documents.delete(uuid)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Remove document"), error_text(exc))
        self.reload()
        self.changed.emit()

    # ----- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.owner_uuid and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach(paths)
