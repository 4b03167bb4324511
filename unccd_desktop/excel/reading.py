"""Reading the cells of a received workbook (.xlsx, .ods, .csv) within the limits.

Every reader yields the same thing: sheets of rows of plain values (str, int, float, bool,
date, datetime or None), with their spreadsheet row numbers. Blank rows are skipped, a
sheet ends after a long run of blank rows, and no row is read wider than MAX_COLUMNS.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ExpatError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from . import limits
from . import problems as msg
from .files import DamagedContent, FileInfo, RejectedFile
from .problems import ImportText, Problem
from .xlsx_reader import number_of, open_part, whole_number

Row = tuple[int, list[Any]]  # (row number as the spreadsheet shows it, values)
HIDDEN_ROWS = 50  # rows read of a hidden sheet, unless it is read alone (read_book's only)


@dataclass
class Sheet:
    name: str
    rows: list[Row]
    hidden: bool = False
    complete: bool = True  # False: a hidden sheet read to its first HIDDEN_ROWS rows


@dataclass
class Book:
    """The sheets of a received file, with what the reader had to say about them."""

    sheets: list[Sheet]
    epoch_1904: bool = False
    warnings: list[Problem] = field(default_factory=list)
    info: FileInfo | None = None  # the file they were read from


# What reading a damaged part of a zip raises (a bad CRC, a cut deflate stream).
ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError)


def read_book(info: FileInfo, only: str | None = None) -> Book:
    """Read every sheet of an inspected file, hidden ones to their first HIDDEN_ROWS rows (an
    import reads them only for the keys at their top), or the one sheet named only, whole.
    Raise RejectedFile when the file cannot be read.

    Only what the file causes is a refusal: malformed or unsafe XML, a damaged zip part,
    content that cannot be decoded (DamagedContent), a file too large or too deeply nested to
    read. Any other exception is a bug of the reader and propagates, to be reported as one.
    """
    readers = {"xlsx": _read_xlsx, "ods": _read_ods, "csv": _read_csv}
    name = info.path.name
    try:
        book = readers[info.kind](info.path, only)
    except (MemoryError, RecursionError):
        raise RejectedFile(msg.TOO_LARGE_TO_READ, name) from None
    except (DefusedXmlException, ExpatError, ParseError) as exc:
        raise RejectedFile(msg.MALFORMED_XML, name, exc) from None
    except DamagedContent as exc:
        raise RejectedFile(msg.DAMAGED_CONTENT, name, exc.args[0]) from None
    except ZIP_READ_ERRORS as exc:
        raise RejectedFile(msg.DAMAGED_CONTENT, name, str(exc) or type(exc).__name__) from None
    book.info = info
    return book


class _SheetCollector:
    """Collects non-blank rows, stopping after a long blank run or too many rows."""

    def __init__(self, file_name: str, sheet: str, book: Book, limit: int | None = None) -> None:
        self.file_name, self.sheet, self.book = file_name, sheet, book
        self.rows: list[Row] = []
        self.blank_run = 0
        self.limit = limit
        self.cut = False

    def add(self, number: int, values: list[Any]) -> bool:
        """Add one row; return False when the sheet should not be read further."""
        if self.limit is not None and len(self.rows) >= self.limit:
            self.cut = True
            return False
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        if not values:
            self.blank_run += 1
            if self.blank_run >= limits.BLANK_RUN_STOP:
                self._stopped(number)
                return False
            return True
        self.blank_run = 0
        if len(self.rows) > limits.MAX_DATA_ROWS:
            raise RejectedFile(
                msg.TOO_MANY_ROWS, self.file_name, self.sheet, f"{limits.MAX_DATA_ROWS:,}"
            )
        self.rows.append((number, values))
        return True

    def skip_blank(self, count: int, number: int) -> bool:
        """Count rows the file leaves out (blank); return False when the sheet should end."""
        self.blank_run += count
        if self.blank_run < limits.BLANK_RUN_STOP:
            return True
        self._stopped(number)
        return False

    def _stopped(self, number: int) -> None:
        if self.rows:
            self.book.warnings.append(
                Problem(
                    msg.BLANK_ROW,
                    msg.READING_STOPPED,
                    self.sheet,
                    number,
                    f"{limits.BLANK_RUN_STOP:,}",
                    sheet=self.sheet,
                    row=number,
                )
            )

    def sheet_data(self, hidden: bool = False) -> Sheet:
        return Sheet(self.sheet, self.rows, hidden, not self.cut)


# ----- .xlsx / .xlsm ----------------------------------------------------------------------


def _read_xlsx(path: Path, only: str | None) -> Book:
    from .xlsx_reader import read_sheets

    book = Book([])

    def collector_for(name: str, hidden: bool) -> _SheetCollector | None:
        if only is not None and name != only:
            return None
        limit = HIDDEN_ROWS if hidden and only is None else None
        return _SheetCollector(path.name, name, book, limit)

    epoch_1904, sheets = read_sheets(path, collector_for)
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


def _read_ods(path: Path, only: str | None) -> Book:
    book = Book([])
    with zipfile.ZipFile(path) as archive, open_part(archive, "content.xml") as fh:
        collector: _SheetCollector | None = None
        row_number = 0
        row: list[Any] = []
        skipping = False
        for event, elem in iterparse(fh, events=("start", "end"), forbid_dtd=True):
            tag = elem.tag
            if event == "start":
                if tag == _T + "table":
                    name = elem.get(_T + "name", "Sheet")
                    wanted = only is None or name == only
                    collector = _SheetCollector(path.name, name, book) if wanted else None
                    row_number, skipping = 0, not wanted
                elif tag == _T + "table-row":
                    row = []
                continue
            if tag in (_T + "table-cell", _T + "covered-table-cell"):
                if not skipping:
                    repeat = whole_number(elem.get(_T + "number-columns-repeated") or "1")
                    value = _ods_value(elem)
                    room = limits.MAX_COLUMNS - len(row)
                    if room > 0:
                        row.extend([value] * min(repeat, room))
                elem.clear()
            elif tag == _T + "table-row":
                repeat = whole_number(elem.get(_T + "number-rows-repeated") or "1")
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
        number = number_of(cell.get(_O + "value") or "")
        return int(number) if number.is_integer() else number
    if kind == "date":
        text = cell.get(_O + "date-value", "")
        try:
            return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
        except ValueError:
            raise DamagedContent(ImportText(msg.BAD_DATE, text)) from None
    if kind == "boolean":
        return cell.get(_O + "boolean-value") == "true"
    paragraphs = [_ods_text(p) for p in cell if p.tag == _X + "p"]
    text = "\n".join(paragraphs)
    return text if text else None


def _ods_text(elem: Any) -> str:
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == _X + "s":
            parts.append(" " * min(whole_number(child.get(_X + "c") or "1"), limits.MAX_CELL_CHARS))
        elif child.tag == _X + "tab":
            parts.append("\t")
        elif child.tag == _X + "line-break":
            parts.append("\n")
        else:
            parts.append(_ods_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


# ----- .csv ---------------------------------------------------------------------------------


def _read_csv(path: Path, _only: str | None) -> Book:
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
            raise RejectedFile(msg.BAD_CSV, path.name, exc) from None
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
