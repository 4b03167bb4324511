"""Promise 6: mutated partner update workbooks (zip, XML and cell level) each end in a
report or a clean rejection within a time and memory bound, and a rejected or dry-run import
changes nothing."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from .support import BUSY_PARTNER, REPO, copy_database, edit_partner_workbook, run_cli

MEMORY_LIMIT = 3 * 1024**3  # address space of the worker process
CASES = [pytest.param(12, id="fast"), pytest.param(1050, id="full", marks=pytest.mark.slow)]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.parametrize("cases", CASES)
def test_mutated_workbooks_are_reported_or_rejected(
    cases: int, small_db: Path, tmp_path: Path, figures: list[str]
) -> None:
    db = copy_database(small_db, tmp_path / "db.unccd")
    bases = tmp_path / "bases"
    bases.mkdir()
    exported = bases / "a-as-sent.xlsx"
    result = run_cli(
        "export",
        "partner-update",
        "--partner",
        BUSY_PARTNER,
        "--db",
        str(db),
        "--out",
        str(exported),
    )
    assert result.returncode == 0, result.stderr
    edit_partner_workbook(exported, bases / "b-filled-in.xlsx", "fuzzed")
    failures = tmp_path / "failures"
    failures.mkdir()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.reliability.fuzz_worker",
            str(db),
            str(bases),
            "0",
            str(cases),
            str(failures),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        preexec_fn=_limit_memory,
        timeout=cases * 30 + 120,
        check=False,
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    results = [line for line in lines if "seed" in line]
    bad = [r for r in results if not r["ok"]]
    assert bad == [], f"{len(bad)} bad cases, files kept in {failures}: {bad[:5]}"
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert len(results) == cases and lines[-1] == {"export_unchanged": True}
    outcomes = Counter(r["outcome"] for r in results)
    slowest = max(r["seconds"] for r in results)
    peak = max(r["peak_mb"] for r in results)
    figures.append(
        f"importer fuzzing: {cases} mutated workbooks ("
        + ", ".join(f"{n} {k}" for k, n in sorted(Counter(r["level"] for r in results).items()))
        + "): "
        + ", ".join(f"{n} {k}" for k, n in outcomes.most_common())
        + f"; 0 crashes, database unchanged; slowest case {slowest:.1f} s, "
        f"peak memory {peak} MB (limit {MEMORY_LIMIT // 1024**2} MB)"
    )
