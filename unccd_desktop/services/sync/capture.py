"""Every audited write feeds team sync: a laptop's outbox, or the server's change log.

``audit.record_changes`` calls ``capture`` for each record change, so every write path
(editor, import, revert, undo, merge) is captured in the transaction that makes it. What a
session captures depends on the database's role, put on each write session by
``storage.database.Database.write`` (``ROLE``), and on what the session is doing:
``APPLYING`` (a pull or a conflict taken from the server: not the laptop's own change) and
``ORIGIN`` (a push being applied on the server: which batch and laptop it comes from).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...domain import ChangeLogEntry, OutboxEntry
from ...storage.database import SERVER_WRITE_LOCK
from ..values import dumps

ROLE = "sync_role"  # session.info: "laptop", "server" or None (standalone)
APPLYING = "sync_applying"  # session.info: True while the server's changes are written here
ORIGIN = "sync_origin"  # session.info: {"batch", "laptop_id", "laptop_name"} of a push
LOCKED = "sync_locked"  # session.info: the transaction holds the change log's lock

LAPTOP, SERVER, STANDALONE = "laptop", "server", "standalone"


def lock_log(session: Session) -> None:
    """Take the change log's lock for the rest of the transaction, once (a server's write
    sessions take it as they begin): sequence numbers are then committed in the order they
    were drawn, so "after N" never skips a late commit."""
    if session.info.get(LOCKED) is session.get_transaction():
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SERVER_WRITE_LOCK})
    session.info[LOCKED] = session.get_transaction()


def capture(
    session: Session,
    actor_name: str,
    action: str,
    entity: str,
    record_uuid: str,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    """Note one record change for sync (before/after: the changed fields' JSON values)."""
    role = session.info.get(ROLE)
    if role == LAPTOP and not session.info.get(APPLYING):
        session.add(
            OutboxEntry(
                entity=entity,
                record_uuid=record_uuid,
                action=action,
                before_json=dumps(before) or "{}",
                after_json=dumps(after) or "{}",
            )
        )
    elif role == SERVER:
        lock_log(session)
        origin = session.info.get(ORIGIN) or {}
        session.add(
            ChangeLogEntry(
                entity=entity,
                record_uuid=record_uuid,
                action=action,
                batch_uuid=origin.get("batch"),
                laptop_id=origin.get("laptop_id"),
                laptop_name=origin.get("laptop_name", ""),
                actor=actor_name,
            )
        )
