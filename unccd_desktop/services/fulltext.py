"""The SQLite full-text index (table ``search_index``, migration 0002) as a filter.

Each indexed record has the rowid ``kind number * ROWID_BLOCK + record id``, so the ids of the
records of one kind that match a query come straight from the index.
"""

from __future__ import annotations

import sqlalchemy as sa

ROWID_BLOCK = 10**12
KIND_NUMBERS = {
    "partner": 1,
    "focal_point": 2,
    "agreement": 3,
    "initiative": 4,
    "project": 5,
    "deliverable": 6,
}


def fts_query(text: str) -> str:
    """Every word as a quoted prefix term, all required: 'desert init' → "desert"* "init"*."""
    return " ".join('"' + word.replace('"', '""') + '"*' for word in text.split())


def _matches(kind: str, text: str, column: sa.ColumnElement) -> sa.Select:
    base = KIND_NUMBERS[kind] * ROWID_BLOCK
    rowid = sa.literal_column("rowid")
    return (
        sa.select(column)
        .select_from(sa.table("search_index"))
        .where(
            sa.text("search_index MATCH :fts_query").bindparams(fts_query=fts_query(text)),
            rowid >= base,
            rowid < base + ROWID_BLOCK,
        )
    )


def matching_ids(kind: str, text: str) -> sa.Select:
    """SELECT of the ids of ``kind`` records whose indexed text has every word of ``text``."""
    rowid = sa.literal_column("rowid")
    return _matches(kind, text, rowid - KIND_NUMBERS[kind] * ROWID_BLOCK)


def matching_count(kind: str, text: str) -> sa.Select:
    """SELECT of how many ``kind`` records match, read from the index alone (the triggers of
    migration 0002 keep one index row per record, so this is the table's count)."""
    return _matches(kind, text, sa.func.count())
