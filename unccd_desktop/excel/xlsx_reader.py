"""A streaming reader of .xlsx cell values: only what an import needs, several times faster
than a general-purpose library, and bounded like the other readers.

XML is parsed with expat set up as defusedxml does: a document type declaration, entity
declaration or external entity stops parsing. Namespace prefixes are ignored, so workbooks
in the Strict OOXML flavour read the same as transitional ones.
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
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

from . import limits
from . import problems as msg
from .files import DamagedContent
from .problems import ImportText

_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
_CELL_REF = re.compile(r"([A-Z]+)(\d*)")
_MAX_SERIAL = 2_958_465


class Uncalculated:
    """A formula cell saved without its result (by a program that does not calculate)."""

    def __repr__(self) -> str:
        return "UNCALCULATED"


UNCALCULATED = Uncalculated()


class StopSheet(Exception):
    """Raised inside a handler to end a sheet early (the collector said so)."""


_LOCAL_NAMES: dict[str, str] = {}


def _local(name: str) -> str:
    """The element name without its namespace prefix (memoised: a sheet repeats a few names)."""
    local = _LOCAL_NAMES.get(name)
    if local is None:
        local = _LOCAL_NAMES[name] = name.rpartition(":")[2]
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
            if _local(name) != "Relationship" or attrs.get("TargetMode") == "External":
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
            local = _local(name)
            if local == "sheet":
                rid = next((v for k, v in attrs.items() if _local(k) == "id"), "")
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
        state = {"in_t": False, "skip": 0}

        def start(name: str, attrs: dict[str, str]) -> None:
            local = _local(name)
            if local == "t":
                state["in_t"] = True
            elif local in ("rPh", "phoneticPr"):
                state["skip"] += 1

        def end(name: str) -> None:
            local = _local(name)
            if local == "t":
                state["in_t"] = False
            elif local in ("rPh", "phoneticPr"):
                state["skip"] -= 1
            elif local == "si":
                strings.append("".join(parts))
                parts.clear()

        def text(data: str) -> None:
            if state["in_t"] and not state["skip"]:
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
            local = _local(name)
            if local == "numFmt":
                custom[whole_number(attrs.get("numFmtId") or "0")] = attrs.get("formatCode", "")
            elif local == "cellXfs":
                state["in_xfs"] = True
            elif local == "xf" and state["in_xfs"]:
                fmt_id = whole_number(attrs.get("numFmtId") or "0")
                code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id, ""))
                if code and is_date_format(code):
                    dates.add(state["index"])
                state["index"] += 1

        def end(name: str) -> None:
            if _local(name) == "cellXfs":
                state["in_xfs"] = False

        _parse(self.archive, member, _parser(start, end, None))
        return dates


def column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


class SheetParser:
    """Calls on_row(number, values) for each row of one worksheet; on_row returns False to stop."""

    def __init__(self, parts: WorkbookParts, on_row: Callable[[int, list[Any]], bool]) -> None:
        self.parts = parts
        self.on_row = on_row
        self.epoch = _EPOCH_1904 if parts.epoch_1904 else _EPOCH_1900
        self.row_number = 0
        self.values: list[Any] = []
        self.column = 0
        self.cell_type = "n"
        self.cell_style = 0
        self.text: list[str] = []
        self.collect = False
        self.in_inline = False
        self.formula = False

    def parse(self, member: str) -> None:
        parser = _parser(self._start, self._end, self._text)
        with contextlib.suppress(StopSheet):
            _parse(self.parts.archive, member, parser)

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "c":
            ref = attrs.get("r")
            if ref:
                m = _CELL_REF.match(ref)
                self.column = column_index(m.group(1)) if m else len(self.values)
            else:
                self.column = len(self.values)
            self.cell_type = attrs.get("t", "n")
            style = attrs.get("s")
            self.cell_style = whole_number(style) if style else 0
            self.formula = False
            self.text = []
        elif local == "v":
            self.collect = True
        elif local == "f":
            self.formula = True
        elif local == "is":
            self.in_inline = True
        elif local == "t" and self.in_inline:
            self.collect = True
        elif local == "row":
            number = attrs.get("r")
            self.row_number = whole_number(number) if number else self.row_number + 1
            self.values = []

    def _text(self, data: str) -> None:
        if self.collect:
            self.text.append(data)

    def _end(self, name: str) -> None:
        local = _local(name)
        if local in ("v", "t"):
            self.collect = False
        elif local == "is":
            self.in_inline = False
        elif local == "c":
            if self.column < limits.MAX_COLUMNS:
                text = "".join(self.text)
                value = UNCALCULATED if self.formula and not text else self._value(text)
                if value is not None:
                    gap = self.column - len(self.values)
                    if gap > 0:
                        self.values.extend([None] * gap)
                    if gap >= 0:
                        self.values.append(value)
                    else:
                        self.values[self.column] = value
        elif local == "row" and not self.on_row(self.row_number, self.values):
            raise StopSheet

    def _shared_string(self, text: str) -> str:
        index = whole_number(text)
        if not 0 <= index < len(self.parts.strings):
            raise DamagedContent(ImportText(msg.BAD_STRING_INDEX, index))
        return self.parts.strings[index]

    def _value(self, text: str) -> Any:
        kind = self.cell_type
        if kind == "s":
            return self._shared_string(text) if text else None
        if kind in ("inlineStr", "str"):
            return text
        if not text:
            return None
        if kind == "b":
            return text in ("1", "true")
        if kind == "e":
            return text
        if kind == "d":
            try:
                return datetime.fromisoformat(text.rstrip("Z"))
            except ValueError:
                return text  # a time of day or another form: the column's cleaning decides
        number = number_of(text)
        if self.cell_style in self.parts.date_styles and 0 <= number <= _MAX_SERIAL:
            if not self.parts.epoch_1904 and number < 60:
                number += 1  # Excel counts a 29 February 1900 that never was
            moment = self.epoch + timedelta(days=number)
            return moment.date() if number.is_integer() else moment
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
