"""Streaming workbook writing: safe text cells, shared styles and saving under a temporary name."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as ILLEGAL_CHARACTERS
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ..errors import UserError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
OVERDUE_FILL = PatternFill("solid", fgColor="F8CBAD")
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"


def clean_text(value: str) -> str:
    """Drop the control characters that XML (and so .xlsx) cannot hold."""
    return ILLEGAL_CHARACTERS.sub("", value) if ILLEGAL_CHARACTERS.search(value) else value


def needs_guard(text: str) -> bool:
    """Text a spreadsheet could take for a formula or an error value."""
    return text.startswith(FORMULA_STARTS) or text in ERROR_CODES


class CellFactory:
    """Cells for one write-only sheet, sharing a few prepared styles (cheap per cell)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self._styles: dict[str, Any] = {}

    def style(self, name: str, **attributes: Any) -> None:
        """Prepare a named style from cell attributes (font, fill, number_format, ...)."""
        proto = WriteOnlyCell(self.ws)
        for key, value in attributes.items():
            setattr(proto, key, value)
        self._styles[name] = proto._style

    def cell(self, value: Any, style: str | None = None) -> Any:
        """A value ready for ws.append: plain where possible, a styled or guarded cell otherwise."""
        guard = False
        if isinstance(value, str):
            value = clean_text(value)
            guard = needs_guard(value)
        if style is None and not guard:
            return value
        cell = WriteOnlyCell(self.ws, value if not guard else None)
        if guard:
            cell._value, cell.data_type = value, "s"
        if style is not None:
            cell._style = copy(self._styles[style])
        if guard:
            cell.quotePrefix = True
        return cell

    def header(self, titles: list[str]) -> list[Any]:
        return [self.cell(t, "header") for t in titles]


def prepare_sheet(ws: WriteOnlyWorksheet, widths: list[int], *, freeze: bool = True) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    if freeze:
        ws.freeze_panes = "A2"


def standard_styles(factory: CellFactory) -> None:
    factory.style("header", font=HEADER_FONT, fill=HEADER_FILL, alignment=Alignment(wrap_text=True))
    factory.style("date", number_format=DATE_FORMAT)
    factory.style("money", number_format=MONEY_FORMAT)
    factory.style("open", protection=Protection(locked=False))
    factory.style("open_date", protection=Protection(locked=False), number_format=DATE_FORMAT)
    factory.style("title", font=Font(bold=True, size=14))
    factory.style("bold", font=Font(bold=True))
    factory.style("wrap", alignment=Alignment(wrap_text=True, vertical="top"))


@contextlib.contextmanager
def saving(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside out; on success it replaces out, on failure it vanishes."""
    out = Path(out).expanduser().resolve()
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"Save the workbook with the .xlsx extension (not '{out.suffix}').")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"The folder {out.parent} cannot be created ({exc.strerror}).") from None
    tmp = out.with_name(f".{out.stem}.partial.xlsx")
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except PermissionError:
        raise UserError(
            f"{out.name} cannot be written: is it open in another program? "
            "Close it or choose another name."
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def new_workbook(title: str, author: str) -> Workbook:
    from datetime import UTC, datetime

    wb = Workbook(write_only=True)
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.created = datetime.now(UTC).replace(tzinfo=None)
    return wb
