"""The result of reading a received workbook: one result per row and file-level problems.

Row actions: create, update, unchanged, conflict, error. The report is what the preview
shows, what `import --json` prints, and what apply writes from. Every message is a typed
Problem (excel/problems.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .problems import Problem

ACTIONS = ("create", "update", "unchanged", "conflict", "error")
KEEP_DATABASE, TAKE_PARTNER = "database", "partner"


@dataclass
class Change:
    old: Any
    new: Any


@dataclass
class Conflict:
    """The partner changed a field that also changed in the database since the export."""

    database: Any
    exported: Any
    partner: Any
    resolution: str | None = None  # KEEP_DATABASE or TAKE_PARTNER


@dataclass
class RowResult:
    sheet: str
    row: int
    entity: str
    id: str | None
    action: str
    label: str = ""
    changes: dict[str, Change] = field(default_factory=dict)
    conflicts: dict[str, Conflict] = field(default_factory=dict)
    messages: list[Problem] = field(default_factory=list)
    version: int | None = None
    values: dict[str, Any] = field(default_factory=dict)  # a new record's values
    # A partner update workbook's row as the file holds it (with the comment): once applied,
    # the export's baseline for the record, and a deliverable's partner update.
    reported: dict[str, Any] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"sheet '{self.sheet}', row {self.row}"

    @property
    def unresolved(self) -> bool:
        return any(c.resolution is None for c in self.conflicts.values())

    def problem(self, type_: str, template: str, *args: object, column: str | None = None) -> None:
        """Add a problem of this row."""
        problem = Problem(type_, template, *args, sheet=self.sheet, row=self.row, column=column)
        self.messages.append(problem)

    def to_json(self) -> dict[str, Any]:
        changes: dict[str, Any] = {k: {"old": c.old, "new": c.new} for k, c in self.changes.items()}
        for name, c in self.conflicts.items():
            changes[name] = {
                "database": c.database,
                "exported": c.exported,
                "partner": c.partner,
                "resolution": c.resolution,
            }
        if self.action == "create":
            changes = {k: {"old": None, "new": v} for k, v in self.values.items() if k != "partner"}
        return {
            "sheet": self.sheet,
            "row": self.row,
            "entity": self.entity,
            "id": self.id,
            "action": self.action,
            "changes": changes,
            "messages": [m.to_json() for m in self.messages],
        }


@dataclass
class ImportReport:
    path: Path
    sha256: str = ""
    rows: list[RowResult] = field(default_factory=list)
    messages: list[Problem] = field(default_factory=list)  # file-level warnings
    errors: list[Problem] = field(default_factory=list)  # file-level errors (a sheet unusable)
    rejected: Problem | None = None  # why the whole file was refused
    export_uuid: str | None = None
    batch_id: int | None = None  # set once applied

    @property
    def file_name(self) -> str:
        return self.path.name

    def summary(self) -> dict[str, int]:
        counts = Counter(r.action for r in self.rows)
        return {action: counts.get(action, 0) for action in ACTIONS}

    @property
    def status(self) -> str:
        if self.rejected:
            return "rejected"
        if self.batch_id is not None:
            return "applied"
        if self.errors or any(r.action == "error" for r in self.rows):
            return "has_errors"
        if any(r.action == "conflict" for r in self.rows):
            return "has_conflicts"
        return "clean"

    def resolve_all(self, resolution: str) -> None:
        for row in self.rows:
            for conflict in row.conflicts.values():
                conflict.resolution = resolution

    def problems(self) -> list[Problem]:
        """The file-level problems: the rejection, then errors, then warnings."""
        return ([self.rejected] if self.rejected else []) + self.errors + self.messages

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "sha256": self.sha256,
            "status": self.status,
            "summary": self.summary(),
            "rows": [r.to_json() for r in self.rows],
            "messages": [p.to_json() for p in self.problems()],
            "batch": self.batch_id,
        }
