"""Choice fields: a plain combo box for short fixed lists (enums), and the searchable picker
for records, countries and currencies.

The picker is a line edit showing the chosen entry from its beginning. Typing opens a list
of the entries whose name, acronym, code or other name holds the text anywhere (case and
accents ignored), as wide as their full texts. Enter picks the highlighted entry, a click
picks one, Escape puts back the chosen entry, Tab leaves; text that matches nothing never
picks anything.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLineEdit,
    QListView,
    QStyle,
    QToolButton,
    QWidget,
)

from ..services import Services
from ..services.pickers import PickerRow
from .field_base import FieldWidget

VISIBLE_ROWS = 12
MEASURED = 200  # the pop-up's width is measured on this many of its longest texts
HINT_SEPARATOR = "  ·  "
OWN_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
CHORD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# Accents and other combining marks, left out when texts are compared.
_MARKS = re.compile(r"[\u0300-\u036f\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]")
# Dashes and quotes typed one way match the other ("UNEP-DHI" finds "UNEP–DHI").
_DASHES = re.compile("[‐‑‒–—]")
_QUOTES = re.compile("[’‘]")


def fold(text: str) -> str:
    """Text as it is compared: case, accents and dash variants ignored."""
    if text.isascii():
        return text.lower()
    bare = _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()
    return _QUOTES.sub("'", _DASHES.sub("-", bare))


@cache
def combo_height() -> int:
    """The height of a choice box: pickers take it, so fields line up in a form or a row."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo.sizeHint().height()


@dataclass(frozen=True)
class PickerItem:
    """One entry: its value, how it is shown, and every text it is found by."""

    value: Any
    text: str
    keys: tuple[str, ...]


def _shown(entity: str, row: PickerRow) -> str:
    if not row.short or row.short == row.name:
        return row.name
    if entity in ("agreement", "country"):
        return f"{row.name} ({row.short})"
    return f"{row.short} — {row.name}"


def items_of_rows(entity: str, rows: Iterable[PickerRow]) -> list[PickerItem]:
    """Picker entries for service rows ("partner", "country", "currency", ...), in the
    order of their texts."""
    items = [
        PickerItem(
            row.value,
            _shown(entity, row),
            tuple(k for k in (row.name, row.short, *row.other_names) if k),
        )
        for row in rows
    ]
    return sorted(items, key=lambda item: fold(item.text))


def record_items(services: Services, entity: str) -> list[PickerItem]:
    """Every record of an entity: partners by acronym and name, projects by code and title,
    agreements by title and reference, others by name."""
    return items_of_rows(entity, services.pickers.records(entity))


def country_items(services: Services) -> list[PickerItem]:
    """Countries by name and ISO code."""
    return items_of_rows("country", services.pickers.countries())


def currency_items(services: Services) -> list[PickerItem]:
    """Currencies by ISO code and name."""
    return items_of_rows("currency", services.pickers.currencies())


