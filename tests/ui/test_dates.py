"""Date fields typed from the keyboard, their calendar, and one date form per language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from unccd_desktop.ui import i18n
from unccd_desktop.ui.date_widget import DateWidget, parse_date
from unccd_desktop.ui.labels import date_pattern, display_value, excel_date_format
from unccd_desktop.ui.main_window import MainWindow

DAY = date(2027, 1, 31)  # a day above 12 shows which part is the day
# How DAY reads in each language, wherever the window shows it.
FORMS = {
    "ar": "31/1/2027",
    "zh_CN": "2027/1/31",
    "en": "31/01/2027",
    "fr": "31/01/2027",
    "es": "31/1/2027",
    "ru": "31.01.2027",
}


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """Each test starts in English (British dates) and leaves the interface in English."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture(params=list(FORMS))
def language(request, qapp, english) -> str:
    """The interface in one of the six languages."""
    i18n.install(qapp, request.param)
    return request.param


class Form(QWidget):
    """A small form: a text field, the date field, another text field."""

    def __init__(self) -> None:
        super().__init__()
        self.before, self.date, self.after = QLineEdit(), DateWidget(), QLineEdit()
        layout = QVBoxLayout(self)
        for widget in (self.before, self.date, self.after):
            layout.addWidget(widget)
        self.seen: list[date | None] = []
        self.date.changed.connect(lambda: self.seen.append(self.date.value()))


@pytest.fixture
def form(qtbot) -> Form:
    shown = Form()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    shown.date.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.date.edit)
    return shown


def test_an_empty_field_takes_iso_and_the_languages_own_form(qtbot, language) -> None:
    for typed in ("2027-01-31", FORMS[language]):
        field = DateWidget()
        qtbot.addWidget(field)
        qtbot.keyClicks(field.edit, typed)
        assert field.value() == DAY
        assert field.problem() == ""


@pytest.mark.parametrize("name", ["en_US", "bg_BG", "hu_HU", "ar_EG", "fa_IR", "C"])
def test_a_date_in_a_system_locales_own_form_reads_back(name) -> None:
    """With the system's language, every date shown (native digits, a Bulgarian "г.", a
    month-first order) can be typed back as shown."""
    QLocale.setDefault(QLocale(name))
    for day in (DAY, date(1999, 12, 9)):
        assert parse_date(display_value(day)) == day
    with pytest.raises(ValueError):
        parse_date("31/1/27")  # a two-digit year could be any century


def test_typing_changes_the_value_only_for_whole_dates(qtbot, form) -> None:
    qtbot.keyClicks(form.date.edit, "2027-01-3")  # ISO on its way to the 31st, not the 3rd
    assert form.date.value() is None and form.seen == []
    assert "“2027-01-3” is not a date" in form.date.problem()  # for a save meanwhile
    assert not form.date.hint  # shown once the field is left
    qtbot.keyClicks(form.date.edit, "1")
    assert form.seen == [DAY] and form.date.problem() == ""
    form.date.edit.selectAll()
    qtbot.keyClicks(form.date.edit, "15/11/202")  # the year not typed in full
    assert form.seen == [DAY]
    qtbot.keyClicks(form.date.edit, "6")
    assert form.seen == [DAY, date(2026, 11, 15)]
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Tab)
    assert form.date.edit.text() == "15/11/2026"


def test_delete_and_backspace_clear_the_date(qtbot, form) -> None:
    form.date.set_value(DAY)
    form.date.edit.setCursorPosition(3)
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Delete)
    assert form.date.value() is None and form.date.edit.text() == ""
    assert form.seen == [DAY, None]
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.date.value() == DAY  # as typing would be, the clearing can be undone
    form.date.set_value(DAY)
    form.date.edit.selectAll()
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Backspace)
    assert form.date.value() is None


def test_tab_and_shift_tab_leave_an_empty_and_a_filled_field(qtbot, form) -> None:
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after
    form.date.set_value(DAY)
    form.date.setFocus()
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.before
    qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.date.edit  # no stop on the buttons either
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after


def test_the_clear_button_takes_no_tab_stop_but_clears_on_a_click(qtbot, form) -> None:
    assert form.date.clear_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert form.date.calendar_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    form.date.set_value(DAY)
    qtbot.mouseClick(form.date.clear_button, Qt.MouseButton.LeftButton)
    assert form.date.value() is None
    assert not form.date.clear_button.isEnabled()


