"""The window used with the keyboard alone: Tab walks every screen and leaves it, Enter opens a
list row, Escape returns, the window's keys work wherever the focus is, and a whole task
(search, edit, save, undo) is done with key events only."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QWidget,
)

from unccd_desktop.ui.labels import SIDEBAR
from unccd_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)
MAX_STEPS = 400


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as the keyboard would send it."""
    target = focused() or QApplication.activeWindow()
    QTest.keyClick(target, key, modifiers)
    qtbot.wait(5)


def tab_stops(root: QWidget) -> set[QWidget]:
    """The widgets of ``root`` that a keyboard user must be able to reach with Tab."""
    stops = set()
    for widget in root.findChildren(QWidget):
        if widget.focusProxy() is not None or not widget.isVisibleTo(root.window()):
            continue
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
            continue  # the text of an editable combo box: the box takes the focus
        if isinstance(widget, QRadioButton) and not widget.isChecked():
            continue  # a group of radio buttons is one stop; arrows choose within it
        if isinstance(widget, (*INPUTS, QAbstractItemView, QTabBar)):
            stops.add(widget)
    return stops


def walk(qtbot, root: QWidget, backwards: bool = False) -> tuple[list[QWidget], bool]:
    """Tab (or Shift+Tab) from the focus until it leaves ``root``: the widgets visited in
    ``root`` and whether the focus left it."""
    visited: list[QWidget] = []
    for _ in range(MAX_STEPS):
        press(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
        widget = focused()
        if widget is None or not root.isAncestorOf(widget):
            return visited, True
        visited.append(widget)
        if visited.count(widget) > 3:
            return visited, False  # going round in circles: a trap
    return visited, False


def name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"


def check_visual_order(visited: list[QWidget], right_to_left: bool) -> None:
    """Two stops in a row on one line follow the reading direction."""
    for before, after in pairwise(visited):
        a = before.mapToGlobal(before.rect().center())
        b = after.mapToGlobal(after.rect().center())
        if abs(a.y() - b.y()) <= 3 and before.parentWidget() is after.parentWidget():
            assert (b.x() < a.x()) if right_to_left else (b.x() > a.x()), (
                f"Tab goes against the reading direction: {name(before)} → {name(after)}"
            )


@pytest.fixture
def keyboard_window(window: MainWindow, qtbot) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.mark.parametrize("section", [*SIDEBAR, "dashboard", "imports"])
def test_tab_reaches_every_field_of_a_screen_and_leaves_it(keyboard_window, qtbot, section):
    window = keyboard_window
    window.go_to(section)
    page = window.stack.currentWidget()
    editor = getattr(page, "editor", None)
    if editor is not None and page.model.rowCount():
        press(qtbot, Qt.Key.Key_Return)  # the first row opens in the editor
        qtbot.waitUntil(lambda: editor.uuid is not None)
        if isinstance(focused(), QLineEdit):
            QTest.keyClicks(focused(), "x")  # unsaved typing: Revert and Save take part
            assert editor.save_button.isEnabled()
    expected = tab_stops(page)
    assert expected, f"nothing to reach on {section}"
    first = sorted(expected, key=lambda w: w.mapTo(page, w.rect().topLeft()).y())[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited, left = walk(qtbot, page)
    assert left, f"Tab is trapped on {section}: {[name(w) for w in visited[-6:]]}"
    missing = expected - set(visited) - {first}
    assert not missing, f"Tab never reaches on {section}: {[name(w) for w in missing]}"
    check_visual_order(visited, right_to_left=False)
    if editor is not None and editor.uuid is not None:
        in_editor = [w for w in visited if editor.isAncestorOf(w)]
        form = editor.details.findChild(QScrollArea).widget()  # scrolls as the focus moves
        fields = [w for w in in_editor if form.isAncestorOf(w)]
        tops = [w.mapTo(form, w.rect().topLeft()).y() for w in fields]
        assert all(b >= a - 3 for a, b in pairwise(tops)), "Tab goes down the form"
        assert in_editor.index(fields[0]) == 1, "the tabs, then the form"
        assert in_editor[-2:] == [editor.revert_button, editor.save_button]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    back, left = walk(qtbot, page, backwards=True)
    assert left, f"Shift+Tab is trapped on {section}: {[name(w) for w in back[-6:]]}"


def test_enter_opens_a_row_in_the_editor_and_escape_returns(keyboard_window, qtbot):
    window = keyboard_window
    press(qtbot, Qt.Key.Key_2, CTRL)  # Go → Partners: the focus in the list
    page = window.list_page("partner")
    assert focused() is page.table
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    row = page.table.currentIndex().row()
    press(qtbot, Qt.Key.Key_Return)
    assert page.editor.uuid == page.model.uuid_at(row)
    assert focused() is page.editor.widgets["name"].focusProxy()
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is page.table
    assert page.table.currentIndex().row() == row
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not page.table, "Tab leaves the list"


def test_window_keys_work_from_a_text_field(keyboard_window, qtbot):
    window = keyboard_window
    window.go_to("partner")
    page = window.list_page("partner")
    page.search.setFocus()
    QTest.keyClicks(page.search, "Union")
    page.search.setCursorPosition(0)
    press(qtbot, Qt.Key.Key_K, CTRL)  # in a line edit Ctrl+K would delete to the line's end
    assert page.search.text() == "Union"
    qtbot.waitUntil(lambda: getattr(window, "search_dialog", None) is not None)
    window.search_dialog.close()
    window.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.search.setFocus()
    press(qtbot, Qt.Key.Key_5, CTRL)  # Go → Projects
    assert window.current_key() == "project"
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new project, the focus in its first field
    editor = window.list_page("project").editor
    assert editor.record is None and editor.isEnabled()
    assert editor.isAncestorOf(focused())
    editor.revert()


def test_search_edit_save_undo_with_keys_only(keyboard_window, qtbot, land, demo_db):
    window = keyboard_window
    press(qtbot, Qt.Key.Key_K, CTRL)
    dialog = window.search_dialog
    QTest.keyClicks(focused(), "Global Water")
    qtbot.waitUntil(lambda: bool(dialog.hit_items()))
    press(qtbot, Qt.Key.Key_Return)  # the first hit opens in its list, in the editor
    page = window.list_page("partner")
    qtbot.waitUntil(lambda: page.editor.uuid is not None)
    assert window.current_key() == "partner"
    field = page.editor.widgets["name"].focusProxy()
    qtbot.waitUntil(lambda: focused() is field)
    original = field.text()
    press(qtbot, Qt.Key.Key_End)
    QTest.keyClicks(field, " (GWP)")
    press(qtbot, Qt.Key.Key_S, CTRL)  # the Save button is pressed (it shows, for 0.1 s)
    qtbot.waitUntil(lambda: not page.editor.is_dirty)
    land(window)
    uuid = page.editor.uuid
    assert demo_db.partners.get(uuid)["name"] == original + " (GWP)"
    press(qtbot, Qt.Key.Key_Z, CTRL)  # no typing left in the field: the save is undone
    land(window)
    assert demo_db.partners.get(uuid)["name"] == original
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    land(window)
    assert demo_db.partners.get(uuid)["name"] == original + " (GWP)"


def test_the_focus_is_drawn_around_the_focused_field(keyboard_window, qtbot):
    from unccd_desktop.ui.keyboard import RING_COLOR, keyboard

    page = keyboard_window.list_page("partner")
    keyboard_window.go_to("partner")
    page.search.setFocus()
    qtbot.waitUntil(lambda: keyboard().ring.isVisible())
    ring = keyboard().ring
    assert ring.parentWidget() is page.search and ring.geometry() == page.search.rect()
    image = page.search.grab().toImage()  # the ring is painted along the field's edge
    middle = image.height() // 2
    assert image.pixelColor(1, middle).name() == RING_COLOR.name()
    page.table.setFocus()
    qtbot.waitUntil(lambda: ring.parentWidget() is page.table)


def dialogs(services) -> dict[str, QWidget]:
    """The dialogs of the File and Edit menus, each made as the menu makes it."""
    from unccd_desktop.ui.exchange import DonorReportDialog, PartnerWorkbookDialog
    from unccd_desktop.ui.preferences import PreferencesDialog
    from unccd_desktop.ui.search_dialog import SearchDialog

    return {
        "preferences": PreferencesDialog(),
        "search": SearchDialog(services),
        "donor report": DonorReportDialog(services),
        "partner workbook": PartnerWorkbookDialog(services),
    }


@pytest.mark.parametrize("which", ["preferences", "search", "donor report", "partner workbook"])
def test_tab_goes_round_every_field_of_a_dialog(qtbot, demo_db, which):
    dialog = dialogs(demo_db)[which]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    expected = tab_stops(dialog)
    start = focused()
    assert start is not None and dialog.isAncestorOf(start)
    visited: list[QWidget] = []
    for _ in range(len(expected) + 2):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
        if focused() is start:
            break
    assert focused() is start, f"Tab does not come round in {which}: {[name(w) for w in visited]}"
    missing = expected - set(visited)
    assert not missing, f"Tab never reaches in {which}: {[name(w) for w in missing]}"
    check_visual_order(visited, right_to_left=False)


@pytest.mark.parametrize("which", ["donor report", "partner workbook", "donor pdf"])
def test_an_export_dialog_opens_on_what_to_export_and_tabs_down_its_form(qtbot, demo_db, which):
    from unccd_desktop.ui.printing.print_actions import DonorPdfDialog

    dialog = DonorPdfDialog(demo_db) if which == "donor pdf" else dialogs(demo_db)[which]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    first = dialog.subject_widgets[0]
    assert focused() is first or first.isAncestorOf(focused()), name(focused())
    order = []
    while focused() is not dialog.language:
        order.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
        assert len(order) < 12, [name(w) for w in order]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.path_edit
    assert all(any(w is f or w.isAncestorOf(f) for w in dialog.subject_widgets) for f in order)
