"""The donor report: what a donor's money funds, the status of deliverables, what is late.

Scope: one donor (a partner funding projects, agreements or initiatives), one initiative,
or everything. Key figures are written as values (not formulas a viewer might not
recalculate); data sheets are Excel tables with filters, frozen headers and formats, their
columns those of excel/columns.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from xlsxwriter.utility import xl_col_to_name

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
from .columns import DONOR_AGREEMENTS, DONOR_DELIVERABLES, DONOR_PROJECTS, Layout, status_label
from .partner_workbook import ExportResult
from .rows_xml import FastSheet, streamed_workbook
from .writing import (
    Formats,
    SheetWriter,
    end_table,
    saving,
    setup_columns,
    start_table,
)

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
    services: Services,
    out: Path,
    *,
    donor: str | None = None,
    initiative: str | None = None,
    check: Callable[[], None] | None = None,
) -> ExportResult:
    """Write the donor report; check() is called now and then and may raise to cancel."""
    scope = donor_scope(services, donor, initiative)
    generated = datetime.now(UTC)
    with saving(out) as tmp:
        title = f"Donor report — {scope.description}"
        author = services.actor.name
        with (
            streamed_workbook(tmp, title, author, scope.description) as (wb, formats, fast),
            services.db.read() as session,
        ):
            counts = _summary(wb, formats, session, scope, generated)
            _agreements(wb, formats, session, scope, fast)
            _projects(wb, formats, session, scope, fast)
            _deliverables(wb, formats, session, scope, fast, check)
    return ExportResult(Path(out).expanduser().resolve(), None, counts)


def _summary(
    wb: Any, formats: Formats, session: Any, scope: Scope, generated: datetime
) -> dict[str, int]:
    ws = wb.add_worksheet("Summary")
    setup_columns(ws, [34, 18, 12])
    out = SheetWriter(ws, formats)
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
    bold = [formats.bold, None]
    out.row(["Donor report"], [formats.title])
    out.row(["Scope", scope.description], bold)
    out.row(["Generated (UTC)", f"{generated:%Y-%m-%d %H:%M}"], bold)
    out.row([])
    for label, key in (
        ("Agreements", "agreements"),
        ("Projects", "projects"),
        ("Deliverables", "deliverables"),
        ("Overdue deliverables", "overdue"),
    ):
        out.row([label, counts[key]], bold)
    for currency, total in budgets:
        out.row([f"Project budgets ({currency})", total], [formats.bold, formats.money])
    out.row([])
    out.row(["Deliverables by status", "Count"], [formats.header, formats.header])
    first = out.next_row
    for status in DeliverableStatus:
        out.row([status_label(status), by_status.get(status, 0)])
    last = out.next_row - 1
    chart = wb.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": "Deliverables",
            "categories": ["Summary", first, 0, last, 0],
            "values": ["Summary", first, 1, last, 1],
        }
    )
    chart.set_title({"name": "Deliverables by status"})
    chart.set_legend({"none": True})
    ws.insert_chart(1, 3, chart)
    return counts


def _table(
    wb: Any,
    formats: Formats,
    session: Any,
    layout: Layout,
    columns: dict[str, Any],
    scope: Callable[[sa.Select], sa.Select],
    fast: list[FastSheet],
    check: Callable[[], None] | None = None,
) -> tuple[Any, int]:
    """An Excel table of the layout's columns (columns: each one's SQL expression), one row
    per record of scope(); returns the sheet and its number of rows."""
    ws = wb.add_worksheet(layout.sheet)
    setup_columns(ws, [c.width for c in layout.columns])
    ws.freeze_panes(1, 0)
    headers = [c.header for c in layout.columns]
    table = start_table(ws, layout.sheet, headers, formats.header)
    out = FastSheet(ws, formats, len(headers), check=check)
    fast.append(out)
    styles = [formats.money if c.kind == "money" else None for c in layout.columns]
    cells = layout.row_writer()
    stmt = scope(sa.select(*(columns[c.field] for c in layout.columns)))
    for row in session.execute(stmt.execution_options(yield_per=BATCH)):
        out.row(cells(row), styles if any(styles) else None)
    end_table(table, out.rows, len(headers))
    return ws, out.rows


def _columns_of(model: type, layout: Layout, **given: Any) -> dict[str, Any]:
    """Each column's SQL expression: the one given, else the model's attribute of its name."""
    return {
        c.field: given[c.field] if c.field in given else getattr(model, c.field)
        for c in layout.columns
    }


def _agreements(
    wb: Any, formats: Formats, session: Any, scope: Scope, fast: list[FastSheet]
) -> None:
    columns = _columns_of(Agreement, DONOR_AGREEMENTS)

    def rows(stmt: sa.Select) -> sa.Select:
        return stmt.where(Agreement.id.in_(scope.agreements)).order_by(Agreement.title)

    _table(wb, formats, session, DONOR_AGREEMENTS, columns, rows, fast)


def _projects(wb: Any, formats: Formats, session: Any, scope: Scope, fast: list[FastSheet]) -> None:
    columns = _columns_of(Project, DONOR_PROJECTS, initiative=Initiative.name)

    def rows(stmt: sa.Select) -> sa.Select:
        return (
            stmt.outerjoin(Initiative, Initiative.id == Project.initiative_id)
            .where(Project.id.in_(scope.projects))
            .order_by(Project.title)
        )

    _table(wb, formats, session, DONOR_PROJECTS, columns, rows, fast)


def _deliverables(
    wb: Any,
    formats: Formats,
    session: Any,
    scope: Scope,
    fast: list[FastSheet],
    check: Callable[[], None] | None,
) -> None:
    project, agreement, responsible = aliased(Project), aliased(Agreement), aliased(Partner)
    late = sa.and_(
        Deliverable.due_on < date.today(),
        Deliverable.status.in_([s for s in DeliverableStatus if s.is_open]),
    )
    columns = _columns_of(
        Deliverable,
        DONOR_DELIVERABLES,
        id=Deliverable.uuid,
        project=project.title,
        agreement=agreement.title,
        responsible_partner=responsible.name,
        overdue=sa.case((late, "yes"), else_="no"),
    )

    def rows(stmt: sa.Select) -> sa.Select:
        return (
            stmt.outerjoin(project, project.id == Deliverable.project_id)
            .outerjoin(agreement, agreement.id == Deliverable.agreement_id)
            .outerjoin(responsible, responsible.id == Deliverable.responsible_partner_id)
            .where(Deliverable.id.in_(scope.deliverables))
            .order_by(Deliverable.due_on, Deliverable.id)
        )

    layout = DONOR_DELIVERABLES
    ws, count = _table(wb, formats, session, layout, columns, rows, fast, check)
    overdue = xl_col_to_name(layout.columns.index(layout.column("overdue")))
    ws.conditional_format(
        1,
        0,
        max(count, 1),
        len(layout.columns) - 1,
        {"type": "formula", "criteria": f'=${overdue}2="yes"', "format": formats.overdue},
    )
