"""Who may do what on a team server: PostgreSQL group roles, enforced by PostgreSQL's grants.

Three group roles (NOLOGIN), each holding the one below it:

- ``unccd_viewer``: connect, read every table and sequence: read and pull only;
- ``unccd_editor``: also insert, update and delete rows and draw sequence numbers: push;
- ``unccd_admin``: owns the tables and sequences, so it may alter them: schema upgrades.

The tables belong to ``unccd_admin`` rather than to the person who ran ``db init``: ownership
is what ``ALTER TABLE`` needs, and a group owner lets every admin run the next upgrade. An admin
login's sessions on the team database act as ``unccd_admin`` (``ALTER ROLE ... SET role``), so
the tables an upgrade creates belong to the group too, and the default privileges set here give
viewers and editors their rights on them. ``session_user`` still names the officer.

Roles are shared by all databases of a PostgreSQL server; the grants are made per database.
Each officer logs in as their own login role, a member of exactly one group.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ... import messages as msg
from ...errors import Text
from ...storage.database import create_engine_for
from .credentials import split_password, url_for_connection
from .results import SyncError

VIEWER, EDITOR, ADMIN, OWNER = "viewer", "editor", "admin", "owner"
LEVELS = (VIEWER, EDITOR, ADMIN)
GROUPS = {VIEWER: "unccd_viewer", EDITOR: "unccd_editor", ADMIN: "unccd_admin"}

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"

# What each group may do beyond the group it holds (viewer < editor < admin).
TABLE_RIGHTS = {VIEWER: "SELECT", EDITOR: "INSERT, UPDATE, DELETE"}
SEQUENCE_RIGHTS = {VIEWER: "SELECT", EDITOR: "USAGE, SELECT, UPDATE"}
OWNED_KINDS = {"r": "TABLE", "p": "TABLE", "v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}

# Relations of schema public not owned by unccd_admin, leaving out those that follow another
# object (a column's sequence follows its table; an extension's objects follow the extension).
NOT_YET_OWNED = sa.text(
    "SELECT c.relkind, c.relname FROM pg_class c "
    "JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') "
    "AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = 'unccd_admin') "
    "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
    "AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')) ORDER BY c.relkind, c.relname"
)


def setup_roles(server_url: str) -> None:
    """Create the group roles if missing and grant them their rights on the team database,
    now and on the tables later upgrades create. Safe to run again (after an upgrade run by
    another account, it gives the new tables to ``unccd_admin``)."""
    with _connection(server_url) as conn:
        _require_team_database(conn, server_url)
        for level in LEVELS:
            conn.exec_driver_sql(
                f"DO $$ BEGIN CREATE ROLE {GROUPS[level]} NOLOGIN; "
                "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
            )
        _add_member(conn, GROUPS[VIEWER], GROUPS[EDITOR])
        _add_member(conn, GROUPS[EDITOR], GROUPS[ADMIN])
        # Giving the tables to unccd_admin needs this account to act as it (PostgreSQL 16 makes
        # the creator of a role only its administrator, not a member that inherits it).
        if not conn.scalar(sa.text("SELECT pg_has_role(current_user, 'unccd_admin', 'USAGE')")):
            me = _quoted(conn, conn.scalar(sa.text("SELECT current_user")))
            conn.exec_driver_sql(f"GRANT unccd_admin TO {me}")
        database = _quoted(conn, conn.scalar(sa.text("SELECT current_database()")))
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO unccd_viewer")
        conn.exec_driver_sql("GRANT USAGE ON SCHEMA public TO unccd_viewer")
        conn.exec_driver_sql("GRANT CREATE ON SCHEMA public TO unccd_admin")
        for kind, name in conn.execute(NOT_YET_OWNED).all():
            conn.exec_driver_sql(
                f"ALTER {OWNED_KINDS[kind]} public.{_quoted(conn, name)} OWNER TO unccd_admin"
            )
        for level in (VIEWER, EDITOR):
            group = GROUPS[level]
            tables, sequences = TABLE_RIGHTS[level], SEQUENCE_RIGHTS[level]
            conn.exec_driver_sql(f"GRANT {tables} ON ALL TABLES IN SCHEMA public TO {group}")
            conn.exec_driver_sql(f"GRANT {sequences} ON ALL SEQUENCES IN SCHEMA public TO {group}")
            # Tables created later, by an admin (acting as unccd_admin) or by this account.
            for creator in ("FOR ROLE unccd_admin ", ""):
                conn.exec_driver_sql(
                    f"ALTER DEFAULT PRIVILEGES {creator}IN SCHEMA public "
                    f"GRANT {tables} ON TABLES TO {group}"
                )
                conn.exec_driver_sql(
                    f"ALTER DEFAULT PRIVILEGES {creator}IN SCHEMA public "
                    f"GRANT {sequences} ON SEQUENCES TO {group}"
                )
        # The schema's version says which upgrades ran: only an admin's upgrade changes it.
        conn.exec_driver_sql(
            "REVOKE INSERT, UPDATE, DELETE ON public.alembic_version FROM unccd_editor"
        )


def grant(server_url: str, login: str, level: str, password: str | None = None) -> None:
    """Make ``login`` a member of exactly one level's group (creating the login if missing,
    with ``password`` if given; a given password replaces the login's old one)."""
    if level not in LEVELS:
        raise SyncError(Text(msg.SYNC_UNKNOWN_LEVEL, level))
    if not login or login.startswith("pg_") or login in GROUPS.values():
        raise SyncError(Text(msg.SYNC_RESERVED_LOGIN, login))
    with _connection(server_url) as conn:
        _require_team_database(conn, server_url)
        if not conn.scalar(
            sa.text(
                "SELECT CASE WHEN to_regrole('unccd_viewer') IS NULL THEN false ELSE "
                "has_table_privilege('unccd_viewer', 'public.alembic_version', 'SELECT') END"
            )
        ):
            raise SyncError(Text(msg.SYNC_ROLES_MISSING, _shown(server_url)))
        role = _quoted(conn, login)
        exists = conn.scalar(sa.text("SELECT to_regrole(:name) IS NOT NULL"), {"name": role})
        if not exists:
            conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        if password is not None:
            secret = _encrypted(conn, login, password)
            conn.exec_driver_sql(f"ALTER ROLE {role} PASSWORD {_literal(conn, secret)}")
        for other in LEVELS:
            if other != level and _is_direct_member(conn, GROUPS[other], role):
                conn.exec_driver_sql(f"REVOKE {GROUPS[other]} FROM {role}")
        _add_member(conn, GROUPS[level], role)
        database = _quoted(conn, conn.scalar(sa.text("SELECT current_database()")))
        if level == ADMIN:
            conn.exec_driver_sql(f"ALTER ROLE {role} IN DATABASE {database} SET role = unccd_admin")
        else:
            conn.exec_driver_sql(f"ALTER ROLE {role} IN DATABASE {database} RESET role")


