"""Child rows of a record (agreement parties, project participants, phases) as a table.

Each cell holds a field widget. The row the user works on is the one whose cell has the focus
(or had it last); the buttons and the keys act on it. For the keyboard the table is one stop:
Tab enters the current row, walks its cells and leaves the table; Ctrl+Up / Ctrl+Down go to the
row above or below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.fields import Field
from .field_base import FieldWidget
from .labels import field_name

# A widget in a cell that Tab reaches while its row is the current one; its own focus policy.
_STOP = "rowsTabStop"

ADD_KEYS = ("Ctrl+Return", "Ctrl+Enter", "Ins")
REMOVE_KEYS = ("Ctrl+Del",)
UP_KEYS = ("Alt+Up",)
DOWN_KEYS = ("Alt+Down",)
PREVIOUS_ROW_KEYS = ("Ctrl+Up",)
NEXT_ROW_KEYS = ("Ctrl+Down",)


def _shown_keys(keys: tuple[str, ...]) -> str:
    return QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


class RowsWidget(FieldWidget):
    """Child rows (agreement parties, project participants, phases): a table with a widget
    per cell, and buttons to add, remove and reorder rows."""

    def __init__(self, services: Services, fields: tuple[Field, ...], parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.fields = fields
        self.table = QTableWidget(0, len(fields))
        self.table.setHorizontalHeaderLabels([field_name(f.name) for f in fields])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The first column (a partner, a name) keeps a readable width in a narrow editor; the
        # table scrolls sideways instead of squeezing it, and the last column takes any room left.
        header.resizeSection(0, 200)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        # The cells take the focus; the table is no Tab stop of its own (the Tab order of the
        # cells starts from it, which Qt allows only from a widget that can take the focus).
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.setFixedHeight(170)
        keys_help = self.tr(
            "Tab walks the cells of the current row, then leaves the table; {0} / {1} go to "
            "the row above / below."
        ).format(_shown_keys(PREVIOUS_ROW_KEYS), _shown_keys(NEXT_ROW_KEYS))
        self.table.setToolTip(keys_help)
        self.table.setAccessibleDescription(keys_help)
        self.table.currentCellChanged.connect(self._current_changed)
        self.table.installEventFilter(self)

        self.add_button = QPushButton(self.tr("&Add row"))
        self.add_button.setToolTip(
            self.tr("Add a row below the current one ({0})").format(_shown_keys(ADD_KEYS))
        )
        # Mnemonics free in the window around (Remove's letters are all taken there).
        self.remove_button = QPushButton(self.tr("De&lete row"))
        self.remove_button.setToolTip(
            self.tr("Delete the current row ({0})").format(_shown_keys(REMOVE_KEYS))
        )
        self.up_button = QPushButton(self.tr("Move u&p"))
        self.up_button.setToolTip(
            self.tr("Move the current row up ({0})").format(_shown_keys(UP_KEYS))
        )
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(
            self.tr("Move the current row down ({0})").format(_shown_keys(DOWN_KEYS))
        )
        self.add_button.clicked.connect(self.add_below_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
            button.installEventFilter(self)  # the row keys work from the buttons too
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self._keys: dict[int, Any] = {}
        for keys, action in (
            (ADD_KEYS, self.add_below_current),
            (REMOVE_KEYS, self.remove_current),
            (UP_KEYS, lambda: self.move_current(-1)),
            (DOWN_KEYS, lambda: self.move_current(1)),
            (PREVIOUS_ROW_KEYS, lambda: self._go_to_row(-1)),
            (NEXT_ROW_KEYS, lambda: self._go_to_row(1)),
        ):
            for key in keys:
                self._keys[QKeySequence(key)[0].toCombined()] = action
        self._update_buttons()

    # ----- rows ----------------------------------------------------------------------------

    def add_row(self, item: dict[str, Any]) -> None:
        """Append a row holding ``item``."""
        self._insert(self.table.rowCount(), item)
        self._rows_changed()
        self.changed.emit()

    def add_below_current(self) -> None:
        """A new empty row below the current one (at the end when there is none), with the
        focus in its first cell."""
        current = self.table.currentRow()
        row = current + 1 if current >= 0 else self.table.rowCount()
        self._insert(row, {})
        self._rows_changed()
        self._focus_cell(row, 0)
        self.changed.emit()

    def remove_current(self) -> None:
        """Remove the current row; the focus goes to the row that takes its place (or the one
        above it when it was the last)."""
        row = self.table.currentRow()
        if row < 0:
            return
        column = max(self.table.currentColumn(), 0)
        self.table.removeRow(row)
        self._rows_changed()
        if self.table.rowCount():
            self._focus_cell(min(row, self.table.rowCount() - 1), column)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def move_current(self, step: int) -> None:
        """Move the current row up (-1) or down (1); the focus goes with it."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        column = max(self.table.currentColumn(), 0)
        rows = self.value()
        for column_index, field in enumerate(self.fields):
            self._cell(row, column_index).set_value(rows[target][field.name])
            self._cell(target, column_index).set_value(rows[row][field.name])
        self._focus_cell(target, column)
        self.changed.emit()

    def _insert(self, row: int, item: dict[str, Any]) -> None:
        from .field_widgets import make_widget

        self.table.insertRow(row)
        header = self.table.horizontalHeader()
        for column, field in enumerate(self.fields):
            widget = make_widget(self.services, field, cell=True)
            widget.set_value(item.get(field.name, field.default))
            widget.changed.connect(self.changed)
            for inner in widget.findChildren(QWidget):
                if inner.window() is not widget or inner.focusProxy() is not None:
                    continue  # a pop-up list, or the text inside a spin box
                if inner.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    inner.setProperty(_STOP, inner.focusPolicy().value)
                    inner.installEventFilter(self)
            # Qt would take the cell for a Tab stop of its own, through its focus proxy, where
            # it joined the focus chain (at the window's end): only its inner widgets are.
            widget.setFocusProxy(None)
            self.table.setCellWidget(row, column, widget)
            if column > 0:  # cell widgets do not size the columns themselves
                wanted = max(widget.sizeHint().width(), header.sectionSizeHint(column))
                header.resizeSection(column, max(header.sectionSize(column), wanted))
        self.table.resizeRowToContents(row)

    def _rows_changed(self) -> None:
        """After rows came or went: names, Tab order and buttons follow."""
        previous: QWidget = self.table
        for row in range(self.table.rowCount()):
            for column, field in enumerate(self.fields):
                cell = self._cell(row, column)
                cell.setAccessibleName(f"{field_name(field.name)} {row + 1}")
                for stop in self._stops(cell):
                    QWidget.setTabOrder(previous, stop)
                    previous = stop
        self._set_tab_row(self._tab_row())
        self._update_buttons()

    # ----- the current row and the keyboard ------------------------------------------------

    def _cell(self, row: int, column: int) -> FieldWidget:
        return self.table.cellWidget(row, column)

    @staticmethod
    def _stops(cell: QWidget | None) -> list[QWidget]:
        """The Tab stops of a cell (none while its row is being made)."""
        if cell is None:
            return []
        return [w for w in cell.findChildren(QWidget) if w.property(_STOP) is not None]

    def _cell_of(self, widget: QObject | None) -> tuple[int, int] | None:
        """(row, column) of the cell holding ``widget``, or None outside the cells."""
        viewport = self.table.viewport()
        while isinstance(widget, QWidget) and widget.parentWidget() is not viewport:
            widget = widget.parentWidget()
        if widget is None:
            return None
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                if self.table.cellWidget(row, column) is widget:
                    return row, column
        return None

    def _tab_row(self) -> int:
        if not self.table.rowCount():
            return -1
        return max(self.table.currentRow(), 0)

    def _set_tab_row(self, tab_row: int) -> None:
        """Only the cells of ``tab_row`` are Tab stops: Tab leaves the table after them."""
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                for stop in self._stops(self._cell(row, column)):
                    policy = Qt.FocusPolicy(int(stop.property(_STOP)))
                    stop.setFocusPolicy(policy if row == tab_row else Qt.FocusPolicy.ClickFocus)

    def _current_changed(self, row: int, _column: int, previous: int, _p: int) -> None:
        if row != previous:
            self._set_tab_row(self._tab_row())
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _focus_cell(self, row: int, column: int) -> None:
        column = min(column, self.table.columnCount() - 1)
        self.table.setCurrentCell(row, column)
        self.table.scrollTo(self.table.model().index(row, column))
        stops = self._stops(self._cell(row, column))
        if stops:
            stops[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to_row(self, step: int) -> None:
        row = self.table.currentRow() + step
        if 0 <= row < self.table.rowCount():
            self._focus_cell(row, max(self.table.currentColumn(), 0))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Focus given to the whole field (a problem to fix): the current row's first cell."""
        super().focusInEvent(event)
        row = self._tab_row()
        if row >= 0:
            self._focus_cell(row, 0)
        else:
            self.add_button.setFocus(event.reason())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.table:
            if kind == QEvent.Type.FocusIn and self.table.rowCount():
                self._focus_cell(self._tab_row(), max(self.table.currentColumn(), 0))
            # A key a cell left unused would move the table's current cell away from the
            # focused one: the table itself never navigates.
            tab = isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
            )
            return kind == QEvent.Type.KeyPress and not tab
        if kind == QEvent.Type.FocusIn:
            self._follow(watched)
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            action = self._keys.get(_without_keypad(event))
            if action is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self._follow(watched)  # the row typed in, whatever was clicked since
                    action()
                return True
        return super().eventFilter(watched, event)

    def _follow(self, widget: QObject) -> None:
        """Make the cell holding ``widget`` the current one."""
        cell = self._cell_of(widget)
        if cell is not None and cell != (self.table.currentRow(), self.table.currentColumn()):
            self.table.setCurrentCell(*cell)

    # ----- value ---------------------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        return [
            {
                field.name: self._cell(row, column).value()
                for column, field in enumerate(self.fields)
            }
            for row in range(self.table.rowCount())
        ]

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for item in value or []:
            self._insert(self.table.rowCount(), item)
        self._rows_changed()
        self.table.horizontalScrollBar().setValue(0)  # a record shown from its first column
        self.changed.emit()


def _without_keypad(event: QKeyEvent) -> int:
    """The key pressed, the same from the keypad (Enter, arrows) as from the main keys."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeyCombination(modifiers, Qt.Key(event.key())).toCombined()
