"""Records of Excel exchanges: partner update workbooks sent out, and import batches applied."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, new_uuid, utcnow


class WorkbookExport(Base):
    """A partner update workbook that was sent out, with the rows as exported."""

    __tablename__ = "workbook_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(sa.String(36), unique=True, default=new_uuid)
    partner_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("partners.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(sa.String(200))
    schema_version: Mapped[str] = mapped_column(sa.String(40))
    file_name: Mapped[str] = mapped_column(sa.String(500), default="")
    rows_json: Mapped[str] = mapped_column(sa.Text)  # {entity: {uuid: {version, values}}}


class ImportBatch(Base):
    """One applied import: which file, who, when, and what it did."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(sa.String(200))
    file_name: Mapped[str] = mapped_column(sa.String(500))
    sha256: Mapped[str] = mapped_column(sa.String(64))
    export_uuid: Mapped[str | None] = mapped_column(sa.String(36))
    created_count: Mapped[int] = mapped_column(default=0)
    updated_count: Mapped[int] = mapped_column(default=0)
    unchanged_count: Mapped[int] = mapped_column(default=0)
    conflict_count: Mapped[int] = mapped_column(default=0)
    error_count: Mapped[int] = mapped_column(default=0)
    reverted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reverted_by: Mapped[str | None] = mapped_column(sa.String(200))
