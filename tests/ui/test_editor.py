"""The record editor: save, validation next to fields, delete refusal, undo/redo, conflicts."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtWidgets import QMessageBox

from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.ui.focal_points_panel import FocalPointsPanel
from unccd_desktop.ui.record_editor import RecordEditor

UNCCD = demo_uuid("partners", "unccd-secretariat")


def partner_page(window, uuid):
    window.show_section("partner")
    page = window.list_page("partner")
    assert page.open_record(uuid)
    return page


def any_partner(demo_db):
    return demo_db.partners.rows(limit=1)[0]["uuid"]


def test_edit_and_save_reaches_the_database_and_the_history(window, demo_db, land):
    uuid = any_partner(demo_db)
    page = partner_page(window, uuid)
    editor = page.editor
    editor.widgets["acronym"].edit.setText("NEWACR")
    assert editor.is_dirty and editor.save_button.isEnabled()
    editor.save_button.click()
    land(window)
    assert demo_db.partners.get(uuid)["acronym"] == "NEWACR"
    entry = demo_db.partners.history(uuid)[0]
    assert (entry.field, entry.new_value, entry.source) == ("acronym", "NEWACR", "gui")
    assert not editor.is_dirty
    texts = [editor.history.item(0, c).text() for c in range(editor.history.columnCount())]
    assert "NEWACR" in texts[3] and texts[4] == "gui"
    assert page.model.row_of(uuid) is not None


def test_validation_messages_appear_next_to_the_field_and_nothing_is_saved(window, demo_db, land):
    uuid = any_partner(demo_db)
    before = demo_db.partners.get(uuid)
    editor = partner_page(window, uuid).editor
    editor.widgets["website"].edit.setText("not a web address")
    assert editor.errors["website"].isVisibleTo(editor)
    assert "http" in editor.errors["website"].text()
    editor.widgets["name"].edit.setText("")
    editor.save()
    land(window)
    assert editor.errors["name"].text() == "Name: must be filled in"
    assert "http" in editor.errors["website"].text()
    assert "problem" in editor.status.text()
    assert demo_db.partners.get(uuid)["version"] == before["version"]


def test_rules_across_fields_are_shown_on_the_field_they_concern(window, demo_db, land):
    window.show_section("agreement")
    page = window.list_page("agreement")
    uuid = demo_db.agreements.rows(limit=1)[0]["uuid"]
    page.open_record(uuid)
    editor = page.editor
    editor.widgets["effective_on"].set_value(date(2030, 1, 1))
    editor.widgets["expires_on"].set_value(date(2020, 1, 1))
    editor.save()
    land(window)
    assert editor.is_dirty
    assert editor.errors["expires_on"].text() == "Expires: must be on or after the effective date"


def test_delete_is_refused_with_the_dependent_records_named(window, demo_db, answers, land):
    page = partner_page(window, UNCCD)
    answers(QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    land(window)
    refusal = answers.texts()[-1]
    assert "cannot be deleted" in refusal and "agreement '" in refusal
    assert demo_db.partners.get(UNCCD)["uuid"] == UNCCD


def test_delete_after_confirmation(window, demo_db, answers, land):
    created = demo_db.partners.create({"name": "Short-lived partner", "kind": "ngo"})
    page = partner_page(window, created["uuid"])
    count = demo_db.partners.count()
    answers(QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    land(window)
    assert demo_db.partners.count() == count - 1
    assert page.model.rowCount() == count - 1
    assert page.editor.uuid is None


def test_undo_and_redo_of_a_save(window, demo_db, land):
    uuid = any_partner(demo_db)
    old = demo_db.partners.get(uuid)["acronym"]
    editor = partner_page(window, uuid).editor
    editor.widgets["acronym"].edit.setText("UNDOME")
    editor.save()
    land(window)
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == f"&Undo: edit acronym of '{editor._heading()}'"
    window.undo_action.trigger()
    land(window)
    assert demo_db.partners.get(uuid)["acronym"] == old
    assert editor.widgets["acronym"].value() == old
    window.redo_action.trigger()
    land(window)
    assert demo_db.partners.get(uuid)["acronym"] == "UNDOME"
    assert editor.widgets["acronym"].value() == "UNDOME"


def test_create_duplicate_and_undo_the_creation_after_asking(window, demo_db, answers, land):
    uuid = any_partner(demo_db)
    page = partner_page(window, uuid)
    count = demo_db.partners.count()
    page.duplicate_button.click()
    editor = page.editor
    assert editor.uuid is None and editor.widgets["name"].value().endswith("(copy)")
    editor.save()
    land(window)
    new_uuid = editor.uuid
    assert new_uuid != uuid and demo_db.partners.count() == count + 1
    answers(QMessageBox.StandardButton.No)
    window.undo_action.trigger()
    land(window)
    assert "will be deleted" in answers.texts()[-1]
    assert demo_db.partners.count() == count + 1  # not confirmed: nothing undone
    answers(QMessageBox.StandardButton.Yes)
    window.undo_action.trigger()
    land(window)
    assert demo_db.partners.count() == count
    assert editor.record is None and editor.status.text().startswith("Undone: add partner")
    window.redo_action.trigger()
    land(window)
    assert demo_db.partners.get(new_uuid)["uuid"] == new_uuid
    assert editor.uuid == new_uuid, "the record a redo brought back is shown again"
    assert editor.status.text().startswith("Redone: add partner")


def test_a_record_changed_elsewhere_is_merged_not_overwritten(window, demo_db, land):
    uuid = any_partner(demo_db)
    editor = partner_page(window, uuid).editor
    current = demo_db.partners.get(uuid)
    demo_db.partners.update(uuid, current["version"], {"acronym": "ELSEWHERE"})
    editor.widgets["notes"].set_value("my note")
    editor.save()  # refused as stale: the other change is merged into the form
    land(window)
    assert "was changed by" in editor.status.text()
    assert editor.widgets["acronym"].value() == "ELSEWHERE"
    assert editor.widgets["notes"].value() == "my note" and editor.is_dirty
    assert editor.notes["acronym"].isVisibleTo(editor)
    editor.save()
    land(window)
    stored = demo_db.partners.get(uuid)
    assert (stored["acronym"], stored["notes"]) == ("ELSEWHERE", "my note")
    assert not editor.is_dirty


def test_unsaved_changes_prompt_before_showing_another_record(window, demo_db, answers):
    first, second = (r["uuid"] for r in demo_db.partners.rows(limit=2))
    page = partner_page(window, first)
    page.editor.widgets["acronym"].edit.setText("PENDING")
    answers(QMessageBox.StandardButton.Cancel)
    assert not page.open_record(second)
    assert answers.seen and page.editor.uuid == first and page.editor.is_dirty
    answers(QMessageBox.StandardButton.Save)
    assert page.open_record(second)
    assert demo_db.partners.get(first)["acronym"] == "PENDING"


def test_every_entity_has_an_editor_with_accessible_widgets(qtbot, window, demo_db):
    demo_db.focal_points.create({"partner": UNCCD, "name": "Focal Point", "email": "f@p.org"})
    for entity in ("partner", "focal_point", "agreement", "initiative", "project", "deliverable"):
        editor = RecordEditor(window.ops, entity)
        qtbot.addWidget(editor)
        editor.load(demo_db.entity(entity).rows(limit=1)[0]["uuid"])
        assert all(w.accessibleName() for w in editor.widgets.values())
        assert not editor.is_dirty, entity


def test_multi_select_and_parties_round_trip(window, demo_db, land):
    window.show_section("project")
    page = window.list_page("project")
    uuid = demo_db.projects.rows(limit=1)[0]["uuid"]
    page.open_record(uuid)
    editor = page.editor
    editor.widgets["countries"].set_value(["KE", "SN"])
    editor.widgets["participants"].add_row({"partner": UNCCD, "role": "accountable"})
    editor.save()
    land(window)
    record = demo_db.projects.get(uuid)
    assert sorted(record["countries"]) == ["KE", "SN"]
    assert {"partner": UNCCD, "role": "accountable"} in [
        {"partner": p["partner"], "role": p["role"].value} for p in record["participants"]
    ]


def test_history_names_linked_records_instead_of_identifiers(window, demo_db):
    window.show_section("deliverable")
    page = window.list_page("deliverable")
    row = next(r for r in demo_db.deliverables.rows(limit=50) if r["project"])
    page.open_record(row["uuid"])
    history = page.editor.history
    cells = [history.item(r, 3).text() for r in range(history.rowCount())]
    assert any(row["project_title"][:20] in text for text in cells)
    assert not any(row["project"] in text for text in cells)


def test_partner_focal_points_are_listed_added_and_opened(qtbot, window, demo_db, land):
    demo_db.focal_points.create({"partner": UNCCD, "name": "Existing Contact"})
    page = partner_page(window, UNCCD)
    panel = page.editor.findChild(FocalPointsPanel)
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [
        "Existing Contact"
    ]
    dialog = panel.add()
    qtbot.addWidget(dialog)
    assert dialog.editor.widgets["partner"].value() == UNCCD
    dialog.editor.widgets["name"].edit.setText("New Contact")
    dialog.editor.widgets["email"].edit.setText("new.contact@example.org")
    with qtbot.waitSignal(dialog.finished):  # saved, the dialog closes
        dialog.editor.save()
        land(window)
    assert panel.table.rowCount() == 2
    names = {r["name"] for r in demo_db.focal_points.rows(filters={"partner": UNCCD})}
    assert names == {"Existing Contact", "New Contact"}


def test_the_arrow_of_a_reference_opens_the_linked_record(window, demo_db):
    from unccd_desktop.ui.picker import RefWidget

    window.show_section("deliverable")
    page = window.list_page("deliverable")
    records = (demo_db.deliverables.get(r["uuid"]) for r in demo_db.deliverables.rows())
    deliverable = next(r for r in records if r["project"])
    assert page.open_record(deliverable["uuid"])
    (project,) = [
        w for w in page.editor.findChildren(RefWidget) if w.entity == "project" and w.isVisible()
    ]
    project.open_button.click()
    target = window.list_page("project")
    assert window.stack.currentWidget() is target
    assert target.editor.uuid == deliverable["project"]


def test_the_form_is_not_built_once_the_editor_tabs_are_gone(qtbot, window):
    """Its timer may fire while the editor is torn down: nothing is built, nothing raises."""
    editor = RecordEditor(window.ops, "partner")
    qtbot.addWidget(editor)
    shiboken6.delete(editor.tabs)  # the tab widget goes first, as in a teardown
    qtbot.wait(20)  # the form timer fires
    assert not editor.widgets
