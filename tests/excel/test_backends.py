"""Export, import and revert on each supported database (SQLite and PostgreSQL)."""

from __future__ import annotations

import openpyxl

from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.excel.partner_workbook import export_partner_workbook
from unccd_desktop.services.exchange import batch_history, revert_batch


def test_round_trip_and_revert(services, tmp_path):
    partner = services.partners.create({"name": "Land Partner", "kind": "ngo"})
    project = services.projects.create({"title": "Restoration"})
    deliverable = services.deliverables.create(
        {
            "title": "Baseline study",
            "project": project["uuid"],
            "responsible_partner": partner["uuid"],
        }
    )
    exported = export_partner_workbook(services, partner["uuid"], tmp_path / "sent.xlsx")
    wb = openpyxl.load_workbook(exported.path)
    wb["Deliverables"]["E2"] = "in progress"
    wb["Deliverables"]["F2"] = "25%"
    wb["Focal points"].append([None, "Rosa Example", None, "rosa@example.org", None, "no", None])
    wb.save(tmp_path / "back.xlsx")

    report = preview_import(services, tmp_path / "back.xlsx")
    assert report.summary() == {"create": 1, "update": 1, "unchanged": 0, "conflict": 0, "error": 0}
    batch = apply_import(services, report)
    record = services.deliverables.get(deliverable["uuid"])
    assert (record["status"].value, record["progress_percent"]) == ("in_progress", 25)
    assert services.focal_points.count(filters={"partner": partner["uuid"]}) == 1
    assert [b.id for b in batch_history(services)] == [batch]

    revert_batch(services, batch)
    record = services.deliverables.get(deliverable["uuid"])
    assert (record["status"].value, record["progress_percent"]) == ("planned", 0)
    assert services.focal_points.count(filters={"partner": partner["uuid"]}) == 0
