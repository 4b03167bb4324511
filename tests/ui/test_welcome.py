"""First run: the welcome dialog, its three choices and the data folder, through ui.app.run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from unccd_desktop.paths import default_database_path, user_data_dir
from unccd_desktop.services import Actor, open_services
from unccd_desktop.ui import app as app_module
from unccd_desktop.ui.main_window import MainWindow
from unccd_desktop.ui.settings import data_folder, last_database, remember_database
from unccd_desktop.ui.welcome import WelcomeDialog, is_first_run


def test_first_run_only_without_any_database(tmp_path: Path) -> None:
    assert is_first_run()
    default_database_path().parent.mkdir(parents=True)
    default_database_path().write_bytes(b"")
    assert not is_first_run()
    default_database_path().unlink()
    remember_database(str(tmp_path / "elsewhere.unccd"))
    assert not is_first_run()


def test_dialog_says_where_data_is_kept_and_changes_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert str(user_data_dir()) in dialog.folder_label.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    dialog.folder_button.click()
    assert str(tmp_path) in dialog.folder_label.text()
    assert data_folder() == tmp_path.resolve()

    dialog.empty_button.click()
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert dialog.choice.target == str(tmp_path.resolve() / "partnerships.unccd")
    assert dialog.choice.create and not dialog.choice.demo


def test_existing_file_is_opened_not_created(qtbot, tmp_path: Path, monkeypatch) -> None:
    chosen = tmp_path / "colleague.unccd"
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(chosen), ""))
    dialog.open_button.click()
    assert (dialog.choice.target, dialog.choice.create) == (str(chosen), False)


@pytest.fixture
def run_app(qapp, monkeypatch):
    """ui.app.run without its process-wide side effects leaking into other tests."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("UNCCD_QUIT_AFTER_MS", "50")
    yield app_module.run
    for widget in QApplication.topLevelWidgets():  # the window run() left open
        if isinstance(widget, MainWindow):
            widget.hide()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # A quit that arrives after run()'s event loop has returned leaves Qt's "quit now" flag
    # set, and every later local event loop (qtbot.waitSignal, waitUntil) would return at
    # once. Running the application loop once more clears it: exec() resets it on return.
    QTimer.singleShot(0, QCoreApplication.quit)
    QCoreApplication.exec()


def test_run_opens_the_demo_chosen_on_first_run(run_app, qtbot, answers) -> None:
    answers(lambda dialog: dialog.demo_button.click())
    assert run_app(None) == 0
    demo = data_folder() / "demo.unccd"
    assert last_database() == str(demo.resolve())
    services = open_services(demo, actor=Actor("tester", "test"))
    try:
        assert services.partners.count() > 10  # the COP 15 partnerships
    finally:
        services.close()
    assert not is_first_run()


def test_quitting_the_welcome_creates_nothing(run_app, answers) -> None:
    answers(lambda dialog: dialog.reject())
    assert run_app(None) == 0
    assert last_database() is None
    assert not data_folder().exists() or not any(data_folder().iterdir())


def test_make_run_with_demo_skips_the_welcome(run_app, tmp_path: Path, monkeypatch) -> None:
    def unexpected(*_args):
        raise AssertionError("the welcome dialog appeared")

    monkeypatch.setattr(app_module.welcome, "ask_first_run", unexpected)
    demo = tmp_path / "demo.unccd"
    assert run_app(str(demo), demo=True) == 0
    assert last_database() == str(demo.resolve())
