"""Live, safe writes: every write goes through the database worker and every view follows it.

Each kind of write (save, delete, undo, document attach, import apply, import revert) is made
through the window as an officer would, and the list, the dashboard and an open editor of the
record show the new state without a refresh.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import openpyxl
import pytest
from PySide6 import QtCore
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QMessageBox, QTreeWidget, QTreeWidgetItemIterator

from unccd_desktop.excel.partner_workbook import export_partner_workbook, find_partner
from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.ui.dashboard_page import DashboardPage

GEO = "GEO"  # the demo partner responsible for three deliverables


def dashboard_text(page: DashboardPage) -> list[str]:
    texts = []
    for tree in page.findChildren(QTreeWidget):
        iterator = QTreeWidgetItemIterator(tree)
        while iterator.value():
            item = iterator.value()
            texts.append(" | ".join(item.text(c) for c in range(tree.columnCount())))
            iterator += 1
    return texts


def fresh_dashboard(qtbot, services) -> list[str]:
    page = DashboardPage(services)
    qtbot.addWidget(page)
    page.refresh()
    return dashboard_text(page)


def deliverable_page(window, uuid: str):
    window.show_section("deliverable")
    page = window.list_page("deliverable")
    assert page.open_record(uuid)
    return page


def row_values(page, uuid: str) -> dict:
    return page.model.row_data(page.model.row_of(uuid))


@pytest.fixture
def geo_deliverable(demo_db) -> str:
    geo = find_partner(demo_db, GEO)
    rows = demo_db.deliverables.rows(filters={"responsible_partner": geo["uuid"]})
    return next(r["uuid"] for r in rows if r["status"] in ("planned", "in_progress"))


def test_a_save_reaches_the_list_in_place_another_editor_and_the_dashboard(
    qtbot, window, demo_db, geo_deliverable, land
):
    page = deliverable_page(window, geo_deliverable)
    other = window._open_in_dialog("deliverable", geo_deliverable)
    qtbot.addWidget(other)
    window.show_section("dashboard")
    window.show_section("deliverable")
    page.table.verticalScrollBar().setValue(20)
    selected, top = page.table.currentIndex().row(), page.table.rowAt(0)
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    page.editor.widgets["status"].set_value("accepted")
    page.editor.save()
    land(window)
    assert row_values(page, geo_deliverable)["status"] == "accepted"
    assert not resets, "a changed row is updated in place"
    assert (page.table.currentIndex().row(), page.table.rowAt(0)) == (selected, top)
    assert other.editor.widgets["status"].value() == "accepted"
    assert "you, in another window" in other.editor.status.text()
    window.show_section("dashboard")
    assert dashboard_text(window.dashboard) == fresh_dashboard(qtbot, demo_db)


def test_a_save_from_a_dialog_updates_the_dashboard_shown(
    qtbot, window, demo_db, geo_deliverable, land
):
    window.show_section("dashboard")
    before = dashboard_text(window.dashboard)
    dialog = window._open_in_dialog("deliverable", geo_deliverable)
    qtbot.addWidget(dialog)
    dialog.editor.widgets["status"].set_value("cancelled")
    dialog.editor.save()
    land(window)
    shown = dashboard_text(window.dashboard)
    assert shown != before and shown == fresh_dashboard(qtbot, demo_db)


def test_a_delete_reaches_the_list_and_an_open_editor(qtbot, window, demo_db, answers, land):
    created = demo_db.partners.create({"name": "Short-lived partner", "kind": "ngo"})
    window.show_section("partner")
    page = window.list_page("partner")
    page.refresh()
    other = window._open_in_dialog("partner", created["uuid"])
    qtbot.addWidget(other)
    assert page.open_record(created["uuid"])
    answers(QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    land(window)
    assert page.model.row_of(created["uuid"]) is None
    assert page.model.rowCount() == demo_db.partners.count()
    assert str(demo_db.partners.count()) in page.count_label.text()
    assert other.editor.record is None
    assert "deleted by you, in another window" in other.editor.status.text()


def test_undo_from_the_dashboard_updates_it(qtbot, window, demo_db, geo_deliverable, land):
    page = deliverable_page(window, geo_deliverable)
    page.editor.widgets["status"].set_value("accepted")
    page.editor.save()
    land(window)
    window.show_section("dashboard")
    before = dashboard_text(window.dashboard)
    window.undo_action.trigger()
    land(window)
    assert demo_db.deliverables.get(geo_deliverable)["status"] == "in_progress"
    shown = dashboard_text(window.dashboard)
    assert shown != before and shown == fresh_dashboard(qtbot, demo_db)
    window.show_section("deliverable")
    assert row_values(page, geo_deliverable)["status"] == "in_progress"


def test_undo_reaches_the_list_the_editor_and_the_history(qtbot, window, demo_db, land):
    uuid = demo_uuid("partners", "unccd-secretariat")
    window.show_section("partner")
    page = window.list_page("partner")
    page.open_record(uuid)
    old = demo_db.partners.get(uuid)["acronym"]
    page.editor.widgets["acronym"].edit.setText("UNDO-ME")
    page.editor.save()
    land(window)
    assert row_values(page, uuid)["acronym"] == "UNDO-ME"
    window.undo_action.trigger()
    land(window)
    assert row_values(page, uuid)["acronym"] == old
    assert page.editor.widgets["acronym"].value() == old
    assert page.editor.status.text() == f"Undone: edit acronym of '{page.editor._heading()}'."
    history = page.editor.history
    assert history.rowCount() == len(demo_db.partners.history(uuid))
    assert old in history.item(0, 3).text()


def test_attaching_a_document_reaches_the_documents_tab_and_list(
    qtbot, window, demo_db, tmp_path, land
):
    window.show_section("document")
    documents = window.list_page("document")
    count = documents.model.rowCount()
    uuid = demo_db.agreements.rows(limit=1)[0]["uuid"]
    window.show_section("agreement")
    page = window.list_page("agreement")
    page.open_record(uuid)
    panel = page.editor.panels[0]
    source = tmp_path / "mou.pdf"
    source.write_bytes(b"%PDF-1.4 mou")
    panel.attach([source])
    land(window)
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == ["mou.pdf"]
    window.show_section("document")
    assert documents.model.rowCount() == count + 1


# ----- imports -----------------------------------------------------------------------------


def partner_changes(services, tmp_path: Path, cells: dict[str, dict[str, object]]) -> Path:
    """A GEO update workbook, exported now, with some cells changed as the partner would."""
    partner = find_partner(services, GEO)
    exported = export_partner_workbook(services, partner["uuid"], tmp_path / "geo.xlsx")
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    headers = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for header, value in cells.get(row[0].value, {}).items():
            row[headers.index(header)].value = value
    out = tmp_path / "geo-returned.xlsx"
    wb.save(out)
    return out


def apply_in_window(qtbot, window, path: Path):
    """Import a file as the officer does: File → Import workbook, preview, Apply."""
    from unccd_desktop.ui.exchange import ImportPreviewDialog, import_workbook

    import_workbook(window, path=path)
    qtbot.waitUntil(lambda: window.findChild(ImportPreviewDialog) is not None, timeout=20_000)
    dialog = window.findChild(ImportPreviewDialog)
    dialog.apply()
    return dialog


def test_an_import_reaches_the_list_the_dashboard_and_an_open_editor(
    qtbot, window, demo_db, geo_deliverable, tmp_path, answers, land
):
    path = partner_changes(demo_db, tmp_path, {geo_deliverable: {"Status": "submitted"}})
    page = deliverable_page(window, geo_deliverable)
    dialog = window._open_in_dialog("deliverable", geo_deliverable)
    qtbot.addWidget(dialog)
    apply_in_window(qtbot, window, path)
    land(window)
    assert demo_db.deliverables.get(geo_deliverable)["status"] == "submitted"
    assert row_values(page, geo_deliverable)["status"] == "submitted"
    for editor in (page.editor, dialog.editor):
        assert editor.widgets["status"].value() == "submitted"
        assert "your import (batch" in editor.status.text()
        assert "someone else" not in editor.status.text()
    window.show_section("dashboard")
    assert dashboard_text(window.dashboard) == fresh_dashboard(qtbot, demo_db)


def test_reverting_an_import_reaches_the_list_and_the_history(
    qtbot, window, demo_db, geo_deliverable, tmp_path, answers, land
):
    from unccd_desktop.ui.exchange import ImportHistoryPage

    before = demo_db.deliverables.get(geo_deliverable)["status"]
    path = partner_changes(demo_db, tmp_path, {geo_deliverable: {"Status": "submitted"}})
    page = deliverable_page(window, geo_deliverable)
    apply_in_window(qtbot, window, path)
    land(window)
    window.show_section("imports")
    history_page = window.pages["imports"]
    assert isinstance(history_page, ImportHistoryPage)
    history_page.table.selectRow(0)
    answers(QMessageBox.StandardButton.Yes)
    history_page.revert_selected()
    land(window)
    assert demo_db.deliverables.get(geo_deliverable)["status"] == before
    window.show_section("deliverable")
    assert row_values(page, geo_deliverable)["status"] == before
    assert page.editor.widgets["status"].value() == before
    history = page.editor.history
    assert history.rowCount() == len(demo_db.deliverables.history(geo_deliverable))
    assert history.item(0, 4).text().startswith("revert")


def test_typing_survives_an_import_of_the_same_record_and_merges(
    qtbot, window, demo_db, geo_deliverable, tmp_path, land
):
    record = demo_db.deliverables.get(geo_deliverable)
    path = partner_changes(
        demo_db,
        tmp_path,
        {geo_deliverable: {"Status": "submitted", "Progress (%)": 0.5}},
    )
    page = deliverable_page(window, geo_deliverable)
    editor = page.editor
    editor.widgets["title"].set_value(record["title"] + " (typed)")  # only here
    editor.widgets["progress_percent"].set_value(70)  # here and in the file (50)
    apply_in_window(qtbot, window, path)
    land(window)
    # typing kept; the untouched field took the import; the field both changed is marked
    assert editor.widgets["title"].value() == record["title"] + " (typed)"
    assert editor.widgets["progress_percent"].value() == 70
    assert editor.widgets["status"].value() == "submitted"
    assert editor.notes["status"].isVisibleTo(editor)
    assert set(editor.conflicts) == {"progress_percent"}
    assert "your import (batch" in editor.notes["progress_percent"].label.text()
    assert "Progress" in editor.status.text() and editor.is_dirty
    editor.save()  # refused until the user chooses
    land(window)
    assert demo_db.deliverables.get(geo_deliverable)["progress_percent"] == 50
    editor.resolve("progress_percent", keep_mine=True)
    editor.save()
    land(window)
    stored = demo_db.deliverables.get(geo_deliverable)
    assert (stored["title"], stored["status"], stored["progress_percent"]) == (
        record["title"] + " (typed)",
        "submitted",
        70,
    )
    assert not editor.is_dirty


def test_undo_after_an_import_of_the_same_record_refuses_and_changes_nothing(
    qtbot, window, demo_db, geo_deliverable, tmp_path, answers, land
):
    page = deliverable_page(window, geo_deliverable)
    page.editor.widgets["notes"].set_value("before the import")
    page.editor.save()
    land(window)
    path = partner_changes(demo_db, tmp_path, {geo_deliverable: {"Status": "submitted"}})
    apply_in_window(qtbot, window, path)
    land(window)
    after_import = demo_db.deliverables.get(geo_deliverable)
    window.undo_action.trigger()
    land(window)
    assert demo_db.deliverables.get(geo_deliverable) == after_import
    assert "can no longer be undone" in answers.texts()[-1]
    assert "import batch" in answers.texts()[-1]
    assert not window.ops.undo_stack.canUndo()


def test_undo_after_someone_else_changed_the_record_names_the_change(
    qtbot, window, demo_db, land, answers
):
    from unccd_desktop.services import Actor

    uuid = demo_uuid("partners", "unccd-secretariat")
    window.show_section("partner")
    page = window.list_page("partner")
    page.open_record(uuid)
    page.editor.widgets["acronym"].edit.setText("MINE")
    page.editor.save()
    land(window)
    colleague = demo_db.with_actor(Actor("Ana", "gui"))
    current = colleague.partners.get(uuid)
    colleague.partners.update(uuid, current["version"], {"notes": "Ana's note"})
    window.undo_action.trigger()
    land(window)
    stored = demo_db.partners.get(uuid)
    assert (stored["acronym"], stored["notes"]) == ("MINE", "Ana's note")
    refusal = answers.seen[-1]
    assert "was not undone" in refusal.text
    assert "Ana" in refusal.informative and "Notes" in refusal.informative


def test_undo_of_a_create_with_a_new_dependent_refuses(qtbot, window, demo_db, answers, land):
    window.show_section("partner")
    page = window.list_page("partner")
    page.new_record()
    page.editor.widgets["name"].set_value("Partner with a contact")
    page.editor.widgets["kind"].set_value("ngo")
    page.editor.save()
    land(window)
    uuid = page.editor.uuid
    demo_db.focal_points.create({"partner": uuid, "name": "New Contact"})
    answers(QMessageBox.StandardButton.Yes)
    window.undo_action.trigger()
    land(window)
    assert demo_db.partners.get(uuid)["name"] == "Partner with a contact"
    assert "focal point 'New Contact'" in answers.texts()[-1]


def test_a_save_during_a_long_import_lands_after_it_and_the_window_keeps_turning(
    qtbot, window, demo_db, tmp_path, land, capsys
):
    """The import apply runs on the database worker; a save started meanwhile waits its
    turn; the event loop keeps turning (the longest gap between timer ticks is printed)."""
    from unccd_desktop.excel.importing import preview_import

    many = demo_db.with_actor(demo_db.actor)
    geo = find_partner(many, GEO)
    project = demo_db.projects.rows(limit=1)[0]["uuid"]
    with many.db.write() as session:
        for n in range(1500):
            many.deliverables.create_in(
                session,
                {
                    "title": f"Field report {n}",
                    "kind": "report",
                    "status": "planned",
                    "project": project,
                    "responsible_partner": geo["uuid"],
                },
            )
    exported = export_partner_workbook(many, geo["uuid"], tmp_path / "geo.xlsx")
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    headers = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        row[headers.index("Status")].value = "in_progress"
    path = tmp_path / "geo-all.xlsx"
    wb.save(path)
    report = preview_import(many, path)
    assert report.summary()["update"] >= 1500

    from unccd_desktop.ui.exchange import ImportPreviewDialog

    dialog = ImportPreviewDialog(window.services, report, window)
    qtbot.addWidget(dialog)
    uuid = demo_uuid("partners", "unccd-secretariat")
    window.show_section("partner")
    page = window.list_page("partner")
    page.open_record(uuid)

    from unccd_desktop.ui.main_window import settle_memory

    settle_memory()  # as the window does once its first rows show, so it is not measured here
    gaps: list[int] = []
    during_apply: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    ticker.start()
    started = time.perf_counter()
    apply_task = dialog.apply()
    apply_task.signals.done.connect(lambda _batch: during_apply.extend([*gaps, clock.elapsed()]))
    page.editor.widgets["acronym"].edit.setText("DURING")
    page.editor.save()
    assert window.ops.pending == 2
    land(window)
    ticker.stop()
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(
            f"\nimport apply of {report.summary()['update']} rows, then a save: both landed in "
            f"{elapsed:.2f} s; during the apply {len(during_apply)} timer ticks, longest gap "
            f"{max(during_apply)} ms; until both landed, longest gap {max(gaps)} ms"
        )
    assert demo_db.partners.get(uuid)["acronym"] == "DURING"
    batch_entries = [e for e in demo_db.deliverables.history(geo_deliverable_of(many, geo))]
    save_entry = demo_db.partners.history(uuid)[0]
    assert all(e.id < save_entry.id for e in batch_entries), "the save lands after the import"
    assert len(during_apply) > 10, "the event loop kept turning during the apply"


def geo_deliverable_of(services, geo: dict) -> str:
    return services.deliverables.rows(filters={"responsible_partner": geo["uuid"]}, limit=1)[0][
        "uuid"
    ]


# ----- the keyboard ------------------------------------------------------------------------


def test_ctrl_z_undoes_typing_in_a_field_then_the_saved_change(qtbot, window, demo_db, land):
    uuid = demo_uuid("partners", "unccd-secretariat")
    window.show_section("partner")
    window.activateWindow()
    page = window.list_page("partner")
    page.open_record(uuid)
    old = demo_db.partners.get(uuid)["acronym"]
    edit = page.editor.widgets["acronym"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "KEYS")
    page.editor.save()
    land(window)
    assert demo_db.partners.get(uuid)["acronym"] == "KEYS"
    qtbot.keyClicks(edit, "X")
    qtbot.keyClick(edit, "z", QtCore.Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "KEYS", "Ctrl+Z first undoes the typing in the field"
    land(window)
    assert demo_db.partners.get(uuid)["acronym"] == "KEYS"
    qtbot.keyClick(edit, "z", QtCore.Qt.KeyboardModifier.ControlModifier)
    land(window)
    assert demo_db.partners.get(uuid)["acronym"] == old, "then the saved change"
    assert edit.text() == old
    keys = QtCore.Qt.KeyboardModifier.ControlModifier | QtCore.Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(edit, "z", keys)
    land(window)
    assert demo_db.partners.get(uuid)["acronym"] == "KEYS"


def test_ctrl_z_in_a_combo_box_asks_before_undoing_a_creation(
    qtbot, window, demo_db, answers, land
):
    window.show_section("partner")
    window.activateWindow()
    page = window.list_page("partner")
    page.new_record()
    page.editor.widgets["name"].set_value("Created by keyboard")
    page.editor.save()
    land(window)
    uuid = page.editor.uuid
    combo = page.editor.widgets["kind"].combo
    combo.setFocus()
    answers(QMessageBox.StandardButton.No)
    qtbot.keyClick(combo, "z", QtCore.Qt.KeyboardModifier.ControlModifier)
    land(window)
    assert answers.seen and "will be deleted" in answers.texts()[-1]
    assert demo_db.partners.get(uuid)["name"] == "Created by keyboard"


def test_an_import_apply_shows_progress_and_can_be_cancelled(
    qtbot, window, demo_db, geo_deliverable, tmp_path, land
):
    before = demo_db.deliverables.get(geo_deliverable)
    path = partner_changes(demo_db, tmp_path, {geo_deliverable: {"Status": "submitted"}})
    from unccd_desktop.ui.exchange import ImportPreviewDialog, import_workbook

    import_workbook(window, path=path)
    qtbot.waitUntil(lambda: window.findChild(ImportPreviewDialog) is not None, timeout=20_000)
    dialog = window.findChild(ImportPreviewDialog)
    busy = threading.Event()
    window.ops.write(window, lambda _task: busy.wait(10))  # the worker is taken meanwhile
    dialog.apply()
    assert window.progress.isVisibleTo(window) and not dialog.isVisible()
    window.progress_cancel.click()
    busy.set()
    land(window)
    assert demo_db.deliverables.get(geo_deliverable) == before
    assert window.statusBar().currentMessage() == "Cancelled: nothing was written."
    assert dialog.isVisible() and dialog.apply_button.isEnabled()  # the preview is back


def test_a_preview_changes_nothing_and_tells_no_view(
    qtbot, window, demo_db, geo_deliverable, tmp_path, land
):
    """The preview writes and rolls back: no view hears of it."""
    from unccd_desktop.ui.exchange import ImportPreviewDialog, import_workbook

    path = partner_changes(demo_db, tmp_path, {geo_deliverable: {"Status": "submitted"}})
    page = deliverable_page(window, geo_deliverable)
    page.editor.widgets["notes"].set_value("typed meanwhile")
    heard: list[object] = []
    window.ops.changed.connect(lambda changes, _initiator: heard.append(changes))
    import_workbook(window, path=path)
    qtbot.waitUntil(lambda: window.findChild(ImportPreviewDialog) is not None, timeout=20_000)
    land(window)
    assert not heard
    assert page.editor.status.text() == "Changes not saved yet."
    assert demo_db.deliverables.get(geo_deliverable)["status"] == "in_progress"


def test_an_applied_import_is_announced_in_the_status_bar(
    qtbot, window, demo_db, geo_deliverable, tmp_path, answers, land
):
    path = partner_changes(demo_db, tmp_path, {geo_deliverable: {"Status": "submitted"}})
    apply_in_window(qtbot, window, path)
    land(window)
    assert window.statusBar().currentMessage() == "The import was applied as batch 1."
    assert not answers.seen  # no box stops the officer for work that went well
