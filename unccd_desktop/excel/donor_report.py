"""The donor report: what a donor's money funds, the status of deliverables, what is late.

Scope: one donor (a partner funding projects, agreements or initiatives), one initiative,
or everything. Key figures are written as values (not formulas a viewer might not
recalculate); data sheets are Excel tables with filters, frozen headers and formats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
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


def _data_sheet(
    wb: Any,
    formats: Formats,
    name: str,
    headers: list[str],
    widths: list[int],
    fast: list[FastSheet],
) -> tuple[Any, FastSheet, dict]:
    ws = wb.add_worksheet(name)
    setup_columns(ws, widths)
    ws.freeze_panes(1, 0)
    table = start_table(ws, name, headers, formats.header)
    out = FastSheet(ws, formats, len(headers))
    fast.append(out)
    return ws, out, table


def _agreements(
    wb: Any, formats: Formats, session: Any, scope: Scope, fast: list[FastSheet]
) -> None:
    headers = ["Agreement", "Reference", "Kind", "Status", "Signed", "Effective", "Expires"]
    _ws, out, table = _data_sheet(
        wb, formats, "Agreements", headers, [50, 18, 24, 12, 12, 12, 12], fast
    )
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
    for title, ref, kind, status, signed, effective, expires in session.execute(stmt):
        kind_label = kind.value.replace("_", " ")
        out.row([title, ref, kind_label, status.value, signed, effective, expires])
    end_table(table, out.rows, len(headers))


def _projects(wb: Any, formats: Formats, session: Any, scope: Scope, fast: list[FastSheet]) -> None:
    headers = ["Code", "Project", "Initiative", "Status", "Start", "End", "Budget", "Currency"]
    widths = [14, 50, 28, 14, 12, 12, 16, 10]
    _ws, out, table = _data_sheet(wb, formats, "Projects", headers, widths, fast)
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
    row_formats = [None] * 6 + [formats.money, None]
    for code, title, initiative, status, start, end, budget, currency in session.execute(stmt):
        out.row([code, title, initiative, status.value, start, end, budget, currency], row_formats)
    end_table(table, out.rows, len(headers))


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


def _deliverables(
    wb: Any,
    formats: Formats,
    session: Any,
    scope: Scope,
    fast: list[FastSheet],
    check: Callable[[], None] | None,
) -> None:
    widths = [38, 50, 10, 36, 36, 30, 12, 12, 12, 12, 12, 9]
    ws, out, table = _data_sheet(wb, formats, "Deliverables", DELIVERABLE_HEADERS, widths, fast)
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
    labels = {s: status_label(s) for s in DeliverableStatus}
    for row in session.execute(stmt):
        uuid, title, kind, p_title, a_title, partner, due, status, progress, sub, acc = row
        overdue = due is not None and due < today and status.is_open
        out.row(
            [
                uuid,
                title,
                kind.value,
                p_title,
                a_title,
                partner,
                due,
                labels[status],
                progress,
                sub,
                acc,
                "yes" if overdue else "no",
            ]
        )
    rows = out.rows
    end_table(table, rows, len(DELIVERABLE_HEADERS))
    ws.conditional_format(
        1,
        0,
        max(rows, 1),
        len(DELIVERABLE_HEADERS) - 1,
        {"type": "formula", "criteria": '=$L2="yes"', "format": formats.overdue},
    )
