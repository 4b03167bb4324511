"""Partner comments are partner updates, internal notes never leave nor change; a batch
advances its export's baseline so that a corrected re-send meets only genuine conflicts."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import sqlalchemy as sa

from unccd_desktop.domain import WorkbookExport
from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.excel.partner_workbook import export_partner_workbook
from unccd_desktop.excel.report import KEEP_DATABASE
from unccd_desktop.services import partner_updates
from unccd_desktop.services.exchange import batch_history, exchanged, revert_batch
from unccd_desktop.services.export_json import export_all

from .test_partner_round_trip import deliverable_ids, edit

SECRET = "Source: ICCD/COP(15) note, para 27 (internal)"


def with_notes(services, partner: dict) -> list[str]:
    """Give every deliverable and contact of the partner an internal note; their UUIDs."""
    services.focal_points.create({"partner": partner["uuid"], "name": "Ana", "notes": SECRET})
    uuids = [r["uuid"] for r in services.deliverables.rows(filters={"partner": partner["uuid"]})]
    for n, uuid in enumerate(uuids):
        record = services.deliverables.get(uuid)
        services.deliverables.update(uuid, record["version"], {"notes": f"{SECRET} {n}"})
    return uuids


def notes_of(services, uuids: list[str]) -> dict[str, str]:
    return {uuid: services.deliverables.get(uuid)["notes"] for uuid in uuids}


def comments_column(path: Path) -> dict[str, object]:
    wb = openpyxl.load_workbook(path)
    ws = wb["Deliverables"]
    column = [c.value for c in ws[1]].index("Comments")
    return {r[0].value: r[column].value for r in ws.iter_rows(min_row=2)}


def test_nothing_in_the_workbook_comes_from_internal_notes(demo_services, partner, tmp_path):
    with_notes(demo_services, partner)
    sent = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "sent.xlsx")
    with zipfile.ZipFile(sent.path) as book:
        for name in book.namelist():  # every sheet, hidden or not, properties, names
            assert "ICCD/COP" not in book.read(name).decode("utf-8"), name
    wb = openpyxl.load_workbook(sent.path)
    assert "Comments" not in [c.value for c in wb["Focal points"][1]]
    keys = [r[0] for r in wb["_export"].iter_rows(values_only=True)]
    assert set(keys) <= {
        "format",
        "export_id",
        "schema_version",
        "exported_at",
        "partner",
        "language",
    }


def test_a_partner_comment_is_a_partner_update_and_notes_never_change(
    demo_services, partner, tmp_path
):
    uuids = with_notes(demo_services, partner)
    notes = notes_of(demo_services, uuids)
    sent = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "sent.xlsx")
    first, second, third = deliverable_ids(sent.path)
    assert set(comments_column(sent.path).values()) == {None}
    edited = edit(
        sent.path,
        tmp_path / "back.xlsx",
        {
            first: {"Comments": "Draft shared with the focal point."},
            second: {"Status": "submitted"},
        },
    )
    report = preview_import(demo_services, edited)
    rows = {r.id: r for r in report.rows}
    assert (rows[first].action, set(rows[first].changes)) == ("update", {"comment"})
    assert (rows[second].action, set(rows[second].changes)) == ("update", {"status"})
    assert rows[third].action == "unchanged"

    batch = apply_import(demo_services, report)

    assert batch_history(demo_services)[0].counts.updated == 2  # a comment counts
    assert notes_of(demo_services, uuids) == notes
    (update,) = partner_updates.updates_of(demo_services, first)
    status = demo_services.deliverables.get(first)["status"].value
    assert (update.comment, update.status, update.partner, update.batch_id) == (
        "Draft shared with the focal point.",
        status,
        partner["uuid"],
        batch,
    )
    assert (update.export_uuid, update.partner_name) == (sent.export_uuid, partner["name"])
    (update,) = partner_updates.updates_of(demo_services, second)
    assert (update.status, update.comment) == ("submitted", "")
    assert partner_updates.updates_of(demo_services, third) == []
    listed = export_all(demo_services)["partner_updates"]
    assert {(u["deliverable"], u["comment"]) for u in listed} == {
        (first, "Draft shared with the focal point."),
        (second, ""),
    }

    again = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "again.xlsx")
    assert comments_column(again.path)[first] == "Draft shared with the focal point."
    continued = edit(
        again.path,
        tmp_path / "continued.xlsx",
        {first: {"Comments": "Draft shared with the focal point. Final in June."}},
    )
    report = preview_import(demo_services, continued)
    (row,) = [r for r in report.rows if r.action != "unchanged"]
    change = row.changes["comment"]
    assert (change.old, change.new) == (
        "Draft shared with the focal point.",
        "Draft shared with the focal point. Final in June.",
    )
    apply_import(demo_services, report)
    newest, older = partner_updates.updates_of(demo_services, first)
    assert newest.comment.endswith("Final in June.") and newest.at >= older.at
    third_time = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "3.xlsx")
    assert comments_column(third_time.path)[first] == newest.comment
    assert notes_of(demo_services, uuids) == notes


def test_revert_removes_the_partner_updates_and_restores_the_baseline(
    demo_services, exported, tmp_path
):
    first, second, _ = deliverable_ids(exported.path)
    edited = edit(
        exported.path,
        tmp_path / "e.xlsx",
        {first: {"Comments": "on track"}, second: {"Status": "cancelled"}},
    )
    batch = apply_import(demo_services, preview_import(demo_services, edited))
    assert len(export_all(demo_services)["partner_updates"]) == 2
    assert revert_batch(demo_services, batch) == 2
    assert export_all(demo_services)["partner_updates"] == []
    report = preview_import(demo_services, edited)  # the same file: new again
    assert {r.id: r.action for r in report.rows if r.action != "unchanged"} == {
        first: "update",
        second: "update",
    }


def test_a_corrected_resend_compares_with_what_was_taken(demo_services, exported, tmp_path):
    first, *_ = deliverable_ids(exported.path)
    once = edit(exported.path, tmp_path / "once.xlsx", {first: {"Status": "submitted"}})
    apply_import(demo_services, preview_import(demo_services, once))

    corrected = edit(once, tmp_path / "corrected.xlsx", {first: {"Status": "accepted"}})
    report = preview_import(demo_services, corrected)
    (row,) = [r for r in report.rows if r.action != "unchanged"]
    assert (row.id, row.action) == (first, "update")
    assert (row.changes["status"].old, row.changes["status"].new) == ("submitted", "accepted")

    # Meanwhile the office changes another field: kept, and a real conflict when the partner
    # changes it too.
    record = demo_services.deliverables.get(first)
    demo_services.deliverables.update(first, record["version"], {"progress_percent": 35})
    report = preview_import(demo_services, corrected)
    (row,) = [r for r in report.rows if r.action != "unchanged"]
    assert (row.action, set(row.changes), row.conflicts) == ("update", {"status"}, {})
    both = edit(corrected, tmp_path / "both.xlsx", {first: {"Progress (%)": 80}})
    report = preview_import(demo_services, both)
    (row,) = [r for r in report.rows if r.action != "unchanged"]
    assert row.action == "conflict" and set(row.conflicts) == {"progress_percent"}
    conflict = row.conflicts["progress_percent"]
    assert (conflict.database, conflict.partner) == (35, 80)
    row.conflicts["progress_percent"].resolution = KEEP_DATABASE
    apply_import(demo_services, report)
    assert demo_services.deliverables.get(first)["status"].value == "accepted"
    assert demo_services.deliverables.get(first)["progress_percent"] == 35
    # The same file once more: everything in it was decided already.
    assert preview_import(demo_services, both).summary()["unchanged"] == 3


def old_layout(services, sent, out: Path) -> Path:
    """The workbook and export record as the code before partner comments wrote them: internal
    notes in both Comments columns and in the snapshot, row versions on the hidden sheet."""
    with services.db.read() as session:
        export = session.scalar(
            sa.select(WorkbookExport).where(WorkbookExport.uuid == sent.export_uuid)
        )
        rows = json.loads(export.rows_json)
    notes = {}
    for entity, service in (("deliverable", services.deliverables), ("focal_point", None)):
        for uuid, row in rows[entity].items():
            service = services.entity(entity)
            notes[uuid] = service.get(uuid)["notes"]
            row["values"].pop("comment", None)
            row["values"]["notes"] = exchanged(notes[uuid])
    with services.db.write() as session:
        export = session.scalar(
            sa.select(WorkbookExport).where(WorkbookExport.uuid == sent.export_uuid)
        )
        export.rows_json = json.dumps(rows)
    wb = openpyxl.load_workbook(sent.path)
    for sheet, column in (("Deliverables", 9), ("Focal points", 7)):
        ws = wb[sheet]
        ws.cell(1, column).value = "Comments"
        for row in ws.iter_rows(min_row=2):
            ws.cell(row[0].row, column).value = notes[row[0].value] or None
    meta = wb["_export"]
    meta.append([])
    meta.append(["entity", "id", "version"])
    for entity, entries in rows.items():
        for uuid, row in entries.items():
            meta.append([entity, uuid, row["version"]])
    wb.save(out)
    return out


def test_an_export_made_before_partner_comments_still_imports(demo_services, partner, tmp_path):
    uuids = with_notes(demo_services, partner)
    notes = notes_of(demo_services, uuids)
    sent = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "sent.xlsx")
    old = old_layout(demo_services, sent, tmp_path / "old.xlsx")
    first, second, third = deliverable_ids(old)
    assert comments_column(old)[first] == notes[first]
    edited = edit(
        old,
        tmp_path / "back.xlsx",
        {second: {"Comments": "Our own words."}, third: {"Status": "submitted"}},
    )

    report = preview_import(demo_services, edited)

    assert report.status == "clean", report.to_json()
    rows = {r.id: r for r in report.rows}
    assert rows[first].action == "unchanged"  # the notes sent back are no comment
    assert set(rows[second].changes) == {"comment"}
    assert rows[second].changes["comment"].old == notes[second]
    assert set(rows[third].changes) == {"status"}
    (ignored,) = [p for p in report.messages if p.type == "extra-label"]
    assert (ignored.sheet, ignored.column) == ("Focal points", "Comments")
    apply_import(demo_services, report)
    assert notes_of(demo_services, uuids) == notes
    comments = {u.deliverable: u.comment for u in map_updates(demo_services, uuids)}
    assert comments == {second: "Our own words.", third: ""}
    contact = demo_services.focal_points.rows(filters={"partner": partner["uuid"]})[0]
    assert demo_services.focal_points.get(contact["uuid"])["notes"] == SECRET
    again = preview_import(demo_services, edited)  # re-sent: nothing new, notes not a comment
    assert again.summary()["unchanged"] == len(again.rows) == 4  # three deliverables, Ana


def map_updates(services, uuids: list[str]) -> list:
    return [u for uuid in uuids for u in partner_updates.updates_of(services, uuid)]
