"""search index: a record's row rewritten only when a column it holds changes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 12:40:00

The SQLite triggers of 0002 rewrote a record's row of ``search_index`` after every update of
the record, whatever changed: an import setting the status of 400 deliverables spent nine
tenths of its SQL time in the index. The update triggers now fire only on an update of the
columns the row is made of (its label, detail, UUID and id). Nothing changes on PostgreSQL.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ROWID_BLOCK = 10**12

# As in 0002: kind, number, table, label, detail (over NEW. rows), and the columns they read.
SOURCES = (
    (
        "partner",
        1,
        "partners",
        "{r}.name",
        "coalesce({r}.acronym, '') || ' ' || {r}.other_names",
        ("name", "acronym", "other_names"),
    ),
    (
        "focal_point",
        2,
        "focal_points",
        "{r}.name",
        "coalesce({r}.email, '') || ' ' || coalesce({r}.title, '')",
        ("name", "email", "title"),
    ),
    (
        "agreement",
        3,
        "agreements",
        "{r}.title",
        "coalesce({r}.reference, '')",
        ("title", "reference"),
    ),
    (
        "initiative",
        4,
        "initiatives",
        "{r}.name",
        "coalesce({r}.launched_at, '')",
        ("name", "launched_at"),
    ),
    ("project", 5, "projects", "{r}.title", "coalesce({r}.code, '')", ("title", "code")),
    ("deliverable", 6, "deliverables", "{r}.title", "''", ("title",)),
)


def _update_trigger(source: tuple, columns: str) -> str:
    kind, number, table, label, detail, _read = source
    base = number * ROWID_BLOCK
    return (
        f"CREATE TRIGGER search_{table}_au AFTER UPDATE{columns} ON {table} BEGIN "
        f"DELETE FROM search_index WHERE rowid = {base} + OLD.id; "
        "INSERT INTO search_index(rowid, kind, uuid, label, detail) VALUES ("
        f"{base} + NEW.id, '{kind}', NEW.uuid, "
        f"{label.format(r='NEW')}, {detail.format(r='NEW')}); END"
    )


def _remake(by_column: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for source in SOURCES:
        table, read = source[2], source[5]
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_au")
        columns = f" OF {', '.join(('id', 'uuid', *read))}" if by_column else ""
        op.execute(_update_trigger(source, columns))


def upgrade() -> None:
    _remake(by_column=True)


def downgrade() -> None:
    _remake(by_column=False)
