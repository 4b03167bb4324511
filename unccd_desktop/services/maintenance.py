"""Database health: integrity check, schema version and stored documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlalchemy as sa

from ..storage.migrations import current_revision, head_revision

if TYPE_CHECKING:
    from . import Services


@dataclass
class CheckReport:
    schema_version: str | None
    latest_schema_version: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(services: Services) -> CheckReport:
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
