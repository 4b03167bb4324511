"""One editing widget per kind of field, all with value(), set_value() and a changed signal.

Dates (date_widget.py), choices and record pickers (picker.py) and child rows
(rows_widget.py) have modules of their own."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QDoubleValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from ..services import Services
from ..services.fields import Field
from .date_widget import DateWidget
from .field_base import FieldWidget
from .labels import enum_text, field_name
from .picker import ChoiceWidget, RefWidget, SearchPicker, country_items, currency_items


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
    """Multi-select: a filter box over a list of checkable entries.

    By keyboard: Down (or Page Down) goes from the filter into the list, Up from the list's
    first entry back to the filter, Space ticks or unticks the current entry, Tab leaves."""

    def __init__(self, items: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setToolTip(
            self.tr("Type to filter; Down goes into the list, where Space ticks an entry")
        )
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
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self._update_summary()

    def _visible_rows(self) -> list[int]:
        return [row for row in range(self.list.count()) if not self.list.item(row).isHidden()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched is self.list:
            current = self.list.currentItem()
            shown = self._visible_rows()
            if (current is None or current.isHidden()) and shown:
                self.list.setCurrentRow(shown[0])
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.filter and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            if self._visible_rows():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.list:
            shown = self._visible_rows()
            if key == Qt.Key.Key_Up and (not shown or self.list.currentRow() == shown[0]):
                self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            item = self.list.currentItem()
            if key == Qt.Key.Key_Space and item is not None and not item.isHidden():
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return True
        return super().eventFilter(watched, event)

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
        return SearchPicker(currency_items(services), compact=cell)
    if kind == "country":
        return SearchPicker(country_items(services), compact=cell)
    if kind == "ref":
        return RefWidget(services, field.ref, compact=cell)
    raise AssertionError(f"no widget for field kind {kind}")


def make_collection_widget(services: Services, name: str, collection: Any) -> FieldWidget:
    """The widget that edits a collection: rows, or a multi-select list."""
    from ..services.collections import ChildRows, CodeLinks, RecordLinks

    if isinstance(collection, ChildRows):
        from .rows_widget import RowsWidget

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
