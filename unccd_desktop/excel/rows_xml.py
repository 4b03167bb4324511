"""Fast rows for the big data sheets: serialised straight to sheet XML, then spliced in.

XlsxWriter writes each workbook whole (styles, tables, validation, protection, charts), with
only the header row on the big sheets; their data rows are written here, several times
faster, to a temporary file, and inserted into the sheet's XML when the workbook is saved.
Cell styles are XlsxWriter formats, by their XF index.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.workbook import Workbook

from .writing import Formats, close_quietly, fit_cell, guarded_format, needs_guard, new_workbook

_EPOCH = datetime(1899, 12, 30)
_EPOCH_DATE = _EPOCH.date()
CELL_TYPES = (str, bool, int, float, Decimal, date, type(None))  # date: datetime too
# A carriage return too: XML readers turn a written "\r\n" into "\n" (Excel writes _x000D_).
_NEEDS_ESCAPE = re.compile(r"[&<>\x00-\x08\x0b-\x1f]|_x[0-9A-Fa-f]{4}_")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_LITERAL_ESCAPE = re.compile(r"(_x[0-9A-Fa-f]{4}_)")


def _escape(text: str) -> str:
    """Text for XML, with control characters as _xHHHH_ and a literal _xHHHH_ kept literal
    (its underscore written _x005F_), as spreadsheet programs write and read them."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _LITERAL_ESCAPE.sub(r"_x005F\1", text)
    return _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


class FastSheet:
    """Data rows of one worksheet, from row 2 on (XlsxWriter writes the header row)."""

    def __init__(
        self,
        ws: Any,
        formats: Formats,
        columns: int,
        start_row: int = 2,
        check: Callable[[], None] | None = None,
    ) -> None:
        self.member = f"xl/worksheets/sheet{ws.index + 1}.xml"
        self.formats = formats
        self.columns = columns
        self.letters = [xl_col_to_name(c) for c in range(columns)]
        self.start_row = start_row
        self.check = check  # called every 1,000 rows; raises to cancel the export
        self.next_row = start_row  # spreadsheet row numbers, 1-based
        handle, name = tempfile.mkstemp(suffix=".xml", prefix="rows-")
        self.path = Path(name)
        self.fh = os.fdopen(handle, "w", encoding="utf-8", newline="")
        self.ws = ws
        self._ids: dict[int, int] = {}
        self.date = self._xf(formats.date)

    def _xf(self, fmt: Any) -> int:
        """The XF index of a format (XlsxWriter gives one on first use; this is that use)."""
        key = id(fmt)
        if key not in self._ids:
            self._ids[key] = fmt._get_xf_index()
        return self._ids[key]

    def row(
        self, values: list[Any], formats: list[Any] | None = None, height: float | None = None
    ) -> None:
        """One row of cells; height: the row's height in points (else the default)."""
        r = self.next_row
        if self.check is not None and (r % 1000 == 0 or r == self.start_row):
            self.check()
        tall = f' ht="{height:g}" customHeight="1"' if height else ""
        parts = [f'<row r="{r}"{tall}>']
        append = parts.append
        letters = self.letters
        for c, value in enumerate(values):
            fmt = formats[c] if formats is not None else None
            style = self._xf(fmt) if fmt is not None else 0
            ref = f"{letters[c]}{r}"
            s = f' s="{style}"' if style else ""
            if not isinstance(value, CELL_TYPES):
                value = str(value)  # written as the text it reads as
            if value is None or value == "":
                if style:
                    append(f'<c r="{ref}"{s}/>')
            elif isinstance(value, str):
                value = fit_cell(value)
                if needs_guard(value):
                    s = f' s="{self._xf(guarded_format(self.ws, fmt))}"'
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                append(f'<c r="{ref}" t="inlineStr"{s}><is><t{space}>{_escape(value)}</t></is></c>')
            elif isinstance(value, bool):
                append(f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>')
            elif isinstance(value, int | float | Decimal):
                append(f'<c r="{ref}"{s}><v>{value}</v></c>')
            elif isinstance(value, datetime):
                serial = (value.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400
                append(f'<c r="{ref}" s="{style or self.date}"><v>{serial}</v></c>')
            elif isinstance(value, date):
                serial = (value - _EPOCH_DATE).days
                append(f'<c r="{ref}" s="{style or self.date}"><v>{serial}</v></c>')
        append("</row>")
        self.fh.write("".join(parts))
        self.next_row += 1

    @property
    def rows(self) -> int:
        """Data rows written so far."""
        return self.next_row - self.start_row

    def discard(self) -> None:
        self.fh.close()
        self.path.unlink(missing_ok=True)


def splice(path: Path, sheets: list[FastSheet]) -> None:
    """Insert each sheet's rows into the saved workbook at path (rewritten in place)."""
    by_member = {s.member: s for s in sheets}
    for sheet in sheets:
        sheet.fh.close()
    out = path.with_name(path.name + ".spliced")
    try:
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                sheet = by_member.get(info.filename)
                if sheet is None:
                    dst.writestr(info, src.read(info.filename))
                    continue
                xml = src.read(info.filename).decode("utf-8")
                head, tail = xml.split("</sheetData>", 1)
                last = xl_col_to_name(sheet.columns - 1)
                head = re.sub(
                    r'<dimension ref="[^"]*"/>',
                    f'<dimension ref="A1:{last}{max(sheet.next_row - 1, 1)}"/>',
                    head,
                    count=1,
                )
                with dst.open(info.filename, "w", force_zip64=True) as fh:
                    fh.write(head.encode("utf-8"))
                    with sheet.path.open("rb") as rows:
                        shutil.copyfileobj(rows, fh, 1 << 20)
                    fh.write(b"</sheetData>")
                    fh.write(tail.encode("utf-8"))
        os.replace(out, path)
    finally:
        out.unlink(missing_ok=True)
        for sheet in sheets:
            sheet.path.unlink(missing_ok=True)


@contextlib.contextmanager
def streamed_workbook(
    path: Path, title: str, author: str, subject: str = ""
) -> Iterator[tuple[Workbook, Formats, list[FastSheet]]]:
    """A new workbook at path, its formats, and a list for the fast sheets to splice in once
    the block ends; a block left by an exception leaves no temporary file behind."""
    wb, formats = new_workbook(path, title, author, subject)
    fast: list[FastSheet] = []
    try:
        yield wb, formats, fast
        wb.close()
        splice(path, fast)
    finally:
        close_quietly(wb)
        for sheet in fast:
            sheet.discard()
