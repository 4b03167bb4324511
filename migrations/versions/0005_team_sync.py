"""team sync: a laptop's outbox and conflicts, the server's change log, batches and documents

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 14:20:00

Every database gets the tables; ``sync_settings`` says which role it plays. A PostgreSQL
database is a team server from the start: its writes are numbered in ``sync_log`` by the
sequence ``sync_log_seq``. A SQLite file stays standalone until it is cloned from or
published to a server.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_batches",
        sa.Column("batch_uuid", sa.String(length=36), nullable=False),
        sa.Column("laptop_id", sa.String(length=36), nullable=False),
        sa.Column("laptop_name", sa.String(length=200), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("batch_uuid", name=op.f("pk_sync_batches")),
    )
    op.create_table(
        "sync_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_blobs")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=True),
        sa.Column("base_json", sa.Text(), nullable=False),
        sa.Column("ours_json", sa.Text(), nullable=False),
        sa.Column("theirs_json", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("batch_uuid", sa.String(length=36), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_conflicts_record_uuid"), ["record_uuid"], unique=False
        )

    op.create_table(
        "sync_log",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("batch_uuid", sa.String(length=36), nullable=True),
        sa.Column("laptop_id", sa.String(length=36), nullable=True),
        sa.Column("laptop_name", sa.String(length=200), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_log")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_outbox_record_uuid"), ["record_uuid"], unique=False
        )

    op.create_table(
        "sync_settings",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_settings")),
    )
    op.create_table(
        "sync_blob_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["sync_blobs.sha256"],
            name=op.f("fk_sync_blob_chunks_sha256_sync_blobs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sha256", "position", name=op.f("pk_sync_blob_chunks")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.schema.CreateSequence(sa.Sequence("sync_log_seq")))
        op.execute("INSERT INTO sync_settings (key, value) VALUES ('role', 'server')")
        # The server's identity: a laptop syncs only with the server it was made from.
        op.execute(
            "INSERT INTO sync_settings (key, value) "
            "SELECT 'server_id', md5(random()::text || clock_timestamp()::text)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.schema.DropSequence(sa.Sequence("sync_log_seq")))
    op.drop_table("sync_blob_chunks")
    op.drop_table("sync_settings")
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_outbox_record_uuid"))

    op.drop_table("sync_outbox")
    op.drop_table("sync_log")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_record_uuid"))

    op.drop_table("sync_conflicts")
    op.drop_table("sync_blobs")
    op.drop_table("sync_batches")
