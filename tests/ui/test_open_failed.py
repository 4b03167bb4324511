"""A database that cannot be opened: a plain message, another file, or the latest backup."""

from __future__ import annotations

import shutil
from pathlib import Path

from unccd_desktop.services import open_services
from unccd_desktop.storage.backup import backup_sqlite
from unccd_desktop.storage.database import Database
from unccd_desktop.ui.app import Application
from unccd_desktop.ui.main_window import MainWindow
from unccd_desktop.ui.open_failed import OpenChoice, OpenFailedBox


def test_box_offers_restore_only_when_a_backup_exists(qtbot, tmp_path: Path) -> None:
    without = OpenFailedBox("broken", None)
    qtbot.addWidget(without)
    assert [b.text() for b in without.buttons()].count("Restore the latest backup") == 0
    backup = tmp_path / "x.unccd"
    with_backup = OpenFailedBox("broken", backup)
    qtbot.addWidget(with_backup)
    labels = [b.text() for b in with_backup.buttons()]
    assert "Restore the latest backup" in labels
    assert "x.unccd" in with_backup.informativeText()
    restore = next(b for b in with_backup.buttons() if b.text() == "Restore the latest backup")
    restore.click()
    assert with_backup.choice is OpenChoice.RESTORE


def test_damaged_database_is_restored_from_its_latest_backup(
    qtbot, tmp_path: Path, demo_template: Path, answers
) -> None:
    target = tmp_path / "partnerships.unccd"
    shutil.copy(demo_template, target)
    services = open_services(target)
    partners = services.partners.count()
    services.close()
    backups = Database(target).backups_dir
    backup_sqlite(target, backups / "partnerships-manual.unccd")
    target.write_bytes(b"this is no longer a database")

    application = Application()
    answers("Restore the latest backup")
    application.open(str(target))
    qtbot.waitUntil(lambda: isinstance(application.window, MainWindow), timeout=20_000)
    qtbot.waitUntil(lambda: application.services is not None, timeout=20_000)
    assert "not a UNCCD Partnerships database" in answers.texts()[0]
    assert "The backup was restored" in answers.texts()[1]
    assert application.services.partners.count() == partners
    kept = [
        p
        for p in tmp_path.glob("partnerships.unccd.replaced-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert [p.read_bytes() for p in kept] == [b"this is no longer a database"]
    application.window.hide()
    application.window.deleteLater()
    application.close()


def test_a_start_on_a_damaged_file_says_so_in_the_window_then_ends(
    qtbot, tmp_path: Path, monkeypatch, answers
) -> None:
    """At start-up the window is already up: it shows why the file did not open, and closing
    the message ends the application (exit status 1) as there is nothing else to show."""
    from unccd_desktop.ui import app as app_module

    target = tmp_path / "partnerships.unccd"
    target.write_bytes(b"this is no longer a database")
    exits: list[int] = []
    monkeypatch.setattr(app_module.QCoreApplication, "exit", exits.append)
    answers("Close")
    application = Application()
    application.start(str(target))
    window = application.window
    qtbot.waitUntil(lambda: exits == [1], timeout=20_000)
    assert "not a UNCCD Partnerships database" in answers.texts()[0]
    assert "not a UNCCD Partnerships database" in window.opening_label.text()
    assert window.services is None
    window.hide()
    window.deleteLater()
