"""Deliverables grouped by initiative and by donor, for the dashboard.

A donor's deliverables are those of its scope (services/donor_scope.py), as in its report.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..domain import Deliverable, DeliverableStatus, Initiative, Partner, Project
from .donor_scope import deliverables_of_donors

if TYPE_CHECKING:
    from . import Services

OPEN_STATUSES = [s for s in DeliverableStatus if s.is_open]


class DashboardService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def _grouped(self, key_uuid, key_name, joins, today: date) -> list[dict[str, Any]]:
        is_open = Deliverable.status.in_(OPEN_STATUSES)
        overdue = sa.and_(is_open, Deliverable.due_on < today)
        stmt = sa.select(
            key_uuid,
            key_name,
            sa.func.count(Deliverable.id),
            sa.func.sum(sa.case((is_open, 1), else_=0)),
            sa.func.sum(sa.case((overdue, 1), else_=0)),
        ).select_from(Deliverable)
        for target, on in joins:
            stmt = stmt.join(target, on)
        stmt = stmt.group_by(key_uuid, key_name).order_by(key_name)
        with self.services.db.read() as session:
            rows = session.execute(stmt).all()
        return [
            {"uuid": u, "name": n, "total": t, "open": o or 0, "overdue": d or 0}
            for u, n, t, o, d in rows
        ]

    def deliverables_by_initiative(self, today: date | None = None) -> list[dict[str, Any]]:
        """Per initiative: uuid, name, total, open and overdue deliverables of its projects."""
        return self._grouped(
            Initiative.uuid,
            Initiative.name,
            [
                (Project, Project.id == Deliverable.project_id),
                (Initiative, Initiative.id == Project.initiative_id),
            ],
            today or date.today(),
        )

    def deliverables_by_donor(self, today: date | None = None) -> list[dict[str, Any]]:
        """Per donor partner, the same counts of the deliverables in its scope."""
        funded = deliverables_of_donors()
        return self._grouped(
            Partner.uuid,
            Partner.name,
            [
                (funded, funded.c.record_id == Deliverable.id),
                (Partner, Partner.id == funded.c.partner_id),
            ],
            today or date.today(),
        )
