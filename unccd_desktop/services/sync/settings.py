"""What a database remembers about its part in team sync (``sync_settings``)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...domain import SyncSetting
from ...storage.database import Database
from .capture import LAPTOP, SERVER

ROLE, SERVER_URL, LAPTOP_ID, LAPTOP_NAME = "role", "server", "laptop_id", "laptop_name"
SERVER_ID = "server_id"  # the server's identity, kept by each of its laptops
LAST_SEQ, LAST_SYNC, LAST_FAILURE = "last_seq", "last_sync", "last_failure"
PENDING_BATCH, PENDING_UPTO = "pending_batch", "pending_upto"
HELD = "held"  # records a pull left alone (an open conflict): the next pull reads them again


def read(session: Session) -> dict[str, str]:
    return dict(session.execute(sa.select(SyncSetting.key, SyncSetting.value)).all())


def write(session: Session, **values: str | int | None) -> None:
    """Set (or with None, forget) remembered values."""
    for key, value in values.items():
        row = session.get(SyncSetting, key)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(SyncSetting(key=key, value=str(value)))
        else:
            row.value = str(value)
    session.flush()


def role_of(db: Database) -> str | None:
    """ "laptop", "server" or None (a standalone database)."""
    with db.read() as session:
        role = session.scalar(sa.select(SyncSetting.value).where(SyncSetting.key == ROLE))
    return role if role in (LAPTOP, SERVER) else None


def parse_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
