"""Promise 4: a read-only, locked, truncated or foreign file gives a clear message at open,
and nothing is overwritten; a backup can be restored with one command."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unccd_desktop.errors import DatabaseError
from unccd_desktop.services import Actor, open_services
from unccd_desktop.storage import database

from .fs import remount, tmpfs
from .support import copy_database, digest_of_folder, run_cli, sqlite_dump

ACTOR = Actor("tester", "test")


def assert_refused_untouched(path: Path, *words: str, cli: bool = False) -> str:
    """open_services (and with ``cli``, the command line) refuses ``path`` with a message
    naming ``words``; nothing changes."""
    before = digest_of_folder(path.parent)
    with pytest.raises(DatabaseError) as caught:
        open_services(path, actor=ACTOR).close()
    message = str(caught.value)
    for word in words:
        assert word in message.lower(), message
    assert "\n" not in message and "Traceback" not in message
    assert digest_of_folder(path.parent) == before
    if not cli:
        return message
    result = run_cli("export", "json", "--db", str(path), "--out", str(path.parent / "x.json"))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("unccd-desktop: error: ")
    assert digest_of_folder(path.parent) == before
    return message


@pytest.fixture
def db_file(small_db: Path, tmp_path: Path) -> Path:
    return copy_database(small_db, tmp_path / "trouble" / "partnerships.unccd")


@pytest.mark.parametrize(
    "keep", [0, 50, 100, 4096, "half"], ids=["empty", "50-bytes", "100-bytes", "1-page", "half"]
)
def test_truncated_file_is_refused_and_kept(db_file: Path, keep: int | str) -> None:
    size = db_file.stat().st_size
    with db_file.open("r+b") as fh:
        fh.truncate(size // 2 if keep == "half" else keep)
    assert_refused_untouched(db_file, db_file.name.lower(), cli=keep == "half")


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 an Excel workbook, not a database" * 20, b"Partner,Notes\nIFAD,ok\n"],
    ids=["workbook", "csv"],
)
def test_file_that_is_not_a_database_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "f" / "partners.unccd"
    path.parent.mkdir()
    path.write_bytes(content)
    assert_refused_untouched(path, "not", cli=path.read_bytes().startswith(b"PK"))


def test_other_programs_sqlite_file_is_refused_and_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "other" / "inventory.sqlite"
    path.parent.mkdir()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO items (name) VALUES ('stapler')")
    conn.close()
    assert_refused_untouched(path, "not a unccd partnerships database")


def test_garbage_in_the_middle_is_reported_not_crashed(db_file: Path) -> None:
    with db_file.open("r+b") as fh:
        fh.seek(db_file.stat().st_size // 2)
        fh.write(os.urandom(64 * 1024))
    try:
        services = open_services(db_file, actor=ACTOR)
    except DatabaseError as exc:
        assert "damaged" in str(exc)
        return
    try:
        result = run_cli("db", "check", "--db", str(db_file))
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert "Problem:" in result.stdout or "damaged" in result.stderr
        for entity in ("partner", "project", "deliverable"):
            try:
                for row in services.entity(entity).rows():
                    services.entity(entity).get(row["uuid"])
            except DatabaseError as exc:
                assert "damaged" in str(exc)
    finally:
        services.close()


def test_read_only_file_is_refused(db_file: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "16m") as folder:
        path = copy_database(db_file, folder / db_file.name)
        remount(folder, "ro")
        message = assert_refused_untouched(path, "read-only", cli=True)
        assert path.name in message


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = " + sys.argv[2])
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE partners SET notes = notes")
print("locked", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("mode", ["NORMAL", "EXCLUSIVE"])
def test_file_locked_by_another_program_gives_a_clear_message(
    db_file: Path, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 500)
    before = sqlite_dump(db_file)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(db_file), mode], stdout=subprocess.PIPE, text=True
    )
    try:
        assert locker.stdout.readline().strip() == "locked"
        start = time.monotonic()
        with pytest.raises(DatabaseError) as caught:
            # Readers are let in while another program writes (WAL); then saving waits for
            # the busy timeout and reports the lock.
            services = open_services(db_file, actor=ACTOR)
            try:
                first = services.partners.rows(limit=1)[0]["uuid"]
                record = services.partners.get(first)
                services.partners.update(first, record["version"], {"notes": "mine"})
            finally:
                services.close()
        assert time.monotonic() - start < 10
        assert "in use by another program" in str(caught.value)
    finally:
        locker.kill()
        locker.wait()
        locker.stdout.close()
    assert sqlite_dump(db_file) == before
    open_services(db_file, actor=ACTOR).close()


def test_empty_file_can_still_become_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.unccd"
    path.touch()
    result = run_cli("db", "init", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert run_cli("db", "check", "--db", str(path)).returncode == 0


@pytest.mark.parametrize(
    "name", ["Partners #2.unccd", "100% sure?.unccd", "Désertification ü.unccd"]
)
def test_odd_file_names_open_back_up_and_restore(small_db: Path, tmp_path: Path, name: str) -> None:
    from unccd_desktop.storage.backup import backup_sqlite, restore_backup

    path = copy_database(small_db, tmp_path / "odd" / name)
    open_services(path, actor=ACTOR).close()
    backup = backup_sqlite(path, tmp_path / "odd" / f"backup of {name}")
    assert sqlite_dump(backup) == sqlite_dump(path)
    assert restore_backup(backup, path) is not None
    assert run_cli("db", "check", "--db", str(path)).returncode == 0


def test_read_only_uris_keep_the_whole_file_name() -> None:
    from pathlib import PureWindowsPath

    from unccd_desktop.storage.database import read_only_uri

    assert read_only_uri(PureWindowsPath(r"C:\Users\Ana\Partners #2.unccd")) == (
        "file:///C:/Users/Ana/Partners%20%232.unccd?mode=ro"
    )
    assert read_only_uri(PureWindowsPath(r"\\gm-files\shared\100% sure?.unccd")) == (
        "file://gm-files/shared/100%25%20sure%3F.unccd?mode=ro"
    )
