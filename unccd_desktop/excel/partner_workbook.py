"""The partner update workbook: a partner's deliverables and contacts, to fill in offline.

Its sheets' columns, formats and drop-downs are those of excel/columns.py. Identifier columns
are locked (sheet protection without a password: it guides, it does not secure). A hidden
sheet holds only the export id, schema version, export time and partner; what was sent (each
row's version and values) is remembered in the database under the export id.

Nothing in the workbook comes from internal notes: its Comments column is the partner's own
latest comment on each deliverable (from their partner updates).
"""

from __future__ import annotations

import unicodedata
import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from ..domain import Agreement, Deliverable, FocalPoint, Partner, PartnerUpdate, Project
from ..errors import UserError
from ..services.exchange import ExchangedFields, record_export
from .columns import DELIVERABLES, FOCAL_POINTS, META_SHEET, Layout
from .rows_xml import FastSheet, streamed_workbook
from .wording import Wording
from .writing import Formats, SheetWriter, saving, setup_columns

if TYPE_CHECKING:
    from ..services import Services

BATCH = 2_000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    export_uuid: str | None
    counts: dict[str, int]


def find_partner(services: Services, name_or_acronym: str) -> dict[str, Any]:
    partner = services.partners.find_by_name(name_or_acronym)
    if partner is None:
        raise UserError(f"No partner is called '{name_or_acronym}' (name, acronym or other name).")
    return partner


def _schema_version(services: Services) -> str:
    from ..storage.migrations import current_revision

    return current_revision(services.db) or ""


def export_partner_workbook(
    services: Services,
    partner_uuid: str,
    out: Path,
    check: Callable[[], None] | None = None,
    language: str = "en",
) -> ExportResult:
    """Write the update workbook for one partner, in one of the six languages (sheet names,
    headers, instructions, drop-downs), and remember what was sent.

    check() is called now and then and may raise to cancel: then no file and no record remain.
    """
    w = Wording(language)
    partner = services.partners.get(partner_uuid)
    export_uuid = str(uuid_mod.uuid4())
    exported_at = datetime.now(UTC)
    schema = _schema_version(services)
    label = partner["name"] + (f" ({partner['acronym']})" if partner["acronym"] else "")
    sent: dict[str, dict[str, dict[str, Any]]] = {"deliverable": {}, "focal_point": {}}
    with saving(out) as tmp:
        title = w("Partner update — {0}", label)
        with streamed_workbook(tmp, title, services.actor.name) as (wb, formats, fast):
            with services.db.read() as session:
                partner_id = session.scalar(
                    sa.select(Partner.id).where(Partner.uuid == partner_uuid)
                )
                _instructions(wb, w, label, exported_at)
                _deliverables_sheet(
                    services, wb, formats, session, partner_id, sent["deliverable"], fast, check, w
                )
                _focal_points_sheet(
                    services, wb, formats, session, partner_id, sent["focal_point"], fast, w
                )
            _meta_sheet(wb, (export_uuid, schema, exported_at, partner_uuid), w)
    final = Path(out).expanduser().resolve()
    record_export(
        services,
        export_uuid=export_uuid,
        partner_uuid=partner_uuid,
        schema_version=schema,
        file_name=final.name,
        rows=sent,
    )
    counts = {entity: len(rows) for entity, rows in sent.items()}
    return ExportResult(final, export_uuid, counts)


INSTRUCTIONS = [
    "Deliverables sheet: for each deliverable, choose its Status from the list, give its "
    "Progress (%) as a whole number from 0 to 100, the date it was Submitted on (for example "
    "2024-05-31) and a link to the evidence. The Comments column shows your latest comment: "
    "continue it or replace it.",
    "Focal points sheet: correct names, job titles, e-mail addresses and phone numbers; choose "
    "“yes” under “Has left” for anyone who no longer works with you; add new contacts on the "
    "empty rows at the end, leaving the Contact ID empty.",
    "The grey identifier columns are locked so that each row stays linked to our records: "
    "please do not change them, and do not delete, rename or reorder the sheets.",
    "Save the file as an Excel workbook (.xlsx) and send it back to us. LibreOffice Calc and "
    "Google Sheets (File → Download → Microsoft Excel) work too.",
]
INSTRUCTIONS_WIDTH = 75  # characters: the column fits a portrait page
# The height of a line of 11-point text (points): Latin and Cyrillic in Calibri, Arabic and
# Chinese in the fonts the spreadsheet falls back to, whose lines are taller.
LINE_HEIGHT = {"ar": 18.0, "zh": 18.0}

