"""Export a partner update workbook, edit it as a partner would, import it back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from unccd_desktop.errors import UserError
from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.excel.report import KEEP_DATABASE, TAKE_PARTNER
from unccd_desktop.services.exchange import batch_history, revert_batch
from unccd_desktop.services.export_json import export_all

from .conftest import soffice_convert


def edit(path: Path, out: Path, deliverables: dict[str, dict[str, object]], contacts=()) -> Path:
    """Change cells by header name, as a partner would; append new contact rows."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Deliverables"]
    headers = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        changes = deliverables.get(row[0].value, {})
        for header, value in changes.items():
            row[headers.index(header)].value = value
    for contact in contacts:
        wb["Focal points"].append(contact)
    wb.save(out)
    return out


def snapshot(services) -> dict:
    data = export_all(services, include_timestamps=False)
    return {k: v for k, v in data.items() if isinstance(v, list)}


def deliverable_ids(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [r[0] for r in wb["Deliverables"].iter_rows(min_row=2, values_only=True)]
    finally:
        wb.close()


def test_the_database_holds_exactly_the_edits(demo_services, exported, tmp_path):
    first, second, _third = deliverable_ids(exported.path)
    before = snapshot(demo_services)
    edited = edit(
        exported.path,
        tmp_path / "edited.xlsx",
        {
            first: {"Status": "submitted", "Progress (%)": 0.9, "Submitted on": date(2024, 5, 2)},
            second: {"Evidence link": "https://example.org/report.pdf", "Comments": " Done. "},
        },
        contacts=[[None, "Ana Example", "Analyst", "ana@example.org", "+41 22", "no"]],
    )
    report = preview_import(demo_services, edited)
    assert report.status == "clean"
    assert report.summary() == {"create": 1, "update": 2, "unchanged": 1, "conflict": 0, "error": 0}
    assert before == snapshot(demo_services), "a preview must write nothing"

    apply_import(demo_services, report)

    after = snapshot(demo_services)
    changed = {
        d["uuid"]: {k: v for k, v in d.items() if before_d.get(k) != v}
        for d in after["deliverables"]
        for before_d in [next(b for b in before["deliverables"] if b["uuid"] == d["uuid"])]
    }
    assert {u: c for u, c in changed.items() if c} == {
        first: {
            "status": "submitted",
            "progress_percent": 90,
            "submitted_on": "2024-05-02",
            "version": 2,
        },
        second: {"evidence_url": "https://example.org/report.pdf", "version": 2},
    }
    (update,) = [u for u in after["partner_updates"] if u["deliverable"] == second]
    assert (update["comment"], update["evidence_url"]) == (
        "Done.",
        "https://example.org/report.pdf",
    )
    assert len(after["partner_updates"]) == 2  # one per applied deliverable row
    new = [f for f in after["focal_points"] if f not in before["focal_points"]]
    assert [(f["name"], f["email"], f["active"]) for f in new] == [
        ("Ana Example", "ana@example.org", True)
    ]
    for key in ("partners", "agreements", "projects", "initiatives", "documents"):
        assert after[key] == before[key]


def test_reimporting_the_same_file_changes_nothing(demo_services, exported, tmp_path):
    (first, *_rest) = deliverable_ids(exported.path)
    edited = edit(
        exported.path,
        tmp_path / "edited.xlsx",
        {first: {"Status": "accepted"}},
        contacts=[[None, "Ana Example", None, "ana@example.org", None, "no"]],
    )
    apply_import(demo_services, preview_import(demo_services, edited))
    again = preview_import(demo_services, edited)
    assert again.summary()["unchanged"] == len(again.rows)
    assert again.status == "clean"


def test_a_stale_edit_becomes_a_conflict_resolved_per_field(demo_services, exported, tmp_path):
    first, second, _ = deliverable_ids(exported.path)
    current = demo_services.deliverables.get(first)
    demo_services.deliverables.update(first, current["version"], {"progress_percent": 55})
    other = demo_services.deliverables.get(second)
    demo_services.deliverables.update(second, other["version"], {"notes": "office note"})
    edited = edit(
        exported.path,
        tmp_path / "edited.xlsx",
        {first: {"Progress (%)": 80, "Status": "submitted"}, second: {"Status": "cancelled"}},
    )
    report = preview_import(demo_services, edited)
    rows = {r.id: r for r in report.rows}
    assert rows[first].action == "conflict"
    conflict = rows[first].conflicts["progress_percent"]
    assert (conflict.database, conflict.exported, conflict.partner) == (
        55,
        current["progress_percent"],
        80,
    )
    assert "status" in rows[first].changes  # changed on one side only: no conflict
    assert rows[second].action == "update"  # the office's note is kept, not overwritten
    assert set(rows[second].changes) == {"status"}
    with pytest.raises(UserError, match="conflicts"):
        apply_import(demo_services, report)
    conflict.resolution = KEEP_DATABASE
    apply_import(demo_services, report)
    assert demo_services.deliverables.get(first)["progress_percent"] == 55
    assert demo_services.deliverables.get(first)["status"].value == "submitted"
    assert demo_services.deliverables.get(second)["notes"] == "office note"


def test_take_partner_value_and_audit_carries_the_batch(demo_services, exported, tmp_path):
    first, *_ = deliverable_ids(exported.path)
    current = demo_services.deliverables.get(first)
    demo_services.deliverables.update(first, current["version"], {"progress_percent": 55})
    edited = edit(exported.path, tmp_path / "e.xlsx", {first: {"Progress (%)": "80%"}})
    report = preview_import(demo_services, edited)
    report.resolve_all(TAKE_PARTNER)
    batch = apply_import(demo_services, report)
    assert demo_services.deliverables.get(first)["progress_percent"] == 80
    entry = demo_services.deliverables.history(first)[0]
    assert (entry.source, entry.field, entry.old_value, entry.new_value) == (
        f"import:{batch}",
        "progress_percent",
        55,
        80,
    )
    (info,) = batch_history(demo_services)
    assert (info.id, info.file_name, info.counts.updated) == (batch, "e.xlsx", 1)
    assert len(info.sha256) == 64


def test_revert_restores_and_refuses_after_later_changes(demo_services, exported, tmp_path):
    first, second, _ = deliverable_ids(exported.path)
    before = snapshot(demo_services)
    edited = edit(
        exported.path,
        tmp_path / "e.xlsx",
        {first: {"Status": "cancelled"}, second: {"Comments": "partner text"}},
        contacts=[[None, "New Person", None, None, None, "no"]],
    )
    batch = apply_import(demo_services, preview_import(demo_services, edited))
    assert revert_batch(demo_services, batch) == 3
    after = snapshot(demo_services)
    strip = lambda rows: [{k: v for k, v in r.items() if k != "version"} for r in rows]  # noqa: E731
    for key in before:
        assert strip(after[key]) == strip(before[key]), key
    with pytest.raises(UserError, match="already reverted"):
        revert_batch(demo_services, batch)

    second_batch = apply_import(demo_services, preview_import(demo_services, edited))
    record = demo_services.deliverables.get(first)
    demo_services.deliverables.update(first, record["version"], {"notes": "edited later"})
    with pytest.raises(UserError, match="changed after it") as info:
        revert_batch(demo_services, second_batch)
    assert record["title"] in str(info.value)
    assert demo_services.deliverables.get(first)["status"].value == "cancelled"


def test_errors_block_apply_unless_skipped(demo_services, exported, tmp_path):
    first, second, _ = deliverable_ids(exported.path)
    edited = edit(
        exported.path,
        tmp_path / "e.xlsx",
        {
            first: {"Status": "finished", "Submitted on": "03/04/2024"},
            second: {"Status": "accepted"},
        },
    )
    report = preview_import(demo_services, edited)
    bad = next(r for r in report.rows if r.id == first)
    assert bad.action == "error"
    assert any(m.startswith("Status: 'finished' is not one of") for m in bad.messages)
    assert any("ambiguous" in m and m.startswith("Submitted on") for m in bad.messages)
    with pytest.raises(UserError, match="errors"):
        apply_import(demo_services, report)
    apply_import(demo_services, report, skip_errors=True)
    assert demo_services.deliverables.get(second)["status"].value == "accepted"
    assert demo_services.deliverables.get(first)["status"].value != "finished"


def test_reordered_renamed_and_extra_columns(demo_services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    ws.insert_cols(1)
    ws["A1"] = "Partner remarks"
    ws.cell(1, 6).value = "  STATUS "  # was "Status", now shifted one column right
    ws.cell(1, 7).value = "progress"
    first = ws.cell(2, 2).value
    ws.cell(2, 6).value = "Cancelled"
    ws.cell(2, 7).value = "0"
    wb.save(tmp_path / "moved.xlsx")
    report = preview_import(demo_services, tmp_path / "moved.xlsx")
    (extra,) = [p for p in report.messages if p.type == "extra-label"]
    assert (extra.sheet, extra.column) == ("Deliverables", "Partner remarks")
    assert "'Partner remarks'" in extra.message
    row = next(r for r in report.rows if r.id == first)
    assert row.changes["status"].new == "cancelled"


def test_missing_id_column_is_named(demo_services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    wb["Deliverables"].delete_cols(1)
    wb.save(tmp_path / "noid.xlsx")
    report = preview_import(demo_services, tmp_path / "noid.xlsx")
    assert report.status == "has_errors"
    assert any("'Deliverable ID'" in e for e in report.errors)


def test_a_workbook_resaved_by_libreoffice_imports(demo_services, exported, tmp_path):
    first, *_ = deliverable_ids(exported.path)
    edited = edit(exported.path, tmp_path / "edited.xlsx", {first: {"Status": "submitted"}})
    for fmt in ("xlsx", "ods"):
        resaved = soffice_convert(edited, fmt, tmp_path / fmt)
        report = preview_import(demo_services, resaved)
        assert report.status == "clean", (fmt, report.to_json())
        assert [r.action for r in report.rows].count("update") == 1, fmt
        assert report.export_uuid == exported.export_uuid, fmt
    apply_import(demo_services, report)
    assert demo_services.deliverables.get(first)["status"].value == "submitted"


def test_csv_with_and_without_bom(demo_services, exported, tmp_path):
    first, *_ = deliverable_ids(exported.path)
    for bom in ("\ufeff", ""):
        path = tmp_path / f"rows{len(bom)}.csv"
        path.write_text(
            f"{bom}deliverable id;status;progress\n{first}; In progress ;40%\n\n", encoding="utf-8"
        )
        report = preview_import(demo_services, path)
        (row,) = report.rows
        assert row.action == "update", report.to_json()
        assert row.changes["progress_percent"].new == 40
        assert any("no export record" in m for m in report.messages)


def test_a_cancelled_apply_writes_nothing(demo_services, exported, tmp_path):
    first, second, _ = deliverable_ids(exported.path)
    edited = edit(
        exported.path,
        tmp_path / "e.xlsx",
        {first: {"Status": "cancelled"}, second: {"Status": "submitted"}},
    )
    report = preview_import(demo_services, edited)
    assert report.summary()["update"] == 2
    before = snapshot(demo_services)

    class Cancelled(Exception):
        pass

    def cancel_on_second_row(done: int, total: int) -> None:
        if done == 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        apply_import(demo_services, report, on_row=cancel_on_second_row)
    assert snapshot(demo_services) == before
    assert batch_history(demo_services) == []
    assert report.batch_id is None


def test_awkward_text_survives_the_round_trip(demo_services, exported, tmp_path):
    """The partner's comment goes back to them in the next workbook, as text, whatever it
    looks like."""
    first, *_ = deliverable_ids(exported.path)
    awkward = "=SUM(A1:A9)\n#N/A & <b> -1 @home"
    wb = openpyxl.load_workbook(exported.path)
    cell = next(r[8] for r in wb["Deliverables"].iter_rows() if r[0].value == first)
    cell.value, cell.data_type = awkward, "s"  # text that looks like a formula
    wb.save(tmp_path / "e.xlsx")
    apply_import(demo_services, preview_import(demo_services, tmp_path / "e.xlsx"))
    again = tmp_path / "again.xlsx"
    from unccd_desktop.excel.partner_workbook import export_partner_workbook

    record = demo_services.deliverables.get(first)
    export_partner_workbook(demo_services, record["responsible_partner"], again)
    cell = next(
        r[8]
        for r in openpyxl.load_workbook(again)["Deliverables"].iter_rows()
        if r[0].value == first
    )
    assert (cell.value, cell.data_type, cell.quotePrefix) == (awkward, "s", True)
    report = preview_import(demo_services, again)
    assert report.status == "clean"
    assert report.summary()["unchanged"] == len(report.rows) == 3


def test_other_schema_is_reported(demo_services, exported, tmp_path):
    first, *_ = deliverable_ids(exported.path)
    wb = openpyxl.load_workbook(exported.path)
    meta = wb["_export"]
    for row in meta.iter_rows(max_row=5):
        if row[0].value == "schema_version":
            row[1].value = "0000"
    wb["Deliverables"]["F2"] = 12
    wb.save(tmp_path / "older.xlsx")
    report = preview_import(demo_services, tmp_path / "older.xlsx")
    assert any("another database schema version (0000" in m for m in report.messages)
    (row,) = [r for r in report.rows if r.action != "unchanged"]
    assert (row.id, row.action, row.changes["progress_percent"].new) == (first, "update", 12)


def test_a_cancelled_export_leaves_no_file_and_no_record(demo_services, partner, tmp_path):
    from unccd_desktop.domain import WorkbookExport
    from unccd_desktop.excel.partner_workbook import export_partner_workbook

    class Cancelled(Exception):
        pass

    def cancel() -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        export_partner_workbook(demo_services, partner["uuid"], tmp_path / "x.xlsx", cancel)
    assert (
        list(tmp_path.iterdir()) == [tmp_path / "demo.unccd"] or not (tmp_path / "x.xlsx").exists()
    )
    assert not any(p.name.endswith((".xlsx", ".xml")) for p in tmp_path.iterdir())
    with demo_services.db.read() as session:
        assert session.query(WorkbookExport).count() == 0


def test_apply_refuses_a_file_changed_since_the_preview(demo_services, exported, tmp_path):
    first, *_ = deliverable_ids(exported.path)
    edited = edit(exported.path, tmp_path / "e.xlsx", {first: {"Status": "cancelled"}})
    report = preview_import(demo_services, edited)
    edit(edited, edited, {first: {"Status": "submitted"}})
    with pytest.raises(UserError, match="changed since the preview"):
        apply_import(demo_services, report)
    assert batch_history(demo_services) == []


def test_a_formula_saved_without_its_result_is_an_error_not_a_blank(
    demo_services, exported, tmp_path
):
    first, *_ = deliverable_ids(exported.path)
    wb = openpyxl.load_workbook(exported.path)
    wb["Deliverables"]["I2"] = '=CONCATENATE("a","b")'  # openpyxl stores no calculated value
    wb.save(tmp_path / "formula.xlsx")
    report = preview_import(demo_services, tmp_path / "formula.xlsx")
    row = next(r for r in report.rows if r.id == first)
    assert row.action == "error"
    assert row.messages[0].startswith("Comments: holds a formula whose result was never calculated")


def test_rules_across_fields_are_checked_in_the_preview(demo_services, partner, tmp_path):
    from unccd_desktop.excel.partner_workbook import export_partner_workbook

    uuid = demo_services.deliverables.rows(filters={"partner": partner["uuid"]}, limit=1)[0]["uuid"]
    record = demo_services.deliverables.get(uuid)
    demo_services.deliverables.update(
        uuid, record["version"], {"submitted_on": "2024-01-05", "accepted_on": "2024-01-10"}
    )
    demo_services.focal_points.create(
        {"partner": partner["uuid"], "name": "Main Contact", "is_primary": True}
    )
    sent = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "sent.xlsx")
    wb = openpyxl.load_workbook(sent.path)
    for row in wb["Deliverables"].iter_rows(min_row=2):
        if row[0].value == uuid:
            row[6].value = date(2024, 2, 1)  # submitted after it was accepted
    wb["Focal points"]["F2"] = "yes"  # the primary contact has left
    wb.save(tmp_path / "back.xlsx")
    report = preview_import(demo_services, tmp_path / "back.xlsx")
    errors = {r.entity: r.messages for r in report.rows if r.action == "error"}
    assert errors == {
        "deliverable": ["accepted_on: must be on or after the submission date."],
        "focal_point": ["is_primary: a contact who has left cannot be the primary one."],
    }


def test_the_sheets_are_those_columns_py_defines(demo_services, partner, tmp_path):
    from openpyxl.utils import get_column_letter

    from unccd_desktop.excel.columns import DELIVERABLES, FOCAL_POINTS
    from unccd_desktop.excel.partner_workbook import export_partner_workbook

    demo_services.focal_points.create({"partner": partner["uuid"], "name": "Ana Example"})
    sent = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "sent.xlsx")
    wb = openpyxl.load_workbook(sent.path)
    kinds = {"list": "list", "integer": "whole", "date": "date"}
    for layout in (DELIVERABLES, FOCAL_POINTS):
        ws = wb[layout.sheet]
        assert [c.value for c in ws[1]] == [c.header for c in layout.columns]
        rules = {
            str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.type
            for dv in ws.data_validations.dataValidation
        }
        widths = {
            i: round(dim.width)
            for dim in ws.column_dimensions.values()
            for i in range(dim.min, dim.max + 1)
        }
        wanted = {}
        for index, column in enumerate(layout.columns):
            letter = get_column_letter(index + 1)
            assert widths[index + 1] in (column.width, column.width + 1), column.header
            assert ws.cell(2, index + 1).protection.locked is not column.editable, column.header
            if (rule := column.validation()) is not None:
                wanted[letter] = kinds[rule["validate"]]
        assert rules == wanted, layout.sheet


def test_line_breaks_and_escape_like_text_come_back_as_typed(demo_services, tmp_path):
    # The workbook writes a carriage return or a control character as _xHHHH_ and a literal
    # "_x0041_" with its underscore escaped; reading the file back undoes exactly that.
    from unccd_desktop.excel.files import inspect_file
    from unccd_desktop.excel.partner_workbook import export_partner_workbook, find_partner
    from unccd_desktop.excel.reading import read_book

    partner = find_partner(demo_services, "GEO")
    uuid = next(
        r["uuid"]
        for r in demo_services.deliverables.rows()
        if demo_services.deliverables.get(r["uuid"])["responsible_partner"] == partner["uuid"]
    )
    title = "Phase _x0041_ report\r\nsecond line \x01 end"
    record = demo_services.deliverables.get(uuid)
    demo_services.deliverables.update(uuid, record["version"], {"title": title})
    sent = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "geo.xlsx")

    sheet = next(s for s in read_book(inspect_file(sent.path)).sheets if s.name == "Deliverables")
    titles = {values[0]: values[1] for _n, values in sheet.rows[1:]}
    assert titles[uuid] == title
    report = preview_import(demo_services, sent.path)
    assert {r.action for r in report.rows} == {"unchanged"}


def test_the_data_sheets_print_one_page_wide_with_their_headers(demo_services, tmp_path):
    from unccd_desktop.excel.partner_workbook import export_partner_workbook, find_partner

    partner = find_partner(demo_services, "UNCCD")
    sent = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "u.xlsx")
    wb = openpyxl.load_workbook(sent.path)
    for name in ("Deliverables", "Focal points"):
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape", name
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows == "$1:$1"
        assert ws.print_area.split("!")[1].startswith("$B$1:"), "record ids are not printed"
        assert ws.oddFooter.center.text == "&P / &N"
