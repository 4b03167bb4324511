"""Streaming workbook writing with XlsxWriter: safe text, shared formats, atomic save.

Workbooks are written in constant-memory mode (one row in memory at a time) to a temporary
file beside the chosen name, which is renamed only once the workbook is complete.

Text is never taken for a formula: cells are written as text, and a text that a spreadsheet
program would evaluate once the cell is edited (one starting with = + - @, their full-width
forms, a tab or a line break) gets a quote prefix, the cell's look otherwise unchanged. The
worksheets of new_workbook() do this for every text written to them, however it is written.
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_range
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from ..errors import UserError
from . import limits

FORMULA_SIGNS = ("=", "+", "-", "@")  # also in their full-width and small forms (NFKC)
CONTROL_STARTS = ("\t", "\r", "\n")
ERROR_VALUES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
_OWN_INDEX = ("xf_index", "dxf_index", "_format_key")  # what a copied format recomputes


def needs_guard(text: str) -> bool:
    """Text a spreadsheet could take for a formula or an error value: a formula sign first
    (after any spaces; ＝ and the other full-width signs too), a tab or line break first."""
    first = text[:1]
    if first.isspace():
        if first in CONTROL_STARTS:
            return True
        first = text.lstrip()[:1]
    if first in FORMULA_SIGNS:
        return True
    if first.isascii():
        return first == "#" and text in ERROR_VALUES
    return unicodedata.normalize("NFKC", first) in FORMULA_SIGNS


def guarded_format(ws: Worksheet, fmt: Format | None) -> Format:
    """fmt with a quote prefix (its text stays text when the cell is edited), made once per
    format on each worksheet."""
    made: dict[int, Format] = ws.__dict__.setdefault("_guarded_formats", {})
    guarded = made.get(id(fmt))
    if guarded is None:
        guarded = ws.workbook_add_format()
        if fmt is not None:
            own = {k: v for k, v in vars(fmt).items() if k not in _OWN_INDEX}
            guarded.__dict__.update(own)
        guarded.set_quote_prefix()
        made[id(fmt)] = guarded
    return guarded


class TextSafeWorksheet(Worksheet):
    """A worksheet whose formula-like text always gets a quote prefix (write, write_string,
    write_row and the rest all write text through _write_string)."""

    def _write_string(
        self, row: int, col: int, string: str, cell_format: Format | None = None
    ) -> int:
        if needs_guard(string):
            cell_format = guarded_format(self, cell_format)
        return super()._write_string(row, col, string, cell_format)


class Formats:
    """The few cell formats a workbook uses, created once."""

    def __init__(self, wb: Workbook) -> None:
        add = wb.add_format
        self.header = add({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79"})
        self.header.set_text_wrap()
        self.date = add({"num_format": DATE_FORMAT})
        self.money = add({"num_format": MONEY_FORMAT})
        self.open = add({"locked": False})
        self.open_date = add({"locked": False, "num_format": DATE_FORMAT})
        self.title = add({"bold": True, "font_size": 14})
        self.bold = add({"bold": True})
        self.wrap = add({"text_wrap": True, "valign": "top"})
        self.overdue = add({"bg_color": "#F8CBAD"})
        self.locked = add({"bg_color": "#EDEDED"})  # grey: identifier and reference columns
        self.locked_date = add({"bg_color": "#EDEDED", "num_format": DATE_FORMAT})


class SheetWriter:
    """Writes rows in order to one worksheet, choosing the cell type from the value."""

    def __init__(self, ws: Worksheet, formats: Formats) -> None:
        self.ws = ws
        self.formats = formats
        self.next_row = 0

    def row(self, values: list[Any], formats: list[Any] | None = None) -> None:
        r = self.next_row
        ws = self.ws
        for c, value in enumerate(values):
            fmt = formats[c] if formats is not None else None
            if value is None or value == "":
                if fmt is not None:
                    ws.write_blank(r, c, None, fmt)
            elif isinstance(value, str):
                ws.write_string(r, c, fit_cell(value), fmt)
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value, fmt)
            elif isinstance(value, int | float | Decimal):
                ws.write_number(r, c, float(value) if isinstance(value, Decimal) else value, fmt)
            elif isinstance(value, date):
                ws.write_datetime(r, c, value, fmt or self.formats.date)
            else:
                ws.write_string(r, c, str(value), fmt)
        self.next_row += 1


def fit_cell(text: str) -> str:
    """The text, cut to what a cell holds (an ellipsis says so)."""
    if limits.cell_length(text) <= limits.MAX_CELL_CHARS:
        return text
    units = text.encode("utf-16-le")[: (limits.MAX_CELL_CHARS - 1) * 2]
    return units.decode("utf-16-le", errors="ignore") + "…"  # never half a surrogate pair


def setup_columns(ws: Worksheet, widths: list[int], formats: list[Any] | None = None) -> None:
    for index, width in enumerate(widths):
        fmt = formats[index] if formats is not None else None
        ws.set_column(index, index, width, fmt)


def start_table(ws: Worksheet, name: str, headers: list[str], header_format: Any) -> dict:
    """Declare an Excel table over the header row before streaming its rows.

    XlsxWriter refuses tables in constant-memory mode because a table may write cells; this
    one writes only the header row, which is still in memory, and its size is set at the end
    by end_table.
    """
    ws.constant_memory = False
    ws.add_table(
        0,
        0,
        1,
        len(headers) - 1,
        {
            "name": name,
            "style": "Table Style Medium 2",
            "columns": [{"header": h, "header_format": header_format} for h in headers],
        },
    )
    ws.constant_memory = True
    ws.table_cells.clear()
    for column, header in enumerate(headers):  # again, as in-line strings like every other cell
        ws.write_string(0, column, header, header_format)
    return ws.tables[-1]


def end_table(table: dict, rows: int, columns: int) -> None:
    ref = xl_range(0, 0, max(rows, 1), columns - 1)
    table["range"] = table["a_range"] = table["autofilter"] = ref


def new_workbook(
    path: Path, title: str, author: str, subject: str = ""
) -> tuple[Workbook, Formats]:
    wb = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "default_date_format": DATE_FORMAT,
        },
    )
    wb.worksheet_class = TextSafeWorksheet
    created = datetime.now(UTC).replace(tzinfo=None)
    wb.set_properties({"title": title, "subject": subject, "author": author, "created": created})
    return wb, Formats(wb)


def close_quietly(wb: Workbook) -> None:
    """Close a workbook abandoned half-way (its temporary files), ignoring what it writes."""
    if not wb.fileclosed:
        with contextlib.suppress(Exception):  # the file is deleted by saving() anyway
            wb.close()


@contextlib.contextmanager
def saving(out: Path, suffixes: tuple[str, ...] = (".xlsx",)) -> Iterator[Path]:
    """Yield a temporary path beside out; on success it replaces out, on failure it vanishes."""
    out = Path(out).expanduser().resolve()
    if out.suffix.lower() not in suffixes:
        raise UserError(
            f"Save the file with the {' or '.join(suffixes)} extension (not '{out.suffix}')."
        )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"The folder {out.parent} cannot be created ({exc.strerror}).") from None
    tmp = out.with_name(f".{out.stem}.partial{out.suffix.lower()}")
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except (PermissionError, FileCreateError):
        raise UserError(
            f"{out.name} cannot be written: is it open in another program? "
            "Close it or choose another name."
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
