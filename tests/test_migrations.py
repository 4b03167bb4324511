"""Migrations: upgrade from empty, models agree with migrations, old data survives."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from unccd_desktop.domain import Base
from unccd_desktop.errors import DatabaseError
from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.export_json import export_all
from unccd_desktop.services.search import SearchService
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


def test_a_database_of_schema_0001_takes_partner_updates(tmp_path: Path) -> None:
    """0003 adds partner updates and the batches' baselines to an existing database: an import
    of a partner workbook records its comment there, and a revert removes it."""
    import openpyxl

    from unccd_desktop.excel.importing import apply_import, preview_import
    from unccd_desktop.excel.partner_workbook import export_partner_workbook
    from unccd_desktop.services.exchange import revert_batch
    from unccd_desktop.services.partner_updates import updates_of

    copy = tmp_path / "old.unccd"
    shutil.copy(FIXTURES / "schema-0001-demo.unccd", copy)
    services = open_services(copy, actor=Actor("tester", "test"))
    try:
        with sqlite3.connect(copy) as raw:
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
            batch_columns = {r[1] for r in raw.execute("PRAGMA table_info(import_batches)")}
        assert "partner_updates" in tables and "baseline_json" in batch_columns
        deliverable = next(
            d for d in export_all(services)["deliverables"] if d["responsible_partner"]
        )
        sent = export_partner_workbook(
            services, deliverable["responsible_partner"], tmp_path / "sent.xlsx"
        )
        wb = openpyxl.load_workbook(sent.path)
        for row in wb["Deliverables"].iter_rows(min_row=2):
            if row[0].value == deliverable["uuid"]:
                row[8].value = "Half done."
        wb.save(tmp_path / "back.xlsx")
        batch = apply_import(services, preview_import(services, tmp_path / "back.xlsx"))
        (update,) = updates_of(services, deliverable["uuid"])
        assert (update.comment, update.batch_id) == ("Half done.", batch)
        assert services.deliverables.get(deliverable["uuid"])["notes"] == deliverable["notes"]
        revert_batch(services, batch)
        assert updates_of(services, deliverable["uuid"]) == []
    finally:
        services.close()


GEO_DELIVERABLE = "749f87ab-cd1f-562f-aa10-40f141064948"  # changed by batch 1 of the 0002 fixture


def test_a_batch_applied_at_schema_0002_reverts_after_the_upgrade(tmp_path: Path) -> None:
    """Batches from before 0003 have no baseline of their own: a revert still puts back what
    the batch changed and removes the focal point it created."""
    from unccd_desktop.services.exchange import revert_batch

    copy = tmp_path / "old.unccd"
    shutil.copy(FIXTURES / "schema-0002-demo.unccd", copy)
    services = open_services(copy, actor=Actor("tester", "test"))
    try:
        taken = services.deliverables.get(GEO_DELIVERABLE)
        assert (taken["progress_percent"], taken["notes"]) == (40, "Two of five modules drafted.")
        assert [f["name"] for f in export_all(services)["focal_points"]] == ["Amina Diallo"]
        assert revert_batch(services, 1) == 2
        back = services.deliverables.get(GEO_DELIVERABLE)
        assert (back["progress_percent"], back["evidence_url"]) == (0, None)
        assert back["notes"].startswith("Source: ICCD/COP(15) note, para 34.")
        assert export_all(services)["focal_points"] == []
    finally:
        services.close()


def test_a_partner_workbook_exported_at_schema_0002_imports_after_the_upgrade(
    tmp_path: Path,
) -> None:
    """A partner who kept a workbook exported before 0003 sends it back afterwards: their new
    comment becomes a partner update, the Comments they left as exported change nothing, and
    the internal notes stay."""
    import openpyxl

    from unccd_desktop.excel.importing import apply_import, preview_import
    from unccd_desktop.services.partner_updates import all_updates

    copy = tmp_path / "old.unccd"
    shutil.copy(FIXTURES / "schema-0002-demo.unccd", copy)
    wb = openpyxl.load_workbook(FIXTURES / "schema-0002-partner-update.xlsx")
    sheet = wb["Deliverables"]
    commented, untouched = (row[0].value for row in sheet.iter_rows(min_row=2))
    sheet.cell(2, 9).value = "Filming wrapped up in March."
    wb.save(tmp_path / "back.xlsx")
    services = open_services(copy, actor=Actor("tester", "test"))
    try:
        notes = {d: services.deliverables.get(d)["notes"] for d in (commented, untouched)}
        report = preview_import(services, tmp_path / "back.xlsx")
        assert report.errors == [] and report.rejected is None
        assert [(r.id, r.action) for r in report.rows] == [
            (commented, "update"),
            (untouched, "unchanged"),
        ]
        batch = apply_import(services, report)
        (update,) = all_updates(services)
        assert (update["deliverable"], update["batch_id"]) == (commented, batch)
        assert update["comment"] == "Filming wrapped up in March."
        assert {d: services.deliverables.get(d)["notes"] for d in notes} == notes
    finally:
        services.close()


def test_the_search_index_follows_what_it_holds_and_only_that(tmp_path: Path) -> None:
    """0004: a record's index row is rewritten when its title changes, not for its status."""
    services = open_services(tmp_path / "search.unccd", create=True, actor=Actor("t", "test"))
    try:
        project = services.projects.create({"title": "Great Green Wall"})
        made = services.deliverables.create(
            {"title": "Baseline survey", "kind": "report", "project": project["uuid"]}
        )
        label = sa.text("SELECT label FROM search_index WHERE uuid = :u")
        changes = sa.text("SELECT total_changes()")
        with services.db.write() as session:
            assert session.execute(label, {"u": made["uuid"]}).scalar() == "Baseline survey"
            before = session.execute(changes).scalar()
            services.deliverables.update_in(session, made["uuid"], 1, {"status": "submitted"})
            written = session.execute(changes).scalar() - before
            assert written == 2, "the deliverable and its audit entry; the index left as it was"
            services.deliverables.update_in(session, made["uuid"], 2, {"title": "Final survey"})
            assert session.execute(label, {"u": made["uuid"]}).scalar() == "Final survey"
        hits = SearchService(services).search("final")
        assert [hit.uuid for hit in hits["deliverable"]] == [made["uuid"]]
    finally:
        services.close()
