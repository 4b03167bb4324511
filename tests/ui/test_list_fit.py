"""Lists fit their window: the title column takes the room, on first show and on resize; a
column sized by hand keeps its width; long titles show whole in a tooltip."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from unccd_desktop.ui import column_fit
from unccd_desktop.ui.entities import LISTS
from unccd_desktop.ui.labels import display_value
from unccd_desktop.ui.list_page import ListPage


def shown(page: ListPage) -> list[int]:
    header = page.table.horizontalHeader()
    return [i for i in range(header.count()) if not header.isSectionHidden(i)]


def fills_table(page: ListPage) -> bool:
    """The columns shown fill the table's width exactly, and no refit is pending."""
    header = page.table.horizontalHeader()
    width = sum(header.sectionSize(i) for i in shown(page))
    return width == page.table.viewport().width() and not page.fitter.pending()


def test_the_title_column_takes_the_room_the_others_leave(qtbot, window):
    window.resize(1900, 800)
    window.show_section("agreement")
    page = window.list_page("agreement")
    header = page.table.horizontalHeader()
    title = page.spec.title_index
    qtbot.waitUntil(lambda: fills_table(page))
    others = [i for i in shown(page) if i != title]
    assert all(header.sectionSize(title) > header.sectionSize(i) for i in others)
    assert all(
        column_fit.MIN_COLUMN_WIDTH <= header.sectionSize(i) <= column_fit.MAX_COLUMN_WIDTH
        for i in others
    )
    # every short column (a date, a status, a count) shows its text whole
    for i in others:
        need = page.fitter.content[i]
        if need <= column_fit.MAX_COLUMN_WIDTH:
            assert header.sectionSize(i) >= need
    # narrower, the others give room until the title has what it needs (or TITLE_ROOM)
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: fills_table(page) and header.sectionSize(title) < 400)
    assert header.sectionSize(title) >= column_fit.TITLE_ROOM
    assert all(header.sectionSize(i) >= header.sectionSizeHint(i) for i in others)


def test_columns_refit_when_the_window_is_resized(qtbot, window):
    window.resize(1200, 800)
    window.show_section("deliverable")
    page = window.list_page("deliverable")
    header = page.table.horizontalHeader()
    title = page.spec.title_index
    qtbot.waitUntil(lambda: fills_table(page))
    narrow = header.sectionSize(title)
    assert narrow >= column_fit.TITLE_ROOM
    window.resize(2600, 800)
    qtbot.waitUntil(lambda: fills_table(page) and header.sectionSize(title) > narrow)
    # with room enough, every other column has what its heading and text need, in bounds
    others = [i for i in shown(page) if i != title]
    assert all(header.sectionSize(i) == page.fitter.wanted[i] for i in others)
    assert all(page.fitter.wanted[i] <= column_fit.MAX_COLUMN_WIDTH for i in others)
    wide = header.sectionSize(title)
    window.resize(900, 800)
    qtbot.waitUntil(lambda: fills_table(page) and header.sectionSize(title) < wide)
    assert header.sectionSize(title) >= column_fit.MIN_TITLE_ROOM


def test_a_column_sized_by_hand_keeps_its_width(qtbot, window):
    window.resize(1300, 800)
    window.show_section("deliverable")
    page = window.list_page("deliverable")
    header = page.table.horizontalHeader()
    title = page.spec.title_index
    status = [c.key for c in page.spec.columns].index("status")
    qtbot.waitUntil(lambda: fills_table(page))
    title_before = header.sectionSize(title)
    header.resizeSection(status, header.sectionSize(status) + 90)  # as a drag does
    qtbot.waitUntil(lambda: fills_table(page))
    assert header.sectionSize(title) == title_before - 90  # the title gave the room
    wide = header.sectionSize(status)
    wider = page.table.viewport().width()
    window.resize(1150, 800)
    qtbot.waitUntil(lambda: page.table.viewport().width() < wider and fills_table(page))
    assert header.sectionSize(status) == wide  # the others gave the room
    narrow = header.sectionSize(title)
    window.resize(2200, 800)
    qtbot.waitUntil(lambda: fills_table(page) and header.sectionSize(title) > narrow)
    assert header.sectionSize(status) == wide
    page.save_layout()
    again = ListPage(window.ops, LISTS["deliverable"])
    qtbot.addWidget(again)
    assert again.fitter.user_sized == {status}
    assert again.table.horizontalHeader().sectionSize(status) == wide


def test_long_titles_show_whole_in_a_tooltip(window, demo_db):
    page = window.list_page("agreement")
    title = page.spec.title_index
    rows = [page.model.row_data(r) for r in range(page.model.rowCount())]
    longest = max(range(len(rows)), key=lambda r: len(rows[r]["title"]))
    index = page.model.index(longest, title)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == rows[longest]["title"]
    status = [c.key for c in page.spec.columns].index("status")
    assert page.model.index(0, status).data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_title_column_cannot_be_hidden(window):
    page = window.list_page("partner")
    assert page.spec.columns[page.spec.title_index].key == "name"
    assert page.table.horizontalHeader().sectionResizeMode(page.spec.title_index).name == (
        "Stretch"
    )


def test_titles_that_begin_alike_are_told_apart_in_a_narrow_column(qtbot, window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    window.resize(1000, 700)  # the two MoU titles are cut
    window.show_section("agreement")
    page = window.list_page("agreement")
    qtbot.waitUntil(lambda: fills_table(page))
    title = page.spec.title_index
    width = page.table.horizontalHeader().sectionSize(title) - 8
    delegate = page.table.itemDelegateForColumn(title)
    shown_texts = []
    for row in range(page.model.rowCount()):
        index = page.model.index(row, title)
        if not index.data().startswith("Memorandum of Understanding"):
            continue
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        metrics = page.table.fontMetrics()
        assert metrics.horizontalAdvance(option.text) > width  # too long to show whole
        shown_texts.append(metrics.elidedText(option.text, option.textElideMode, width))
    assert len(shown_texts) == 2 and shown_texts[0] != shown_texts[1], shown_texts


def test_a_date_column_holds_a_whole_date_before_any_date_is_shown(qtbot, window):
    """No agreement has a date in the demo; the columns are still wide enough for one."""
    window.resize(1280, 800)
    window.show_section("agreement")
    page = window.list_page("agreement")
    qtbot.waitUntil(lambda: fills_table(page))
    header = page.table.horizontalHeader()
    sample = page.table.fontMetrics().horizontalAdvance(display_value(date(2031, 12, 31)))
    dates = [i for i, c in enumerate(page.spec.columns) if c.date]
    assert dates and all(page.fitter.heading(i) >= sample for i in dates)  # never cut below
    for index in dates:
        if not header.isSectionHidden(index):
            assert header.sectionSize(index) >= sample, page.spec.columns[index].key
