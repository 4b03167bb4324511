"""Initiatives with donors, phases and pillars."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import messages as msg
from ..domain import (
    Initiative,
    InitiativePhase,
    InitiativePillar,
    Partner,
    Project,
    initiative_donors,
)
from ..errors import FieldProblem, Text
from .collections import ChildRows, RecordLinks
from .crud import EntityService
from .fields import Field


def _phase_years(items: list[dict]) -> list[str]:
    problems = []
    for index, item in enumerate(items, start=1):
        start, end = item.get("start_year"), item.get("end_year")
        if start is not None and end is not None and end < start:
            problems.append(Text(msg.ROW_END_BEFORE_START, index))
    return problems


class InitiativeService(EntityService):
    entity = "initiative"
    label = "initiative"
    model = Initiative
    fields = (
        Field("name", required=True, max_length=300),
        Field("launched_at", max_length=100),
        Field("description", "text"),
        Field("notes", "text"),
    )

    def __init__(self, services) -> None:
        super().__init__(services)
        self.collections = {
            "donors": RecordLinks("donors", "donors", Partner, "partner"),
            "phases": ChildRows(
                "phases",
                "phases",
                InitiativePhase,
                (
                    Field("name", required=True, max_length=200),
                    Field("start_year", "int", minimum=1900, maximum=2200),
                    Field("end_year", "int", minimum=1900, maximum=2200),
                ),
                check=_phase_years,
                position=True,
            ),
            "pillars": ChildRows(
                "pillars",
                "pillars",
                InitiativePillar,
                (Field("name", required=True, max_length=300),),
                position=True,
            ),
        }

    def list_columns(self) -> dict[str, sa.ColumnElement]:
        return {
            "uuid": Initiative.uuid,
            "label": Initiative.name,
            "name": Initiative.name,
            "launched_at": Initiative.launched_at,
            "project_count": sa.select(sa.func.count(Project.id))
            .where(Project.initiative_id == Initiative.id)
            .scalar_subquery(),
            "updated_at": Initiative.updated_at,
        }

    def text_columns(self) -> list[sa.ColumnElement]:
        return [Initiative.name, Initiative.launched_at, Initiative.description]

    def special_filters(self):
        def donor(uuid: str) -> sa.ColumnElement:
            return Initiative.id.in_(
                sa.select(initiative_donors.c.initiative_id)
                .join(Partner, Partner.id == initiative_donors.c.partner_id)
                .where(Partner.uuid == uuid)
            )

        return {"donor": donor}

    def validate(self, session: Session, merged: dict[str, Any], obj: Any) -> list[FieldProblem]:
        return []

    def dependents(self, session: Session, obj: Initiative) -> list[str]:
        stmt = sa.select(Project.title).where(Project.initiative_id == obj.id)
        return self.describe(session, msg.DEPENDENT_PROJECT, stmt)
