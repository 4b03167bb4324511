"""While the database opens, the list left open last shows its first rows (read only), as the
real list shows them; the real list takes its place once the database is open."""

from __future__ import annotations

from PySide6.QtCore import Qt

from unccd_desktop.services import Actor, open_services
from unccd_desktop.ui.app import Application
from unccd_desktop.ui.list_preview import ListPreview, read_preview
from unccd_desktop.ui.main_window import MainWindow


def texts(model, rows: int) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(rows)
    ]


def test_the_preview_shows_the_rows_the_list_shows(qtbot, demo_db, land) -> None:
    path = demo_db.db.path
    first = MainWindow(demo_db)
    qtbot.addWidget(first)
    first.show()
    first.show_section("deliverable")
    page = first.list_page("deliverable")
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # due date, latest first
    shown = texts(page.model, 10)
    first.save_window()  # as when the window closes: the list's query is kept

    rows, count = read_preview(str(path), "deliverable")
    assert count == page.model.rowCount()
    window = MainWindow(target=str(path))
    qtbot.addWidget(window)
    window.show()
    window.show_preview("deliverable", rows, count)
    preview = window.stack.currentWidget()
    assert isinstance(preview, ListPreview)
    assert texts(preview.model, 10) == shown  # labels, dates and order as in the list
    assert preview.table.focusPolicy() == Qt.FocusPolicy.NoFocus

    window.attach(open_services(path, actor=Actor("officer", "gui")))
    assert window.preview is None and not preview.isVisible()
    assert window.stack.currentWidget() is window.list_page("deliverable")
    window.services.close()


def test_no_preview_without_a_kept_query_or_for_the_dashboard(demo_db) -> None:
    path = str(demo_db.db.path)
    assert read_preview(path, "deliverable") is None  # never closed on a list
    assert read_preview(path, "dashboard") is None
    assert read_preview("postgresql://server/db", "deliverable") is None


def test_the_application_replaces_the_preview_by_the_list(qtbot, demo_db) -> None:
    path = demo_db.db.path
    first = MainWindow(demo_db)
    qtbot.addWidget(first)
    first.show_section("partner")
    first.list_page("partner")
    first.save_window()
    demo_db.close()

    application = Application()
    application.start(str(path))
    window = application.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.services is not None, timeout=20_000)
    assert window.preview is None
    assert window.stack.currentWidget() is window.list_page("partner")
    application.close()
