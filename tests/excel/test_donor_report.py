"""The donor report workbook: values, tables, labels, chart, page set-up, safe text, print."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from decimal import Decimal

import openpyxl
import pytest

from unccd_desktop.domain import (
    ActivityStatus,
    AgreementKind,
    AgreementStatus,
    DeliverableKind,
    DeliverableStatus,
)
from unccd_desktop.errors import UserError
from unccd_desktop.excel.columns import DELIVERABLES, column_lookup, header_key
from unccd_desktop.excel.donor_report import export_donor_report
from unccd_desktop.excel.enum_labels import enum_label
from unccd_desktop.excel.importing import preview_import
from unccd_desktop.excel.text_width import BOLD, word_width

from .conftest import soffice_convert

KOREA = "Government of the Republic of Korea"
SHEETS = ["Summary", "Agreements", "Projects", "Deliverables"]


def header_row(ws) -> list:
    return [c.value for c in next(ws.iter_rows(max_row=1))]


def column_of(ws, header: str) -> list:
    index = header_row(ws).index(header)
    return [row[index] for row in ws.iter_rows(min_row=2, values_only=True)]


def test_report_for_everything(demo_services, tmp_path):
    out = tmp_path / "donor.xlsx"
    result = export_donor_report(demo_services, out)
    assert result.counts["deliverables"] == demo_services.deliverables.count()
    assert not list(tmp_path.glob(".*partial*")), "no temporary file is left behind"
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS
    assert wb.properties.title == "Donor report — All partnerships"
    assert wb.properties.creator == "tester"
    summary = wb["Summary"]
    figures = {r[0]: r[1] for r in summary.iter_rows(values_only=True) if r and r[0]}
    assert figures["Deliverables"] == result.counts["deliverables"]
    assert figures["Overdue deliverables"] == demo_services.deliverables.count(
        filters={"overdue": True}
    )
    assert not any(
        isinstance(c.value, str) and c.value.startswith("=") for row in summary for c in row
    ), "key figures are values, not formulas"
    assert len(summary._charts) == 1, "the chart sits on the Summary"
    for name in SHEETS[1:]:
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        (table,) = ws.tables.values()
        assert table.autoFilter is not None and table.ref.startswith("A1:")
        assert "ID" not in header_row(ws)[0] and header_row(ws)[-1].endswith("ID")
        assert "Why in scope" not in header_row(ws), "only a donor's report says why"
    deliverables = wb["Deliverables"]
    due = [r[4] for r in deliverables.iter_rows(min_row=2) if r[4].value is not None]
    assert due and all(c.number_format == "yyyy-mm-dd" for c in due)
    assert deliverables.conditional_formatting, "overdue rows are highlighted"
    assert column_of(deliverables, "Overdue").count("Yes") == figures["Overdue deliverables"]


def test_labels_not_stored_codes(demo_services, tmp_path):
    out = tmp_path / "all.xlsx"
    export_donor_report(demo_services, out)
    wb = openpyxl.load_workbook(out)
    for sheet, header, enum in (
        ("Agreements", "Kind", AgreementKind),
        ("Agreements", "Status", AgreementStatus),
        ("Projects", "Status", ActivityStatus),
        ("Deliverables", "Kind", DeliverableKind),
        ("Deliverables", "Status", DeliverableStatus),
    ):
        values = set(column_of(wb[sheet], header))
        assert values and values <= {enum_label(v) for v in enum}, (sheet, header)
        assert not values & {v.value for v in enum}, "no stored code shows"
    assert "GEF enabling activity" in column_of(wb["Agreements"], "Kind")
    assert "In progress" in column_of(wb["Deliverables"], "Status")


def test_the_labels_are_those_the_app_shows():
    from unccd_desktop.ui.labels import enum_text

    for enum in (AgreementKind, AgreementStatus, ActivityStatus, DeliverableKind):
        for value in enum:
            assert enum_label(value) == enum_text(value)
    for value in DeliverableStatus:
        assert enum_label(value) == enum_text(value)


def test_report_for_a_donor_and_an_initiative(demo_services, tmp_path):
    bmz = export_donor_report(demo_services, tmp_path / "bmz.xlsx", donor="BMZ")
    assert 0 < bmz.counts["projects"] < demo_services.projects.count()
    changwon = export_donor_report(
        demo_services, tmp_path / "c.xlsx", initiative="Changwon Initiative"
    )
    ws = openpyxl.load_workbook(tmp_path / "c.xlsx")["Summary"]
    assert ws["B2"].value == "Initiative: Changwon Initiative"
    assert changwon.counts["projects"] == demo_services.projects.count(
        filters={"initiative": demo_services.initiatives.choices("Changwon")[0][0]}
    )
    with pytest.raises(UserError, match="No partner"):
        export_donor_report(demo_services, tmp_path / "x.xlsx", donor="Nobody at all")
    with pytest.raises(UserError, match="not both"):
        export_donor_report(demo_services, tmp_path / "x.xlsx", donor="BMZ", initiative="Ankara")


def test_a_donor_report_says_why_and_an_empty_section_is_one_line(demo_services, tmp_path):
    out = tmp_path / "korea.xlsx"
    result = export_donor_report(demo_services, out, donor=KOREA)
    assert result.counts == {"agreements": 0, "projects": 6, "deliverables": 10, "overdue": 0}
    wb = openpyxl.load_workbook(out)
    agreements = wb["Agreements"]
    assert [[c.value for c in row] for row in agreements.iter_rows()] == [
        ["No agreements in this scope"]
    ]
    assert not agreements.tables
    deliverables = wb["Deliverables"]
    titles = column_of(deliverables, "Deliverable")
    why = dict(zip(titles, column_of(deliverables, "Why in scope"), strict=True))
    assert why["Global Land Outlook, second edition"] == "Funding participant"
    assert why["Land for Life Award"] == f"Funding participant; Initiative funded by {KOREA}"
    assert wb["Summary"]["B2"].value == f"Donor: {KOREA}"


def test_every_sheet_is_set_up_for_printing(demo_services, tmp_path):
    out = tmp_path / "korea.xlsx"
    export_donor_report(demo_services, out, donor=KOREA)
    wb = openpyxl.load_workbook(out)
    today = date.today().isoformat()
    for ws in wb:
        setup = ws.page_setup
        assert setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert setup.fitToWidth in (None, 1)  # None: the default, one page
        assert setup.fitToHeight == (None if ws.title == "Summary" else 0)
        assert ws.oddHeader.left.text == f"Donor report — Donor: {KOREA}"
        assert ws.oddHeader.right.text == today
        assert ws.oddFooter.center.text == "Page &P of &N"
    for name, columns, rows in (("Projects", 9, 6), ("Deliverables", 12, 10)):
        ws = wb[name]
        assert ws.print_title_rows == "$1:$1", "the header row is repeated on every page"
        last_printed = openpyxl.utils.get_column_letter(columns - 1)
        assert ws.print_area == f"'{name}'!$A$1:${last_printed}${rows + 1}", "ids not printed"
        text_columns = [
            c for c in ws.iter_cols(min_row=2, max_row=2) if isinstance(c[0].value, str)
        ]
        assert all(c[0].alignment.wrap_text for c in text_columns[:-1]), "text wraps"
        assert all(ws.column_dimensions[c[0].column_letter].width >= 9 for c in text_columns)
    titles = wb["Deliverables"]
    heights = [titles.row_dimensions[r].height for r in range(2, 12)]
    assert all(h and h >= 30 for h in heights), "rows as high as their wrapped text"


def test_the_deliverables_sheet_imports_like_a_partner_workbook(demo_services, tmp_path):
    """Its ID, status, progress and submitted columns are the partner workbook's: edited and
    sent back, it is read as an update file of the office (compared with the database)."""
    out = tmp_path / "korea.xlsx"
    export_donor_report(demo_services, out, donor=KOREA)
    wb = openpyxl.load_workbook(out)
    ws = wb["Deliverables"]
    headers = header_row(ws)
    lookup = column_lookup(DELIVERABLES)
    found = {lookup[header_key(h)].field for h in headers if header_key(h) in lookup}
    assert found >= {"id", "status", "progress_percent", "submitted_on"}
    row = next(ws.iter_rows(min_row=2, max_row=2))
    row[headers.index("Status")].value = "In progress"
    row[headers.index("Progress (%)")].value = 40
    wb.save(tmp_path / "edited.xlsx")
    report = preview_import(demo_services, tmp_path / "edited.xlsx")
    (updated,) = [r for r in report.rows if r.action == "update"]
    assert updated.id == row[-1].value
    assert {k: (c.old, c.new) for k, c in updated.changes.items()} == {
        "status": ("accepted", "in_progress"),
        "progress_percent": (100, 40),
    }
    assert report.summary()["unchanged"] == 9 and not report.errors


def test_text_that_looks_like_a_formula_stays_text(demo_services, tmp_path):
    row = demo_services.deliverables.rows(limit=1)[0]
    record = demo_services.deliverables.get(row["uuid"])
    demo_services.deliverables.update(
        row["uuid"],
        record["version"],
        {
            "title": '=HYPERLINK("http://evil.example","click")',
            "due_on": date.today() - timedelta(1),
        },
    )
    out = tmp_path / "safe.xlsx"
    export_donor_report(demo_services, out)
    ws = openpyxl.load_workbook(out)["Deliverables"]
    cell = next(r[0] for r in ws.iter_rows(min_row=2) if r[-1].value == row["uuid"])
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert cell.quotePrefix


def test_korea_prints_on_at_most_five_pages(demo_services, tmp_path):
    out = tmp_path / "korea.xlsx"
    export_donor_report(demo_services, out, donor=KOREA)
    pdf = soffice_convert(out, "pdf", tmp_path / "printed")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False)
    if info.returncode != 0:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    pages = int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])
    assert 4 <= pages <= 5  # the summary, then one page per section
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "No agreements in this scope" in text and "Page 4 of" in text
    assert "Republic of Korea" in text.split("\f")[0]


def test_budgets_are_numbers_with_their_currency(demo_services, tmp_path):
    (glo,) = [r for r in demo_services.projects.rows("Global Land Outlook")]
    record = demo_services.projects.get(glo["uuid"])
    demo_services.projects.update(
        glo["uuid"],
        record["version"],
        {"budget_amount": Decimal("1250000.50"), "budget_currency": "USD"},
    )
    out = tmp_path / "korea.xlsx"
    export_donor_report(demo_services, out, donor=KOREA)
    wb = openpyxl.load_workbook(out)
    summary = {r[0].value: r[1] for r in wb["Summary"].iter_rows() if r[0].value}
    total = summary["Project budgets (USD)"]
    assert total.value == 1250000.5 and total.number_format.endswith('"USD"')
    projects = wb["Projects"]
    (cell,) = [
        r[header_row(projects).index("Budget")]
        for r in projects.iter_rows(min_row=2)
        if r[0].value == glo["title"]
    ]
    assert cell.value == 1250000.5 and cell.number_format == '#,##0.00 "USD"'


def test_no_word_is_cut_in_another_language(demo_services, tmp_path):
    """Columns are as wide as their widest header or label word in the report's language:
    printed, the Russian report shows "Исследование" (a study) and its headers whole."""
    out = tmp_path / "korea-ru.xlsx"
    export_donor_report(demo_services, out, donor=KOREA, language="ru")
    pdf = soffice_convert(out, "pdf", tmp_path / "printed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=False
    ).stdout
    if not text:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    words = set(text.split())
    assert {"Исследование", "Просрочено", "представления", "выполнения"} <= words


def test_an_arabic_report_numbers_its_pages_plainly_and_shows_whole_labels(demo_services, tmp_path):
    # Spreadsheet programs lay out page footers left to right, which broke the Arabic
    # "page x of y" into pieces; the labels of the Summary are not wrapped, so their
    # column must hold the longest one.
    out = tmp_path / "korea-ar.xlsx"
    export_donor_report(demo_services, out, donor=KOREA, language="ar")
    wb = openpyxl.load_workbook(out)
    for ws in wb:
        assert ws.oddFooter.center.text == "&P / &N", ws.title
    summary = wb.worksheets[0]
    labels = [c.value for c in summary["A"] if isinstance(c.value, str)]
    widest = max(BOLD * word_width(label) for label in labels)
    assert summary.column_dimensions["A"].width >= widest
