"""The columns of the exchanged sheets: headers, aliases, value kinds and which are editable.

The export writes these headers; the import matches them by name, whatever their order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain import DeliverableStatus


@dataclass(frozen=True)
class Column:
    """One column of an exchanged sheet.

    kind: id, text, date, percent, status, url, email, left (yes/no for "has left"),
    or shown (written for reading, never imported).
    """

    field: str
    header: str
    kind: str
    width: int = 16
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def editable(self) -> bool:
        return self.kind not in ("id", "shown")


@dataclass(frozen=True)
class Layout:
    """An importable sheet: which entity its rows are, and its columns."""

    entity: str
    sheet: str
    columns: tuple[Column, ...]
    sheet_aliases: tuple[str, ...] = ()

    @property
    def id_column(self) -> Column:
        return next(c for c in self.columns if c.kind == "id")

    def editable(self) -> list[Column]:
        return [c for c in self.columns if c.editable]


def status_label(status: DeliverableStatus | str) -> str:
    return str(DeliverableStatus(status).value).replace("_", " ")


STATUS_LABELS = [status_label(s) for s in DeliverableStatus]

DELIVERABLES = Layout(
    entity="deliverable",
    sheet="Deliverables",
    sheet_aliases=("deliverable", "outputs", "products"),
    columns=(
        Column("id", "Deliverable ID", "id", 38, ("id", "uuid", "identifier"), required=True),
        Column("title", "Deliverable", "shown", 48, ("title", "name")),
        Column("owner", "Project or agreement", "shown", 40, ("project or agreement",)),
        Column("due_on", "Due date", "shown", 12, ("due", "deadline", "due on")),
        Column("status", "Status", "status", 14, ("state",)),
        Column("progress_percent", "Progress (%)", "percent", 13, ("progress", "% complete")),
        Column("submitted_on", "Submitted on", "date", 13, ("date submitted", "submission date")),
        Column("evidence_url", "Evidence link", "url", 40, ("evidence", "link", "url")),
        Column("notes", "Comments", "text", 48, ("comment", "notes", "remarks")),
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
        Column("notes", "Comments", "text", 40, ("comment", "notes", "remarks")),
    ),
)

LAYOUTS = (DELIVERABLES, FOCAL_POINTS)
META_SHEET = "_export"


def header_key(text: object) -> str:
    """Headers compare case-, space- and punctuation-insensitively."""
    return re.sub(r"[^0-9a-z%]+", "", str(text).casefold())


def match_layout(sheet_name: str) -> Layout | None:
    key = header_key(sheet_name)
    for layout in LAYOUTS:
        if key in {header_key(n) for n in (layout.sheet, *layout.sheet_aliases)}:
            return layout
    return None


def column_lookup(layout: Layout) -> dict[str, Column]:
    """Header key → column, for the header and every alias."""
    lookup: dict[str, Column] = {}
    for column in layout.columns:
        for name in (column.header, column.field, *column.aliases):
            lookup.setdefault(header_key(name), column)
    return lookup
