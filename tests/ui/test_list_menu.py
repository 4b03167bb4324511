"""The rows' menu (right click, Menu key, Shift+F10): Open, Duplicate, Delete, Renew… and
Amend… on agreements, Export selection…"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from unccd_desktop.ui.list_page import ListPage
from unccd_desktop.ui.prompts import Button


# A pop-up menu on the offscreen platform the tests run on: no window manager to raise it.
def entry(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def menu_on_row(page: ListPage, row: int) -> QMenu:
    page.table.setCurrentIndex(page.model.index(row, 0))
    return page.show_row_menu()


def test_open_shows_the_row_in_the_editor_with_the_focus_in_it(qtbot, window):
    window.show_section("partner")
    page = window.list_page("partner")
    window.activateWindow()
    menu = menu_on_row(page, 2)
    assert [a.text() for a in menu.actions() if a.text()][:3] == [
        "&Open",
        "D&uplicate",
        "&Delete…",
    ]
    entry(menu, "&Open").trigger()
    assert page.editor.uuid == page.model.uuid_at(2)
    qtbot.waitUntil(lambda: page.editor.isAncestorOf(QApplication.focusWidget()))


def test_duplicate_starts_a_copy_of_the_row(window, demo_db):
    window.show_section("initiative")
    page = window.list_page("initiative")
    source = demo_db.initiatives.get(page.model.uuid_at(1))
    entry(menu_on_row(page, 1), "D&uplicate").trigger()
    assert page.editor.record is None  # a new record, not saved yet
    assert page.editor.values()["launched_at"] == source["launched_at"]


def test_delete_removes_the_row_after_asking(window, demo_db, answers, land):
    window.show_section("deliverable")
    page = window.list_page("deliverable")
    before = page.model.rowCount()
    uuid = page.model.uuid_at(0)
    answers(Button.Yes)
    entry(menu_on_row(page, 0), "&Delete…").trigger()
    land(window)
    assert "Delete the deliverable" in answers.texts()[-1]
    assert page.model.rowCount() == before - 1 == demo_db.deliverables.count()
    assert uuid not in {page.model.uuid_at(r) for r in range(page.model.rowCount())}


def test_agreement_rows_offer_renew_and_amend(window, demo_db):
    window.show_section("agreement")
    page = window.list_page("agreement")
    menu = menu_on_row(page, 0)
    actions = page.agreement_actions
    assert actions.renew_action in menu.actions() and actions.amend_action in menu.actions()
    parent = page.model.uuid_at(0)
    actions.renew_action.trigger()
    assert page.editor.record is None and page.editor.values()["parent"] == parent
    other = window.list_page("partner")
    assert not hasattr(other, "agreement_actions")
    assert "Rene&w…" not in [a.text() for a in menu_on_row(other, 0).actions()]


@pytest.mark.parametrize("key", ["Menu", "Shift+F10"])
def test_the_menu_opens_from_the_keyboard_at_the_current_row(qtbot, window, key):
    window.show_section("project")
    page = window.list_page("project")
    window.activateWindow()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(3, 0))
    qtbot.waitUntil(page.table.hasFocus)
    if key == "Menu":
        qtbot.keyClick(page.table, Qt.Key.Key_Menu)
    else:
        qtbot.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.row_menu is not None and page.row_menu.isVisible())
    entry(page.row_menu, "&Open").trigger()
    assert page.editor.uuid == page.model.uuid_at(3)
