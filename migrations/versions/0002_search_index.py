"""search index: FTS5 on SQLite, trigram indexes on PostgreSQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 22:30:00

On SQLite, one FTS5 table ``search_index`` holds a label and a detail text for every partner,
focal point, agreement, initiative, project and deliverable, kept in step by triggers. Its
rowid is ``kind number * 10**12 + record id`` so each trigger touches one row by rowid.
On PostgreSQL, GIN trigram indexes (pg_trgm) serve ILIKE on the same columns.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ROWID_BLOCK = 10**12

# kind, number, table, label expression, detail expression (over NEW./OLD. rows)
SOURCES = (
    ("partner", 1, "partners", "{r}.name", "coalesce({r}.acronym, '') || ' ' || {r}.other_names"),
    (
        "focal_point",
        2,
        "focal_points",
        "{r}.name",
        "coalesce({r}.email, '') || ' ' || coalesce({r}.title, '')",
    ),
    ("agreement", 3, "agreements", "{r}.title", "coalesce({r}.reference, '')"),
    ("initiative", 4, "initiatives", "{r}.name", "coalesce({r}.launched_at, '')"),
    ("project", 5, "projects", "{r}.title", "coalesce({r}.code, '')"),
    ("deliverable", 6, "deliverables", "{r}.title", "''"),
)

# PostgreSQL: the columns the search service compares with ILIKE.
TRIGRAM_COLUMNS = (
    ("partners", "name"),
    ("partners", "acronym"),
    ("partners", "other_names"),
    ("focal_points", "name"),
    ("focal_points", "email"),
    ("agreements", "title"),
    ("agreements", "reference"),
    ("initiatives", "name"),
    ("projects", "title"),
    ("projects", "code"),
    ("deliverables", "title"),
)


def _insert(kind: str, number: int, label: str, detail: str, row: str) -> str:
    return (
        "INSERT INTO search_index(rowid, kind, uuid, label, detail) VALUES ("
        f"{number * ROWID_BLOCK} + {row}.id, '{kind}', {row}.uuid, "
        f"{label.format(r=row)}, {detail.format(r=row)});"
    )


def _sqlite_upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, uuid UNINDEXED, label, detail, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for kind, number, table, label, detail in SOURCES:
        base = number * ROWID_BLOCK
        op.execute(
            f"INSERT INTO search_index(rowid, kind, uuid, label, detail) "
            f"SELECT {base} + t.id, '{kind}', t.uuid, {label.format(r='t')}, "
            f"{detail.format(r='t')} FROM {table} AS t"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN "
            f"{_insert(kind, number, label, detail, 'NEW')} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = {base} + OLD.id; "
            f"{_insert(kind, number, label, detail, 'NEW')} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = {base} + OLD.id; END"
        )


def _postgresql_upgrade() -> None:
    bind = op.get_bind()
    available = bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).scalar()
    if not available:
        return  # the search still works, by scanning
    op.execute("SAVEPOINT search_trgm")
    try:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # no right to create extensions: keep the plain search
        op.execute("ROLLBACK TO SAVEPOINT search_trgm")
        return
    for table, column in TRIGRAM_COLUMNS:
        op.execute(
            f"CREATE INDEX ix_{table}_{column}_trgm ON {table} USING gin ({column} gin_trgm_ops)"
        )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _postgresql_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for _kind, _number, table, _label, _detail in SOURCES:
            for suffix in ("ai", "au", "ad"):
                op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
        op.execute("DROP TABLE IF EXISTS search_index")
    elif dialect == "postgresql":
        for table, column in TRIGRAM_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
