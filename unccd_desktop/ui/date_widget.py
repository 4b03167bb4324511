"""The date field: typed text (ISO or the interface locale's short form), a calendar pop-up,
and a button to leave it empty."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from .field_base import FieldWidget
from .labels import BIDI_MARKS, date_pattern, display_value

HINT_STYLE = "color: #b3261e;"
_DIGITS = re.compile(r"\d+")
_SEPARATORS = set("./-,年月日\u060c")


def parse_date(text: str) -> date | None:
    """A typed date: ISO (2027-01-01, 20270101) or day, month and year in the order of the
    interface locale's short form (15/11/2026, 15.11.2026; 2026/11/15 in Chinese), with any
    of the usual separators (or those of the locale's form) and a four-digit year. Blank text
    is no date; anything else raises ValueError."""
    text = text.translate(BIDI_MARKS).strip()
    if not text:
        return None
    pattern = date_pattern()
    allowed = _SEPARATORS | set(re.sub("[dMy']", "", pattern))  # Bulgarian: "31.01.2027 г."
    if any(not (char.isdigit() or char.isspace() or char in allowed) for char in text):
        raise ValueError(text)
    parts = _DIGITS.findall(text)
    if len(parts) == 1 and len(parts[0]) == 8:  # ISO without separators: 20270101
        parts = [parts[0][:4], parts[0][4:6], parts[0][6:]]
    if len(parts) != 3:
        raise ValueError(text)
    order = "yMd" if len(parts[0]) == 4 else _order(pattern)
    named = dict(zip(order, parts, strict=True))
    # ISO has two-digit months and days, so "2027-01-1" on its way to "2027-01-15" is not
    # taken for the 1st; only a locale that puts the year first writes 2027/1/5.
    iso = order != _order(pattern)
    widths = {2} if iso else {1, 2}
    if len(named["y"]) != 4 or len(named["M"]) not in widths or len(named["d"]) not in widths:
        raise ValueError(text)
    return date(int(named["y"]), int(named["M"]), int(named["d"]))


def _order(pattern: str) -> str:
    """The order of day, month and year in a date pattern, e.g. "dMy" (that when unclear)."""
    where = {letter: pattern.find(letter) for letter in "dMy"}
    return "".join(sorted(where, key=where.__getitem__)) if -1 not in where.values() else "dMy"


class DateEdit(QLineEdit):
    """The text of a date field. Delete empties it (so does Backspace on selected text, as in
    any line edit), Alt+Down or F4 opens the calendar, Escape takes back text that is not
    the date. Tab and Shift+Tab leave it like any line edit."""

    def __init__(self, field: DateWidget) -> None:
        super().__init__()
        self.field = field
        self._align()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)

    def _align(self) -> None:
        """A date is left-to-right text, but starts at the leading edge of the form."""
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        alt = modifiers & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.NoModifier:
            self.field.clear_date()
        elif key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.field.open_calendar()
        elif key == Qt.Key.Key_Escape and self.text() != display_value(self.field.value()):
            self.field.set_value(self.field.value())
        else:
            super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        """Room for a date and the warning sign, not the width of a line of text."""
        hint = super().sizeHint()
        example = display_value(date(2026, 12, 31)) + "MM"
        return QSize(
            self.fontMetrics().horizontalAdvance(example) + 2 * hint.height(), hint.height()
        )


class DateWidget(FieldWidget):
    """A date typed or picked in a calendar, or no date. ``value()`` is the last date the text
    gave in full: text that is not (yet) a date changes nothing and, once the field is left,
    shows a hint saying how to write one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self._shown_problem = ""
        self.calendar: QCalendarWidget | None = None
        self.edit = DateEdit(self)
        self.edit.setPlaceholderText(self.tr("no date"))
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Pick the date in a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Open the calendar"))
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("No date (Delete)"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        for button in (self.calendar_button, self.clear_button):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard has Alt+Down, Delete
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button.clicked.connect(self.clear_date)
        self.hint: QLabel | None = None  # a line under the field, and a warning sign in it,
        self.warning: QAction | None = None  # made for the first problem
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        self.setFocusProxy(self.edit)
        self.clear_button.setEnabled(False)

    # ----- the field's value -----------------------------------------------------------------

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: Any) -> None:
        if isinstance(value, datetime):
            value = value.date()
        self.edit.setText(display_value(value))
        self._show_problem("")
        self._accept(value)

    def clear_date(self) -> None:
        """Leave the field empty (the ✕ button, Delete), as typing would: Ctrl+Z undoes it."""
        self._type_over("")

    def _type_over(self, text: str) -> None:
        self.edit.selectAll()
        self.edit.insert(text)

    def problem(self) -> str:
        """What is wrong with the text typed ('' when it is a date or blank); shown under the
        field once the field is left."""
        try:
            parse_date(self.edit.text())
        except ValueError:
            return self._hint_for(self.edit.text())
        return ""

    def setAccessibleName(self, name: str) -> None:
        """The name is the text field's, which is what takes the focus."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _accept(self, value: date | None) -> None:
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _typed(self, text: str) -> None:
        self.clear_button.setEnabled(bool(text))
        try:
            typed = parse_date(text)
        except ValueError:
            return  # not (yet) a date: the value stays what it was
        self._show_problem("")
        self._accept(typed)

    def _finished(self) -> None:
        """Enter, or the field left: a date is shown in its usual form; other text stays,
        with a hint, and the value stays the last date given in full."""
        problem = self.problem()
        self._show_problem(problem)
        if problem:
            return
        shown = display_value(self._value)
        if self.edit.text() != shown:
            self._type_over(shown)

    def _hint_for(self, text: str) -> str:
        example = date(date.today().year, 12, 31)
        return self.tr(
            "“{0}” is not a date. Write it as {1} or {2}, or press Delete to leave it empty."
        ).format(text.strip(), display_value(example), example.isoformat())

    def _show_problem(self, problem: str) -> None:
        if problem == self._shown_problem:
            return
        self._shown_problem = problem
        if self.hint is None or self.warning is None:
            self._make_hint()
        self.warning.setVisible(bool(problem))
        self.warning.setToolTip(problem)
        self.edit.setToolTip(problem)
        self.edit.setAccessibleDescription(problem)
        in_cell = _in_item_view(self)
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem) and not in_cell)
        if problem and in_cell:  # a table cell has no room for a line under the field
            QToolTip.showText(self.edit.mapToGlobal(QPoint(0, self.edit.height())), problem, self)

    def _make_hint(self) -> None:
        self.warning = self.edit.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self.hint = QLabel()
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.layout().addWidget(self.hint)

    # ----- the calendar ----------------------------------------------------------------------

    def open_calendar(self) -> None:
        """Show the calendar under the field, at its date, or at today when it has none."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setVerticalHeaderFormat(
                QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
            )
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        shown = QDate(self._value or date.today())
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self.calendar.adjustSize()
        self.calendar.move(self._calendar_place(self.calendar.size()))
        self.calendar.show()
        self.calendar.setFocus()

    def _calendar_place(self, size: QSize) -> QPoint:
        """Under the field (above it when the screen ends), aligned with its leading edge."""
        edit = self.edit
        left = edit.mapToGlobal(QPoint(0, 0))
        x = left.x() + edit.width() - size.width() if self.isRightToLeft() else left.x()
        y = left.y() + edit.height()
        screen = self.screen().availableGeometry()
        if y + size.height() > screen.bottom():
            y = left.y() - size.height()
        x = max(screen.left(), min(x, screen.right() - size.width()))
        return QPoint(x, max(screen.top(), y))

    def _picked(self, picked: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self._type_over(display_value(picked.toPython()))
        self._accept(picked.toPython())
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False
