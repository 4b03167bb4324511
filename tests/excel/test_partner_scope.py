"""A partner update workbook changes only the records it was sent with (foreign-row otherwise,
whatever the apply options), and a workbook whose hidden sheet was edited is rejected."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from unccd_desktop.cli import main
from unccd_desktop.errors import UserError
from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.excel.partner_workbook import export_partner_workbook, find_partner
from unccd_desktop.excel.report import TAKE_PARTNER
from unccd_desktop.services.export_json import export_all

from .test_partner_round_trip import deliverable_ids, snapshot


def other_partners_deliverable(services, partner: dict) -> dict:
    """A deliverable another partner is responsible for."""
    records = (services.deliverables.get(r["uuid"]) for r in services.deliverables.rows())
    return next(r for r in records if r["responsible_partner"] not in (None, partner["uuid"]))


def put_id(path: Path, out: Path, row: int, new_id: str, status: str = "cancelled") -> Path:
    """Replace the Deliverable ID of a row (as a partner could, the sheet's protection has no
    password) and change its status."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Deliverables"]
    ws.cell(row, 1).value = new_id
    ws.cell(row, 5).value = status
    wb.save(out)
    return out


def set_meta(path: Path, out: Path, **values: str) -> Path:
    wb = openpyxl.load_workbook(path)
    for row in wb["_export"].iter_rows(max_row=8):
        if row[0].value in values:
            row[1].value = values[row[0].value]
    wb.save(out)
    return out


def test_another_partners_deliverable_is_a_foreign_row_never_applied(
    demo_services, partner, exported, tmp_path
):
    other = other_partners_deliverable(demo_services, partner)
    first, *_ = deliverable_ids(exported.path)
    edited = put_id(exported.path, tmp_path / "steer.xlsx", 3, other["uuid"])
    wb = openpyxl.load_workbook(edited)
    wb["Deliverables"].cell(2, 5).value = "submitted"  # a genuine change on the partner's own
    wb.save(edited)
    before = snapshot(demo_services)
    other_before = demo_services.deliverables.get(other["uuid"])

    report = preview_import(demo_services, edited)

    (foreign,) = [r for r in report.rows if r.action == "error"]
    (problem,) = foreign.messages
    assert (foreign.id, problem.type, problem.column) == (
        other["uuid"],
        "foreign-row",
        "Deliverable ID",
    )
    assert "not one of the records this workbook was sent with" in problem.message
    assert report.status == "has_errors"
    with pytest.raises(UserError, match="errors"):
        apply_import(demo_services, report)
    assert snapshot(demo_services) == before

    report.resolve_all(TAKE_PARTNER)
    apply_import(demo_services, report, skip_errors=True)
    assert demo_services.deliverables.get(other["uuid"]) == other_before
    assert demo_services.deliverables.get(first)["status"].value == "submitted"
    updates = export_all(demo_services)["partner_updates"]
    assert [u["deliverable"] for u in updates] == [first]


def test_unknown_ids_and_ids_of_other_records_are_foreign_rows(
    demo_services, partner, exported, tmp_path
):
    demo_services.focal_points.create({"partner": partner["uuid"], "name": "Ana Example"})
    contact = demo_services.focal_points.rows(filters={"partner": partner["uuid"]})[0]["uuid"]
    project = demo_services.projects.rows(limit=1)[0]["uuid"]
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    for row, new_id in (
        (2, "00000000-0000-0000-0000-000000000000"),
        (3, contact),
        (4, project),
    ):
        ws.cell(row, 1).value = new_id
        ws.cell(row, 6).value = 50
    wb.save(tmp_path / "ids.xlsx")

    report = preview_import(demo_services, tmp_path / "ids.xlsx")

    assert [(r.action, [p.type for p in r.messages]) for r in report.rows] == [
        ("error", ["foreign-row"])
    ] * 3
    before = snapshot(demo_services)
    report.resolve_all(TAKE_PARTNER)
    apply_import(demo_services, report, skip_errors=True)
    assert snapshot(demo_services) == before


def test_a_contact_of_another_partner_is_a_foreign_row(demo_services, partner, tmp_path):
    other = other_partners_deliverable(demo_services, partner)["responsible_partner"]
    stranger = demo_services.focal_points.create({"partner": other, "name": "Someone Else"})
    sent = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "sent.xlsx")
    wb = openpyxl.load_workbook(sent.path)
    wb["Focal points"].append([stranger["uuid"], "Someone Else", "Director", None, None, "no"])
    wb.save(tmp_path / "back.xlsx")
    report = preview_import(demo_services, tmp_path / "back.xlsx")
    (row,) = [r for r in report.rows if r.entity == "focal_point"]
    assert (row.action, row.messages[0].type) == ("error", "foreign-row")


