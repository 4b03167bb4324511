"""The export dialogs, the import preview (resolving a conflict) and the history page's Revert."""

from __future__ import annotations

import openpyxl
import pytest

from unccd_desktop.excel.importing import preview_import
from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.ui.exchange import (
    DonorReportDialog,
    ImportHistoryPage,
    ImportPreviewDialog,
    PartnerWorkbookDialog,
)
from unccd_desktop.ui.prompts import answering


@pytest.fixture(autouse=True)
def _no_modal_boxes():
    """Message boxes would wait for a click; record them instead (ui/prompts.py)."""
    shown: list[tuple[str, str]] = []

    def respond(prompt):
        shown.append((prompt.kind, prompt.text))
        return prompt.default

    with answering(respond):
        yield shown


def test_partner_export_dialog_writes_the_workbook(qtbot, demo_services, tmp_path, partner):
    dialog = PartnerWorkbookDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "geo.xlsx"))
    dialog.partner.set_value(partner["uuid"])
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
    dialog.initiative.set_value(demo_uuid("initiatives", "changwon"))
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
    assert dialog.model.rowCount() == 2  # the conflict and the one-sided update; unchanged hidden
    dialog.filter.setCurrentIndex(dialog.filter.findData("conflict"))
    assert dialog.model.rowCount() == 1
    assert [dialog.model.text(0, c) for c in (4, 5, 7)] == ["Progress (%)", "55", "70"]
    (combo,) = dialog.choices.values()  # the chooser is rebuilt with the filtered table
    dialog.filter.setCurrentIndex(dialog.filter.findData("all"))
    assert dialog.model.rowCount() == 3
    (combo,) = dialog.choices.values()
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
    assert page.model.rowCount() == 1
    assert page.model.text(0, 3) == "edited.xlsx"
    assert not page.revert_button.isEnabled()
    page.table.selectRow(0)
    assert page.revert_button.isEnabled()
    with qtbot.waitSignal(page.reverted) as signal:
        page.revert_selected(confirm=False)
    assert signal.args == [batch]
    assert demo_services.deliverables.get(uuid)["progress_percent"] == 55
    assert [page.model.text(0, c) for c in (6, 8)] == ["2", "1"]  # both written; one conflicted
    assert page.model.text(0, 10).endswith("by tester")


def test_import_workbook_reads_in_the_background_then_previews(qtbot, demo_services, exported):
    from PySide6.QtWidgets import QApplication

    from unccd_desktop.ui.exchange import import_workbook

    import_workbook(None, demo_services, exported.path)

    def preview_shown():
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ImportPreviewDialog) and w.report.path == exported.path
        ]
        return dialogs[0] if dialogs else None

    qtbot.waitUntil(lambda: bool(preview_shown()), timeout=20_000)
    dialog = preview_shown()
    qtbot.addWidget(dialog)
    assert dialog.report.summary()["unchanged"] == 3
    assert dialog.apply_button.isEnabled()


def test_dropping_a_spreadsheet_on_the_window_starts_an_import(qtbot, demo_services, exported):
    import warnings

    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    from unccd_desktop.ui.exchange import accept_spreadsheet_drops

    window = QMainWindow()
    window.services = demo_services
    qtbot.addWidget(window)
    window.show()
    accept_spreadsheet_drops(window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(exported.path))])
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Qt 6 has only the QPoint form
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()

    def previews():
        return [
            w
            for w in QApplication.topLevelWidgets() + window.findChildren(ImportPreviewDialog)
            if isinstance(w, ImportPreviewDialog) and w.report.path == exported.path
        ]

    qtbot.waitUntil(lambda: bool(previews()), timeout=20_000)
    for dialog in previews():
        dialog.close()


def test_a_dropped_file_that_is_no_spreadsheet_is_answered(qtbot, demo_services, tmp_path):
    import warnings

    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    from unccd_desktop.ui.exchange import accept_spreadsheet_drops

    window = QMainWindow()
    window.services = demo_services
    qtbot.addWidget(window)
    window.show()
    accept_spreadsheet_drops(window)
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pdf))])
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Qt 6 has only the QPoint form
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "any file is taken, to be read or named for what it is"
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()

    def previews():
        found = QApplication.topLevelWidgets() + window.findChildren(ImportPreviewDialog)
        return [w for w in found if isinstance(w, ImportPreviewDialog) and w.report.path == pdf]

    qtbot.waitUntil(lambda: bool(previews()), timeout=20_000)
    dialog = previews()[0]
    assert "PDF" in str(dialog.report.rejected)
    for dialog in previews():
        dialog.close()


def test_preview_of_a_large_file(qtbot, demo_services, tmp_path):
    """Thousands of rows: a model, not one widget item per cell (which also crashed PySide)."""
    from unccd_desktop.excel.report import ImportReport, RowResult

    report = ImportReport(tmp_path / "big.xlsx")
    report.rows = [
        RowResult("Deliverables", n, "deliverable", f"id{n}", "unchanged") for n in range(20_000)
    ]
    dialog = ImportPreviewDialog(demo_services, report)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    dialog.filter.setCurrentIndex(dialog.filter.findData("all"))
    assert dialog.model.rowCount() == 20_000
    assert dialog.model.text(19_999, 1) == "19999"


def test_tab_reaches_apply_before_cancel_as_they_stand(qtbot, demo_services, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from unccd_desktop.excel.report import ImportReport

    dialog = ImportPreviewDialog(demo_services, ImportReport(tmp_path / "x.xlsx"))
    qtbot.addWidget(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def next_stop(widget):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        return widget

    assert next_stop(dialog.skip_errors) is dialog.apply_button
    assert next_stop(dialog.apply_button) is cancel


def test_preview_shows_each_problem_typed_in_the_interface_language(
    qtbot, demo_services, exported, tmp_path, monkeypatch
):
    from PySide6.QtCore import QCoreApplication

    original = QCoreApplication.translate

    def translate(context: str, text: str, *args) -> str:
        return text.upper() if context == "Import" else original(context, text, *args)

    monkeypatch.setattr(QCoreApplication, "translate", translate)
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    ws["E2"], ws["G2"], ws["J1"] = "finished", "03/04/2024", "Partner remarks"
    wb.save(tmp_path / "back.xlsx")
    dialog = ImportPreviewDialog(
        demo_services, preview_import(demo_services, tmp_path / "back.xlsx")
    )
    qtbot.addWidget(dialog)
    dialog.filter.setCurrentIndex(dialog.filter.findData("error"))
    assert dialog.model.headers[9:] == ["Problem", "Message"]
    shown = [[dialog.model.text(n, c) for c in (1, 4, 9)] for n in range(dialog.model.rowCount())]
    assert shown == [["2", "Status", "VALUE REFUSED"], ["2", "Submitted on", "UNREADABLE VALUE"]]
    assert dialog.model.text(1, 10).startswith("Submitted on: '03/04/2024' IS AMBIGUOUS")
    warning = dialog.messages.item(0).text()
    assert warning.startswith("Warning (UNKNOWN COLUMN): SHEET 'Deliverables': THE COLUMN")
