"""Partners and focal points."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import messages as msg
from ..domain import (
    AgreementParty,
    Country,
    Deliverable,
    FocalPoint,
    Partner,
    PartnerKind,
    ProjectParticipant,
    initiative_donors,
)
from ..domain.agreements import Agreement
from ..domain.initiatives import Initiative
from ..domain.projects import Project
from ..errors import FieldProblem, Text
from .audit import HistoryEntry
from .crud import EntityService
from .fields import Field


class PartnerService(EntityService):
    entity = "partner"
    label = "partner"
    model = Partner
    fields = (
        Field("name", required=True, max_length=300),
        Field("acronym", max_length=50),
        Field("other_names", "lines"),
        Field("kind", "enum", required=True, enum=PartnerKind),
        Field("hq_country", "country"),
        Field("website", "url", max_length=500),
        Field("iati_org_id", max_length=100),
        Field("notes", "text"),
    )

    def display_label(self, obj: Partner) -> str:
        return f"{obj.name} ({obj.acronym})" if obj.acronym else obj.name

    def list_columns(self) -> dict[str, sa.ColumnElement]:
        fp_count = (
            sa.select(sa.func.count(FocalPoint.id))
            .where(FocalPoint.partner_id == Partner.id)
            .scalar_subquery()
        )
        return {
            "uuid": Partner.uuid,
            "label": Partner.name,
            "name": Partner.name,
            "acronym": Partner.acronym,
            "kind": Partner.kind,
            "hq_country": Partner.hq_country,
            "hq_country_name": sa.select(Country.name)
            .where(Country.code == Partner.hq_country)
            .scalar_subquery(),
            "website": Partner.website,
            "focal_point_count": fp_count,
            "updated_at": Partner.updated_at,
        }

    def text_columns(self) -> list[sa.ColumnElement]:
        return [Partner.name, Partner.acronym, Partner.other_names]

    def special_filters(self) -> dict[str, Callable[[Any], sa.ColumnElement]]:
        """``country``: headquarters in that country (an ISO code or a list of codes);
        ``region``: headquarters in that UN M49 region (its name, as the reference list has it).
        """

        def country(codes: str | list[str]) -> sa.ColumnElement:
            return Partner.hq_country.in_([codes] if isinstance(codes, str) else list(codes))

        def region(name: str) -> sa.ColumnElement:
            return Partner.hq_country.in_(sa.select(Country.code).where(Country.region == name))

        return {"country": country, "region": region}

    def validate(self, session: Session, merged: dict[str, Any], obj: Any) -> list[FieldProblem]:
        problems = []
        name = (merged.get("name") or "").strip()
        if name:
            clash = session.scalar(
                sa.select(Partner.uuid).where(
                    sa.func.lower(Partner.name) == name.lower(),
                    Partner.id != (obj.id if obj is not None else -1),
                )
            )
            if clash:
                problems.append(FieldProblem("name", Text(msg.PARTNER_NAME_TAKEN)))
        return problems

    def dependents(self, session: Session, obj: Partner) -> list[str]:
        found = []
        for title in session.scalars(
            sa.select(Agreement.title)
            .join(AgreementParty, AgreementParty.agreement_id == Agreement.id)
            .where(AgreementParty.partner_id == obj.id)
        ):
            found.append(Text(msg.DEPENDENT_AGREEMENT, title))
        for title in session.scalars(
            sa.select(Deliverable.title).where(Deliverable.responsible_partner_id == obj.id)
        ):
            found.append(Text(msg.DEPENDENT_DELIVERABLE, title))
        for title in session.scalars(
            sa.select(Project.title)
            .join(ProjectParticipant, ProjectParticipant.project_id == Project.id)
            .where(ProjectParticipant.partner_id == obj.id)
            .distinct()
        ):
            found.append(Text(msg.DEPENDENT_PROJECT, title))
        for name in session.scalars(
            sa.select(Initiative.name)
            .join(initiative_donors, initiative_donors.c.initiative_id == Initiative.id)
            .where(initiative_donors.c.partner_id == obj.id)
        ):
            found.append(Text(msg.DEPENDENT_DONOR, name))
        return found

    def cascade_children(self, session: Session, obj: Partner):
        service = self.services.focal_points
        return [(service, fp) for fp in obj.focal_points]

    def merge(self, keep_uuid: str, drop_uuid: str) -> dict[str, Any]:
        """Merge the partner ``drop_uuid`` into ``keep_uuid`` (services/partner_merge.py)."""
        from .partner_merge import merge_partners

        return merge_partners(self.services, keep_uuid, drop_uuid)

    def history(self, uuid: str) -> list[HistoryEntry]:
        """The partner's audit entries, with those of the partners merged into it."""
        from .partner_merge import history_with_merged

        return history_with_merged(self.services, uuid)

    def find_by_name(self, name: str) -> dict[str, Any] | None:
        """Match a partner by name, acronym or one of its other names (case-insensitive)."""
        key = name.strip().lower()
        if not key:
            return None
        with self.db.read() as session:
            for partner in session.scalars(
                sa.select(Partner).where(
                    sa.or_(
                        sa.func.lower(Partner.name) == key,
                        sa.func.lower(Partner.acronym) == key,
                        sa.func.lower(Partner.other_names).contains(key, autoescape=True),
                    )
                )
            ):
                aliases = [a.lower() for a in partner.other_names.splitlines()]
                if key in (partner.name.lower(), (partner.acronym or "").lower(), *aliases):
                    return self.record(session, partner)
        return None


class FocalPointService(EntityService):
    entity = "focal_point"
    label = "focal point"
    model = FocalPoint
    fields = (
        Field("partner", "ref", required=True, ref="partner"),
        Field("name", required=True, max_length=200),
        Field("title", max_length=200),
        Field("email", "email", max_length=254),
        Field("phone", max_length=50),
        Field("is_primary", "bool", default=False),
        Field("active", "bool", default=True),
        Field("notes", "text"),
    )

    def list_columns(self) -> dict[str, sa.ColumnElement]:
        return {
            "uuid": FocalPoint.uuid,
            "label": FocalPoint.name,
            "name": FocalPoint.name,
            "title": FocalPoint.title,
            "email": FocalPoint.email,
            "phone": FocalPoint.phone,
            "is_primary": FocalPoint.is_primary,
            "active": FocalPoint.active,
            "partner": Partner.uuid,
            "partner_name": Partner.name,
        }

    def list_joins(self, stmt: sa.Select) -> sa.Select:
        return stmt.join(Partner, FocalPoint.partner_id == Partner.id)

    def text_columns(self) -> list[sa.ColumnElement]:
        return [FocalPoint.name, FocalPoint.email, FocalPoint.title, Partner.name]

    def validate(self, session: Session, merged: dict[str, Any], obj: Any) -> list[FieldProblem]:
        if merged.get("is_primary") and merged.get("active") is False:
            return [FieldProblem("is_primary", Text(msg.PRIMARY_HAS_LEFT))]
        return []
