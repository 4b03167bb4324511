"""The audit log: one row per changed field of every create, update and delete."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, enum_column, utcnow
from .enums import AuditAction


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (sa.Index("ix_audit_entries_record", "entity", "record_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(sa.String(200))
    source: Mapped[str] = mapped_column(sa.String(100))  # "gui", "cli", "demo", "import:12"
    batch_id: Mapped[int | None] = mapped_column(index=True)  # import batch, when source is one
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    entity: Mapped[str] = mapped_column(sa.String(50))
    record_uuid: Mapped[str] = mapped_column(sa.String(36))
    field: Mapped[str | None] = mapped_column(sa.String(100))
    old_value: Mapped[str | None] = mapped_column(sa.Text)  # JSON
    new_value: Mapped[str | None] = mapped_column(sa.Text)  # JSON
