"""The export dialogs: the donor report and the partner update workbook (File menu).

The partner, donor or initiative is chosen with the searchable picker; the dialog remembers
the last choice and proposes a file name from it and today's date, until the user edits the
path. The workbook's language is one of the six, each named in itself: the one last chosen
for that partner or donor, else the interface's. The export runs on the database worker (it
records what was sent), behind a progress box with Cancel; the dialog closes when the
workbook is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Signal
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
from ...excel.wording import LANGUAGE_NAMES
from ...services import Services
from .. import prompts
from ..i18n import ui_language
from ..labels import error_text
from ..picker import PickerItem, SearchPicker, items_of_rows
from ..settings import app_settings
from .common import exchange_text, ops_of, services_of

FOLDER_KEY = "export/folder"
LANGUAGE_KEY = "export/language/{0}"  # the workbook language last chosen for a partner


def interface_language() -> str:
    """The workbook language of the interface's (zh for Chinese)."""
    return ui_language(QLocale()).split("_")[0]


def file_name_part(text: str) -> str:
    """Text made safe in a file name: letters, digits, dots and dashes, at most 60."""
    return re.sub(r"[^\w.]+|_+", "-", text).strip("-.")[:60].strip("-.")


def remembered(key: str, items: list[PickerItem]) -> str | None:
    """The value kept under ``key`` when it is still offered."""
    value = app_settings().value(key)
    return value if any(item.value == value for item in items) else None


