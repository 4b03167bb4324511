"""Donor-backed initiatives launched by the COP, with donors, phases and pillars."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, RecordMixin
from .partners import Partner

initiative_donors = sa.Table(
    "initiative_donors",
    Base.metadata,
    sa.Column(
        "initiative_id", sa.ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("partner_id", sa.ForeignKey("partners.id"), primary_key=True, index=True),
)


class Initiative(RecordMixin, Base):
    __tablename__ = "initiatives"

    name: Mapped[str] = mapped_column(sa.String(300), index=True)
    launched_at: Mapped[str | None] = mapped_column(sa.String(100))
    description: Mapped[str] = mapped_column(sa.Text, default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    donors: Mapped[list[Partner]] = relationship(secondary=initiative_donors, order_by=Partner.name)
    phases: Mapped[list[InitiativePhase]] = relationship(
        cascade="all, delete-orphan", order_by="InitiativePhase.position"
    )
    pillars: Mapped[list[InitiativePillar]] = relationship(
        cascade="all, delete-orphan", order_by="InitiativePillar.position"
    )


class InitiativePhase(Base):
    __tablename__ = "initiative_phases"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        sa.ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(sa.String(200))
    start_year: Mapped[int | None]
    end_year: Mapped[int | None]


class InitiativePillar(Base):
    __tablename__ = "initiative_pillars"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        sa.ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(sa.String(300))
