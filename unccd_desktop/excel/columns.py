"""The columns of the exchanged sheets, defined once: headers, aliases, widths, value kinds,
and the cell formats and drop-downs of the partner update workbook. (The donor report's are
in excel/donor_content.py; its Deliverables sheet takes the importable headers from here.)

The exports write these headers; the import matches them by name, whatever their order.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain import DeliverableStatus
from .wording import Wording, translations

IMPORTED_KINDS = ("id", "text", "date", "percent", "status", "url", "email", "left", "comment")


@dataclass(frozen=True)
class Column:
    """One column of an exchanged sheet.

    kind: id, text, date, percent, status, url, email, left (yes/no for "has left") and
    comment (the partner's own comment, kept as a partner update, not a field of the record)
    are read back by the import; shown (any value), label (an enum as words) and money (an
    amount) are only written. style names the partner workbook's cell format
    (writing.Formats) when the kind does not say it.
    """

    field: str
    header: str
    kind: str
    width: int = 16
    aliases: tuple[str, ...] = ()
    required: bool = False
    style: str = ""

    @property
    def editable(self) -> bool:
        return self.kind in IMPORTED_KINDS and self.kind != "id"

    @property
    def record_field(self) -> bool:
        """An editable column that is a field of the record (not the partner's comment)."""
        return self.editable and self.kind != "comment"

    @property
    def cell_style(self) -> str:
        """The partner workbook's format of this column's cells: open (editable) or locked
        (grey), with the date format for dates."""
        if self.style:
            return self.style
        dated = "_date" if self.kind == "date" else ""
        return ("open" if self.editable else "locked") + dated

    def validation(self, w: Wording | None = None) -> dict[str, Any] | None:
        """What Excel checks as the partner types in this column (a drop-down, a range), in
        the workbook's language."""
        w = w or Wording()
        if self.kind == "status":
            return {
                "validate": "list",
                "source": [w(label) for label in STATUS_LABELS],
                "error_title": w(self.header),
                "error_message": w("Choose a status from the list."),
            }
        if self.kind == "percent":
            return {
                "validate": "integer",
                "criteria": "between",
                "minimum": 0,
                "maximum": 100,
                "error_title": w(self.header),
                "error_message": w("Progress is a whole number from 0 to 100."),
            }
        if self.kind == "date" and self.editable:
            return {
                "validate": "date",
                "criteria": ">",
                "value": datetime(1900, 1, 2),
                "error_title": w(self.header),
                "error_message": w("Enter a date, for example 2024-05-31."),
            }
        if self.kind == "left":
            return {"validate": "list", "source": [w(YES), w(NO)]}
        return None

    def writer(self, w: Wording | None = None) -> Callable[[Any], Any] | None:
        """How a stored value is written in this column, when not as it is, in the
        workbook's language."""
        w = w or Wording()
        if self.kind == "status":
            return lambda status: w(status_label(status))
        if self.kind == "left":  # the record stores "active"
            no, yes = w(NO), w(YES)
            return lambda active: no if active else yes
        if self.kind == "label":
            return lambda value: w(enum_words(value))
        return None


@dataclass(frozen=True)
class Layout:
    """An exchanged sheet: which entity its rows are, and its columns."""

    entity: str
    sheet: str
    columns: tuple[Column, ...]
    sheet_aliases: tuple[str, ...] = ()

    @property
    def id_column(self) -> Column:
        return next(c for c in self.columns if c.kind == "id")

    def editable(self) -> list[Column]:
        return [c for c in self.columns if c.editable]

    def record_fields(self) -> list[Column]:
        return [c for c in self.columns if c.record_field]

    def column(self, field: str) -> Column:
        return next(c for c in self.columns if c.field == field)

    def row_writer(self, w: Wording | None = None) -> Callable[[Any], list[Any]]:
        """A function turning a row of stored values, in column order, into the cells."""
        writers = [(i, f) for i, c in enumerate(self.columns) if (f := c.writer(w)) is not None]

        def cells(row: Any) -> list[Any]:
            out = list(row)
            for index, write in writers:
                if out[index] is not None:
                    out[index] = write(out[index])
            return out

        return cells if writers else list


def status_label(status: DeliverableStatus | str) -> str:
    return str(DeliverableStatus(status).value).replace("_", " ")


def enum_words(value: enum.Enum | str) -> str:
    """An enum value as words: in_progress → in progress."""
    raw = value.value if isinstance(value, enum.Enum) else value
    return str(raw).replace("_", " ")


STATUS_LABELS = [status_label(s) for s in DeliverableStatus]
YES, NO = "yes", "no"  # the "Has left" column's drop-down

# ----- the partner update workbook ------------------------------------------------------------

DELIVERABLES = Layout(
    entity="deliverable",
    sheet="Deliverables",
    sheet_aliases=("deliverable", "outputs", "products"),
    columns=(
        Column("id", "Deliverable ID", "id", 38, ("id", "uuid", "identifier"), required=True),
        Column("title", "Deliverable", "shown", 48, ("title", "name")),
        Column("owner", "Project or agreement", "shown", 40, ("project or agreement",)),
        Column(
            "due_on", "Due date", "shown", 12, ("due", "deadline", "due on"), style="locked_date"
        ),
        Column("status", "Status", "status", 14, ("state",)),
        Column("progress_percent", "Progress (%)", "percent", 13, ("progress", "% complete")),
        Column("submitted_on", "Submitted on", "date", 13, ("date submitted", "submission date")),
        Column("evidence_url", "Evidence link", "url", 40, ("evidence", "link", "url")),
        # The partner's own comment (their latest, sent back to them), never internal notes.
        Column("comment", "Comments", "comment", 48, ("notes", "remarks")),
    ),
)

FOCAL_POINTS = Layout(
    entity="focal_point",
    sheet="Focal points",
    sheet_aliases=("contacts", "focal point", "people"),
    columns=(
        Column("id", "Contact ID", "id", 38, ("id", "uuid", "focal point id"), required=True),
        Column("name", "Name", "text", 28, ("full name", "contact name")),
        Column("title", "Job title", "text", 28, ("title", "position", "function")),
        Column("email", "Email", "email", 30, ("e-mail", "email address", "mail")),
        Column("phone", "Phone", "text", 18, ("telephone", "tel", "phone number")),
        Column("active", "Has left (yes/no)", "left", 16, ("left", "has left", "no longer here")),
    ),
)

LAYOUTS = (DELIVERABLES, FOCAL_POINTS)  # the sheets an import reads
META_SHEET = "_export"

_NOT_KEY = re.compile(r"[^\w%]|_")


def header_key(text: object) -> str:
    """Headers compare case-, accent-, space- and punctuation-insensitively, in any script
    (full-width forms as their plain ones)."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_KEY.sub("", kept)


def match_layout(sheet_name: str) -> Layout | None:
    """The layout a sheet's name names, in any of the six languages."""
    key = header_key(sheet_name)
    for layout in LAYOUTS:
        names = (*translations(layout.sheet), *layout.sheet_aliases)
        if key in {header_key(n) for n in names}:
            return layout
    return None


def column_lookup(layout: Layout) -> dict[str, Column]:
    """Header key → column, for the header and every alias, then the header in the other
    five languages."""
    lookup: dict[str, Column] = {}
    for column in layout.columns:
        for name in (column.header, column.field, *column.aliases):
            lookup.setdefault(header_key(name), column)
    for column in layout.columns:
        for name in translations(column.header):
            lookup.setdefault(header_key(name), column)
    return lookup


def label_lookup(labels: dict[str, Any]) -> dict[str, Any]:
    """Header key of each label in any of the six languages → its value."""
    return {
        header_key(name): value for label, value in labels.items() for name in translations(label)
    }
