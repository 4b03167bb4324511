"""Agreements and their parties (any number: a tripartite MoU is one record, three parties)."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, RecordMixin, enum_column
from .enums import AgreementKind, AgreementStatus, PartyRole
from .partners import Partner


class Agreement(RecordMixin, Base):
    __tablename__ = "agreements"

    title: Mapped[str] = mapped_column(sa.String(500), index=True)
    reference: Mapped[str | None] = mapped_column(sa.String(100))
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind))
    status: Mapped[AgreementStatus] = mapped_column(enum_column(AgreementStatus), index=True)
    signed_on: Mapped[date | None]
    effective_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)
    renewal_notice_days: Mapped[int | None]
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agreements.id"), index=True)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    parent: Mapped[Agreement | None] = relationship(remote_side="Agreement.id")
    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementParty.id"
    )


class AgreementParty(Base):
    __tablename__ = "agreement_parties"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        sa.ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(sa.ForeignKey("partners.id"), index=True)
    role: Mapped[PartyRole] = mapped_column(enum_column(PartyRole))
    signatory_name: Mapped[str | None] = mapped_column(sa.String(200))
    signed_on: Mapped[date | None]

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    partner: Mapped[Partner] = relationship()
