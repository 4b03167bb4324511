"""Limits that keep reading an untrusted spreadsheet bounded in time and memory.

A file over any limit is refused with a sentence that names the limit.
"""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024  # the file as received
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # all members of a zip-based workbook together
MAX_MEMBER_RATIO = 200  # uncompressed / compressed size of one zip member
MAX_ZIP_MEMBERS = 2_000
MAX_DATA_ROWS = 100_000  # data rows per sheet
MAX_COLUMNS = 200  # columns read per row; cells further right are ignored
BLANK_RUN_STOP = 1_000  # consecutive blank rows after which a sheet is taken to end
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell


def cell_length(text: str) -> int:
    """A text's length as spreadsheet programs count it: in UTF-16 units (a character outside
    the Basic Multilingual Plane, such as an emoji, counts two)."""
    if len(text) <= MAX_CELL_CHARS // 2:  # cannot exceed the limit: skip the encoding
        return len(text)
    return len(text.encode("utf-16-le")) // 2
