"""The list writer (no Qt): typed cells, formula-like text kept as text, whole files only."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from unccd_desktop.excel.list_export import write_list

HEADINGS = ["Title", "Due", "Budget", "Changed"]
ROWS = [
    ['=HYPERLINK("http://x")', date(2030, 5, 1), Decimal("1234.50"), datetime(2026, 1, 2, 9, 5)],
    ["-1 risk", None, 7, None],
    ["@team", date(2031, 1, 31), None, None],
    ["+plan", None, 0.25, None],
    ["Plain", None, None, None],
]


def test_workbook_cells_are_typed_and_text_is_never_a_formula(tmp_path):
    out = tmp_path / "list.xlsx"
    assert (
        write_list(out, HEADINGS, ROWS, date_format="dd/mm/yyyy", number_formats={2: "0.00"}) == 5
    )
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == HEADINGS
    for cells, expected in zip(rows[1:], ROWS, strict=True):
        title, due, budget, _changed = cells
        assert title.data_type == "s" and title.value == expected[0]
        if expected[1] is None:
            assert due.value is None
        else:
            assert due.is_date and due.value.date() == expected[1]
            assert due.number_format == "dd/mm/yyyy"
        assert budget.value == (None if expected[2] is None else float(expected[2]))
        if expected[2] is not None:
            assert budget.number_format == "0.00"
    assert rows[1][3].value == datetime(2026, 1, 2, 9, 5)
    assert rows[1][3].number_format == "dd/mm/yyyy hh:mm"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D6"


def test_csv_is_plain_text_with_formula_like_text_marked(tmp_path):
    out = tmp_path / "list.csv"
    write_list(out, HEADINGS, ROWS)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == HEADINGS
    assert read[1] == ["'" + ROWS[0][0], "2030-05-01", "1234.50", "2026-01-02 09:05"]
    assert [r[0] for r in read[2:]] == ["'-1 risk", "'@team", "'+plan", "Plain"]
    assert read[3][1] == "2031-01-31" and read[2][2] == "7"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_cancelled_export_leaves_the_old_file_and_nothing_else(tmp_path, suffix):
    out = tmp_path / f"list{suffix}"
    out.write_text("the export of last week")

    class Cancelled(Exception):
        pass

    def rows():
        yield from ROWS
        raise Cancelled

    with pytest.raises(Cancelled):
        write_list(out, HEADINGS, rows())
    assert out.read_text() == "the export of last week"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_progress_counts_the_rows_written(tmp_path):
    seen: list[int] = []
    write_list(tmp_path / "list.xlsx", HEADINGS, ROWS * 3, progress=seen.append)
    assert seen == list(range(1, 16))


def test_only_workbooks_and_csv_files(tmp_path):
    with pytest.raises(ValueError):
        write_list(tmp_path / "list.ods", HEADINGS, ROWS)
    assert list(tmp_path.iterdir()) == []


def test_the_workbook_prints_one_page_wide_with_its_headings_and_wraps_long_titles(tmp_path):
    out = tmp_path / "list.xlsx"
    long_title = "Memorandum of Understanding between the Global Mechanism and the IFRC " * 2
    write_list(out, HEADINGS, [[long_title, "=1+1", None], *ROWS])
    sheet = openpyxl.load_workbook(out).active
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth in (None, 1)  # 1 unless said (OOXML's default)
    assert sheet.page_setup.fitToHeight == 0  # as many pages down as needed
    assert sheet.print_title_rows == "$1:$1"
    assert sheet["A2"].alignment.wrap_text  # the widest text column wraps
    assert not sheet["B2"].alignment.wrap_text
    assert sheet.row_dimensions[2].height >= 30  # its two or more lines shown


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_file_is_readable_as_any_file_the_user_saves(tmp_path, suffix):
    out = tmp_path / f"list{suffix}"
    write_list(out, HEADINGS, ROWS)
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
