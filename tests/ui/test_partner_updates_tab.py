"""The deliverable editor's Updates tab follows imports live; the import dialog writes no row
outside the workbook's scope, whatever the choices."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QMessageBox

from unccd_desktop.excel.partner_workbook import export_partner_workbook, find_partner
from unccd_desktop.excel.report import TAKE_PARTNER
from unccd_desktop.ui.partner_updates_panel import PartnerUpdatesPanel

from .test_live_writes import (
    GEO,
    apply_in_window,
    deliverable_page,
    geo_deliverable,
    partner_changes,
)

__all__ = ["geo_deliverable"]  # the fixture, used by name


def updates_tab(page) -> PartnerUpdatesPanel:
    (panel,) = [p for p in page.editor.panels if isinstance(p, PartnerUpdatesPanel)]
    return panel


def lines(panel: PartnerUpdatesPanel) -> list[str]:
    """The timeline as the officer reads it, line by line."""
    return [line for line in panel.view.toPlainText().splitlines() if line.strip()]


def test_a_comment_shows_in_the_updates_tab_live_and_leaves_with_its_revert(
    qtbot, window, demo_db, geo_deliverable, tmp_path, answers, land
):
    from unccd_desktop.ui.exchange import ImportHistoryPage, ImportPreviewDialog

    page = deliverable_page(window, geo_deliverable)
    panel = updates_tab(page)
    notes = demo_db.deliverables.get(geo_deliverable)["notes"]
    assert panel.count == 0 and lines(panel) == []
    assert panel.hint.text() == "No updates from the partner yet."
    path = partner_changes(demo_db, tmp_path, {geo_deliverable: {"Comments": "Printed in May."}})

    apply_in_window(qtbot, window, path)
    land(window)

    record = demo_db.deliverables.get(geo_deliverable)
    status = record["status"].value.replace("_", " ").capitalize()
    when, reported, label, comment = lines(panel)
    assert panel.count == 1
    assert when.endswith(f" · {find_partner(demo_db, GEO)['name']} · batch 1")
    assert reported == f"Status: {status} · Progress: {record['progress_percent']} %"
    assert (label, comment) == ("Comment", "Printed in May.")
    assert record["notes"] == notes

    # A second update that keeps the comment shows it once, where it was written.
    for dialog in window.findChildren(ImportPreviewDialog):
        dialog.setParent(None)
    path = partner_changes(demo_db, tmp_path, {geo_deliverable: {"Progress (%)": 60}})
    apply_in_window(qtbot, window, path)
    land(window)
    assert panel.count == 2
    assert [line for line in lines(panel) if "Printed in May." in line] == ["Printed in May."]
    assert lines(panel)[1].endswith("Progress: 60 %") and lines(panel)[2].endswith("batch 1")

    window.show_section("imports")
    history_page = window.pages["imports"]
    assert isinstance(history_page, ImportHistoryPage)
    history_page.table.selectRow(0)
    answers(QMessageBox.StandardButton.Yes)
    history_page.revert_selected()  # the newest: batch 2
    land(window)
    assert panel.count == 1 and lines(panel)[-1] == "Printed in May."


def test_the_import_dialog_never_writes_a_foreign_row(
    qtbot, window, demo_db, geo_deliverable, tmp_path, land
):
    from unccd_desktop.ui.exchange import ImportPreviewDialog, import_workbook

    partner = find_partner(demo_db, GEO)
    records = (demo_db.deliverables.get(r["uuid"]) for r in demo_db.deliverables.rows())
    other = next(r for r in records if r["responsible_partner"] not in (None, partner["uuid"]))
    sent = export_partner_workbook(demo_db, partner["uuid"], tmp_path / "geo.xlsx")
    wb = openpyxl.load_workbook(sent.path)
    ws = wb["Deliverables"]
    mine = next(r for r in ws.iter_rows(min_row=2) if r[0].value == geo_deliverable)
    mine[4].value = "submitted"
    steered = next(r for r in ws.iter_rows(min_row=2) if r[0].value != geo_deliverable)
    steered[0].value, steered[4].value = other["uuid"], "cancelled"
    wb.save(tmp_path / "steered.xlsx")

    import_workbook(window, path=tmp_path / "steered.xlsx")
    qtbot.waitUntil(lambda: window.findChild(ImportPreviewDialog) is not None, timeout=20_000)
    dialog = window.findChild(ImportPreviewDialog)
    assert dialog.report.summary()["error"] == 1
    dialog.skip_errors.setChecked(True)
    dialog._resolve_all(TAKE_PARTNER)
    dialog.apply()
    land(window)

    assert demo_db.deliverables.get(other["uuid"]) == other
    assert demo_db.deliverables.get(geo_deliverable)["status"] == "submitted"
