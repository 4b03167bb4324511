"""A list of one entity (filters, table) beside the editor of the selected record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import DependencyError
from . import prompts
from .agreement_actions import AgreementActions
from .date_widget import DateWidget
from .documents_panel import DocumentsPanel
from .entities import ListSpec
from .field_widgets import enum_items
from .focal_points_panel import FocalPointsPanel
from .labels import entity_name, field_name, message_text
from .record_editor import RecordEditor
from .settings import app_settings
from .table_model import RecordTableModel
from .undo import UndoController
from .workers import Task

if TYPE_CHECKING:
    from ..services.changes import ChangeSet
    from .operations import Operations

FILTERS_PER_ROW = 3
SHOWN_DEPENDENTS = 10  # records named when a delete is refused; the rest are counted
MIN_COLUMN_WIDTH = 60  # no column is sized or fitted narrower than this
SHORT_COLUMN_WIDTH = 120  # columns whose text needs no more are not narrowed to fit
SIZE_SAMPLE_ROWS = 40  # rows read to size the columns of a list shown for the first time


class ListPage(QWidget):
    """Browse, filter and sort one entity; edit the selected record in the side panel."""

    open_requested = Signal(str, str)

    def __init__(self, ops: Operations, spec: ListSpec, parent=None) -> None:
        super().__init__(parent)
        self.ops, self.spec = ops, spec
        self.services = ops.services
        self.entity = spec.entity
        self.service = self.services.entity(spec.entity)
        self.model = RecordTableModel(self.service, spec.columns, self)
        self._selecting = False
        self._stale = False  # a write landed while the page was hidden
        self._fit_when_shown = False  # set when no saved column layout is found
        self._content_widths: dict[int, int] = {}  # what each column's first rows need

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Filter {0}…").format(entity_name(self.entity, plural=True).lower())
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Text filter"))
        self.filter_widgets: dict[str, Any] = {}
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        filters = QVBoxLayout()
        filters.addLayout(top)
        for start in range(0, len(spec.filters), FILTERS_PER_ROW):
            row = QHBoxLayout()
            for spec_filter in spec.filters[start : start + FILTERS_PER_ROW]:
                row.addWidget(self._filter_widget(spec_filter))
            row.addStretch(1)
            filters.addLayout(row)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within
        self.table.activated.connect(self.edit_current)  # Enter, Return, double-click
        self.table.setAccessibleName(entity_name(self.entity, plural=True))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: none, so no query
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._restore_layout()
        header.sectionResized.connect(self._save_layout_soon)
        header.sectionMoved.connect(self._save_layout_soon)
        header.sortIndicatorChanged.connect(self._save_layout_soon)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("Add a new record (Ctrl+N)"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected record"))
        self.new_button.clicked.connect(self.new_record)
        self.duplicate_button.clicked.connect(self.duplicate_record)
        self.delete_button.clicked.connect(self.delete_record)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.duplicate_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        if self.entity == "document":
            self.new_button.hide()
            self.duplicate_button.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)

        self.editor = RecordEditor(ops, self.entity)
        if spec.documents and self.entity != "document":
            self.editor.add_panel(DocumentsPanel(ops, self.entity), self.tr("D&ocuments"))
        if self.entity == "partner":
            self.editor.add_panel(FocalPointsPanel(ops), self.tr("&Focal points"))
        self.editor.open_requested.connect(self.open_requested)
        if self.entity == "agreement":
            self.agreement_actions = AgreementActions(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([820, 460])
        splitter_state = app_settings().value(f"lists/{self.entity}/splitter")
        if isinstance(splitter_state, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter_state))
        self.splitter.splitterMoved.connect(self._save_layout_soon)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._filter_timer.start)
        self._update_count()
        self._update_buttons()
        ops.changed.connect(self._on_changes)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor, self.back_to_list)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ----- filters -------------------------------------------------------------------------

    def _filter_widget(self, spec_filter) -> QWidget:
        if spec_filter.kind == "flag":
            box = QCheckBox(self.tr("Overdue only"))
            box.toggled.connect(self.apply_filters)
            self.filter_widgets[spec_filter.key] = box
            return box
        if spec_filter.kind == "date_range":
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(QLabel(field_name(spec_filter.key)))
            low, high = DateWidget(), DateWidget()
            low.setAccessibleName(self.tr("{0} from").format(field_name(spec_filter.key)))
            high.setAccessibleName(self.tr("{0} until").format(field_name(spec_filter.key)))
            low.setToolTip(self.tr("From"))
            high.setToolTip(self.tr("Until"))
            row.addWidget(low)
            row.addWidget(QLabel("–"))
            row.addWidget(high)
            low.changed.connect(self.apply_filters)
            high.changed.connect(self.apply_filters)
            self.filter_widgets[spec_filter.key] = (low, high)
            return holder
        combo = QComboBox()
        name = field_name(spec_filter.key if spec_filter.kind == "enum" else spec_filter.ref)
        if spec_filter.key == "donor":
            name = self.tr("Donor")
        combo.addItem(self.tr("Any {0}").format(name.lower()), None)
        items = (
            enum_items(spec_filter.enum)
            if spec_filter.kind == "enum"
            else self.services.entity(spec_filter.ref).choices(limit=5000)
        )
        for value, text in items:
            combo.addItem(text, value)
        combo.setAccessibleName(self.tr("Filter by {0}").format(name.lower()))
        combo.setMaximumWidth(240)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(self.apply_filters)
        self.filter_widgets[spec_filter.key] = combo
        return combo

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.filter_widgets.items():
            if isinstance(widget, tuple):
                low, high = widget[0].value(), widget[1].value()
                if low or high:
                    out[key] = (low, high)
            elif isinstance(widget, QCheckBox):
                if widget.isChecked():
                    out[key] = True
            elif widget.currentData() is not None:
                out[key] = widget.currentData()
        return out

    def set_filter(self, key: str, value: Any) -> None:
        widget = self.filter_widgets[key]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        current = self.editor.uuid
        self.model.set_query(self.search.text(), self.filters())
        self._update_count()
        self._select_uuid(current)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n record(s)", "", self.model.rowCount()))

    # ----- column layout -------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"lists/{self.entity}/header"

    def _restore_layout(self) -> None:
        header = self.table.horizontalHeader()
        state = app_settings().value(self._settings_key())
        if isinstance(state, QByteArray | bytes) and header.restoreState(QByteArray(state)):
            section = header.sortIndicatorSection()
            if 0 <= section < len(self.spec.columns):
                self.model.sort_key = self.spec.columns[section].key
                self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                self.model.refresh()
            return
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._fit_when_shown = True
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        for index, column in enumerate(self.spec.columns):
            header.setSectionHidden(index, not column.visible)
            # as wide as the header and the first rows need, within bounds
            wanted = max(self.table.sizeHintForColumn(index), header.sectionSizeHint(index))
            limit = 240 if index == 0 else 150
            self._content_widths[index] = wanted + 12
            width = max(header.sectionSizeHint(index), min(wanted + 12, limit))
            header.resizeSection(index, max(MIN_COLUMN_WIDTH, width))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.follow_changes()
        if self._fit_when_shown:
            self._fit_when_shown = False
            QTimer.singleShot(0, self, self.fit_columns)  # once the table has its width

    def fit_columns(self) -> None:
        """Narrow the widest columns so that every column shown fits the table's width.

        The text of short columns (dates, statuses) and the headings stay whole where that is
        enough; failing that only the headings, and failing that MIN_COLUMN_WIDTH is kept."""
        header = self.table.horizontalHeader()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        excess = sum(header.sectionSize(i) for i in shown) - self.table.viewport().width()
        if excess <= 0:
            return

        def heading(i: int) -> int:
            return header.sectionSizeHint(i)

        def short_text(i: int) -> int:
            wanted = self._content_widths.get(i, 0)
            return max(heading(i), wanted if wanted <= SHORT_COLUMN_WIDTH else 0)

        for floor in (short_text, heading, lambda i: 0):
            slack = {i: header.sectionSize(i) - max(MIN_COLUMN_WIDTH, floor(i)) for i in shown}
            slack = {i: room for i, room in slack.items() if room > 0}
            total = sum(slack.values())
            if total >= excess:
                break
        for i, room in slack.items():  # each gives in proportion to its room, rounded up
            cut = min(room, -(-excess * room // total))
            header.resizeSection(i, header.sectionSize(i) - cut)

    def _save_layout_soon(self, *_args) -> None:
        QTimer.singleShot(0, self, self.save_layout)  # not once the page is gone

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue(self._settings_key(), self.table.horizontalHeader().saveState())
        settings.setValue(f"lists/{self.entity}/splitter", self.splitter.saveState())

    def _column_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for index, column in enumerate(self.spec.columns):
            action = QAction(field_name(column.key), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda on, i=index: self.set_column_visible(i, on))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(pos))

    def set_column_visible(self, index: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        header.setSectionHidden(index, not visible)
        if visible and header.sectionSize(index) < 40:
            header.resizeSection(index, 130)
        self.save_layout()

    # ----- selection and records -----------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        uuid = self.model.uuid_at(current.row())
        if uuid is None or uuid == self.editor.uuid:
            return
        if not self.editor.confirm_leave():
            self._selecting = True
            self.table.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._selecting = False
            return
        self.editor.load(uuid)
        self._update_buttons()

    def _select_uuid(self, uuid: str | None, near: int = 0) -> None:
        row = self.model.row_of(uuid, near) if uuid else None
        self._selecting = True
        if row is None:
            self.table.clearSelection()
        else:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        self._selecting = False

    def edit_current(self, index: QModelIndex | None = None) -> None:
        """The row activated (Enter, Return, double-click) opens in the editor, the focus in
        its first field."""
        row = (index or self.table.currentIndex()).row()
        uuid = self.model.uuid_at(row) if row >= 0 else None
        if uuid is not None and self.open_record(uuid):
            self.focus_editor()

    def focus_editor(self) -> None:
        """Put the keyboard focus in the first field of the record shown."""
        self.editor.tabs.setCurrentIndex(0)
        self.editor.focus_first_field()

    def back_to_list(self) -> None:
        """Escape in the editor: back to the row of the record shown (typing is kept)."""
        if self.editor.uuid:
            self._select_uuid(self.editor.uuid)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_record(self, uuid: str) -> bool:
        """Show one record in the editor (after offering to save the current one)."""
        if uuid != self.editor.uuid and not self.editor.confirm_leave():
            return False
        self.editor.load(uuid)
        self._select_uuid(uuid)
        self._update_buttons()
        return True

    def _update_buttons(self) -> None:
        has_record = self.editor.uuid is not None
        self.duplicate_button.setEnabled(has_record)
        self.delete_button.setEnabled(has_record)

    def new_record(self) -> None:
        if self.entity == "document" or not self.editor.confirm_leave():
            return
        self.table.clearSelection()
        self.editor.new()
        self._update_buttons()

    def duplicate_record(self) -> None:
        if self.editor.uuid is None or not self.editor.confirm_leave():
            return
        self.table.clearSelection()
        self.editor.duplicate()
        self._update_buttons()

    def delete_record(self) -> Task | None:
        record = self.editor.record
        if record is None:
            return None
        label = record.get(self.service.label_attr) or ""
        answer = prompts.ask(
            self,
            self.tr("Delete"),
            self.tr("Delete the {0} '{1}'? This cannot be undone.").format(
                entity_name(self.entity).lower(), label
            ),
        )
        if answer != prompts.Button.Yes:
            return None
        service, uuid, version = self.service, record["uuid"], record["version"]

        def refused(exc: BaseException) -> bool:
            if isinstance(exc, DependencyError):
                prompts.inform(self, self.tr("Cannot delete"), self._refusal(label, exc))
                return True
            return False

        def done(_result: object) -> None:
            if self.editor.uuid == uuid:
                self.editor.clear()
            self._update_buttons()

        return self.ops.write(
            self,
            lambda _task: service.delete(uuid, version),
            initiator=self,
            title=self.tr("Cannot delete"),
            success=done,
            failure=refused,
        )

    def _refusal(self, label: str, exc: DependencyError) -> str:
        """Why a delete was refused, naming the first records that still refer to it."""
        shown = [message_text(d) for d in exc.dependents[:SHOWN_DEPENDENTS]]
        listing = "; ".join(shown)
        more = len(exc.dependents) - len(shown)
        if more > 0:
            listing += self.tr(" and %n more", "", more)
        return self.tr(
            "'{0}' cannot be deleted because other records still refer to it: {1}. "
            "Remove or reassign those first."
        ).format(label, listing)

    def _on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """A write landed: follow it now if the page is shown, else when it is next shown.
        A record that a redo brought back is shown again when the editor stands empty."""
        if self.isVisible():
            self.follow_changes()
        else:
            self._stale = True
        created = changes.uuids(self.entity, "create")
        editor_empty = self.editor.record is None and not self.editor.is_dirty
        if isinstance(initiator, UndoController) and created and editor_empty:
            self.open_record(next(iter(created)))
            self.editor.status.setText(initiator.last_step)

    def follow_changes(self) -> None:
        """Rows changed in place keep the selection and scroll position as they are; when
        records came or went, the rows are read again and the record shown is selected."""
        top, selected = self.table.rowAt(0), self.table.currentIndex().row()
        if self.model.follow_changes():
            self._update_count()
            if self.editor.uuid and selected < 0:
                self._select_uuid(self.editor.uuid)  # a record just created
        else:
            self._after_reset(top, selected)
        self._update_buttons()

    def refresh(self) -> None:
        """Read the rows again (F5, a new sort), keeping the selection and scroll position."""
        top = self.table.rowAt(0)
        selected = self.table.currentIndex().row()
        self.model.refresh()
        self._after_reset(top, selected)

    def _after_reset(self, top: int, selected: int) -> None:
        self._update_count()
        if top > 0:
            self.table.scrollTo(
                self.model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        if self.editor.uuid:
            self._select_uuid(self.editor.uuid, max(selected, 0))
