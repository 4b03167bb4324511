"""The records related to one partner, agreement or project, grouped, for the Related tab.

Each group is read by one query joined on the owner's UUID, so a record that no longer
exists simply has no related records.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..domain import (
    Agreement,
    AgreementParty,
    Deliverable,
    Document,
    FocalPoint,
    Partner,
    Project,
    ProjectParticipant,
    project_agreements,
)

if TYPE_CHECKING:
    from . import Services

# Group keys, in the order they are shown.
AGREEMENTS = "agreements"
PROJECTS = "projects"
DELIVERABLES = "deliverables"
FOCAL_POINTS = "focal_points"
PARTIES = "parties"
PARTICIPANTS = "participants"
DOCUMENTS = "documents"
PARENT = "parent"  # the agreement this one amends or renews
CHILDREN = "children"  # the agreements that amend or renew this one
GROUP_ENTITY = {
    AGREEMENTS: "agreement",
    PARENT: "agreement",
    CHILDREN: "agreement",
    PROJECTS: "project",
    DELIVERABLES: "deliverable",
    FOCAL_POINTS: "focal_point",
    PARTIES: "partner",
    PARTICIPANTS: "partner",
    DOCUMENTS: "document",
}


@dataclass(frozen=True)
class RelatedLine:
    """One related record: what opens it, its name, the role it or the owner plays there, its
    status and the date that matters most (expiry, due date, planned end, added), and for
    agreements and deliverables their kind."""

    entity: str
    uuid: str
    label: str
    roles: tuple[enum.Enum, ...] = ()
    status: enum.Enum | None = None
    when: date | None = None
    detail: str = ""
    kind: enum.Enum | None = None


@dataclass(frozen=True)
class AgreementSpan:
    """An agreement's dates as the timeline draws them."""

    uuid: str
    label: str
    signed_on: date | None
    effective_on: date | None
    expires_on: date | None
    notice_on: date | None  # expiry minus the renewal notice days
    is_owner: bool = False

    @property
    def dates(self) -> list[date]:
        values = (self.signed_on, self.effective_on, self.notice_on, self.expires_on)
        return [d for d in values if d is not None]


@dataclass
class Related:
    """What the Related tab shows: groups of lines by key (only groups of the owner's kind,
    possibly empty) and, for an agreement, its chain of amendments on a timeline."""

    groups: dict[str, list[RelatedLine]] = field(default_factory=dict)
    timeline: list[AgreementSpan] = field(default_factory=list)

    def lines(self) -> list[RelatedLine]:
        return [line for lines in self.groups.values() for line in lines]


def notice_date(expires_on: date | None, notice_days: int | None) -> date | None:
    """The last day to give notice before an agreement expires."""
    if expires_on is None or notice_days is None:
        return None
    return expires_on - timedelta(days=notice_days)


def _partner_label(name: str, acronym: str | None) -> str:
    return f"{name} ({acronym})" if acronym else name


def _merge_roles(rows: list[sa.Row], entity: str) -> list[RelatedLine]:
    """Rows (uuid, label, role, status, when, kind) as lines, one per record with all its
    roles."""
    lines: dict[str, RelatedLine] = {}
    for uuid, label, role, status, when, kind in rows:
        seen = lines.get(uuid)
        roles = (*seen.roles, role) if seen else (role,)
        lines[uuid] = RelatedLine(entity, uuid, label, roles, status, when, kind=kind)
    return list(lines.values())


