"""The printed documents of the window's screens: the dashboard and a list as it is filtered.

They are printed in the interface's language and direction, with what the officer sees: the
dashboard's boxes as tables, and every row of a list (not only those scrolled to) under the
columns shown, in their order and relative widths.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QTreeWidget

from ..exchange.export_dialogs import interface_language
from ..labels import display_value, entity_name, field_name
from ..picker import SearchPicker
from ..table_model import RIGHT_ALIGNED, cell_text
from .document import PrintDocument, Table

if TYPE_CHECKING:
    from ..dashboard_page import DashboardPage
    from ..list_page import ListPage

READ_PAGE = 2000  # rows read from the database at a time
NUMERIC = frozenset({*RIGHT_ALIGNED, "progress_percent", "budget_amount", "size"})


def _document(title: str, lines: list[str], tables: list[Table]) -> PrintDocument:
    today = display_value(date.today())
    return PrintDocument(
        title=title,
        lines=tuple(lines),
        tables=tuple(tables),
        header=QCoreApplication.translate("Printing", "{0} — printed {1}").format(title, today),
        page_text=QCoreApplication.translate("Printing", "Page {0} of {1}"),
        language=interface_language(),
        right_to_left=QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft,
    )


def dashboard_document(page: DashboardPage, database: str) -> PrintDocument:
    """The dashboard as shown: one table per box, its title, headings and rows."""
    tables = []
    for box in page.boxes.values():
        tree = box.findChild(QTreeWidget)
        headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
        rows, empty = [], ""
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            if item.isFirstColumnSpanned():  # the box's sentence saying it is empty
                empty = item.text(0)
                continue
            rows.append([item.text(c) for c in range(len(headers))])
        numeric = frozenset(
            c
            for c in range(1, len(headers))
            if rows and all(r[c].strip().lstrip("-").isdigit() for r in rows if r[c])
        )
        widths = [4.0] + [1.2] * (len(headers) - 1)
        tables.append(Table(box.title(), headers, rows, widths, empty, numeric))
    heading = QCoreApplication.translate("Printing", "Dashboard: {0}").format(page.heading.text())
    return _document(
        heading, [QCoreApplication.translate("Printing", "Database: {0}").format(database)], tables
    )


def filter_lines(page: ListPage) -> list[str]:
    """The filters set on a list, as lines saying what the printout is limited to."""
    parts = []
    if page.search.text().strip():
        parts.append(
            QCoreApplication.translate("Printing", "Text: “{0}”").format(page.search.text().strip())
        )
    for key, widget in page.filter_widgets.items():
        if isinstance(widget, tuple):
            low, high = widget[0].value(), widget[1].value()
            if low or high:
                shown = (
                    f"{display_value(low) if low else '…'} – {display_value(high) if high else '…'}"
                )
                parts.append(f"{field_name(key)}: {shown}")
        elif isinstance(widget, QCheckBox):
            if widget.isChecked():
                parts.append(widget.text().replace("&", ""))
        elif isinstance(widget, SearchPicker):
            if widget.value() is not None:
                parts.append(widget.edit.text())
        elif isinstance(widget, QComboBox) and widget.currentData() is not None:
            parts.append(widget.currentText())
    return (
        [QCoreApplication.translate("Printing", "Filters: {0}").format("; ".join(parts))]
        if parts
        else []
    )


class ListQuery:
    """What a list shows, taken on the GUI thread so its rows can be read on a worker: the
    query, the columns shown with their headings and widths, the lines about filters."""

    def __init__(self, page: ListPage) -> None:
        from ..list_export import shown_columns

        header = page.table.horizontalHeader()
        self.columns = shown_columns(page)
        self.headings = [field_name(c.key) for c in self.columns]
        self.widths = [float(header.sectionSize(page.spec.columns.index(c))) for c in self.columns]
        model = page.model
        self.service = page.service
        self.query = (model.text, dict(model.filters), model.sort_key, model.descending)
        self.title = entity_name(page.entity, plural=True)
        self.lines = [page.count_label.text(), *filter_lines(page)]

    def read(self, check: Callable[[], None] | None = None) -> list[dict[str, Any]]:
        """Every row the list's filters give, in its order."""
        text, filters, sort, descending = self.query
        rows: list[dict[str, Any]] = []
        while True:
            if check is not None:
                check()
            page = self.service.rows(text, filters, sort, descending, len(rows), READ_PAGE)
            rows += page
            if len(page) < READ_PAGE:
                return rows

    def document(self, records: list[dict[str, Any]]) -> PrintDocument:
        keys = [c.key for c in self.columns]
        rows = [[cell_text(key, record.get(key)) for key in keys] for record in records]
        numeric = frozenset(i for i, key in enumerate(keys) if key in NUMERIC)
        table = Table(
            "",  # the document's title names the list
            self.headings,
            rows,
            self.widths,
            QCoreApplication.translate("Printing", "No records."),
            numeric,
            frozenset(i for i, record in enumerate(records) if record.get("overdue")),
        )
        return _document(self.title, self.lines, [table])
