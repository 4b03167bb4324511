"""A large SQLite database for the benchmarks: partners, a donor, projects and deliverables.

    .venv/bin/python -m benchmarks.generate --db PATH --deliverables N [--share 0.2]

One partner ("Big Implementer", acronym BIG) is responsible for a share of the deliverables
(20 % by default); the others are spread over 19 partners. A donor (acronym DONOR) funds
every project. Records go through the services; the deliverables are bulk-inserted with SQL,
since building data is not what the benchmarks measure.
"""

from __future__ import annotations

import argparse
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

from unccd_desktop.services import Actor, open_services

STATUSES = ["planned", "in_progress", "submitted", "accepted", "cancelled"]


def generate(path: Path, deliverables: int, share: float = 0.2, projects: int = 100) -> None:
    if path.exists():
        raise SystemExit(f"{path} exists; choose a new file.")
    services = open_services(path, actor=Actor("bench", "bench"), create=True)
    try:
        big = services.partners.create({"name": "Big Implementer", "acronym": "BIG", "kind": "ngo"})
        donor = services.partners.create(
            {"name": "Example Donor Ministry", "acronym": "DONOR", "kind": "government"}
        )
        others = [
            services.partners.create({"name": f"Partner {i:02d}", "kind": "ngo"}) for i in range(19)
        ]
        for i in range(3):
            services.focal_points.create(
                {"partner": big["uuid"], "name": f"Contact {i}", "email": f"c{i}@big.example"}
            )
        initiative = services.initiatives.create(
            {"name": "Benchmark Initiative", "donors": [donor["uuid"]]}
        )
        project_uuids = [
            services.projects.create(
                {
                    "title": f"Project {i:03d}",
                    "initiative": initiative["uuid"],
                    "budget_amount": "250000.00",
                    "budget_currency": "USD",
                    "participants": [{"partner": donor["uuid"], "role": "funding"}],
                }
            )["uuid"]
            for i in range(projects)
        ]
    finally:
        services.close()
    raw = sqlite3.connect(path)
    project_ids = dict(raw.execute("SELECT uuid, id FROM projects"))
    partner_ids = dict(raw.execute("SELECT uuid, id FROM partners"))
    big_id = partner_ids[big["uuid"]]
    other_ids = [partner_ids[p["uuid"]] for p in others]
    big_every = max(1, round(1 / share)) if share > 0 else 0
    start = date(2020, 1, 1)
    rows = []
    for i in range(deliverables):
        responsible = big_id if big_every and i % big_every == 0 else other_ids[i % len(other_ids)]
        rows.append(
            (
                str(uuid.uuid4()),
                f"Deliverable {i}: report on land degradation neutrality",
                "report",
                project_ids[project_uuids[i % projects]],
                responsible,
                (start + timedelta(days=i % 2500)).isoformat(),
                STATUSES[i % 5],
                (i * 7) % 101,
                f"Notes for deliverable {i}" if i % 3 == 0 else "",
            )
        )
    raw.executemany(
        "INSERT INTO deliverables (uuid, title, kind, project_id, responsible_partner_id, due_on,"
        " status, progress_percent, notes, created_at, updated_at, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)",
        rows,
    )
    raw.commit()
    raw.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--deliverables", type=int, default=100_000)
    parser.add_argument("--share", type=float, default=0.2, help="share of the BIG partner")
    args = parser.parse_args()
    generate(args.db, args.deliverables, args.share)
    print(f"Wrote {args.db} with {args.deliverables:,} deliverables.")


if __name__ == "__main__":
    main()
