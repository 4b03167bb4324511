"""Deliverables; overdue and due soon are derived from the due date and status, never stored."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from .. import messages as msg
from ..domain import (
    Agreement,
    Deliverable,
    DeliverableKind,
    DeliverableStatus,
    Document,
    Initiative,
    Partner,
    Project,
)
from ..errors import FieldProblem, Text
from .crud import EntityService
from .fields import Field
from .projects import check_date_order

OPEN_STATUSES = [s for s in DeliverableStatus if s.is_open]
RESPONSIBLE = aliased(Partner, name="responsible")


def is_overdue(due_on: date | None, status: str, today: date | None = None) -> bool:
    today = today or date.today()
    return due_on is not None and due_on < today and DeliverableStatus(status).is_open


class DeliverableService(EntityService):
    entity = "deliverable"
    label = "deliverable"
    model = Deliverable
    label_attr = "title"
    default_sort = "due_on"
    fields = (
        Field("title", required=True, max_length=500),
        Field("kind", "enum", required=True, enum=DeliverableKind, default=DeliverableKind.REPORT),
        Field("project", "ref", ref="project"),
        Field("agreement", "ref", ref="agreement"),
        Field("responsible_partner", "ref", ref="partner"),
        Field("due_on", "date"),
        Field(
            "status",
            "enum",
            required=True,
            enum=DeliverableStatus,
            default=DeliverableStatus.PLANNED,
        ),
        Field("progress_percent", "int", minimum=0, maximum=100, default=0),
        Field("submitted_on", "date"),
        Field("accepted_on", "date"),
        Field("evidence_url", "url", max_length=1000),
        Field("notes", "text"),
    )

    def list_columns(self) -> dict[str, sa.ColumnElement]:
        return self._columns(date.today())

    def preview_columns(self) -> dict[str, sa.ColumnElement]:
        # Replayed on a later day (SQLite only): overdue against the day it is replayed.
        return self._columns(sa.func.date("now", "localtime"))

    def _columns(self, today: Any) -> dict[str, sa.ColumnElement]:
        responsible = RESPONSIBLE
        overdue = sa.and_(
            Deliverable.due_on.is_not(None),
            Deliverable.due_on < today,
            Deliverable.status.in_(OPEN_STATUSES),
        )
        return {
            "uuid": Deliverable.uuid,
            "label": Deliverable.title,
            "title": Deliverable.title,
            "kind": Deliverable.kind,
            "project": Project.uuid,
            "project_title": Project.title,
            "agreement": Agreement.uuid,
            "agreement_title": Agreement.title,
            "responsible_partner": responsible.uuid,
            "responsible_partner_name": responsible.name,
            "initiative_name": Initiative.name,
            "due_on": Deliverable.due_on,
            "status": Deliverable.status,
            "progress_percent": Deliverable.progress_percent,
            "submitted_on": Deliverable.submitted_on,
            "accepted_on": Deliverable.accepted_on,
            "overdue": sa.case((overdue, True), else_=False),
            "updated_at": Deliverable.updated_at,
        }

    def list_joins(self, stmt: sa.Select) -> sa.Select:
        responsible = RESPONSIBLE
        return (
            stmt.outerjoin(Project, Deliverable.project_id == Project.id)
            .outerjoin(Agreement, Deliverable.agreement_id == Agreement.id)
            .outerjoin(responsible, Deliverable.responsible_partner_id == responsible.id)
            .outerjoin(Initiative, Project.initiative_id == Initiative.id)
        )

    def text_columns(self) -> list[sa.ColumnElement]:
        return [Deliverable.title, Deliverable.notes, Project.title, Agreement.title]

    def special_filters(self):
        def overdue(flag: bool) -> sa.ColumnElement:
            clause = sa.and_(
                Deliverable.due_on < date.today(), Deliverable.status.in_(OPEN_STATUSES)
            )
            return clause if flag else sa.not_(clause)

        def due_within(days: int) -> sa.ColumnElement:
            today = date.today()
            return sa.and_(
                Deliverable.due_on >= today,
                Deliverable.due_on <= today + timedelta(days=int(days)),
                Deliverable.status.in_(OPEN_STATUSES),
            )

        def partner(uuid: str) -> sa.ColumnElement:
            return Deliverable.responsible_partner_id.in_(
                sa.select(Partner.id).where(Partner.uuid == uuid)
            )

        def initiative(uuid: str) -> sa.ColumnElement:
            return Deliverable.project_id.in_(
                sa.select(Project.id)
                .join(Initiative, Initiative.id == Project.initiative_id)
                .where(Initiative.uuid == uuid)
            )

        return {
            "overdue": overdue,
            "due_within": due_within,
            "responsible_partner": partner,
            "partner": partner,
            "initiative": initiative,
            "project": lambda uuid: Project.uuid == uuid,
            "agreement": lambda uuid: Agreement.uuid == uuid,
        }

    def validate(self, session: Session, merged: dict[str, Any], obj: Any) -> list[FieldProblem]:
        problems = []
        if not merged.get("project") and not merged.get("agreement"):
            problems.append(FieldProblem("project", Text(msg.DELIVERABLE_OWNER)))
        problems += check_date_order(
            merged,
            [("submitted_on", "accepted_on", msg.ACCEPTED_BEFORE_SUBMITTED)],
        )
        return problems

    def cascade_children(self, session: Session, obj: Deliverable):
        service = self.services.documents
        docs = session.scalars(sa.select(Document).where(Document.deliverable_id == obj.id))
        return [(service, d) for d in docs]
