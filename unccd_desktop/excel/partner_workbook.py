"""The partner update workbook: a partner's deliverables and contacts, to fill in offline.

Identifier columns are locked (sheet protection without a password: it guides, it does not
secure); a hidden sheet records the export id, schema version, export time and the version
of every row, and the export is remembered in the database with the values as sent.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy.orm import aliased

from ..domain import Agreement, Deliverable, FocalPoint, Partner, Project
from ..errors import UserError
from ..services.exchange import record_export
from ..services.values import to_jsonable
from .columns import DELIVERABLES, FOCAL_POINTS, META_SHEET, STATUS_LABELS, Layout, status_label
from .writing import CellFactory, new_workbook, prepare_sheet, saving, standard_styles

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


def export_partner_workbook(services: Services, partner_uuid: str, out: Path) -> ExportResult:
    """Write the update workbook for one partner and remember what was sent."""
    partner = services.partners.get(partner_uuid)
    export_uuid = str(uuid_mod.uuid4())
    exported_at = datetime.now(UTC)
    schema = _schema_version(services)
    label = partner["name"] + (f" ({partner['acronym']})" if partner["acronym"] else "")
    wb = new_workbook(f"Partner update — {label}", services.actor.name)
    sent: dict[str, dict[str, dict[str, Any]]] = {"deliverable": {}, "focal_point": {}}
    with services.db.read() as session:
        partner_id = session.scalar(sa.select(Partner.id).where(Partner.uuid == partner_uuid))
        _instructions(wb, label, exported_at)
        _deliverables_sheet(wb, session, partner_id, sent["deliverable"])
        _focal_points_sheet(wb, session, partner_id, sent["focal_point"])
    _meta_sheet(wb, export_uuid, schema, exported_at, partner_uuid, sent)
    with saving(out) as tmp:
        wb.save(tmp)
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


def _instructions(wb: Any, label: str, exported_at: datetime) -> None:
    ws = wb.create_sheet("Instructions")
    cells = CellFactory(ws)
    standard_styles(cells)
    prepare_sheet(ws, [110], freeze=False)
    ws.append([cells.cell(f"Partner update for {label}", "title")])
    ws.append([cells.cell(f"Prepared on {exported_at:%Y-%m-%d %H:%M} UTC")])
    ws.append([])
    for line in INSTRUCTIONS:
        ws.append([cells.cell(line, "wrap" if line else None)])
    ws.protection.sheet = True


def _protected(ws: Any) -> None:
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.formatCells = False


def _open_columns(ws: Any, layout: Layout) -> None:
    """Unlock editable columns for rows the partner adds below the data."""
    from openpyxl.styles import Protection
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(layout.columns, start=1):
        if column.editable:
            ws.column_dimensions[get_column_letter(index)].protection = Protection(locked=False)


def _deliverables_sheet(wb: Any, session: Any, partner_id: int, sent: dict) -> None:
    ws = wb.create_sheet(DELIVERABLES.sheet)
    cells = CellFactory(ws)
    standard_styles(cells)
    prepare_sheet(ws, [c.width for c in DELIVERABLES.columns])
    ws.append(cells.header([c.header for c in DELIVERABLES.columns]))
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
    rows = 0
    for row in session.execute(stmt):
        uuid, version, title, owner, due, status, progress, submitted, url, notes = row
        ws.append(
            [
                uuid,
                cells.cell(title),
                cells.cell(owner),
                cells.cell(due, "date") if due else None,
                cells.cell(status_label(status), "open"),
                cells.cell(progress, "open"),
                cells.cell(submitted, "open_date"),
                cells.cell(url, "open"),
                cells.cell(notes or None, "open"),
            ]
        )
        values = {
            "status": status,
            "progress_percent": progress,
            "submitted_on": submitted,
            "evidence_url": url,
            "notes": notes,
        }
        sent[uuid] = {"version": version, "values": to_jsonable(values)}
        rows += 1
    last = max(rows + 1, 2) + 500
    status_list = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUS_LABELS) + '"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle="Status",
        error="Choose a status from the list.",
    )
    status_list.add(f"E2:E{last}")
    progress_rule = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2="100",
        showErrorMessage=True,
        errorTitle="Progress",
        error="Progress is a whole number from 0 to 100.",
    )
    progress_rule.add(f"F2:F{last}")
    date_rule = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="1",
        showErrorMessage=True,
        errorTitle="Submitted on",
        error="Enter a date, for example 2024-05-31.",
    )
    date_rule.add(f"G2:G{last}")
    for rule in (status_list, progress_rule, date_rule):
        ws.data_validations.append(rule)
    _protected(ws)


def _focal_points_sheet(wb: Any, session: Any, partner_id: int, sent: dict) -> None:
    ws = wb.create_sheet(FOCAL_POINTS.sheet)
    cells = CellFactory(ws)
    standard_styles(cells)
    prepare_sheet(ws, [c.width for c in FOCAL_POINTS.columns])
    _open_columns(ws, FOCAL_POINTS)
    ws.append(cells.header([c.header for c in FOCAL_POINTS.columns]))
    stmt = (
        sa.select(FocalPoint)
        .where(FocalPoint.partner_id == partner_id)
        .order_by(FocalPoint.active.desc(), FocalPoint.name)
    )
    for fp in session.scalars(stmt):
        ws.append(
            [
                fp.uuid,
                cells.cell(fp.name, "open"),
                cells.cell(fp.title, "open"),
                cells.cell(fp.email, "open"),
                cells.cell(fp.phone, "open"),
                cells.cell("no" if fp.active else "yes", "open"),
                cells.cell(fp.notes or None, "open"),
            ]
        )
        values = {
            "name": fp.name,
            "title": fp.title,
            "email": fp.email,
            "phone": fp.phone,
            "active": fp.active,
            "notes": fp.notes,
        }
        sent[fp.uuid] = {"version": fp.version, "values": to_jsonable(values)}
    left = DataValidation(type="list", formula1='"yes,no"', allow_blank=True)
    left.add("F2:F1000")
    ws.data_validations.append(left)
    _protected(ws)


def _meta_sheet(
    wb: Any,
    export_uuid: str,
    schema: str,
    exported_at: datetime,
    partner_uuid: str,
    sent: dict[str, dict[str, dict[str, Any]]],
) -> None:
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    ws.append(["format", "unccd-partner-update"])
    ws.append(["export_id", export_uuid])
    ws.append(["schema_version", schema])
    ws.append(["exported_at", exported_at.isoformat()])
    ws.append(["partner", partner_uuid])
    ws.append([])
    ws.append(["entity", "id", "version"])
    for entity, rows in sent.items():
        for uuid, row in rows.items():
            ws.append([entity, uuid, row["version"]])
    ws.protection.sheet = True
