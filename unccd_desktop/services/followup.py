"""What needs attention: agreements nearing or past expiry or with no expiry date,
deliverables overdue or due soon."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..domain import Agreement, AgreementStatus, Deliverable, DeliverableStatus, Project

if TYPE_CHECKING:
    from . import Services

LIVE_AGREEMENT_STATUSES = [AgreementStatus.SIGNED, AgreementStatus.ACTIVE]


class FollowUpService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def expiring_agreements(self, days: int = 90, today: date | None = None) -> list[dict]:
        """Signed or active agreements expiring within their renewal notice or ``days``.

        Already expired ones that are still marked live are included too (days_left < 0).
        """
        today = today or date.today()
        with self.services.db.read() as session:
            longest_notice = session.scalar(sa.select(sa.func.max(Agreement.renewal_notice_days)))
            horizon = today + timedelta(days=max(days, longest_notice or 0))
            rows = session.execute(
                sa.select(
                    Agreement.uuid,
                    Agreement.title,
                    Agreement.status,
                    Agreement.expires_on,
                    Agreement.renewal_notice_days,
                )
                .where(
                    Agreement.status.in_(LIVE_AGREEMENT_STATUSES),
                    Agreement.expires_on.is_not(None),
                    Agreement.expires_on <= horizon,
                )
                .order_by(Agreement.expires_on)
            ).all()
        out = []
        for uuid, title, status, expires_on, notice in rows:
            window = max(days, notice or 0)
            days_left = (expires_on - today).days
            if days_left <= window:
                out.append(
                    {
                        "uuid": uuid,
                        "title": title,
                        "status": status.value,
                        "expires_on": expires_on,
                        "renewal_notice_days": notice,
                        "days_left": days_left,
                    }
                )
        return out

    def agreements_without_expiry(self) -> list[dict[str, Any]]:
        """Signed or active agreements with no expiry date: nothing can warn before they end."""
        return self._live_agreements(Agreement.expires_on.is_(None), Agreement.title)

    def agreements_past_expiry(self, today: date | None = None) -> list[dict[str, Any]]:
        """Signed or active agreements whose expiry date has passed (days_late > 0)."""
        today = today or date.today()
        rows = self._live_agreements(Agreement.expires_on < today, Agreement.expires_on)
        for row in rows:
            row["days_late"] = (today - row["expires_on"]).days
        return rows

    def _live_agreements(
        self, clause: sa.ColumnElement, order: sa.ColumnElement
    ) -> list[dict[str, Any]]:
        with self.services.db.read() as session:
            rows = session.execute(
                sa.select(
                    Agreement.uuid,
                    Agreement.title,
                    Agreement.kind,
                    Agreement.status,
                    Agreement.expires_on,
                )
                .where(Agreement.status.in_(LIVE_AGREEMENT_STATUSES), clause)
                .order_by(order, Agreement.id)
            ).all()
        return [
            {
                "uuid": uuid,
                "title": title,
                "kind": kind.value,
                "status": status.value,
                "expires_on": expires_on,
            }
            for uuid, title, kind, status, expires_on in rows
        ]

    def overdue_deliverables(self, today: date | None = None) -> list[dict[str, Any]]:
        today = today or date.today()
        return self._deliverables(Deliverable.due_on < today, today)

    def deliverables_due_within(self, days: int = 30, today: date | None = None) -> list[dict]:
        today = today or date.today()
        return self._deliverables(
            sa.and_(
                Deliverable.due_on >= today, Deliverable.due_on <= today + timedelta(days=days)
            ),
            today,
        )

    def _deliverables(self, clause: sa.ColumnElement, today: date) -> list[dict[str, Any]]:
        open_statuses = [s for s in DeliverableStatus if s.is_open]
        with self.services.db.read() as session:
            rows = session.execute(
                sa.select(
                    Deliverable.uuid,
                    Deliverable.title,
                    Deliverable.due_on,
                    Deliverable.status,
                    Project.title,
                )
                .outerjoin(Project, Project.id == Deliverable.project_id)
                .where(clause, Deliverable.status.in_(open_statuses))
                .order_by(Deliverable.due_on, Deliverable.id)
            ).all()
        return [
            {
                "uuid": uuid,
                "title": title,
                "due_on": due_on,
                "status": status.value,
                "project_title": project,
                "days_left": (due_on - today).days,
            }
            for uuid, title, due_on, status, project in rows
        ]

    def counts_by_status(self, entity: str) -> dict[str, int]:
        model = {"agreement": Agreement, "deliverable": Deliverable, "project": Project}[entity]
        with self.services.db.read() as session:
            rows = session.execute(
                sa.select(model.status, sa.func.count(model.id)).group_by(model.status)
            ).all()
        return {status.value: count for status, count in rows}
