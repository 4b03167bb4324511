"""Real-world spreadsheets from other projects' test suites end in a report or a clean rejection.

The files live in the shared corpus (see its MANIFEST.tsv); each is copied before use.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unccd_desktop.excel.importing import preview_import

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wild"
SAMPLE = [
    "EugeneRymarev+openpyxl2/openpyxl/comments/tests/data/comments.xlsx",
    "EugeneRymarev+openpyxl2/openpyxl/packaging/tests/data/hyperlink.xlsx",
]


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv")


def sample_files() -> list[Path]:
    files = corpus_files()
    by_suffix: dict[str, Path] = {}
    for path in files:
        by_suffix.setdefault(path.suffix.lower(), path)
    chosen = [CORPUS / s for s in SAMPLE if (CORPUS / s).is_file()]
    return chosen + [p for p in by_suffix.values() if p not in chosen]


def check(services, source: Path, tmp_path: Path) -> None:
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    report = preview_import(services, copy)  # any exception here fails the test
    assert report.status in ("rejected", "has_errors", "has_conflicts", "clean")
    if report.status == "rejected":
        assert report.rejected and "\n" not in report.rejected
    report.to_json()


@pytest.mark.skipif(not corpus_files(), reason="the shared corpus is not beside the checkout")
def test_a_sample_of_each_format(sqlite_services, tmp_path):
    for source in sample_files():
        check(sqlite_services, source, tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(not corpus_files(), reason="the shared corpus is not beside the checkout")
def test_every_corpus_file(sqlite_services, tmp_path):
    for source in corpus_files():
        check(sqlite_services, source, tmp_path)
