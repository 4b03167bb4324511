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


def to_url(target: str | Path) -> sa.URL:
    """Turn a database argument into a URL: ``postgresql://...`` stays, a path becomes SQLite."""
    text = str(target)
    if "://" in text:
        try:
            return sa.make_url(text)
        except sa.exc.ArgumentError as exc:
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


# What SQLite says (lower case) -> the sentence the user reads ({0} the file name, {1} the
# seconds waited).
SQLITE_PROBLEMS = (
    (
        ("database is locked", "database table is locked", "database schema is locked"),
        msg.DATABASE_LOCKED,
    ),
    (("database or disk is full",), msg.DISK_FULL),
    (("disk i/o error",), msg.DISK_ERROR),
    (("file is not a database", "malformed"), msg.DATABASE_DAMAGED),
    (("readonly database",), msg.DATABASE_READ_ONLY),
    (("unable to open database file",), msg.DATABASE_UNOPENABLE),
)


def explain_sqlite_error(message: str, name: str) -> DatabaseError | None:
    """The plain sentence for a known SQLite failure (locked, disk full, damaged...), if any."""
    text = message.lower()
    for needles, sentence in SQLITE_PROBLEMS:
        if any(needle in text for needle in needles):
            seconds = SQLITE_BUSY_TIMEOUT_MS // 1000
            return DatabaseError(Text(sentence, name, seconds))
    return None


def _configure_sqlite(engine: Engine) -> None:
    name = Path(engine.url.database or "memory").name

    @event.listens_for(engine, "handle_error")
    def _on_error(ctx: sa.engine.ExceptionContext) -> None:
        # One place turns the environment's failures into sentences for every caller.
        if isinstance(ctx.original_exception, sqlite3.Error):
            known = explain_sqlite_error(str(ctx.original_exception), name)
            if known is not None:
                raise known from ctx.sqlalchemy_exception

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
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # Writers take the write lock up front so that busy_timeout applies instead of a
        # deadlock error when two transactions try to upgrade a read lock at once.
        mode = "IMMEDIATE" if conn.get_execution_options().get("sqlite_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def create_engine_for(target: str | Path) -> Engine:
    url = _with_installed_driver(to_url(target))
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
    else:
        try:
            engine = sa.create_engine(url, pool_pre_ping=True)
        except (ImportError, sa.exc.NoSuchModuleError) as exc:
            raise DatabaseError(Text(msg.NO_DRIVER, url.drivername, exc)) from exc
    return engine


def describe_connection_error(exc: sa.exc.DBAPIError, where: str) -> DatabaseError:
    """A plain sentence for a server that cannot be reached or a file that cannot be used."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return DatabaseError(Text(msg.DATABASE_UNUSABLE, where, reason))


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
    damaged = explain_sqlite_error("malformed", path.name)
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
        if any(word in str(exc).lower() for word in ("locked", "malformed", "not a database")):
            raise explain_sqlite_error(str(exc), path.name) from exc
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
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
