"""Files attached to agreements or deliverables, stored by SHA-256 in a managed folder."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .agreements import Agreement
from .base import Base, RecordMixin
from .deliverables import Deliverable


class Document(RecordMixin, Base):
    __tablename__ = "documents"
    __table_args__ = (
        sa.CheckConstraint("(agreement_id IS NULL) <> (deliverable_id IS NULL)", name="one_owner"),
    )

    agreement_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    deliverable_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("deliverables.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(sa.String(64), index=True)
    original_filename: Mapped[str] = mapped_column(sa.String(500))
    size: Mapped[int] = mapped_column(sa.BigInteger)
    media_type: Mapped[str] = mapped_column(sa.String(200))
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    agreement: Mapped[Agreement | None] = relationship()
    deliverable: Mapped[Deliverable | None] = relationship()
