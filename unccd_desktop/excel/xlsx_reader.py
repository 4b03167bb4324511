"""A streaming reader of .xlsx cell values: only what an import needs, several times faster
than a general-purpose library, and bounded like the other readers.

XML is parsed with expat set up as defusedxml does: a document type declaration, entity
declaration or external entity stops parsing. Namespace prefixes are ignored, so workbooks
in the Strict OOXML flavour read the same as transitional ones.

Only the standard library is used, so that an import loads no spreadsheet library at all.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from . import limits
from . import problems as msg
from .files import DamagedContent
from .problems import ImportText

_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
_CELL_REF = re.compile(r"([A-Z]+)(\d*)")
_MAX_SERIAL = 2_958_465

# Number formats 0-163 are built in, not written in the file; these are the dates and times.
BUILTIN_DATE_FORMATS = frozenset((*range(14, 23), 45, 46, 47))
# In a format code, quoted text and bracketed parts other than elapsed time ([h], [mm], [ss])
# are not date parts; a date part is a d, m, h, y or s not escaped by _ or \.
_NOT_DATE_PARTS = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_PART = re.compile(r"(?<![_\\])[dmhysDMHYS]")


def is_date_format(code: str) -> bool:
    """Whether a number format code shows a date or time (its first section decides)."""
    return _DATE_PART.search(_NOT_DATE_PARTS.sub("", code.split(";")[0])) is not None


class Uncalculated:
    """A formula cell saved without its result (by a program that does not calculate)."""

    def __repr__(self) -> str:
        return "UNCALCULATED"


UNCALCULATED = Uncalculated()


class StopSheet(Exception):
    """Raised inside a handler to end a sheet early (the collector said so)."""


def _local(name: str, names: dict[str, str]) -> str:
    """The element name without its namespace prefix, remembered in names (a workbook's
    parts repeat a few names)."""
    local = names.get(name)
    if local is None:
        local = names[name] = name.rpartition(":")[2]
    return local


def _forbid_dtd(name: str, *args: Any) -> None:
    raise DTDForbidden(name, None, None)


def _forbid_entity(name: str, *args: Any) -> None:
    raise EntitiesForbidden(name, None, None, None, None, None)


def _forbid_external(context: str, base: str, sysid: str, pubid: str) -> None:
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


def _parser(
    start: Callable[..., None], end: Callable[[str], None], text: Callable[[str], None] | None
) -> Any:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    parser.StartDoctypeDeclHandler = _forbid_dtd
    parser.EntityDeclHandler = _forbid_entity
    parser.UnparsedEntityDeclHandler = _forbid_entity
    parser.ExternalEntityRefHandler = _forbid_external
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    return parser


def _parse(archive: zipfile.ZipFile, member: str, parser: Any) -> None:
    with open_part(archive, member) as fh:
        parser.ParseFile(fh)


@contextlib.contextmanager
def open_part(archive: zipfile.ZipFile, member: str) -> Iterator[IO[bytes]]:
    """A part of the archive, open for reading; a part that cannot be opened (missing,
    encrypted, compressed by an unknown method, a bad header) is damaged content."""
    try:
        fh = archive.open(member)
    except (KeyError, RuntimeError, NotImplementedError, zipfile.BadZipFile, ValueError) as exc:
        raise DamagedContent(ImportText(msg.DAMAGED_PART, archive.filename, member)) from exc
    with fh:
        yield fh


_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(text: str) -> str:
    """A cell's text with the _xHHHH_ escapes spreadsheet programs write for characters XML
    cannot hold (a carriage return is _x000D_; a literal "_x0041_" is "_x005F_x0041_")."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def number_of(text: str) -> float:
    """A number the file writes as text; anything else is damaged content."""
    try:
        return float(text)
    except ValueError:
        raise DamagedContent(ImportText(msg.BAD_NUMBER, text[:50])) from None


def whole_number(text: str) -> int:
    """A whole number (an index, a count, a style) the file writes as text."""
    try:
        return int(text)
    except ValueError:
        raise DamagedContent(ImportText(msg.BAD_NUMBER, text[:50])) from None


