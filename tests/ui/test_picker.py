"""The searchable picker: finding by acronym and other names, the chosen entry shown from its
beginning, a pop-up as wide as the names, Escape and text that matches nothing; in a table
of parties and in the export dialogs."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLineEdit

from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.ui.exchange import DonorReportDialog, PartnerWorkbookDialog
from unccd_desktop.ui.picker import (
    RefWidget,
    SearchPicker,
    country_items,
    currency_items,
    record_items,
)

AUDA = demo_uuid("partners", "auda-nepad")
KOREA = demo_uuid("partners", "korea")
UNCCD = demo_uuid("partners", "unccd-secretariat")
GM = demo_uuid("partners", "gm")
AUDA_TEXT = "AUDA-NEPAD — African Union Development Agency"
TODAY = date.today().isoformat()


@pytest.fixture
def picker(qtbot, demo_db) -> SearchPicker:
    widget = SearchPicker(record_items(demo_db, "partner"))
    qtbot.addWidget(widget)
    widget.show()
    widget.edit.setFocus()
    return widget


def shown_rows(picker: SearchPicker) -> list[str]:
    model = picker.popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_picker_rows_of_partners_come_in_one_query_with_acronyms_and_other_names(demo_db):
    statements: list[str] = []
    engine = demo_db.db.engine
    sa.event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    rows = demo_db.pickers.records("partner")
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    assert len(rows) == demo_db.partners.count()
    auda = next(row for row in rows if row.value == AUDA)
    assert (auda.name, auda.short) == ("African Union Development Agency", "AUDA-NEPAD")
    assert auda.other_names == ("African Union Development Agency – NEPAD",)


def test_typing_an_acronym_finds_it_and_enter_picks_it(qtbot, picker):
    qtbot.keyClicks(picker.edit, "AUDA")
    assert picker.popup_shown()
    assert shown_rows(picker)[0] == AUDA_TEXT
    with qtbot.waitSignal(picker.changed):
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.value() == AUDA
    assert not picker.popup_shown()
    assert picker.edit.text() == AUDA_TEXT
    assert picker.edit.cursorPosition() == 0  # shown from its beginning


def test_other_names_and_accents_find_a_partner_and_the_list_says_which_name(qtbot, picker):
    qtbot.keyClicks(picker.edit, "turkey")
    assert shown_rows(picker) == ["Government of Türkiye  ·  Turkey"]
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "turkiye")
    assert shown_rows(picker) == ["Government of Türkiye"]
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "unccd")  # the acronym itself comes before other names
    rows = shown_rows(picker)
    assert rows[0].startswith("UNCCD — Secretariat of the United Nations Convention")
    assert not any(row.startswith("GM ") for row in rows)


def test_keys_reaching_the_open_list_type_in_the_field_and_a_click_picks(qtbot, picker):
    qtbot.keyClicks(picker.edit, "Secretariat")
    qtbot.keyClicks(picker.popup, " of the Conv")  # an open list has the keyboard
    assert picker.edit.text() == "Secretariat of the Conv"
    rows = shown_rows(picker)
    assert [row.split(" — ")[0] for row in rows] == ["CBD", "CMS", "UNCCD", "UNFCCC"]
    # every word anywhere; the names holding the words as typed come first
    qtbot.keyClick(picker.popup, Qt.Key.Key_Down)
    second = picker.popup.visualRect(picker.popup.currentIndex()).center()
    qtbot.mouseClick(picker.popup.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert picker.edit.text() == rows[1]
    assert picker.value() == demo_uuid("partners", "cms")


def global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_the_list_opens_under_the_field_from_its_reading_side(qtbot, picker):
    picker.setGeometry(20, 100, 120, picker.height())
    qtbot.keyClicks(picker.edit, "Secretariat")
    field = global_rect(picker.edit)
    assert picker.popup.geometry().topLeft() == field.bottomLeft() + QPoint(0, 1)
    assert picker.popup.width() > 3 * field.width()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    picker.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # Arabic
    picker.setGeometry(500, 100, 120, picker.height())
    qtbot.keyClicks(picker.edit, "Secretariat")
    field = global_rect(picker.edit)
    assert picker.popup.geometry().topRight() == field.bottomRight() + QPoint(0, 1)


def test_countries_are_found_by_iso_code(qtbot, demo_db):
    widget = SearchPicker(country_items(demo_db))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClicks(widget.edit, "KEN")
    assert shown_rows(widget)[0] == "Kenya (KE)"
    qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
    assert widget.value() == "KE"


def test_projects_are_found_by_code_and_currencies_by_name(qtbot, demo_db):
    projects = SearchPicker(record_items(demo_db, "project"))
    currencies = SearchPicker(currency_items(demo_db))
    for widget in (projects, currencies):
        qtbot.addWidget(widget)
        widget.show()
    qtbot.keyClicks(projects.edit, "cwi-p2")
    assert shown_rows(projects) == ["CWI-P2 — Changwon Initiative Phase 2 (2018–2030)"]
    qtbot.keyClicks(currencies.edit, "kenyan")
    assert shown_rows(currencies) == ["KES — Kenyan Shilling"]


def test_escape_restores_the_chosen_entry(qtbot, picker):
    picker.set_value(UNCCD)
    shown = picker.edit.text()
    qtbot.keyClicks(picker.edit, "Global")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    with qtbot.assertNotEmitted(picker.changed):
        qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    assert picker.value() == UNCCD
    assert picker.edit.text() == shown
    assert not picker.popup_shown()


def test_text_matching_nothing_selects_nothing(qtbot, picker):
    qtbot.keyClicks(picker.edit, "Korea xyz")
    assert shown_rows(picker) == ["No entry matches “Korea xyz”"]
    with qtbot.assertNotEmitted(picker.changed):
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
        qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.value() is None
    picker.set_value(AUDA)
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "qqq")
    with qtbot.assertNotEmitted(picker.changed):
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
        qtbot.keyClick(picker.edit, Qt.Key.Key_Tab)  # leaving gives the chosen entry back
    assert picker.value() == AUDA
    assert picker.edit.text() == AUDA_TEXT


def test_a_typed_entry_not_picked_is_not_taken_on_leaving(qtbot, picker):
    qtbot.keyClicks(picker.edit, "AUDA")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Tab)
    assert picker.value() is None and picker.edit.text() == ""
    qtbot.keyClicks(picker.edit, "AUDA")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)  # chosen with the arrows: taken on Tab
    qtbot.keyClick(picker.edit, Qt.Key.Key_Up)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Tab)
    assert picker.value() == AUDA


def test_an_emptied_picker_clears_its_value(qtbot, picker):
    picker.set_value(AUDA)
    picker.edit.selectAll()
    with qtbot.waitSignal(picker.changed):
        qtbot.keyClick(picker.edit, Qt.Key.Key_Delete)
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.value() is None


def test_the_open_button_takes_no_tab_stop(qtbot, demo_db):
    widget = RefWidget(demo_db, "partner")
    qtbot.addWidget(widget)
    widget.set_value(UNCCD)
    assert widget.open_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert widget.open_button.toolTip() and widget.open_button.isEnabled()
    with qtbot.waitSignal(widget.open_requested) as signal:
        widget.open_button.click()
    assert signal.args == ["partner", UNCCD]


def test_a_record_picker_offers_records_added_since_it_was_made(qtbot, demo_db):
    widget = RefWidget(demo_db, "partner")
    qtbot.addWidget(widget)
    widget.show()
    added = demo_db.partners.create(
        {"name": "Korea Forest Service", "acronym": "KFS", "kind": "government"}
    )
    widget.set_value(added["uuid"])  # a record it did not know: read again, shown by name
    assert widget.edit.text() == "KFS — Korea Forest Service"
    renamed = demo_db.partners.create({"name": "Sahel Water Trust", "kind": "ngo"})
    widget.edit.setFocus()
    widget.edit.selectAll()
    qtbot.keyClicks(widget.edit, "sahel water")
    assert shown_rows(widget) == ["Sahel Water Trust"]
    qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
    assert widget.value() == renamed["uuid"]


def test_a_party_chosen_in_a_table_cell_is_the_one_saved(qtbot, window, demo_db):
    agreement = next(
        row["uuid"]
        for row in demo_db.agreements.rows(limit=50)
        if row["label"].startswith(
            "Memorandum of Understanding between the Global Mechanism and the IFRC"
        )
    )
    window.show_section("agreement")
    page = window.list_page("agreement")
    assert page.open_record(agreement)
    editor = page.editor
    parties = editor.widgets["parties"]
    parties.add_button.click()
    row = parties.table.rowCount() - 1
    cell = parties.table.cellWidget(row, 0)
    assert isinstance(cell, RefWidget)
    cell.edit.setFocus()
    qtbot.keyClicks(cell.edit, "Secretariat of the United")
    rows = shown_rows(cell)
    assert len(rows) == 2 and len(set(rows)) == 2  # the two secretariats, told apart
    widest = max(cell.popup.fontMetrics().horizontalAdvance(text) for text in rows)
    assert cell.popup.viewport().width() >= widest > parties.table.columnWidth(0)
    qtbot.keyClicks(cell.edit, " Nations Convention to Combat")
    assert shown_rows(cell) == [
        "UNCCD — Secretariat of the United Nations Convention to Combat Desertification"
    ]
    qtbot.keyClick(cell.edit, Qt.Key.Key_Return)
    assert cell.edit.cursorPosition() == 0
    assert editor.save_and_wait()
    saved = {party["partner"] for party in demo_db.agreements.get(agreement)["parties"]}
    assert UNCCD in saved and GM in saved and len(saved) == 3


def test_the_donor_picker_finds_korea_and_names_the_file(qtbot, demo_db, tmp_path):
    dialog = DonorReportDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_edit.text().endswith(f"donor-report-{TODAY}.xlsx")
    dialog.donor.edit.setFocus()
    qtbot.keyClicks(dialog.donor.edit, "Korea")
    qtbot.keyClick(dialog.donor.edit, Qt.Key.Key_Return)
    assert dialog.donor.value() == KOREA
    assert dialog.by_donor.isChecked()
    name = f"Government-of-the-Republic-of-Korea-donor-report-{TODAY}.xlsx"
    assert dialog.path_edit.text().endswith(name)
    dialog.path_edit.setText(str(tmp_path / name))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.buttons.accepted.emit()
    summary = openpyxl.load_workbook(tmp_path / name)["Summary"]
    assert summary["B2"].value == "Donor: Government of the Republic of Korea"

    again = DonorReportDialog(demo_db)  # the last choice, in the last folder
    qtbot.addWidget(again)
    assert again.donor.value() == KOREA and again.by_donor.isChecked()
    assert again.path_edit.text() == str(tmp_path / name)


def test_the_partner_workbook_dialog_remembers_and_follows_the_choice(qtbot, demo_db, tmp_path):
    dialog = PartnerWorkbookDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.partner.edit.setFocus()
    qtbot.keyClicks(dialog.partner.edit, "auda")
    qtbot.keyClick(dialog.partner.edit, Qt.Key.Key_Return)
    assert dialog.path_edit.text().endswith(f"AUDA-NEPAD-partner-update-{TODAY}.xlsx")
    out = tmp_path / "mine.xlsx"
    dialog.path_edit.setFocus()
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(out))  # the user's own path stays
    dialog.partner.set_value(UNCCD)
    assert dialog.path_edit.text() == str(out)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.buttons.accepted.emit()
    assert out.exists()

    again = PartnerWorkbookDialog(demo_db)
    qtbot.addWidget(again)
    assert again.partner.value() == UNCCD
    assert again.path_edit.text() == str(tmp_path / f"UNCCD-partner-update-{TODAY}.xlsx")
    assert isinstance(again.partner.focusProxy(), QLineEdit)
