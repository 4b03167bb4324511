"""One editing widget per kind of field, all with value(), set_value() and a changed signal."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.fields import Field
from .labels import date_pattern, enum_text, field_name

NO_DATE = QDate(1900, 1, 1)


class FieldWidget(QWidget):
    """Base: a widget editing one value."""

    changed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def _wrap(self, inner: QWidget) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(inner)
        self.setFocusProxy(inner)


class TextWidget(FieldWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self._wrap(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)


class DecimalWidget(TextWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        validator = QDoubleValidator(0, 1e15, 2, self.edit)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.edit.setValidator(validator)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else format(value, "f"))


class LongTextWidget(FieldWidget):
    def __init__(self, lines: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self._wrap(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> Any:
        text = self.edit.toPlainText()
        if self.lines:
            return [line.strip() for line in text.splitlines() if line.strip()]
        return text

    def set_value(self, value: Any) -> None:
        if self.lines:
            value = "\n".join(value or [])
        self.edit.setPlainText(value or "")


class IntWidget(FieldWidget):
    """A spin box; one below the minimum stands for 'no value'."""

    def __init__(self, field: Field, parent=None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox()
        low = field.minimum if field.minimum is not None else 0
        self.none_value = low - 1
        self.spin.setRange(self.none_value, field.maximum if field.maximum is not None else 10**9)
        self.spin.setSpecialValueText(self.tr("none"))
        if field.name == "progress_percent":
            self.spin.setSuffix(" %")
        self._wrap(self.spin)
        self.spin.valueChanged.connect(self.changed)

    def value(self) -> int | None:
        number = self.spin.value()
        return None if number == self.none_value else number

    def set_value(self, value: Any) -> None:
        self.spin.setValue(self.none_value if value is None else int(value))


class DateWidget(FieldWidget):
    """A date with a calendar, and a button to leave it empty."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_pattern())
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("no date"))
        self.edit.setDate(NO_DATE)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("No date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        self.changed.emit()

    def value(self) -> date | None:
        picked = self.edit.date()
        return None if picked == NO_DATE else picked.toPython()

    def set_value(self, value: Any) -> None:
        self.edit.setDate(NO_DATE if value is None else QDate(value))


class ChoiceWidget(FieldWidget):
    """A combo box of (value, text) pairs; typing finds an entry anywhere in its text."""

    def __init__(
        self, items: list[tuple[Any, str]], blank: bool, parent=None, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(8 if compact else 16)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._wrap(self.combo)
        self.blank = blank
        self.set_items(items)
        self.combo.currentIndexChanged.connect(self.changed)

    def set_items(self, items: list[tuple[Any, str]]) -> None:
        with QSignalBlocker(self.combo):
            current = self.value() if self.combo.count() else None
            self.combo.clear()
            if self.blank:
                self.combo.addItem("", None)
            for value, text in items:
                self.combo.addItem(text, value)
            if len(items) > 15:
                self.combo.setEditable(True)
                self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                completer = QCompleter(self.combo.model(), self.combo)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                self.combo.setCompleter(completer)
            self.set_value(current)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        if isinstance(value, enum.Enum):
            value = value.value
        index = self.combo.findData(value)
        if index < 0 and value not in (None, ""):
            self.combo.addItem(str(value), value)  # a value no longer offered stays visible
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))
        if self.combo.isEditable():
            self.combo.lineEdit().setCursorPosition(0)


class RefWidget(ChoiceWidget):
    """A record picker, with a button that opens the chosen record."""

    open_requested = Signal(str, str)  # entity, uuid

    def __init__(self, services: Services, entity: str, parent=None, compact: bool = False) -> None:
        self.entity = entity
        items = services.entity(entity).choices(limit=5000)
        super().__init__(items, blank=True, parent=parent, compact=compact)
        self.open_button = QToolButton()
        self.open_button.setText("→")
        self.open_button.setToolTip(self.tr("Open this record"))
        self.open_button.setAccessibleName(self.tr("Open the linked record"))
        self.open_button.setAutoRaise(True)
        self.layout().addWidget(self.open_button)
        self.open_button.clicked.connect(self._open)
        self.changed.connect(lambda: self.open_button.setEnabled(bool(self.value())))
        self.open_button.setEnabled(bool(self.value()))
        self.open_button.setVisible(not compact)

    def _open(self) -> None:
        if self.value():
            self.open_requested.emit(self.entity, self.value())


