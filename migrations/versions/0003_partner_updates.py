"""partner updates: what partners reported on deliverables, and the batches' baselines

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 12:00:00

``partner_updates`` holds, for each deliverable row an import applied from a partner update
workbook, the status, progress, submitted date and evidence link the partner reported and
their comment. ``import_batches.baseline_json`` keeps the export's rows as they were before
the batch advanced them, so that a revert restores them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("deliverable_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("export_uuid", sa.String(length=36), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("progress_percent", sa.Integer(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("evidence_url", sa.String(length=1000), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_partner_updates_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deliverable_id"],
            ["deliverables.id"],
            name=op.f("fk_partner_updates_deliverable_id_deliverables"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_updates_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_updates")),
        sa.UniqueConstraint("uuid", name=op.f("uq_partner_updates_uuid")),
    )
    with op.batch_alter_table("partner_updates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_updates_batch_id"), ["batch_id"])
        batch_op.create_index(batch_op.f("ix_partner_updates_deliverable_id"), ["deliverable_id"])
        batch_op.create_index(batch_op.f("ix_partner_updates_partner_id"), ["partner_id"])
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("baseline_json", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_column("baseline_json")
    op.drop_table("partner_updates")
