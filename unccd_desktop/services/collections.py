"""Reusable list-valued parts of records: links to other records, codes, child rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import messages as msg
from ..errors import FieldLabel, FieldProblem, Text, message_of
from .fields import Field


class RecordLinks:
    """A many-to-many link to records of another model, given as a list of UUIDs."""

    def __init__(self, name: str, attr: str, model: type, label: str) -> None:
        self.name, self.attr, self.model, self.label = name, attr, model, label

    def read(self, obj: Any) -> list[str]:
        return [item.uuid for item in getattr(obj, self.attr)]

    def clean(self, session: Session, value: Any, problems: list[FieldProblem]) -> list:
        uuids = list(dict.fromkeys(value or []))
        found = {
            o.uuid: o
            for o in session.scalars(sa.select(self.model).where(self.model.uuid.in_(uuids)))
        }
        missing = [u for u in uuids if u not in found]
        if missing:
            problems.append(FieldProblem(self.name, Text(msg.UNKNOWN_RECORD)))
        return [found[u] for u in uuids if u in found]

    def apply(self, session: Session, obj: Any, cleaned: list) -> None:
        setattr(obj, self.attr, cleaned)


class CodeLinks(RecordLinks):
    """A many-to-many link to a reference list keyed by code (countries, thematic areas)."""

    def read(self, obj: Any) -> list[str]:
        return [item.code for item in getattr(obj, self.attr)]

    def clean(self, session: Session, value: Any, problems: list[FieldProblem]) -> list:
        codes = list(dict.fromkeys(str(c).strip() for c in (value or []) if str(c).strip()))
        found = {
            o.code: o
            for o in session.scalars(sa.select(self.model).where(self.model.code.in_(codes)))
        }
        for code in codes:
            if code not in found:
                problems.append(FieldProblem(self.name, Text(msg.UNKNOWN_CODE, code)))
        return [found[c] for c in codes if c in found]


class ChildRows:
    """Child rows owned by the record (agreement parties, phases), given as a list of dicts.

    ``fields`` clean each item; ``refs`` maps item keys holding a UUID to the service whose
    records they name; ``check`` adds rules across the items.
    """

    def __init__(
        self,
        name: str,
        attr: str,
        model: type,
        fields: tuple[Field, ...],
        refs: dict[str, Callable[[], Any]] | None = None,
        check: Callable[[list[dict]], list[str]] | None = None,
        position: bool = False,
    ) -> None:
        self.name, self.attr, self.model, self.fields = name, attr, model, fields
        self.refs = refs or {}
        self.check = check
        self.position = position

    def read(self, obj: Any) -> list[dict[str, Any]]:
        out = []
        for child in getattr(obj, self.attr):
            item = {}
            for field in self.fields:
                if field.name in self.refs:
                    related = getattr(child, field.name)
                    item[field.name] = related.uuid if related is not None else None
                else:
                    item[field.name] = getattr(child, field.name)
            out.append(item)
        return out

    def clean(self, session: Session, value: Any, problems: list[FieldProblem]) -> list[dict]:
        items = []
        for index, raw in enumerate(value or [], start=1):
            if isinstance(raw, str):
                raw = {self.fields[0].name: raw}
            item: dict[str, Any] = {}
            for field in self.fields:
                try:
                    item[field.name] = field.clean(raw.get(field.name, field.default))
                except ValueError as exc:
                    problem = Text(msg.ROW_FIELD, index, FieldLabel(field.name), message_of(exc))
                    problems.append(FieldProblem(self.name, problem))
                    continue
                if field.required and item[field.name] in (None, ""):
                    problem = Text(msg.ROW_FIELD, index, FieldLabel(field.name), Text(msg.REQUIRED))
                    problems.append(FieldProblem(self.name, problem))
            for key, service_of in self.refs.items():
                if item.get(key):
                    service = service_of()
                    related = session.scalar(
                        sa.select(service.model).where(service.model.uuid == item[key])
                    )
                    if related is None:
                        problems.append(
                            FieldProblem(self.name, Text(msg.ROW_UNKNOWN_RECORD, index))
                        )
                    item[key] = related
            items.append(item)
        if self.check is not None:
            problems.extend(FieldProblem(self.name, text) for text in self.check(items))
        return items

    def apply(self, session: Session, obj: Any, cleaned: list[dict]) -> None:
        children = []
        reused = self._reused_rows(list(getattr(obj, self.attr)), cleaned)
        for index, item in enumerate(cleaned):
            child = reused[index] if reused[index] is not None else self.model()
            for key, value in item.items():
                setattr(child, key, value)
            if self.position:
                child.position = index
            children.append(child)
        setattr(obj, self.attr, children)

    def _reused_rows(self, existing: list[Any], cleaned: list[dict]) -> list[Any]:
        """The existing row each item is written to (None: a new row). An item takes the row
        holding the same values, else one naming the same records, else the next row left:
        a row removed or moved never makes another take, even for a moment, the partner it
        still holds (a unique key of the table)."""
        free = list(existing)
        chosen: list[Any] = [None] * len(cleaned)

        def same_values(child: Any, item: dict) -> bool:
            return all(getattr(child, key) == value for key, value in item.items())

        def same_records(child: Any, item: dict) -> bool:
            return all(getattr(child, key) is item.get(key) for key in self.refs)

        for same in (same_values, same_records) if self.refs else (same_values,):
            for index, item in enumerate(cleaned):
                if chosen[index] is None:
                    match = next((child for child in free if same(child, item)), None)
                    if match is not None:
                        chosen[index] = match
                        free.remove(match)
        for index in range(len(cleaned)):
            if chosen[index] is None and free:
                chosen[index] = free.pop(0)
        return chosen
