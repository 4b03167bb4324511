"""What a donor report says, ready to lay out: the workbook (excel/donor_report.py) and the
PDF render the same content, so both agree on every figure, label and row.

``donor_report_content(services, partner_uuid, language)`` returns a DonorReportContent:

- title, scope line and date: ``title`` ("Donor report"), ``scope_line`` ("Donor: …",
  "Initiative: …" or "All partnerships"), ``generated`` (UTC) and ``date_text`` (ISO);
  ``page_text`` is "Page {0} of {1}" in the report's language, to format with the page
  number and count;
- ``figures``: key figures, each a label and a value (a count, or Money for budgets);
- ``chart``: deliverables per status (label, count), every status in order;
- ``sections``: agreements, projects and deliverables, each with a title, columns (header,
  kind, relative width, whether it wraps and whether it is printed), the rows (``rows()``,
  read from the database when iterated) and an ``empty_text`` to show instead of a table
  when ``count`` is 0.

Row values are display-ready: enum labels (not stored codes) in the report's language,
dates as ``date``, amounts as Money (a Decimal and its currency), progress as an int from 0
to 100, and for a donor why each record is in scope (services/donor_scope.py). Record ids
come last, in a column that is not printed. Every text goes through ``Wording(language)``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from ..domain import (
    ActivityStatus,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Deliverable,
    DeliverableKind,
    DeliverableStatus,
    Initiative,
    Partner,
    Project,
)
from ..errors import UserError
from ..services.donor_scope import (
    Reason,
    Scope,
    donor_scope,
    initiative_scope,
    whole_scope,
)
from .columns import DELIVERABLES
from .enum_labels import enum_label
from .text_width import BOLD, widest_word
from .wording import Wording

if TYPE_CHECKING:
    from ..services import Services

BATCH = 2_000
OPEN_STATUSES = [s for s in DeliverableStatus if s.is_open]

# Column kinds: how a renderer formats and aligns the values of a column.
TEXT, DATE, PERCENT, MONEY, ID = "text", "date", "percent", "money", "id"


@dataclass(frozen=True)
class Money:
    """An amount and its currency (ISO 4217 code; "" when the record has none)."""

    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.amount:,.2f} {self.currency}".strip()


@dataclass(frozen=True)
class ReportColumn:
    """One column of a section.

    key: a stable name ("title", "status", "id", …); header: its heading in the report's
    language; kind: text, date, percent (an int 0–100), money (Money) or id; width: its
    relative width, in characters of the default font; wrap: long values wrap within the
    column (text columns); printed: False for the record ids, which stay in the workbook
    but not on paper.
    """

    key: str
    header: str
    kind: str
    width: int
    wrap: bool = False
    printed: bool = True


@dataclass(frozen=True)
class Row:
    """The values of one record, one per column (None when empty); overdue: a deliverable
    past its due date and not done, to be highlighted."""

    values: tuple[Any, ...]
    overdue: bool = False


@dataclass(frozen=True)
class Section:
    """A table of the report: its rows are read again each time ``rows()`` is iterated."""

    key: str  # "agreements", "projects" or "deliverables"
    title: str
    columns: tuple[ReportColumn, ...]
    count: int
    empty_text: str
    _rows: Callable[[], Iterator[Row]] = field(repr=False, compare=False)

    def rows(self) -> Iterator[Row]:
        return self._rows()

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)


@dataclass(frozen=True)
class KeyFigure:
    key: str  # "agreements", "projects", "deliverables", "overdue", "budget"
    label: str
    value: int | Money


@dataclass(frozen=True)
class Chart:
    """A bar chart: one bar per (label, value) point, in order."""

    title: str
    series: str
    points: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class DonorReportContent:
    language: str
    right_to_left: bool
    title: str
    scope_line: str
    generated: datetime  # UTC
    date_text: str
    page_text: str  # "Page {0} of {1}", translated
    figures: tuple[KeyFigure, ...]
    chart: Chart
    sections: tuple[Section, ...]
    wording: Wording = field(repr=False, compare=False)

    @property
    def heading(self) -> str:
        """Title and scope in one line, for a page header or a document title."""
        return f"{self.title} — {self.scope_line}"

    @property
    def counts(self) -> dict[str, int]:
        """Records in scope: agreements, projects, deliverables, overdue."""
        return {f.key: f.value for f in self.figures if isinstance(f.value, int)}


def report_subject(
    services: Services, donor: str | None, initiative: str | None
) -> tuple[str | None, str | None]:
    """The UUIDs of the donor partner and of the initiative named as the user typed them
    (either or neither), for the donor report's workbook and PDF alike."""
    if donor and initiative:
        raise UserError("Choose a donor or an initiative, not both.")
    if donor:
        partner = services.partners.find_by_name(donor)
        if partner is None:
            raise UserError(f"No partner is called '{donor}' (name, acronym or other name).")
        return partner["uuid"], None
    if initiative:
        found = [uuid for uuid, _name in services.initiatives.choices(initiative)]
        exact = [
            r["uuid"]
            for r in services.initiatives.rows(initiative)
            if r["name"].casefold() == initiative.strip().casefold()
        ]
        if not found:
            raise UserError(f"No initiative is called '{initiative}'.")
        if not exact and len(found) > 1:
            raise UserError(f"Several initiatives match '{initiative}'; give the full name.")
        return None, (exact or found)[0]
    return None, None


