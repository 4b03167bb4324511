"""The preview is the apply, rolled back: the same services refuse the same rows, and nothing
remains of the trial (no record, no audit entry, no batch), on SQLite and PostgreSQL."""

from __future__ import annotations

import openpyxl
import pytest
import sqlalchemy as sa

from unccd_desktop.domain import AuditEntry, Deliverable, FocalPoint, ImportBatch
from unccd_desktop.errors import UserError
from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.excel.partner_workbook import export_partner_workbook
from unccd_desktop.services.exchange import CHUNK, ExchangedFields, exchanged


def fingerprint(services) -> tuple:
    with services.db.read() as session:
        return (
            session.scalar(sa.select(sa.func.count(AuditEntry.id))),
            session.scalar(sa.select(sa.func.count(ImportBatch.id))),
            session.scalar(sa.select(sa.func.count(FocalPoint.id))),
            session.scalar(sa.select(sa.func.sum(Deliverable.version))),
        )


def partner_with_deliverables(services, count: int) -> tuple[dict, list[str]]:
    partner = services.partners.create({"name": "Land Partner", "kind": "ngo"})
    project = services.projects.create({"title": "Restoration"})
    uuids = []
    with services.db.write() as session:
        for n in range(count):
            record = services.deliverables.create_in(
                session,
                {
                    "title": f"Report {n}",
                    "project": project["uuid"],
                    "responsible_partner": partner["uuid"],
                    "submitted_on": "2024-01-05",
                    "accepted_on": "2024-01-10",
                },
            )
            uuids.append(record["uuid"])
    return partner, uuids


def test_a_preview_tries_every_row_and_leaves_nothing(services, tmp_path):
    partner, uuids = partner_with_deliverables(services, 3)
    exported = export_partner_workbook(services, partner["uuid"], tmp_path / "sent.xlsx")
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    ws["E2"] = "submitted"  # accepted: fine
    ws["G3"] = "2024-02-01"  # submitted after it was accepted: the services refuse it
    ws["F4"] = 60
    wb["Focal points"].append([None, "Rosa Example", None, "rosa@example.org", None, "no"])
    wb.save(tmp_path / "back.xlsx")
    before = fingerprint(services)

    report = preview_import(services, tmp_path / "back.xlsx")

    assert fingerprint(services) == before, "a preview leaves no row and no audit entry"
    assert report.summary() == {"create": 1, "update": 2, "unchanged": 0, "conflict": 0, "error": 1}
    (refused,) = [r for r in report.rows if r.action == "error"]
    (problem,) = refused.messages
    assert (problem.type, problem.sheet, problem.row) == ("constraint-error", "Deliverables", 3)
    assert problem.message == "accepted_on: must be on or after the submission date."
    assert problem.template == "{0}: {1}." and problem.args[1].template == (
        "must be on or after the submission date"
    )
    batch = apply_import(services, report, skip_errors=True)
    assert services.deliverables.get(uuids[2])["progress_percent"] == 60
    assert services.focal_points.count(filters={"partner": partner["uuid"]}) == 1
    assert {e.source for e in services.deliverables.history(uuids[2])[:1]} == {f"import:{batch}"}


def test_a_row_the_database_refuses_is_an_error_row_of_its_own(sqlite_services, tmp_path):
    """A refusal at flush time (here a trigger) fails a whole chunk of rows: they are tried
    again one at a time, so that only the refused row is an error."""
    services = sqlite_services
    partner, uuids = partner_with_deliverables(services, CHUNK + 5)
    exported = export_partner_workbook(services, partner["uuid"], tmp_path / "sent.xlsx")
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    for row in ws.iter_rows(min_row=2):
        row[7].value = "https://example.org/checked"
    refused_uuid = ws["A4"].value
    ws["H4"] = "https://example.org/refuse"
    wb.save(tmp_path / "back.xlsx")
    with services.db.write() as session:
        session.execute(
            sa.text(
                "CREATE TRIGGER refuse BEFORE UPDATE ON deliverables "
                "WHEN NEW.evidence_url = 'https://example.org/refuse' "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            )
        )
    before = fingerprint(services)

    report = preview_import(services, tmp_path / "back.xlsx")

    assert fingerprint(services) == before
    assert report.summary()["update"] == CHUNK + 4
    (refused,) = [r for r in report.rows if r.action == "error"]
    assert refused.id == refused_uuid
    (problem,) = refused.messages
    assert problem.type == "constraint-error" and "refused by the test" in problem.message
    apply_import(services, report, skip_errors=True)
    links = {uuid: services.deliverables.get(uuid)["evidence_url"] for uuid in uuids}
    assert links.pop(refused_uuid) is None
    assert set(links.values()) == {"https://example.org/checked"}


def test_the_apply_still_refuses_what_changed_after_the_preview(sqlite_services, tmp_path):
    services = sqlite_services
    partner, _uuids = partner_with_deliverables(services, 2)
    exported = export_partner_workbook(services, partner["uuid"], tmp_path / "sent.xlsx")
    wb = openpyxl.load_workbook(exported.path)
    wb["Deliverables"]["F2"] = 30
    wb.save(tmp_path / "back.xlsx")
    report = preview_import(services, tmp_path / "back.xlsx")
    assert report.status == "clean"
    (row,) = [r for r in report.rows if r.action == "update"]
    record = services.deliverables.get(row.id)
    services.deliverables.update(row.id, record["version"], {"notes": "meanwhile"})
    with pytest.raises(UserError, match="changed in the database after the preview"):
        apply_import(services, report)


def test_the_export_snapshot_and_the_comparison_read_the_same_values(
    demo_services, partner, tmp_path
):
    """One definition of a record's exchanged values: the snapshot an export stores, what the
    import compares with, and the services' own values agree."""
    from unccd_desktop.excel.columns import DELIVERABLES, FOCAL_POINTS
    from unccd_desktop.services.exchange import find_export

    demo_services.focal_points.create(
        {"partner": partner["uuid"], "name": "Ana", "email": "ana@example.org", "notes": ""}
    )
    sent = export_partner_workbook(demo_services, partner["uuid"], tmp_path / "sent.xlsx")
    snapshot = find_export(demo_services, sent.export_uuid).rows
    for layout, service in (
        (DELIVERABLES, demo_services.deliverables),
        (FOCAL_POINTS, demo_services.focal_points),
    ):
        names = [c.field for c in layout.record_fields()]
        fields = ExchangedFields(demo_services, layout.entity, names)
        comment = {"comment": None} if layout is DELIVERABLES else {}  # none yet
        with demo_services.db.read() as session:
            current = fields.read(session, set(snapshot[layout.entity]))
        assert current, layout.entity
        for uuid, record in current.items():
            assert snapshot[layout.entity][uuid] == {
                "version": record.version,
                "values": {**record.values, **comment},
            }
            values = service.get(uuid)
            assert record.values == {name: exchanged(values[name]) for name in names}
