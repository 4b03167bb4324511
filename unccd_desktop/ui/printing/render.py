"""Lay out a PrintDocument on pages and paint it on a paged device (PDF writer or printer).

Everything is measured in the device's own pixels from point sizes, so the same document
prints alike on a 1200 dpi PDF writer and a 96 dpi preview. Pages carry the document's
header line at the top and "page x of y" at the bottom; a table's header row is repeated on
each page it runs over; a right-to-left document is mirrored (columns, bars and alignment).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from .document import BarChart, Figure, PrintDocument, Table
from .fonts import document_font
from .widths import fit_widths, longest_word, measure

MARGIN_MM = 12.0
FIGURES_PER_ROW = 4
CHECK_EVERY = 200  # rows laid out or painted between two cancel checks
INK, GREY, RULE = QColor("#1f1f1f"), QColor("#5f6368"), QColor("#c9cdd2")
HEADER_FILL, FIGURE_FILL, BAR = QColor("#e4eaf1"), QColor("#f1f4f7"), QColor("#2f6f9f")
MARKED_FILL = QColor("#fbe3e1")  # an overdue deliverable's row


def page_layout(document: PrintDocument) -> QPageLayout:
    """A4 with 12 mm margins, landscape when the document's tables are wide."""
    orientation = (
        QPageLayout.Orientation.Landscape
        if document.wants_landscape()
        else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter
    )


@dataclass
class _Block:
    """Something painted as one piece (a line of text, a table row, the chart): its height,
    the texts and filled rectangles in it (relative to its top), the lines under it."""

    height: float = 0.0
    texts: list[tuple[QTextLayout, QPointF]] = field(default_factory=list)
    fills: list[tuple[QRectF, QColor]] = field(default_factory=list)
    rules: list[tuple[QPointF, QPointF]] = field(default_factory=list)
    repeat: _Block | None = None  # a table's header row, repeated when this row starts a page
    keep: float = 0.0  # room needed below it on the same page (a title before its table)
    colour: QColor = field(default_factory=lambda: QColor(INK))