class BoolWidget(FieldWidget):
    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self._wrap(self.check)
        self.check.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        self.check.setChecked(bool(value))


class CheckListWidget(FieldWidget):
    """Multi-select: a filter box over a list of checkable entries."""

    def __init__(self, items: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(mid);")
        self.list = QListWidget()
        self.list.setFixedHeight(self.fontMetrics().lineSpacing() * 7)
        for value, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._on_item_changed)
        self._update_summary()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = item.checkState() == Qt.CheckState.Checked
            item.setHidden(bool(needle) and needle not in item.text().lower() and not checked)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%n selected", "", len(self.value())))

    def value(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        with QSignalBlocker(self.list):
            for row in range(self.list.count()):
                item = self.list.item(row)
                state = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        # checked entries first, so a selection is visible without scrolling
        self.list.sortItems()
        checked = [
            self.list.takeItem(row)
            for row in reversed(range(self.list.count()))
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        for item in checked:
            self.list.insertItem(0, item)
        self._update_summary()
        self._filter(self.filter.text())
        self.changed.emit()


class RowsWidget(FieldWidget):
    """Child rows (agreement parties, project participants, phases): a table with a widget
    per cell, and buttons to add and remove rows."""

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
        self.table.setFixedHeight(170)
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def add_row(self, item: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, field in enumerate(self.fields):
            widget = make_widget(self.services, field, cell=True)
            value = item.get(field.name, field.default)
            widget.set_value(value)
            widget.changed.connect(self.changed)
            widget.setAccessibleName(f"{field_name(field.name)} {row + 1}")
            self.table.setCellWidget(row, column, widget)
            if column > 0:  # cell widgets do not size the columns themselves
                header = self.table.horizontalHeader()
                wanted = max(widget.sizeHint().width(), header.sectionSizeHint(column))
                header.resizeSection(column, max(header.sectionSize(column), wanted))
        self.table.resizeRowsToContents()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            item = {}
            for column, field in enumerate(self.fields):
                widget = self.table.cellWidget(row, column)
                item[field.name] = widget.value()
            out.append(item)
        return out

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for item in value or []:
            self.add_row(item)
        self.changed.emit()


def enum_items(field_enum: type[enum.Enum]) -> list[tuple[str, str]]:
    return [(member.value, enum_text(member)) for member in field_enum]


def make_widget(services: Services, field: Field, cell: bool = False) -> FieldWidget:
    """The widget that edits one field."""
    kind = field.kind
    if kind in ("str", "url", "email"):
        return TextWidget()
    if kind == "decimal":
        return DecimalWidget()
    if kind in ("text", "lines"):
        return LongTextWidget(lines=kind == "lines")
    if kind == "int":
        return IntWidget(field)
    if kind == "date":
        return DateWidget()
    if kind == "bool":
        return BoolWidget("" if cell else field_name(field.name))
    if kind == "enum":
        return ChoiceWidget(enum_items(field.enum), blank=not field.required, compact=cell)
    if kind == "currency":
        items = sorted(services.reference.currencies().items())
        return ChoiceWidget([(code, f"{code} — {name}") for code, name in items], blank=True)
    if kind == "country":
        countries = services.reference.countries()
        return ChoiceWidget([(c["code"], f"{c['name']} ({c['code']})") for c in countries], True)
    if kind == "ref":
        return RefWidget(services, field.ref, compact=cell)
    raise AssertionError(f"no widget for field kind {kind}")


def make_collection_widget(services: Services, name: str, collection: Any) -> FieldWidget:
    """The widget that edits a collection: rows, or a multi-select list."""
    from ..services.collections import ChildRows, CodeLinks, RecordLinks

    if isinstance(collection, ChildRows):
        return RowsWidget(services, collection.fields)
    if isinstance(collection, CodeLinks):
        if name == "countries":
            items = [
                (c["code"], f"{c['name']} ({c['code']})") for c in services.reference.countries()
            ]
        else:
            items = [(a["code"], a["name"]) for a in services.reference.thematic_areas()]
        return CheckListWidget(items)
    if isinstance(collection, RecordLinks):
        entity = {"donors": "partner", "agreements": "agreement"}.get(name, collection.label)
        return CheckListWidget(services.entity(entity).choices(limit=5000))
    raise AssertionError(f"no widget for collection {name}")
