"""Promise 5: every shipped schema upgrades to the latest with its records, after a backup
that `db restore` puts back with one command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from unccd_desktop.services import Actor, Services
from unccd_desktop.services.export_json import ENTITIES
from unccd_desktop.services.values import to_jsonable
from unccd_desktop.storage import migrations
from unccd_desktop.storage.database import Database
from unccd_desktop.storage.migrations import head_revision, upgrade

from .support import (
    PROBE_CLI,
    PROBE_REVISION,
    REPO,
    check_problems,
    copy_database,
    export_of,
    probe_env,
    probe_migrations,
    run_cli,
    sqlite_dump,
    sqlite_revision,
    strip_timestamps,
)

FIXTURES = sorted((REPO / "tests" / "fixtures").glob("schema-*.unccd"))
SKIP_TABLES = ("sqlite_", "alembic_version", "search_index")


def table_rows(path: Path) -> dict[tuple[str, str], list]:
    """(table, column) -> that column's values in rowid order, for every record table."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith(SKIP_TABLES)
        ]
        out = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                values = conn.execute(f'SELECT "{column}" FROM "{table}" ORDER BY rowid')
                out[(table, column)] = [v[0] for v in values]
        return out
    finally:
        conn.close()


def records_of(path: Path) -> dict[str, list]:
    """The records of `export json` of a database at any shipped schema, read without migrating
    it (an old schema has no partner updates to list)."""
    db = Database(path)
    services = Services(db, Actor("checker", "test"))
    out = {}
    try:
        with db.read() as session:
            for plural, name in ENTITIES.items():
                service = services.entity(name)
                stmt = sa.select(service.model).order_by(service.model.uuid)
                objs = session.scalars(stmt.options(selectinload("*")))
                out[plural] = [to_jsonable(service.record(session, obj)) for obj in objs]
    finally:
        db.dispose()
    return out


def test_every_fixture_is_at_the_schema_its_name_says() -> None:
    assert FIXTURES, "no fixture databases in tests/fixtures"
    for fixture in FIXTURES:
        assert sqlite_revision(fixture) == fixture.name.split("-")[1], fixture.name


def test_there_is_a_fixture_for_every_shipped_schema() -> None:
    """Each revision but the newest has shipped and must have its fixture (the newest may not
    have shipped yet)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    revisions = [s.revision for s in script.walk_revisions()]
    have = {p.name.split("-")[1] for p in FIXTURES}
    missing = [rev for rev in revisions if rev != head_revision() and rev not in have]
    assert missing == [], f"add tests/fixtures/schema-<rev>-demo.unccd for {missing}"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_upgrades_keeps_its_records_and_restores(fixture: Path, tmp_path: Path) -> None:
    path = copy_database(fixture, tmp_path / fixture.name)
    old_rev = sqlite_revision(path)
    original_dump, rows_before = sqlite_dump(path), table_rows(path)
    records_before = strip_timestamps(records_of(path))

    result = run_cli("db", "upgrade", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert sqlite_revision(path) == head_revision()
    assert check_problems(path) == []
    rows_after = table_rows(path)
    for key, values in rows_before.items():
        if key in rows_after:
            assert rows_after[key] == values, f"{key} changed in the upgrade"
    records_after = json.loads(export_of(path, include_timestamps=False))
    for name, records in records_before.items():
        assert records_after[name] == records, f"{name} changed in the upgrade"
    assert sum(len(v) for v in records_before.values()) > 100
    assert records_after["partner_updates"] == []  # an upgrade invents no partner's report

    backups = sorted((tmp_path / f"{path.stem}.backups").glob("*.unccd"))
    if old_rev == head_revision():
        assert backups == []  # nothing to upgrade, nothing to back up
        return
    assert len(backups) == 1 and sqlite_dump(backups[0]) == original_dump
    result = run_cli("db", "restore", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert sqlite_dump(path) == original_dump


def test_an_upgrade_backup_restores_with_one_command(small_db: Path, tmp_path: Path) -> None:
    """With a test-only revision on top, so that an upgrade (and its backup) always happens."""
    path = copy_database(small_db, tmp_path / "db.unccd")
    before, records = sqlite_dump(path), export_of(path)
    env = probe_env(probe_migrations(tmp_path / "migrations"))
    import subprocess

    result = subprocess.run(
        [*PROBE_CLI, "db", "upgrade", "--db", str(path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "previous version is saved as" in result.stdout
    assert sqlite_revision(path) == PROBE_REVISION
    result = run_cli("db", "restore", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert sqlite_dump(path) == before and export_of(path) == records
    assert sqlite_revision(path) == head_revision()
    assert any(p.name.startswith("db.unccd.replaced-") for p in tmp_path.iterdir())


def test_rebuilding_referenced_tables_keeps_every_child_row(
    small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite alters a table by rebuilding it (Alembic batch mode). With foreign keys on,
    dropping the old partners or projects table fails, or cascades into their children."""
    path = copy_database(small_db, tmp_path / "db.unccd")
    rows_before, head = table_rows(path), head_revision()
    records = export_of(path, include_timestamps=False)
    folder = probe_migrations(tmp_path / "migrations")
    monkeypatch.setattr(migrations, "migrations_dir", lambda: folder)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", PROBE_REVISION)
    db = Database(path)
    try:
        upgrade(db)
    finally:
        db.dispose()
    assert sqlite_revision(path) == PROBE_REVISION
    rows_after = table_rows(path)
    for key, values in rows_before.items():
        assert rows_after[key] == values, f"{key} changed"
    assert check_problems(path) == []
    after = json.loads(export_of(path, include_timestamps=False))
    before = json.loads(records)
    assert (after.pop("schema_version"), before.pop("schema_version")) == (
        PROBE_REVISION,
        head,
    )
    assert after == before
