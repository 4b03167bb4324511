"""The Related tab of partners, agreements and projects: the records linked to the one shown,
grouped, each opened with Enter or a double-click; an agreement's dates on a timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .agreement_timeline import AgreementTimeline
from .labels import display_value, enum_text, field_name

if TYPE_CHECKING:
    from ..services.changes import ChangeSet
    from ..services.related import Related, RelatedLine
    from .operations import Operations

LINE_ROLE = Qt.ItemDataRole.UserRole  # (entity, uuid) of a line; None on a group

GROUP_TITLES = {
    "agreements": QT_TRANSLATE_NOOP("RelatedPanel", "Agreements"),
    "projects": QT_TRANSLATE_NOOP("RelatedPanel", "Projects"),
    "deliverables": QT_TRANSLATE_NOOP("RelatedPanel", "Deliverables"),
    "focal_points": QT_TRANSLATE_NOOP("RelatedPanel", "Focal points"),
    "parties": QT_TRANSLATE_NOOP("RelatedPanel", "Parties"),
    "participants": QT_TRANSLATE_NOOP("RelatedPanel", "Participants"),
    "documents": QT_TRANSLATE_NOOP("RelatedPanel", "Documents"),
    "parent": QT_TRANSLATE_NOOP("RelatedPanel", "Amends or renews"),
    "children": QT_TRANSLATE_NOOP("RelatedPanel", "Amended or renewed by"),
}
# The field whose date the Date column shows, per group.
GROUP_DATES = {
    "agreements": "expires_on",
    "parent": "expires_on",
    "children": "expires_on",
    "projects": "planned_end",
    "deliverables": "due_on",
    "parties": "signed_on",
    "documents": "created_at",
}
# What the tab of each kind of record follows: a write touching one of these may change it.
FOLLOWS = {
    "partner": {"partner", "agreement", "project", "deliverable", "focal_point"},
    "agreement": {"agreement", "partner", "project", "deliverable", "document"},
    "project": {"project", "agreement", "partner", "deliverable"},
}


class RelatedPanel(QWidget):
    """Records related to the partner, agreement or project shown in the editor. Follows
    every change set that may touch them (when hidden: once shown again)."""

    open_requested = Signal(str, str)  # entity, uuid

    def __init__(self, ops: Operations, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.entity = ops, entity
        self.owner_uuid: str | None = None
        self.related: Related | None = None
        self._stale = False
        self.timeline = AgreementTimeline()
        self.timeline.hide()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Date")]
        )
        self.tree.setAccessibleName(self.tr("Related records"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # titles that begin alike
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activate)
        self.hint = QLabel(self.tr("Enter or a double-click opens the record."))
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)

        ops.changed.connect(self._on_changes)

    def set_owner(self, uuid: str | None) -> None:
        self.owner_uuid = uuid
        if self.isVisible() or uuid is None:
            self.reload()
        else:
            self._stale = True  # read once the tab is shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.owner_uuid and changes.entities() & FOLLOWS[self.entity]:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def reload(self) -> None:
        self._stale = False
        current = self.current_line()
        self.related = (
            self.ops.services.related.for_entity(self.entity, self.owner_uuid)
            if self.owner_uuid
            else None
        )
        self.tree.clear()
        self.timeline.set_spans(self.related.timeline if self.related else [])
        self.timeline.setVisible(self.entity == "agreement" and self.timeline.has_dates())
        if self.related is None:
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for key, lines in self.related.groups.items():
            title = QCoreApplication.translate("RelatedPanel", GROUP_TITLES[key])
            count = QLocale().toString(len(lines))
            group = QTreeWidgetItem([self.tr("{0} ({1})").format(title, count)])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # the title over the whole row
            for line in lines:
                item = self._line_item(key, line)
                group.addChild(item)
                if current == (line.entity, line.uuid):
                    self.tree.setCurrentItem(item)
            group.setExpanded(True)

    def _line_item(self, key: str, line: RelatedLine) -> QTreeWidgetItem:
        roles = ", ".join(enum_text(role) for role in line.roles)
        item = QTreeWidgetItem(
            [line.label, roles or line.detail, enum_text(line.status), display_value(line.when)]
        )
        item.setData(0, LINE_ROLE, (line.entity, line.uuid))
        item.setToolTip(
            0, "\n".join(t for t in (line.label, enum_text(line.kind), line.detail) if t)
        )
        if key in GROUP_DATES and line.when is not None:
            item.setToolTip(3, field_name(GROUP_DATES[key]))
        return item

    def lines(self) -> list[QTreeWidgetItem]:
        """The items of the related records, group after group."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out.extend(group.child(i) for i in range(group.childCount()))
        return out

    def current_line(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(0, LINE_ROLE) if item is not None else None

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, LINE_ROLE)
        if target is not None:
            self.open_requested.emit(*target)
