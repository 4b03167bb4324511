"""Lists: every section opens on the demo database; sorting, filtering and paging in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from unccd_desktop.domain import DeliverableStatus
from unccd_desktop.ui import column_fit, table_model
from unccd_desktop.ui.entities import LISTS
from unccd_desktop.ui.labels import SIDEBAR
from unccd_desktop.ui.list_page import ListPage


@pytest.mark.parametrize("entity", SIDEBAR)
def test_each_list_opens_with_the_database_rows(window, demo_db, entity, tmp_path):
    if entity == "document":
        (tmp_path / "minutes.txt").write_text("minutes")
        owner = demo_db.agreements.rows(limit=1)[0]["uuid"]
        demo_db.documents.attach("agreement", owner, tmp_path / "minutes.txt")
        window.list_page(entity).refresh()
    window.show_section(entity)
    page = window.list_page(entity)
    assert window.stack.currentWidget() is page
    service = demo_db.entity(entity)
    assert page.model.rowCount() == service.count() > 0
    first = service.rows(limit=1)[0]
    assert page.model.uuid_at(0) == first["uuid"]
    shown = page.model.index(0, 0).data()
    assert shown == str(first[LISTS[entity].columns[0].key])


def test_sorting_by_a_column_is_done_by_the_database(window, demo_db):
    page = window.list_page("deliverable")
    column = [c.key for c in page.spec.columns].index("due_on")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    expected = demo_db.deliverables.rows(sort="due_on", descending=True, limit=3)
    assert [page.model.uuid_at(r) for r in range(3)] == [r["uuid"] for r in expected]


def test_text_and_column_filters_narrow_the_list(window, demo_db, qtbot):
    page = window.list_page("deliverable")
    page.search.setText("gender")
    qtbot.waitUntil(lambda: page.model.text == "gender")
    assert page.model.rowCount() == demo_db.deliverables.count("gender") > 0
    page.set_filter("status", DeliverableStatus.IN_PROGRESS.value)
    filters = {"status": "in_progress"}
    assert 0 < page.model.rowCount() == demo_db.deliverables.count("gender", filters)
    assert page.model.rowCount() < demo_db.deliverables.count("gender")
    assert "record" in page.count_label.text()


def test_overdue_rows_are_marked_in_colour(window, demo_db):
    page = window.list_page("deliverable")
    page.set_filter("overdue", True)
    assert page.model.rowCount() == demo_db.deliverables.count(filters={"overdue": True}) > 0
    column = [c.key for c in page.spec.columns].index("due_on")
    brush = page.model.index(0, column).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == table_model.OVERDUE_COLOUR


def test_only_the_pages_shown_are_fetched(demo_db, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 10)
    model = table_model.RecordTableModel(demo_db.deliverables, LISTS["deliverable"].columns)
    assert model.rowCount() == demo_db.deliverables.count() > 30
    assert model.cached_pages() == 0
    last = model.rowCount() - 1
    assert model.uuid_at(last) == demo_db.deliverables.rows(offset=last, limit=1)[0]["uuid"]
    assert model.cached_pages() == 1
    model.uuid_at(0)
    assert model.cached_pages() == 2


def test_column_layout_is_remembered_per_list(qtbot, window, demo_db):
    page = window.list_page("partner")
    page.set_column_visible(1, False)
    page.table.horizontalHeader().resizeSection(2, 333)
    page.save_layout()
    again = ListPage(window.ops, LISTS["partner"])
    qtbot.addWidget(again)
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(1)
    assert header.sectionSize(2) == 333
    other = ListPage(window.ops, LISTS["agreement"])
    qtbot.addWidget(other)
    assert not other.table.horizontalHeader().isSectionHidden(1)


@pytest.mark.parametrize("sort", [None, "due_on", "title", "responsible_partner_name"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_read_from_the_end_match_the_order_from_the_start(
    demo_db, monkeypatch, sort, descending
):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 7)
    model = table_model.RecordTableModel(demo_db.deliverables, LISTS["deliverable"].columns)
    model.sort_key, model.descending = sort, descending
    model.refresh()
    shown = [model.uuid_at(row) for row in range(model.rowCount())]
    expected = demo_db.deliverables.rows(sort=sort, descending=descending)
    assert shown == [r["uuid"] for r in expected]


@pytest.mark.parametrize("entity", SIDEBAR)
def test_a_list_shown_first_fits_its_columns_to_the_table(qtbot, window, entity):
    """Without a saved layout every column shown by default is on screen, none cut off."""
    window.resize(1280, 800)
    window.show()
    window.show_section(entity)
    page = window.list_page(entity)
    header = page.table.horizontalHeader()
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    qtbot.waitUntil(
        lambda: sum(header.sectionSize(i) for i in shown) <= page.table.viewport().width()
    )
    assert all(header.sectionSize(i) >= column_fit.MIN_COLUMN_WIDTH for i in shown)


def test_after_a_write_only_the_pages_used_last_are_read_again(demo_db, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 10)
    model = table_model.RecordTableModel(demo_db.deliverables, LISTS["deliverable"].columns)
    for row in range(0, model.rowCount(), 10):
        model.uuid_at(row)
    assert model.cached_pages() > table_model.FOLLOWED_PAGES
    last = model.rowCount() - 1
    uuid = model.uuid_at(last)
    record = demo_db.deliverables.get(uuid)
    demo_db.deliverables.update(uuid, record["version"], {"progress_percent": 42})
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    assert model.follow_changes()  # same rows in the same places: updated in place
    assert model.cached_pages() == table_model.FOLLOWED_PAGES
    assert changed == [last] and model.row_data(last)["progress_percent"] == 42


def test_a_new_filter_shows_its_records_from_the_top(window, qtbot):
    window.resize(1280, 500)  # fewer rows shown than the partners
    window.show_section("partner")
    page = window.list_page("partner")
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.table.rowAt(0) > 0)
    page.search.setText("o")  # most partners still match
    page.apply_filters()
    assert page.model.rowCount() > 20
    assert page.table.rowAt(0) == 0
    assert page.model.cached_pages() == 1  # the first page, read with the count