def test_text_that_is_not_a_date_shows_a_hint_and_keeps_the_date(qtbot, form) -> None:
    form.date.set_value(DAY)
    form.date.edit.selectAll()
    qtbot.keyClicks(form.date.edit, "31/02/2027")
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after
    assert form.date.value() == DAY and form.seen == [DAY]
    assert "“31/02/2027” is not a date" in form.date.problem()
    assert f"31/12/{date.today().year} or {date.today().year}-12-31" in form.date.problem()
    assert form.date.hint.isVisible() and form.date.hint.text() == form.date.problem()
    form.date.setFocus()
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Escape)
    assert form.date.edit.text() == "31/01/2027"
    assert form.date.problem() == "" and not form.date.hint.isVisible()


# A pop-up asks the platform to raise it and grab the keyboard; offscreen has neither.


def test_the_calendar_opens_at_today_when_empty_and_picks_with_the_keyboard(qtbot, form) -> None:
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = form.date.calendar
    assert calendar is not None and calendar.isVisible()
    today = QDate.currentDate()
    assert calendar.selectedDate() == today
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert form.date.value() == date.today() + timedelta(days=1)
    assert QApplication.focusWidget() is form.date.edit


def test_the_calendar_opens_at_the_fields_date(qtbot, form) -> None:
    form.date.set_value(DAY)
    qtbot.mouseClick(form.date.calendar_button, Qt.MouseButton.LeftButton)
    calendar = form.date.calendar
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2027, 1, 31)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 1)
    qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Escape)
    assert not calendar.isVisible() and form.date.value() == DAY


def test_a_typed_from_date_filters_the_list(qtbot, window, demo_db) -> None:
    page = window.list_page("deliverable")
    low, high = page.filter_widgets["due_on"]
    dues = sorted(r["due_on"] for r in demo_db.deliverables.rows(limit=1000) if r["due_on"])
    since, until = dues[1], dues[-1]
    qtbot.keyClicks(low.edit, since.isoformat())
    qtbot.keyClicks(high.edit, display_value(until))
    wanted = demo_db.deliverables.count(filters={"due_on": (since, until)})
    assert 0 < page.model.rowCount() == wanted < len(dues)


def test_one_date_form_in_list_editor_dashboard_and_history(qtbot, demo_db, language) -> None:
    """Whatever shows DAY shows FORMS[language], the same text; no bidirectional marks
    let a right-to-left screen turn it round in one place and not in another."""
    due = date.today() - timedelta(days=date.today().day + 1)  # overdue, on a day above 12
    uuid = demo_db.followup.overdue_deliverables()[0]["uuid"]
    record = demo_db.deliverables.get(uuid)
    record = demo_db.deliverables.update(uuid, record["version"], {"due_on": DAY})
    demo_db.deliverables.update(uuid, record["version"], {"due_on": due})
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    shown = display_value(due)
    assert shown == QDate(due).toString(date_pattern())
    assert display_value(DAY) == FORMS[language]

    window.dashboard.refresh()
    overdue = window.dashboard.overdue
    item = next(
        overdue.topLevelItem(i)
        for i in range(overdue.topLevelItemCount())
        if overdue.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == ("deliverable", uuid)
    )
    assert item.text(1) == shown

    page = window.list_page("deliverable")
    page.set_filter("overdue", True)
    row = next(r for r in range(page.model.rowCount()) if page.model.uuid_at(r) == uuid)
    column = [c.key for c in page.spec.columns].index("due_on")
    assert page.model.index(row, column).data() == shown

    assert page.open_record(uuid)
    assert page.editor.widgets["due_on"].edit.text() == shown
    assert page.editor.history.item(0, 3).text() == f"{FORMS[language]} → {shown}"


def test_excel_date_format_is_the_windows_form(tmp_path, language) -> None:
    """The Excel number format says what date_pattern() says, separators kept as written."""
    code = excel_date_format()
    assert code.replace("\\", "").replace("m", "M") == date_pattern()
    path = tmp_path / "dates.xlsx"
    book = Workbook()
    book.active["A1"] = DAY
    book.active["A1"].number_format = code
    book.save(path)
    cell = load_workbook(path).active["A1"]
    assert cell.is_date and cell.number_format == code
    assert cell.value.date() == DAY


def test_a_date_still_typed_wrong_is_not_saved_over(qtbot, window, demo_db, land) -> None:
    page = window.list_page("agreement")
    window.show_section("agreement")
    page.table.selectRow(0)
    editor = page.editor
    uuid = editor.uuid
    field = editor.widgets["expires_on"]
    before = demo_db.agreements.get(uuid)["expires_on"]
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2031-02-3x")
    editor.widgets["reference"].set_value("REF-KEPT")  # something else to save
    assert editor.save() is None
    land(window)
    assert demo_db.agreements.get(uuid)["expires_on"] == before
    assert demo_db.agreements.get(uuid)["reference"] != "REF-KEPT"
    assert "2031-02-3x" in editor.errors["expires_on"].text()
    assert field.edit.text() == "2031-02-3x"  # the typing stays, to be corrected
