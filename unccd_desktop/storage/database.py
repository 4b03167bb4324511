"""Engine and session setup for any SQLAlchemy URL; a plain file path means SQLite."""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from .. import messages as msg
from ..errors import DatabaseError, Text

SQLITE_BUSY_TIMEOUT_MS = 15_000
SQLITE_HEADER = b"SQLite format 3\x00"
CONNECT_TIMEOUT_S = 10  # seconds to reach a database server
# A team server's writers take this PostgreSQL advisory lock first: its change log is then
# numbered in commit order, and two writers never wait on each other's rows (services/sync).
SERVER_WRITE_LOCK = 70_313_001


def to_url(target: str | Path | sa.URL) -> sa.URL:
    """Turn a database argument into a URL: ``postgresql://...`` stays, a path becomes SQLite."""
    if isinstance(target, sa.URL):
        return target  # str() of a URL hides its password
    text = str(target)
    if "://" in text:
        try:
            return sa.make_url(text)
        except (sa.exc.ArgumentError, ValueError) as exc:  # ValueError: a port not a number
            raise DatabaseError(Text(msg.NOT_AN_ADDRESS, text)) from exc
    path = Path(text).expanduser().resolve()
    return sa.URL.create("sqlite", database=str(path))


def _with_installed_driver(url: sa.URL) -> sa.URL:
    """Plain postgresql:// URLs use whichever PostgreSQL driver is installed."""
    if url.drivername != "postgresql":
        return url
    for module, driver in (("psycopg", "postgresql+psycopg"), ("psycopg2", "postgresql+psycopg2")):
        if importlib.util.find_spec(module) is not None:
            return url.set(drivername=driver)
    raise DatabaseError(Text(msg.NO_POSTGRESQL_DRIVER))


# SQLite's primary result code (the low byte of the extended one) -> the sentence the user
# reads ({0} the file name, {1} the seconds waited). The message text is never looked at: it
# changes between SQLite versions.
SQLITE_PROBLEMS = {
    sqlite3.SQLITE_BUSY: msg.DATABASE_LOCKED,
    sqlite3.SQLITE_LOCKED: msg.DATABASE_LOCKED,
    sqlite3.SQLITE_FULL: msg.DISK_FULL,
    sqlite3.SQLITE_IOERR: msg.DISK_ERROR,
    sqlite3.SQLITE_CORRUPT: msg.DATABASE_DAMAGED,
    sqlite3.SQLITE_NOTADB: msg.DATABASE_DAMAGED,
    sqlite3.SQLITE_READONLY: msg.DATABASE_READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: msg.DATABASE_UNOPENABLE,
}

# What the read-only look at a file refuses at once (locked, damaged, not a database); the
# normal open reports anything else, such as a folder where SQLite cannot write.
REFUSED_AT_CHECK = {
    sqlite3.SQLITE_BUSY,
    sqlite3.SQLITE_LOCKED,
    sqlite3.SQLITE_CORRUPT,
    sqlite3.SQLITE_NOTADB,
}


