"""Projects: work under an initiative and/or agreements, with partners in IATI roles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .agreements import Agreement
from .base import Base, RecordMixin, enum_column
from .enums import ActivityStatus, ParticipationRole
from .initiatives import Initiative
from .partners import Partner
from .reference import Country, ThematicArea

project_agreements = sa.Table(
    "project_agreements",
    Base.metadata,
    sa.Column("project_id", sa.ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("agreement_id", sa.ForeignKey("agreements.id"), primary_key=True, index=True),
)

project_countries = sa.Table(
    "project_countries",
    Base.metadata,
    sa.Column("project_id", sa.ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("country_code", sa.ForeignKey("countries.code"), primary_key=True),
)

project_thematic_areas = sa.Table(
    "project_thematic_areas",
    Base.metadata,
    sa.Column("project_id", sa.ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("thematic_code", sa.ForeignKey("thematic_areas.code"), primary_key=True),
)


class Project(RecordMixin, Base):
    __tablename__ = "projects"

    code: Mapped[str | None] = mapped_column(sa.String(50), unique=True)
    title: Mapped[str] = mapped_column(sa.String(500), index=True)
    initiative_id: Mapped[int | None] = mapped_column(sa.ForeignKey("initiatives.id"), index=True)
    status: Mapped[ActivityStatus] = mapped_column(enum_column(ActivityStatus), index=True)
    planned_start: Mapped[date | None]
    planned_end: Mapped[date | None]
    actual_start: Mapped[date | None]
    actual_end: Mapped[date | None]
    budget_amount: Mapped[Decimal | None] = mapped_column(sa.Numeric(18, 2))
    budget_currency: Mapped[str | None] = mapped_column(sa.String(3))
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    initiative: Mapped[Initiative | None] = relationship()
    agreements: Mapped[list[Agreement]] = relationship(
        secondary=project_agreements, order_by=Agreement.title
    )
    participants: Mapped[list[ProjectParticipant]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProjectParticipant.id"
    )
    countries: Mapped[list[Country]] = relationship(
        secondary=project_countries, order_by=Country.name
    )
    thematic_areas: Mapped[list[ThematicArea]] = relationship(
        secondary=project_thematic_areas, order_by=ThematicArea.position
    )


class ProjectParticipant(Base):
    __tablename__ = "project_participants"
    __table_args__ = (sa.UniqueConstraint("project_id", "partner_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        sa.ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(sa.ForeignKey("partners.id"), index=True)
    role: Mapped[ParticipationRole] = mapped_column(enum_column(ParticipationRole))

    project: Mapped[Project] = relationship(back_populates="participants")
    partner: Mapped[Partner] = relationship()
