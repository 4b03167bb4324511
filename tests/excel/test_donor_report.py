"""The donor report workbook: values, tables, formats, chart, properties, safe text."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest

from unccd_desktop.errors import UserError
from unccd_desktop.excel.donor_report import export_donor_report


def test_report_for_everything(demo_services, tmp_path):
    out = tmp_path / "donor.xlsx"
    result = export_donor_report(demo_services, out)
    assert result.counts["deliverables"] == demo_services.deliverables.count()
    assert not list(tmp_path.glob(".*partial*")), "no temporary file is left behind"
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Agreements", "Projects", "Deliverables"]
    assert wb.properties.title.startswith("Donor report")
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
    assert len(summary._charts) == 1
    for name in ("Agreements", "Projects", "Deliverables"):
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        (table,) = ws.tables.values()
        assert table.autoFilter is not None and table.ref.startswith("A1:")
    deliverables = wb["Deliverables"]
    assert round(deliverables.column_dimensions["B"].width) in (50, 51)
    due = [r[6] for r in deliverables.iter_rows(min_row=2) if r[6].value is not None]
    assert due and all(c.number_format == "yyyy-mm-dd" for c in due)
    assert deliverables.conditional_formatting, "overdue rows are highlighted"


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
    cell = next(r[1] for r in ws.iter_rows(min_row=2) if r[0].value == row["uuid"])
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert cell.quotePrefix
