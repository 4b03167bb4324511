"""The date field: a date edit with a calendar, and a button to leave it empty."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton

from .field_base import FieldWidget
from .labels import date_pattern

NO_DATE = QDate(1900, 1, 1)


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
