"""Fixtures for the window tests: a demo database in tmp_path and a main window on it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.demo import populate_demo
from unccd_desktop.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.unccd"
    services = open_services(path, actor=Actor("officer", "demo"), create=True)
    populate_demo(services)
    services.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Iterator[Services]:
    """A demo database in tmp_path (services.open_services + services.demo.populate_demo)."""
    path = tmp_path / "demo.unccd"
    shutil.copyfile(demo_template, path)
    services = open_services(path, actor=Actor("officer", "gui"))
    yield services
    services.close()


@pytest.fixture
def window(qtbot, demo_db: Services) -> Iterator[MainWindow]:
    win = MainWindow(demo_db)
    win.show()
    yield win
    for page in win.list_pages.values():  # closing would ask about unsaved changes
        if page.editor.is_dirty:
            page.editor.revert()
    win.close()
    win.deleteLater()


@pytest.fixture
def answer_box(qtbot) -> Iterator[Callable[..., list[str]]]:
    """Answer the next modal message box (one not answered yet) by clicking a button.

    Returns the list that receives the box's text once it has been answered.
    """
    answered: list[QMessageBox] = []
    pending: list[bool] = [True]

    def arm(button: QMessageBox.StandardButton | str | None = None) -> list[str]:
        seen: list[str] = []

        def click() -> None:
            if not pending[0]:
                return
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox) or box in answered or not box.isVisible():
                QTimer.singleShot(10, click)
                return
            answered.append(box)
            seen.append(box.text())
            if isinstance(button, str):
                target = next(b for b in box.buttons() if button in b.text())
            elif button is None:
                target = box.defaultButton() or box.buttons()[0]
            else:
                target = box.button(button)
            target.click()

        QTimer.singleShot(0, click)
        return seen

    yield arm
    pending[0] = False
