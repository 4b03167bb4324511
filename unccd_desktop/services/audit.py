"""Writing and reading the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..domain import AuditAction, AuditEntry
from . import changes
from .context import Actor
from .sync.capture import capture
from .values import dumps, loads, to_jsonable

# session.info key: the writes are only tried and rolled back (an import's preview), so they
# are neither audited nor noted in a change set; nothing of this can refuse a write.
DRY_RUN = "dry_run"


def record_changes(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    record_uuid: str,
    before: dict[str, Any],
    after: dict[str, Any],
) -> int:
    """Add one audit entry per field whose value differs; return how many were added.

    The record is also noted in the change set being recorded, if any (changes.py). In a
    DRY_RUN session nothing is added: 0."""
    if session.info.get(DRY_RUN):
        return 0
    count = 0
    changed: set[str] = set()
    for name in sorted(set(before) | set(after)):
        old, new = to_jsonable(before.get(name)), to_jsonable(after.get(name))
        if old == new:
            continue
        changed.add(name)
        session.add(
            AuditEntry(
                actor=actor.name,
                source=actor.source,
                batch_id=actor.batch_id,
                action=action,
                entity=entity,
                record_uuid=record_uuid,
                field=name,
                old_value=dumps(old),
                new_value=dumps(new),
            )
        )
        count += 1
    if count == 0 and action is not AuditAction.UPDATE:
        session.add(
            AuditEntry(
                actor=actor.name,
                source=actor.source,
                batch_id=actor.batch_id,
                action=action,
                entity=entity,
                record_uuid=record_uuid,
            )
        )
        count = 1
    if count:
        capture(
            session,
            actor.name,
            action.value,
            entity,
            record_uuid,
            {name: to_jsonable(before.get(name)) for name in changed},
            {name: to_jsonable(after.get(name)) for name in changed},
        )
        change = changes.RecordChange(
            entity, record_uuid, action.value, changed, actor.name, actor.source
        )
        changes.note(session, change)
    return count


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    actor: str
    source: str
    action: str
    entity: str
    record_uuid: str
    field: str | None
    old_value: Any
    new_value: Any


def _to_history(row: AuditEntry) -> HistoryEntry:
    return HistoryEntry(
        id=row.id,
        at=row.at,
        actor=row.actor,
        source=row.source,
        action=row.action.value,
        entity=row.entity,
        record_uuid=row.record_uuid,
        field=row.field,
        old_value=loads(row.old_value),
        new_value=loads(row.new_value),
    )


def history(session: Session, entity: str, record_uuid: str) -> list[HistoryEntry]:
    """Audit entries of one record, newest first."""
    rows = session.scalars(
        sa.select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.record_uuid == record_uuid)
        .order_by(AuditEntry.id.desc())
    )
    return [_to_history(r) for r in rows]


def batch_entries(session: Session, batch_id: int) -> list[HistoryEntry]:
    rows = session.scalars(
        sa.select(AuditEntry).where(AuditEntry.batch_id == batch_id).order_by(AuditEntry.id)
    )
    return [_to_history(r) for r in rows]
