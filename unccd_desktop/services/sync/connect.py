"""Reaching the team server: its address, the schema handshake, who we are there."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

import sqlalchemy as sa

from ... import messages as msg
from ...errors import DatabaseError, Text, UserError
from ...storage.database import Database, to_url
from ...storage.migrations import SCHEMA_VERSION
from ..context import Actor
from . import settings
from .capture import SERVER
from .results import SyncError

if TYPE_CHECKING:
    from .. import Services


def laptop_name() -> str:
    return socket.gethostname() or "laptop"


def shown(url: str) -> str:
    """The address as people may read it and as a laptop remembers it: never a password."""
    try:
        return to_url(url).set(password=None).render_as_string(hide_password=True)
    except UserError:
        return url


def with_credentials(url: str) -> str:
    """The address with its password from the OS keyring, if one is kept there."""
    try:
        from .credentials import url_for_connection
    except ImportError:  # pragma: no cover - the keyring support is optional at run time
        return url
    return url_for_connection(url)


def open_server(url: str, name: str, fallback_actor: str, expect_id: str | None = None) -> Services:
    """The server's services, acting as the PostgreSQL role we log in as, from laptop ``name``
    (its identity in ``services.db.server_id``).

    Refused (``SyncError``) when it cannot be reached, is not a team server, is not the
    server ``expect_id`` names, or its schema differs from ours."""
    from .. import Services

    try:
        db, revision, known, user = _probe(url, fallback_actor)
    except SyncError:
        # A password kept in the OS keyring is looked up only when one is needed (loading
        # the keyring takes a noticeable moment).
        keyed = with_credentials(url)
        if keyed == url:
            raise
        db, revision, known, user = _probe(keyed, fallback_actor)
    if known.get(settings.ROLE) != SERVER:
        db.dispose()
        raise SyncError(Text(msg.SYNC_NOT_A_SERVER, shown(url)))
    if revision != SCHEMA_VERSION:
        db.dispose()
        newer = str(revision) > SCHEMA_VERSION
        template = msg.SYNC_SERVER_NEWER if newer else msg.SYNC_SERVER_OLDER
        raise SyncError(Text(template, revision, SCHEMA_VERSION))
    db.server_id = known.get(settings.SERVER_ID)
    if expect_id is not None and db.server_id != expect_id:
        db.dispose()
        raise SyncError(Text(msg.SYNC_OTHER_SERVER, shown(url)))
    db.sync_role = SERVER
    return Services(db, Actor(name=str(user), source=f"sync:{name}"))


def _probe(url: str, fallback_actor: str) -> tuple[Database, str | None, dict[str, str], str]:
    """Connect; the schema version, the sync settings and who we are there."""
    try:
        db = Database(url)
    except UserError as exc:
        raise SyncError(Text(msg.SYNC_UNREACHABLE, str(exc))) from exc
    try:
        with db.read() as session:
            revision = session.scalar(sa.text("SELECT version_num FROM alembic_version"))
            known = settings.read(session)
            user = (
                session.scalar(sa.text("SELECT session_user"))
                if db.url.get_backend_name() == "postgresql"
                else fallback_actor
            )
    except DatabaseError as exc:
        db.dispose()
        raise SyncError(Text(msg.SYNC_UNREACHABLE, str(exc))) from exc
    except sa.exc.DBAPIError as exc:  # no tables: not one of our databases
        db.dispose()
        raise SyncError(Text(msg.SYNC_NOT_A_SERVER, shown(url))) from exc
    return db, revision, known, str(user)
