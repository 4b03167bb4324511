"""The first rows of the list shown last, read again at start-up with sqlite3 alone.

Loading the data layer (SQLAlchemy and the models) takes longer than showing the window. The
list the officer left open is shown meanwhile, read only: its rows come from the database as
it is now, through the SQL that the list's own query compiled to when the window was last
closed (``EntityService.first_page``). Only the query is kept, in the user's cache folder,
never the rows. A query is replayed only by the same version of the application on a database
of the same schema; anything unexpected leaves the window as it was (nothing is shown).

This module imports neither SQLAlchemy nor Qt.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from .. import __version__
from ..paths import user_cache_dir

FILE_NAME = "first-pages.json"
KINDS = ("text", "date", "datetime", "utc", "decimal", "enum", "bool")


@dataclass(frozen=True)
class FirstPage:
    """The first page of one list: its SQL, its count's SQL, and each column's kind."""

    entity: str
    sort: str | None
    descending: bool
    sql: str
    count_sql: str
    columns: list[str]
    kinds: list[str]
    schema: str  # the database's schema revision when the SQL was made
    version: str = __version__  # the application that made it


def _store(folder: Path | None) -> Path:
    return (folder or user_cache_dir()) / FILE_NAME


def _key(database: Path) -> str:
    return str(Path(database).resolve())


def remember(database: Path, page: FirstPage, folder: Path | None = None) -> None:
    """Keep the query of the list shown in ``database`` (one per database)."""
    store = _store(folder)
    try:
        kept = json.loads(store.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = {}
    if not isinstance(kept, dict):
        kept = {}
    kept[_key(database)] = asdict(page)
    store.parent.mkdir(parents=True, exist_ok=True)
    partial = store.with_suffix(".part")
    partial.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    partial.replace(store)


def recall(database: Path, entity: str, folder: Path | None = None) -> FirstPage | None:
    """The query kept for this database's list of ``entity`` by this version, if any."""
    try:
        kept = json.loads(_store(folder).read_text(encoding="utf-8"))[_key(database)]
        page = FirstPage(**kept)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if page.entity != entity or page.version != __version__:
        return None
    if len(page.columns) != len(page.kinds) or not set(page.kinds) <= set(KINDS):
        return None
    return page


def read(database: Path, page: FirstPage) -> tuple[list[dict[str, Any]], int] | None:
    """The rows of the first page and the list's count, read now without writing anything;
    None when the database cannot be read this way or its schema changed."""
    try:
        uri = Path(database).resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=0.5)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        (schema,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if str(schema) != page.schema:
            return None
        (count,) = connection.execute(page.count_sql).fetchone()
        named = list(zip(page.columns, page.kinds, strict=True))
        rows = [
            {name: _value(kind, raw) for (name, kind), raw in zip(named, row, strict=True)}
            for row in connection.execute(page.sql)
        ]
        return rows, int(count)
    except (sqlite3.Error, TypeError, ValueError):  # a column more or less: ValueError
        return None
    finally:
        connection.close()


def _value(kind: str, raw: Any) -> Any:
    """A stored value as the data layer gives it to the list (enums stay their stored code)."""
    if raw is None:
        return None
    if kind == "date":
        return date.fromisoformat(str(raw)[:10])
    if kind == "datetime":
        return datetime.fromisoformat(str(raw))
    if kind == "utc":  # stored as naive UTC
        return datetime.fromisoformat(str(raw)).replace(tzinfo=UTC)
    if kind == "decimal":
        return Decimal(str(raw))
    if kind == "bool":
        return bool(raw)
    return raw
