"""Reading the cells of a received workbook (.xlsx, .ods, .csv) within the limits.

Every reader yields the same thing: sheets of rows of plain values (str, int, float, bool,
date, datetime or None), with their spreadsheet row numbers. Blank rows are skipped, a
sheet ends after a long run of blank rows, and no row is read wider than MAX_COLUMNS.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from . import limits
from .files import FileInfo, RejectedFile

Row = tuple[int, list[Any]]  # (row number as the spreadsheet shows it, values)


@dataclass
class Sheet:
    name: str
    rows: list[Row]
    hidden: bool = False


@dataclass
class Book:
    """The sheets of a received file, with what the reader had to say about them."""

    sheets: list[Sheet]
    epoch_1904: bool = False
    warnings: list[str] = field(default_factory=list)


def read_book(info: FileInfo) -> Book:
    """Read every sheet of an inspected file; raise RejectedFile when it cannot be read."""
    readers = {"xlsx": _read_xlsx, "ods": _read_ods, "csv": _read_csv}
    try:
        return readers[info.kind](info.path)
    except RejectedFile:
        raise
    except (MemoryError, RecursionError):
        raise RejectedFile(f"{info.path.name} is too large or too deeply nested to read.") from None
    except (DefusedXmlException, SyntaxError) as exc:
        raise RejectedFile(
            f"{info.path.name} is damaged and cannot be read (malformed or unsafe XML: {exc})."
        ) from None
    except Exception as exc:  # a damaged file can fail anywhere inside the parser
        raise RejectedFile(
            f"{info.path.name} is damaged and cannot be read ({type(exc).__name__}). "
            "Open it in your spreadsheet program and save it again."
        ) from None


class _SheetCollector:
    """Collects non-blank rows, stopping after a long blank run or too many rows."""

    def __init__(self, file_name: str, sheet: str, book: Book) -> None:
        self.file_name, self.sheet, self.book = file_name, sheet, book
        self.rows: list[Row] = []
        self.blank_run = 0

    def add(self, number: int, values: list[Any]) -> bool:
        """Add one row; return False when the sheet should not be read further."""
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        if not values:
            self.blank_run += 1
            if self.blank_run >= limits.BLANK_RUN_STOP:
                if self.rows:
                    self.book.warnings.append(
                        f"Sheet '{self.sheet}': reading stopped at row {number} after "
                        f"{limits.BLANK_RUN_STOP} blank rows."
                    )
                return False
            return True
        self.blank_run = 0
        for index, value in enumerate(values):
            if isinstance(value, str) and len(value) > limits.MAX_CELL_CHARS:
                raise RejectedFile(
                    f"{self.file_name}: sheet '{self.sheet}', row {number}, column {index + 1} "
                    f"holds {len(value):,} characters; a cell may hold at most "
                    f"{limits.MAX_CELL_CHARS:,}."
                )
        if len(self.rows) > limits.MAX_DATA_ROWS:
            raise RejectedFile(
                f"{self.file_name}: sheet '{self.sheet}' has more than "
                f"{limits.MAX_DATA_ROWS:,} rows, the most one import takes. Split the file."
            )
        self.rows.append((number, values))
        return True

    def skip_blank(self, count: int, number: int) -> bool:
        """Count rows the file leaves out (blank); return False when the sheet should end."""
        self.blank_run += count
        if self.blank_run < limits.BLANK_RUN_STOP:
            return True
        if self.rows:
            self.book.warnings.append(
                f"Sheet '{self.sheet}': reading stopped at row {number} after "
                f"{limits.BLANK_RUN_STOP} blank rows."
            )
        return False

    def sheet_data(self, hidden: bool = False) -> Sheet:
        return Sheet(self.sheet, self.rows, hidden)


# ----- .xlsx / .xlsm ----------------------------------------------------------------------


def _read_xlsx(path: Path) -> Book:
    from .xlsx_reader import read_sheets

    book = Book([])
    epoch_1904, sheets = read_sheets(path, lambda name: _SheetCollector(path.name, name, book))
    book.epoch_1904 = epoch_1904
    book.sheets = [collector.sheet_data(hidden) for collector, hidden in sheets]
    return book


# ----- .ods ---------------------------------------------------------------------------------

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_T = f"{{{_TABLE}}}"
_O = f"{{{_OFFICE}}}"
_X = f"{{{_TEXT}}}"


def _read_ods(path: Path) -> Book:
    book = Book([])
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as fh:
        collector: _SheetCollector | None = None
        row_number = 0
        row: list[Any] = []
        skipping = False
        for event, elem in iterparse(fh, events=("start", "end"), forbid_dtd=True):
            tag = elem.tag
            if event == "start":
                if tag == _T + "table":
                    collector = _SheetCollector(path.name, elem.get(_T + "name", "Sheet"), book)
                    row_number, skipping = 0, False
                elif tag == _T + "table-row":
                    row = []
                continue
            if tag in (_T + "table-cell", _T + "covered-table-cell"):
                if not skipping:
                    repeat = int(elem.get(_T + "number-columns-repeated", "1") or 1)
                    value = _ods_value(elem)
                    room = limits.MAX_COLUMNS - len(row)
                    if room > 0:
                        row.extend([value] * min(repeat, room))
                elem.clear()
            elif tag == _T + "table-row":
                repeat = int(elem.get(_T + "number-rows-repeated", "1") or 1)
                if collector is not None and not skipping:
                    blank = not any(v is not None and v != "" for v in row)
                    times = min(repeat, limits.BLANK_RUN_STOP if blank else limits.MAX_DATA_ROWS)
                    for _ in range(times):
                        row_number += 1
                        if not collector.add(row_number, list(row)):
                            skipping = True
                            break
                    else:
                        row_number += repeat - times
                elem.clear()
            elif tag == _T + "table" and collector is not None:
                book.sheets.append(collector.sheet_data())
                collector = None
                elem.clear()
    return book


def _ods_value(cell: Any) -> Any:
    kind = cell.get(_O + "value-type")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.get(_O + "value"))
        return int(number) if number.is_integer() else number
    if kind == "date":
        text = cell.get(_O + "date-value", "")
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    if kind == "boolean":
        return cell.get(_O + "boolean-value") == "true"
    paragraphs = [_ods_text(p) for p in cell if p.tag == _X + "p"]
    text = "\n".join(paragraphs)
    return text if text else None


def _ods_text(elem: Any) -> str:
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == _X + "s":
            parts.append(" " * int(child.get(_X + "c", "1") or 1))
        elif child.tag == _X + "tab":
            parts.append("\t")
        elif child.tag == _X + "line-break":
            parts.append("\n")
        else:
            parts.append(_ods_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


# ----- .csv ---------------------------------------------------------------------------------


def _read_csv(path: Path) -> Book:
    book = Book([])
    with path.open(encoding="utf-8-sig", newline="") as fh:
        sample = fh.read(64 * 1024)
        fh.seek(0)
        dialect = _sniff(sample)
        collector = _SheetCollector(path.name, path.stem, book)
        csv.field_size_limit(limits.MAX_FILE_BYTES)  # long cells get a clearer message below
        try:
            for number, values in enumerate(_csv_rows(fh, dialect), start=1):
                if not collector.add(number, values[: limits.MAX_COLUMNS]):
                    break
        except csv.Error as exc:
            raise RejectedFile(f"{path.name} is not a well-formed CSV file ({exc}).") from None
    book.sheets.append(collector.sheet_data())
    return book


def _csv_rows(fh: io.TextIOBase, dialect: type[csv.Dialect] | str) -> Iterator[list[Any]]:
    reader: Iterable[list[str]] = csv.reader(fh, dialect)
    for values in reader:
        yield [v.strip() or None for v in values]


def _sniff(sample: str) -> type[csv.Dialect] | str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return "excel"
