"""The table of child rows (agreement parties) used by mouse and by keyboard: every button and
key acts on the row the user is in, and Tab enters the table and leaves it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from unccd_desktop.services import Services
from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.ui.rows_widget import RowsWidget

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SIGNATORIES = ["Ana", "Ben", "Chen", "Dina", "Eve"]


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)
    qtbot.wait(5)


class Form(QWidget):
    """The table between two other fields, as in an editor."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.before = QLineEdit()
        self.rows = RowsWidget(services, services.agreements.collections["parties"].fields)
        self.after = QLineEdit()
        layout = QVBoxLayout(self)
        for widget in (self.before, self.rows, self.after):
            layout.addWidget(widget)


@pytest.fixture
def form(qtbot, demo_db: Services) -> Form:
    form = Form(demo_db)
    partners = [
        demo_uuid("partners", key) for key in ("unccd-secretariat", "fao", "unep", "ifad", "undp")
    ]
    form.rows.set_value(
        [
            {"partner": uuid, "role": "signatory", "signatory_name": name, "signed_on": None}
            for uuid, name in zip(partners, SIGNATORIES, strict=True)
        ]
    )
    qtbot.addWidget(form)
    form.resize(900, 500)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def names(rows: RowsWidget) -> list[str]:
    return [item["signatory_name"] for item in rows.value()]


def inner(rows: RowsWidget, row: int, column: int) -> QWidget:
    """The widget of a cell that takes the focus and the clicks."""
    cell = rows.table.cellWidget(row, column)
    return next(w for w in cell.findChildren(QWidget) if w.property("rowsTabStop") is not None)


def test_remove_row_removes_the_row_being_edited(form, qtbot) -> None:
    rows = form.rows
    partner_box = inner(rows, 3, 0)
    QTest.mouseClick(partner_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is partner_box)
    QTest.mouseClick(rows.remove_button, Qt.MouseButton.LeftButton)
    # Dina's row goes, not the table's current row before the click (none: the last row went).
    assert names(rows) == ["Ana", "Ben", "Chen", "Eve"]
    assert focused() is inner(rows, 3, 0), "the focus goes to the row that took its place"


def test_keys_add_move_and_remove_the_focused_row(form, qtbot) -> None:
    rows = form.rows
    name_box = inner(rows, 1, 2)
    QTest.mouseClick(name_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: focused() is name_box)

    press(qtbot, Qt.Key.Key_Down, ALT)  # Ben goes below Chen, the focus with him
    assert names(rows) == ["Ana", "Chen", "Ben", "Dina", "Eve"]
    assert focused() is inner(rows, 2, 2)
    press(qtbot, Qt.Key.Key_Up, ALT)
    press(qtbot, Qt.Key.Key_Up, ALT)
    assert names(rows) == ["Ben", "Ana", "Chen", "Dina", "Eve"]
    assert focused() is inner(rows, 0, 2)

    press(qtbot, Qt.Key.Key_Down, CTRL)  # to Ana's row, same column
    assert focused() is inner(rows, 1, 2)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # a new row under Ana, the focus in its first cell
    assert names(rows) == ["Ben", "Ana", None, "Chen", "Dina", "Eve"]
    assert focused() is inner(rows, 2, 0)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "Fatou")
    assert names(rows)[2] == "Fatou"

    press(qtbot, Qt.Key.Key_Delete, CTRL)  # in a text cell too: the row goes, not a word
    assert names(rows) == ["Ben", "Ana", "Chen", "Dina", "Eve"]
    assert focused() is inner(rows, 2, 2), "the focus goes to the neighbouring row"
    press(qtbot, Qt.Key.Key_End, CTRL)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down, CTRL)
    press(qtbot, Qt.Key.Key_Delete, CTRL)  # the last row: the focus goes to the one above
    assert names(rows) == ["Ben", "Ana", "Chen", "Dina"]
    assert focused() is inner(rows, 3, 2)


def test_buttons_act_on_the_row_clicked_into(form, qtbot) -> None:
    rows = form.rows
    QTest.mouseClick(inner(rows, 4, 2), Qt.MouseButton.LeftButton)
    assert not rows.down_button.isEnabled() and rows.up_button.isEnabled()
    rows.up_button.click()
    assert names(rows) == ["Ana", "Ben", "Chen", "Eve", "Dina"]
    QTest.mouseClick(inner(rows, 0, 3), Qt.MouseButton.LeftButton)
    rows.add_button.click()
    assert names(rows) == ["Ana", None, "Ben", "Chen", "Eve", "Dina"]
    assert focused() is inner(rows, 1, 0)
    rows.remove_button.click()
    rows.down_button.click()  # the row that took its place (Ben) goes down
    assert names(rows) == ["Ana", "Chen", "Ben", "Eve", "Dina"]


