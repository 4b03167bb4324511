"""A list as the window shows it, written to an .xlsx workbook or a .csv file.

The rows come as plain values (text, numbers, dates), already in the words of the window;
nothing here knows about Qt or the database. Text is always written as text: a title that
starts with = + - or @ (or their full-width forms, a tab or a line break) is never taken for a
formula (writing.needs_guard says which text a spreadsheet program might).
"""

from __future__ import annotations

import csv
import errno
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from .writing import TextSafeWorksheet, needs_guard, saving

SUFFIXES = (".xlsx", ".csv")
WIDTH_SAMPLE = 200  # rows read to choose the width of the workbook's columns
MAX_WIDTH = 60  # characters
LINE_HEIGHT = 15  # points: a line of the default font


def write_list(
    path: Path,
    headings: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    date_format: str = "yyyy-mm-dd",
    number_formats: dict[int, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the headings and rows to ``path`` (.xlsx or .csv, by its suffix); the number of
    rows written. The file appears whole or not at all: it is written beside its place and
    moved there at the end, so a failure or a cancel (an exception raised while ``rows`` is
    read) leaves an existing file as it was.

    ``date_format`` is the Excel number format of date cells (a time of day is added for
    date-times); ``number_formats`` gives some columns (by position) a number format of
    their own."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"cannot write a list to a {suffix or 'nameless'} file")
    if not path.parent.is_dir():  # a folder chosen, not one made on the way
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    with saving(path, SUFFIXES) as temporary:
        if suffix == ".csv":
            return _write_csv(temporary, headings, rows, progress)
        return _write_xlsx(temporary, headings, rows, date_format, number_formats or {}, progress)


def _write_csv(
    path: Path,
    headings: Sequence[str],
    rows: Iterable[Sequence[Any]],
    progress: Callable[[int], None] | None,
) -> int:
    """UTF-8 with a byte order mark (so Excel reads the accents), ISO dates, plain numbers;
    formula-like text starts with an apostrophe, which spreadsheet programs read as text."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headings)
        for row in rows:
            writer.writerow([_csv_value(value) for value in row])
            count += 1
            if progress is not None:
                progress(count)
    return count


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and needs_guard(value):
        return "'" + value
    return value


def _write_xlsx(
    path: Path,
    headings: Sequence[str],
    rows: Iterable[Sequence[Any]],
    date_format: str,
    number_formats: dict[int, str],
    progress: Callable[[int], None] | None,
) -> int:
    import xlsxwriter

    rows = iter(rows)
    first = list(islice(rows, WIDTH_SAMPLE))
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    book.worksheet_class = TextSafeWorksheet  # formula-like text gets a quote prefix
    try:
        sheet = book.add_worksheet()
        bold = book.add_format({"bold": True})
        top = {"valign": "top"}  # a row made high by a wrapped title reads from its top
        dates = book.add_format({"num_format": date_format, **top})
        times = book.add_format({"num_format": date_format + " hh:mm", **top})
        numbers = {i: book.add_format({"num_format": f, **top}) for i, f in number_formats.items()}
        plain = book.add_format(top)
        wrapped = book.add_format({"text_wrap": True, **top})
        wrapping = []  # a text as wide as the widest column allowed wraps within it
        for column, width in enumerate(_widths(headings, first)):
            sheet.set_column(column, column, width, wrapped if width >= MAX_WIDTH else plain)
            if width >= MAX_WIDTH:
                wrapping.append(column)
        sheet.freeze_panes(1, 0)
        sheet.set_landscape()  # printed: one page wide, the headings on every page
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        sheet.set_footer("&C&P / &N")
        for column, heading in enumerate(headings):
            sheet.write_string(0, column, heading, bold)
        count = 0
        for row in _chain(first, rows):
            count += 1
            lines = max((_lines(row[c]) for c in wrapping), default=1)
            if lines > 1:  # as high as its wrapped text (spreadsheet programs do not measure)
                sheet.set_row(count, LINE_HEIGHT * lines)
            for column, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    sheet.write_string(count, column, value)
                elif isinstance(value, bool):
                    sheet.write_boolean(count, column, value)
                elif isinstance(value, int | float | Decimal):
                    sheet.write_number(count, column, float(value), numbers.get(column, plain))
                elif isinstance(value, datetime):
                    sheet.write_datetime(count, column, value.replace(tzinfo=None), times)
                elif isinstance(value, date):
                    sheet.write_datetime(count, column, datetime.combine(value, time()), dates)
                else:
                    sheet.write_string(count, column, str(value))
            if progress is not None:
                progress(count)
        sheet.autofilter(0, 0, count, max(len(headings) - 1, 0))
    finally:
        book.close()
    return count


def _lines(value: Any) -> int:
    """About how many lines a text takes in a wrapping column."""
    per_line = MAX_WIDTH * 6 // 5  # widths count digits; a text's letters are narrower
    return -(-len(value) // per_line) if isinstance(value, str) and value else 1


def _chain(first: list[Sequence[Any]], rest: Iterable[Sequence[Any]]) -> Iterable[Sequence[Any]]:
    yield from first
    yield from rest


def _widths(headings: Sequence[str], rows: list[Sequence[Any]]) -> list[int]:
    """Column widths in characters: the heading's and the first rows' text, within bounds."""
    widths = [len(h) + 4 for h in headings]  # room for the filter button
    for row in rows:
        for column, value in enumerate(row):
            size = 12 if isinstance(value, date) else len(str(value)) if value is not None else 0
            widths[column] = max(widths[column], size + 2)
    return [min(width, MAX_WIDTH) for width in widths]
