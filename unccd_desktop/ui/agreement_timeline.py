"""A small timeline of an agreement, what it amends or renews, and what amends or renews it.

One row per agreement: a bar from its start to its expiry with markers for the signature,
the entry into force, the last day to give notice of renewal and the expiry; a line marks
today. Time runs against the reading direction in a right-to-left layout.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .labels import display_value

if TYPE_CHECKING:
    from ..services.related import AgreementSpan

MARKERS = ("signed_on", "effective_on", "notice_on", "expires_on")
MARKER_NAMES = {
    "signed_on": QT_TRANSLATE_NOOP("AgreementTimeline", "Signed"),
    "effective_on": QT_TRANSLATE_NOOP("AgreementTimeline", "Effective"),
    "notice_on": QT_TRANSLATE_NOOP("AgreementTimeline", "Notice by"),
    "expires_on": QT_TRANSLATE_NOOP("AgreementTimeline", "Expires"),
}
MARKER_COLOURS = {
    "signed_on": QColor("#2563eb"),
    "effective_on": QColor("#16a34a"),
    "notice_on": QColor("#d97706"),
    "expires_on": QColor("#dc2626"),
}
MARKER_SIZE = 9
TODAY_COLOUR = QColor("#7c3aed")
PADDING = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementTimeline", text)


class AgreementTimeline(QWidget):
    """Paints the spans given to ``set_spans``; hover a row for its dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spans: list[AgreementSpan] = []
        self.today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Agreement timeline"))

    def set_spans(self, spans: list[AgreementSpan], today: date | None = None) -> None:
        self.spans = [s for s in spans if s.dates]
        self.today = today or date.today()
        self.setAccessibleDescription("\n".join(self.describe()))
        self.updateGeometry()
        self.update()

    def has_dates(self) -> bool:
        return bool(self.spans)

    def describe(self) -> list[str]:
        """Each agreement and its dates as text (the tooltip and the accessible description)."""
        return [self._span_text(span) for span in self.spans]

    def _span_text(self, span: AgreementSpan) -> str:
        parts = [
            f"{_tr(MARKER_NAMES[name])}: {display_value(getattr(span, name))}"
            for name in MARKERS
            if getattr(span, name) is not None
        ]
        return f"{span.label} — {'; '.join(parts)}"

    # ----- geometry ------------------------------------------------------------------------

    def _row_height(self) -> int:
        return max(self.fontMetrics().height() + 8, MARKER_SIZE + 10)

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        rows = max(len(self.spans), 1)
        height = self._top() + rows * self._row_height() + self._axis_height()
        return QSize(360, height + self._legend_height() + PADDING)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _top(self) -> int:
        return self.fontMetrics().height() + PADDING  # room for the word "Today"

    def _axis_height(self) -> int:
        return self.fontMetrics().height() + 6

    def _label_width(self) -> int:
        return min(self.width() // 3, 200)

    def _plot(self) -> tuple[float, float]:
        """Left and right of the time axis, in widget coordinates."""
        label = self._label_width()
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return PADDING + MARKER_SIZE, self.width() - label - 2 * PADDING
        return label + 2 * PADDING, self.width() - PADDING - MARKER_SIZE

    def _range(self) -> tuple[date, date]:
        days = [d for span in self.spans for d in span.dates] + [self.today]
        first, last = min(days), max(days)
        margin = max((last - first).days // 30, 15)
        return (
            date.fromordinal(first.toordinal() - margin),
            date.fromordinal(last.toordinal() + margin),
        )

    def x_of(self, day: date) -> float:
        """Where a day falls on the time axis (later days further along the reading
        direction: to the right, or to the left in a right-to-left layout)."""
        first, last = self._range()
        left, right = self._plot()
        share = (day - first).days / max((last - first).days, 1)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return right - share * (right - left)
        return left + share * (right - left)

    def _row_top(self, row: int) -> int:
        return self._top() + row * self._row_height()

    def row_at(self, y: float) -> int | None:
        if not self.spans or y < self._top():
            return None
        row = int((y - self._top()) // self._row_height())
        return row if row < len(self.spans) else None

    # ----- painting ------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        if not self.spans:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dates recorded.")
            )
            return
        for row, span in enumerate(self.spans):
            self._paint_row(painter, row, span, palette)
        bottom = self._row_top(len(self.spans))
        self._paint_axis(painter, bottom, text)
        self._paint_today(painter, bottom)
        self._paint_legend(painter, bottom + self._axis_height(), text)
        painter.end()

    def _paint_row(self, painter: QPainter, row: int, span: AgreementSpan, palette) -> None:
        top, height = self._row_top(row), self._row_height()
        middle = top + height / 2
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        label_rect = QRectF(
            self.width() - PADDING - self._label_width() if rtl else PADDING,
            top,
            self._label_width(),
            height,
        )
        font = QFont(self.font())
        font.setBold(span.is_owner)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        label = painter.fontMetrics().elidedText(
            span.label, Qt.TextElideMode.ElideMiddle, int(label_rect.width())
        )
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        )
        painter.drawText(label_rect, align, label)
        painter.setFont(self.font())
        start, end = min(span.dates), max(span.dates)
        x1, x2 = sorted((self.x_of(start), self.x_of(end)))
        bar = palette.color(
            QPalette.ColorRole.Highlight if span.is_owner else QPalette.ColorRole.Mid
        )
        bar.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar)
        painter.drawRoundedRect(QRectF(x1, middle - 3, max(x2 - x1, 2), 6), 3, 3)
        for name in MARKERS:
            day = getattr(span, name)
            if day is not None:
                self._paint_marker(painter, name, QPointF(self.x_of(day), middle))

    def _paint_marker(self, painter: QPainter, name: str, at: QPointF) -> None:
        half = MARKER_SIZE / 2
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
        painter.setBrush(MARKER_COLOURS[name])
        if name == "signed_on":
            painter.drawEllipse(at, half, half)
        elif name == "effective_on":
            painter.drawRect(QRectF(at.x() - half, at.y() - half, MARKER_SIZE, MARKER_SIZE))
        else:
            path = QPainterPath()
            if name == "notice_on":  # a triangle: a warning
                path.moveTo(at.x(), at.y() - half)
                path.lineTo(at.x() + half, at.y() + half)
                path.lineTo(at.x() - half, at.y() + half)
            else:  # a diamond: the end
                path.moveTo(at.x(), at.y() - half)
                path.lineTo(at.x() + half, at.y())
                path.lineTo(at.x(), at.y() + half)
                path.lineTo(at.x() - half, at.y())
            path.closeSubpath()
            painter.drawPath(path)

    def ticks(self) -> list[tuple[date, str]]:
        """The marks of the time axis and their labels: each new year over a long range,
        each month (with its year) over a short one."""
        first, last = self._range()
        locale = QLocale()
        if last.year - first.year >= 2:
            return [
                (date(year, 1, 1), locale.toString(QDate(year, 1, 1), "yyyy"))
                for year in range(first.year + 1, last.year + 1)
            ]
        out = []
        month = date(first.year, first.month, 1)
        while month <= last:
            if month > first:
                out.append((month, locale.toString(QDate(month.year, month.month, 1), "MMM yyyy")))
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return out

    def _paint_axis(self, painter: QPainter, y: int, colour: QColor) -> None:
        left, right = self._plot()
        faint = QColor(colour)
        faint.setAlpha(90)
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        metrics = painter.fontMetrics()
        taken: list[tuple[float, float]] = []  # label extents drawn so far: none overlap
        for day, label in self.ticks():
            x = self.x_of(day)
            width = metrics.horizontalAdvance(label)
            extent = (x - width / 2 - 4, x + width / 2 + 4)
            if any(extent[0] < b and a < extent[1] for a, b in taken):
                continue
            taken.append(extent)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(x, y), QPointF(x, y + 4))
            painter.setPen(colour)
            painter.drawText(QPointF(x - width / 2, y + 4 + metrics.ascent()), label)

    def _paint_today(self, painter: QPainter, bottom: int) -> None:
        x = round(self.x_of(self.today)) + 0.5  # on a pixel column: a crisp line
        painter.setPen(QPen(TODAY_COLOUR, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, self._top() - 2), QPointF(x, bottom))
        label = self.tr("Today")
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(label)
        left, right = self._plot()
        text_x = min(max(x - width / 2, left - MARKER_SIZE), right + MARKER_SIZE - width)
        painter.setPen(TODAY_COLOUR)
        painter.drawText(QPointF(text_x, metrics.ascent() + 1), label)

    def _paint_legend(self, painter: QPainter, top: int, colour: QColor) -> None:
        metrics = painter.fontMetrics()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = self.width() - PADDING if rtl else PADDING
        middle = top + metrics.height() / 2 + 2
        for name in MARKERS:
            label = _tr(MARKER_NAMES[name])
            width = metrics.horizontalAdvance(label)
            step = MARKER_SIZE + 4 + width + 12
            marker_x = x - MARKER_SIZE / 2 if rtl else x + MARKER_SIZE / 2
            self._paint_marker(painter, name, QPointF(marker_x, middle))
            text_x = x - MARKER_SIZE - 4 - width if rtl else x + MARKER_SIZE + 4
            painter.setPen(colour)
            painter.drawText(QPointF(text_x, middle + metrics.ascent() / 2 - 1), label)
            x = x - step if rtl else x + step

    # ----- tooltip -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._span_text(self.spans[row]), self)
            return True
        return super().event(event)