class WorkbookParts:
    """Sheet names, targets and states, shared strings and which styles are dates."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names: dict[str, str] = {}  # element name → its name without a prefix
        self.columns: dict[str, int] = {}  # column letters → column index
        # Part names are case-insensitive in a package: "SharedStrings.xml" is "sharedStrings.xml".
        self.members = {n.lower(): n for n in archive.namelist()}
        self.sheets: list[tuple[str, str, bool]] = []  # (name, member, hidden)
        self.epoch_1904 = False
        rels = self._relationships(self.member("xl/_rels/workbook.xml.rels"))
        self._workbook(rels)
        self.strings = self._shared_strings(self.member(rels.get("sharedStrings")))
        self.date_styles = self._date_styles(self.member(rels.get("styles")))

    def member(self, path: str | None) -> str | None:
        """The archive's own spelling of a part name, or None when there is no such part."""
        return self.members.get(path.lower()) if path else None

    def _relationships(self, member: str | None) -> dict[str, str]:
        """Relationship id → member path; also 'sharedStrings' and 'styles' by type."""
        found: dict[str, str] = {}
        if member is None:
            return found

        def start(name: str, attrs: dict[str, str]) -> None:
            if _local(name, self.names) != "Relationship" or attrs.get("TargetMode") == "External":
                return
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            path = posixpath.normpath(path)
            found[attrs.get("Id", "")] = path
            kind = attrs.get("Type", "").rpartition("/")[2]
            if kind in ("sharedStrings", "styles"):
                found[kind] = path

        _parse(self.archive, member, _parser(start, lambda _n: None, None))
        return found

    def _workbook(self, rels: dict[str, str]) -> None:
        def start(name: str, attrs: dict[str, str]) -> None:
            local = _local(name, self.names)
            if local == "sheet":
                rid = next((v for k, v in attrs.items() if _local(k, self.names) == "id"), "")
                member = self.member(rels.get(rid))
                if member is not None:
                    hidden = attrs.get("state", "visible") != "visible"
                    self.sheets.append((attrs.get("name", "Sheet"), member, hidden))
            elif local == "workbookPr":
                self.epoch_1904 = attrs.get("date1904", "0") in ("1", "true")

        workbook = self.member("xl/workbook.xml") or "xl/workbook.xml"
        _parse(self.archive, workbook, _parser(start, lambda _n: None, None))

    def _shared_strings(self, member: str | None) -> list[str]:
        strings: list[str] = []
        if member is None:
            return strings
        parts: list[str] = []
        names = self.names
        collect = False
        skip = 0  # depth inside phonetic runs (rPh), which are not the string's text

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal collect, skip
            local = names.get(name) or _local(name, names)
            if local == "t":
                collect = not skip
            elif local == "rPh" or local == "phoneticPr":
                skip += 1

        def end(name: str) -> None:
            nonlocal collect, skip
            local = names.get(name) or _local(name, names)
            if local == "t":
                collect = False
            elif local == "si":
                strings.append(unescape("".join(parts)))
                parts.clear()
            elif local == "rPh" or local == "phoneticPr":
                skip -= 1

        def text(data: str) -> None:
            if collect:
                parts.append(data)

        _parse(self.archive, member, _parser(start, end, text))
        return strings

    def _date_styles(self, member: str | None) -> set[int]:
        dates: set[int] = set()
        if member is None:
            return dates
        custom: dict[int, str] = {}
        state = {"in_xfs": False, "index": 0}

        def start(name: str, attrs: dict[str, str]) -> None:
            local = _local(name, self.names)
            if local == "numFmt":
                custom[whole_number(attrs.get("numFmtId") or "0")] = attrs.get("formatCode", "")
            elif local == "cellXfs":
                state["in_xfs"] = True
            elif local == "xf" and state["in_xfs"]:
                fmt_id = whole_number(attrs.get("numFmtId") or "0")
                code = custom.get(fmt_id)
                if is_date_format(code) if code is not None else fmt_id in BUILTIN_DATE_FORMATS:
                    dates.add(state["index"])
                state["index"] += 1

        def end(name: str) -> None:
            if _local(name, self.names) == "cellXfs":
                state["in_xfs"] = False

        _parse(self.archive, member, _parser(start, end, None))
        return dates


def column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def _column_of(ref: str, columns: dict[str, int]) -> int | None:
    """The column index a cell reference ("AB12") names, or None when it names none."""
    letters = ref.rstrip("0123456789")
    index = columns.get(letters)
    if index is None:
        m = _CELL_REF.match(ref)
        if not m:
            return None
        index = column_index(m.group(1))
        if len(letters) <= 3 and letters == m.group(1):
            columns[letters] = index  # at most 18,278 such names
    return index