class _Matches(QAbstractListModel):
    """The entries matching the typed text, best first; one disabled row when none does."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.rows: list[tuple[PickerItem, str]] = []  # entry, the text shown for it
        self.none_text = ""

    def show(self, rows: list[tuple[PickerItem, str]], none_text: str) -> None:
        self.beginResetModel()
        self.rows, self.none_text = rows, none_text
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) or int(bool(self.none_text))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not self.rows:
            return self.none_text if role == Qt.ItemDataRole.DisplayRole else None
        shown = self.rows[index.row()][1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return shown
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not self.rows:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SearchPicker(FieldWidget):
    """Chooses one entry of a long list by typing any part of its name, acronym or code."""

    def __init__(
        self,
        items: list[PickerItem],
        blank_text: str = "",
        parent: QWidget | None = None,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(blank_text or self.tr("Type to search…"))
        self.edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * (8 if compact else 16))
        self.edit.setMinimumHeight(combo_height())
        self._wrap(self.edit)
        show_all = self.edit.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        show_all.setToolTip(self.tr("Show all (Down arrow)"))
        show_all.triggered.connect(self._show_all)
        self.matches = _Matches(self)
        self.popup = QListView(self)
        self.popup.setWindowFlags(Qt.WindowType.Popup)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setFocusProxy(self.edit)
        self.popup.setModel(self.matches)
        self.popup.setUniformItemSizes(True)
        self.popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.popup.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # only past the screen's width
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.clicked.connect(self._pick_index)
        self.popup.installEventFilter(self)
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._search)
        self._value: Any = None
        self._shown_text = ""
        self._by_key = False  # the highlight was moved with the arrow keys
        self._widths: dict[str, int] = {}
        self.set_items(items)

    # ----- value ---------------------------------------------------------------------------

    def set_items(self, items: list[PickerItem]) -> None:
        """Offer other entries; the chosen value and any typing stay."""
        typed = self.edit.text() if self._typing() else None
        self.items = list(items)
        self._index = {item.value: item for item in self.items}
        self._folded: list[tuple[str, tuple[str, ...], str]] | None = None  # at first search
        self._hide_popup()
        self._show_value()
        if typed is not None:
            self.edit.setText(typed)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        if isinstance(value, enum.Enum):
            value = value.value
        if value == "":
            value = None
        self._hide_popup()
        changed = value != self._value
        self._value = value
        self._show_value()
        if changed:
            self.changed.emit()

    def _show_value(self) -> None:
        item = self._index.get(self._value)
        self._shown_text = item.text if item else ("" if self._value is None else str(self._value))
        self.edit.setText(self._shown_text)
        self.edit.setCursorPosition(0)  # the name from its beginning
        self.edit.setToolTip(self._shown_text)

    def refresh(self) -> None:
        """Read the entries again if they may have changed (a record picker does)."""

    def _typing(self) -> bool:
        """Text typed that is not (yet) a choice."""
        return self.edit.text() != self._shown_text

    # ----- searching -----------------------------------------------------------------------

    def search(self, text: str) -> list[tuple[PickerItem, str]]:
        """The entries holding every word of ``text`` in one of their keys, best first, each
        with the text shown for it (with the other name it was found by, when not shown)."""
        words = fold(text).split()
        if not words:
            return [(item, item.text) for item in self.items]
        if self._folded is None:
            self._folded = []
            for item in self.items:
                keys = tuple(map(fold, item.keys))
                self._folded.append(("\n".join(keys), keys, fold(item.text)))
        whole = " ".join(words)
        found = []
        for position, (item, (haystack, keys, shown)) in enumerate(
            zip(self.items, self._folded, strict=True)
        ):
            if all(word in haystack for word in words):
                found.append((_rank(whole, keys), position, item, keys, shown))
        found.sort(key=lambda entry: entry[:2])
        return [(item, _with_hint(item, keys, shown, words)) for _r, _p, item, keys, shown in found]

    def _search(self, text: str) -> None:
        if not text.strip():
            self._hide_popup()  # an emptied field clears the choice on Enter or leaving
            return
        if not self.popup.isVisible():
            self.refresh()  # a new search: the entries as they are now
        self._open(self.search(text), self.tr("No entry matches “{0}”").format(text.strip()))

    def _show_all(self) -> None:
        self.edit.setFocus()
        self.refresh()
        typed = self.edit.text().strip() if self._typing() else ""
        rows = self.search(typed)
        none = self.tr("No entry matches “{0}”").format(typed) if typed else self.tr("No entries")
        self._open(rows, none)
        current = next((n for n, (item, _s) in enumerate(rows) if item.value == self._value), 0)
        if rows:
            self.popup.setCurrentIndex(self.matches.index(current))

    # ----- the pop-up list -----------------------------------------------------------------

    def _open(self, rows: list[tuple[PickerItem, str]], none_text: str) -> None:
        self.matches.show(rows, none_text)
        self._by_key = False
        if rows:
            self.popup.setCurrentIndex(self.matches.index(0))
        self.popup.setGeometry(self._popup_rect())
        if not self.popup.isVisible():
            self.popup.show()
        self.popup.scrollTo(self.popup.currentIndex())

    def text_width(self, text: str) -> int:
        """The width the pop-up needs to show ``text`` whole."""
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self.popup.fontMetrics().horizontalAdvance(text)
        return width

    def _popup_rect(self) -> QRect:
        count = self.matches.rowCount()
        texts = [shown for _item, shown in self.matches.rows] or [self.matches.none_text]
        if len(texts) > MEASURED:
            texts = sorted(texts, key=len, reverse=True)[:MEASURED]
        row_height = max(self.popup.sizeHintForRow(0), self.popup.fontMetrics().height())
        frame = 2 * self.popup.frameWidth()
        scroll = self.popup.verticalScrollBar().sizeHint().width() if count > VISIBLE_ROWS else 0
        padding = 4 * self.popup.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        wanted = max(self.text_width(t) for t in texts) + frame + scroll + padding
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        width = min(max(wanted, self.edit.width()), screen.width())
        height = min(count, VISIBLE_ROWS) * row_height + frame
        below = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        if self.isRightToLeft():  # the list's right edge under the field's right edge
            below.setX(below.x() + self.edit.width() - width)
        x = max(screen.left(), min(below.x(), screen.right() + 1 - width))
        y = below.y()
        if y + height > screen.bottom() + 1:  # no room below: above the field
            y = max(screen.top(), self.edit.mapToGlobal(QPoint(0, 0)).y() - height)
        return QRect(x, y, width, height)

    def _hide_popup(self) -> None:
        if self.popup.isVisible():
            self.popup.hide()

    def popup_shown(self) -> bool:
        return self.popup.isVisible()

    def _move(self, steps: int) -> None:
        count = len(self.matches.rows)
        if not count:
            return
        row = self.popup.currentIndex().row() if self.popup.currentIndex().isValid() else -1
        self.popup.setCurrentIndex(self.matches.index(max(0, min(count - 1, row + steps))))
        self._by_key = True

    def _pick_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.matches.rows:
            self.set_value(self.matches.rows[index.row()][0].value)

    def _highlighted(self) -> QModelIndex | None:
        index = self.popup.currentIndex()
        return index if self.popup.isVisible() and index.isValid() and self.matches.rows else None

    def _restore(self) -> None:
        """Escape: the chosen entry again, the typing gone."""
        self._hide_popup()
        self._show_value()

    def _settle(self) -> None:
        """Leaving: an emptied field clears the choice; other typing gives way to it."""
        self._hide_popup()
        if self._typing():
            if self.edit.text().strip():
                self._show_value()
            else:
                self.set_value(None)

    # ----- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.popup and event.type() == QEvent.Type.KeyPress:
            QApplication.sendEvent(self.edit, event)  # the list shows; the field types
            return True
        if watched is self.edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
            if (
                event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent)
                and event.key() in OWN_KEYS
                and not event.modifiers() & CHORD_MODIFIERS
                and (self.popup.isVisible() or self._typing())
            ):
                event.accept()  # Escape and Enter end the search before any shortcut
                return True
            if (
                event.type() == QEvent.Type.FocusOut
                and event.reason() != Qt.FocusReason.PopupFocusReason
                and not self.popup.isVisible()
            ):
                self._settle()
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        """Navigation keys of the field and its list; True when the key was used here. Keys
        with Ctrl, Alt or Meta are left to the window (and to a table's rows)."""
        key, shown = event.key(), self.popup.isVisible()
        if event.modifiers() & CHORD_MODIFIERS:
            return False
        page = max(1, VISIBLE_ROWS - 1)
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page}
        steps[Qt.Key.Key_PageDown] = page
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and not shown):
            if shown:
                self._hide_popup()
            else:
                self._show_all()
            return True
        if key in steps and shown:
            self._move(steps[key])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self._highlighted()
            if index is not None:
                self._pick_index(index)
                return True
            if not self._typing():
                return False  # the dialog's default button, if any
            if self.edit.text().strip():
                self._search(self.edit.text())  # no pick: the list says what matches
            else:
                self.set_value(None)
            return True
        if key == Qt.Key.Key_Escape:
            if shown or self._typing():
                self._restore()
                return True
            return False
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            index = self._highlighted()
            if index is not None and self._by_key:
                self._pick_index(index)  # an entry chosen with the arrows is taken
            self._settle()
            return False  # the focus moves on
        return False


