"""File → Export calendar: reminder dates as an .ics file for Outlook, Thunderbird and others.

The file is written in the background (the export only reads the database); the status bar
of the window says where it went.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..services import Services
from . import error_handling, prompts
from .labels import error_text
from .picker import SearchPicker, items_of_rows
from .workers import Task, run_task

HORIZONS = (7, 30, 90, 365, None)  # days ahead; None: every date from today on


def suggested_path(today: date | None = None) -> Path:
    """unccd-reminders-YYYY-MM-DD.ics in the user's documents folder (else the home folder)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"unccd-reminders-{(today or date.today()).isoformat()}.ics"
    return Path(folder or Path.home()) / name


class CalendarExportDialog(QDialog):
    """Choose a partner (none: all), how far ahead, and the file; OK writes it."""

    written = Signal(object)  # services.calendar.CalendarResult

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Export calendar"))
        intro = QLabel(
            self.tr(
                "Renewal notice and expiry dates of signed and active agreements, and due dates "
                "of open deliverables, as all-day events for Outlook, Thunderbird or any "
                "calendar. Importing a newer file again updates the events it had added."
            )
        )
        intro.setWordWrap(True)
        rows = services.pickers.records("partner")
        self.partner = SearchPicker(items_of_rows("partner", rows), self.tr("All partners"))
        self.horizon = QComboBox()
        for days in HORIZONS:
            text = self.tr("Every date from today on") if days is None else self._days_text(days)
            self.horizon.addItem(text, days)
        self.horizon.setCurrentIndex(len(HORIZONS) - 1)
        self.path_edit = QLineEdit(str(suggested_path()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Partner:"), self.partner)
        form.addRow(self.tr("Dates:"), self.horizon)
        form.addRow(self.tr("Save as:"), file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _days_text(self, days: int) -> str:
        return self.tr("The next %n day(s)", "", days)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save calendar"), self.path_edit.text(), self.tr("iCalendar (*.ics)")
        )
        if path:
            self.path_edit.setText(path if Path(path).suffix else path + ".ics")

    def start(self) -> Task | None:
        """Write the file in the background; the dialog closes when it is written."""
        text = self.path_edit.text().strip()
        if not text:
            prompts.warn(self, self.windowTitle(), self.tr("Choose the file to write."))
            return None
        out = Path(text).expanduser()
        if not out.suffix:
            out = out.with_suffix(".ics")
        partner, days = self.partner.value(), self.horizon.currentData()
        services = self.services

        def work(_task: Task) -> Any:
            from ..services.calendar import write_calendar

            return write_calendar(services, out, partner=partner, days=days)

        self.buttons.setEnabled(False)
        self.task = run_task(
            self, self.tr("Writing the calendar…"), work, self._done, self._failed, False
        )
        return self.task

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.written.emit(result)
        self.accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserError):
            prompts.warn(self, self.windowTitle(), error_text(exc))
        else:
            error_handling.report(exc, details, self)


def written_text(result: Any) -> str:
    """What the status bar says once the file is written."""
    count = result.events  # a plain name: lupdate takes no attribute as a plural's count
    text = QCoreApplication.translate(
        "CalendarExportDialog", "%n reminder date(s) written to {0}", "", count
    )
    return text.format(result.path)


def export_calendar(window: QMainWindow) -> CalendarExportDialog:
    """Open the dialog over the window; its status bar says where the file was written."""
    dialog = CalendarExportDialog(window.services, window)
    dialog.written.connect(
        lambda result: window.statusBar().showMessage(written_text(result), 15000)
    )
    dialog.open()
    return dialog
