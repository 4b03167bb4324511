"""Promise 3: on a full disk, saving and backing up report a clear error, and the database
is intact and usable once space is freed. The database lives on a real 8 MB tmpfs that a
filler file fills to the last byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from unccd_desktop.errors import DatabaseError, UserError
from unccd_desktop.services import Actor, open_services

from .fs import fill, tmpfs
from .support import check_problems, copy_database, export_of, run_cli, sqlite_dump

ACTOR = Actor("tester", "test")
BIG_NOTE = "Progress notes from the field. " * 8000  # about 250 kB


@pytest.fixture
def disk(small_db: Path, tmp_path: Path):
    """A small_db copy on a tmpfs of its own: yields (database path, tmpfs folder)."""
    with tmpfs(tmp_path / "disk", "8m") as folder:
        yield copy_database(small_db, folder / "partnerships.unccd"), folder


def test_saving_on_a_full_disk_reports_and_keeps_everything(disk, figures: list[str]) -> None:
    path, folder = disk
    services = open_services(path, actor=ACTOR)
    try:
        landed: dict[str, str] = {}
        rows = services.partners.rows()
        filler = None
        refused = 0
        for n, row in enumerate(rows):
            record = services.partners.get(row["uuid"])
            note = f"{n} {BIG_NOTE}"
            try:
                services.partners.update(row["uuid"], record["version"], {"notes": note})
            except DatabaseError as exc:
                assert "no space left" in str(exc) or "disk" in str(exc), str(exc)
                refused += 1
                if refused >= 3:
                    break
                continue
            landed[row["uuid"]] = note
            if filler is None and n >= 2:
                filler = fill(folder)  # from now on every save must fail cleanly
        assert filler is not None and refused >= 3
        created = None
        with pytest.raises(DatabaseError):
            created = services.partners.create({"name": "Added on a full disk", "kind": "ngo"})
        assert created is None

        filler.unlink()  # space is freed: the same open database works again
        record = services.partners.get(rows[-1]["uuid"])
        services.partners.update(rows[-1]["uuid"], record["version"], {"notes": "after"})
        landed[rows[-1]["uuid"]] = "after"
        for uuid, note in landed.items():
            assert services.partners.get(uuid)["notes"] == note
        assert services.partners.count("Added on a full disk") == 0
    finally:
        services.close()
    assert check_problems(path) == []
    figures.append(
        f"disk full while saving: {len(landed)} saves landed, {refused} refused with a "
        "clear message, database intact after freeing space"
    )


@pytest.mark.slow
def test_backup_to_a_full_disk_reports_and_leaves_no_partial_file(disk) -> None:
    path, folder = disk
    before = sqlite_dump(path)
    filler = fill(folder)
    out = folder / "backups" / "copy.unccd"
    result = run_cli("db", "backup", "--db", str(path), "--out", str(out))
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith("unccd-desktop: error: ") and "Traceback" not in result.stderr
    # Recognised by SQLite's code (SQLITE_FULL or SQLITE_IOERR): the sentence names the folder.
    assert f"could not be written to {out.parent}: the disk is full" in result.stderr
    assert not out.exists()
    assert not list(out.parent.glob("*")), "a partial backup was left behind"
    filler.unlink()
    assert sqlite_dump(path) == before and check_problems(path) == []
    result = run_cli("db", "backup", "--db", str(path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sqlite_dump(out) == before


def test_attaching_a_document_on_a_full_disk_reports_and_stores_nothing(disk, tmp_path) -> None:
    path, folder = disk
    services = open_services(path, actor=ACTOR)
    try:
        agreement = services.agreements.rows(limit=1)[0]["uuid"]
        source = tmp_path / "signed-mou.pdf"
        source.write_bytes(b"%PDF-1.7 " + b"x" * 2_000_000)
        filler = fill(folder)
        with pytest.raises(UserError) as caught:
            services.documents.attach("agreement", agreement, source)
        assert "could not be stored" in str(caught.value)
        assert services.documents.count() == 0
        stored = services.db.documents_dir
        assert not [p for p in stored.rglob("*") if p.is_file()] if stored.exists() else True
        filler.unlink()
        document = services.documents.attach("agreement", agreement, source)
        assert services.documents.path_of(document["uuid"]).read_bytes() == source.read_bytes()
    finally:
        services.close()
    assert check_problems(path) == []


@pytest.mark.slow
def test_export_to_a_full_disk_reports_and_keeps_the_old_export(disk, tmp_path: Path) -> None:
    path, _ = disk
    with tmpfs(tmp_path / "usb", "1m") as usb:
        out = usb / "export.json"
        out.write_text("the previous export\n", encoding="utf-8")
        filler = fill(usb)
        result = run_cli("export", "json", "--db", str(path), "--out", str(out))
        assert result.returncode == 1, result.stdout
        assert result.stderr.startswith("unccd-desktop: error: "), result.stderr
        assert "Traceback" not in result.stderr and "space" in result.stderr, result.stderr
        assert out.read_text(encoding="utf-8") == "the previous export\n"
        assert sorted(p.name for p in usb.iterdir()) == ["export.json", "filler.bin"]
        filler.unlink()
        result = run_cli("export", "json", "--db", str(path), "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.read_text(encoding="utf-8").rstrip("\n") == export_of(path)


@pytest.mark.slow
def test_import_on_a_full_disk_reports_and_writes_nothing(disk, tmp_path: Path) -> None:
    from unccd_desktop.excel.importing import apply_import, preview_import

    from .support import BUSY_PARTNER, edit_partner_workbook

    path, folder = disk
    sent = tmp_path / "sent.xlsx"
    result = run_cli(
        "export",
        "partner-update",
        "--partner",
        BUSY_PARTNER,
        "--db",
        str(path),
        "--out",
        str(sent),
    )
    assert result.returncode == 0, result.stderr
    workbook = edit_partner_workbook(sent, tmp_path / "back.xlsx", BIG_NOTE[:20_000])
    before = export_of(path)
    result = None
    services = open_services(path, actor=ACTOR)
    try:
        report = preview_import(services, workbook)  # the officer reads the preview...
        assert report.status == "clean", report.to_json()
        filler = fill(folder)  # ...while the disk fills up
        with pytest.raises(DatabaseError) as caught:
            apply_import(services, report)
        assert "no space left" in str(caught.value) or "disk" in str(caught.value)
        cli = run_cli("import", str(workbook), "--apply", "--db", str(path))
        assert cli.returncode != 0 and "Traceback" not in cli.stderr, cli.stderr
        assert "Not applied: There is no space left" in cli.stdout, cli.stdout
    finally:
        services.close()
    assert export_of(path) == before
    filler.unlink()
    assert check_problems(path) == []
    cli = run_cli("import", str(workbook), "--apply", "--db", str(path))
    assert cli.returncode == 0, cli.stderr
    assert export_of(path) != before and "Progress notes" in export_of(path)


@pytest.mark.slow
def test_upgrade_on_a_full_disk_reports_and_keeps_the_old_schema(disk, tmp_path: Path) -> None:
    from .conftest import downgraded_copy, previous_revision
    from .support import sqlite_revision

    path, folder = disk
    old = previous_revision()
    downgraded_copy(path, tmp_path / "old.unccd", old)
    path.write_bytes((tmp_path / "old.unccd").read_bytes())
    before = sqlite_dump(path)
    filler = fill(folder)
    with pytest.raises(UserError) as caught:
        open_services(path, actor=ACTOR).close()
    assert "space" in str(caught.value) or "disk" in str(caught.value), str(caught.value)
    backups = folder / f"{path.stem}.backups"
    assert not backups.exists() or list(backups.iterdir()) == []
    filler.unlink()  # (reading a WAL database needs a little space too)
    assert sqlite_revision(path) == old and sqlite_dump(path) == before
    open_services(path, actor=ACTOR).close()
    assert check_problems(path) == []
