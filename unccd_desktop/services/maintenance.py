"""Database maintenance: backups, restoring one, schema version and a health check.

What needs an open database takes ``Services``; what happens before one opens (restoring a
backup after a failed open, finding the latest backup) takes the database's file path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from ..errors import UserError
from ..storage import backup as storage_backup
from ..storage.database import Database
from ..storage.migrations import current_revision, head_revision

if TYPE_CHECKING:
    from . import Services


def back_up(services: Services, out: Path) -> Path:
    """Write a consistent copy of the open SQLite database to ``out``, even while it is in use.

    The copy is written under a temporary name, then renamed; returns its full path.
    """
    source = services.db.path
    if source is None:
        raise UserError("Back up a server database with the server's own tools.")
    return storage_backup.backup_sqlite(source, Path(out))


def latest_backup(target: str | Path) -> Path | None:
    """The newest backup kept beside a database file (None for a server or when there is none)."""
    if "://" in str(target):
        return None
    db = Database(target)
    try:
        return storage_backup.latest_backup(db.backups_dir)
    finally:
        db.dispose()


def restore_backup(backup: Path, target: str | Path) -> Path | None:
    """Put a checked copy of ``backup`` in place of the (closed) database file ``target``.

    Returns the file it replaced, kept beside it as ``<name>.replaced-<time>``, or None.
    """
    if "://" in str(target):
        raise UserError("Restore a server database with the server's own tools.")
    return storage_backup.restore_backup(Path(backup), Path(target))


def schema_version(services: Services) -> str | None:
    """The Alembic revision the open database is at (None before the first migration)."""
    return current_revision(services.db)


@dataclass
class CheckReport:
    """What ``check_database`` found: the schema versions and any problems, one sentence each."""

    schema_version: str | None
    latest_schema_version: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(services: Services) -> CheckReport:
    """Check the schema version, SQLite integrity and references, and the stored documents."""
    db = services.db
    report = CheckReport(current_revision(db), head_revision())
    if report.schema_version != report.latest_schema_version:
        report.problems.append(
            f"The schema is at version {report.schema_version}, "
            f"the application expects {report.latest_schema_version}."
        )
    if db.is_sqlite:
        with db.engine.connect() as conn:
            result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                report.problems.extend(f"SQLite integrity: {line}" for line in result[:20])
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                report.problems.append(f"Broken reference in table {row[0]} (row {row[1]}).")
    else:
        with db.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    for problem in services.documents.check_files():
        name, state = problem.original_filename, problem.problem
        report.problems.append(f"Document '{name}' ({problem.uuid}): stored file {state}.")
    return report
