"""Deliverables: dated outputs of a project or an agreement. Overdue / due soon are derived."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .agreements import Agreement
from .base import Base, RecordMixin, enum_column
from .enums import DeliverableKind, DeliverableStatus
from .partners import Partner
from .projects import Project


class Deliverable(RecordMixin, Base):
    __tablename__ = "deliverables"
    __table_args__ = (
        sa.CheckConstraint("project_id IS NOT NULL OR agreement_id IS NOT NULL", name="has_owner"),
        sa.CheckConstraint("progress_percent BETWEEN 0 AND 100", name="progress_range"),
    )

    title: Mapped[str] = mapped_column(sa.String(500), index=True)
    kind: Mapped[DeliverableKind] = mapped_column(enum_column(DeliverableKind))
    project_id: Mapped[int | None] = mapped_column(sa.ForeignKey("projects.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agreements.id"), index=True)
    responsible_partner_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("partners.id"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[DeliverableStatus] = mapped_column(enum_column(DeliverableStatus), index=True)
    progress_percent: Mapped[int] = mapped_column(default=0)
    submitted_on: Mapped[date | None]
    accepted_on: Mapped[date | None]
    evidence_url: Mapped[str | None] = mapped_column(sa.String(1000))
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    project: Mapped[Project | None] = relationship()
    agreement: Mapped[Agreement | None] = relationship()
    responsible_partner: Mapped[Partner | None] = relationship()
