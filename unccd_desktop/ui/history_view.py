"""The History tab: a record's audit entries, newest first."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from datetime import UTC, date
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ..services.audit import HistoryEntry
from .labels import display_value, enum_text, field_name

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class HistoryView(QTableWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Field"),
                self.tr("Change"),
                self.tr("Source"),
            ]
        )
        self.setAccessibleName(self.tr("History of this record"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def show_entries(
        self, entries: list[HistoryEntry], readable: Callable[[str, Any], Any] | None = None
    ) -> None:
        """Show entries; ``readable(field, value)`` may turn identifiers into names."""
        readable = readable or (lambda _field, value: value)
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            old = readable(entry.field, entry.old_value) if entry.field else None
            new = readable(entry.field, entry.new_value) if entry.field else None
            if entry.field is None or entry.action != "update":
                change = enum_text(entry.action)
                if entry.field is not None:
                    shown = new if entry.action == "create" else old
                    change = f"{change}: {_short(shown)}"
            else:
                change = f"{_short(old)} → {_short(new)}"
            at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
            cells = [
                display_value(at.astimezone()),
                entry.actor,
                field_name(entry.field) if entry.field else "",
                change,
                entry.source,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
        self.resizeRowsToContents()


def _short(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        text = "; ".join(
            ", ".join(_text(v) for v in item.values() if v)
            if isinstance(item, dict)
            else _text(item)
            for item in value
        )
    else:
        text = _text(value)
    return text if len(text) <= 120 else text[:117] + "…"


def _text(value: Any) -> str:
    """A value as the rest of the window shows it; the audit keeps dates as ISO text."""
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        with contextlib.suppress(ValueError):  # text that only looks like a date stays as is
            return display_value(date.fromisoformat(value))
    return display_value(value)
