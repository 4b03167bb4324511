"""The import preview: what importing a file would do, row by row, with each problem typed
and in the interface language; conflicts are resolved here before Apply. Also how an import
starts: File → Import workbook, or a spreadsheet dropped on the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...excel.columns import LAYOUTS
from ...excel.report import KEEP_DATABASE, TAKE_PARTNER, ImportReport
from ...services import Services
from .. import prompts
from ..labels import message_text
from ..text_table_model import Line, TextTableModel
from ..workers import Task
from .common import exchange_text, ops_of, problem_type, services_of

CHANGED = QColor("#fff2cc")
CONFLICT = QColor("#f8cbad")
ERROR = QColor("#f4b6b6")

CHOICE_COLUMN = 8
HEADERS = {(lay.entity, column.field): column.header for lay in LAYOUTS for column in lay.columns}
# The headers of the Field column: the value shown for "has left" is the record's "active".
FIELD_HEADERS = {**HEADERS, ("focal_point", "active"): "Active"}


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return exchange_text("yes") if value else exchange_text("no")
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
        for problem in ([report.rejected] if report.rejected else []) + report.errors:
            shown = (problem_type(problem), message_text(problem))
            self.messages.addItem(self.tr("Error ({0}): {1}").format(*shown))
        for problem in report.messages:
            shown = (problem_type(problem), message_text(problem))
            self.messages.addItem(self.tr("Warning ({0}): {1}").format(*shown))
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
            self.tr("Problem"),
            self.tr("Message"),
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
        self.buttons = QDialogButtonBox()
        # Apply made first, so that Tab reaches it first, as it stands before Cancel.
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choices: dict[tuple[int, str], QComboBox] = {}  # the visible conflict choosers
        self.lines = self._lines()
        self._apply_filter()
        self._update_buttons()

    def _lines(self) -> list[Line]:
        """One line per changed field, per problem of an error row and per unchanged row."""
        lines: list[Line] = []
        color = {"conflict": CONFLICT, "error": ERROR, "update": CHANGED, "create": CHANGED}
        for index, row in enumerate(self.report.rows):
            record = row.label or (row.id or "")
            start = [row.sheet, str(row.row), record, self.actions[row.action]]
            if row.action == "error":
                for problem in row.messages:
                    texts = [*start, exchange_text(problem.column or ""), "", "", "", ""]
                    texts += [problem_type(problem), message_text(problem)]
                    lines.append(Line(texts, ERROR, 0, (index, row, None)))
                continue
            by_column = {p.column: p for p in row.messages}
            fields: list[tuple[str, str, str, str, bool]] = []
            if row.action == "create":
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
            for field, db, exported, new, conflict in fields:
                header = FIELD_HEADERS.get((row.entity, field), field) if field else ""
                problem = by_column.get(HEADERS.get((row.entity, field))) if conflict else None
                said = (problem_type(problem), message_text(problem)) if problem else ("", "")
                texts = [*start, exchange_text(header), db, exported, new, "", *said]
                data = (index, row, field if conflict else None)
                lines.append(Line(texts, color.get(row.action), 4, data))
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
            return message_text(report.rejected)
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

    def apply(self) -> Task | None:
        """Write the import on the database worker. The dialog steps aside meanwhile (the
        progress, with Cancel, is in the window's status bar, and the officer keeps working);
        it comes back if the import is refused or cancelled, with nothing written."""
        from ...excel.importing import apply_import

        if self.blocking_reason() is not None:
            return None
        self.apply_button.setEnabled(False)
        skip = self.skip_errors.isChecked()
        services, report = self.services, self.report

        def work(task: Task) -> int:
            def on_row(done: int, total: int) -> None:
                task.check()  # a cancel raises here, inside the transaction: nothing is kept
                if done % 100 == 0:
                    task.report(done, total)

            return apply_import(services, report, skip_errors=skip, on_row=on_row)

        window = self.parentWidget()
        self.task = ops_of(window, services).write(
            window,
            work,
            initiator=self,
            label=self.tr("Importing {0}…").format(report.file_name),
            title=self.tr("Import {0}").format(report.file_name),
            success=self._applied,
            obsoletes_undo=True,
        )
        self.task.signals.failed.connect(self._back)
        self.hide()
        return self.task

    def _applied(self, batch_id: int) -> None:
        self.applied.emit(batch_id)
        self.accept()

    def _back(self, *_args: Any) -> None:
        """The import did not happen: show the preview again."""
        self._update_buttons()
        self.open()


def import_workbook(
    parent: Any, services: Services | None = None, path: str | Path | None = None
) -> None:
    """Ask for a file (unless given), preview it in the background, then show the preview."""
    services = services_of(parent, services)
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            exchange_text("Import workbook"),
            str(Path.home()),
            exchange_text("Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)"),
        )
        if not chosen:
            return
        path = chosen
    from ...excel.importing import preview_import

    def show(report: ImportReport) -> None:
        dialog = ImportPreviewDialog(services, report, parent)
        dialog.applied.connect(lambda batch: _imported(parent, batch))
        dialog.open()

    # The preview writes and rolls back (the services' own checks): on the database worker.
    ops_of(parent, services).write(
        parent,
        lambda _task: preview_import(services, Path(path)),
        label=exchange_text("Reading {0}…").format(Path(path).name),
        modal_progress=True,
        title=exchange_text("Workbook exchange"),
        success=show,
    )


def _imported(parent: Any, batch_id: int) -> None:
    """Say in the status bar that the import landed; every view follows its change set on
    its own, and the officer is not stopped by a box for work that went well."""
    text = exchange_text("The import was applied as batch {0}.").format(batch_id)
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(text, 15_000)
    else:
        prompts.inform(parent, exchange_text("Workbook exchange"), text)


class SpreadsheetDropFilter(QObject):
    """Starts an import when a file is dropped onto the watched window (where no part of it,
    such as a Documents tab, takes the file itself). Whatever its name, the import reads the
    file or says what it is instead ("a PDF, not a spreadsheet"), so no drop goes unanswered."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def spreadsheet(self, event: Any) -> str | None:
        for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
            path = url.toLocalFile()
            if path and Path(path).is_file():
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
