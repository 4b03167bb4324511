"""Alembic migrations: which schema a database has, and bringing it up to date safely.

Alembic is imported only when a database is not at ``SCHEMA_VERSION``: opening an up-to-date
database (every start but the first after an update) does not pay for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from .. import messages as msg
from ..errors import DatabaseError, Text
from ..paths import migrations_dir
from .backup import timestamped_backup
from .database import Database

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in migrations/versions; tests/test_migrations.py checks they agree.
SCHEMA_VERSION = "0005"


def include_in_autogenerate(name: str | None, type_: str, parent_names: dict) -> bool:
    """Leave the search index out of model comparison: the FTS5 table and its shadow tables
    on SQLite, the trigram indexes on PostgreSQL."""
    if name is None:
        return True
    if type_ == "table" and name.startswith("search_index"):
        return False
    return not (type_ == "index" and name.endswith("_trgm"))


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def is_empty(db: Database) -> bool:
    return not sa.inspect(db.engine).get_table_names()


def check_not_too_new(db: Database) -> str | None:
    """Return the current revision; refuse a database written by a newer version of the app."""
    rev = current_revision(db)
    if rev == SCHEMA_VERSION:
        return rev
    if rev is not None and rev not in known_revisions():
        raise DatabaseError(Text(msg.SCHEMA_TOO_NEW, rev))
    if rev is None and not is_empty(db):
        raise DatabaseError(Text(msg.FOREIGN_TABLES, db.display_name))
    return rev


def upgrade(db: Database, *, backup: bool = True) -> Path | None:
    """Apply pending migrations in one transaction; back up an existing SQLite file first.

    Returns the backup file, if one was made.
    """
    rev = check_not_too_new(db)
    if rev == SCHEMA_VERSION:
        return None
    from alembic import command

    backup_path = None
    if backup and rev is not None and db.path is not None:
        backup_path = timestamped_backup(db.path, db.backups_dir, f"before-upgrade-from-{rev}")
    cfg = alembic_config()
    with db.engine.connect().execution_options(sqlite_write=True) as conn:
        # SQLite alters a table by rebuilding it (Alembic batch mode): with foreign keys on,
        # dropping the old table fails or cascades into its children. So they are off during
        # the migration (only possible outside a transaction) and checked before committing.
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if raw is not None:
                    _refuse_broken_references(conn)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
    return backup_path


def _refuse_broken_references(conn: sa.Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise DatabaseError(Text(msg.UPGRADE_STOPPED, len(broken), broken[0][0]))
