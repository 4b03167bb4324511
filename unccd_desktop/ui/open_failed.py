"""When a database cannot be opened: say why, and offer another file or the latest backup."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..storage.backup import latest_backup
from ..storage.database import Database


class OpenChoice(Enum):
    OTHER_FILE = "other"
    RESTORE = "restore"
    CLOSE = "close"


def backup_for(target: str) -> Path | None:
    """The newest backup kept beside a database file (None for servers or when there is none)."""
    if "://" in target:
        return None
    db = Database(target)
    try:
        return latest_backup(db.backups_dir)
    finally:
        db.dispose()


class OpenFailedBox(QMessageBox):
    """The reason in plain words, and what the officer can do next."""

    def __init__(self, message: str, backup: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setText(message)
        self.choice = OpenChoice.CLOSE
        self._buttons = {
            self.addButton(
                self.tr("Open another file…"), QMessageBox.ButtonRole.AcceptRole
            ): OpenChoice.OTHER_FILE
        }
        if backup is not None:
            self.setInformativeText(
                self.tr(
                    "The latest backup is {0}. Restoring it keeps the current file beside it."
                ).format(backup.name)
            )
            restore = self.addButton(
                self.tr("Restore the latest backup"), QMessageBox.ButtonRole.ActionRole
            )
            self._buttons[restore] = OpenChoice.RESTORE
        close = self.addButton(QMessageBox.StandardButton.Close)
        self._buttons[close] = OpenChoice.CLOSE
        self.setEscapeButton(close)
        self.buttonClicked.connect(lambda button: setattr(self, "choice", self._buttons[button]))


def ask_after_open_failure(message: str, target: str, parent: QWidget | None) -> OpenChoice:
    box = OpenFailedBox(message, backup_for(target), parent)
    box.exec()
    return box.choice
