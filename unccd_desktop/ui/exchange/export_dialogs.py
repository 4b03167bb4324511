"""The export dialogs: the donor report and the partner update workbook (File menu).

The export runs on the database worker (it records what was sent), behind a progress box
with Cancel; the dialog closes when the workbook is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ...services import Services
from .. import prompts
from ..labels import error_text
from .common import exchange_text, ops_of, services_of


class _ExportDialog(QDialog):
    """Choose what to export and where; the export runs in the background on OK."""

    exported = Signal(object)  # ExportResult
    default_name = "export.xlsx"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = QFormLayout()
        self.path_edit = QLineEdit(str(Path.home() / self.default_name))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        file_row = QFormLayout()
        file_row.addRow(self.tr("Save as:"), row)
        layout.addLayout(file_row)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save workbook"),
            self.path_edit.text(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def export(self, out: Path, check: Callable[[], None]) -> Any:
        raise NotImplementedError

    def start(self) -> None:
        out = Path(self.path_edit.text().strip()).expanduser()
        try:
            self.check()
        except UserError as exc:
            prompts.warn(self, self.windowTitle(), error_text(exc))
            return
        self.buttons.setEnabled(False)
        self.task = ops_of(self.parentWidget(), self.services).write(
            self,
            lambda task: self.export(out, task.check),
            label=self.tr("Writing the workbook…"),
            modal_progress=True,
            title=self.windowTitle(),
            success=self._done,
        )
        self.task.signals.failed.connect(lambda *_args: self.buttons.setEnabled(True))

    def check(self) -> None:
        """Raise UserError when the choices are incomplete."""

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.exported.emit(result)
        self.accept()


class DonorReportDialog(_ExportDialog):
    default_name = "donor-report.xlsx"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("Export donor report"))
        self.everything = QRadioButton(self.tr("All partnerships"))
        self.by_donor = QRadioButton(self.tr("One donor:"))
        self.by_initiative = QRadioButton(self.tr("One initiative:"))
        self.everything.setChecked(True)
        self.group = QButtonGroup(self)
        for button in (self.everything, self.by_donor, self.by_initiative):
            self.group.addButton(button)
        self.donor = QComboBox()
        for uuid, label in services.partners.choices(limit=5000):
            self.donor.addItem(label, uuid)
        self.initiative = QComboBox()
        for uuid, label in services.initiatives.choices(limit=5000):
            self.initiative.addItem(label, uuid)
        self.form.addRow(self.everything)
        self.form.addRow(self.by_donor, self.donor)
        self.form.addRow(self.by_initiative, self.initiative)

    def export(self, out: Path, check: Callable[[], None]) -> Any:
        from ...excel.donor_report import export_donor_report

        donor = self.donor.currentText() if self.by_donor.isChecked() else None
        initiative = self.initiative.currentText() if self.by_initiative.isChecked() else None
        return export_donor_report(
            self.services, out, donor=donor, initiative=initiative, check=check
        )


class PartnerWorkbookDialog(_ExportDialog):
    default_name = "partner-update.xlsx"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("Export partner update workbook"))
        self.partner = QComboBox()
        self.partner.addItem(self.tr("(choose a partner)"), None)
        for uuid, label in services.partners.choices(limit=5000):
            self.partner.addItem(label, uuid)
        self.form.addRow(self.tr("Partner:"), self.partner)

    def check(self) -> None:
        if self.partner.currentData() is None:
            raise UserError(self.tr("Choose the partner whose workbook to export."))

    def export(self, out: Path, check: Callable[[], None]) -> Any:
        from ...excel.partner_workbook import export_partner_workbook

        return export_partner_workbook(self.services, self.partner.currentData(), out, check)


def _exported_message(parent: QWidget | None, result: Any) -> None:
    prompts.inform(
        parent,
        exchange_text("Workbook exported"),
        exchange_text("The workbook was saved as {0}.").format(result.path),
    )


def export_donor_report(parent: Any, services: Services | None = None) -> DonorReportDialog:
    dialog = DonorReportDialog(services_of(parent, services), parent)
    dialog.exported.connect(lambda result: _exported_message(parent, result))
    dialog.open()
    return dialog


def export_partner_workbook(parent: Any, services: Services | None = None) -> PartnerWorkbookDialog:
    dialog = PartnerWorkbookDialog(services_of(parent, services), parent)
    dialog.exported.connect(lambda result: _exported_message(parent, result))
    dialog.open()
    return dialog


export_partner_update = export_partner_workbook  # the name the main window's menu uses
