"""Whole databases copied between a laptop file and the server (clone and publish), table by
table with SQLAlchemy Core, a few thousand rows at a time."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from ...domain import Base

# Not copied: the schema's version, reference lists every database loads itself, a laptop's
# own exchange records (import batches and workbook exports stay where they were made) and
# the sync tables, which say what each side is.
NOT_COPIED = {
    "alembic_version",
    "countries",
    "thematic_areas",
    "import_batches",
    "workbook_exports",
}
# Columns naming a laptop's own import batch: meaningless on another database.
LOCAL_COLUMNS = {"audit_entries": ("batch_id",), "partner_updates": ("batch_id",)}
ROWS_PER_CHUNK = 5_000

Progress = Callable[[int, int], None] | None


def copied_tables() -> list[sa.Table]:
    return [
        t
        for t in Base.metadata.sorted_tables
        if t.name not in NOT_COPIED and not t.name.startswith("sync_")
    ]


def count_rows(source: sa.Connection) -> int:
    return sum(
        source.scalar(sa.select(sa.func.count()).select_from(t)) or 0 for t in copied_tables()
    )


def copy_all(source: sa.Connection, target: sa.Connection, progress: Progress = None) -> int:
    """Copy every shared table's rows from ``source`` to ``target`` (its tables empty),
    keeping their ids; return how many rows were copied."""
    total = count_rows(source) if progress is not None else 0
    done = 0
    for table in copied_tables():
        blank = LOCAL_COLUMNS.get(table.name, ())
        order = list(table.primary_key.columns)
        result = source.execution_options(yield_per=ROWS_PER_CHUNK).execute(
            sa.select(table).order_by(*order)
        )
        insert = table.insert()
        for rows in result.partitions():
            chunk = [dict(row._mapping) for row in rows]
            for row in chunk:
                for name in blank:
                    row[name] = None
            target.execute(insert, chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    if target.dialect.name == "postgresql":
        reset_sequences(target)
    return done


def reset_sequences(conn: sa.Connection) -> None:
    """After rows were inserted with their ids, new rows on PostgreSQL continue after them."""
    for table in copied_tables():
        if "id" in table.c and table.c.id.primary_key:
            conn.execute(
                sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                )
            )


def holds_records(conn: sa.Connection) -> bool:
    """Whether any shared table has a row (a server one may publish onto holds none)."""
    return any(
        conn.scalar(sa.select(sa.literal(1)).select_from(t).limit(1)) for t in copied_tables()
    )
