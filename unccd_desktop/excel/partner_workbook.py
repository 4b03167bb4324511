"""The partner update workbook: a partner's deliverables and contacts, to fill in offline.

Identifier columns are locked (sheet protection without a password: it guides, it does not
secure); a hidden sheet records the export id, schema version, export time and the version
of every row, and the export is remembered in the database with the values as sent.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from ..domain import Agreement, Deliverable, FocalPoint, Partner, Project
from ..errors import UserError
from ..services.exchange import record_export
from ..services.values import to_jsonable
from .columns import DELIVERABLES, FOCAL_POINTS, META_SHEET, STATUS_LABELS, Layout, status_label
from .rows_xml import FastSheet, streamed_workbook
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
) -> ExportResult:
    """Write the update workbook for one partner and remember what was sent.

    check() is called now and then and may raise to cancel: then no file and no record remain.
    """
    partner = services.partners.get(partner_uuid)
    export_uuid = str(uuid_mod.uuid4())
    exported_at = datetime.now(UTC)
    schema = _schema_version(services)
    label = partner["name"] + (f" ({partner['acronym']})" if partner["acronym"] else "")
    sent: dict[str, dict[str, dict[str, Any]]] = {"deliverable": {}, "focal_point": {}}
    with saving(out) as tmp:
        title = f"Partner update — {label}"
        with streamed_workbook(tmp, title, services.actor.name) as (wb, formats, fast):
            with services.db.read() as session:
                partner_id = session.scalar(
                    sa.select(Partner.id).where(Partner.uuid == partner_uuid)
                )
                _instructions(wb, formats, label, exported_at)
                _deliverables_sheet(wb, formats, session, partner_id, sent, fast, check)
                _focal_points_sheet(wb, formats, session, partner_id, sent["focal_point"])
            meta = (export_uuid, schema, exported_at, partner_uuid)
            fast.append(_meta_sheet(wb, formats, meta, sent))
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
    "How to fill in this workbook",
    "",
    "Deliverables: for each deliverable, update the Status (choose from the list), "
    "Progress (%) from 0 to 100, the Submitted on date (YYYY-MM-DD), a link to the evidence "
    "and any comments.",
    "Focal points: correct names, titles, e-mails and phones; write 'yes' under 'Has left' "
    "for people who no longer work with you; add new contacts on empty rows at the end, "
    "leaving the Contact ID empty.",
    "Grey identifier columns are locked so that each row stays linked to our records: "
    "please do not change them, and do not delete or reorder the sheets.",
    "Save the file as an Excel workbook (.xlsx) and send it back. LibreOffice Calc and "
    "Google Sheets (File → Download → Microsoft Excel) work too.",
]

PROTECTION = {"format_columns": True, "format_rows": True, "format_cells": True}


def _instructions(wb: Any, formats: Formats, label: str, exported_at: datetime) -> None:
    ws = wb.add_worksheet("Instructions")
    ws.set_column(0, 0, 110)
    out = SheetWriter(ws, formats)
    out.row([f"Partner update for {label}"], [formats.title])
    out.row([f"Prepared on {exported_at:%Y-%m-%d %H:%M} UTC"])
    out.row([])
    for line in INSTRUCTIONS:
        out.row([line], [formats.wrap])
    ws.protect("", PROTECTION)


def _sheet(wb: Any, formats: Formats, layout: Layout) -> tuple[Any, SheetWriter]:
    ws = wb.add_worksheet(layout.sheet)
    column_formats = [formats.open if c.editable else None for c in layout.columns]
    setup_columns(ws, [c.width for c in layout.columns], column_formats)
    ws.freeze_panes(1, 0)
    out = SheetWriter(ws, formats)
    out.row([c.header for c in layout.columns], [formats.header] * len(layout.columns))
    return ws, out


def _deliverables_sheet(
    wb: Any,
    formats: Formats,
    session: Any,
    partner_id: int,
    sent_all: dict,
    fast: list[FastSheet],
    check: Callable[[], None] | None,
) -> None:
    ws, _header = _sheet(wb, formats, DELIVERABLES)
    out = FastSheet(ws, formats, len(DELIVERABLES.columns), check=check)
    fast.append(out)
    sent = sent_all["deliverable"]
    project, agreement = aliased(Project), aliased(Agreement)
    stmt = (
        sa.select(
            Deliverable.uuid,
            Deliverable.version,
            Deliverable.title,
            sa.func.coalesce(project.title, agreement.title),
            Deliverable.due_on,
            Deliverable.status,
            Deliverable.progress_percent,
            Deliverable.submitted_on,
            Deliverable.evidence_url,
            Deliverable.notes,
        )
        .outerjoin(project, project.id == Deliverable.project_id)
        .outerjoin(agreement, agreement.id == Deliverable.agreement_id)
        .where(Deliverable.responsible_partner_id == partner_id)
        .order_by(Deliverable.due_on, Deliverable.id)
        .execution_options(yield_per=BATCH)
    )
    open_ = formats.open
    grey = formats.locked
    row_formats = [
        grey,
        grey,
        grey,
        formats.locked_date,
        open_,
        open_,
        formats.open_date,
        open_,
        open_,
    ]
    for row in session.execute(stmt):
        uuid, version, title, owner, due, status, progress, submitted, url, notes = row
        label = status_label(status)
        values = [uuid, title, owner, due, label, progress, submitted, url, notes]
        out.row(values, row_formats)
        sent[uuid] = {
            "version": version,
            "values": {
                "status": status.value,
                "progress_percent": progress,
                "submitted_on": submitted.isoformat() if submitted else None,
                "evidence_url": url,
                "notes": notes,
            },
        }
    last = out.rows + 500
    ws.data_validation(
        1,
        4,
        last,
        4,
        {
            "validate": "list",
            "source": STATUS_LABELS,
            "error_title": "Status",
            "error_message": "Choose a status from the list.",
        },
    )
    ws.data_validation(
        1,
        5,
        last,
        5,
        {
            "validate": "integer",
            "criteria": "between",
            "minimum": 0,
            "maximum": 100,
            "error_title": "Progress",
            "error_message": "Progress is a whole number from 0 to 100.",
        },
    )
    ws.data_validation(
        1,
        6,
        last,
        6,
        {
            "validate": "date",
            "criteria": ">",
            "value": datetime(1900, 1, 2),
            "error_title": "Submitted on",
            "error_message": "Enter a date, for example 2024-05-31.",
        },
    )
    ws.protect("", PROTECTION)


def _focal_points_sheet(
    wb: Any, formats: Formats, session: Any, partner_id: int, sent: dict
) -> None:
    ws, out = _sheet(wb, formats, FOCAL_POINTS)
    stmt = (
        sa.select(FocalPoint)
        .where(FocalPoint.partner_id == partner_id)
        .order_by(FocalPoint.active.desc(), FocalPoint.name)
    )
    row_formats = [formats.locked] + [formats.open] * (len(FOCAL_POINTS.columns) - 1)
    for fp in session.scalars(stmt):
        left = "no" if fp.active else "yes"
        out.row([fp.uuid, fp.name, fp.title, fp.email, fp.phone, left, fp.notes], row_formats)
        values = {
            "name": fp.name,
            "title": fp.title,
            "email": fp.email,
            "phone": fp.phone,
            "active": fp.active,
            "notes": fp.notes,
        }
        sent[fp.uuid] = {"version": fp.version, "values": to_jsonable(values)}
    ws.data_validation(1, 5, 1000, 5, {"validate": "list", "source": ["yes", "no"]})
    ws.protect("", PROTECTION)


def _meta_sheet(
    wb: Any,
    formats: Formats,
    meta: tuple[str, str, datetime, str],
    sent: dict[str, dict[str, dict[str, Any]]],
) -> FastSheet:
    export_uuid, schema, exported_at, partner_uuid = meta
    ws = wb.add_worksheet(META_SHEET)
    ws.hide()
    header = [
        ("format", "unccd-partner-update"),
        ("export_id", export_uuid),
        ("schema_version", schema),
        ("exported_at", exported_at.isoformat()),
        ("partner", partner_uuid),
    ]
    for r, (key, value) in enumerate(header):
        ws.write_string(r, 0, key)
        ws.write_string(r, 1, value)
    ws.write_row(len(header) + 1, 0, ["entity", "id", "version"])
    ws.protect()
    out = FastSheet(ws, formats, 3, start_row=len(header) + 3)
    for entity, rows in sent.items():
        for uuid, row in rows.items():
            out.row([entity, uuid, row["version"]])
    return out
