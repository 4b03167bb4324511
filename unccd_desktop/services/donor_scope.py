"""A donor's scope: the agreements, projects and deliverables a partner funds, and why.

One definition, used by the dashboard's "Deliverables by donor" and by the donor report.
A partner is a donor of a record for one or more reasons (Reason):

- a project: the partner takes part in it in the IATI role "funding"
  (``FUNDING_PARTICIPANT``); the project's initiative lists the partner as a donor
  (``INITIATIVE_DONOR``); or the partner is a party with the role "funder" of an agreement
  the project runs under (``AGREEMENT_FUNDER``);
- a deliverable: its project is in scope (with the project's reasons), or the partner is a
  funder party of the deliverable's own agreement (``AGREEMENT_FUNDER``);
- an agreement: the partner is one of its funder parties (``AGREEMENT_FUNDER``), or it is an
  agreement a project in scope runs under (``PROJECT_AGREEMENT``, not said of a funder's own
  agreement). An agreement in scope only for that second reason does not bring its other
  deliverables in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..domain import (
    Agreement,
    AgreementParty,
    Deliverable,
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

if TYPE_CHECKING:
    from . import Services


class Reason(enum.StrEnum):
    """Why a record is in a donor's scope."""

    FUNDING_PARTICIPANT = "funding_participant"
    INITIATIVE_DONOR = "initiative_donor"
    AGREEMENT_FUNDER = "agreement_funder"
    PROJECT_AGREEMENT = "project_agreement"


def _reason(value: Reason) -> Any:
    return sa.literal(value.value, sa.String).label("reason")


def project_reasons() -> sa.CompoundSelect:
    """Rows (partner_id, record_id, reason): every project in some donor's scope."""
    return sa.union(
        sa.select(
            ProjectParticipant.partner_id.label("partner_id"),
            ProjectParticipant.project_id.label("record_id"),
            _reason(Reason.FUNDING_PARTICIPANT),
        ).where(ProjectParticipant.role == ParticipationRole.FUNDING),
        sa.select(
            initiative_donors.c.partner_id,
            Project.id,
            _reason(Reason.INITIATIVE_DONOR),
        ).join(Project, Project.initiative_id == initiative_donors.c.initiative_id),
        sa.select(
            AgreementParty.partner_id,
            project_agreements.c.project_id,
            _reason(Reason.AGREEMENT_FUNDER),
        )
        .join(project_agreements, project_agreements.c.agreement_id == AgreementParty.agreement_id)
        .where(AgreementParty.role == PartyRole.FUNDER),
    )


def deliverable_reasons() -> sa.CompoundSelect:
    """Rows (partner_id, record_id, reason): every deliverable in some donor's scope."""
    projects = project_reasons().subquery()
    return sa.union(
        sa.select(projects.c.partner_id, Deliverable.id.label("record_id"), projects.c.reason).join(
            Deliverable, Deliverable.project_id == projects.c.record_id
        ),
        sa.select(
            AgreementParty.partner_id,
            Deliverable.id,
            _reason(Reason.AGREEMENT_FUNDER),
        )
        .join(Deliverable, Deliverable.agreement_id == AgreementParty.agreement_id)
        .where(AgreementParty.role == PartyRole.FUNDER),
    )


def agreement_reasons() -> sa.CompoundSelect:
    """Rows (partner_id, record_id, reason): every agreement in some donor's scope."""
    projects = project_reasons().subquery()
    return sa.union(
        sa.select(
            AgreementParty.partner_id.label("partner_id"),
            AgreementParty.agreement_id.label("record_id"),
            _reason(Reason.AGREEMENT_FUNDER),
        ).where(AgreementParty.role == PartyRole.FUNDER),
        sa.select(
            projects.c.partner_id,
            project_agreements.c.agreement_id,
            _reason(Reason.PROJECT_AGREEMENT),
        ).join(project_agreements, project_agreements.c.project_id == projects.c.record_id),
    )


