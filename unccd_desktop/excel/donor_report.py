"""The donor report: what a donor's money funds, the status of deliverables, what is late.

Scope: one donor (a partner funding projects, agreements or initiatives), one initiative,
or everything. Key figures are written as values (not formulas a viewer might not
recalculate); data sheets are Excel tables with filters, frozen headers and formats.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from sqlalchemy.orm import aliased

from ..domain import (
    Agreement,
    AgreementParty,
    Deliverable,
    DeliverableStatus,
    Initiative,
    ParticipationRole,
    Partner,
    PartyRole,
    Project,
    ProjectParticipant,
    initiative_donors,
    project_agreements,
)
from ..errors import UserError
from .columns import status_label
from .partner_workbook import ExportResult
from .writing import OVERDUE_FILL, CellFactory, new_workbook, prepare_sheet, saving, standard_styles

if TYPE_CHECKING:
    from ..services import Services

BATCH = 2_000


@dataclass(frozen=True)
class Scope:
    """Which records a report covers: id subqueries for projects, agreements, deliverables."""

    description: str
    projects: Any
    agreements: Any
    deliverables: Any


def donor_scope(services: Services, donor: str | None, initiative: str | None) -> Scope:
    """The scope for a donor (name or acronym), an initiative (name) or everything."""
    if donor and initiative:
        raise UserError("Choose a donor or an initiative, not both.")
    if donor:
        partner = services.partners.find_by_name(donor)
        if partner is None:
            raise UserError(f"No partner is called '{donor}' (name, acronym or other name).")
        pid = sa.select(Partner.id).where(Partner.uuid == partner["uuid"]).scalar_subquery()
        projects = sa.union(
            sa.select(ProjectParticipant.project_id).where(
                ProjectParticipant.partner_id == pid,
                ProjectParticipant.role == ParticipationRole.FUNDING,
            ),
            sa.select(Project.id)
            .join(initiative_donors, initiative_donors.c.initiative_id == Project.initiative_id)
            .where(initiative_donors.c.partner_id == pid),
        )
        agreements = sa.union(
            sa.select(AgreementParty.agreement_id).where(
                AgreementParty.partner_id == pid, AgreementParty.role == PartyRole.FUNDER
            ),
            sa.select(project_agreements.c.agreement_id).where(
                project_agreements.c.project_id.in_(projects)
            ),
        )
        label = partner["name"] + (f" ({partner['acronym']})" if partner["acronym"] else "")
        description = f"Donor: {label}"
    elif initiative:
        found = [uuid for uuid, name in services.initiatives.choices(initiative)]
        exact = [
            r["uuid"]
            for r in services.initiatives.rows(initiative)
            if r["name"].casefold() == initiative.strip().casefold()
        ]
        if not found:
            raise UserError(f"No initiative is called '{initiative}'.")
        chosen = exact[0] if exact else found[0]
        if not exact and len(found) > 1:
            raise UserError(f"Several initiatives match '{initiative}'; give the full name.")
        record = services.initiatives.get(chosen)
        iid = sa.select(Initiative.id).where(Initiative.uuid == chosen).scalar_subquery()
        projects = sa.select(Project.id).where(Project.initiative_id == iid)
        agreements = sa.select(project_agreements.c.agreement_id).where(
            project_agreements.c.project_id.in_(projects)
        )
        description = f"Initiative: {record['name']}"
    else:
        projects = sa.select(Project.id)
        agreements = sa.select(Agreement.id)
        description = "All partnerships"
    deliverables = sa.select(Deliverable.id).where(
        sa.or_(Deliverable.project_id.in_(projects), Deliverable.agreement_id.in_(agreements))
    )
    return Scope(description, projects, agreements, deliverables)


def export_donor_report(
    services: Services, out: Path, *, donor: str | None = None, initiative: str | None = None
) -> ExportResult:
    scope = donor_scope(services, donor, initiative)
    generated = datetime.now(UTC)
    wb = new_workbook(f"Donor report — {scope.description}", services.actor.name)
    wb.properties.subject = scope.description
    with services.db.read() as session:
        counts = _summary(wb, session, scope, generated)
        _agreements(wb, session, scope)
        _projects(wb, session, scope)
        _deliverables(wb, session, scope)
    with saving(out) as tmp:
        wb.save(tmp)
    return ExportResult(Path(out).expanduser().resolve(), None, counts)


def _summary(wb: Any, session: Any, scope: Scope, generated: datetime) -> dict[str, int]:
    ws = wb.create_sheet("Summary")
    cells = CellFactory(ws)
    standard_styles(cells)
    prepare_sheet(ws, [34, 18, 12], freeze=False)
    today = date.today()
    by_status = dict(
        session.execute(
            sa.select(Deliverable.status, sa.func.count())
            .where(Deliverable.id.in_(scope.deliverables))
            .group_by(Deliverable.status)
        ).all()
    )
    overdue = session.scalar(
        sa.select(sa.func.count()).where(
            Deliverable.id.in_(scope.deliverables),
            Deliverable.due_on < today,
            Deliverable.status.in_([s for s in DeliverableStatus if s.is_open]),
        )
    )
    counts = {
        "agreements": session.scalar(
            sa.select(sa.func.count()).where(Agreement.id.in_(scope.agreements))
        ),
        "projects": session.scalar(
            sa.select(sa.func.count()).where(Project.id.in_(scope.projects))
        ),
        "deliverables": sum(by_status.values()),
        "overdue": overdue or 0,
    }
    budgets = session.execute(
        sa.select(Project.budget_currency, sa.func.sum(Project.budget_amount))
        .where(Project.id.in_(scope.projects), Project.budget_amount.is_not(None))
        .group_by(Project.budget_currency)
        .order_by(Project.budget_currency)
    ).all()
    ws.append([cells.cell("Donor report", "title")])
    ws.append([cells.cell("Scope", "bold"), cells.cell(scope.description)])
    ws.append([cells.cell("Generated (UTC)", "bold"), cells.cell(f"{generated:%Y-%m-%d %H:%M}")])
    ws.append([])
    for label, key in (
        ("Agreements", "agreements"),
        ("Projects", "projects"),
        ("Deliverables", "deliverables"),
        ("Overdue deliverables", "overdue"),
    ):
        ws.append([cells.cell(label, "bold"), counts[key]])
    for currency, total in budgets:
        ws.append([cells.cell(f"Project budgets ({currency})", "bold"), cells.cell(total, "money")])
    ws.append([])
    ws.append(cells.header(["Deliverables by status", "Count"]))
    first = 10 + len(budgets)
    for status in DeliverableStatus:
        ws.append([status_label(status), by_status.get(status, 0)])
    last = first + len(DeliverableStatus) - 1
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Deliverables by status"
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.width, chart.height = 16, 8
    ws.add_chart(chart, "D2")
    return counts


def _table(ws: Any, name: str, headers: list[str], rows: int) -> None:
    end = get_column_letter(len(headers))
    ref = f"A1:{end}{max(rows, 1) + 1}"
    table = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref))
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the columns are given above, as write-only mode needs
        ws.add_table(table)


def _agreements(wb: Any, session: Any, scope: Scope) -> None:
    ws = wb.create_sheet("Agreements")
    cells = CellFactory(ws)
    standard_styles(cells)
    headers = ["Agreement", "Reference", "Kind", "Status", "Signed", "Effective", "Expires"]
    prepare_sheet(ws, [50, 18, 24, 12, 12, 12, 12])
    ws.append(cells.header(headers))
    stmt = (
        sa.select(
            Agreement.title,
            Agreement.reference,
            Agreement.kind,
            Agreement.status,
            Agreement.signed_on,
            Agreement.effective_on,
            Agreement.expires_on,
        )
        .where(Agreement.id.in_(scope.agreements))
        .order_by(Agreement.title)
    )
    rows = 0
    for title, ref, kind, status, signed, effective, expires in session.execute(stmt):
        ws.append(
            [
                cells.cell(title),
                cells.cell(ref),
                kind.value.replace("_", " "),
                status.value,
                cells.cell(signed, "date"),
                cells.cell(effective, "date"),
                cells.cell(expires, "date"),
            ]
        )
        rows += 1
    _table(ws, "Agreements", headers, rows)


def _projects(wb: Any, session: Any, scope: Scope) -> None:
    ws = wb.create_sheet("Projects")
    cells = CellFactory(ws)
    standard_styles(cells)
    headers = ["Code", "Project", "Initiative", "Status", "Start", "End", "Budget", "Currency"]
    prepare_sheet(ws, [14, 50, 28, 14, 12, 12, 16, 10])
    ws.append(cells.header(headers))
    stmt = (
        sa.select(
            Project.code,
            Project.title,
            Initiative.name,
            Project.status,
            Project.planned_start,
            Project.planned_end,
            Project.budget_amount,
            Project.budget_currency,
        )
        .outerjoin(Initiative, Initiative.id == Project.initiative_id)
        .where(Project.id.in_(scope.projects))
        .order_by(Project.title)
    )
    rows = 0
    for code, title, initiative, status, start, end, budget, currency in session.execute(stmt):
        ws.append(
            [
                cells.cell(code),
                cells.cell(title),
                cells.cell(initiative),
                status.value,
                cells.cell(start, "date"),
                cells.cell(end, "date"),
                cells.cell(budget, "money"),
                currency,
            ]
        )
        rows += 1
    _table(ws, "Projects", headers, rows)


DELIVERABLE_HEADERS = [
    "Deliverable ID",
    "Deliverable",
    "Kind",
    "Project",
    "Agreement",
    "Responsible partner",
    "Due date",
    "Status",
    "Progress (%)",
    "Submitted on",
    "Accepted on",
    "Overdue",
]


def _deliverables(wb: Any, session: Any, scope: Scope) -> None:
    ws = wb.create_sheet("Deliverables")
    cells = CellFactory(ws)
    standard_styles(cells)
    prepare_sheet(ws, [38, 50, 10, 36, 36, 30, 12, 12, 12, 12, 12, 9])
    ws.append(cells.header(DELIVERABLE_HEADERS))
    project, agreement, responsible = aliased(Project), aliased(Agreement), aliased(Partner)
    stmt = (
        sa.select(
            Deliverable.uuid,
            Deliverable.title,
            Deliverable.kind,
            project.title,
            agreement.title,
            responsible.name,
            Deliverable.due_on,
            Deliverable.status,
            Deliverable.progress_percent,
            Deliverable.submitted_on,
            Deliverable.accepted_on,
        )
        .outerjoin(project, project.id == Deliverable.project_id)
        .outerjoin(agreement, agreement.id == Deliverable.agreement_id)
        .outerjoin(responsible, responsible.id == Deliverable.responsible_partner_id)
        .where(Deliverable.id.in_(scope.deliverables))
        .order_by(Deliverable.due_on, Deliverable.id)
        .execution_options(yield_per=BATCH)
    )
    today = date.today()
    rows = 0
    for row in session.execute(stmt):
        uuid, title, kind, p_title, a_title, partner, due, status, progress, sub, acc = row
        overdue = due is not None and due < today and status.is_open
        ws.append(
            [
                uuid,
                cells.cell(title),
                kind.value,
                cells.cell(p_title),
                cells.cell(a_title),
                cells.cell(partner),
                due,
                status_label(status),
                progress,
                sub,
                acc,
                "yes" if overdue else "no",
            ]
        )
        rows += 1
    _table(ws, "Deliverables", DELIVERABLE_HEADERS, rows)
    end = get_column_letter(len(DELIVERABLE_HEADERS))
    ws.conditional_formatting.add(
        f"A2:{end}{max(rows, 1) + 1}", FormulaRule(formula=[f'${end}2="yes"'], fill=OVERDUE_FILL)
    )
