"""The Dashboard: what needs attention today; every entry opens its record."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.dashboard import DashboardService
from .labels import display_value, entity_name, enum_text
from .settings import due_window_days, expiry_window_days

TARGET_ROLE = Qt.ItemDataRole.UserRole


class DashboardPage(QWidget):
    open_requested = Signal(str, str)  # entity, uuid
    show_list = Signal(str, dict)  # entity, filters

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.dashboard = DashboardService(services)
        self.heading = QLabel(self.tr("What needs attention"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)

        self.expiring = self._tree([self.tr("Agreement"), self.tr("Expires"), self.tr("Days left")])
        self.past_expiry = self._tree(
            [self.tr("Agreement"), self.tr("Expired"), self.tr("Days past"), self.tr("Status")]
        )
        self.without_expiry = self._tree([self.tr("Agreement"), self.tr("Kind"), self.tr("Status")])
        self.overdue = self._tree([self.tr("Deliverable"), self.tr("Due"), self.tr("Days late")])
        self.due_soon = self._tree([self.tr("Deliverable"), self.tr("Due"), self.tr("Days left")])
        self.counts = self._tree([self.tr("Status"), self.tr("Records")])
        self.by_initiative = self._tree(
            [self.tr("Initiative"), self.tr("All"), self.tr("Open"), self.tr("Overdue")]
        )
        self.by_donor = self._tree(
            [self.tr("Donor"), self.tr("All"), self.tr("Open"), self.tr("Overdue")]
        )
        self.boxes = {}
        grid = QGridLayout()
        boxes = [
            ("expiring", "", self.expiring),
            ("past_expiry", "", self.past_expiry),
            ("without_expiry", "", self.without_expiry),
            ("overdue", self.tr("Overdue deliverables"), self.overdue),
            ("due_soon", "", self.due_soon),
            ("counts", self.tr("Records by status"), self.counts),
            ("by_initiative", self.tr("Deliverables by initiative"), self.by_initiative),
            ("by_donor", self.tr("Deliverables by donor"), self.by_donor),
        ]
        for index, (key, title, tree) in enumerate(boxes):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(tree)
            tree.setAccessibleName(title)
            grid.addWidget(box, index // 3, index % 3)
            self.boxes[key] = box
        layout = QVBoxLayout(self)
        top = QGridLayout()
        top.addWidget(self.heading, 0, 0)
        top.addWidget(self.refresh_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # titles that begin alike
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.itemActivated.connect(self._activate)
        return tree

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET_ROLE)
        if not target:
            return
        if target[0] == "list":
            self.show_list.emit(target[1], target[2])
        else:
            self.open_requested.emit(target[0], target[1])

    def _add(
        self, tree: QTreeWidget, texts: list[str], target, tip: str = "", words: tuple = ()
    ) -> QTreeWidgetItem:
        """A row opening ``target``; columns after the first are right-aligned figures, but
        for the columns in ``words``."""
        item = QTreeWidgetItem(tree, texts)
        item.setData(0, TARGET_ROLE, target)
        item.setToolTip(0, tip or texts[0])
        for column in range(1, len(texts)):
            if column not in words:
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        return item

    def _empty(self, tree: QTreeWidget, text: str) -> None:
        item = QTreeWidgetItem(tree, [text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setFirstColumnSpanned(True)  # the sentence gets the whole width, in any language

    def refresh(self) -> None:
        follow = self.services.followup
        for tree in (
            self.expiring,
            self.past_expiry,
            self.without_expiry,
            self.overdue,
            self.due_soon,
            self.counts,
            self.by_initiative,
            self.by_donor,
        ):
            tree.clear()
        expiry_days, due_days = expiry_window_days(), due_window_days()
        for key, tree, title in (
            (
                "expiring",
                self.expiring,
                self.tr("Agreements expiring (renewal notice or {0} days)").format(expiry_days),
            ),
            (
                "due_soon",
                self.due_soon,
                self.tr("Deliverables due within {0} days").format(due_days),
            ),
        ):
            self.boxes[key].setTitle(title)
            tree.setAccessibleName(title)
        for row in follow.expiring_agreements(expiry_days):
            if row["days_left"] < 0:
                continue  # listed with the agreements past their expiry
            self._add(
                self.expiring,
                [row["title"], display_value(row["expires_on"]), str(row["days_left"])],
                ("agreement", row["uuid"]),
            )
        if not self.expiring.topLevelItemCount():
            self._empty(self.expiring, self.tr("No agreement expires soon."))
        self._fill_agreements()
        for row in follow.overdue_deliverables():
            self._add(
                self.overdue,
                [row["title"], display_value(row["due_on"]), str(-row["days_left"])],
                ("deliverable", row["uuid"]),
                f"{row['title']}\n{row['project_title'] or ''}",
            )
        if not self.overdue.topLevelItemCount():
            self._empty(self.overdue, self.tr("Nothing is overdue."))
        for row in follow.deliverables_due_within(due_days):
            self._add(
                self.due_soon,
                [row["title"], display_value(row["due_on"]), str(row["days_left"])],
                ("deliverable", row["uuid"]),
                f"{row['title']}\n{row['project_title'] or ''}",
            )
        if not self.due_soon.topLevelItemCount():
            self._empty(
                self.due_soon, self.tr("Nothing is due in the next {0} days.").format(due_days)
            )
        bold = self.counts.font()
        bold.setBold(True)
        for entity in ("agreement", "project", "deliverable"):
            counts = follow.counts_by_status(entity)
            group = self._add(
                self.counts,
                [entity_name(entity, plural=True), str(sum(counts.values()))],
                ("list", entity, {}),
            )
            group.setFont(0, bold)
            for status, count in sorted(counts.items(), key=lambda kv: -kv[1]):
                self._add(
                    self.counts,
                    ["    " + enum_text(status), str(count)],
                    ("list", entity, {"status": status}),
                )
        for tree, rows, kind, filter_key in (
            (
                self.by_initiative,
                self.dashboard.deliverables_by_initiative(),
                "initiative",
                "initiative",
            ),
            (self.by_donor, self.dashboard.deliverables_by_donor(), "partner", None),
        ):
            for row in rows:
                target = (
                    ("list", "deliverable", {filter_key: row["uuid"]})
                    if filter_key
                    else (kind, row["uuid"])
                )
                self._add(
                    tree,
                    [row["name"], str(row["total"]), str(row["open"]), str(row["overdue"])],
                    target,
                )

    def _fill_agreements(self) -> None:
        """Live agreements past their expiry date, and those that have none (nothing can warn
        before they end); each box's title counts them."""
        follow = self.services.followup
        past = follow.agreements_past_expiry()
        for row in past:
            self._add(
                self.past_expiry,
                [
                    row["title"],
                    display_value(row["expires_on"]),
                    str(row["days_late"]),
                    enum_text(row["status"]),
                ],
                ("agreement", row["uuid"]),
                words=(3,),
            )
        if not past:
            self._empty(
                self.past_expiry, self.tr("No signed or active agreement is past its expiry.")
            )
        undated = follow.agreements_without_expiry()
        for row in undated:
            self._add(
                self.without_expiry,
                [row["title"], enum_text(row["kind"]), enum_text(row["status"])],
                ("agreement", row["uuid"]),
                words=(1, 2),
            )
        if not undated:
            self._empty(
                self.without_expiry, self.tr("Every signed or active agreement has an expiry date.")
            )
        for key, tree, title in (
            (
                "past_expiry",
                self.past_expiry,
                self.tr("Active agreements past their expiry (%n)", "", len(past)),
            ),
            (
                "without_expiry",
                self.without_expiry,
                self.tr("Agreements without an expiry date (%n)", "", len(undated)),
            ),
        ):
            self.boxes[key].setTitle(title)
            tree.setAccessibleName(title)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
