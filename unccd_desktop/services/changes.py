"""Change sets: which records a write created, updated or deleted, as the services saw it.

Every audited write notes its record on the session (``note``); when the transaction commits,
the notes go to the change set being recorded in this thread, if any (``recording``). A
rolled-back transaction reports nothing. The window broadcasts each change set so that every
view decides what to redraw; the command line records none.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

CREATE, UPDATE, DELETE = "create", "update", "delete"
_PENDING = "pending_changes"  # [(the transaction a change was made in, the change)]
_ROLLED_BACK = "rolled_back_transactions"


@dataclass
class RecordChange:
    """One record touched by a write: what happened to it, which fields, by whom."""

    entity: str
    uuid: str
    action: str  # create, update or delete (the net effect within the change set)
    fields: set[str] = field(default_factory=set)
    actor: str = ""
    source: str = ""  # gui, cli, import:N, revert:N, ...


@dataclass
class ChangeSet:
    """The records one operation changed, in the order first touched."""

    records: dict[tuple[str, str], RecordChange] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.records)

    def add(self, change: RecordChange) -> None:
        key = (change.entity, change.uuid)
        seen = self.records.get(key)
        if seen is None:
            self.records[key] = change
            return
        seen.fields |= change.fields
        seen.actor, seen.source = change.actor, change.source
        if change.action == DELETE:
            seen.action = DELETE
        elif seen.action == DELETE and change.action == CREATE:
            seen.action = UPDATE  # deleted and created again: it exists, changed

    def get(self, entity: str, uuid: str) -> RecordChange | None:
        return self.records.get((entity, uuid))

    def entities(self) -> set[str]:
        return {entity for entity, _uuid in self.records}

    def uuids(self, entity: str, action: str | None = None) -> set[str]:
        return {
            c.uuid
            for c in self.records.values()
            if c.entity == entity and (action is None or c.action == action)
        }

    def sources(self) -> set[str]:
        return {c.source for c in self.records.values()}


_recording: ContextVar[ChangeSet | None] = ContextVar("recording_changes", default=None)


@contextmanager
def recording() -> Iterator[ChangeSet]:
    """Collect the changes committed in this thread (context) until the block ends."""
    changes = ChangeSet()
    token = _recording.set(changes)
    try:
        yield changes
    finally:
        _recording.reset(token)


def note(session: Session, change: RecordChange) -> None:
    """Remember a change on the session, with the (innermost) transaction it was made in; it
    counts once the outermost transaction commits, unless that transaction or a savepoint
    around the change was rolled back."""
    if _recording.get() is not None:
        transaction = session.get_nested_transaction() or session.get_transaction()
        session.info.setdefault(_PENDING, []).append((transaction, change))


def _kept(transaction: SessionTransaction | None, rolled_back: list) -> bool:
    while transaction is not None:
        if any(transaction is undone for undone in rolled_back):
            return False
        transaction = transaction.parent
    return True


@event.listens_for(Session, "after_soft_rollback")
def _savepoint_rolled_back(session: Session, previous: SessionTransaction) -> None:
    if session.info.get(_PENDING):
        session.info.setdefault(_ROLLED_BACK, []).append(previous)


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: its changes wait for the outermost commit
    pending = session.info.pop(_PENDING, [])
    rolled_back = session.info.pop(_ROLLED_BACK, [])
    target = _recording.get()
    if target is None:
        return
    for transaction, change in pending:
        if _kept(transaction, rolled_back):
            target.add(change)


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    if not session.in_nested_transaction():
        session.info.pop(_PENDING, None)
        session.info.pop(_ROLLED_BACK, None)
