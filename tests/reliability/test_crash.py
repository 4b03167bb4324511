"""Promise 1: a crash (SIGKILL) during `db upgrade`, `db backup`, `import --apply` or
`db restore` never leaves a mix.

Each test runs the real command line in a subprocess and kills it at a random moment (see
`support.KillPlan`) until the required number of processes were really killed: a run that
finishes before its signal is checked too, but not counted, and retried at an earlier moment.
Afterwards the database must hold exactly the state before or the state after (every row of
every table, compared as a SQL dump), `db check` must pass, and `export json` must equal the
export of that state exactly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unccd_desktop.storage.database import Database
from unccd_desktop.storage.migrations import head_revision, upgrade

from .conftest import downgraded_copy, previous_revision
from .support import (
    BUSY_PARTNER,
    CLI,
    KillPlan,
    check_problems,
    copy_database,
    edit_partner_workbook,
    export_of,
    run_and_kill,
    run_cli,
    sqlite_dump,
    sqlite_revision,
)

KILLS = [pytest.param(1, id="fast"), pytest.param(55, id="full", marks=pytest.mark.slow)]
FULL_ONLY = [pytest.param(55, id="full", marks=pytest.mark.slow)]


def database_for(request: pytest.FixtureRequest, kills: int) -> Path:
    """The sizeable database for full runs, the small one for the fast subset."""
    return request.getfixturevalue("sizeable_db" if kills > 10 else "small_db")


@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_upgrade_leaves_before_or_after(
    kills: int, request: pytest.FixtureRequest, tmp_path: Path, figures: list[str]
) -> None:
    old_rev, new_rev = previous_revision(), head_revision()
    source = database_for(request, kills)
    template = downgraded_copy(source, tmp_path / "template.unccd", old_rev)
    before_dump = sqlite_dump(template)

    reference = copy_database(template, tmp_path / "reference" / "db.unccd")
    argv = [*CLI, "db", "upgrade", "--db"]
    plan = KillPlan([*argv, str(reference)], kills, seed=55, done="after", marker=True)
    assert sqlite_revision(reference) == new_rev
    after_export = export_of(reference)
    assert sqlite_dump(reference) != before_dump

    for n, moment in plan:
        work = tmp_path / f"run{n}"
        db_path = copy_database(template, work / "db.unccd")
        marker = work / "db.backups" if moment.after_marker else None  # made before the backup
        result = run_and_kill([*argv, str(db_path)], moment.delay, marker)
        assert result.killed or result.returncode == 0, f"run {n} failed: {result.stderr}"
        backups = sorted((work / "db.backups").glob("*.unccd"))
        for backup in backups:
            assert sqlite_dump(backup) == before_dump, f"run {n}: the backup is not the old state"
        rev = sqlite_revision(db_path)
        if rev == old_rev:
            assert sqlite_dump(db_path) == before_dump, f"run {n}: a mix of old and new"
            outcome = "before (backup already made)" if backups else "before"
            db = Database(db_path)
            try:
                upgrade(db)  # the next start finishes the job
            finally:
                db.dispose()
        else:
            assert rev == new_rev, f"run {n}: unexpected schema {rev}"
            outcome = "after"
        assert check_problems(db_path) == [], f"run {n}: db check fails"
        assert export_of(db_path) == after_export, f"run {n}: export differs"
        plan.record(result, outcome)
        shutil.rmtree(work)
    figures.append(plan.summary(f"crash during db upgrade {old_rev} -> {new_rev}"))


@pytest.mark.parametrize("kills", FULL_ONLY)
def test_kill_during_backup_leaves_old_or_new_copy(
    kills: int, request: pytest.FixtureRequest, tmp_path: Path, figures: list[str]
) -> None:
    source = copy_database(database_for(request, kills), tmp_path / "db.unccd")
    source_dump, source_export = sqlite_dump(source), export_of(source)
    out = tmp_path / "out" / "backup.unccd"
    older = copy_database(database_for(request, kills), tmp_path / "older.unccd")
    older_dump, older_export = _older_state(older)
    argv = [*CLI, "db", "backup", "--db", str(source), "--out", str(out)]
    partial = out.parent / f".{out.name}.partial"
    plan = KillPlan(argv, kills, seed=56, done="new copy complete", marker=True, window=0.1)

    for n, moment in plan:
        shutil.copyfile(older, out)  # the previous backup, which a crash must not damage
        result = run_and_kill(argv, moment.delay, partial if moment.after_marker else None)
        assert result.killed or result.returncode == 0, f"run {n} failed: {result.stderr}"
        assert sqlite_dump(source) == source_dump, f"run {n}: the database changed"
        assert check_problems(source) == [], f"run {n}: db check fails on the database"
        backup_dump = sqlite_dump(out)
        if backup_dump == older_dump:
            assert export_of(out) == older_export
            outcome = "old copy kept"
        else:
            assert backup_dump == source_dump, f"run {n}: the backup is a mix"
            assert check_problems(out) == [] and export_of(out) == source_export
            outcome = "new copy complete"
        plan.record(result, outcome)
    assert export_of(source) == source_export
    leftovers = [p.name for p in out.parent.iterdir() if p.name != out.name]
    figures.append(
        plan.summary("crash during db backup")
        + f"; {len(leftovers)} partial files left beside the backup"
    )
    result = run_and_kill(argv, 120)
    assert not result.killed and result.returncode == 0
    assert sqlite_dump(out) == source_dump


def _older_state(path: Path) -> tuple[list[str], str]:
    """Change one record of ``path`` so that its backup differs from the current database."""
    from unccd_desktop.services import Actor, open_services

    svc = open_services(path, actor=Actor("tester", "test"))
    try:
        first = svc.partners.rows(limit=1)[0]
        record = svc.partners.get(first["uuid"])
        svc.partners.update(record["uuid"], record["version"], {"notes": "an older backup"})
    finally:
        svc.close()
    return sqlite_dump(path), export_of(path)


@pytest.mark.parametrize("kills", FULL_ONLY)
def test_kill_during_import_apply_leaves_before_or_after(
    kills: int, request: pytest.FixtureRequest, tmp_path: Path, figures: list[str]
) -> None:
    template = copy_database(database_for(request, kills), tmp_path / "template.unccd")
    exported = tmp_path / "update.xlsx"
    result = run_cli(
        "export",
        "partner-update",
        "--partner",
        BUSY_PARTNER,
        "--db",
        str(template),
        "--out",
        str(exported),
    )
    assert result.returncode == 0, result.stderr
    workbook = edit_partner_workbook(exported, tmp_path / "filled-in.xlsx", "field update")
    before_export = export_of(template)

    reference = copy_database(template, tmp_path / "reference" / "db.unccd")
    argv = [*CLI, "import", str(workbook), "--apply", "--db"]
    plan = KillPlan([*argv, str(reference)], kills, seed=57, done="after")
    after = export_of(reference, include_timestamps=False)
    assert after != export_of(template, include_timestamps=False)
    assert "field update 1" in after

    for n, moment in plan:
        work = tmp_path / f"run{n}"
        db_path = copy_database(template, work / "db.unccd")
        result = run_and_kill([*argv, str(db_path)], moment.delay)
        assert result.killed or result.returncode == 0, f"run {n} failed: {result.stderr}"
        assert check_problems(db_path) == [], f"run {n}: db check fails"
        if export_of(db_path) == before_export:
            outcome = "before"
        else:
            assert export_of(db_path, include_timestamps=False) == after, f"run {n}: a mix"
            outcome = "after"
        plan.record(result, outcome)
        shutil.rmtree(work)
    figures.append(plan.summary("crash during import --apply"))


@pytest.mark.parametrize("kills", FULL_ONLY)
def test_kill_during_restore_leaves_old_or_restored_file(
    kills: int, request: pytest.FixtureRequest, tmp_path: Path, figures: list[str]
) -> None:
    source = database_for(request, kills)
    backup = copy_database(source, tmp_path / "backup.unccd")
    current = _older_state(copy_database(source, tmp_path / "current.unccd"))[0]
    backup_dump = sqlite_dump(backup)
    work = tmp_path / "work"
    db_path = work / "db.unccd"
    argv = [*CLI, "db", "restore", "--from", str(backup), "--db", str(db_path)]
    copy_database(tmp_path / "current.unccd", db_path)
    plan = KillPlan(argv, kills, seed=58, done="backup restored", marker=True, window=0.05)

    for n, moment in plan:
        shutil.rmtree(work)
        copy_database(tmp_path / "current.unccd", db_path)
        marker = work / ".db.unccd.restoring" if moment.after_marker else None
        result = run_and_kill(argv, moment.delay, marker)
        assert result.killed or result.returncode == 0, f"run {n} failed: {result.stderr}"
        dump = sqlite_dump(db_path)
        if dump == current:
            outcome = "old file in place"
        else:
            assert dump == backup_dump, f"run {n}: the database is a mix"
            outcome = "backup restored"
        for kept in work.glob("db.unccd.replaced-*"):
            if not kept.name.endswith(("-wal", "-shm")):
                assert sqlite_dump(kept) == current, f"run {n}: the kept file is damaged"
        assert check_problems(db_path) == []
        plan.record(result, outcome)
    figures.append(plan.summary("crash during db restore"))
