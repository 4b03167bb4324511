"""File → Export this list… and Export selection…: the rows as the list shows them, written
to .xlsx or .csv in the background (with progress and Cancel).

What is written is what the table shows: the columns shown, in their order, under their
headings; labels rather than stored codes; dates as dates and numbers as numbers. The window
gathers those values; ``excel/list_export.py`` writes them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QWidget

from ..errors import UserError
from . import error_handling, prompts
from .labels import display_value, entity_name, excel_date_format, field_name
from .settings import app_settings
from .workers import Cancelled, Task, progress_box, start_task

if TYPE_CHECKING:
    from .entities import Column
    from .list_page import ListPage

FOLDER_KEY = "export/folder"
READ_PAGE = 2000  # rows read from the database at a time
NUMBER_FORMATS = {  # as the list shows them: "45 %", "1,250.00"
    "progress_percent": '0" %"',
    "budget_amount": "#,##0.00",
}


def shown_columns(page: ListPage) -> list[Column]:
    """The columns shown in the list, in the order shown."""
    header = page.table.horizontalHeader()
    order = sorted(range(header.count()), key=header.visualIndex)
    return [page.spec.columns[i] for i in order if not header.isSectionHidden(i)]


def cell_value(key: str, value: Any) -> Any:
    """A list cell as written to a file: numbers and dates as they are (a date-time as the
    list shows it, without its time zone), everything else as the text shown."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return value
    if isinstance(value, bool | enum.Enum):
        return display_value(value)
    if isinstance(value, int | float | Decimal):
        return value
    return display_value(value)


def export_list(page: ListPage) -> Task | None:
    """Ask where to write the whole list (as filtered and sorted), then write it."""
    path = choose_path(page, entity_name(page.entity, plural=True))
    return start_export(page, path) if path is not None else None


def export_rows(page: ListPage, rows: list[int]) -> Task | None:
    """Ask where to write some rows of the list (the selection), then write them."""
    if not rows:
        return None
    path = choose_path(page, entity_name(page.entity, plural=True))
    return start_export(page, path, rows) if path is not None else None


def choose_path(parent: QWidget, name: str) -> Path | None:
    """The file chosen in a save dialog (.xlsx unless .csv is chosen), or None."""
    folder = app_settings().value(FOLDER_KEY)
    folder = Path(str(folder)) if folder and Path(str(folder)).is_dir() else Path.home()
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("ListExport", "Export this list"),
        str(folder / f"{name}.xlsx"),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("ListExport", "Excel workbook (*.xlsx)"),
            QCoreApplication.translate("ListExport", "CSV file (*.csv)"),
        ]
    )
    dialog.setDefaultSuffix("xlsx")
    dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(_suffix(chosen)))
    prompts.show_dialog(dialog)
    if dialog.result() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + "." + _suffix(dialog.selectedNameFilter()))
    app_settings().setValue(FOLDER_KEY, str(path.parent))
    return path


def _suffix(name_filter: str) -> str:
    return "csv" if "*.csv" in name_filter else "xlsx"


def start_export(page: ListPage, path: Path, rows: list[int] | None = None) -> Task:
    """Write the list (or only ``rows`` of it) to ``path`` on a worker thread, behind a
    progress box with Cancel; a cancelled export leaves no file (and an old one as it was)."""
    from ..excel.list_export import write_list

    columns = shown_columns(page)
    headings = [field_name(c.key) for c in columns]
    formats = {i: NUMBER_FORMATS[c.key] for i, c in enumerate(columns) if c.key in NUMBER_FORMATS}
    model = page.model
    if rows is not None:
        chosen = [model.row_data(row) for row in rows]
        records = [record for record in chosen if record is not None]
        total = len(records)
    else:
        total = model.rowCount()
    query = (page.service, model.text, dict(model.filters), model.sort_key, model.descending)
    date_format = excel_date_format()

    def read(task: Task) -> Iterator[dict[str, Any]]:
        if rows is not None:
            yield from records
            return
        service, text, filters, sort, descending = query
        offset = 0
        while True:
            task.check()
            page_rows = service.rows(text, filters, sort, descending, offset, READ_PAGE)
            yield from page_rows
            if len(page_rows) < READ_PAGE:
                return
            offset += READ_PAGE

    def work(task: Task) -> int:
        def values() -> Iterator[list[Any]]:
            for record in read(task):
                task.check()
                yield [cell_value(c.key, record.get(c.key)) for c in columns]

        def progress(done: int) -> None:
            if done % 500 == 0 or done == total:
                task.report(done, max(total, done))

        try:
            return write_list(
                path,
                headings,
                values(),
                date_format=date_format,
                number_formats=formats,
                progress=progress,
            )
        except OSError as exc:
            raise UserError(
                QCoreApplication.translate("ListExport", "{0} could not be written: {1}.").format(
                    path, exc.strerror or exc
                )
            ) from exc

    def done(count: int) -> None:
        message = QCoreApplication.translate(
            "ListExport", "%n row(s) written to {0}.", "", count
        ).format(path.name)
        window = page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)
        else:
            prompts.inform(
                page, QCoreApplication.translate("ListExport", "Export this list"), message
            )

    def failed(exc: BaseException, details: str) -> None:
        if not isinstance(exc, Cancelled):
            error_handling.report(exc, details, page)

    task = start_task(work, done, failed)
    label = QCoreApplication.translate("ListExport", "Writing {0}…").format(path.name)
    progress_box(page, label, task)
    return task
