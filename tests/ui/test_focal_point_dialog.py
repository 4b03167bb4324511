"""The focal point dialog of a partner: Enter saves, Escape and Cancel close without saving
(asking first when something was typed), Delete… deletes after asking, Tab goes through the
fields from top to bottom and then the buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.ui.focal_points_panel import FocalPointsPanel
from unccd_desktop.ui.record_dialog import RecordDialog

UNCCD = demo_uuid("partners", "unccd-secretariat")
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)
    qtbot.wait(5)


@pytest.fixture
def person(demo_db) -> dict:
    return demo_db.focal_points.create(
        {"partner": UNCCD, "name": "Amina Contact", "email": "amina@example.org"}
    )


@pytest.fixture
def panel(window, person, qtbot) -> FocalPointsPanel:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_section("partner")
    page = window.list_page("partner")
    assert page.open_record(UNCCD)
    (panel,) = [p for p in page.editor.panels if isinstance(p, FocalPointsPanel)]
    return panel


def shown(qtbot, dialog: RecordDialog | None) -> RecordDialog:
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def field(dialog: RecordDialog, name: str) -> QWidget:
    """The widget of a field that takes the focus."""
    widget = dialog.editor.widgets[name]
    return widget.focusProxy() or widget


def test_enter_saves_and_closes(qtbot, panel, demo_db, person, land) -> None:
    dialog = shown(qtbot, panel.open_selected())
    assert dialog.editor.uuid == person["uuid"]
    field(dialog, "title").setFocus()
    QTest.keyClicks(focused(), "Liaison officer")
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)
        land(dialog.ops)
    assert demo_db.focal_points.get(person["uuid"])["title"] == "Liaison officer"


def test_a_new_focal_point_starts_at_its_name_and_enter_adds_it(
    qtbot, panel, demo_db, land
) -> None:
    dialog = shown(qtbot, panel.add())
    assert focused() is field(dialog, "name"), "the partner is filled in already"
    QTest.keyClicks(focused(), "Bruno Newcomer")
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)
        land(dialog.ops)
    names = {r["name"] for r in demo_db.focal_points.rows(filters={"partner": UNCCD})}
    assert "Bruno Newcomer" in names
    qtbot.waitUntil(lambda: panel.table.rowCount() == len(names))


def test_escape_and_cancel_close_without_saving(qtbot, panel, demo_db, person, answers) -> None:
    dialog = shown(qtbot, panel.open_selected())
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert answers.seen == []

    dialog = shown(qtbot, panel.open_selected())
    field(dialog, "name").setFocus()
    QTest.keyClicks(focused(), " (left)")
    press(qtbot, Qt.Key.Key_Escape)  # asked; the answer by default keeps the typing
    assert [p.title for p in answers.seen] == ["Unsaved changes"]
    assert dialog.isVisible() and dialog.editor.is_dirty
    answers(QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(dialog.finished):
        dialog.cancel_button.click()
    assert len(answers.seen) == 2
    assert demo_db.focal_points.get(person["uuid"])["name"] == "Amina Contact"
    assert demo_db.focal_points.get(person["uuid"])["version"] == person["version"]


def test_delete_asks_then_deletes(qtbot, panel, demo_db, person, answers, land) -> None:
    dialog = shown(qtbot, panel.open_selected())
    answers(QMessageBox.StandardButton.No)
    dialog.delete_button.click()
    assert "Amina Contact" in answers.texts()[-1]
    assert demo_db.focal_points.get(person["uuid"])
    assert dialog.isVisible()

    answers(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # De&lete… by its mnemonic
        land(dialog.ops)
    assert demo_db.focal_points.count(filters={"partner": UNCCD}) == 0
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)


def test_a_new_record_cannot_be_deleted(qtbot, panel) -> None:
    dialog = shown(qtbot, panel.add())
    assert not dialog.delete_button.isEnabled()
    dialog.editor.revert()
    dialog.reject()


def test_tab_goes_down_the_fields_then_to_the_buttons(qtbot, panel) -> None:
    dialog = shown(qtbot, panel.open_selected())
    fields = [field(dialog, name) for name in dialog.editor.widgets]
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in fields]
    assert tops == sorted(tops)
    buttons = [dialog.delete_button, dialog.save_button, dialog.cancel_button]
    fields[0].setFocus(Qt.FocusReason.TabFocusReason)
    visited = [focused()]
    for _ in range(len(fields) + len(buttons) - 1):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == fields + buttons
    for _ in range(len(buttons)):
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is fields[-1]
    assert dialog.save_button.isDefault()
    dialog.reject()