class SheetParser:
    """Calls on_row(number, values) for each row of one worksheet; on_row returns False to stop.

    The handlers are closures over local state, called about five times per cell: reading
    speed is set by how little they do.
    """

    def __init__(self, parts: WorkbookParts, on_row: Callable[[int, list[Any]], bool]) -> None:
        self.parts = parts
        self.on_row = on_row
        self.epoch = _EPOCH_1904 if parts.epoch_1904 else _EPOCH_1900

    def parse(self, member: str) -> None:
        value_of, on_row = self._value, self.on_row
        names, columns, date_styles = self.parts.names, self.parts.columns, self.parts.date_styles
        style_is_date: dict[str, bool] = {}
        max_columns = limits.MAX_COLUMNS
        values: list[Any] = []
        text: list[str] = []
        row_number = column = 0
        kind, is_date = "n", False
        formula = collect = inline = False
        phonetic = 0  # depth inside phonetic runs of an inline string (not cell text)

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal row_number, values, column, kind, is_date, formula, collect, inline, phonetic
            local = names.get(name) or _local(name, names)
            if local == "c":
                ref = attrs.get("r")
                if ref:
                    column = columns.get(ref.rstrip("0123456789"))
                    if column is None:
                        column = _column_of(ref, columns)
                        if column is None:
                            column = len(values)
                else:
                    column = len(values)
                kind = attrs.get("t", "n")
                style = attrs.get("s")
                if not style:
                    is_date = 0 in date_styles
                else:
                    is_date = style_is_date.get(style)
                    if is_date is None:
                        is_date = style_is_date[style] = whole_number(style) in date_styles
                formula = False
                text.clear()
            elif local == "v":
                collect = True
            elif local == "is":
                inline = True
            elif local == "t":
                collect = inline and not phonetic
            elif local == "row":
                number = attrs.get("r")
                row_number = whole_number(number) if number else row_number + 1
                values = []
            elif local == "f":
                formula = True
            elif local == "rPh":
                phonetic += 1

        def end(name: str) -> None:
            nonlocal collect, inline, phonetic
            local = names.get(name) or _local(name, names)
            if local == "c":
                if column < max_columns:
                    data = "".join(text)
                    value = UNCALCULATED if formula and not data else value_of(data, kind, is_date)
                    if value is not None:
                        gap = column - len(values)
                        if gap == 0:
                            values.append(value)
                        elif gap > 0:
                            values.extend([None] * gap)
                            values.append(value)
                        else:
                            values[column] = value
            elif local == "v" or local == "t":
                collect = False
            elif local == "row":
                if not on_row(row_number, values):
                    raise StopSheet
            elif local == "is":
                inline = False
            elif local == "rPh":
                phonetic -= 1

        def characters(data: str) -> None:
            if collect:
                text.append(data)

        with contextlib.suppress(StopSheet):
            _parse(self.parts.archive, member, _parser(start, end, characters))

    def _shared_string(self, text: str) -> str:
        index = whole_number(text)
        if not 0 <= index < len(self.parts.strings):
            raise DamagedContent(ImportText(msg.BAD_STRING_INDEX, index))
        return self.parts.strings[index]

    def _value(self, text: str, kind: str, is_date: bool) -> Any:
        """The value of a cell of type kind ("s", "n", "b"...) whose <v> or <t> says text."""
        if kind == "s":
            return self._shared_string(text) if text else None
        if kind == "inlineStr" or kind == "str":
            return unescape(text)
        if not text:
            return None
        if kind == "n":
            return self._number(text, is_date)
        if kind == "b":
            return text in ("1", "true")
        if kind == "e":
            return text
        if kind == "d":
            try:
                return datetime.fromisoformat(text.rstrip("Z"))
            except ValueError:
                return text  # a time of day or another form: the column's cleaning decides
        return self._number(text, is_date)

    def _number(self, text: str, is_date: bool) -> Any:
        """A number, or the date or time it stands for in a cell of a date format."""
        number = number_of(text)
        if is_date and 0 <= number <= _MAX_SERIAL:
            days, fraction = divmod(number, 1)
            if 1 <= days < 60 and not self.parts.epoch_1904:
                days += 1  # Excel counts a 29 February 1900 that never was
            if not fraction:
                return (self.epoch + timedelta(days=days)).date()
            # to the millisecond, as Excel keeps times: 0.385416... is 9:15, not 9:14:59.99
            return self.epoch + timedelta(days=days, milliseconds=round(fraction * 86_400_000))
        return int(number) if number.is_integer() and abs(number) < 1e15 else number


def read_sheets(
    path: Path, collector_for: Callable[[str, bool], Any]
) -> tuple[bool, list[tuple[Any, bool]]]:
    """Parse the sheets; collector_for(name, hidden) gives an object with add(number, values)
    and skip_blank(count, number), or None to leave that sheet unread.

    Returns whether the workbook uses the 1904 date system, and (collector, hidden) pairs.
    """
    out: list[tuple[Any, bool]] = []
    with zipfile.ZipFile(path) as archive:
        parts = WorkbookParts(archive)
        for name, member, hidden in parts.sheets:
            collector = collector_for(name, hidden)
            if collector is None:
                continue
            state = {"last": 0}

            def on_row(number: int, values: list[Any], c: Any = collector, s=state) -> bool:
                gap = number - s["last"] - 1
                s["last"] = number
                if gap > 0 and not c.skip_blank(gap, number):
                    return False
                return c.add(number, values)

            SheetParser(parts, on_row).parse(member)
            out.append((collector, hidden))
    return parts.epoch_1904, out