class _Layouter:
    """Turns a document into pages of blocks for one device."""

    def __init__(
        self,
        document: PrintDocument,
        device: QPagedPaintDevice,
        check: Callable[[], None] | None,
    ) -> None:
        self.document, self.device, self.check = document, device, check
        self.pt = device.logicalDpiY() / 72.0
        self.width = float(device.width())
        self.rtl = document.right_to_left
        self._laid: dict[tuple, tuple[QTextLayout, float]] = {}
        self._options: dict[tuple[bool, bool], QTextOption] = {}
        language = document.language
        self.fonts = {
            "title": document_font(language, 17, bold=True),
            "heading": document_font(language, 11.5, bold=True),
            "body": document_font(language, 9.5),
            "small": document_font(language, 7.5),
            "cell": document_font(language, 8),
            "cell_bold": document_font(language, 8, bold=True),
            "figure": document_font(language, 15, bold=True),
        }

    # ----- texts ---------------------------------------------------------------------------

    def text(
        self, text: str, font: QFont, width: float, end: bool = False, center: bool = False
    ) -> tuple[QTextLayout, float]:
        """``text`` wrapped to ``width`` (at word boundaries, or anywhere for a long word),
        aligned to the start of the line (the end, or the centre); returns it and its
        height. The same text in the same place is laid out once (a list's statuses)."""
        key = (text, font.key(), width, end, center)
        laid = self._laid.get(key)
        if laid is not None:
            return laid
        layout = QTextLayout(text.replace("\n", "\u2028"), font, self.device)
        layout.setTextOption(self._option(end, center))
        layout.setCacheEnabled(True)
        height = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        self._laid[key] = layout, height
        return layout, height

    def _option(self, end: bool, center: bool) -> QTextOption:
        option = self._options.get((end, center))
        if option is None:
            at_right = end != self.rtl  # the end of a right-to-left line is on its left
            align = Qt.AlignmentFlag.AlignRight if at_right else Qt.AlignmentFlag.AlignLeft
            align = Qt.AlignmentFlag.AlignHCenter if center else align
            option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute)
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            direction = (
                Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
            )
            option.setTextDirection(direction)
            self._options[end, center] = option
        return option

    def x(self, left: float, width: float) -> float:
        """A box's left edge, measured from the start side (mirrored right to left)."""
        return self.width - left - width if self.rtl else left

    def paragraph(self, text: str, font: QFont, space_after: float, colour: QColor = INK) -> _Block:
        layout, height = self.text(text, font, self.width)
        return _Block(height + space_after * self.pt, [(layout, QPointF(0, 0))], colour=colour)

    # ----- parts ---------------------------------------------------------------------------

    def title_blocks(self) -> list[_Block]:
        doc = self.document
        blocks = [self.paragraph(doc.title, self.fonts["title"], 4)]
        blocks += [self.paragraph(line, self.fonts["body"], 2, GREY) for line in doc.lines if line]
        if blocks:
            blocks[-1].height += 8 * self.pt
        return blocks

    def figure_blocks(self, figures: Sequence[Figure]) -> list[_Block]:
        pt, gap = self.pt, 6 * self.pt
        per_row = min(FIGURES_PER_ROW, max(len(figures), 1))
        width = (self.width - gap * (per_row - 1)) / per_row
        blocks = []
        for start in range(0, len(figures), per_row):
            block = _Block()
            inner = width - 12 * pt
            parts = []
            for index, figure in enumerate(figures[start : start + per_row]):
                value, value_h = self.text(figure.value, self.fonts["figure"], inner)
                label, label_h = self.text(figure.label, self.fonts["small"], inner)
                parts.append((index, value, value_h, label, label_h))
            box_h = max(v + lab for _, _, v, _, lab in parts) + 14 * pt
            for index, value, value_h, label, _label_h in parts:
                left = self.x(index * (width + gap), width)
                block.fills.append((QRectF(left, 0, width, box_h), FIGURE_FILL))
                block.texts.append((value, QPointF(left + 6 * pt, 6 * pt)))
                block.texts.append((label, QPointF(left + 6 * pt, 8 * pt + value_h)))
            block.height = box_h + gap
            blocks.append(block)
        if blocks:
            blocks[-1].height += 6 * pt
        return blocks

    def chart_blocks(self, chart: BarChart) -> list[_Block]:
        pt = self.pt
        heading = self.paragraph(chart.title, self.fonts["heading"], 4)
        label_w = self.width * 0.3
        value_w = 40 * pt
        area = self.width - label_w - value_w - 12 * pt
        top = max((value for _, value in chart.bars), default=0) or 1
        block = _Block()
        y = 0.0
        for label_text, value in chart.bars:
            label, label_h = self.text(label_text, self.fonts["cell"], label_w - 6 * pt, end=True)
            shown = f"{value:g}"
            number, number_h = self.text(shown, self.fonts["cell"], value_w)
            row_h = max(label_h, number_h, 12 * pt) + 4 * pt
            bar_w = area * value / top
            bar_left = label_w
            block.texts.append(
                (label, QPointF(self.x(0, label_w - 6 * pt), y + (row_h - label_h) / 2))
            )
            if bar_w > 0:
                bar = QRectF(self.x(bar_left, bar_w), y + 2 * pt, bar_w, row_h - 4 * pt)
                block.fills.append((bar, BAR))
            number_left = bar_left + bar_w + 4 * pt
            block.texts.append(
                (number, QPointF(self.x(number_left, value_w), y + (row_h - number_h) / 2))
            )
            y += row_h
        axis = self.x(label_w, 0)
        block.rules.append((QPointF(axis, 0), QPointF(axis, y)))
        block.height = y + 12 * pt
        heading.keep = block.height
        return [heading, block]

    def row_block(
        self,
        cells: Sequence[str],
        widths: list[float],
        table: Table,
        header: bool = False,
        marked: bool = False,
    ) -> _Block:
        pt = self.pt
        pad = 3 * pt
        font = self.fonts["cell_bold" if header else "cell"]
        block = _Block()
        laid = []
        left = 0.0
        for index, (cell, fraction) in enumerate(zip(cells, widths, strict=False)):
            width = self.width * fraction
            end = index in table.numeric
            layout, height = self.text(str(cell), font, width - 2 * pad, end=end)
            laid.append((layout, left, width, height))
            left += width
        height = max((h for *_, h in laid), default=0.0) + 2 * pad
        for layout, left, width, _h in laid:
            block.texts.append((layout, QPointF(self.x(left, width) + pad, pad)))
        if header or marked:
            fill = HEADER_FILL if header else MARKED_FILL
            block.fills.append((QRectF(0, 0, self.width, height), fill))
        block.rules.append((QPointF(0, height), QPointF(self.width, height)))
        block.height = height
        return block

    def column_widths(self, table: Table) -> list[float]:
        """Each column's part of the width (see widths.py), its padding included."""
        pad = 8 * self.pt  # 3 pt on either side, 2 pt to spare (rounding)
        cell = QFontMetricsF(self.fonts["cell"], self.device)
        bold = QFontMetricsF(self.fonts["cell_bold"], self.device)
        columns = [[str(row[i]) for row in table.rows] for i in range(len(table.headers))]
        least, natural = measure(columns, cell.horizontalAdvance)
        for i, header in enumerate(table.headers):
            least[i] = max(least[i], bold.horizontalAdvance(longest_word(header, True))) + pad
            natural[i] += pad
        fitted = fit_widths(table.relative_widths(), least, natural, self.width)
        return [w / self.width for w in fitted]

    def table_blocks(self, table: Table) -> list[_Block]:
        """The table's title (if any), its header row, then a block per row; an empty table
        is its title and one line."""
        heading = self.paragraph(table.title, self.fonts["heading"], 4) if table.title else _Block()
        if not table.rows:
            empty = self.paragraph(table.empty_text, self.fonts["body"], 12, GREY)
            heading.keep = empty.height
            return [heading, empty]
        widths = self.column_widths(table)
        header = self.row_block(table.headers, widths, table, header=True)
        blocks = [heading]
        for number, row in enumerate(table.rows):
            if self.check is not None and number % CHECK_EVERY == 0:
                self.check()
            block = self.row_block(row, widths, table, marked=number in table.marked)
            block.repeat = header
            blocks.append(block)
        heading.keep = header.height + blocks[1].height
        blocks[-1].height += 12 * self.pt
        return [heading, header, *blocks[1:]]

    def blocks(self) -> list[_Block]:
        doc = self.document
        out = self.title_blocks()
        if doc.figures:
            out += self.figure_blocks(doc.figures)
        if doc.chart is not None and doc.chart.bars:
            out += self.chart_blocks(doc.chart)
        for table in doc.tables:
            out += self.table_blocks(table)
        return out


