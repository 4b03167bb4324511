"""Agreements and their parties."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import messages as msg
from ..domain import (
    Agreement,
    AgreementKind,
    AgreementParty,
    AgreementStatus,
    Deliverable,
    Document,
    Partner,
    PartyRole,
    Project,
    project_agreements,
)
from ..errors import FieldProblem, Text
from .collections import ChildRows
from .crud import EntityService
from .fields import Field


def _no_partner_twice(items: list[dict]) -> list[str]:
    seen: set[int] = set()
    problems = []
    for item in items:
        partner = item.get("partner")
        if partner is None:
            continue
        if partner.id in seen:
            problems.append(Text(msg.PARTY_TWICE, partner.name))
        seen.add(partner.id)
    return problems


class AgreementService(EntityService):
    entity = "agreement"
    label = "agreement"
    model = Agreement
    label_attr = "title"
    fields = (
        Field("title", required=True, max_length=500),
        Field("reference", max_length=100),
        Field("kind", "enum", required=True, enum=AgreementKind),
        Field("status", "enum", required=True, enum=AgreementStatus, default=AgreementStatus.DRAFT),
        Field("signed_on", "date"),
        Field("effective_on", "date"),
        Field("expires_on", "date"),
        Field("renewal_notice_days", "int", minimum=0, maximum=3650),
        Field("parent", "ref", ref="agreement"),
        Field("notes", "text"),
    )

    def __init__(self, services) -> None:
        super().__init__(services)
        self.collections = {
            "parties": ChildRows(
                "parties",
                "parties",
                AgreementParty,
                (
                    Field("partner", "ref", required=True, ref="partner"),
                    Field(
                        "role", "enum", required=True, enum=PartyRole, default=PartyRole.SIGNATORY
                    ),
                    Field("signatory_name", max_length=200),
                    Field("signed_on", "date"),
                ),
                refs={"partner": lambda: services.partners},
                check=_no_partner_twice,
            )
        }

    def list_columns(self) -> dict[str, sa.ColumnElement]:
        return {
            "uuid": Agreement.uuid,
            "label": Agreement.title,
            "title": Agreement.title,
            "reference": Agreement.reference,
            "kind": Agreement.kind,
            "status": Agreement.status,
            "signed_on": Agreement.signed_on,
            "effective_on": Agreement.effective_on,
            "expires_on": Agreement.expires_on,
            "renewal_notice_days": Agreement.renewal_notice_days,
            "party_count": sa.select(sa.func.count(AgreementParty.id))
            .where(AgreementParty.agreement_id == Agreement.id)
            .scalar_subquery(),
            "updated_at": Agreement.updated_at,
        }

    def text_columns(self) -> list[sa.ColumnElement]:
        return [Agreement.title, Agreement.reference, Agreement.notes]

    def special_filters(self):
        def partner(uuid: str) -> sa.ColumnElement:
            return Agreement.id.in_(
                sa.select(AgreementParty.agreement_id)
                .join(Partner, Partner.id == AgreementParty.partner_id)
                .where(Partner.uuid == uuid)
            )

        return {"partner": partner}

    def validate(self, session: Session, merged: dict[str, Any], obj: Any) -> list[FieldProblem]:
        problems = []
        signed, effective, expires = (
            merged.get("signed_on"),
            merged.get("effective_on"),
            merged.get("expires_on"),
        )
        if expires and effective and expires < effective:
            problems.append(FieldProblem("expires_on", Text(msg.EXPIRES_BEFORE_EFFECTIVE)))
        elif expires and signed and expires < signed:
            problems.append(FieldProblem("expires_on", Text(msg.EXPIRES_BEFORE_SIGNED)))
        parent = merged.get("parent")
        if obj is not None and parent is not None and parent == obj.uuid:
            problems.append(FieldProblem("parent", Text(msg.AMENDS_ITSELF)))
        return problems

    def dependents(self, session: Session, obj: Agreement) -> list[str]:
        deliverables = sa.select(Deliverable.title).where(Deliverable.agreement_id == obj.id)
        projects = (
            sa.select(Project.title)
            .join(project_agreements, project_agreements.c.project_id == Project.id)
            .where(project_agreements.c.agreement_id == obj.id)
        )
        amendments = sa.select(Agreement.title).where(Agreement.parent_id == obj.id)
        return (
            self.describe(session, msg.DEPENDENT_DELIVERABLE, deliverables)
            + self.describe(session, msg.DEPENDENT_PROJECT, projects)
            + self.describe(session, msg.DEPENDENT_AMENDMENT, amendments)
        )

    def cascade_children(self, session: Session, obj: Agreement):
        service = self.services.documents
        docs = session.scalars(sa.select(Document).where(Document.agreement_id == obj.id))
        return [(service, d) for d in docs]