def donor_report_content(
    services: Services,
    partner_uuid: str | None,
    language: str = "en",
    *,
    initiative_uuid: str | None = None,
    today: date | None = None,
) -> DonorReportContent:
    """The report for a donor partner; with no partner, for the initiative given by
    ``initiative_uuid``, or for all partnerships when neither is given."""
    w = Wording(language)
    today = today or date.today()
    if partner_uuid and initiative_uuid:
        raise ValueError("a report is for a donor or an initiative, not both")
    if partner_uuid:
        scope = donor_scope(services, partner_uuid)
        name = f"{scope.name} ({scope.acronym})" if scope.acronym else scope.name
        scope_line = w("Donor: {0}", name)
    elif initiative_uuid:
        scope = initiative_scope(services, initiative_uuid)
        scope_line = w("Initiative: {0}", scope.name)
    else:
        scope = whole_scope()
        scope_line = w("All partnerships")
    generated = datetime.now(UTC)
    with services.db.read() as session:
        figures, chart = _summary(session, scope, w, today)
    counts = {f.key: f.value for f in figures}
    reasons = _reason_texts(scope, w)
    sections = (
        _agreements(services, scope, w, reasons, counts["agreements"]),
        _projects(services, scope, w, reasons, counts["projects"]),
        _deliverables(services, scope, w, reasons, counts["deliverables"], today),
    )
    return DonorReportContent(
        language=language,
        right_to_left=w.right_to_left,
        title=w("Donor report"),
        scope_line=scope_line,
        generated=generated,
        date_text=f"{generated:%Y-%m-%d}",
        page_text=w("Page {0} of {1}"),
        figures=figures,
        chart=chart,
        sections=sections,
        wording=w,
    )


def _summary(
    session: Any, scope: Scope, w: Wording, today: date
) -> tuple[tuple[KeyFigure, ...], Chart]:
    in_scope = Deliverable.id.in_(scope.deliverables)
    by_status = dict(
        session.execute(
            sa.select(Deliverable.status, sa.func.count())
            .where(in_scope)
            .group_by(Deliverable.status)
        ).all()
    )
    overdue = session.scalar(
        sa.select(sa.func.count()).where(
            in_scope, Deliverable.due_on < today, Deliverable.status.in_(OPEN_STATUSES)
        )
    )
    agreements = session.scalar(
        sa.select(sa.func.count()).where(Agreement.id.in_(scope.agreements))
    )
    projects = session.scalar(sa.select(sa.func.count()).where(Project.id.in_(scope.projects)))
    budgets = session.execute(
        sa.select(Project.budget_currency, sa.func.sum(Project.budget_amount))
        .where(Project.id.in_(scope.projects), Project.budget_amount.is_not(None))
        .group_by(Project.budget_currency)
        .order_by(Project.budget_currency)
    ).all()
    figures = [
        KeyFigure("agreements", w("Agreements"), agreements),
        KeyFigure("projects", w("Projects"), projects),
        KeyFigure("deliverables", w("Deliverables"), sum(by_status.values())),
        KeyFigure("overdue", w("Overdue deliverables"), overdue or 0),
    ]
    figures += [
        KeyFigure(
            "budget", w("Project budgets ({0})", currency or "—"), Money(total, currency or "")
        )
        for currency, total in budgets
    ]
    chart = Chart(
        w("Deliverables by status"),
        w("Deliverables"),
        tuple((w(enum_label(s)), by_status.get(s, 0)) for s in DeliverableStatus),
    )
    return tuple(figures), chart


