"""A list of one entity (filters, table) beside the editor of the selected record."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
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

from .. import domain
from ..errors import DependencyError
from . import prompts
from .column_fit import ColumnFitter
from .date_widget import DateWidget
from .documents_panel import DocumentsPanel
from .entities import ListSpec
from .field_widgets import enum_items
from .labels import entity_name, field_name, message_text
from .picker import RefWidget, SearchPicker, country_items
from .record_editor import RecordEditor
from .settings import app_settings
from .table_model import MiddleElided, RecordTableModel
from .undo import UndoController
from .workers import Task

if TYPE_CHECKING:
    from ..services.changes import ChangeSet
    from .operations import Operations

FILTERS_PER_ROW = 3
SHOWN_DEPENDENTS = 10  # records named when a delete is refused; the rest are counted


class ListPage(QWidget):
    """Browse, filter and sort one entity; edit the selected record in the side panel."""

    open_requested = Signal(str, str)

    def __init__(self, ops: Operations, spec: ListSpec, parent=None) -> None:
        super().__init__(parent)
        self.ops, self.spec = ops, spec
        self.services = ops.services
        self.entity = spec.entity
        self.service = self.services.entity(spec.entity)
        self.model = RecordTableModel(self.service, spec.columns, self, title=spec.title)
        self._selecting = False
        self._stale = False  # a write landed while the page was hidden
        self.row_menu: QMenu | None = None  # the right-click menu of the rows, while open

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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: none, so no query
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(spec.title_index, MiddleElided(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.fitter = self._restore_layout()
        header.sectionResized.connect(self._save_layout_soon)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.show_row_menu)
        menu_key = QAction(self.table)
        menu_key.setShortcuts([QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")])
        menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.triggered.connect(self.show_row_menu)
        self.table.addAction(menu_key)
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
        # The panels and actions of some lists only are imported by those lists (start-up).
        if self.entity == "partner":
            from .focal_points_panel import FocalPointsPanel

            self.editor.add_panel(FocalPointsPanel(ops), self.tr("&Focal points"))
        if self.entity == "deliverable":
            from .partner_updates_panel import PartnerUpdatesPanel

            self.editor.add_panel(PartnerUpdatesPanel(ops), self.tr("&Updates"))
        if self.entity in ("partner", "agreement", "project"):
            from .related_panel import RelatedPanel

            related = RelatedPanel(ops, self.entity)
            related.open_requested.connect(self.editor.open_requested)
            self.editor.add_panel(related, self.tr("&Related"))
        self.editor.open_requested.connect(self.open_requested)
        if self.entity == "agreement":
            from .agreement_actions import AgreementActions

            self.agreement_actions = AgreementActions(self)
        if self.entity == "partner":
            from .partner_merge import PartnerMergeActions

            self.partner_merge = PartnerMergeActions(self)
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
        if spec_filter.key == "donor":
            name = self.tr("Donor")
        else:
            name = field_name(spec_filter.ref or spec_filter.key)
        if spec_filter.kind in ("ref", "country"):  # long lists: found by typing any part
            picker = (
                SearchPicker(country_items(self.services), compact=True)
                if spec_filter.kind == "country"
                else RefWidget(self.services, spec_filter.ref, compact=True)
            )
            picker.edit.setPlaceholderText(self.tr("Any {0}").format(name.lower()))
            picker.setAccessibleName(self.tr("Filter by {0}").format(name.lower()))
            picker.setMaximumWidth(240)
            picker.changed.connect(self.apply_filters)
            self.filter_widgets[spec_filter.key] = picker
            return picker
        combo = QComboBox()
        combo.addItem(self.tr("Any {0}").format(name.lower()), None)
        for value, text in self._filter_items(spec_filter):
            combo.addItem(text, value)
        combo.setAccessibleName(self.tr("Filter by {0}").format(name.lower()))
        combo.setMaximumWidth(240)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(self.apply_filters)
        self.filter_widgets[spec_filter.key] = combo
        return combo

    def _filter_items(self, spec_filter) -> list[tuple[Any, str]]:
        if spec_filter.kind == "region":  # UN M49 regions, as the reference list names them
            regions = {c["region"] for c in self.services.reference.countries()}
            return [(region, region) for region in sorted(regions - {""})]
        return enum_items(getattr(domain, spec_filter.enum))

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
            elif isinstance(widget, SearchPicker):
                if widget.value() is not None:
                    out[key] = widget.value()
            elif widget.currentData() is not None:
                out[key] = widget.currentData()
        return out

    def set_filter(self, key: str, value: Any) -> None:
        widget = self.filter_widgets[key]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, SearchPicker):
            widget.set_value(value)

    def apply_filters(self) -> None:
        """Show the records the filters give, from the top (or at the record shown, when it
        is among them)."""
        self._filter_timer.stop()
        current = self.editor.uuid
        self.model.set_query(self.search.text(), self.filters())
        self._update_count()
        self.table.scrollToTop()  # a new query: its first page, which the model has read
        self._select_uuid(current)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n record(s)", "", self.model.rowCount()))

    # ----- column layout -------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"lists/{self.entity}/header"

    def _restore_layout(self) -> ColumnFitter:
        """The column layout saved last (or the spec's on first use), kept fitting the table."""
        header = self.table.horizontalHeader()
        settings = app_settings()
        state = settings.value(self._settings_key())
        keys = [c.key for c in self.spec.columns]
        sized = settings.value(f"lists/{self.entity}/sized") or []
        user_sized = {
            keys.index(k) for k in ([sized] if isinstance(sized, str) else sized) if k in keys
        }
        if isinstance(state, QByteArray | bytes) and header.restoreState(QByteArray(state)):
            header.setSectionHidden(self.spec.title_index, False)  # the title is always shown
            fitter = ColumnFitter(
                self.table, self.spec.title_index, user_sized, self.spec.date_columns
            )
            fitter.keep_sizes()
            section = header.sortIndicatorSection()
            if 0 <= section < len(self.spec.columns):  # no page is read yet: the count holds
                self.model.sort_key = self.spec.columns[section].key
                self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            return fitter
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for index, column in enumerate(self.spec.columns):
            header.setSectionHidden(index, not column.visible)
        fitter = ColumnFitter(self.table, self.spec.title_index, set(), self.spec.date_columns)
        fitter.measure()
        fitter.fit()
        return fitter

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.follow_changes()
        self.fitter.fit_soon()  # once the table has its width

    def fit_columns(self) -> None:
        """Fit the columns shown to the table's width (the title column takes the room)."""
        self.fitter.fit()

    def _save_layout_soon(self, *_args) -> None:
        QTimer.singleShot(0, self, self.save_layout)  # not once the page is gone

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue(self._settings_key(), self.table.horizontalHeader().saveState())
        sized = [self.spec.columns[i].key for i in sorted(self.fitter.user_sized)]
        settings.setValue(f"lists/{self.entity}/sized", sized)
        settings.setValue(f"lists/{self.entity}/splitter", self.splitter.saveState())

    def _column_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for index, column in enumerate(self.spec.columns):
            action = QAction(field_name(column.key), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.setEnabled(index != self.spec.title_index)  # the title is always shown
            action.toggled.connect(lambda on, i=index: self.set_column_visible(i, on))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(pos))

    def set_column_visible(self, index: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        with self.fitter.adjusting():
            header.setSectionHidden(index, not visible)
            if visible and header.sectionSize(index) < 40:
                header.resizeSection(index, 130)
        if visible and index not in self.fitter.content:
            self.fitter.wanted.pop(index, None)  # its width as shown now
        self.fitter.fit()
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

    # ----- the rows' menu ------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """The rows selected, top to bottom."""
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def make_row_menu(self) -> QMenu:
        """What can be done with the row under the cursor (the current row) and the selection."""
        menu = QMenu(self)
        has_row = self.table.currentIndex().isValid()
        entries = [
            (self.tr("&Open"), lambda: self.edit_current(), has_row),
            (self.tr("D&uplicate"), lambda: self._on_current(self.duplicate_record), has_row),
            (self.tr("&Delete…"), lambda: self._on_current(self.delete_record), has_row),
        ]
        if self.entity == "document":
            del entries[1]
        for text, slot, enabled in entries:
            menu.addAction(text, slot).setEnabled(enabled)
        actions = getattr(self, "agreement_actions", None)
        if actions is not None:
            menu.addSeparator()
            for action in (actions.renew_action, actions.amend_action):
                menu.addAction(action)
        merge = getattr(self, "partner_merge", None)
        if merge is not None:
            menu.addSeparator()
            text = merge.merge_action.text()
            menu.addAction(text, lambda: self._on_current(merge.merge)).setEnabled(has_row)
        menu.addSeparator()
        export = menu.addAction(self.tr("E&xport selection…"), self.export_selection)
        export.setEnabled(bool(self.selected_rows()))
        return menu

    def show_row_menu(self, pos: QPoint | None = None) -> QMenu:
        """The rows' menu, at the cursor (right click) or at the current row (Menu key,
        Shift+F10)."""
        if not isinstance(pos, QPoint):
            rect = self.table.visualRect(self.table.currentIndex())
            pos = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
        if self.row_menu is not None:
            self.row_menu.close()
        self.row_menu = self.make_row_menu()
        self.row_menu.aboutToHide.connect(self.row_menu.deleteLater)
        self.row_menu.destroyed.connect(self._menu_gone)
        self.row_menu.popup(self.table.viewport().mapToGlobal(pos))
        return self.row_menu

    def _menu_gone(self) -> None:
        self.row_menu = None

    def _on_current(self, command: Callable[[], Any]) -> Any:
        """Run a command of the editor's record on the current row's record."""
        uuid = self.model.uuid_at(self.table.currentIndex().row())
        if uuid is not None and (uuid == self.editor.uuid or self.open_record(uuid)):
            return command()
        return None

    def export_selection(self) -> Any:
        """Write the selected rows to a workbook or CSV file, as the list shows them."""
        from .list_export import export_rows

        return export_rows(self, self.selected_rows())

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
