"""The Conflicts screen: the changes of this laptop the team server could not take as they
were, one row each; for the one selected, the base, this laptop's ("mine") and the server's
("theirs") values side by side, Keep mine / Take theirs, and the history on both sides."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ...services.sync.results import (
    DELETED_HERE,
    DELETED_THERE,
    DUPLICATE,
    FIELD,
    OURS,
    REFUSED,
    THEIRS,
    Conflict,
)
from .. import error_handling
from ..history_view import HistoryView
from ..labels import entity_name, error_text, field_name, message_text
from ..text_table_model import Line, TextTableModel
from ..workers import Task, start_task
from .values import ValueReader

if TYPE_CHECKING:
    from ...services.audit import HistoryEntry
    from .controller import SyncController

DIFFERENT = QColor("#f8cbad")
VALUES_MAX_HEIGHT = 320  # pixels; a record's fields scroll beyond


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def kind_text(kind: str) -> str:
    """What happened, in a few words."""
    return {
        FIELD: _tr("Changed on both sides"),
        DELETED_HERE: _tr("Deleted here, changed on the server"),
        DELETED_THERE: _tr("Changed here, deleted on the server"),
        REFUSED: _tr("Refused by the server"),
        DUPLICATE: _tr("Possible duplicate"),
    }.get(kind, kind)


def choice_texts(kind: str) -> tuple[str, str, str, str]:
    """Keep mine's and Take theirs' texts and tooltips for a kind of conflict."""
    if kind == DUPLICATE:
        return (
            _tr("&Keep mine as another record"),
            _tr("Both records stay: they are not the same partner."),
            _tr("&Take theirs: merge mine into it"),
            _tr(
                "The record made here is merged into the server's: its links and history join "
                "the server's record, and the copy made here goes."
            ),
        )
    keep_tips = {
        FIELD: _tr("This laptop's value goes to the server at the next sync."),
        DELETED_HERE: _tr("The record is deleted on the server too, at the next sync."),
        DELETED_THERE: _tr("The record goes back onto the server, with the changes made here."),
        REFUSED: _tr(
            "The change is sent again at the next sync (once what the server refused is put right)."
        ),
    }
    take_tips = {
        FIELD: _tr("The server's value is put here; the value typed here is dropped."),
        DELETED_HERE: _tr("The record comes back here as the server has it."),
        DELETED_THERE: _tr("The record is deleted here too."),
        REFUSED: _tr("The change made here is dropped; the record takes the server's values."),
    }
    return _tr("&Keep mine"), keep_tips.get(kind, ""), _tr("&Take theirs"), take_tips.get(kind, "")


class ConflictsDialog(QDialog):
    """Open conflicts, oldest first; each choice is written at once and sent at the next sync."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.services = controller.services
        self.values = ValueReader(self.services)
        self.conflicts: list[Conflict] = []
        self.task: Task | None = None  # a choice being written
        self._history_for: int | None = None  # the conflict whose server history is awaited
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 720)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = self._table(
            [
                self.tr("Record"),
                self.tr("Kind of record"),
                self.tr("Field"),
                self.tr("What happened"),
            ]
        )
        self.table.setAccessibleName(self.tr("Open conflicts"))
        self.model = self.table.model()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value_table = self._table(
            [
                self.tr("Field"),
                self.tr("Before both changes"),
                self.tr("Mine (this laptop)"),
                self.tr("Theirs (team server)"),
            ]
        )
        self.value_table.setAccessibleName(self.tr("Values on both sides"))
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.take_button = QPushButton(self.tr("&Take theirs"))
        for button in (self.keep_button, self.take_button):
            button.setAutoDefault(False)  # Enter in the list chooses nothing
        self.keep_button.clicked.connect(lambda: self.resolve(OURS))
        self.take_button.clicked.connect(lambda: self.resolve(THEIRS))
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.keep_button)
        choice_row.addWidget(self.take_button)
        choice_row.addStretch(1)

        self.laptop_history = HistoryView()
        self.laptop_history.setAccessibleName(self.tr("History on this laptop"))
        self.server_history = HistoryView()
        self.server_history.setAccessibleName(self.tr("History on the team server"))
        self.server_note = QLabel()
        self.server_note.setWordWrap(True)
        self.server_note.hide()
        histories = QSplitter(Qt.Orientation.Horizontal)
        for title, view, note in (
            (self.tr("History on this laptop"), self.laptop_history, None),
            (self.tr("History on the team server"), self.server_history, self.server_note),
        ):
            box = QGroupBox(title)
            column = QVBoxLayout(box)
            if note is not None:
                column.addWidget(note)
            column.addWidget(view)
            histories.addWidget(box)

        details = QWidget()
        details_column = QVBoxLayout(details)
        details_column.setContentsMargins(0, 0, 0, 0)
        details_column.addWidget(self.message)
        details_column.addWidget(self.value_table, 1)
        details_column.addLayout(choice_row)
        details_column.addWidget(histories, 3)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(self.table)
        parts.addWidget(details)
        parts.setStretchFactor(0, 2)
        parts.setStretchFactor(1, 5)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(parts, 1)
        layout.addWidget(buttons)
        # The order they read in: the list, the values, the choices, the histories, Close.
        order = [self.table, self.value_table, self.keep_button, self.take_button]
        order += [self.laptop_history, self.server_history, buttons]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        controller.synced.connect(self._synced)
        self.reload()
        self.table.setFocus()

    def _synced(self, _result: Any) -> None:
        self.reload()  # a sync may have brought conflicts, or settled some

    def _table(self, headers: list[str]) -> QTableView:
        table = QTableView()
        table.setModel(TextTableModel(headers, table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # ----- the list ------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        """Read the open conflicts again; select ``keep`` (or the one selected) if still open."""
        current = self.current()
        wanted = keep if keep is not None else (current.id if current else None)
        self.conflicts = self.services.sync.conflicts()
        lines = [
            Line(
                [
                    c.label or c.record,
                    entity_name(c.entity),
                    field_name(c.field) if c.field else self.tr("the whole record"),
                    kind_text(c.kind),
                ],
                data=c,
            )
            for c in self.conflicts
        ]
        self.model.set_lines(lines)
        self.table.selectionModel().currentRowChanged.connect(
            self._row_changed, Qt.ConnectionType.UniqueConnection
        )
        for column, width in enumerate((260, 130, 180)):
            self.table.setColumnWidth(column, width)
        count = len(self.conflicts)
        if count:
            self.intro.setText(
                self.tr(
                    "%n change(s) made here and on the team server differ. The server keeps "
                    "its value until you choose; your choice is sent at the next sync.",
                    "",
                    count,
                )
            )
        else:
            self.intro.setText(self.tr("No conflict waits for your choice."))
        ids = [c.id for c in self.conflicts]
        row = ids.index(wanted) if wanted in ids else 0
        if count:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.show_conflict(self.conflicts[row] if count else None)

    def current(self) -> Conflict | None:
        index = self.table.currentIndex() if self.conflicts else None
        if index is None or not index.isValid() or index.row() >= len(self.conflicts):
            return None
        return self.conflicts[index.row()]

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid() and current.row() < len(self.conflicts):
            self.show_conflict(self.conflicts[current.row()])

    # ----- the one selected ----------------------------------------------------------------

    def show_conflict(self, conflict: Conflict | None) -> None:
        busy = self.task is not None
        self.keep_button.setEnabled(conflict is not None and not busy)
        self.take_button.setEnabled(conflict is not None and not busy)
        value_model = self.value_table.model()
        if conflict is None:
            self.message.setText("")
            value_model.set_lines([])
            self.laptop_history.show_entries([])
            self.server_history.show_entries([])
            self._note("")
            self._history_for = None
            return
        keep, keep_tip, take, take_tip = choice_texts(conflict.kind)
        self.keep_button.setText(keep)
        self.keep_button.setToolTip(keep_tip)
        self.take_button.setText(take)
        self.take_button.setToolTip(take_tip)
        self.message.setText(self._sentence(conflict))
        value_model.set_lines(self._value_lines(conflict))
        self.value_table.resizeRowsToContents()
        self._fit_values()
        for column, width in enumerate((200, 260, 260)):
            self.value_table.setColumnWidth(column, width)
        self._show_histories(conflict)

    def _fit_values(self) -> None:
        """The values as tall as their lines (a field's one line, a record's dozen), the room
        left to the histories."""
        table = self.value_table
        rows = sum(table.rowHeight(row) for row in range(table.model().rowCount()))
        height = table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2
        table.setMaximumHeight(min(max(height, 60), VALUES_MAX_HEIGHT))

    def _sentence(self, conflict: Conflict) -> str:
        """What happened to the record selected, and what the server said if it refused."""
        if conflict.kind == FIELD:
            text = self.tr(
                "“{0}” was changed here and on the team server, to different values."
            ).format(field_name(conflict.field or ""))
        elif conflict.kind == DELETED_HERE:
            text = self.tr("This record was deleted here and changed on the team server.")
        elif conflict.kind == DELETED_THERE:
            text = self.tr("This record was changed here and deleted on the team server.")
        elif conflict.kind == DUPLICATE:
            text = self.tr(
                "This partner was made here with the name or acronym of a partner the team "
                "server already has."
            )
        else:
            text = self.tr("The team server did not take the change made here.")
        return f"{text} {message_text(conflict.message)}" if conflict.message else text

    def _value_lines(self, conflict: Conflict) -> list[Line]:
        """One line per field: a field conflict's field, or a whole record's fields."""
        sides = (conflict.base, conflict.ours, conflict.theirs)
        if conflict.field is not None:
            records: list[dict | None] = [{conflict.field: value} for value in sides]
            names = [conflict.field]
        else:
            records = [value if isinstance(value, dict) else None for value in sides]
            names = self.values.fields(conflict.entity, *records)
        lines = []
        for name in names:
            texts = [self._cell(conflict.entity, name, record) for record in records]
            mine, theirs = records[1], records[2]
            differs = (mine is None) != (theirs is None) or (
                mine is not None and theirs is not None and mine.get(name) != theirs.get(name)
            )
            lines.append(Line([field_name(name), *texts], DIFFERENT if differs else None, 2))
        return lines

    def _cell(self, entity: str, name: str, record: dict | None) -> str:
        if record is None:
            return self.tr("(no record)")
        return self.values.text(entity, name, record.get(name)) or "—"

    def _note(self, text: str) -> None:
        """A sentence above the server's history (reading it, or why it cannot be shown)."""
        self.server_note.setText(text)
        self.server_note.setVisible(bool(text))

    def _show_histories(self, conflict: Conflict) -> None:
        def readable(name: str, value: Any) -> str:
            return self.values.text(conflict.entity, name, value)

        try:
            entries = self.services.entity(conflict.entity).history(conflict.record)
        except UserError:
            entries = []
        self.laptop_history.show_entries(entries, readable)
        self.server_history.show_entries([])
        self._note(self.tr("Reading the history on the team server…"))
        self._history_for = conflict.id
        services, wanted = self.services, conflict.id

        def loaded(found: list[HistoryEntry]) -> None:
            if shiboken6.isValid(self) and self._history_for == wanted:
                self._note("")
                self.server_history.show_entries(found, readable)

        def failed(exc: BaseException, details: str) -> None:
            if not shiboken6.isValid(self) or self._history_for != wanted:
                return  # closed meanwhile, or another conflict selected
            if isinstance(exc, UserError):
                self._note(
                    self.tr("The history on the server cannot be shown: {0}").format(
                        error_text(exc)
                    )
                )
            else:
                self._note("")
                error_handling.report(exc, details, self)

        start_task(
            lambda _task: services.sync.server_history(conflict.entity, conflict.record),
            loaded,
            failed,
        )

    # ----- choosing ------------------------------------------------------------------------

    def resolve(self, keep: str) -> Task | None:
        """Keep mine (OURS) or take theirs (THEIRS) for the conflict selected, written at once
        through the window's write path; the next sync sends it."""
        conflict = self.current()
        if conflict is None or self.task is not None:
            return None
        services = self.services
        row = self.table.currentIndex().row()
        following = self.conflicts[row + 1].id if row + 1 < len(self.conflicts) else None

        def written(_result: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self.task = None
            self.reload(keep=following)
            self.table.setFocus()

        def refused(_exc: BaseException) -> bool:
            if shiboken6.isValid(self):
                self.task = None
                self.reload()
            return False  # said in a box, as usual

        self.task = self.controller.ops.write(
            self,
            lambda _task: services.sync.resolve(conflict.id, keep),
            initiator=self,
            title=self.tr("Sync conflicts"),
            success=written,
            failure=refused,
            obsoletes_undo=True,
        )
        self.keep_button.setEnabled(False)
        self.take_button.setEnabled(False)
        return self.task
