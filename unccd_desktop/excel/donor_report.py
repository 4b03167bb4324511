"""The donor report workbook: what a donor's money funds, the status of deliverables, what is
late; fit to print and to send.

It lays out excel/donor_content.py (the PDF lays out the same content): a Summary sheet with
the key figures (values, not formulas a viewer might not recalculate) and a chart, then one
sheet per section, an Excel table with filters and a frozen header, or one line when the
section is empty. Every sheet prints landscape, one page wide, its header row on each page,
with the title, scope and date in the page header and "page x of y" in the footer; the record
ids are the last column, left out of the printed area.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlsxwriter.utility import xl_col_to_name

from .donor_content import (
    DATE,
    ID,
    MONEY,
    PERCENT,
    DonorReportContent,
    Money,
    Section,
    donor_report_content,
    report_subject,
)
from .partner_workbook import ExportResult
from .rows_xml import FastSheet, streamed_workbook
from .text_width import BOLD, word_width, wrapped_lines
from .writing import Formats, end_table, saving, start_table

if TYPE_CHECKING:
    from ..services import Services

A4 = 9  # Excel's paper size code
LINE_HEIGHT = 15  # points: one line of the default font (Calibri 11)
HEADER_LIMIT = 255  # characters Excel allows in a page header or footer
INVALID_SHEET_CHARS = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def export_donor_report(
    services: Services,
    out: Path,
    *,
    donor: str | None = None,
    initiative: str | None = None,
    language: str = "en",
    check: Callable[[], None] | None = None,
) -> ExportResult:
    """Write the report for a donor (a partner's name or acronym), an initiative (its name) or
    everything, in the language given; check() is called now and then and may raise to
    cancel."""
    partner_uuid, initiative_uuid = report_subject(services, donor, initiative)
    content = donor_report_content(
        services, partner_uuid, language, initiative_uuid=initiative_uuid
    )
    with saving(out) as tmp:
        author = services.actor.name
        with streamed_workbook(tmp, content.heading, author, content.scope_line) as (
            wb,
            formats,
            fast,
        ):
            styles = _Styles(wb, formats, content.right_to_left)
            _summary(wb, styles, content)
            for section in content.sections:
                _section(wb, styles, content, section, fast, check)
    return ExportResult(Path(out).expanduser().resolve(), None, content.counts)


class _Styles:
    """The report's cell formats: every cell reads from the top of its row, text wraps."""

    def __init__(self, wb: Any, formats: Formats, right_to_left: bool) -> None:
        add = wb.add_format
        self.box = top = {"valign": "top", "border": 1, "border_color": "#BFBFBF"}  # cells apart
        self.wb = wb
        self.beside = "right" if right_to_left else "left"  # a key figure next to its label
        self.formats = formats
        self.header = add({**top, "bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79"})
        self.header.set_text_wrap()
        self.text = add({**top, "text_wrap": True})
        self.date = add({**top, "num_format": "yyyy-mm-dd"})
        self.number = add({**top, "num_format": "0"})
        self.id = add({**top, "font_color": "#7F7F7F"})
        self.title = add({"bold": True, "font_size": 14})
        self.label = add({"valign": "top", "bold": True})
        self.value = add({"valign": "top", "text_wrap": True})
        self.figure = add({"valign": "top", "num_format": "#,##0", "align": self.beside})
        self.empty = add({"italic": True})
        self.overdue = add({"bg_color": "#F8CBAD"})
        self._money: dict[str, Any] = {}

    def money(self, currency: str, in_table: bool = True) -> Any:
        """An amount's format, its currency after the number ("1,200.00 USD")."""
        key = f"{currency}|{in_table}"
        if key not in self._money:
            code = "".join(ch for ch in currency if ch.isalnum())
            suffix = f' "{code}"' if code else ""
            look = self.box if in_table else {"valign": "top", "align": self.beside}
            self._money[key] = self.wb.add_format({**look, "num_format": f"#,##0.00{suffix}"})
        return self._money[key]

    def of(self, kind: str) -> Any:
        if kind == MONEY:
            return self.money("")
        return {DATE: self.date, PERCENT: self.number, ID: self.id}.get(kind, self.text)


def _sheet_name(text: str) -> str:
    return text.translate(INVALID_SHEET_CHARS).strip()[:31] or "Sheet"


def _header_text(text: str) -> str:
    """Text for a page header: & doubled (a bare & starts a code)."""
    return text.replace("&", "&&")


def _page_setup(ws: Any, content: DonorReportContent, *, fit_height: int = 0) -> None:
    """Landscape A4, one page wide (and fit_height pages high, 0: as many as needed), the
    title, scope and date at the top of each page and "page x of y" at the bottom."""
    ws.set_paper(A4)
    ws.set_landscape()
    ws.fit_to_pages(1, fit_height)
    ws.set_margins(left=0.5, right=0.5, top=0.8, bottom=0.7)
    date = _header_text(content.date_text)
    room = HEADER_LIMIT - len(date) - 12
    heading = _header_text(content.heading)
    if len(heading) > room:
        heading = heading[: room - 1].rstrip("&") + "…"
    ws.set_header(f"&L{heading}&R{date}")
    if content.right_to_left:  # spreadsheet programs lay out a footer left to right: an
        ws.set_footer("&C&P / &N")  # Arabic "page x of y" would come out in pieces
    else:
        ws.set_footer("&C" + _header_text(content.page_text).format("&P", "&N"))
    if content.right_to_left:
        ws.right_to_left()


def _summary(wb: Any, styles: _Styles, content: DonorReportContent) -> None:
    w = content.wording
    ws = wb.add_worksheet(_sheet_name(w("Summary")))
    labels = [w("Scope"), w("Generated (UTC)"), content.chart.title]
    labels += [figure.label for figure in content.figures]
    widest = max(BOLD * word_width(label) for label in labels)  # labels are not wrapped
    ws.set_column(0, 0, max(30, math.ceil(widest) + 1))
    ws.set_column(1, 1, 48)
    ws.set_column(2, 2, 3)
    _page_setup(ws, content, fit_height=1)
    ws.set_row(0, 21)
    ws.write_string(0, 0, content.title, styles.title)
    generated = content.generated.replace(tzinfo=None)
    ws.set_row(1, LINE_HEIGHT * wrapped_lines(content.scope_line, 48))
    ws.write_string(1, 0, w("Scope"), styles.label)
    ws.write_string(1, 1, content.scope_line, styles.value)
    ws.write_string(2, 0, w("Generated (UTC)"), styles.label)
    ws.write_string(2, 1, f"{generated:%Y-%m-%d %H:%M}", styles.value)
    row = 4
    for figure in content.figures:
        ws.write_string(row, 0, figure.label, styles.label)
        if isinstance(figure.value, Money):
            ws.write_number(row, 1, figure.value.amount, styles.money(figure.value.currency, False))
        else:
            ws.write_number(row, 1, figure.value, styles.figure)
        row += 1
    row += 1
    ws.write_string(row, 0, content.chart.title, styles.header)
    ws.write_string(row, 1, w("Count"), styles.header)
    first = row + 1
    for label, value in content.chart.points:
        row += 1
        ws.write_string(row, 0, label, styles.text)
        ws.write_number(row, 1, value, styles.number)
    chart = wb.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": content.chart.series,
            "categories": [ws.name, first, 0, row, 0],
            "values": [ws.name, first, 1, row, 1],
            "fill": {"color": "#1F4E79"},
        }
    )
    chart.set_title({"name": content.chart.title, "name_font": {"size": 12}})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True})  # the statuses top to bottom, as in the table
    chart.set_x_axis({"min": 0, "major_gridlines": {"visible": True}})
    ws.insert_chart(1, 3, chart, {"x_scale": 1.1, "y_scale": 1.1})


