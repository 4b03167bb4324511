"""Global search (Ctrl+K): results grouped by kind; Enter opens the selected record."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..services import Services
from ..services.search import SearchService
from .labels import entity_name

HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    open_requested = Signal(str, str)  # entity, uuid

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self.search_service = SearchService(services)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Search partners, acronyms, contacts, agreements, projects, deliverables…")
        )
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setColumnCount(2)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # titles that begin alike
        self.results.itemActivated.connect(self._activate)
        self.note = QLabel()
        self.note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        self.resize(720, 480)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._timer.start)
        self.query.installEventFilter(self)
        self.note.setText(self.tr("Type at least two letters. Enter opens, Esc closes."))

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        self.results.clear()
        if len(text) < 2:
            self.note.setText(self.tr("Type at least two letters. Enter opens, Esc closes."))
            return
        groups = self.search_service.search(text)
        bold = QFont(self.results.font())
        bold.setBold(True)
        first = None
        for kind, hits in groups.items():
            group = QTreeWidgetItem([entity_name(kind, plural=True)])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.results.addTopLevelItem(group)
            for hit in hits:
                item = QTreeWidgetItem(group, [hit.label, hit.detail])
                item.setData(0, HIT_ROLE, (hit.kind, hit.uuid))
                item.setToolTip(0, hit.label)
                first = first or item
            group.setExpanded(True)
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(12)
        self.results.resizeColumnToContents(0)
        if self.results.columnWidth(0) > 480:
            self.results.setColumnWidth(0, 480)
        if first is not None:
            self.results.setCurrentItem(first)
            self.note.setText(self.tr("Enter opens the selected record."))
        else:
            self.note.setText(self.tr("Nothing found for “{0}”.").format(text))

    def hit_items(self) -> list[QTreeWidgetItem]:
        out = []
        for g in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(g)
            out.extend(group.child(i) for i in range(group.childCount()))
        return out

    def _activate(self, item: QTreeWidgetItem | None = None, _column: int = 0) -> None:
        item = item or self.results.currentItem()
        if item is None or item.data(0, HIT_ROLE) is None:
            return
        kind, uuid = item.data(0, HIT_ROLE)
        self.accept()
        self.open_requested.emit(kind, uuid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the text box move through the results; Enter opens."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run_search()
                self._activate()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        items = self.hit_items()
        if not items:
            return
        current = self.results.currentItem()
        index = items.index(current) if current in items else -1
        self.results.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])
