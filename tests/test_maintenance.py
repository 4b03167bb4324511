"""The maintenance service: backups of an open database, the latest backup, restoring one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from unccd_desktop.errors import UserError
from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.maintenance import (
    back_up,
    latest_backup,
    restore_backup,
    schema_version,
)
from unccd_desktop.storage.migrations import head_revision


def test_a_backup_of_the_open_database_holds_its_records(
    sqlite_services: Services, tmp_path: Path
) -> None:
    sqlite_services.partners.create({"name": "Global Mechanism", "kind": "ngo"})
    out = back_up(sqlite_services, tmp_path / "copies" / "copy.unccd")
    assert out == (tmp_path / "copies" / "copy.unccd").resolve()
    copy = open_services(out, actor=Actor("tester", "test"), backup=False)
    try:
        assert [row["label"] for row in copy.partners.rows()] == ["Global Mechanism"]
    finally:
        copy.close()


def test_the_latest_backup_is_the_newest_file_in_the_backups_folder(
    sqlite_services: Services, tmp_path: Path
) -> None:
    target = sqlite_services.db.path
    assert latest_backup(target) is None
    older = back_up(sqlite_services, sqlite_services.db.backups_dir / "older.unccd")
    newer = back_up(sqlite_services, sqlite_services.db.backups_dir / "newer.unccd")
    os.utime(older, (1_000_000_000, 1_000_000_000))
    assert latest_backup(target) == newer
    assert latest_backup(str(target)) == newer


def test_a_server_database_has_no_backup_file_and_is_not_restored_by_copy(
    tmp_path: Path,
) -> None:
    assert latest_backup("postgresql://officer@server/partnerships") is None
    with pytest.raises(UserError, match="server's own tools"):
        restore_backup(tmp_path / "backup.unccd", "postgresql://officer@server/partnerships")


def test_restoring_puts_the_backup_in_place_and_keeps_the_replaced_file(
    sqlite_services: Services, tmp_path: Path
) -> None:
    target = sqlite_services.db.path
    sqlite_services.partners.create({"name": "Kept partner", "kind": "ngo"})
    saved = back_up(sqlite_services, tmp_path / "saved.unccd")
    sqlite_services.close()
    target.write_bytes(b"damaged")

    kept = restore_backup(saved, str(target))

    assert kept is not None and kept.read_bytes() == b"damaged"
    restored = open_services(target, actor=Actor("tester", "test"))
    try:
        assert [row["label"] for row in restored.partners.rows()] == ["Kept partner"]
    finally:
        restored.close()


def test_the_schema_version_is_the_latest_migration(sqlite_services: Services) -> None:
    assert schema_version(sqlite_services) == head_revision()
