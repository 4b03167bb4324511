"""Errors caused by the user's data or environment, shown as plain sentences.

Anything that is not a :class:`UserError` is a bug and is reported with a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class UserError(Exception):
    """A problem the user can understand and fix (bad input, missing file, locked database)."""


@dataclass
class FieldProblem:
    """One validation message attached to a field."""

    field: str
    message: str


class ValidationError(UserError):
    """A record failed validation; ``problems`` names each field and what is wrong with it."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))

    def by_field(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for p in self.problems:
            out.setdefault(p.field, []).append(p.message)
        return out


@dataclass
class ConflictInfo:
    """What the caller saw and what the database holds now."""

    entity: str
    uuid: str
    expected_version: int
    current_version: int | None
    current: dict = field(default_factory=dict)


class ConflictError(UserError):
    """The record changed (or was deleted) since the caller read it."""

    def __init__(self, info: ConflictInfo) -> None:
        self.info = info
        if info.current_version is None:
            msg = f"This {info.entity} was deleted by someone else since you opened it."
        else:
            msg = (
                f"This {info.entity} was changed by someone else since you opened it "
                f"(version {info.expected_version} → {info.current_version}). "
                "Reload it to see the changes."
            )
        super().__init__(msg)


class NotFoundError(UserError):
    """No record with that identifier."""


class DependencyError(UserError):
    """A delete was refused because other records still refer to this one."""

    def __init__(self, message: str, dependents: list[str]) -> None:
        self.dependents = dependents
        super().__init__(message)


class DatabaseError(UserError):
    """The database cannot be opened or used (too new, locked, not a database, ...)."""