def level_of(connection_or_url: str | sa.Connection | Session) -> str:
    """What the account connected (or connecting with this URL) may do on the team database:
    "owner" (a superuser, or the owner of the tables), "admin", "editor" or "viewer"."""
    if isinstance(connection_or_url, str):
        with _connection(connection_or_url) as conn:
            return _level(conn, connection_or_url)
    if _dialect(connection_or_url) != "postgresql":
        return OWNER  # a file on this computer: its user may do anything with it
    return _level(connection_or_url, None)


def may_push(session_or_conn: Session | sa.Connection) -> bool:
    """True when the account may send changes: it may insert into the change log and the
    applied batches (an editor or above)."""
    if _dialect(session_or_conn) != "postgresql":
        return True
    return bool(
        session_or_conn.scalar(
            sa.text(
                "SELECT COALESCE(has_table_privilege(to_regclass('public.sync_log'), 'INSERT') "
                "AND has_table_privilege(to_regclass('public.sync_batches'), 'INSERT'), false)"
            )
        )
    )


def _level(conn: sa.Connection | Session, url: str | None) -> str:
    row = conn.execute(
        sa.text(
            "SELECT session_user, "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user), "
            "(SELECT pg_get_userbyid(relowner) FROM pg_class "
            " WHERE oid = to_regclass('public.alembic_version')), "
            "COALESCE(pg_has_role(session_user, to_regrole('unccd_admin'), 'MEMBER'), false), "
            "COALESCE(has_table_privilege(to_regclass('public.sync_log'), 'INSERT') "
            " AND has_table_privilege(to_regclass('public.partners'), 'INSERT'), false), "
            "COALESCE(has_table_privilege(to_regclass('public.partners'), 'SELECT'), false)"
        )
    ).one()
    user, superuser, owner, admin, editor, viewer = row
    if superuser or user == owner:
        return OWNER
    if admin:
        return ADMIN
    if editor:
        return EDITOR
    if viewer:
        return VIEWER
    where = _shown(url) if url else conn.scalar(sa.text("SELECT current_database()"))
    raise SyncError(Text(msg.SYNC_NO_ACCESS, user, where))


