"""Fixtures for the window tests: a demo database in tmp_path and a main window on it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.demo import populate_demo
from unccd_desktop.ui.main_window import MainWindow
from unccd_desktop.ui.operations import Operations
from unccd_desktop.ui.prompts import Prompt, answering


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


def _discard_unsaved_edits(win: MainWindow) -> None:
    """Revert every changed editor: closing the window would otherwise ask about them."""
    for page in win.list_pages.values():
        if page.editor.is_dirty:
            page.editor.revert()


@pytest.fixture
def window(qtbot, demo_db: Services) -> MainWindow:
    """The main window on the demo database, shown; pytest-qt closes it after the test."""
    win = MainWindow(demo_db)
    qtbot.addWidget(win, before_close_func=_discard_unsaved_edits)
    win.show()
    return win


class Answers:
    """Stands in for the user at every prompt (ui/prompts.py): answers from a queue, else
    the prompt's default; every prompt shown is kept in ``seen``."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton | str | Callable[[QDialog], None]] = []
        self.seen: list[Prompt] = []

    def __call__(
        self, *answers: QMessageBox.StandardButton | str | Callable[[QDialog], None]
    ) -> list[Prompt]:
        """Queue answers for the next prompts (a button, a button's text, or for a dialog of
        its own kind a function that works it); returns the list of prompts seen."""
        self.queue.extend(answers)
        return self.seen

    def respond(self, prompt: Prompt) -> QMessageBox.StandardButton | str | None:
        self.seen.append(prompt)
        if not self.queue:
            return prompt.default
        wanted = self.queue.pop(0)
        if callable(wanted) and prompt.dialog is not None:
            wanted(prompt.dialog)
            return None
        if isinstance(wanted, str):  # a button's text, or part of it
            return next(b for b in prompt.buttons if isinstance(b, str) and wanted in b)
        return wanted

    def texts(self) -> list[str]:
        return [p.text for p in self.seen]


@pytest.fixture(autouse=True)
def answers() -> Iterator[Answers]:
    """No modal box is ever shown in a test: prompts are answered here."""
    responder = Answers()
    with answering(responder.respond):
        yield responder


@pytest.fixture
def land(qtbot) -> Callable[[MainWindow | Operations | None], None]:
    """Wait until every queued write has landed and its change set was broadcast."""

    def wait(where: MainWindow | Operations | None) -> None:
        ops = where.ops if isinstance(where, MainWindow) else where
        qtbot.waitUntil(lambda: ops.pending == 0, timeout=20_000)

    return wait