PROTECTION = {"format_columns": True, "format_rows": True, "format_cells": True}


def _instructions(wb: Any, w: Wording, label: str, exported_at: datetime) -> None:
    """The first sheet: whose workbook it is and how to fill it in, each paragraph in a row
    tall enough for its wrapped lines (neither Excel nor LibreOffice sizes them on opening)."""
    ws = wb.add_worksheet(w("Instructions"))
    _page_direction(ws, w)
    ws.set_column(0, 0, INSTRUCTIONS_WIDTH)
    ws.set_portrait()
    ws.fit_to_pages(1, 0)
    ws.hide_gridlines(2)
    direction = {"reading_order": 2} if w.right_to_left else {}
    title = wb.add_format({"bold": True, "font_size": 14, "text_wrap": True, **direction})
    heading = wb.add_format({"bold": True, "font_size": 12, "valign": "bottom", **direction})
    text = wb.add_format({"text_wrap": True, "valign": "top", **direction})
    line = LINE_HEIGHT.get(w.language, 15.0)
    rows = [
        (w("Partner update for {0}", label), title, 14),
        (w("Prepared on {0} UTC", f"{exported_at:%Y-%m-%d %H:%M}"), text, 11),
        (w("How to fill in this workbook"), heading, 12),
        *((w(paragraph), text, 11) for paragraph in INSTRUCTIONS),
    ]
    for r, (value, fmt, points) in enumerate(rows):
        lines = _wrapped_lines(value, INSTRUCTIONS_WIDTH * 11 / points)
        gap = 12 if fmt is heading else 6  # space above the heading, below each paragraph
        ws.set_row(r, lines * line * points / 11 + gap)
        ws.write_string(r, 0, value, fmt)
    ws.protect("", PROTECTION)


def _wrapped_lines(text: str, width: float) -> int:
    """How many lines text takes wrapped in a column of width characters, counted generously
    (a wide character, as in Chinese, counts two; words are not split)."""
    lines, used = 1, 0.0
    for word in text.split(" "):
        size = _text_width(word)
        if used and used + 1 + size > width:
            lines, used = lines + 1, 0.0
        used += (1 if used else 0) + size
        while used > width:  # a word longer than a line (Chinese has no spaces)
            lines, used = lines + 1, used - width
    return lines