@contextmanager
def _connection(server_url: str) -> Iterator[sa.Connection]:
    """One transaction on the server; PostgreSQL's "permission denied" becomes a sentence."""
    engine = create_engine_for(url_for_connection(server_url))
    try:
        if engine.url.get_backend_name() != "postgresql":
            raise SyncError(Text(msg.SYNC_NOT_A_TEAM_DATABASE, _shown(server_url)))
        with engine.begin() as conn:
            yield conn
    except sa.exc.DBAPIError as exc:
        if _sqlstate(exc) != INSUFFICIENT_PRIVILEGE:
            raise
        who = engine.url.username or getpass.getuser()
        raise SyncError(Text(msg.SYNC_ROLES_NOT_ALLOWED, who, _shown(server_url))) from exc
    finally:
        engine.dispose()


def _require_team_database(conn: sa.Connection, server_url: str) -> None:
    if conn.scalar(sa.text("SELECT to_regclass('public.alembic_version')")) is None:
        raise SyncError(Text(msg.SYNC_NOT_A_TEAM_DATABASE, _shown(server_url)))


def _add_member(conn: sa.Connection, group: str, member: str) -> None:
    """GRANT group TO member, unless it already is a direct member (no notice each run)."""
    if not _is_direct_member(conn, group, member):
        conn.exec_driver_sql(f"GRANT {group} TO {member}")


def _is_direct_member(conn: sa.Connection, group: str, member: str) -> bool:
    return bool(
        conn.scalar(
            sa.text(
                "SELECT EXISTS (SELECT 1 FROM pg_auth_members "
                "WHERE roleid = to_regrole(:group) AND member = to_regrole(:member))"
            ),
            {"group": group, "member": member},
        )
    )


def _encrypted(conn: sa.Connection, login: str, password: str) -> str:
    """The password as the server stores it (SCRAM), so that it never travels in clear text,
    nor lands in the server's statement log; as given when the driver cannot hash it."""
    raw = conn.connection.driver_connection
    try:
        from psycopg2.extensions import encrypt_password
    except ImportError:
        return password
    try:
        return encrypt_password(password, login, raw, None)
    except TypeError:  # not a psycopg2 connection
        return password


def _literal(conn: sa.Connection, text: str) -> str:
    return str(conn.scalar(sa.text("SELECT quote_literal(:text)"), {"text": text}))


def _quoted(conn: sa.Connection | Session, name: str) -> str:
    return conn.scalar(sa.text("SELECT quote_ident(:name)"), {"name": name})


def _dialect(conn: sa.Connection | Session) -> str:
    return conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name


def _sqlstate(exc: sa.exc.DBAPIError) -> str | None:
    return getattr(exc.orig, "pgcode", None) or getattr(exc.orig, "sqlstate", None)


def _shown(url: str) -> str:
    return split_password(url)[0]
