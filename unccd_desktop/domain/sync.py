"""Team sync: what a laptop remembers of its server, and what the server keeps for laptops.

Every database has these tables; which ones fill depends on its role (``sync_settings``):
- a laptop (SQLite) keeps its server's address, its last pulled sequence number, an outbox of
  its own changes since the last push, and the conflicts waiting for the officer;
- the team server (PostgreSQL) keeps a change log numbered by a sequence, the batches it has
  applied (so that a batch sent twice is applied once) and documents by content hash.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow

# A 64-bit sequence number on PostgreSQL; SQLite's INTEGER PRIMARY KEY (its rowid) elsewhere.
SEQ_TYPE = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
SYNC_SEQUENCE = sa.Sequence("sync_log_seq")


class SyncSetting(Base):
    """One remembered value: role, server, laptop_id, laptop_name, last_seq, last_sync..."""

    __tablename__ = "sync_settings"

    key: Mapped[str] = mapped_column(sa.String(50), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text)


class OutboxEntry(Base):
    """A change made on this laptop since its last push (one per audited record change)."""

    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused: a pending push's range

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    entity: Mapped[str] = mapped_column(sa.String(50))
    record_uuid: Mapped[str] = mapped_column(sa.String(36), index=True)
    action: Mapped[str] = mapped_column(sa.String(10))  # create, update, delete
    before_json: Mapped[str] = mapped_column(sa.Text, default="{}")  # the changed fields
    after_json: Mapped[str] = mapped_column(sa.Text, default="{}")


class SyncConflict(Base):
    """A change of this laptop the server could not take as it was; kept until resolved.

    ``field`` is None when the whole record is in question (deleted on one side, edited on
    the other; refused by the server; a possible duplicate): base, ours and theirs then hold
    the record's values (None: no record)."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))  # field, deleted_here, deleted_there...
    entity: Mapped[str] = mapped_column(sa.String(50))
    record_uuid: Mapped[str] = mapped_column(sa.String(36), index=True)
    field: Mapped[str | None] = mapped_column(sa.String(100))
    base_json: Mapped[str] = mapped_column(sa.Text, default="null")
    ours_json: Mapped[str] = mapped_column(sa.Text, default="null")
    theirs_json: Mapped[str] = mapped_column(sa.Text, default="null")
    message: Mapped[str] = mapped_column(sa.Text, default="")
    batch_uuid: Mapped[str | None] = mapped_column(sa.String(36))
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(sa.String(10))  # ours, theirs


class ChangeLogEntry(Base):
    """Server side: a record changed, numbered in commit order by a sequence."""

    __tablename__ = "sync_log"

    seq: Mapped[int] = mapped_column(SEQ_TYPE, SYNC_SEQUENCE, primary_key=True)
    entity: Mapped[str] = mapped_column(sa.String(50))
    record_uuid: Mapped[str] = mapped_column(sa.String(36))
    action: Mapped[str] = mapped_column(sa.String(10))
    batch_uuid: Mapped[str | None] = mapped_column(sa.String(36))
    laptop_id: Mapped[str | None] = mapped_column(sa.String(36))
    laptop_name: Mapped[str] = mapped_column(sa.String(200), default="")
    actor: Mapped[str] = mapped_column(sa.String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncBatch(Base):
    """Server side: a push applied, with what it answered (sent again when asked again)."""

    __tablename__ = "sync_batches"

    batch_uuid: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    laptop_id: Mapped[str] = mapped_column(sa.String(36))
    laptop_name: Mapped[str] = mapped_column(sa.String(200))
    actor: Mapped[str] = mapped_column(sa.String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    result_json: Mapped[str] = mapped_column(sa.Text)


class SyncBlob(Base):
    """Server side: a document's content, once per SHA-256, in chunks."""

    __tablename__ = "sync_blobs"

    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    size: Mapped[int] = mapped_column(sa.BigInteger)
    chunks: Mapped[int] = mapped_column()


class SyncBlobChunk(Base):
    __tablename__ = "sync_blob_chunks"

    sha256: Mapped[str] = mapped_column(
        sa.ForeignKey("sync_blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)
