"""Export of a list as shown (File → Export this list…, the rows' Export selection…), read
back with openpyxl and csv."""

from __future__ import annotations

import csv
from datetime import date, datetime

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction

from unccd_desktop.ui.labels import display_value, excel_date_format
from unccd_desktop.ui.list_export import start_export
from unccd_desktop.ui.list_page import ListPage

# A pop-up menu on the offscreen platform the tests run on: no window manager to raise it.
FORMULA_LIKE = ("=1+1 workshop", "+33 partners met", "-5 % emissions plan", "@risk review")


@pytest.fixture
def page(window, demo_db) -> ListPage:
    """The deliverables, filtered (planned ones), sorted by due date, newest first, with
    columns moved, hidden and shown; among them titles that look like formulas."""
    project = demo_db.projects.rows(limit=1)[0]["uuid"]
    for number, title in enumerate(FORMULA_LIKE):
        demo_db.deliverables.create(
            {
                "title": title,
                "project": project,
                "due_on": date(2031, 1, 2 + number),
                "progress_percent": 45,
            }
        )
    window.resize(1400, 800)
    window.show_section("deliverable")
    page = window.list_page("deliverable")
    page.refresh()
    keys = [c.key for c in page.spec.columns]
    page.set_filter("status", "planned")
    page.table.sortByColumn(keys.index("due_on"), Qt.SortOrder.DescendingOrder)
    page.set_column_visible(keys.index("kind"), True)
    page.set_column_visible(keys.index("project_title"), False)
    header = page.table.horizontalHeader()
    header.moveSection(header.visualIndex(keys.index("status")), 0)
    assert page.model.rowCount() == demo_db.deliverables.count(filters={"status": "planned"})
    return page


def shown_table(page: ListPage) -> tuple[list[str], list[str], list[list[str]]]:
    """The keys, headings and cell texts of the table, in the order shown."""
    header = page.table.horizontalHeader()
    order = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    keys = [page.spec.columns[i].key for i in order]
    headings = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in order]
    rows = [
        [page.model.index(row, i).data() for i in order] for row in range(page.model.rowCount())
    ]
    return keys, headings, rows


def wait_written(qtbot, task) -> None:
    with qtbot.waitSignal(task.signals.done, timeout=20_000):
        pass


def test_workbook_holds_the_list_as_shown(qtbot, page, tmp_path):
    keys, headings, rows = shown_table(page)
    assert keys[0] == "status" and "project_title" not in keys and "kind" in keys
    out = tmp_path / "planned.xlsx"
    wait_written(qtbot, start_export(page, out))
    sheet = openpyxl.load_workbook(out).active
    read = list(sheet.iter_rows())
    assert [c.value for c in read[0]] == headings
    assert len(read) - 1 == len(rows) == page.model.rowCount() > len(FORMULA_LIKE)
    assert {"Planned"} == {row[0] for row in rows}  # a label, not the code "planned"
    due, progress = keys.index("due_on"), keys.index("progress_percent")
    for cells, shown in zip(read[1:], rows, strict=True):
        for column, (cell, text) in enumerate(zip(cells, shown, strict=True)):
            if column == due and text:
                assert isinstance(cell.value, datetime) and cell.is_date
                assert cell.number_format == excel_date_format()
                assert display_value(cell.value.date()) == text
            elif column == progress:
                assert isinstance(cell.value, int | float)
                assert f"{cell.value:g} %" == text
            else:
                assert cell.data_type in ("s", "n") and (cell.value or "") == text
    titles = [cells[keys.index("title")] for cells in read[1:]]
    formula_cells = [c for c in titles if c.value in FORMULA_LIKE]
    assert len(formula_cells) == len(FORMULA_LIKE)
    assert all(c.data_type == "s" for c in formula_cells)  # text, not formulas


def test_csv_holds_the_list_as_shown(qtbot, page, tmp_path):
    keys, headings, rows = shown_table(page)
    out = tmp_path / "planned.csv"
    wait_written(qtbot, start_export(page, out))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == headings
    assert len(read) - 1 == len(rows)
    due = keys.index("due_on")
    for values, shown, row in zip(read[1:], rows, range(len(rows)), strict=True):
        record = page.model.row_data(row)
        for column, (value, text) in enumerate(zip(values, shown, strict=True)):
            if column == due:
                assert value == (record["due_on"].isoformat() if record["due_on"] else "")
            elif keys[column] == "progress_percent":
                assert f"{value} %" == text
            elif text.startswith(("=", "+", "-", "@")):
                assert value == "'" + text  # read as text by spreadsheet programs
            else:
                assert value == text


def test_export_selection_from_the_rows_menu(qtbot, page, tmp_path, answers):
    keys, _headings, rows = shown_table(page)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.setCurrentIndex(page.model.index(1, 0))
    selection.select(page.model.index(3, 0), flags)
    assert page.selected_rows() == [1, 3]
    out = tmp_path / "two rows.csv"

    def save_as(dialog) -> None:
        dialog.selectFile(str(out))
        dialog.accept()

    answers(save_as)
    menu = page.show_row_menu()
    action = next(a for a in menu.actions() if a.text() == "E&xport selection…")
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(out.exists, timeout=20_000)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    title = keys.index("title")
    assert [r[title] for r in read[1:]] == [
        ("'" + rows[i][title]) if rows[i][title][:1] in "=+-@" else rows[i][title] for i in (1, 3)
    ]


def test_a_file_that_cannot_be_written_is_a_plain_message(qtbot, page, tmp_path, answers):
    out = tmp_path / "no such folder" / "list.xlsx"
    task = start_export(page, out)
    qtbot.waitUntil(lambda: bool(answers.seen), timeout=20_000)
    assert task.cancel_event.is_set() is False
    assert str(out) in answers.seen[-1].text
    assert answers.seen[-1].kind == "warning"
    assert not out.parent.exists()


def test_country_names_are_shown_and_exported(qtbot, window, demo_db, tmp_path):
    names = {c["code"]: c["name"] for c in demo_db.reference.countries()}
    window.show_section("partner")
    page = window.list_page("partner")
    page.set_filter("country", "DE")
    column = [c.key for c in page.spec.columns].index("hq_country_name")
    assert page.model.rowCount() == 2
    assert {page.model.index(r, column).data() for r in range(2)} == {names["DE"]}
    page.set_filter("country", None)
    page.set_filter("region", "Europe")
    shown = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert shown == {names["DE"], names["NL"]}
    out = tmp_path / "european partners.xlsx"
    wait_written(qtbot, start_export(page, out))
    sheet = openpyxl.load_workbook(out).active
    heading = page.model.headerData(column, Qt.Orientation.Horizontal)
    at = [c.value for c in next(sheet.iter_rows(max_row=1))].index(heading)
    assert {row[at] for row in sheet.iter_rows(min_row=2, values_only=True)} == shown


def test_file_menu_exports_the_list_shown(qtbot, window, page, tmp_path, answers):
    action = window.findChild(QAction, "export_list")
    assert action.isEnabled()
    _keys, headings, rows = shown_table(page)
    out = tmp_path / "from the menu.xlsx"

    def save_as(dialog) -> None:
        dialog.selectFile(str(out))
        dialog.accept()

    answers(save_as)
    action.trigger()
    qtbot.waitUntil(out.exists, timeout=20_000)
    read = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert list(read[0]) == headings and len(read) - 1 == len(rows)
    window.show_section("dashboard")
    assert not action.isEnabled()
