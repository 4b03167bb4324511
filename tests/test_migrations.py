"""Migrations: upgrade from empty, models agree with migrations, old data survives."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from unccd_desktop.domain import Base
from unccd_desktop.errors import DatabaseError
from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.export_json import export_all
from unccd_desktop.storage.database import Database
from unccd_desktop.storage.migrations import (
    SCHEMA_VERSION,
    current_revision,
    head_revision,
    include_in_autogenerate,
    upgrade,
)

FIXTURES = Path(__file__).parent / "fixtures"


def test_upgrade_from_empty_reaches_head_and_matches_models(any_db: str) -> None:
    db = Database(any_db)
    try:
        assert upgrade(db) is None  # nothing to back up in an empty database
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_name": include_in_autogenerate, "compare_type": True}
            )
            diffs = compare_metadata(context, Base.metadata)
        assert diffs == []
    finally:
        db.dispose()


def test_expected_schema_version_is_the_newest_revision() -> None:
    assert head_revision() == SCHEMA_VERSION


def test_sqlite_pragmas_are_set(tmp_path: Path) -> None:
    db = Database(tmp_path / "p.unccd")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        db.dispose()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.unccd")), ids=lambda p: p.stem)
def test_every_shipped_schema_opens_with_its_records(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    with sqlite3.connect(copy) as raw:
        partners_before = raw.execute("SELECT count(*) FROM partners").fetchone()[0]
        titles_before = sorted(r[0] for r in raw.execute("SELECT title FROM deliverables"))
    with sqlite3.connect(copy) as raw:
        old_revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    services = open_services(copy, actor=Actor("tester", "test"))
    try:
        assert current_revision(services.db) == head_revision()
        backups = list(services.db.backups_dir.glob("*.unccd"))
        if old_revision != head_revision():
            assert len(backups) == 1
            assert f"before-upgrade-from-{old_revision}" in backups[0].name
            with sqlite3.connect(backups[0]) as raw:
                kept = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            assert kept == old_revision
        data = export_all(services)
        assert len(data["partners"]) == partners_before > 0
        assert sorted(d["title"] for d in data["deliverables"]) == titles_before
    finally:
        services.close()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.unccd"
    open_services(path, create=True).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer version"):
        open_services(path)


def test_files_that_are_not_our_database_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.unccd"
    text.write_text("hello")
    with pytest.raises(DatabaseError, match="not a UNCCD Partnerships database"):
        open_services(text)
    assert text.read_text() == "hello"
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE t (x)")
    with pytest.raises(DatabaseError, match="not a UNCCD Partnerships database"):
        open_services(other)
    with pytest.raises(DatabaseError, match="no database file"):
        open_services(tmp_path / "missing.unccd")
