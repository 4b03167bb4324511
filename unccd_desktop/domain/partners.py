"""Partners (organizations) and their focal points (people)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, RecordMixin, enum_column
from .enums import PartnerKind


class Partner(RecordMixin, Base):
    __tablename__ = "partners"

    name: Mapped[str] = mapped_column(sa.String(300), index=True)
    acronym: Mapped[str | None] = mapped_column(sa.String(50), index=True)
    other_names: Mapped[str] = mapped_column(sa.Text, default="")  # one alias per line
    kind: Mapped[PartnerKind] = mapped_column(enum_column(PartnerKind))
    hq_country: Mapped[str | None] = mapped_column(sa.ForeignKey("countries.code"))
    website: Mapped[str | None] = mapped_column(sa.String(500))
    iati_org_id: Mapped[str | None] = mapped_column(sa.String(100))
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    focal_points: Mapped[list[FocalPoint]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="FocalPoint.id"
    )


class FocalPoint(RecordMixin, Base):
    __tablename__ = "focal_points"

    partner_id: Mapped[int] = mapped_column(
        sa.ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    title: Mapped[str | None] = mapped_column(sa.String(200))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    phone: Mapped[str | None] = mapped_column(sa.String(50))
    is_primary: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    partner: Mapped[Partner] = relationship(back_populates="focal_points")
