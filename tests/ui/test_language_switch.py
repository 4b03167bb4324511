"""Edit → Preferences → Language: the open window is shown in the new language at once, on
the same database, with what it showed, what was typed and what can be undone."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

from unccd_desktop.ui import i18n, settings
from unccd_desktop.ui.app import Application
from unccd_desktop.ui.list_page import ListPage
from unccd_desktop.ui.main_window import MainWindow
from unccd_desktop.ui.preferences import PreferencesDialog
from unccd_desktop.ui.prompts import Button
from unccd_desktop.ui.user_guide import UserGuideDialog, show_user_guide

IFRC_MOU = "Memorandum of Understanding between the Global Mechanism and the IFRC"

# What the window shows in each language: the File menu, the sidebar entry and the title
# heading of the agreements, an agreement kind, a date (Arabic: Western digits; Chinese: year
# first), and the direction of the layout.
SHOWN = {
    "en": ("&File", "Agreements", "Title", "MoU", "21/10/2021", Qt.LayoutDirection.LeftToRight),
    "fr": (
        "&Fichier",
        "Accords",
        "Titre",
        "Mémorandum d'accord",
        "21/10/2021",
        Qt.LayoutDirection.LeftToRight,
    ),
    "ar": (
        "ملف(&F)",
        "الاتفاقات",
        "العنوان",
        "مذكرة تفاهم",
        "21/10/2021",
        Qt.LayoutDirection.RightToLeft,
    ),
    "zh_CN": (
        "文件(&F)",
        "协议",
        "标题",
        "谅解备忘录",
        "2021/10/21",
        Qt.LayoutDirection.LeftToRight,
    ),
}


@pytest.fixture
def application(qtbot, qapp, tmp_path: Path, demo_template: Path) -> Iterator[Application]:
    """The application, as started by `unccd-desktop`, on a copy of the demo database."""
    assert (i18n.translations_dir() / "unccd_desktop_fr.qm").is_file(), "make translations"
    target = tmp_path / "demo.unccd"
    target.write_bytes(demo_template.read_bytes())
    i18n.install(qapp, "en")
    application = Application()
    application.start(str(target))
    qtbot.waitUntil(lambda: application.window.services is not None, timeout=20_000)
    yield application
    window = application.window
    for page in window.list_pages.values():
        page.editor.revert()
    window.close()
    window.deleteLater()
    application.close()
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.system())


def action(window: MainWindow, name: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def pick_language(application: Application, answers, code: str, *then) -> MainWindow:
    """Choose a language in Edit → Preferences and press OK, then answer ``then``; the
    window the choice was made in."""

    def pick(dialog: PreferencesDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog.accept()

    answers(pick, *then)
    window = application.window
    action(window, "preferences").trigger()
    return window


@pytest.fixture
def choose_language(qtbot, application: Application, answers) -> Callable[..., MainWindow]:
    """Pick a language as above; the window that replaced the one it was chosen in."""

    def choose(code: str, *then) -> MainWindow:
        old = pick_language(application, answers, code, *then)
        qtbot.waitUntil(lambda: application.window is not old, timeout=10_000)
        assert not old.isVisible()
        return application.window

    return choose


def shown(window: MainWindow, uuid: str) -> tuple:
    """The texts of SHOWN as the window shows them, and its layout direction."""
    page = window.list_pages["agreement"]
    keys = [column.key for column in page.spec.columns]
    row = page.model.row_of(uuid)
    assert row is not None

    def cell(key: str) -> str:
        return page.model.index(row, keys.index(key)).data()

    return (
        window.menuBar().actions()[0].text(),
        window.sidebar.item(list(window.pages).index("agreement")).text(),
        page.model.headerData(0, Qt.Orientation.Horizontal),
        cell("kind"),
        cell("signed_on"),
        window.layoutDirection(),
    )


def test_switching_language_keeps_the_place_the_typing_and_the_undo(
    qtbot, application: Application, choose_language, land
) -> None:
    window = application.window
    window.show_section("agreement")
    page = window.list_pages["agreement"]
    assert isinstance(page, ListPage)
    page.search.setText("Global Mechanism")
    page.set_filter("kind", "mou")
    page.apply_filters()
    assert page.model.rowCount() == 2
    uuid = next(
        page.model.uuid_at(row)
        for row in range(page.model.rowCount())
        if page.model.row_data(row)["title"] == IFRC_MOU
    )
    assert page.open_record(uuid)
    editor = page.editor
    editor.widgets["signed_on"].set_value(date(2021, 10, 21))  # saved before the switches
    assert editor.save() is not None
    land(window)
    assert window.services.agreements.get(uuid)["signed_on"] == date(2021, 10, 21)
    editor.widgets["notes"].set_value("Call the IFRC focal point")  # not saved
    filters, geometry = page.filters(), window.geometry()
    assert shown(window, uuid) == SHOWN["en"]

    for code in ("fr", "ar", "zh_CN", "en"):
        window = choose_language(code)
        assert settings.language() == code
        assert QApplication.layoutDirection() == SHOWN[code][-1]
        assert window.isVisible() and window.geometry() == geometry
        assert window.current_key() == "agreement"
        page = window.list_pages["agreement"]
        assert window.stack.currentWidget() is page
        assert (page.search.text(), page.filters()) == ("Global Mechanism", filters)
        assert page.model.rowCount() == 2
        assert shown(window, uuid) == SHOWN[code]
        assert page.editor.uuid == uuid
        assert page.model.uuid_at(page.table.currentIndex().row()) == uuid
        assert page.editor.widgets["notes"].value() == "Call the IFRC focal point"
        assert page.editor.is_dirty and page.editor.save_button.isEnabled()
        assert action(window, "undo").isEnabled()
        if code == "fr":  # the change to undo is named in the new language too
            assert "modification de" in action(window, "undo").text()

    page.editor.revert()  # undo waits while typing is unsaved
    undo = action(window, "undo")
    assert "signed" in undo.text().lower()
    undo.trigger()
    land(window)
    assert window.services.agreements.get(uuid)["signed_on"] is None
    assert page.editor.widgets["signed_on"].value() is None
    assert not action(window, "undo").isEnabled()


def test_a_new_record_being_typed_stays_new_and_typed(
    qtbot, application: Application, choose_language
) -> None:
    window = application.window
    window.show_section("partner")
    page = window.list_pages["partner"]
    page.new_record()
    page.editor.widgets["name"].set_value("Sahel Land Trust")
    page.editor.tabs.setCurrentIndex(page.editor.tabs.count() - 1)  # the History tab

    window = choose_language("fr")
    page = window.list_pages["partner"]
    assert window.current_key() == "partner"
    assert page.editor.record is None and page.editor.isEnabled()
    assert page.editor.widgets["name"].value() == "Sahel Land Trust"
    assert page.editor.is_dirty
    assert page.editor.tabs.currentIndex() == page.editor.tabs.count() - 1
    assert page.editor.status.text() == "Modifications non enregistrées."


def test_choosing_the_same_language_keeps_the_window(
    qtbot, application: Application, answers
) -> None:
    window = application.window

    def keep(dialog: PreferencesDialog) -> None:
        assert not [w for w in dialog.findChildren(QLabel) if "next start" in w.text()]
        dialog.accept()

    answers(keep)
    action(window, "preferences").trigger()
    qtbot.wait(50)
    assert application.window is window and window.isVisible()
    assert answers.texts() == [""]  # the dialog, and no message about a restart


def test_a_write_under_way_lands_before_the_window_changes_language(
    qtbot, application: Application, answers
) -> None:
    release = threading.Event()
    old = application.window
    old.ops.write(old, lambda _task: release.wait(10))
    pick_language(application, answers, "fr")
    qtbot.wait(200)
    assert application.window is old and old.ops.pending == 1
    assert "work under way" in old.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: application.window is not old, timeout=10_000)
    assert application.window.ops is old.ops and old.ops.pending == 0
    assert application.window.menuBar().actions()[0].text() == "&Fichier"


def test_a_field_both_changed_is_settled_before_the_language_changes(
    qtbot, application: Application, choose_language, answers, land
) -> None:
    window = application.window
    window.show_section("partner")
    page = window.list_pages["partner"]
    uuid = page.model.uuid_at(0)
    assert page.open_record(uuid)
    page.editor.widgets["notes"].set_value("Mine")
    services, version = window.services, page.editor.record["version"]
    window.ops.write(
        window, lambda _task: services.partners.update(uuid, version, {"notes": "Theirs"})
    )
    land(window)
    assert set(page.editor.conflicts) == {"notes"}

    pick_language(application, answers, "fr", Button.Cancel)  # at "Save the changes…?"
    qtbot.waitUntil(lambda: "not changed" in window.statusBar().currentMessage())
    assert application.window is window and settings.language() == ""
    assert page.editor.widgets["notes"].value() == "Mine" and page.editor.conflicts

    window = choose_language("fr", Button.Discard)
    assert settings.language() == "fr"
    page = window.list_pages["partner"]
    assert page.editor.uuid == uuid and not page.editor.is_dirty
    assert page.editor.widgets["notes"].value() == "Theirs"


def test_the_search_and_the_user_guide_open_again_in_the_new_language(
    qtbot, application: Application, choose_language
) -> None:
    window = application.window
    window.show_search().query.setText("IFRC")
    show_user_guide(window)

    window = choose_language("fr")
    assert window.search_dialog.isVisible() and window.search_dialog.query.text() == "IFRC"
    assert window.search_dialog.windowTitle() == "Rechercher"
    guides = [d for d in window.findChildren(UserGuideDialog) if d.isVisible()]
    assert len(guides) == 1
    assert "user-guide.fr.md" in guides[0].browser.source().toString()