def _reason_texts(scope: Scope, w: Wording) -> dict[Reason, str]:
    donor = scope.acronym or scope.name
    return {
        Reason.FUNDING_PARTICIPANT: w("Funding participant"),
        Reason.INITIATIVE_DONOR: w("Initiative funded by {0}", donor),
        Reason.AGREEMENT_FUNDER: w("Agreement party as funder"),
        Reason.PROJECT_AGREEMENT: w("Agreement of a funded project"),
    }


def _why(reasons: tuple[Reason, ...] | None, texts: dict[Reason, str]) -> str | None:
    return "; ".join(texts[r] for r in reasons) if reasons else None


def _label(value: Any, w: Wording) -> str | None:
    return w(enum_label(value)) if value is not None else None


def _columns(w: Wording, scope: Scope, specs: list[tuple]) -> tuple[ReportColumn, ...]:
    """Columns from (key, English header, kind, width[, the enum whose labels it shows]);
    the reason column for a donor only. A column is widened to its widest word, in the
    report's language, of its header and labels: no word is cut."""
    columns = []
    for key, header, kind, width, *labels in specs:
        if key == "why" and scope.kind != "donor":
            continue
        words = [widest_word(w(header)) * BOLD]
        words += [widest_word(w(enum_label(v))) for enum in labels for v in enum]
        width = max(width, math.ceil(max(words) + 1))
        columns.append(
            ReportColumn(key, w(header), kind, width, wrap=kind == TEXT, printed=kind != ID)
        )
    return tuple(columns)


def _streamed(services: Services, stmt: sa.Select, make: Callable[[Any], Row]) -> Iterator[Row]:
    with services.db.read() as session:
        for record in session.execute(stmt.execution_options(yield_per=BATCH)):
            yield make(record)


def _agreements(
    services: Services, scope: Scope, w: Wording, texts: dict[Reason, str], count: int
) -> Section:
    columns = _columns(
        w,
        scope,
        [
            ("title", "Agreement", TEXT, 40),
            ("kind", "Kind", TEXT, 18, AgreementKind),
            ("status", "Status", TEXT, 12, AgreementStatus),
            ("signed_on", "Signed", DATE, 11),
            ("effective_on", "Effective", DATE, 11),
            ("expires_on", "Expires", DATE, 11),
            ("reference", "Reference", TEXT, 16),
            ("why", "Why in scope", TEXT, 24),
            ("id", "Agreement ID", ID, 38),
        ],
    )
    stmt = (
        sa.select(
            Agreement.id,
            Agreement.title,
            Agreement.kind,
            Agreement.status,
            Agreement.signed_on,
            Agreement.effective_on,
            Agreement.expires_on,
            Agreement.reference,
            Agreement.uuid,
        )
        .where(Agreement.id.in_(scope.agreements))
        .order_by(Agreement.title, Agreement.id)
    )
    donor = scope.kind == "donor"

    def row(r: Any) -> Row:
        why = (_why(scope.agreement_reasons.get(r.id), texts),) if donor else ()
        values = (r.title, _label(r.kind, w), _label(r.status, w), *r[4:7], r.reference)
        return Row((*values, *why, r.uuid))

    return Section(
        "agreements",
        w("Agreements"),
        columns,
        count,
        w("No agreements in this scope"),
        lambda: _streamed(services, stmt, row),
    )