def sqlite_error_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a sqlite3 exception (SQLITE_BUSY, ...), if it has one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def explain_sqlite_error(exc: BaseException, name: str) -> DatabaseError | None:
    """The plain sentence for a known SQLite failure (locked, disk full, damaged...), if any."""
    sentence = SQLITE_PROBLEMS.get(sqlite_error_code(exc))
    if sentence is None and str(exc).startswith("Could not decode to UTF-8"):
        sentence = msg.DATABASE_DAMAGED  # Python's own refusal of a damaged text cell (no code)
    if sentence is None:
        return None
    return DatabaseError(Text(sentence, name, SQLITE_BUSY_TIMEOUT_MS // 1000))


def _explain_errors(engine: Engine, where: str) -> None:
    """Turn the environment's failures into sentences, in one place for every caller: SQLite's
    known failures, and any failure to connect (a server that cannot be reached, a refused
    login, a file that cannot be opened) or a connection lost on the way."""
    sqlite_name = Path(where).name if engine.url.get_backend_name() == "sqlite" else None

    @event.listens_for(engine, "handle_error")
    def _on_error(ctx: sa.engine.ExceptionContext) -> None:
        if ctx.is_pre_ping:
            return  # the pool replaces a stale connection by itself
        if sqlite_name is not None:
            known = explain_sqlite_error(ctx.original_exception, sqlite_name)
            if known is not None:
                raise known from ctx.sqlalchemy_exception
        failed = ctx.sqlalchemy_exception
        lost = ctx.is_disconnect and sqlite_name is None  # a server went away
        if isinstance(failed, sa.exc.DBAPIError) and (ctx.connection is None or lost):
            raise describe_connection_error(failed, where) from failed


SEARCH_HITS_TABLE = "CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (the pysqlite recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        # The ids matching a text filter, kept within one read (EntityService.count_and_page).
        # Made once per connection: made inside a transaction that is rolled back, it would be
        # made again each time, and every statement prepared on the connection with it.
        cur.execute(SEARCH_HITS_TABLE)
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # Writers take the write lock up front so that busy_timeout applies instead of a
        # deadlock error when two transactions try to upgrade a read lock at once.
        mode = "IMMEDIATE" if conn.get_execution_options().get("sqlite_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def create_engine_for(target: str | Path) -> Engine:
    """An engine for ``target`` whose failures to connect or to use the database raise
    ``DatabaseError`` sentences."""
    given = to_url(target)
    url = _with_installed_driver(given)
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        where = str(url.database or "memory")
    else:
        # A server that accepts the connection but never answers would otherwise hang for ever.
        args: dict[str, int] = {}
        if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
            args["connect_timeout"] = CONNECT_TIMEOUT_S
        try:
            engine = sa.create_engine(url, pool_pre_ping=True, connect_args=args)
        except (ImportError, sa.exc.NoSuchModuleError) as exc:
            raise DatabaseError(Text(msg.NO_DRIVER, url.drivername, exc)) from exc
        where = given.render_as_string(hide_password=True)
    _explain_errors(engine, where)
    return engine


def describe_connection_error(exc: sa.exc.DBAPIError, where: str) -> DatabaseError:
    """A plain sentence for a server that cannot be reached or a file that cannot be used."""
    text = str(exc.orig if exc.orig is not None else exc).strip()
    reason = text.splitlines()[0].rstrip(". ") if text else type(exc.orig).__name__
    return DatabaseError(Text(msg.DATABASE_UNUSABLE, where, f"{reason}."))


def check_sqlite_file(path: Path) -> None:
    """Refuse early, with a plain sentence, files that cannot be our database."""
    if not path.exists():
        raise DatabaseError(Text(msg.NO_DATABASE_FILE, path))
    if path.is_dir():
        raise DatabaseError(Text(msg.A_FOLDER, path))
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseError(Text(msg.NO_READ_PERMISSION, path)) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(Text(msg.NOT_SQLITE, path.name))
    if not header:
        raise DatabaseError(Text(msg.DATABASE_EMPTY, path.name))
    _check_sqlite_content(path)
    if not _writable(path):
        raise DatabaseError(Text(msg.DATABASE_READ_ONLY, path.name))


def read_only_uri(path: PurePath) -> str:
    """A SQLite URI opening ``path`` read-only. The path is percent-encoded: a raw ``#``, ``?``
    or ``%`` in a file name would otherwise name another (possibly empty) file."""
    absolute = Path(path).resolve() if isinstance(path, Path) else path
    # A Windows share keeps its server as the URI authority: SQLite opens it where built to,
    # and refuses it otherwise; it never opens some other (empty) file instead.
    return f"{absolute.as_uri()}?mode=ro"


def _check_sqlite_content(path: Path) -> None:
    """Refuse a truncated or damaged file, or another program's SQLite file, before anything
    is written to it (opening for writing would switch it to WAL mode)."""
    damaged = DatabaseError(Text(msg.DATABASE_DAMAGED, path.name))
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100:
        raise damaged
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages, valid_for = int.from_bytes(head[28:32], "big"), head[92:96]
    if valid_for == head[24:28] and path.stat().st_size < page_size * pages:
        raise damaged
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if sqlite_error_code(exc) in REFUSED_AT_CHECK:
            raise explain_sqlite_error(exc, path.name) from exc
        return  # let the normal open report anything else (read-only folders, ...)
    if tables and "alembic_version" not in tables:
        raise DatabaseError(Text(msg.FOREIGN_TABLES, path.name))


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class Database:
    """An open database: its engine, session factories and the folders that go with it."""

    def __init__(self, target: str | Path) -> None:
        self.url = to_url(target)
        self.engine = create_engine_for(self.url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        if self.is_sqlite:
            self._write = sessionmaker(
                self.engine.execution_options(sqlite_write=True), expire_on_commit=False
            )
        else:
            self._write = self._read
        # Team sync: "laptop", "server" or None; every write session carries it (services/sync).
        self.sync_role: str | None = None
        self.server_id: str | None = None  # a team server's identity, once read

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def side_folder(self, suffix: str) -> Path:
        """A folder beside the database file (documents, backups)."""
        if self.path is not None:
            return self.path.parent / f"{self.path.stem}.{suffix}"
        from ..paths import user_data_dir

        safe = "".join(ch if ch.isalnum() else "_" for ch in self.display_name)[:80]
        return user_data_dir() / "servers" / safe / suffix

    @property
    def documents_dir(self) -> Path:
        return self.side_folder("documents")

    @property
    def backups_dir(self) -> Path:
        return self.side_folder("backups")

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction, committed on success, rolled back on error."""
        with self._write() as session, session.begin():
            session.info["sync_role"] = self.sync_role
            if self.sync_role == "server" and self.url.get_backend_name() == "postgresql":
                session.execute(sa.text(f"SELECT pg_advisory_xact_lock({SERVER_WRITE_LOCK})"))
                session.info["sync_locked"] = session.get_transaction()
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
