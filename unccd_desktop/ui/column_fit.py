"""Columns of a list that fit its table: the title column takes the room the others leave."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from .labels import display_value

MIN_COLUMN_WIDTH = 60  # no column is sized or fitted narrower than this
MAX_COLUMN_WIDTH = 220  # a column other than the title is not sized wider to fit its text
SHORT_COLUMN_WIDTH = 120  # columns whose text needs no more are not narrowed to fit
TITLE_SHARE = 0.4  # of the table's width, the most the title asks of the other columns
TITLE_ROOM = 200  # the title keeps this much (or what its text needs) before short texts give
MIN_TITLE_ROOM = 120  # the title keeps this much before headings give
SIZE_SAMPLE_ROWS = 40  # rows read to size the columns of a list shown for the first time
PADDING = 12


class ColumnFitter(QObject):
    """Keeps the columns shown in a table within its width, on first show and on every resize.

    The title column stretches over the room the others leave. The others are as wide as their
    heading and first rows need, within bounds; when the table is too narrow for that, those
    with the most room give first (short texts and headings stay whole as long as possible). A
    column the user resized by hand keeps its width (``user_sized``)."""

    def __init__(
        self,
        table: QTableView,
        title: int,
        user_sized: set[int],
        dates: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(table)
        self.table, self.title = table, title
        self.dates = dates  # columns of dates: never narrower than a date, shown yet or not
        self.user_sized = set(user_sized) - {title}
        self.wanted: dict[int, int] = {}  # each column's width when there is room for it
        self.content: dict[int, int] = {}  # what the text of the first rows needs
        self._fitting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fit)
        header = self.header
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_resized)
        table.viewport().installEventFilter(self)  # resizes only: keys are left alone

    @property
    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    def shown(self) -> list[int]:
        header = self.header
        return [i for i in range(header.count()) if not header.isSectionHidden(i)]

    def measure(self) -> None:
        """Size every column other than the title to its heading and first rows, in bounds."""
        header = self.header
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        for index in range(header.count()):
            need = max(self.table.sizeHintForColumn(index), self.heading(index))
            self.content[index] = need + PADDING
            if index not in self.user_sized:
                self.wanted[index] = max(
                    self.heading(index),
                    MIN_COLUMN_WIDTH,
                    min(need + PADDING, MAX_COLUMN_WIDTH),
                )

    def heading(self, index: int) -> int:
        """What a column needs at least: its heading, and a whole date in a date column."""
        need = self.header.sectionSizeHint(index)
        if index in self.dates:
            sample = display_value(date(2000, 12, 31))
            need = max(need, self.table.fontMetrics().horizontalAdvance(sample) + PADDING)
        return need

    def keep_sizes(self) -> None:
        """Take the widths shown now (a saved layout) as those the columns want."""
        header = self.header
        self.wanted = {
            i: max(header.sectionSize(i), self.heading(i)) for i in range(header.count())
        }

    def fit_soon(self) -> None:
        self._timer.start(0)

    def pending(self) -> bool:
        """Whether a fit is about to run (the table was just resized)."""
        return self._timer.isActive()

    def fit(self) -> None:
        """Give each column shown its wanted width; when the title column would be left with
        too little room, narrow the others (not those the user sized by hand)."""
        header = self.header
        others = [i for i in self.shown() if i != self.title]
        widths = {i: self.wanted.get(i, header.sectionSize(i)) for i in others}
        for i in self.user_sized & set(others):
            widths[i] = header.sectionSize(i)
        narrowable = [i for i in others if i not in self.user_sized]
        left = self.table.viewport().width() - sum(widths.values())
        self._narrow(widths, narrowable, left)
        with self.adjusting():
            for i, width in widths.items():
                if header.sectionSize(i) != width:
                    header.resizeSection(i, width)

    def _narrow(self, widths: dict[int, int], columns: list[int], left: int) -> None:
        """Narrow ``columns`` so that the title keeps some room out of ``left`` (the table's
        width less the others'). In turn: long texts give down to their heading while the
        title asks for TITLE_SHARE of the table, or TITLE_ROOM; then down to
        MIN_COLUMN_WIDTH; then short texts (dates, statuses) give down to their heading; then
        the title keeps MIN_TITLE_ROOM and every other column MIN_COLUMN_WIDTH. Each column
        gives in proportion to what it can give."""
        width = self.table.viewport().width()

        heading = self.heading

        def short(i: int) -> bool:  # unknown (a saved layout): taken for a long text
            return i in self.content and self.content[i] <= SHORT_COLUMN_WIDTH

        def keep(i: int, short_floor, long_floor) -> int:
            return max(MIN_COLUMN_WIDTH, short_floor(i) if short(i) else long_floor(i))

        need = max(self.content.get(self.title, TITLE_ROOM), heading(self.title))
        share = max(TITLE_ROOM, int(width * TITLE_SHARE))
        content = self.content.get
        tiers = (
            (lambda i: keep(i, lambda j: content(j, 0), heading), (share, TITLE_ROOM)),
            (lambda i: keep(i, lambda j: content(j, 0), lambda j: 0), (TITLE_ROOM,)),
            (lambda i: keep(i, heading, lambda j: 0), (TITLE_ROOM, MIN_TITLE_ROOM)),
            (lambda i: MIN_COLUMN_WIDTH, (MIN_TITLE_ROOM,)),
        )
        for floor, rooms in tiers:
            slack = {i: widths[i] - floor(i) for i in columns}
            slack = {i: room for i, room in slack.items() if room > 0}
            total = sum(slack.values())
            excess = 0
            for room in rooms:
                excess = min(room, need) - left
                if excess <= 0:
                    return  # the title has this room already
                if total >= excess:
                    break
            if total >= excess or floor is tiers[-1][0]:
                for i, room in slack.items():
                    widths[i] -= min(room, -(-excess * room // total))
                return

    @contextmanager
    def adjusting(self) -> Iterator[None]:
        """Resizes made inside the block are the window's, not the user's."""
        self._fitting = True
        try:
            yield
        finally:
            self._fitting = False

    def _on_resized(self, index: int, _old: int, new: int) -> None:
        if self._fitting or index == self.title or self.header.isSectionHidden(index):
            return
        if new > 0:  # dragged by hand (or sized to its text by a double click)
            self.user_sized.add(index)
            self.wanted[index] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_soon()
        return False
