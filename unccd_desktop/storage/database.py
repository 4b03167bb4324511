"""Engine and session setup for any SQLAlchemy URL; a plain file path means SQLite."""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from ..errors import DatabaseError

SQLITE_BUSY_TIMEOUT_MS = 15_000
SQLITE_HEADER = b"SQLite format 3\x00"


def to_url(target: str | Path) -> sa.URL:
    """Turn a database argument into a URL: ``postgresql://...`` stays, a path becomes SQLite."""
    text = str(target)
    if "://" in text:
        try:
            return sa.make_url(text)
        except sa.exc.ArgumentError as exc:
            raise DatabaseError(f"'{text}' is not a valid database address.") from exc
    path = Path(text).expanduser().resolve()
    return sa.URL.create("sqlite", database=str(path))


def _with_installed_driver(url: sa.URL) -> sa.URL:
    """Plain postgresql:// URLs use whichever PostgreSQL driver is installed."""
    if url.drivername != "postgresql":
        return url
    for module, driver in (("psycopg", "postgresql+psycopg"), ("psycopg2", "postgresql+psycopg2")):
        if importlib.util.find_spec(module) is not None:
            return url.set(drivername=driver)
    raise DatabaseError(
        "The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server."
    )


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
            raise DatabaseError(f"No database driver for {url.drivername}: {exc}.") from exc
    return engine


def describe_connection_error(exc: sa.exc.DBAPIError, where: str) -> DatabaseError:
    """A plain sentence for a server that cannot be reached or a file that cannot be used."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return DatabaseError(f"The database {where} cannot be used: {reason}")


def check_sqlite_file(path: Path) -> None:
    """Refuse early, with a plain sentence, files that cannot be our database."""
    if not path.exists():
        raise DatabaseError(f"There is no database file at {path}.")
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseError(f"You do not have permission to read {path}.") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(f"{path.name} is not a UNCCD Partnerships database (not SQLite).")
    if not _writable(path):
        raise DatabaseError(
            f"The database {path.name} is read-only. Copy it to a folder where you can write, "
            "or change its permissions, then open it again."
        )


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