def test_tab_enters_the_current_row_and_leaves_the_table(form, qtbot) -> None:
    rows = form.rows
    form.before.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is inner(rows, 0, 0), "Tab enters the first row"
    cells = [focused()]
    for _ in range(len(rows.fields) - 1):
        press(qtbot, Qt.Key.Key_Tab)
        cells.append(focused())
    assert cells == [inner(rows, 0, c) for c in range(len(rows.fields))]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is rows.add_button, "after the row's last cell Tab leaves the table"

    QTest.mouseClick(inner(rows, 2, 2), Qt.MouseButton.LeftButton)
    form.after.setFocus()
    for _ in range(4):  # the buttons: Move down, Move up, Remove row, Add row
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is rows.add_button
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is inner(rows, 2, len(rows.fields) - 1), "back into the current row"
    for _ in range(len(rows.fields)):
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is form.before


def test_an_emptied_table_leaves_the_focus_on_add_row(form, qtbot) -> None:
    rows = form.rows
    rows.set_value([{"partner": None, "role": "signatory", "signed_on": date(2024, 1, 1)}])
    QTest.mouseClick(inner(rows, 0, 2), Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Delete, CTRL)
    assert rows.value() == [] and focused() is rows.add_button
    assert not rows.remove_button.isEnabled()
    press(qtbot, Qt.Key.Key_Space)  # Add row
    assert len(rows.value()) == 1 and focused() is inner(rows, 0, 0)


def test_the_countries_list_is_used_with_the_keyboard(qtbot, demo_db: Services) -> None:
    from unccd_desktop.ui.field_widgets import make_collection_widget

    form = QWidget()
    countries = make_collection_widget(
        demo_db, "countries", demo_db.projects.collections["countries"]
    )
    after = QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(countries)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)

    countries.setFocus()
    QTest.keyClicks(countries.filter, "keny")
    press(qtbot, Qt.Key.Key_Down)  # from the filter into the list, on the match
    assert focused() is countries.list
    press(qtbot, Qt.Key.Key_Space)
    assert countries.value() == ["KE"]
    press(qtbot, Qt.Key.Key_Space)
    assert countries.value() == []
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Up)  # from the first entry back to the filter
    assert focused() is countries.filter
    countries.filter.clear()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # the entry after Kenya, still current in the list
    assert len(countries.value()) == 2 and "KE" in countries.value()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after, "Tab leaves the list"


def test_focus_given_to_the_field_goes_to_the_current_row(form, qtbot) -> None:
    rows = form.rows
    QTest.mouseClick(inner(rows, 2, 2), Qt.MouseButton.LeftButton)
    form.after.setFocus()
    rows.setFocus()  # as the editor does to show a problem with the rows
    assert focused() is inner(rows, 2, 0)


def test_an_empty_table_takes_a_first_row_from_the_keyboard(form, qtbot) -> None:
    rows = form.rows
    rows.set_value([])
    form.before.setFocus()
    press(qtbot, Qt.Key.Key_Tab)  # no row to enter: the focus is on Add row
    assert focused() is rows.add_button
    press(qtbot, Qt.Key.Key_Return, CTRL)  # the row keys work from there too
    assert len(rows.value()) == 1 and focused() is inner(rows, 0, 0)
    QTest.keyClicks(focused(), "FAO")
    press(qtbot, Qt.Key.Key_Return)
    assert rows.value()[0]["partner"] == demo_uuid("partners", "fao")


def test_a_record_is_shown_from_the_tables_first_column(form, qtbot) -> None:
    rows = form.rows
    form.resize(420, 500)  # narrower than the columns
    QTest.mouseClick(inner(rows, 0, 3), Qt.MouseButton.LeftButton)  # scrolls to Signed
    qtbot.waitUntil(lambda: rows.table.horizontalScrollBar().value() > 0)
    rows.set_value(rows.value())  # another record loaded
    assert rows.table.horizontalScrollBar().value() == 0
