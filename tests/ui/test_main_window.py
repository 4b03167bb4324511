"""Application conventions: menus, About, backup off the GUI thread, errors, documents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from unccd_desktop.errors import DatabaseError
from unccd_desktop.storage.migrations import SCHEMA_VERSION
from unccd_desktop.ui import error_handling
from unccd_desktop.ui.about import about_text
from unccd_desktop.ui.app import Application
from unccd_desktop.ui.settings import app_settings, recent_databases


def action(window, name: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def test_sidebar_has_every_section_and_import_history(window):
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [
        "Dashboard",
        "Partners",
        "Agreements",
        "Initiatives",
        "Projects",
        "Deliverables",
        "Documents",
        "Import history",
    ]
    window.show_section("imports")
    assert window.stack.currentWidget() is window.pages["imports"]


def test_about_names_version_database_schema_and_licence(demo_db):
    text = about_text(demo_db)
    expected_texts = ("0.1.0", str(demo_db.db.path), SCHEMA_VERSION, "CC BY-SA 4.0", "Python", "Qt")
    for expected in expected_texts:
        assert expected in text


def test_exchange_actions_wait_for_the_database(qtbot):
    from unccd_desktop.ui.main_window import MainWindow

    opening = MainWindow(target="/data/partnerships.unccd")
    qtbot.addWidget(opening)
    names = ("import_workbook", "export_donor_report", "export_partner_update")
    assert not any(action(opening, name).isEnabled() for name in names)


def test_exchange_actions_open_their_dialogs(window):
    from unccd_desktop.ui.exchange import DonorReportDialog, PartnerWorkbookDialog

    action(window, "export_donor_report").trigger()
    action(window, "export_partner_update").trigger()
    dialogs = [type(d) for d in window.findChildren(QDialog) if d.isVisible()]
    assert DonorReportDialog in dialogs and PartnerWorkbookDialog in dialogs


def test_back_up_now_runs_off_the_gui_thread(qtbot, window, tmp_path):
    out = tmp_path / "copy.unccd"
    window.back_up(str(out))
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    with sqlite3.connect(out) as conn:
        assert conn.execute("select count(*) from partners").fetchone()[0] > 0
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage())


def test_window_geometry_and_section_are_remembered(window):
    window.show_section("project")
    window.resize(1111, 777)
    window.save_window()
    settings = app_settings()
    assert settings.value("window/section") == "project"
    assert settings.value("window/geometry") is not None


def test_opening_a_database_replaces_the_window_and_is_remembered(qtbot, tmp_path):
    app = Application()
    target = str(tmp_path / "fresh.unccd")
    app.open(target, create=True)
    qtbot.waitUntil(lambda: app.window is not None, timeout=20_000)
    assert app.services.partners.count() == 0
    assert recent_databases()[0] == str(Path(target).resolve())
    app.window.close()
    app.close()


def test_user_errors_are_plain_messages_and_bugs_are_logged(qtbot, tmp_path, answers):
    assert error_handling.plain_message(DatabaseError("The database is locked.")) == (
        "The database is locked."
    )
    assert "disk is full" in error_handling.plain_message(OSError(28, "No space left on device"))
    assert error_handling.plain_message(KeyError("x")) is None
    log_file = error_handling.setup_logging(tmp_path / "logs")
    dialog = error_handling.ErrorDialog("Traceback: boom", log_file)
    qtbot.addWidget(dialog)
    assert dialog.details.toPlainText() == "Traceback: boom" and dialog.details.isReadOnly()
    error_handling.log.error("recorded")
    for handler in list(error_handling.log.handlers):
        handler.close()
        error_handling.log.removeHandler(handler)
    assert "recorded" in log_file.read_text()
    error_handling.excepthook(DatabaseError, DatabaseError("The database is locked."), None)
    assert answers.texts() == ["The database is locked."]
    error_handling.excepthook(KeyError, KeyError("x"), None)
    assert answers.seen[-1].kind == "dialog" and "KeyError" in answers.seen[-1].text


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():
    handler = _Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def test_documents_attach_by_drop_open_and_remove(window, demo_db, tmp_path, opened, answers, land):
    window.show_section("agreement")
    page = window.list_page("agreement")
    uuid = demo_db.agreements.rows(limit=1)[0]["uuid"]
    page.open_record(uuid)
    panel = page.editor.panels[0]
    source = tmp_path / "signed copy.pdf"
    source.write_bytes(b"%PDF-1.4 signed")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    land(window)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "signed copy.pdf"
    assert demo_db.documents.count(filters={"agreement": uuid}) == 1
    panel.table.selectRow(0)
    panel.open_selected()
    assert Path(opened.urls[0].toLocalFile()).read_bytes() == b"%PDF-1.4 signed"
    assert opened.urls[0].fileName() == "signed copy.pdf"
    answers(QMessageBox.StandardButton.Yes)
    panel.remove_selected()
    land(window)
    assert demo_db.documents.count(filters={"agreement": uuid}) == 0
    assert panel.table.rowCount() == 0


def test_closing_with_unsaved_changes_asks_first(window, demo_db, answers):
    window.show_section("partner")
    page = window.list_page("partner")
    page.open_record(demo_db.partners.rows(limit=1)[0]["uuid"])
    page.editor.widgets["acronym"].edit.setText("UNSAVED")
    answers(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert answers.seen and window.isVisible() and page.editor.is_dirty


def test_what_start_up_loaded_is_set_aside_from_the_collector(qtbot, demo_db):
    import gc

    from unccd_desktop.ui.main_window import MainWindow

    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 10_000, timeout=5_000)
