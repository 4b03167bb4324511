"""The laptop's outbox folded into the records one push sends."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...domain import OutboxEntry

# Records are written parents first (a deliverable needs its project) and deleted children
# first; within one kind, in the order the laptop first touched them.
ORDER = (
    "partner",
    "focal_point",
    "agreement",
    "initiative",
    "project",
    "deliverable",
    "partner_update",
    "document",
)


@dataclass
class PushedRecord:
    """One record's unsent changes: create (ours: its values), update (base and ours: the
    changed fields before the first unsent change and now) or delete (base: the record as the
    laptop last had it from the server)."""

    entity: str
    uuid: str
    action: str
    base: dict[str, Any] = field(default_factory=dict)
    ours: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "uuid": self.uuid,
            "action": self.action,
            "base": self.base,
            "ours": self.ours,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PushedRecord:
        return cls(data["entity"], data["uuid"], data["action"], data["base"], data["ours"])


def same(a: Any, b: Any) -> bool:
    """Values equal for sync: lists of names or codes compare as sets, empty text as none."""
    return normal(a) == normal(b)


def normal(value: Any) -> Any:
    if value in ("", [], None):
        return None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return sorted(value)
    return value


def waiting(session: Session, upto: int | None = None) -> int:
    """How many records have unsent changes."""
    stmt = sa.select(sa.func.count(sa.distinct(OutboxEntry.record_uuid)))
    if upto is not None:
        stmt = stmt.where(OutboxEntry.id <= upto)
    return session.scalar(stmt) or 0


def last_id(session: Session) -> int:
    return session.scalar(sa.select(sa.func.max(OutboxEntry.id))) or 0


def fold(session: Session, upto: int) -> list[PushedRecord]:
    """The outbox entries up to ``upto`` as one change per record, in writing order."""
    rows = session.execute(
        sa.select(
            OutboxEntry.entity,
            OutboxEntry.record_uuid,
            OutboxEntry.action,
            OutboxEntry.before_json,
            OutboxEntry.after_json,
        )
        .where(OutboxEntry.id <= upto)
        .order_by(OutboxEntry.id)
    ).all()
    folded: dict[tuple[str, str], dict[str, Any]] = {}
    for entity, uuid, action, before_json, after_json in rows:
        before, after = json.loads(before_json), json.loads(after_json)
        seen = folded.get((entity, uuid))
        if seen is None:
            seen = folded[(entity, uuid)] = {
                "first": action,
                "last": action,
                "base": {},
                "ours": {},
            }
        seen["last"] = action
        for name, value in before.items():
            seen["base"].setdefault(name, value)
        seen["ours"].update(after)
        if action == "delete":
            seen["ours"] = {}
    out: list[PushedRecord] = []
    for (entity, uuid), seen in folded.items():
        first, last = seen["first"], seen["last"]
        if first == "create" and last == "delete":
            continue  # made and removed before anyone saw it
        if first == "create":
            ours = {k: v for k, v in seen["ours"].items() if v is not None}
            out.append(PushedRecord(entity, uuid, "create", {}, ours))
        elif last == "delete":
            out.append(PushedRecord(entity, uuid, "delete", seen["base"], {}))
        else:
            base, ours = seen["base"], seen["ours"]
            changed = {k: v for k, v in ours.items() if not same(v, base.get(k))}
            if changed:
                base = {k: base.get(k) for k in changed}
                out.append(PushedRecord(entity, uuid, "update", base, changed))
    return ordered(out)


def ordered(records: list[PushedRecord]) -> list[PushedRecord]:
    """Creates and updates parents first, then deletes children first."""
    rank = {name: i for i, name in enumerate(ORDER)}
    writes = [r for r in records if r.action != "delete"]
    deletes = [r for r in records if r.action == "delete"]
    writes.sort(key=lambda r: (r.action != "create", rank.get(r.entity, len(ORDER))))
    deletes.sort(key=lambda r: -rank.get(r.entity, len(ORDER)))
    return writes + deletes
