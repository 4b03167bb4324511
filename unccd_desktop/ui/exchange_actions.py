"""File menu actions of the workbook exchange: export dialogs, import preview, import history.

The main window calls import_workbook, export_donor_report, export_partner_update and
import_history_page with itself as parent; the work runs in the thread pool (workers.run_task).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..excel.columns import LAYOUTS
from ..excel.report import KEEP_DATABASE, TAKE_PARTNER, ImportReport
from ..services import Services
from . import error_handling
from .labels import display_value, error_text
from .text_table_model import Line, TextTableModel
from .workers import Task, run_task

CHANGED = QColor("#fff2cc")
CONFLICT = QColor("#f8cbad")
ERROR = QColor("#f4b6b6")


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


def _services(parent: Any, services: Services | None) -> Services:
    return services if services is not None else parent.services


def _show_failure(parent: QWidget | None, exc: BaseException, details: str) -> None:
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, _tr("Workbook exchange"), error_text(exc))
    else:
        error_handling.report(exc, details, parent)


# ----- exports --------------------------------------------------------------------------------


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
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.buttons.setEnabled(False)
        self.task = run_task(
            self,
            self.tr("Writing the workbook…"),
            lambda task: self.export(out, task.check),
            self._done,
            self._failed,
        )
        self.task.signals.failed.connect(lambda *_args: self.buttons.setEnabled(True))

    def check(self) -> None:
        """Raise UserError when the choices are incomplete."""

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.exported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.buttons.setEnabled(True)
        _show_failure(self, exc, details)


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
        from ..excel.donor_report import export_donor_report

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
        from ..excel.partner_workbook import export_partner_workbook

        return export_partner_workbook(self.services, self.partner.currentData(), out, check)


def _exported_message(parent: QWidget | None, result: Any) -> None:
    QMessageBox.information(
        parent, _tr("Workbook exported"), _tr("The workbook was saved as {0}.").format(result.path)
    )


def export_donor_report(parent: Any, services: Services | None = None) -> DonorReportDialog:
    dialog = DonorReportDialog(_services(parent, services), parent)
    dialog.exported.connect(lambda result: _exported_message(parent, result))
    dialog.open()
    return dialog


def export_partner_workbook(parent: Any, services: Services | None = None) -> PartnerWorkbookDialog:
    dialog = PartnerWorkbookDialog(_services(parent, services), parent)
    dialog.exported.connect(lambda result: _exported_message(parent, result))
    dialog.open()
    return dialog


export_partner_update = export_partner_workbook  # the name the main window's menu uses


# ----- import ---------------------------------------------------------------------------------

CHOICE_COLUMN = 8
FIELD_HEADERS = {
    (layout.entity, column.field): column.header for layout in LAYOUTS for column in layout.columns
}
FIELD_HEADERS[("focal_point", "active")] = "Active"  # the value shown is the record's, not "left"


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return str(value)


class ImportPreviewDialog(QDialog):
    """What importing a file would do, row by row; conflicts are resolved here before Apply."""

    applied = Signal(int)  # the batch id

    def __init__(self, services: Services, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.report = services, report
        self.setWindowTitle(self.tr("Import {0}").format(report.file_name))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        summary = report.summary()
        self.summary_label = QLabel(
            self.tr(
                "{0} new, {1} updated, {2} unchanged, {3} conflicts, {4} errors. "
                "Nothing is written until you apply."
            ).format(
                summary["create"],
                summary["update"],
                summary["unchanged"],
                summary["conflict"],
                summary["error"],
            )
        )
        layout.addWidget(self.summary_label)
        self.messages = QListWidget()
        for text in ([report.rejected] if report.rejected else []) + report.errors:
            self.messages.addItem(self.tr("Error: {0}").format(text))
        for text in report.messages:
            self.messages.addItem(self.tr("Warning: {0}").format(text))
        self.messages.setMaximumHeight(100)
        self.messages.setVisible(self.messages.count() > 0)
        layout.addWidget(self.messages)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Rows with changes, conflicts or errors"), "changed")
        self.filter.addItem(self.tr("All rows"), "all")
        for action, text in (
            ("create", self.tr("New")),
            ("update", self.tr("Updated")),
            ("unchanged", self.tr("Unchanged")),
            ("conflict", self.tr("Conflicts")),
            ("error", self.tr("Errors")),
        ):
            self.filter.addItem(text, action)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        filters.addWidget(self.filter)
        filters.addStretch(1)
        self.keep_all = QPushButton(self.tr("Keep all database values"))
        self.take_all = QPushButton(self.tr("Take all file values"))
        self.keep_all.clicked.connect(lambda: self._resolve_all(KEEP_DATABASE))
        self.take_all.clicked.connect(lambda: self._resolve_all(TAKE_PARTNER))
        filters.addWidget(self.keep_all)
        filters.addWidget(self.take_all)
        layout.addLayout(filters)
        headers = [
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Record"),
            self.tr("Result"),
            self.tr("Field"),
            self.tr("Database"),
            self.tr("Exported"),
            self.tr("File"),
            self.tr("Choice"),
        ]
        self.actions = {
            "create": self.tr("new"),
            "update": self.tr("update"),
            "unchanged": self.tr("unchanged"),
            "conflict": self.tr("conflict"),
            "error": self.tr("error"),
        }
        self.model = TextTableModel(headers, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.skip_errors = QCheckBox(self.tr("Skip the rows with errors"))
        self.skip_errors.toggled.connect(self._update_buttons)
        layout.addWidget(self.skip_errors)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choices: dict[tuple[int, str], QComboBox] = {}  # the visible conflict choosers
        self.lines = self._lines()
        self._apply_filter()
        self._update_buttons()

    def _lines(self) -> list[Line]:
        """One line per changed field, per error row and per unchanged row."""
        lines: list[Line] = []
        for index, row in enumerate(self.report.rows):
            fields: list[tuple[str, str, str, str, bool]] = []
            if row.action == "error":
                fields.append(("", "", "", "; ".join(row.messages), False))
            elif row.action == "create":
                for name, value in row.values.items():
                    if name != "partner":
                        fields.append((name, "", "", _shown(value), False))
            elif row.changes or row.conflicts:
                for name, change in row.changes.items():
                    fields.append((name, _shown(change.old), "", _shown(change.new), False))
                for name, c in row.conflicts.items():
                    shown = (_shown(c.database), _shown(c.exported), _shown(c.partner))
                    fields.append((name, *shown, True))
            else:
                fields.append(("", "", "", "", False))
            color = {"conflict": CONFLICT, "error": ERROR, "update": CHANGED, "create": CHANGED}
            record = row.label or (row.id or "")
            for field, db, exported, new, conflict in fields:
                header = _tr(FIELD_HEADERS.get((row.entity, field), field)) if field else ""
                texts = [row.sheet, str(row.row), record, self.actions[row.action]]
                texts += [header, db, exported, new, ""]
                lines.append(
                    Line(
                        texts,
                        color.get(row.action),
                        0 if row.action == "error" else 4,
                        (index, row, field if conflict else None),
                    )
                )
        return lines

    def _apply_filter(self) -> None:
        wanted = self.filter.currentData()
        if wanted == "all":
            shown = self.lines
        elif wanted == "changed":
            shown = [line for line in self.lines if line.data[1].action != "unchanged"]
        else:
            shown = [line for line in self.lines if line.data[1].action == wanted]
        self.model.set_lines(shown)
        self.choices = {}
        for number, line in enumerate(shown):
            index, row, field = line.data
            if field is None:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("Choose…"), None)
            combo.addItem(self.tr("Keep database value"), KEEP_DATABASE)
            combo.addItem(self.tr("Take file value"), TAKE_PARTNER)
            combo.setCurrentIndex(combo.findData(row.conflicts[field].resolution))
            combo.currentIndexChanged.connect(
                lambda _i, r=row, f=field, c=combo: self._resolve(r, f, c.currentData())
            )
            self.table.setIndexWidget(self.model.index(number, CHOICE_COLUMN), combo)
            self.choices[(index, field)] = combo
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 280))

    def _resolve(self, row: Any, field: str, choice: str | None) -> None:
        row.conflicts[field].resolution = choice
        self._update_buttons()

    def _resolve_all(self, choice: str) -> None:
        self.report.resolve_all(choice)  # hidden rows too
        for combo in self.choices.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(choice))
            combo.blockSignals(False)
        self._update_buttons()

    def blocking_reason(self) -> str | None:
        """Why Apply is disabled, or None when it may run."""
        report = self.report
        if report.rejected:
            return report.rejected
        errors = report.summary()["error"] or report.errors
        if errors and not self.skip_errors.isChecked():
            return self.tr("Rows with errors: correct the file, or skip them.")
        if any(r.unresolved for r in report.rows):
            return self.tr("Choose a value for every conflict.")
        return None

    def _update_buttons(self) -> None:
        reason = self.blocking_reason()
        self.apply_button.setEnabled(reason is None)
        self.apply_button.setToolTip(reason or "")
        has_conflicts = self.report.summary()["conflict"] > 0
        self.keep_all.setVisible(has_conflicts)
        self.take_all.setVisible(has_conflicts)

    def apply(self) -> None:
        from ..excel.importing import apply_import

        if self.blocking_reason() is not None:
            return
        self.apply_button.setEnabled(False)
        skip = self.skip_errors.isChecked()

        def work(task: Task) -> int:
            def on_row(done: int, total: int) -> None:
                task.check()  # a cancel raises here, inside the transaction: nothing is kept
                if done % 100 == 0:
                    task.report(done, total)

            return apply_import(self.services, self.report, skip_errors=skip, on_row=on_row)

        self.task = run_task(self, self.tr("Importing…"), work, self._applied, self._failed)
        self.task.signals.failed.connect(lambda *_args: self._update_buttons())

    def _applied(self, batch_id: int) -> None:
        self.applied.emit(batch_id)
        self.accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._update_buttons()
        _show_failure(self, exc, details)


def import_workbook(
    parent: Any, services: Services | None = None, path: str | Path | None = None
) -> None:
    """Ask for a file (unless given), preview it in the background, then show the preview."""
    services = _services(parent, services)
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            _tr("Import workbook"),
            str(Path.home()),
            _tr("Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)"),
        )
        if not chosen:
            return
        path = chosen
    from ..excel.importing import preview_import

    def show(report: ImportReport) -> None:
        if task.cancel_event.is_set():
            return  # the user cancelled the reading; nothing was written
        dialog = ImportPreviewDialog(services, report, parent)
        dialog.applied.connect(lambda batch: _imported(parent, batch))
        dialog.open()

    task = run_task(
        parent,
        _tr("Reading {0}…").format(Path(path).name),
        lambda _task: preview_import(services, Path(path)),
        show,
        lambda exc, details: _show_failure(parent, exc, details),
    )


def _imported(parent: Any, batch_id: int) -> None:
    page = getattr(parent, "pages", {}).get("imports") if parent is not None else None
    if isinstance(page, ImportHistoryPage):
        page.refresh()
    for list_page in getattr(parent, "list_pages", {}).values():
        list_page.refresh()
    QMessageBox.information(
        parent, _tr("Import applied"), _tr("The import was applied as batch {0}.").format(batch_id)
    )


# ----- history --------------------------------------------------------------------------------


class ImportHistoryPage(QWidget):
    """Applied import batches, newest first, with Revert."""

    reverted = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        headers = [
            self.tr("Batch"),
            self.tr("When"),
            self.tr("Who"),
            self.tr("File"),
            self.tr("SHA-256"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
            self.tr("Errors skipped"),
            self.tr("Reverted"),
        ]
        self.model = TextTableModel(headers, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.revert_button = QPushButton(self.tr("Revert…"))
        self.revert_button.clicked.connect(lambda: self.revert_selected())
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.revert_button)
        layout.addLayout(buttons)
        self.batches: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        from ..services.exchange import batch_history

        self.batches = batch_history(self.services)
        lines = []
        for b in self.batches:
            c = b.counts
            reverted = ""
            if b.reverted_at:
                reverted = self.tr("{0} by {1}").format(display_value(b.reverted_at), b.reverted_by)
            texts = [
                str(b.id),
                display_value(b.at.astimezone()),
                b.actor,
                b.file_name,
                b.sha256[:16],
                str(c.created),
                str(c.updated),
                str(c.unchanged),
                str(c.conflicts),
                str(c.errors),
                reverted,
            ]
            lines.append(Line(texts, data=b))
        self.model.set_lines(lines)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected_batch(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        self.revert_button.setEnabled(batch is not None and batch.reverted_at is None)

    def revert_selected(self, confirm: bool = True) -> None:
        from ..services.exchange import revert_batch

        batch = self.selected_batch()
        if batch is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Revert import"),
                self.tr("Restore the values that import batch {0} ({1}) replaced?").format(
                    batch.id, batch.file_name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            revert_batch(self.services, batch.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Revert import"), error_text(exc))
            return
        self.refresh()
        self.reverted.emit(batch.id)


class SpreadsheetDropFilter(QObject):
    """Starts an import when a spreadsheet file is dropped onto the watched window."""

    SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv")

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def spreadsheet(self, event: Any) -> str | None:
        for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
            path = url.toLocalFile()
            if path.lower().endswith(self.SUFFIXES):
                return path
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self.spreadsheet(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and (path := self.spreadsheet(event)):
            event.acceptProposedAction()
            import_workbook(self.window, path=path)
            return True
        return False


def accept_spreadsheet_drops(window: QWidget) -> SpreadsheetDropFilter:
    """Let the user drop a spreadsheet onto the window to import it."""
    window.setAcceptDrops(True)
    drop_filter = SpreadsheetDropFilter(window)
    window.installEventFilter(drop_filter)
    return drop_filter


def import_history_page(window: Any) -> ImportHistoryPage:
    """The main window's "Import history" page; the window also starts accepting dropped
    spreadsheets, since this is the one call the main window makes while it is built."""
    accept_spreadsheet_drops(window)
    return ImportHistoryPage(window.services, window)
