"""Records of Excel exchanges: partner update workbooks sent out, import batches applied, and
the partner updates (reported status and comment) those batches brought in."""

from __future__ import annotations

from datetime import date, datetime

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
    # What the import compares with: {entity: {uuid: {version, values}}}, as sent, then as
    # each applied batch from this export left it (the baseline advances).
    rows_json: Mapped[str] = mapped_column(sa.Text)


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
    # The export's rows as they were before this batch advanced them, restored by a revert.
    baseline_json: Mapped[str | None] = mapped_column(sa.Text)


class PartnerUpdate(Base):
    """What a partner reported on one deliverable in an applied update workbook: the status,
    progress, submitted date and evidence link as the partner left them, and their comment.

    The partner's own words: the deliverable's internal notes are never shown to partners nor
    changed by an import.
    """

    __tablename__ = "partner_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(sa.String(36), unique=True, default=new_uuid)
    deliverable_id: Mapped[int] = mapped_column(
        sa.ForeignKey("deliverables.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("partners.id", ondelete="SET NULL"), index=True
    )
    export_uuid: Mapped[str | None] = mapped_column(sa.String(36))
    batch_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str | None] = mapped_column(sa.String(32))
    progress_percent: Mapped[int | None]
    submitted_on: Mapped[date | None]
    evidence_url: Mapped[str | None] = mapped_column(sa.String(1000))
    comment: Mapped[str] = mapped_column(sa.Text, default="")
