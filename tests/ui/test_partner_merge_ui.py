"""Merge into another partner… on the partner list: the picker, the confirmation naming what
moves, the merge through the database worker, and the list and editor following it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from unccd_desktop.errors import NotFoundError
from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.ui.partner_merge import MergeDialog
from unccd_desktop.ui.prompts import Button

DW = demo_uuid("partners", "dw")  # Deutsche Welle: an agreement, a project, two deliverables
GSCC = demo_uuid("partners", "gscc")  # beside DW on the media project
INTERVIEWS = demo_uuid("deliverables", "dw-interviews")
MERGE = "&Merge into another partner…"


def partner_page(window):
    window.show_section("partner")
    return window.list_page("partner")


def uuids(page) -> set[str]:
    return {page.model.uuid_at(row) for row in range(page.model.rowCount())}


def keep_by_keyboard(qtbot, text: str):
    """Work the merge dialog as the officer does: type, Enter picks, Enter merges."""

    def work(dialog: MergeDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.ok.isEnabled(), "no partner chosen yet"
        assert DW not in {item.value for item in dialog.picker.items}, "not into itself"
        qtbot.keyClicks(dialog.picker.edit, text)
        qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
        assert dialog.picker.value() == GSCC and dialog.ok.isEnabled()
        qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
        assert dialog.chosen() == GSCC

    return work


def test_the_row_menu_merges_the_partner_and_the_list_follows(
    qtbot, window, demo_db, answers, land
):
    page = partner_page(window)
    before = page.model.rowCount()
    assert page.open_record(DW)
    page.editor.widgets["website"].set_value("https://www.dw.com")
    page.editor.save()
    land(window)
    (edit,) = [window.ops.undo_stack.command(i) for i in range(window.ops.undo_stack.count())]
    page.table.setCurrentIndex(page.model.index(page.model.row_of(DW), 0))
    menu = page.show_row_menu()
    entry = next(a for a in menu.actions() if a.text() == MERGE)
    assert entry.isEnabled()
    seen = answers(keep_by_keyboard(qtbot, "GSCC"), Button.Yes)
    entry.trigger()
    land(window)

    question = seen[-1]
    assert question.title == "Merge partners"
    assert "will move from “Deutsche Welle” to “Global Strategic Communications Council”" in (
        question.text
    )
    for moved in ("1 agreement", "1 project", "2 deliverable"):
        assert moved in question.text
    assert "focal point" not in question.text, "only what moves is named"
    assert "“Deutsche Welle” will be deleted; its history stays with" in question.text
    with pytest.raises(NotFoundError):
        demo_db.partners.get(DW)
    assert page.model.rowCount() == before - 1 == demo_db.partners.count()
    assert DW not in uuids(page) and GSCC in uuids(page)
    assert page.editor.uuid == GSCC
    assert page.model.uuid_at(page.table.currentIndex().row()) == GSCC
    assert page.editor.status.text() == "“Deutsche Welle” was merged into this partner."
    assert edit.isObsolete(), "the edit of the partner merged can no longer be undone"
    assert "Deutsche Welle" in page.editor.values()["other_names"]
    history = page.editor.history
    cells = [[history.item(r, c).text() for c in range(5)] for r in range(history.rowCount())]
    assert cells[0][2:4] == ["Merged", "— → Deutsche Welle"]
    assert any(row[3] == "Create: Deutsche Welle" for row in cells), "its history stays"
    window.show_section("deliverable")  # a list hidden during the merge follows when shown
    deliverables = window.list_page("deliverable")
    row = deliverables.model.row_of(INTERVIEWS)
    shown = deliverables.model.row_data(row)["responsible_partner_name"]
    assert shown == "Global Strategic Communications Council"


def test_the_button_asks_and_a_no_leaves_everything(qtbot, window, demo_db, answers, land):
    page = partner_page(window)
    actions = page.partner_merge
    assert not actions.merge_button.isEnabled(), "no partner shown yet"
    assert page.open_record(DW)
    assert actions.merge_button.isEnabled() and actions.merge_action.isEnabled()
    assert page.delete_button.nextInFocusChain() is actions.merge_button, "Tab reaches it"
    seen = answers(keep_by_keyboard(qtbot, "Global Strategic"), Button.No)
    actions.merge_button.click()
    land(window)
    assert seen[-1].default == Button.No
    assert demo_db.partners.get(DW)["name"] == "Deutsche Welle"
    assert page.editor.uuid == DW
    seen.clear()

    def escape(dialog: MergeDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Escape)
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected

    answers(escape)
    actions.merge_action.trigger()
    land(window)
    assert [p.kind for p in seen] == ["dialog"]
    assert demo_db.partners.get(DW)["uuid"] == DW
    assert QApplication.activeModalWidget() is None
