"""Promise 4 and 5: a backup can be restored with one command; the replaced file is kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from unccd_desktop.errors import UserError
from unccd_desktop.services import Actor, open_services
from unccd_desktop.storage.backup import backup_sqlite, restore_backup

from .support import copy_database, digest_of_folder, export_of, run_cli

ACTOR = Actor("tester", "test")


@pytest.fixture
def db_file(small_db: Path, tmp_path: Path) -> Path:
    return copy_database(small_db, tmp_path / "restore" / "partnerships.unccd")


def test_restore_backup_keeps_the_replaced_file(db_file: Path, tmp_path: Path) -> None:
    backup = backup_sqlite(db_file, tmp_path / "saved" / "backup.unccd")
    expected = export_of(backup)
    services = open_services(db_file, actor=ACTOR)
    try:
        first = services.partners.rows(limit=1)[0]["uuid"]
        record = services.partners.get(first)
        services.partners.update(first, record["version"], {"notes": "changed after backup"})
        changed = export_of(db_file)
    finally:
        services.close()
    with db_file.open("r+b") as fh:
        fh.truncate(1000)
    damaged = db_file.read_bytes()

    replaced = restore_backup(backup, db_file)
    assert export_of(db_file) == expected != changed
    assert replaced is not None and replaced.name.startswith(f"{db_file.name}.replaced-")
    assert replaced.read_bytes() == damaged
    assert backup.exists()
    open_services(db_file, actor=ACTOR).close()


def test_restore_moves_a_stale_wal_aside(db_file: Path, tmp_path: Path) -> None:
    """A -wal left by a crash belongs to the replaced file, not to the restored one."""
    backup = backup_sqlite(db_file, tmp_path / "saved" / "backup.unccd")
    expected = export_of(backup)
    writer = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute(\"UPDATE partners SET notes = 'only in the wal'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", writer, str(db_file)], check=True)
    assert Path(f"{db_file}-wal").stat().st_size > 0
    replaced = restore_backup(backup, db_file)
    assert export_of(db_file) == expected
    assert "only in the wal" not in export_of(db_file)
    assert replaced is not None and "only in the wal" in export_of(replaced)


def test_restore_refuses_a_bad_backup_and_changes_nothing(db_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.unccd"
    bad.write_bytes(b"SQLite format 3\x00" + b"\0" * 200)
    before = digest_of_folder(db_file.parent)
    with pytest.raises(UserError):
        restore_backup(bad, db_file)
    with pytest.raises(UserError):
        restore_backup(tmp_path / "missing.unccd", db_file)
    assert digest_of_folder(db_file.parent) == before


def test_db_restore_command_restores_the_latest_backup(db_file: Path) -> None:
    services = open_services(db_file, actor=ACTOR)
    services.close()
    made = run_cli("db", "backup", "--db", str(db_file), "--out", str(db_file.parent / "b.unccd"))
    assert made.returncode == 0, made.stderr
    expected = export_of(db_file)
    db_file.write_bytes(b"not a database any more")
    result = run_cli(
        "db", "restore", "--from", str(db_file.parent / "b.unccd"), "--db", str(db_file)
    )
    assert result.returncode == 0, result.stderr
    assert "replaced" in result.stdout
    assert export_of(db_file) == expected
    again = run_cli("db", "check", "--db", str(db_file))
    assert again.returncode == 0, again.stdout + again.stderr


def test_a_backup_that_comes_out_empty_is_refused(
    db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever goes wrong in naming the source, an empty copy is never taken for a backup."""
    from unccd_desktop.storage import backup as backup_module

    # What a raw "#" in the name did: the rest of the URI, "?mode=ro" included, was ignored,
    # so SQLite created an empty file of the shortened name and copied that.
    missing = tmp_path / "no such file.unccd"
    monkeypatch.setattr(backup_module, "read_only_uri", lambda _path: missing.as_uri())
    out = tmp_path / "saved" / "backup.unccd"
    with pytest.raises(UserError, match="came out empty"):
        backup_sqlite(db_file, out)
    assert not out.exists() and list(out.parent.iterdir()) == []
