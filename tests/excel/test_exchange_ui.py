"""The export dialogs, the import preview (resolving a conflict) and the history page's Revert."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from unccd_desktop.excel.importing import preview_import
from unccd_desktop.ui.exchange_actions import (
    DonorReportDialog,
    ImportHistoryPage,
    ImportPreviewDialog,
    PartnerWorkbookDialog,
)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """Message boxes would wait for a click; record them instead."""
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name: shown.append((_n, a[2])))
    return shown


def test_partner_export_dialog_writes_the_workbook(qtbot, demo_services, tmp_path, partner):
    dialog = PartnerWorkbookDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "geo.xlsx"))
    dialog.partner.setCurrentIndex(dialog.partner.findData(partner["uuid"]))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as signal:
        dialog.buttons.accepted.emit()
    assert signal.args[0].counts["deliverable"] == 3
    assert "Deliverables" in openpyxl.load_workbook(tmp_path / "geo.xlsx").sheetnames


def test_partner_export_needs_a_partner(qtbot, demo_services, tmp_path, _no_modal_boxes):
    dialog = PartnerWorkbookDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "none.xlsx"))
    dialog.start()
    assert _no_modal_boxes and "Choose the partner" in _no_modal_boxes[0][1]
    assert not (tmp_path / "none.xlsx").exists()


def test_donor_dialog_for_one_initiative(qtbot, demo_services, tmp_path):
    dialog = DonorReportDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "donor.xlsx"))
    dialog.by_initiative.setChecked(True)
    dialog.initiative.setCurrentIndex(dialog.initiative.findText("Changwon Initiative"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as signal:
        dialog.buttons.accepted.emit()
    assert signal.args[0].counts["projects"] == 4
    ws = openpyxl.load_workbook(tmp_path / "donor.xlsx")["Summary"]
    assert ws["B2"].value == "Initiative: Changwon Initiative"


def conflicting_file(services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    uuid = ws["A2"].value
    record = services.deliverables.get(uuid)
    services.deliverables.update(uuid, record["version"], {"progress_percent": 55})
    ws["F2"] = 70
    ws["E3"] = "cancelled"
    wb.save(tmp_path / "edited.xlsx")
    return uuid, tmp_path / "edited.xlsx"


def test_preview_resolves_a_conflict_then_applies(qtbot, demo_services, exported, tmp_path):
    uuid, path = conflicting_file(demo_services, exported, tmp_path)
    dialog = ImportPreviewDialog(demo_services, preview_import(demo_services, path))
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    assert "conflict" in dialog.apply_button.toolTip()
    (combo,) = dialog.choices.values()
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert len(visible) == 2  # the conflict and the one-sided update; unchanged rows hidden
    dialog.filter.setCurrentIndex(dialog.filter.findData("conflict"))
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert [dialog.table.item(r, 4).text() for r in visible] == ["progress_percent"]
    assert [dialog.table.item(visible[0], c).text() for c in (5, 7)] == ["55", "70"]
    combo.setCurrentIndex(combo.findData("partner"))
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.applied, timeout=20_000) as signal:
        dialog.apply_button.click()
    assert signal.args[0] >= 1
    assert demo_services.deliverables.get(uuid)["progress_percent"] == 70


def test_history_page_reverts_a_batch(qtbot, demo_services, exported, tmp_path):
    from unccd_desktop.excel.importing import apply_import

    uuid, path = conflicting_file(demo_services, exported, tmp_path)
    report = preview_import(demo_services, path)
    report.resolve_all("partner")
    batch = apply_import(demo_services, report)
    page = ImportHistoryPage(demo_services)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 3).text() == "edited.xlsx"
    assert not page.revert_button.isEnabled()
    page.table.selectRow(0)
    assert page.revert_button.isEnabled()
    with qtbot.waitSignal(page.reverted) as signal:
        page.revert_selected(confirm=False)
    assert signal.args == [batch]
    assert demo_services.deliverables.get(uuid)["progress_percent"] == 55
    assert page.table.item(0, 8).text().endswith("by tester")