def _section(
    wb: Any,
    styles: _Styles,
    content: DonorReportContent,
    section: Section,
    fast: list[FastSheet],
    check: Callable[[], None] | None,
) -> None:
    ws = wb.add_worksheet(_sheet_name(section.title))
    _page_setup(ws, content)
    if not section.count:
        ws.set_column(0, 0, 60)
        ws.write_string(0, 0, section.empty_text, styles.empty)
        return
    columns = section.columns
    for index, column in enumerate(columns):
        ws.set_column(index, index, column.width, styles.of(column.kind))
    ws.freeze_panes(1, 0)
    ws.repeat_rows(0)
    headers = [c.header for c in columns]
    table = start_table(ws, section.key.capitalize(), headers, styles.header)
    ws.set_row(0, LINE_HEIGHT * max(wrapped_lines(c.header, c.width) for c in columns))
    out = FastSheet(ws, styles.formats, len(columns), check=check)
    fast.append(out)
    base = [styles.of(c.kind) for c in columns]
    wrapping = [(i, c.width) for i, c in enumerate(columns) if c.wrap]
    for record in section.rows():
        values, cell_styles = list(record.values), base
        for index, value in enumerate(values):
            if isinstance(value, Money):
                if cell_styles is base:
                    cell_styles = list(base)
                cell_styles[index] = styles.money(value.currency)
                values[index] = value.amount
        texts = ((values[i], width) for i, width in wrapping if isinstance(values[i], str))
        lines = max((wrapped_lines(text, width) for text, width in texts), default=1)
        out.row(values, cell_styles, LINE_HEIGHT * lines if lines > 1 else None)
    end_table(table, out.rows, len(columns))
    printed = [i for i, c in enumerate(columns) if c.printed]
    ws.print_area(0, 0, out.rows, max(printed))
    if "overdue" in {c.key for c in columns}:
        flag = xl_col_to_name(section.column_index("overdue"))
        yes = content.wording("Yes").replace('"', '""')
        ws.conditional_format(
            1,
            0,
            out.rows,
            len(columns) - 1,
            {"type": "formula", "criteria": f'=${flag}2="{yes}"', "format": styles.overdue},
        )
