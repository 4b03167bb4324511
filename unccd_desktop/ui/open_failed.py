"""When a database cannot be opened: say why, and offer another file or the latest backup."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..services.maintenance import latest_backup
from . import prompts


class OpenChoice(Enum):
    OTHER_FILE = "other"
    RESTORE = "restore"
    CLOSE = "close"


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
    """Show why ``target`` did not open and return what the officer chose to do."""
    box = OpenFailedBox(message, latest_backup(target), parent)
    prompts.run_box(box)
    return box.choice