def deliverables_of_donors() -> sa.Subquery:
    """(partner_id, deliverable_id), once per deliverable in a donor's scope."""
    rows = deliverable_reasons().subquery()
    return sa.select(rows.c.partner_id, rows.c.record_id).distinct().subquery()


Reasons = dict[int, tuple[Reason, ...]]  # record id → why it is in scope, in Reason order


@dataclass(frozen=True)
class Scope:
    """The records a report covers: a select of the ids of each kind (for ``in_``), and for a
    donor, why each record is in scope (empty for other scopes)."""

    kind: str  # "donor", "initiative" or "all"
    name: str  # the donor's or initiative's name; "" for all
    agreements: sa.Select
    projects: sa.Select
    deliverables: sa.Select
    agreement_reasons: Reasons = field(default_factory=dict)
    project_reasons: Reasons = field(default_factory=dict)
    deliverable_reasons: Reasons = field(default_factory=dict)
    acronym: str = ""


def _ids(reasons: sa.CompoundSelect, partner_id: int) -> sa.Select:
    rows = reasons.subquery()
    return sa.select(rows.c.record_id).where(rows.c.partner_id == partner_id)


def _reasons(session: Any, reasons: sa.CompoundSelect, partner_id: int) -> Reasons:
    rows = reasons.subquery()
    found: dict[int, set[Reason]] = {}
    for record_id, reason in session.execute(
        sa.select(rows.c.record_id, rows.c.reason).where(rows.c.partner_id == partner_id)
    ):
        found.setdefault(record_id, set()).add(Reason(reason))
    for reasons in found.values():  # a funder's agreement: that says it all
        if Reason.AGREEMENT_FUNDER in reasons:
            reasons.discard(Reason.PROJECT_AGREEMENT)
    order = list(Reason)
    return {k: tuple(sorted(v, key=order.index)) for k, v in found.items()}


def donor_scope(services: Services, partner_uuid: str) -> Scope:
    """What the partner funds, and why (see the module's description)."""
    with services.db.read() as session:
        partner = session.scalars(sa.select(Partner).where(Partner.uuid == partner_uuid)).first()
        if partner is None:
            raise UserError("This partner no longer exists.")
        pid = partner.id
        return Scope(
            kind="donor",
            name=partner.name,
            acronym=partner.acronym or "",
            agreements=_ids(agreement_reasons(), pid),
            projects=_ids(project_reasons(), pid),
            deliverables=_ids(deliverable_reasons(), pid),
            agreement_reasons=_reasons(session, agreement_reasons(), pid),
            project_reasons=_reasons(session, project_reasons(), pid),
            deliverable_reasons=_reasons(session, deliverable_reasons(), pid),
        )


def initiative_scope(services: Services, initiative_uuid: str) -> Scope:
    """The initiative's projects, their agreements, and the deliverables of either."""
    with services.db.read() as session:
        initiative = session.scalars(
            sa.select(Initiative).where(Initiative.uuid == initiative_uuid)
        ).first()
        if initiative is None:
            raise UserError("This initiative no longer exists.")
        projects = sa.select(Project.id).where(Project.initiative_id == initiative.id)
        agreements = sa.select(project_agreements.c.agreement_id).where(
            project_agreements.c.project_id.in_(projects)
        )
        return Scope(
            kind="initiative",
            name=initiative.name,
            agreements=agreements,
            projects=projects,
            deliverables=sa.select(Deliverable.id).where(
                sa.or_(
                    Deliverable.project_id.in_(projects), Deliverable.agreement_id.in_(agreements)
                )
            ),
        )


def whole_scope() -> Scope:
    """Every agreement, project and deliverable."""
    return Scope(
        kind="all",
        name="",
        agreements=sa.select(Agreement.id),
        projects=sa.select(Project.id),
        deliverables=sa.select(Deliverable.id),
    )