def _projects(
    services: Services, scope: Scope, w: Wording, texts: dict[Reason, str], count: int
) -> Section:
    columns = _columns(
        w,
        scope,
        [
            ("title", "Project", TEXT, 40),
            ("code", "Code", TEXT, 12),
            ("initiative", "Initiative", TEXT, 22),
            ("status", "Status", TEXT, 14, ActivityStatus),
            ("planned_start", "Start", DATE, 11),
            ("planned_end", "End", DATE, 11),
            ("budget", "Budget", MONEY, 18),
            ("why", "Why in scope", TEXT, 26),
            ("id", "Project ID", ID, 38),
        ],
    )
    stmt = (
        sa.select(
            Project.id,
            Project.title,
            Project.code,
            Initiative.name,
            Project.status,
            Project.planned_start,
            Project.planned_end,
            Project.budget_amount,
            Project.budget_currency,
            Project.uuid,
        )
        .outerjoin(Initiative, Initiative.id == Project.initiative_id)
        .where(Project.id.in_(scope.projects))
        .order_by(Project.title, Project.id)
    )
    donor = scope.kind == "donor"

    def row(r: Any) -> Row:
        budget = Money(r.budget_amount, r.budget_currency or "") if r.budget_amount else None
        why = (_why(scope.project_reasons.get(r.id), texts),) if donor else ()
        values = (r.title, r.code, r.name, _label(r.status, w), r.planned_start, r.planned_end)
        return Row((*values, budget, *why, r.uuid))

    return Section(
        "projects",
        w("Projects"),
        columns,
        count,
        w("No projects in this scope"),
        lambda: _streamed(services, stmt, row),
    )


def _deliverables(
    services: Services,
    scope: Scope,
    w: Wording,
    texts: dict[Reason, str],
    count: int,
    today: date,
) -> Section:
    # The headers of the ID, status, progress and submitted columns are the partner
    # workbook's: the Deliverables sheet imports like one.
    header = {c.field: c.header for c in DELIVERABLES.columns}
    columns = _columns(
        w,
        scope,
        [
            ("title", header["title"], TEXT, 36),
            ("kind", "Kind", TEXT, 9, DeliverableKind),
            ("owner", header["owner"], TEXT, 28),
            ("responsible_partner", "Responsible partner", TEXT, 20),
            ("due_on", header["due_on"], DATE, 11),
            ("status", header["status"], TEXT, 12, DeliverableStatus),
            ("progress_percent", header["progress_percent"], PERCENT, 9),
            ("submitted_on", header["submitted_on"], DATE, 11),
            ("accepted_on", "Accepted on", DATE, 11),
            ("overdue", "Overdue", TEXT, 9),
            ("why", "Why in scope", TEXT, 22),
            ("id", header["id"], ID, 38),
        ],
    )
    project, agreement, responsible = aliased(Project), aliased(Agreement), aliased(Partner)
    stmt = (
        sa.select(
            Deliverable.id,
            Deliverable.title,
            Deliverable.kind,
            sa.func.coalesce(project.title, agreement.title).label("owner"),
            responsible.name.label("responsible"),
            Deliverable.due_on,
            Deliverable.status,
            Deliverable.progress_percent,
            Deliverable.submitted_on,
            Deliverable.accepted_on,
            Deliverable.uuid,
        )
        .outerjoin(project, project.id == Deliverable.project_id)
        .outerjoin(agreement, agreement.id == Deliverable.agreement_id)
        .outerjoin(responsible, responsible.id == Deliverable.responsible_partner_id)
        .where(Deliverable.id.in_(scope.deliverables))
        .order_by(Deliverable.due_on, Deliverable.id)
    )
    donor = scope.kind == "donor"
    yes = w("Yes")

    def row(r: Any) -> Row:
        late = r.due_on is not None and r.due_on < today and r.status in OPEN_STATUSES
        why = (_why(scope.deliverable_reasons.get(r.id), texts),) if donor else ()
        values = (
            r.title,
            _label(r.kind, w),
            r.owner,
            r.responsible,
            r.due_on,
            _label(r.status, w),
            r.progress_percent,
            r.submitted_on,
            r.accepted_on,
            yes if late else None,
        )
        return Row((*values, *why, r.uuid), overdue=late)

    return Section(
        "deliverables",
        w("Deliverables"),
        columns,
        count,
        w("No deliverables in this scope"),
        lambda: _streamed(services, stmt, row),
    )
