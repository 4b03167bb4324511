"""Projects with their agreements, partners in IATI roles, countries and thematic areas."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import messages as msg
from ..domain import (
    ActivityStatus,
    Agreement,
    Country,
    Deliverable,
    Initiative,
    ParticipationRole,
    Partner,
    Project,
    ProjectParticipant,
    ThematicArea,
    project_agreements,
    project_countries,
)
from ..errors import FieldProblem, Text
from .collections import ChildRows, CodeLinks, RecordLinks
from .crud import EntityService
from .fields import Field


def _no_duplicate_roles(items: list[dict]) -> list[str]:
    seen = set()
    problems = []
    for item in items:
        partner, role = item.get("partner"), item.get("role")
        if partner is None or role is None:
            continue
        if (partner.id, role) in seen:
            problems.append(Text(msg.ROLE_TWICE, partner.name, role.value))
        seen.add((partner.id, role))
    return problems


def check_date_order(merged: dict, pairs: list[tuple[str, str, str]]) -> list[FieldProblem]:
    """For each (start, end, message): a problem on end when end < start."""
    problems = []
    for start, end, message in pairs:
        if merged.get(start) and merged.get(end) and merged[end] < merged[start]:
            problems.append(FieldProblem(end, Text(message)))
    return problems


def _country_names() -> sa.ScalarSelect:
    """The names of a project's countries, in alphabetical order, joined by commas."""
    names = (
        sa.select(Country.name)
        .join(project_countries, project_countries.c.country_code == Country.code)
        .where(project_countries.c.project_id == Project.id)
        .order_by(Country.name)
        .correlate(Project)
        .subquery()
    )
    return sa.select(sa.func.aggregate_strings(names.c.name, ", ")).scalar_subquery()


class ProjectService(EntityService):
    entity = "project"
    label = "project"
    model = Project
    label_attr = "title"
    fields = (
        Field("code", max_length=50),
        Field("title", required=True, max_length=500),
        Field("initiative", "ref", ref="initiative"),
        Field(
            "status", "enum", required=True, enum=ActivityStatus, default=ActivityStatus.PIPELINE
        ),
        Field("planned_start", "date"),
        Field("planned_end", "date"),
        Field("actual_start", "date"),
        Field("actual_end", "date"),
        Field("budget_amount", "decimal", minimum=0),
        Field("budget_currency", "currency"),
        Field("notes", "text"),
    )

    def __init__(self, services) -> None:
        super().__init__(services)
        self.collections = {
            "agreements": RecordLinks("agreements", "agreements", Agreement, "agreement"),
            "participants": ChildRows(
                "participants",
                "participants",
                ProjectParticipant,
                (
                    Field("partner", "ref", required=True, ref="partner"),
                    Field("role", "enum", required=True, enum=ParticipationRole),
                ),
                refs={"partner": lambda: services.partners},
                check=_no_duplicate_roles,
            ),
            "countries": CodeLinks("countries", "countries", Country, "country code"),
            "thematic_areas": CodeLinks(
                "thematic_areas", "thematic_areas", ThematicArea, "thematic area"
            ),
        }

    def list_columns(self) -> dict[str, sa.ColumnElement]:
        return {
            "uuid": Project.uuid,
            "label": Project.title,
            "code": Project.code,
            "title": Project.title,
            "initiative": Initiative.uuid,
            "initiative_name": Initiative.name,
            "status": Project.status,
            "planned_start": Project.planned_start,
            "planned_end": Project.planned_end,
            "budget_amount": Project.budget_amount,
            "budget_currency": Project.budget_currency,
            "deliverable_count": sa.select(sa.func.count(Deliverable.id))
            .where(Deliverable.project_id == Project.id)
            .scalar_subquery(),
            "countries": _country_names(),
            "updated_at": Project.updated_at,
        }

    def list_joins(self, stmt: sa.Select) -> sa.Select:
        return stmt.outerjoin(Initiative, Project.initiative_id == Initiative.id)

    def text_columns(self) -> list[sa.ColumnElement]:
        return [Project.title, Project.code, Project.notes]

    def special_filters(self):
        def partner(uuid: str) -> sa.ColumnElement:
            return Project.id.in_(
                sa.select(ProjectParticipant.project_id)
                .join(Partner, Partner.id == ProjectParticipant.partner_id)
                .where(Partner.uuid == uuid)
            )

        def agreement(uuid: str) -> sa.ColumnElement:
            return Project.id.in_(
                sa.select(project_agreements.c.project_id)
                .join(Agreement, Agreement.id == project_agreements.c.agreement_id)
                .where(Agreement.uuid == uuid)
            )

        def country(codes: str | list[str]) -> sa.ColumnElement:
            wanted = [codes] if isinstance(codes, str) else list(codes)
            return Project.id.in_(
                sa.select(project_countries.c.project_id).where(
                    project_countries.c.country_code.in_(wanted)
                )
            )

        def region(name: str) -> sa.ColumnElement:
            return Project.id.in_(
                sa.select(project_countries.c.project_id)
                .join(Country, Country.code == project_countries.c.country_code)
                .where(Country.region == name)
            )

        return {"partner": partner, "agreement": agreement, "country": country, "region": region}

    def validate(self, session: Session, merged: dict[str, Any], obj: Any) -> list[FieldProblem]:
        problems = check_date_order(
            merged,
            [
                ("planned_start", "planned_end", msg.PLANNED_END_BEFORE_START),
                ("actual_start", "actual_end", msg.ACTUAL_END_BEFORE_START),
            ],
        )
        if merged.get("budget_amount") is not None and not merged.get("budget_currency"):
            problems.append(FieldProblem("budget_currency", Text(msg.CURRENCY_NEEDED)))
        code = merged.get("code")
        if code:
            clash = session.scalar(
                sa.select(Project.id).where(
                    Project.code == code, Project.id != (obj.id if obj is not None else -1)
                )
            )
            if clash:
                problems.append(FieldProblem("code", Text(msg.PROJECT_CODE_TAKEN)))
        return problems

    def dependents(self, session: Session, obj: Project) -> list[str]:
        stmt = sa.select(Deliverable.title).where(Deliverable.project_id == obj.id)
        return self.describe(session, msg.DEPENDENT_DELIVERABLE, stmt)