def _band_height(pt: float) -> float:
    return 18 * pt


def paginate(blocks: list[_Block], room: float) -> list[list[tuple[_Block, float]]]:
    """Blocks placed on pages of height ``room``: (block, its top) per page."""
    pages: list[list[tuple[_Block, float]]] = [[]]
    y = 0.0
    for block in blocks:
        fits = y + block.height + block.keep <= room
        if not fits and pages[-1]:
            pages.append([])
            y = 0.0
            if block.repeat is not None:
                pages[-1].append((block.repeat, y))
                y += block.repeat.height
        pages[-1].append((block, y))
        y += block.height
    return pages


def render(
    document: PrintDocument, device: QPagedPaintDevice, check: Callable[[], None] | None = None
) -> int:
    """Paint ``document`` on ``device`` (laid out on its page layout as it is set); returns
    the number of pages. ``check`` is called now and then and may raise to stop."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file cannot be opened for painting")
    try:
        layouter = _Layouter(document, device, check)
        pt = layouter.pt
        band = _band_height(pt)
        room = device.height() - 2 * band
        pages = paginate(layouter.blocks(), room)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            if check is not None:
                check()
            _paint_bands(painter, layouter, number, len(pages))
            for block, top in placed:
                _paint_block(painter, block, top + band)
    finally:
        painter.end()
    return len(pages)


def _paint_block(painter: QPainter, block: _Block, top: float) -> None:
    for rect, colour in block.fills:
        painter.fillRect(rect.translated(0, top), colour)
    if block.rules:
        painter.setPen(QPen(RULE, 0))
        for start, end in block.rules:
            painter.drawLine(start + QPointF(0, top), end + QPointF(0, top))
    painter.setPen(block.colour)
    for layout, at in block.texts:
        layout.draw(painter, at + QPointF(0, top))


def _paint_bands(painter: QPainter, layouter: _Layouter, number: int, total: int) -> None:
    """The header line along the top and "page x of y" along the bottom of a page."""
    pt, width = layouter.pt, layouter.width
    band = _band_height(pt)
    bottom = layouter.device.height()
    painter.setPen(GREY)
    if layouter.document.header:
        header, height = layouter.text(layouter.document.header, layouter.fonts["small"], width)
        header.draw(painter, QPointF(0, band - 6 * pt - height))
        painter.setPen(QPen(RULE, 0))
        painter.drawLine(QPointF(0, band - 4 * pt), QPointF(width, band - 4 * pt))
        painter.setPen(GREY)
    footer_text = layouter.document.page_text.format(number, total)
    footer, _height = layouter.text(footer_text, layouter.fonts["small"], width, center=True)
    footer.draw(painter, QPointF(0, bottom - band + 6 * pt))
