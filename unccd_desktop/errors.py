"""Errors caused by the user's data or environment, shown as plain sentences.

Anything that is not a :class:`UserError` is a bug and is reported with a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class Text(str):
    """An English message that keeps its template and values, so that the window can show it
    in the interface language (the services, which write it, know nothing of Qt)."""

    template: str
    args: tuple

    def __new__(cls, template: str, *args: object) -> Text:
        text = super().__new__(cls, template.format(*args))
        text.template, text.args = template, args
        return text


class FieldLabel(str):
    """A field's name inside a Text: the window shows the field's label in its language."""


def message_of(exc: BaseException) -> str:
    """The message an exception was raised with, as a Text when it was one."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Text) else str(exc)


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
