"""The keyboard in every language: menus with mnemonics (Latin letters in Arabic and Chinese,
so that Alt+letter works whatever the keyboard layout), Tab following the reading direction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QTabBar

from tests.ui.test_i18n_screens import compiled  # noqa: F401  (the .qm files, built once)
from tests.ui.test_keyboard import check_visual_order, walk
from unccd_desktop.ui import i18n
from unccd_desktop.ui.i18n import LANGUAGES
from unccd_desktop.ui.main_window import MainWindow

LATIN_MNEMONICS = ("ar", "zh_CN")  # "文件(&F)", "ملف(&F)"


@pytest.fixture(params=list(LANGUAGES))
def language(request, qapp, compiled: Path, monkeypatch) -> Iterator[str]:  # noqa: F811
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.system())


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a plain ampersand)."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else None


def menu_problems(menu: QMenu, language: str, where: str) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        letter = mnemonic(text)
        if letter is None:
            problems.append(f"{where}: no mnemonic in {text!r}")
            continue
        if language in LATIN_MNEMONICS and not (letter.isascii() and letter.isalnum()):
            problems.append(f"{where}: {text!r} needs a Latin letter, as in 文件(&F)")
        if letter in seen:
            problems.append(f"{where}: {text!r} and {seen[letter]!r} share Alt+{letter}")
        seen[letter] = text
        if action.menu() is not None:
            problems += menu_problems(action.menu(), language, f"{where} → {text}")
    return problems


def test_every_menu_and_item_has_its_own_mnemonic(qtbot, demo_db, language):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    bar = window.menuBar()
    problems = []
    titles: dict[str, str] = {}
    for action in bar.actions():
        letter = mnemonic(action.text())
        if letter is None or (language in LATIN_MNEMONICS and not letter.isascii()):
            problems.append(f"menu bar: {action.text()!r} has no usable mnemonic")
        elif letter in titles:
            problems.append(f"menu bar: {action.text()!r} and {titles[letter]!r} share a key")
        else:
            titles[letter] = action.text()
        problems += menu_problems(action.menu(), language, action.text())
    for section in window.pages:  # Alt+letter of a menu is not also a button's on a screen
        window.go_to(section)
        page = window.stack.currentWidget()
        if hasattr(page, "editor"):
            page.table.selectRow(0)  # the editor's tabs and their buttons too
        texts = [b.text() for b in page.findChildren(QAbstractButton) if not b.isHidden()]
        for tabs in page.findChildren(QTabBar):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
        for text in texts:
            letter = mnemonic(text)
            if letter in titles:
                problems.append(f"{section}: {text!r} takes Alt+{letter} of a menu")
    assert not problems, "\n".join(problems)


@pytest.mark.qt_log_ignore("keyToAscii Unhandled key code")  # a Cyrillic key (delivered still)
def test_alt_letter_opens_a_menu(qtbot, demo_db, language):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    file_menu: QAction = window.menuBar().actions()[0]
    letter = mnemonic(file_menu.text())
    key = Qt.Key(ord(letter.upper()))
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: file_menu.menu().isVisible())
    file_menu.menu().close()


@pytest.mark.parametrize("section", ["partner", "deliverable"])
def test_tab_follows_the_reading_direction(qtbot, demo_db, language, section):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.go_to(section)
    page = window.list_page(section)
    page.search.setFocus()
    visited, left = walk(qtbot, page)
    assert left
    right_to_left = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert right_to_left == (language == "ar")
    check_visual_order([page.search, *visited], right_to_left)


@pytest.mark.parametrize("section", ["agreement", "project", "initiative"])
def test_the_editor_is_as_wide_as_its_form(qtbot, demo_db, language, section):
    """Long labels or the buttons under a table never make the form scroll sideways."""
    from PySide6.QtWidgets import QScrollArea

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.go_to(section)
    page = window.list_page(section)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.details.findChild(QScrollArea) is not None)
    scroll = page.editor.details.findChild(QScrollArea)
    qtbot.waitUntil(
        lambda: (
            scroll.widget().width() <= scroll.viewport().width()
            and not scroll.horizontalScrollBar().isVisible()
        )
    )