class RelatedService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def for_entity(self, entity: str, uuid: str) -> Related:
        readers = {
            "partner": self.for_partner,
            "agreement": self.for_agreement,
            "project": self.for_project,
        }
        return readers[entity](uuid)

    # ----- partner -------------------------------------------------------------------------

    def for_partner(self, uuid: str) -> Related:
        """Its agreements and projects (with its roles there), the deliverables it is
        responsible for, and its focal points."""
        with self.services.db.read() as session:
            return Related(
                {
                    AGREEMENTS: self._partner_agreements(session, uuid),
                    PROJECTS: self._partner_projects(session, uuid),
                    DELIVERABLES: self._deliverables(
                        session,
                        Deliverable.responsible_partner_id
                        == sa.select(Partner.id).where(Partner.uuid == uuid).scalar_subquery(),
                    ),
                    FOCAL_POINTS: self._focal_points(session, uuid),
                }
            )

    def _partner_agreements(self, session: Session, uuid: str) -> list[RelatedLine]:
        rows = session.execute(
            sa.select(
                Agreement.uuid,
                Agreement.title,
                AgreementParty.role,
                Agreement.status,
                Agreement.expires_on,
                Agreement.kind,
            )
            .join(AgreementParty, AgreementParty.agreement_id == Agreement.id)
            .join(Partner, Partner.id == AgreementParty.partner_id)
            .where(Partner.uuid == uuid)
            .order_by(Agreement.title, Agreement.id)
        ).all()
        return _merge_roles(rows, "agreement")

    def _partner_projects(self, session: Session, uuid: str) -> list[RelatedLine]:
        rows = session.execute(
            sa.select(
                Project.uuid,
                Project.title,
                ProjectParticipant.role,
                Project.status,
                Project.planned_end,
                sa.null(),
            )
            .join(ProjectParticipant, ProjectParticipant.project_id == Project.id)
            .join(Partner, Partner.id == ProjectParticipant.partner_id)
            .where(Partner.uuid == uuid)
            .order_by(Project.title, Project.id, ProjectParticipant.id)
        ).all()
        return _merge_roles(rows, "project")

    def _focal_points(self, session: Session, uuid: str) -> list[RelatedLine]:
        rows = session.execute(
            sa.select(FocalPoint.uuid, FocalPoint.name, FocalPoint.title, FocalPoint.email)
            .join(Partner, Partner.id == FocalPoint.partner_id)
            .where(Partner.uuid == uuid)
            .order_by(FocalPoint.is_primary.desc(), FocalPoint.name, FocalPoint.id)
        ).all()
        return [
            RelatedLine("focal_point", u, name, detail=" · ".join(v for v in (title, email) if v))
            for u, name, title, email in rows
        ]

    # ----- agreement -----------------------------------------------------------------------

    def for_agreement(self, uuid: str) -> Related:
        """Its parties (with roles), deliverables, documents and projects, what it amends or
        renews and what amends or renews it, and the dates of all these agreements."""
        with self.services.db.read() as session:
            own_id = sa.select(Agreement.id).where(Agreement.uuid == uuid).scalar_subquery()
            parents, children, timeline = self._chain(session, uuid, own_id)
            return Related(
                {
                    PARTIES: self._parties(session, uuid),
                    DELIVERABLES: self._deliverables(session, Deliverable.agreement_id == own_id),
                    DOCUMENTS: self._documents(session, own_id),
                    PROJECTS: self._agreement_projects(session, own_id),
                    PARENT: parents,
                    CHILDREN: children,
                },
                timeline,
            )

    def _chain(
        self, session: Session, uuid: str, own_id: sa.ScalarSelect
    ) -> tuple[list[RelatedLine], list[RelatedLine], list[AgreementSpan]]:
        """The agreement's parent and children as lines, and the three generations' dates
        (parent, the agreement, children by start), read in one query."""
        is_child = Agreement.parent_id == own_id
        rows = session.execute(
            sa.select(
                Agreement.uuid,
                Agreement.title,
                Agreement.status,
                Agreement.signed_on,
                Agreement.effective_on,
                Agreement.expires_on,
                Agreement.renewal_notice_days,
                Agreement.kind,
                is_child,
            ).where(
                sa.or_(
                    Agreement.uuid == uuid,
                    is_child,
                    Agreement.id.in_(sa.select(Agreement.parent_id).where(Agreement.uuid == uuid)),
                )
            )
        ).all()

        def place(row: sa.Row) -> tuple[int, date, str]:
            generation = 1 if row.uuid == uuid else 2 if row[-1] else 0
            return generation, row.effective_on or row.signed_on or date.max, row.title

        parents: list[RelatedLine] = []
        children: list[RelatedLine] = []
        timeline = []
        for row in sorted(rows, key=place):
            u, title, status, signed, effective, expires, notice_days, kind, child = row
            if u != uuid:
                line = RelatedLine("agreement", u, title, status=status, when=expires, kind=kind)
                (children if child else parents).append(line)
            notice = notice_date(expires, notice_days)
            timeline.append(AgreementSpan(u, title, signed, effective, expires, notice, u == uuid))
        return parents, children, timeline

    def _parties(self, session: Session, uuid: str) -> list[RelatedLine]:
        rows = session.execute(
            sa.select(
                Partner.uuid,
                Partner.name,
                Partner.acronym,
                AgreementParty.role,
                AgreementParty.signatory_name,
                AgreementParty.signed_on,
            )
            .join(AgreementParty, AgreementParty.partner_id == Partner.id)
            .join(Agreement, Agreement.id == AgreementParty.agreement_id)
            .where(Agreement.uuid == uuid)
            .order_by(AgreementParty.id)
        ).all()
        return [
            RelatedLine(
                "partner",
                u,
                _partner_label(name, acronym),
                (role,),
                when=signed,
                detail=signatory or "",
            )
            for u, name, acronym, role, signatory, signed in rows
        ]

    def _documents(self, session: Session, agreement_id: sa.ScalarSelect) -> list[RelatedLine]:
        rows = session.execute(
            sa.select(Document.uuid, Document.original_filename, Document.created_at)
            .where(Document.agreement_id == agreement_id)
            .order_by(Document.created_at, Document.id)
        ).all()
        return [RelatedLine("document", u, name, when=created.date()) for u, name, created in rows]

    def _agreement_projects(
        self, session: Session, agreement_id: sa.ScalarSelect
    ) -> list[RelatedLine]:
        rows = session.execute(
            sa.select(Project.uuid, Project.title, Project.status, Project.planned_end)
            .join(project_agreements, project_agreements.c.project_id == Project.id)
            .where(project_agreements.c.agreement_id == agreement_id)
            .order_by(Project.title, Project.id)
        ).all()
        return [
            RelatedLine("project", u, title, status=status, when=end)
            for u, title, status, end in rows
        ]

    # ----- project -------------------------------------------------------------------------

    def for_project(self, uuid: str) -> Related:
        """Its deliverables, its agreements and its participants (with their roles)."""
        with self.services.db.read() as session:
            own_id = sa.select(Project.id).where(Project.uuid == uuid).scalar_subquery()
            agreements = session.execute(
                sa.select(
                    Agreement.uuid,
                    Agreement.title,
                    Agreement.status,
                    Agreement.expires_on,
                    Agreement.kind,
                )
                .join(project_agreements, project_agreements.c.agreement_id == Agreement.id)
                .where(project_agreements.c.project_id == own_id)
                .order_by(Agreement.title, Agreement.id)
            ).all()
            participants = session.execute(
                sa.select(
                    Partner.uuid,
                    Partner.name,
                    Partner.acronym,
                    ProjectParticipant.role,
                )
                .join(ProjectParticipant, ProjectParticipant.partner_id == Partner.id)
                .where(ProjectParticipant.project_id == own_id)
                .order_by(ProjectParticipant.id)
            ).all()
            return Related(
                {
                    DELIVERABLES: self._deliverables(session, Deliverable.project_id == own_id),
                    AGREEMENTS: [
                        RelatedLine("agreement", u, title, status=status, when=expires, kind=kind)
                        for u, title, status, expires, kind in agreements
                    ],
                    PARTICIPANTS: _merge_roles(
                        [
                            (u, _partner_label(name, acronym), role, None, None, None)
                            for u, name, acronym, role in participants
                        ],
                        "partner",
                    ),
                }
            )

    # ----- shared --------------------------------------------------------------------------

    def _deliverables(self, session: Session, where: sa.ColumnElement) -> list[RelatedLine]:
        rows = session.execute(
            sa.select(
                Deliverable.uuid,
                Deliverable.title,
                Deliverable.status,
                Deliverable.due_on,
                Deliverable.kind,
            )
            .where(where)
            .order_by(Deliverable.due_on.is_(None), Deliverable.due_on, Deliverable.title)
        ).all()
        return [
            RelatedLine("deliverable", u, title, status=status, when=due, kind=kind)
            for u, title, status, due, kind in rows
        ]
