"""The team sync benchmark runs end to end on a tiny register and prints its table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.postgres

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_sync.py"


def test_the_benchmark_prints_its_table(postgres_url: str) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--quick",
            "--deliverables",
            "60",
            "--changed",
            "6",
            "--server",
            postgres_url,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = "| operation | time (s) | baseline (s) | ratio | target | peak MB | met/missed |"
    assert header in lines
    rows = {line.split(" | ")[0].lstrip("| "): line for line in lines if line.startswith("| ")}
    for operation in ("clone (services.sync.clone)", "push + pull"):
        cells = [c.strip() for c in rows[operation].strip("|").split("|")]
        assert cells[3].endswith("×") and float(cells[5]) > 0
        assert cells[6] in ("met", "missed (time)", "missed (memory)", "missed (time, memory)")
    assert "60 deliverables" in done.stdout
