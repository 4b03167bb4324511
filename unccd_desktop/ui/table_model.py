"""A table model over EntityService.rows(): only the pages the view shows are fetched."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from .labels import display_value, field_name

if TYPE_CHECKING:
    from ..services.crud import EntityService
    from .entities import Column

PAGE_SIZE = 200
MAX_PAGES = 20  # pages kept in memory; the least recently used are dropped
FOLLOWED_PAGES = 2  # pages read again after a write: those used last, around the rows shown
OVERDUE_COLOUR = QColor("#b3261e")
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY = Qt.ItemDataRole.DisplayRole
ROLES = frozenset(  # those data() answers; the view asks for several more for every cell
    int(role)
    for role in (
        DISPLAY,
        UUID_ROLE,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
)
RIGHT_ALIGNED = ("focal_point_count", "party_count", "project_count", "deliverable_count")
TOOLTIP_LENGTH = 30  # text at least this long is also shown whole in a tooltip

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of one entity, filtered and sorted by the database, fetched page by page."""

    def __init__(
        self,
        service: EntityService,
        columns: tuple[Column, ...],
        parent=None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.columns = columns
        self.title = title  # the column whose text always has a tooltip (it is often cut)
        self.text = ""
        self.filters: dict[str, Any] = {}
        self.sort_key: str | None = None
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._texts: dict[tuple[int, int], str] = {}  # cell texts shown, of the pages in memory
        self.refresh()

    # ----- querying ------------------------------------------------------------------------

    def set_query(self, text: str, filters: dict[str, Any]) -> None:
        self.text, self.filters = text, dict(filters)
        self.refresh()

    def refresh(self) -> None:
        """Count again and drop every cached page (after a filter, a sort or a write)."""
        self.beginResetModel()
        self._pages.clear()
        self._texts.clear()
        if self.text.strip():  # the matches are looked up once for the count and first page
            self._count, first = self.service.count_and_page(
                self.text, self.filters, self.sort_key, self.descending, PAGE_SIZE
            )
            if first:
                self._pages[0] = first
        else:
            self._count = self.service.count(self.text, self.filters)
        self.endResetModel()

    def follow_changes(self) -> bool:
        """Read the count and the cached pages again after a write. When the same records are
        in the same places, the rows whose values changed are updated in place (dataChanged)
        and True is returned; otherwise the model is reset (False): membership or order moved.
        """
        count = self.service.count(self.text, self.filters)
        if count != self._count:
            self.refresh()
            return False
        while len(self._pages) > FOLLOWED_PAGES:  # pages not used lately are read when shown
            self._pages.popitem(last=False)
        self._texts.clear()
        fresh = {number: self._fetch(number) for number in self._pages}
        for number, rows in fresh.items():
            if [r["uuid"] for r in rows] != [r["uuid"] for r in self._pages[number]]:
                self.refresh()
                return False
        last = len(self.columns) - 1
        self._texts.clear()
        for number, rows in fresh.items():
            old = self._pages[number]
            self._pages[number] = rows
            for offset, (before, after) in enumerate(zip(old, rows, strict=True)):
                if before != after:
                    row = number * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def _fetch(self, number: int) -> list[dict[str, Any]]:
        start = number * PAGE_SIZE
        end = min(start + PAGE_SIZE, self._count)
        if start > self._count // 2:
            # Near the end, read in the opposite order from the end: the database then
            # skips few rows instead of almost all of them.
            return self.service.rows(
                self.text,
                self.filters,
                sort=self.sort_key,
                descending=not self.descending,
                offset=self._count - end,
                limit=end - start,
            )[::-1]
        return self.service.rows(
            self.text,
            self.filters,
            sort=self.sort_key,
            descending=self.descending,
            offset=start,
            limit=PAGE_SIZE,
        )

    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
                self._texts.clear()
        else:
            self._pages.move_to_end(number)
        return page

    def row_data(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def uuid_at(self, row: int) -> str | None:
        data = self.row_data(row)
        return data["uuid"] if data else None

    def row_of(self, uuid: str, near: int = 0) -> int | None:
        """The row of a record among the pages fetched, after fetching the one holding
        row ``near`` (where the record was before a refresh); None if not there."""
        if self._count:
            self._page(min(max(near, 0), self._count - 1) // PAGE_SIZE)
        for number, page in list(self._pages.items()):
            for offset, data in enumerate(page):
                if data["uuid"] == uuid:
                    return number * PAGE_SIZE + offset
        return None

    def cached_pages(self) -> int:
        return len(self._pages)

    # ----- the model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return field_name(self.columns[section].key)
        return None

    def data(self, index: Index, role=DISPLAY):
        if role not in ROLES or not index.isValid():
            return None
        if role == DISPLAY:
            cell = (index.row(), index.column())
            text = self._texts.get(cell)
            if text is None:
                row = self.row_data(cell[0])
                if row is None:
                    return None
                key = self.columns[cell[1]].key
                text = self._texts[cell] = cell_text(key, row.get(key))
            return text
        row = self.row_data(index.row())
        if row is None:
            return None
        key = self.columns[index.column()].key
        value = row.get(key)
        if role == UUID_ROLE:
            return row["uuid"]
        overdue = bool(row.get("overdue"))
        if role == Qt.ItemDataRole.ForegroundRole and overdue and key in ("due_on", "status"):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and overdue and key == "due_on":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue and key in ("due_on", "status"):
                return self.tr("Overdue: the due date has passed and it is not delivered yet")
            text = cell_text(key, value)
            return text if text and (key == self.title or len(text) >= TOOLTIP_LENGTH) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            key in RIGHT_ALIGNED or key in ("progress_percent", "budget_amount", "size")
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].key if 0 <= column < len(self.columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.refresh()


def cell_text(key: str, value: Any) -> str:
    """A list cell's text: the stored value as the list shows it."""
    if key == "progress_percent" and value is not None:
        return f"{value} %"
    if key == "size" and value is not None:
        return _size_text(value)
    return display_value(value)


def _size_text(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


class MiddleElided(QStyledItemDelegate):
    """Cuts a long text in its middle: titles that begin alike ("Memorandum of Understanding
    between…") are still told apart by their ends."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
