"""SQLite failures are classified by SQLite's result code, never by the English message text;
the one exception is Python's own failure to decode a damaged text cell, which has no code.

Each case provokes a real failure through the engine of a `Database` (so through the
`handle_error` hook every caller shares) and checks both the code SQLite gave and the sentence
the user reads.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from unccd_desktop import messages as msg
from unccd_desktop.errors import DatabaseError, message_of
from unccd_desktop.storage import database
from unccd_desktop.storage.database import Database, explain_sqlite_error, sqlite_error_code


def plain_database(path: Path, rows: int = 2000) -> Path:
    """A SQLite file (rollback journal) with one table of ``rows`` rows of 200 characters."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 200,)] * rows)
    conn.commit()
    conn.close()
    return path


@contextmanager
def opened(path: Path) -> Iterator[Database]:
    """A ``Database`` on ``path``, disposed at the end."""
    db = Database(path)
    try:
        yield db
    finally:
        db.dispose()


def not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "letter.unccd"
    path.write_text("Dear partner, please find attached... " * 50, encoding="utf-8")
    # Connecting already reads the file (to switch it to WAL).
    with opened(path) as db, db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT * FROM sqlite_master").all()


def damaged_pages(tmp_path: Path) -> None:
    path = plain_database(tmp_path / "damaged.unccd")
    data = bytearray(path.read_bytes())
    data[4096:-4096] = b"\xab" * (len(data) - 8192)
    path.write_bytes(bytes(data))
    with opened(path) as db, db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*), max(length(x)) FROM t").all()


def read_only(tmp_path: Path) -> None:
    # The tests run as root, for whom permission bits do not apply: query_only makes SQLite
    # itself refuse the write, with the same code as a read-only file.
    with opened(plain_database(tmp_path / "read-only.unccd")) as db, db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA query_only = ON")
        conn.exec_driver_sql("INSERT INTO t VALUES ('more')")


def locked(tmp_path: Path) -> None:
    path = plain_database(tmp_path / "locked.unccd")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with opened(path) as db, db.write() as session:
            session.execute(sa.text("INSERT INTO t VALUES ('mine')"))
    finally:
        other.close()


def table_locked(tmp_path: Path) -> None:
    with opened(plain_database(tmp_path / "table.unccd")) as db, db.engine.connect() as conn:
        reading = conn.exec_driver_sql("SELECT x FROM t")
        reading.fetchone()  # the statement is still running on this connection
        conn.exec_driver_sql("DROP TABLE t")


def full(tmp_path: Path) -> None:
    with (
        opened(plain_database(tmp_path / "full.unccd", rows=10)) as db,
        db.engine.connect() as conn,
    ):
        conn.exec_driver_sql("PRAGMA max_page_count = 1")
        conn.exec_driver_sql("INSERT INTO t VALUES (?)", ("y" * 100_000,))


def io_error(tmp_path: Path) -> None:
    # A folder where SQLite's rollback journal should be: reading it is an I/O error
    # (SQLITE_IOERR_READ, an extended code).
    path = plain_database(tmp_path / "journal.unccd")
    Path(f"{path}-journal").mkdir()
    with opened(path) as db, db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM t").all()


def cannot_open(tmp_path: Path) -> None:
    with opened(tmp_path / "no such folder" / "x.unccd") as db, db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1").all()


@pytest.mark.parametrize(
    ("provoke", "code", "template"),
    [
        pytest.param(f, code, template, id=f.__name__)
        for f, code, template in (
            (not_a_database, sqlite3.SQLITE_NOTADB, msg.DATABASE_DAMAGED),
            (damaged_pages, sqlite3.SQLITE_CORRUPT, msg.DATABASE_DAMAGED),
            (read_only, sqlite3.SQLITE_READONLY, msg.DATABASE_READ_ONLY),
            (locked, sqlite3.SQLITE_BUSY, msg.DATABASE_LOCKED),
            (table_locked, sqlite3.SQLITE_LOCKED, msg.DATABASE_LOCKED),
            (full, sqlite3.SQLITE_FULL, msg.DISK_FULL),
            (io_error, sqlite3.SQLITE_IOERR, msg.DISK_ERROR),
            (cannot_open, sqlite3.SQLITE_CANTOPEN, msg.DATABASE_UNOPENABLE),
        )
    ],
)
def test_real_sqlite_failures_are_classified_by_their_code(
    provoke: Callable[[Path], None],
    code: int,
    template: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 200)  # the locked case waits 0.2 s
    started = time.monotonic()
    with pytest.raises(DatabaseError) as caught:
        provoke(tmp_path)
    assert time.monotonic() - started < 10
    cause = caught.value.__cause__  # what SQLite raised
    assert isinstance(cause, sqlite3.Error)
    assert sqlite_error_code(cause) == code, cause.sqlite_errorname
    assert message_of(caught.value).template == template
    assert "\n" not in str(caught.value)


def test_the_message_text_alone_classifies_nothing() -> None:
    # What SQLite 3.40 says, but without a result code (as another SQLite version or a
    # translated build might word it differently): not recognised.
    for text in ("database is locked", "database or disk is full", "file is not a database"):
        assert explain_sqlite_error(sqlite3.OperationalError(text), "x.unccd") is None


def test_an_extended_code_is_classified_by_its_primary_code() -> None:
    error = sqlite3.OperationalError("worded any way")
    error.sqlite_errorcode = sqlite3.SQLITE_IOERR_READ
    assert sqlite_error_code(error) == sqlite3.SQLITE_IOERR
    explained = explain_sqlite_error(error, "x.unccd")
    assert explained is not None and message_of(explained).template == msg.DISK_ERROR


def test_text_that_is_not_utf8_is_a_damaged_database(tmp_path: Path) -> None:
    # Random bytes written over a page can leave a text cell that is not UTF-8: Python's
    # sqlite3 (not SQLite) refuses to read it, with no result code.
    path = plain_database(tmp_path / "garbled.unccd", rows=1)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE t SET x = CAST(x'c3289fff' AS TEXT)")
    conn.commit()
    conn.close()
    with opened(path) as db, pytest.raises(DatabaseError) as caught, db.engine.connect() as c:
        c.exec_driver_sql("SELECT x FROM t").fetchall()
    assert message_of(caught.value).template == msg.DATABASE_DAMAGED


def test_other_sqlite_errors_are_not_turned_into_sentences(tmp_path: Path) -> None:
    with (
        opened(plain_database(tmp_path / "plain.unccd")) as db,
        pytest.raises(sa.exc.OperationalError) as caught,
        db.engine.connect() as conn,
    ):
        conn.exec_driver_sql("SELECT * FROM no_such_table")
    assert sqlite_error_code(caught.value.orig) == sqlite3.SQLITE_ERROR
