"""Service speed on a large SQLite database.

    .venv/bin/python benchmarks/bench_services.py [N]

Builds N deliverables (default 100,000) under 100 projects, then times list paging, counting,
filtering and the JSON export. The baseline row is a raw SQL read of the same table in the
same run, so figures can be compared across machines.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.export_json import write_export


def build(path: Path, n: int) -> None:
    """Bulk-insert N deliverables directly (building data is not what is measured)."""
    services = open_services(path, actor=Actor("bench", "bench"), create=True)
    partner = services.partners.create({"name": "Partner", "kind": "ngo"})
    projects = [services.projects.create({"title": f"Project {i}"}) for i in range(100)]
    services.close()
    raw = sqlite3.connect(path)
    ids = {r[1]: r[0] for r in raw.execute("SELECT id, uuid FROM projects")}
    pid = raw.execute("SELECT id FROM partners WHERE uuid = ?", (partner["uuid"],)).fetchone()[0]
    statuses = ["planned", "in_progress", "submitted", "accepted", "cancelled"]
    start = date(2020, 1, 1)
    rows = [
        (
            str(uuid.uuid4()),
            f"Deliverable {i}",
            "report",
            ids[projects[i % 100]["uuid"]],
            pid,
            (start + timedelta(days=i % 2500)).isoformat(),
            statuses[i % 5],
            (i * 7) % 101,
        )
        for i in range(n)
    ]
    raw.executemany(
        "INSERT INTO deliverables (uuid, title, kind, project_id, responsible_partner_id, due_on,"
        " status, progress_percent, notes, created_at, updated_at, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)",
        rows,
    )
    raw.commit()
    raw.close()


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.unccd"
        t0 = time.perf_counter()
        build(path, n)
        print(f"built {n:,} deliverables in {time.perf_counter() - t0:.1f} s")
        services = open_services(path, actor=Actor("bench", "bench"))
        raw = sqlite3.connect(path)
        d = services.deliverables
        results = [
            (
                "baseline: raw SELECT * FROM deliverables",
                timed(lambda: raw.execute("SELECT * FROM deliverables").fetchall()),
            ),
            ("count()", timed(d.count)),
            ("rows(limit=200), first page by due date", timed(lambda: d.rows(limit=200))),
            (
                "rows(offset=n-200, limit=200), last page",
                timed(lambda: d.rows(offset=n - 200, limit=200)),
            ),
            (
                "rows(sort=title, descending, limit=200)",
                timed(lambda: d.rows(sort="title", descending=True, limit=200)),
            ),
            (
                "rows(text='Deliverable 99', limit=200)",
                timed(lambda: d.rows(text="Deliverable 99", limit=200)),
            ),
            ("count(filters overdue=True)", timed(lambda: d.count(filters={"overdue": True}))),
            ("followup.overdue_deliverables()", timed(services.followup.overdue_deliverables)),
            (
                "export json (all records)",
                timed(lambda: write_export(services, Path(tmp) / "export.json"), repeat=1),
            ),
        ]
        raw.close()
        services.close()
    width = max(len(name) for name, _ in results)
    print(f"{'operation'.ljust(width)}  seconds")
    for name, seconds in results:
        print(f"{name.ljust(width)}  {seconds:8.3f}")


if __name__ == "__main__":
    main()