class _ExportDialog(QDialog):
    """Choose what to export and where; the export runs in the background on OK."""

    exported = Signal(object)  # ExportResult
    kind = "export"  # the file name's middle part, after the partner's short name

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = QFormLayout()
        self.path_edit = QLineEdit()
        self.proposed = ""  # the path last proposed; another path is the user's and stays
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.set_language(interface_language())
        # One form, so that its labels line up: what to export (add_subject_row), then these.
        self.subject_rows = 0
        self.subject_widgets: list[QWidget] = []
        self._ordered = False  # the tab order is set once the subject rows are in
        self.form.addRow(self.tr("Language:"), self.language)
        self.form.addRow(self.tr("Save as:"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)  # the proposed file name shows whole

    def add_subject_row(self, *row: Any) -> None:
        """A row of the form above the language and the file, as QFormLayout.addRow takes."""
        self.form.insertRow(self.subject_rows, *row)
        self.subject_rows += 1
        self.subject_widgets += [part for part in row if isinstance(part, QWidget)]

    def showEvent(self, event: Any) -> None:
        """Tab goes down the form as it reads, from what to export to the file and the
        buttons, and the dialog opens on its first field (the subject rows are made last)."""
        if not self._ordered:
            self._ordered = True
            chain = [*self.subject_widgets, self.language, self.path_edit, self.browse]
            chain += self.buttons.buttons()
            for before, after in pairwise(chain):
                QWidget.setTabOrder(before, after)
            chain[0].setFocus()
        super().showEvent(event)

    def partner_picker(self, blank_text: str) -> SearchPicker:
        """A partner picker (its rows kept: the short name, acronym or else name, names the
        file)."""
        rows = self.services.pickers.records("partner")
        self.partners = {row.value: row for row in rows}
        return SearchPicker(items_of_rows("partner", rows), blank_text)

    def short_name(self, partner: str | None) -> str | None:
        row = self.partners.get(partner)
        return (row.short or row.name) if row else None

    def subject(self) -> str | None:
        """Who or what the export is about, as the start of the file name."""
        return None

    def language_code(self) -> str:
        return str(self.language.currentData())

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        self.language.setCurrentIndex(index if index >= 0 else self.language.findData("en"))

    def follow_partner_language(self, partner: str | None) -> None:
        """The language last chosen for this partner, else the interface's."""
        kept = app_settings().value(LANGUAGE_KEY.format(partner)) if partner else None
        self.set_language(str(kept) if kept else interface_language())

    def remember_partner_language(self, partner: str | None) -> None:
        if partner:
            app_settings().setValue(LANGUAGE_KEY.format(partner), self.language_code())

    def proposed_name(self) -> str:
        parts = [self.subject(), self.kind, date.today().isoformat()]
        return "-".join(file_name_part(p) for p in parts if p and file_name_part(p)) + ".xlsx"

    def propose_path(self) -> None:
        """The proposed file in the last folder used, unless the user wrote a path."""
        if self.path_edit.text() not in ("", self.proposed):
            return
        folder = app_settings().value(FOLDER_KEY)
        folder = Path(str(folder)) if folder and Path(str(folder)).is_dir() else Path.home()
        self.proposed = str(folder / self.proposed_name())
        self.path_edit.setText(self.proposed)

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
        self.remember()
        app_settings().setValue(FOLDER_KEY, str(out.parent))
        self.buttons.setEnabled(False)
        self.task = ops_of(self.parentWidget(), self.services).write(
            self,
            lambda task: self.export(out, task.check),
            label=self.progress_label(),
            modal_progress=True,
            title=self.windowTitle(),
            success=self._done,
        )
        self.task.signals.failed.connect(lambda *_args: self.buttons.setEnabled(True))

    def progress_label(self) -> str:
        """What the progress box says while the file is written."""
        return self.tr("Writing the workbook…")

    def check(self) -> None:
        """Raise UserError when the choices are incomplete."""

    def remember(self) -> None:
        """Keep the choices for the next time the dialog opens."""

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.exported.emit(result)
        self.accept()


class DonorReportDialog(_ExportDialog):
    kind = "donor-report"
    SCOPE_KEY = "export/donor_report/scope"
    DONOR_KEY = "export/donor_report/donor"
    INITIATIVE_KEY = "export/donor_report/initiative"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("Export donor report"))
        self.everything = QRadioButton(self.tr("All partnerships"))
        self.by_donor = QRadioButton(self.tr("One donor:"))
        self.by_initiative = QRadioButton(self.tr("One initiative:"))
        self.group = QButtonGroup(self)
        for button in (self.everything, self.by_donor, self.by_initiative):
            self.group.addButton(button)
        self.donor = self.partner_picker(self.tr("(choose a donor)"))
        initiatives = services.pickers.records("initiative")
        self.initiative_names = {row.value: row.name for row in initiatives}
        self.initiative = SearchPicker(
            items_of_rows("initiative", initiatives), self.tr("(choose an initiative)")
        )
        self.add_subject_row(self.everything)
        self.add_subject_row(self.by_donor, self.donor)
        self.add_subject_row(self.by_initiative, self.initiative)
        self.donor.set_value(remembered(self.DONOR_KEY, self.donor.items))
        self.initiative.set_value(remembered(self.INITIATIVE_KEY, self.initiative.items))
        scope = app_settings().value(self.SCOPE_KEY)
        if scope == "donor" and self.donor.value():
            self.by_donor.setChecked(True)
        elif scope == "initiative" and self.initiative.value():
            self.by_initiative.setChecked(True)
        else:
            self.everything.setChecked(True)
        self.follow_partner_language(self.donor.value() if self.by_donor.isChecked() else None)
        self.donor.changed.connect(lambda: self._chosen(self.donor, self.by_donor))
        self.donor.changed.connect(lambda: self.follow_partner_language(self.donor.value()))
        self.initiative.changed.connect(lambda: self._chosen(self.initiative, self.by_initiative))
        self.group.buttonToggled.connect(self.propose_path)
        self.propose_path()

    def _chosen(self, picker: SearchPicker, button: QRadioButton) -> None:
        if picker.value():
            button.setChecked(True)  # choosing a donor means a report for that donor
        self.propose_path()

    def subject(self) -> str | None:
        if self.by_donor.isChecked():
            return self.short_name(self.donor.value())
        if self.by_initiative.isChecked():
            return self.initiative_names.get(self.initiative.value())
        return None

    def check(self) -> None:
        if self.by_donor.isChecked() and not self.donor.value():
            raise UserError(self.tr("Choose the donor whose report to export."))
        if self.by_initiative.isChecked() and not self.initiative.value():
            raise UserError(self.tr("Choose the initiative whose report to export."))

    def remember(self) -> None:
        settings = app_settings()
        scope = "donor" if self.by_donor.isChecked() else "all"
        scope = "initiative" if self.by_initiative.isChecked() else scope
        settings.setValue(self.SCOPE_KEY, scope)
        if self.donor.value():
            settings.setValue(self.DONOR_KEY, self.donor.value())
        if self.initiative.value():
            settings.setValue(self.INITIATIVE_KEY, self.initiative.value())
        if self.by_donor.isChecked():
            self.remember_partner_language(self.donor.value())

    def export(self, out: Path, check: Callable[[], None]) -> Any:
        from ...excel.donor_report import export_donor_report

        donor = initiative = None
        if self.by_donor.isChecked():
            donor = self.partners[self.donor.value()].name
        elif self.by_initiative.isChecked():
            initiative = self.initiative_names[self.initiative.value()]
        return export_donor_report(
            self.services,
            out,
            donor=donor,
            initiative=initiative,
            language=self.language_code(),
            check=check,
        )


class PartnerWorkbookDialog(_ExportDialog):
    kind = "partner-update"
    PARTNER_KEY = "export/partner_workbook/partner"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("Export partner update workbook"))
        self.partner = self.partner_picker(self.tr("(choose a partner)"))
        self.add_subject_row(self.tr("Partner:"), self.partner)
        self.partner.set_value(remembered(self.PARTNER_KEY, self.partner.items))
        self.follow_partner_language(self.partner.value())
        self.partner.changed.connect(self.propose_path)
        self.partner.changed.connect(lambda: self.follow_partner_language(self.partner.value()))
        self.propose_path()

    def subject(self) -> str | None:
        return self.short_name(self.partner.value())

    def check(self) -> None:
        if self.partner.value() is None:
            raise UserError(self.tr("Choose the partner whose workbook to export."))

    def remember(self) -> None:
        app_settings().setValue(self.PARTNER_KEY, self.partner.value())
        self.remember_partner_language(self.partner.value())

    def export(self, out: Path, check: Callable[[], None]) -> Any:
        from ...excel.partner_workbook import export_partner_workbook

        return export_partner_workbook(
            self.services, self.partner.value(), out, check, language=self.language_code()
        )


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
