"""Choice fields: a combo box of (value, text) pairs, and the record picker built on it."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QToolButton

from ..services import Services
from .field_base import FieldWidget


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
