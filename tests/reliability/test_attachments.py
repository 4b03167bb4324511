"""Promise 7: `db check` verifies every stored document against its SHA-256, and no file
name from a user or a workbook can place a file outside the managed folder."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from unccd_desktop.errors import UserError, ValidationError
from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.documents import safe_file_name, sha256_of

from .support import copy_database, run_cli

HOSTILE = [
    "../../etc/passwd",
    "..",
    ".",
    "",
    "/etc/passwd",
    "/tmp/evil.pdf",
    "C:\\Windows\\System32\\evil.dll",
    "C:evil.txt",
    "\\\\server\\share\\evil.pdf",
    "..\\..\\evil.pdf",
    "report.pdf\x00.exe",
    "CON",
    "nul.txt",
    "LPT1.docx",
    "x" * 5000 + ".pdf",
    "é" * 300 + ".pdf",
    "report.pdf/",
    "report. ",
    "\u202egpj.exe",
]
NAMES = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=400))
# Names a file can really have on Linux (no "/" and no NUL, at most 255 bytes).
LINUX_NAMES = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1
).filter(lambda n: n not in (".", "..") and len(n.encode()) <= 255)
HYPOTHESIS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
EXAMPLES = [pytest.param(25, id="fast"), pytest.param(400, id="full", marks=pytest.mark.slow)]
counter = itertools.count()


@pytest.fixture
def docs(small_db: Path, tmp_path: Path) -> Services:
    services = open_services(
        copy_database(small_db, tmp_path / "db" / "partnerships.unccd"), actor=Actor("t", "test")
    )
    yield services
    services.close()


def files_under(folder: Path) -> set[Path]:
    return {p.resolve() for p in folder.rglob("*") if p.is_file()}


def inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def test_db_check_reports_missing_and_altered_files(docs: Services, tmp_path: Path) -> None:
    agreement = docs.agreements.rows(limit=1)[0]["uuid"]
    deliverable = docs.deliverables.rows(limit=1)[0]["uuid"]
    files = []
    for n, name in enumerate(("signed MoU.pdf", "progress report.docx", "annex.xlsx")):
        source = tmp_path / name
        source.write_bytes(f"content {n}".encode() * 1000)
        owner = ("agreement", agreement) if n % 2 == 0 else ("deliverable", deliverable)
        files.append(docs.documents.attach(*owner, source))
    db = str(docs.db.path)
    assert run_cli("db", "check", "--db", db).returncode == 0

    missing, altered, _fine = (docs.documents.stored_path(f["sha256"]) for f in files)
    missing.unlink()
    altered.write_bytes(altered.read_bytes()[:-1] + b"!")
    result = run_cli("db", "check", "--db", db)
    assert result.returncode == 1, result.stdout
    problems = [line for line in result.stdout.splitlines() if line.startswith("Problem:")]
    assert problems == [
        f"Problem: Document 'signed MoU.pdf' ({files[0]['uuid']}): stored file missing.",
        f"Problem: Document 'progress report.docx' ({files[1]['uuid']}): stored file altered.",
    ] or sorted(problems) == sorted(
        [
            f"Problem: Document 'signed MoU.pdf' ({files[0]['uuid']}): stored file missing.",
            f"Problem: Document 'progress report.docx' ({files[1]['uuid']}): stored file altered.",
        ]
    )
    with pytest.raises(UserError):
        docs.documents.path_of(files[0]["uuid"])


def test_a_record_with_a_bad_checksum_is_reported_not_followed(docs: Services) -> None:
    agreement = docs.agreements.rows(limit=1)[0]["uuid"]
    for digest in ("../../../etc/passwd", "/etc/passwd", "A" * 64, "0" * 63):
        with pytest.raises(ValidationError):
            docs.documents.create(
                {
                    "agreement": agreement,
                    "original_filename": "x.pdf",
                    "media_type": "application/pdf",
                    "sha256": digest,
                    "size": 1,
                }
            )
    good = docs.documents.create(
        {
            "agreement": agreement,
            "original_filename": "x.pdf",
            "media_type": "application/pdf",
            "sha256": "0" * 64,
            "size": 1,
        }
    )
    with sqlite3.connect(docs.db.path) as conn:  # as another program might have left it
        conn.execute(
            "UPDATE documents SET sha256 = '../../etc/passwd' WHERE uuid = ?", (good["uuid"],)
        )
    conn.close()
    result = run_cli("db", "check", "--db", str(docs.db.path))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "checksum is not valid" in result.stdout


@pytest.mark.parametrize("examples", EXAMPLES)
def test_stored_path_never_leaves_the_managed_folder(docs: Services, examples: int) -> None:
    @settings(HYPOTHESIS, max_examples=examples)
    @given(name=NAMES)
    @example(name="../../outside.pdf")
    def check(name: str) -> None:
        try:
            path = docs.documents.stored_path(name)
        except ValueError:
            return
        assert inside(path, docs.db.documents_dir)

    check()


@pytest.mark.parametrize("examples", EXAMPLES)
def test_attach_stores_inside_the_managed_folder_whatever_the_name(
    docs: Services, tmp_path: Path, examples: int
) -> None:
    agreement = docs.agreements.rows(limit=1)[0]["uuid"]

    @settings(HYPOTHESIS, max_examples=examples)
    @given(name=LINUX_NAMES)
    def check(name: str) -> None:
        outside = tmp_path / f"outside-{next(counter)}"
        outside.mkdir()
        source = outside / name
        source.write_bytes(f"unique content {next(counter)}".encode())
        before = files_under(tmp_path)
        record = docs.documents.attach("agreement", agreement, source)
        new = files_under(tmp_path) - before
        assert new == {docs.documents.stored_path(sha256_of(source)).resolve()}
        assert all(inside(p, docs.db.documents_dir) for p in new)
        assert record["original_filename"] == (name.strip() or safe_file_name(name))

    check()


@pytest.mark.parametrize("examples", EXAMPLES)
def test_a_copy_for_viewing_stays_in_its_folder(
    docs: Services, tmp_path: Path, examples: int
) -> None:
    agreement = docs.agreements.rows(limit=1)[0]["uuid"]

    @settings(HYPOTHESIS, max_examples=examples)
    @given(name=NAMES)
    def check(name: str) -> None:
        source = tmp_path / f"source-{next(counter)}.pdf"
        source.write_bytes(b"%PDF " + str(next(counter)).encode())
        record = docs.documents.attach("agreement", agreement, source)
        try:
            record = docs.documents.update(
                record["uuid"], record["version"], {"original_filename": name}
            )
        except ValidationError:
            return  # refused names are fine too
        folder = tmp_path / "view" / str(next(counter))
        copy = docs.documents.copy_to(record["uuid"], folder)
        assert copy.parent == folder and inside(copy, folder)
        assert copy.read_bytes() == source.read_bytes()
        assert safe_file_name(record["original_filename"]) == copy.name
        assert len(copy.name.encode()) <= 200

    check()