@pytest.mark.parametrize("edited", ["export_id", "partner"])
def test_an_edited_export_sheet_rejects_the_file(demo_services, partner, tmp_path, edited):
    """The hidden sheet claims another partner's export, or another partner: rejected."""
    mine = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "mine.xlsx")
    other_uuid = other_partners_deliverable(demo_services, partner)["responsible_partner"]
    theirs = export_partner_workbook(demo_services, other_uuid, tmp_path / "theirs.xlsx")
    claim = {"export_id": theirs.export_uuid} if edited == "export_id" else {"partner": other_uuid}
    path = set_meta(mine.path, tmp_path / "edited.xlsx", **claim)

    report = preview_import(demo_services, path)

    assert report.status == "rejected"
    assert report.rejected.type == "file-rejected"
    assert "not the partner that export was made for" in report.rejected.message
    assert report.rows == []
    with pytest.raises(UserError):
        apply_import(demo_services, report, skip_errors=True)


def test_an_export_this_database_did_not_make_is_rejected(demo_services, exported, tmp_path):
    unknown = set_meta(
        exported.path, tmp_path / "u.xlsx", export_id="00000000-0000-0000-0000-000000000000"
    )
    report = preview_import(demo_services, unknown)
    assert report.status == "rejected"
    assert "which this database did not make" in report.rejected.message
    blank = set_meta(exported.path, tmp_path / "b.xlsx", export_id="")
    assert "names no export" in preview_import(demo_services, blank).rejected.message


def test_the_command_line_exits_2_for_an_edited_export(demo_template, tmp_path, capsys):
    db = tmp_path / "cli.unccd"
    shutil.copyfile(demo_template, db)
    book = tmp_path / "p.xlsx"
    argv = ["export", "partner-update", "--db", str(db), "--partner", "GEO", "--out", str(book)]
    assert main(argv) == 0
    capsys.readouterr()
    set_meta(book, book, partner="00000000-0000-0000-0000-000000000000")
    assert main(["import", str(book), "--db", str(db), "--apply", "--skip-errors"]) == 2
    assert "not the partner that export was made for" in capsys.readouterr().out
    assert main(["import", str(book), "--db", str(db), "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["status"] == "rejected"


def test_a_file_without_export_sheet_is_a_generic_update(demo_services, partner, tmp_path):
    """The donor report's Deliverables sheet imports like a partner workbook's, compared with
    the database as it is now; it records no partner update and reads no comments."""
    from unccd_desktop.excel.donor_report import export_donor_report

    report_path = export_donor_report(demo_services, tmp_path / "donor.xlsx").path
    wb = openpyxl.load_workbook(report_path)
    ws = wb["Deliverables"]
    header_row = next(
        r for r in ws.iter_rows(max_row=10) if any(c.value == "Deliverable ID" for c in r)
    )
    headers = [c.value for c in header_row]
    row = header_row[0].row + 1
    uuid = ws.cell(row, headers.index("Deliverable ID") + 1).value
    ws.cell(row, headers.index("Status") + 1).value = "cancelled"
    ws.cell(header_row[0].row, len(headers) + 1).value = "Comments"
    ws.cell(row, len(headers) + 1).value = "not a partner's word"
    wb.save(tmp_path / "donor-back.xlsx")

    report = preview_import(demo_services, tmp_path / "donor-back.xlsx")

    assert [p.type for p in report.messages][:1] == ["no-export"]
    assert any(p.type == "ignored-content" and p.column == "Comments" for p in report.messages)
    (changed,) = [r for r in report.rows if r.action != "unchanged"]
    assert (changed.id, set(changed.changes)) == (uuid, {"status"})
    apply_import(demo_services, report)
    assert demo_services.deliverables.get(uuid)["status"].value == "cancelled"
    assert export_all(demo_services)["partner_updates"] == []


def test_new_contacts_go_to_the_exports_partner_only(demo_services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    wb["Focal points"].append([None, "Rosa Example", None, "rosa@example.org", None, "no"])
    wb.save(tmp_path / "new.xlsx")
    apply_import(demo_services, preview_import(demo_services, tmp_path / "new.xlsx"))
    partner = find_partner(demo_services, "GEO")
    names = [
        c["name"] for c in demo_services.focal_points.rows(filters={"partner": partner["uuid"]})
    ]
    assert "Rosa Example" in names


def test_the_command_line_skips_a_foreign_row_even_taking_theirs(demo_template, tmp_path, capsys):
    from unccd_desktop.services import Actor, open_services

    db = tmp_path / "cli.unccd"
    shutil.copyfile(demo_template, db)
    book = tmp_path / "p.xlsx"
    argv = ["export", "partner-update", "--db", str(db), "--partner", "GEO", "--out", str(book)]
    assert main(argv) == 0
    services = open_services(db, actor=Actor("office", "test"))
    try:
        other = other_partners_deliverable(services, find_partner(services, "GEO"))
    finally:
        services.close()
    put_id(book, book, 2, other["uuid"])
    capsys.readouterr()
    argv = ["import", str(book), "--db", str(db), "--apply", "--skip-errors", "--take-theirs"]
    assert main([*argv, "--json"]) == 0
    (row,) = [r for r in json.loads(capsys.readouterr().out)["rows"] if r["action"] == "error"]
    assert (row["id"], row["messages"][0]["type"]) == (other["uuid"], "foreign-row")
    services = open_services(db, actor=Actor("office", "test"))
    try:
        assert services.deliverables.get(other["uuid"]) == other
    finally:
        services.close()