def _rank(whole: str, keys: tuple[str, ...]) -> int:
    """0: a key is the text; 1: a key starts with it; 2: a word does; 3: anywhere else."""
    best = 3
    for key in keys:
        at = key.find(whole)
        if at == 0:
            best = min(best, 0 if key == whole else 1)
        elif at > 0 and not key[at - 1].isalnum():
            best = min(best, 2)
    return best


def _with_hint(item: PickerItem, keys: tuple[str, ...], shown: str, words: list[str]) -> str:
    """The entry's text, followed by the other name it was found by when the text (``shown``,
    folded) lacks it."""
    if all(word in shown for word in words):
        return item.text
    for original, key in zip(item.keys, keys, strict=True):
        if any(word in key and word not in shown for word in words):
            return item.text + HINT_SEPARATOR + original
    return item.text


class ChoiceWidget(FieldWidget):
    """A combo box of (value, text) pairs, for short fixed lists."""

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


class RefWidget(SearchPicker):
    """A record picker, with a button that opens the chosen record (by mouse: the keyboard
    passes it by). Its entries are read again when the records changed since, as a search
    starts or when it is given a record it does not know."""

    open_requested = Signal(str, str)  # entity, uuid

    def __init__(self, services: Services, entity: str, parent=None, compact: bool = False) -> None:
        self.services, self.entity = services, entity
        self._stamp = services.pickers.stamp(entity)
        super().__init__(record_items(services, entity), parent=parent, compact=compact)
        self.open_button = QToolButton()
        self.open_button.setText("→")
        self.open_button.setToolTip(self.tr("Open this record"))
        self.open_button.setAccessibleName(self.tr("Open the linked record"))
        self.open_button.setAutoRaise(True)
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.layout().addWidget(self.open_button)
        self.open_button.clicked.connect(self._open_record)
        self.changed.connect(lambda: self.open_button.setEnabled(bool(self.value())))
        self.open_button.setEnabled(bool(self.value()))
        self.open_button.setVisible(not compact)

    def refresh(self) -> None:
        stamp = self.services.pickers.stamp(self.entity)
        if stamp != self._stamp:
            self._stamp = stamp
            self.set_items(record_items(self.services, self.entity))

    def set_value(self, value: Any) -> None:
        if value and value not in self._index:
            self.refresh()
        super().set_value(value)

    def _open_record(self) -> None:
        if self.value():
            self.open_requested.emit(self.entity, self.value())