def _text_width(text: str) -> int:
    """Text's width in characters, a wide character (as in Chinese) counting two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _longest_word(text: str) -> int:
    return max(_text_width(word) for word in text.split(" "))


def _page_direction(ws: Any, w: Wording) -> None:
    """Arabic sheets read right to left."""
    if w.right_to_left:
        ws.right_to_left()


def _deliverables_sheet(
    services: Services,
    wb: Any,
    formats: Formats,
    session: Any,
    partner_id: int,
    sent: dict,
    fast: list[FastSheet],
    check: Callable[[], None] | None,
    w: Wording,
) -> None:
    project, agreement = aliased(Project), aliased(Agreement)
    # The partner's latest update of each deliverable (the newest has the highest id), read
    # in one pass: its comment is the sheet's Comments column.
    latest = (
        sa.select(PartnerUpdate.deliverable_id, sa.func.max(PartnerUpdate.id).label("id"))
        .where(PartnerUpdate.partner_id == partner_id)
        .group_by(PartnerUpdate.deliverable_id)
        .subquery()
    )
    update = aliased(PartnerUpdate)
    shown = {
        "title": Deliverable.title,
        "owner": sa.func.coalesce(project.title, agreement.title),
        "due_on": Deliverable.due_on,
        "comment": update.comment,
    }

    def scope(stmt: sa.Select) -> sa.Select:
        return (
            stmt.outerjoin(project, project.id == Deliverable.project_id)
            .outerjoin(agreement, agreement.id == Deliverable.agreement_id)
            .outerjoin(latest, latest.c.deliverable_id == Deliverable.id)
            .outerjoin(update, update.id == latest.c.id)
            .where(Deliverable.responsible_partner_id == partner_id)
            .order_by(Deliverable.due_on, Deliverable.id)
        )

    _sheet(services, wb, formats, session, DELIVERABLES, shown, scope, sent, fast, check, w)


def _focal_points_sheet(
    services: Services,
    wb: Any,
    formats: Formats,
    session: Any,
    partner_id: int,
    sent: dict,
    fast: list[FastSheet],
    w: Wording,
) -> None:
    def scope(stmt: sa.Select) -> sa.Select:
        return stmt.where(FocalPoint.partner_id == partner_id).order_by(
            FocalPoint.active.desc(), FocalPoint.name
        )

    _sheet(services, wb, formats, session, FOCAL_POINTS, {}, scope, sent, fast, None, w)


def _sheet(
    services: Services,
    wb: Any,
    formats: Formats,
    session: Any,
    layout: Layout,
    shown: dict[str, Any],
    scope: Callable[[sa.Select], sa.Select],
    sent: dict[str, dict[str, Any]],
    fast: list[FastSheet],
    check: Callable[[], None] | None,
    w: Wording,
) -> None:
    """A sheet of the layout's columns, one row per record that scope() selects; remembers in
    sent the version and the exchanged values of each row (with the comment sent, if any)."""
    ws = wb.add_worksheet(w(layout.sheet))
    _page_direction(ws, w)
    columns = layout.columns
    headers = [w(c.header) for c in columns]
    # In any language a header's longest word fits its column, and its row shows every line.
    widths = [max(c.width, _longest_word(h) + 2) for c, h in zip(columns, headers, strict=True)]
    setup_columns(ws, widths, [formats.open if c.editable else None for c in columns])
    ws.freeze_panes(1, 0)
    # Printed as a partner would print it: landscape A4, one page wide, the headers on top of
    # each page and the pages numbered (the default printed one column per page).
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_footer("&C&P / &N")
    lines = max(_wrapped_lines(h, width - 2) for h, width in zip(headers, widths, strict=True))
    ws.set_row(0, lines * LINE_HEIGHT.get(w.language, 15.0))
    SheetWriter(ws, formats).row(headers, [formats.header] * len(columns))
    out = FastSheet(ws, formats, len(columns), check=check)
    fast.append(out)
    editable = [i for i, c in enumerate(columns) if c.record_field]
    comment = next((i for i, c in enumerate(columns) if c.kind == "comment"), None)
    values = ExchangedFields(services, layout.entity, [columns[i].field for i in editable])
    model = values.service.model
    by_field = {"id": model.uuid, **shown, **dict(zip(values.names, values.columns, strict=True))}
    stmt = values.join(sa.select(model.version, *(by_field[c.field] for c in columns)))
    stmt = scope(stmt).execution_options(yield_per=BATCH)
    styles = [getattr(formats, c.cell_style) for c in columns]
    cells = layout.row_writer(w)
    id_index = columns.index(layout.id_column)
    for version, *row in session.execute(stmt):
        out.row(cells(row), styles)
        stored = values.values([row[i] for i in editable])
        if comment is not None:
            stored["comment"] = row[comment] or None
        sent[row[id_index]] = {"version": version, "values": stored}
    if id_index == 0:  # the record ids are for the import, not for the printed page
        ws.print_area(0, 1, max(out.rows, 1), len(columns) - 1)
    for index, column in enumerate(columns):
        rule = column.validation(w)
        if rule is not None:
            ws.data_validation(1, index, out.rows + 1000, index, rule)
    ws.protect("", PROTECTION)


def _meta_sheet(wb: Any, meta: tuple[str, str, datetime, str], w: Wording) -> None:
    """The hidden sheet: which export this is, for whom and in which language; nothing about
    the rows."""
    export_uuid, schema, exported_at, partner_uuid = meta
    ws = wb.add_worksheet(META_SHEET)
    ws.hide()
    header = [
        ("format", "unccd-partner-update"),
        ("export_id", export_uuid),
        ("schema_version", schema),
        ("exported_at", exported_at.isoformat()),
        ("partner", partner_uuid),
        ("language", w.language),
    ]
    for r, (key, value) in enumerate(header):
        ws.write_string(r, 0, key)
        ws.write_string(r, 1, value)
    ws.protect()
