"""Team sync speed and memory on a large register, against plain SQLAlchemy Core copies.

    .venv/bin/python benchmarks/bench_sync.py [--deliverables N] [--changed N] [--repeat K]
        [--server URL] [--profile DIR] [--quick]

Fills a new team server (PostgreSQL: a throwaway one unless ``--server`` names one to make a
database on) with a register of N deliverables and the partners, focal points, agreements,
initiatives, projects and partner updates that go with them, written with SQLAlchemy Core
(building data is not what is measured). Then, each operation in a fresh child process (its
peak resident memory is the child's high-water mark):

- clone: ``services.sync.clone(server, file)``; baseline: the same tables
  (``copy.copied_tables()``) copied with plain Core select/insert into a new laptop file
  migrated beforehand;
- push + pull: laptop A changes ``--changed`` deliverables through the services (before the
  clock starts); ``A.sync.sync()`` pushes them, then ``B.sync.sync()`` pulls them; baseline:
  the same rows copied with plain Core select/update, A to the server, then the server to B.

The best time of ``--repeat`` runs is shown with the largest peak, and the CPU time of the
measuring process, which a busy machine disturbs less than the wall clock. Targets: at most
1.5 times the baseline, and under 300 MB. ``--profile DIR`` also runs each engine operation
once under cProfile (not timed) and writes ``clone.prof``, ``push.prof`` and ``pull.prof``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid as uuid_mod
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 1.5
TARGET_MB = 300
CHUNK = 5_000
COUNTRIES = ["KE", "SN", "BR", "IN", "DE", "FR", "CN", "MX", "EG", "AU", "BF", "NE", "ML", "ET"]
THEMES = ["ldn", "drought", "sds", "land_tenure", "gender", "youth", "migration"]


# ----- the register ----------------------------------------------------------------------


def new_database(admin_url: str) -> str:
    """A new empty database on the PostgreSQL server of ``admin_url``; its URL."""
    name = f"bench_{uuid_mod.uuid4().hex[:12]}"
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name


def _record(i: int, at: datetime) -> dict[str, Any]:
    return {
        "id": i,
        "uuid": str(uuid_mod.uuid4()),
        "created_at": at,
        "updated_at": at,
        "version": 1,
    }


def register_rows(deliverables: int) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(table, rows) of a register of ``deliverables`` deliverables, parents first."""
    from unccd_desktop.domain import (
        ActivityStatus,
        AgreementKind,
        AgreementStatus,
        DeliverableKind,
        DeliverableStatus,
        ParticipationRole,
        PartnerKind,
        PartyRole,
    )

    scale = deliverables / 100_000
    partners = max(12, round(800 * scale))
    agreements = max(6, round(2_000 * scale))
    initiatives = max(2, round(40 * scale))
    projects = max(4, round(2_500 * scale))
    at = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    kinds, statuses = list(PartnerKind), list(AgreementStatus)
    yield (
        "partners",
        [
            {
                **_record(i, at),
                "name": f"Partner organisation {i:05d}",
                "acronym": f"PO{i}" if i % 2 else None,
                "other_names": f"Alias {i}\nFormer name {i}" if i % 5 == 0 else "",
                "kind": kinds[i % len(kinds)],
                "hq_country": COUNTRIES[i % len(COUNTRIES)],
                "website": f"https://partner{i}.example.org" if i % 2 == 0 else None,
                "iati_org_id": f"XM-DAC-{41000 + i}" if i % 4 == 0 else None,
                "notes": "",
            }
            for i in range(1, partners + 1)
        ],
    )
    yield (
        "focal_points",
        [
            {
                **_record(2 * p - 1 + k, at),
                "partner_id": p,
                "name": f"Contact {k} of partner {p}",
                "title": "Programme officer",
                "email": f"contact{k}@partner{p}.example.org",
                "phone": "+254 20 000 0000",
                "is_primary": k == 0,
                "active": True,
                "notes": "",
            }
            for p in range(1, partners + 1)
            for k in (0, 1)
        ],
    )
    agreement_rows, parties = [], []
    for i in range(1, agreements + 1):
        signed = date(2018, 1, 1) + timedelta(days=(i * 3) % 2_500)
        agreement_rows.append(
            {
                **_record(i, at),
                "title": f"Memorandum of understanding {i:05d}",
                "reference": f"UNCCD/AGR/{i:05d}",
                "kind": list(AgreementKind)[i % len(AgreementKind)],
                "status": statuses[i % len(statuses)],
                "signed_on": signed,
                "effective_on": signed,
                "expires_on": signed + timedelta(days=3 * 365),
                "renewal_notice_days": 90,
                "parent_id": i - 1 if i % 10 == 0 else None,
                "notes": "",
            }
        )
        members = [(i % partners) + 1, ((i + 7) % partners) + 1, ((i + 13) % partners) + 1]
        roles = [PartyRole.SIGNATORY, PartyRole.IMPLEMENTER, PartyRole.FUNDER]
        for k in range(3 if i % 5 == 0 else 2):
            parties.append(
                {
                    "id": len(parties) + 1,
                    "agreement_id": i,
                    "partner_id": members[k],
                    "role": roles[k],
                    "signatory_name": f"Signatory {k}" if k == 0 else None,
                    "signed_on": signed if k == 0 else None,
                }
            )
    yield "agreements", agreement_rows
    yield "agreement_parties", parties
    yield (
        "initiatives",
        [
            {
                **_record(i, at),
                "name": f"Initiative {i:03d}",
                "launched_at": "COP15, Abidjan",
                "description": "Land restoration at scale.",
                "notes": "",
            }
            for i in range(1, initiatives + 1)
        ],
    )
    yield (
        "initiative_donors",
        [
            {"initiative_id": i, "partner_id": ((i * 5 + k) % partners) + 1}
            for i in range(1, initiatives + 1)
            for k in (0, 1)
        ],
    )
    yield (
        "initiative_phases",
        [
            {
                "id": 2 * i - 1 + k,
                "initiative_id": i,
                "position": k,
                "name": f"Phase {k + 1}",
                "start_year": 2020 + 3 * k,
                "end_year": 2022 + 3 * k,
            }
            for i in range(1, initiatives + 1)
            for k in (0, 1)
        ],
    )
    yield (
        "initiative_pillars",
        [
            {"id": 3 * i - 2 + k, "initiative_id": i, "position": k, "name": f"Pillar {k + 1}"}
            for i in range(1, initiatives + 1)
            for k in (0, 1, 2)
        ],
    )
    project_rows, participants, linked, countries, themes = [], [], [], [], []
    activity = list(ActivityStatus)
    for i in range(1, projects + 1):
        start = date(2019, 1, 1) + timedelta(days=(i * 5) % 1_800)
        project_rows.append(
            {
                **_record(i, at),
                "code": f"PRJ-{i:05d}",
                "title": f"Restoration project {i:05d}",
                "initiative_id": (i % initiatives) + 1,
                "status": activity[i % len(activity)],
                "planned_start": start,
                "planned_end": start + timedelta(days=1_095),
                "actual_start": start if i % 2 else None,
                "actual_end": None,
                "budget_amount": Decimal(250_000 + 1_000 * (i % 300)),
                "budget_currency": "USD" if i % 3 else "EUR",
                "notes": "",
            }
        )
        roles = [ParticipationRole.FUNDING, ParticipationRole.IMPLEMENTING]
        roles.append(ParticipationRole.ACCOUNTABLE)
        for k, role in enumerate(roles):
            participants.append(
                {
                    "id": len(participants) + 1,
                    "project_id": i,
                    "partner_id": ((i + 11 * k) % partners) + 1,
                    "role": role,
                }
            )
        linked.append({"project_id": i, "agreement_id": (i % agreements) + 1})
        for k in (0, 1):
            countries.append(
                {"project_id": i, "country_code": COUNTRIES[(i + 3 * k) % len(COUNTRIES)]}
            )
            themes.append({"project_id": i, "thematic_code": THEMES[(i + 2 * k) % len(THEMES)]})
    yield "projects", project_rows
    yield "project_participants", participants
    yield "project_agreements", linked
    yield "project_countries", countries
    yield "project_thematic_areas", themes
    statuses = list(DeliverableStatus)
    dkinds = list(DeliverableKind)
    updates = []
    for start in range(1, deliverables + 1, CHUNK):
        rows = []
        for i in range(start, min(start + CHUNK, deliverables + 1)):
            status = statuses[i % len(statuses)]
            due = date(2021, 1, 1) + timedelta(days=i % 2_500)
            done = status in (DeliverableStatus.SUBMITTED, DeliverableStatus.ACCEPTED)
            rows.append(
                {
                    **_record(i, at),
                    "title": f"Deliverable {i}: report on land degradation neutrality",
                    "kind": dkinds[i % len(dkinds)],
                    "project_id": None if i % 20 == 0 else (i % projects) + 1,
                    "agreement_id": (i % agreements) + 1 if i % 20 in (0, 1) else None,
                    "responsible_partner_id": (i % partners) + 1,
                    "due_on": due,
                    "status": status,
                    "progress_percent": 100 if done else (i * 7) % 100,
                    "submitted_on": due if done else None,
                    "accepted_on": due + timedelta(days=14)
                    if status == DeliverableStatus.ACCEPTED
                    else None,
                    "evidence_url": f"https://evidence.example.org/d/{i}" if done else None,
                    "notes": f"Notes for deliverable {i}" if i % 3 == 0 else "",
                }
            )
            if i % 50 == 0:
                updates.append(
                    {
                        "id": len(updates) + 1,
                        "uuid": str(uuid_mod.uuid4()),
                        "deliverable_id": i,
                        "partner_id": (i % partners) + 1,
                        "export_uuid": str(uuid_mod.uuid4()),
                        "batch_id": None,
                        "at": at,
                        "status": status.value,
                        "progress_percent": rows[-1]["progress_percent"],
                        "submitted_on": rows[-1]["submitted_on"],
                        "evidence_url": rows[-1]["evidence_url"],
                        "comment": "Sent with the partner's workbook.",
                    }
                )
        yield "deliverables", rows
    yield "partner_updates", updates


def fill_server(url: str, deliverables: int) -> dict[str, int]:
    """Write the register into the (migrated, empty) server; rows written per table."""
    from unccd_desktop.domain import Base

    tables = Base.metadata.tables
    written: dict[str, int] = {}
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for name, rows in register_rows(deliverables):
            if rows:
                conn.execute(tables[name].insert(), rows)
            written[name] = written.get(name, 0) + len(rows)
        for name in written:  # new rows made on the server continue after these ids
            if "id" in tables[name].c:
                conn.execute(
                    sa.text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
                    )
                )
    engine.dispose()
    return written


# ----- what each child process runs --------------------------------------------------------


def peak_mb() -> float:
    """This process's peak resident memory, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


class Clock:
    """Wall and CPU seconds of this process over a ``with`` block."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def figures(self, **more: Any) -> dict[str, Any]:
        return {"seconds": self.wall, "cpu": self.cpu, "peak_mb": peak_mb(), **more}


def import_engine(server: str) -> None:
    """Import the sync modules and the server's driver before the clock starts, as the
    baseline has its own imported: the figures are the work, not a first import."""
    import pkgutil

    from unccd_desktop.services import sync

    for module in pkgutil.iter_modules(sync.__path__):
        importlib.import_module(f"{sync.__name__}.{module.name}")
    sa.create_engine(server).dispose()


@contextmanager
def profiled(path: str | None) -> Iterator[None]:
    if path is None:
        yield
        return
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        profile.dump_stats(path)


def child_clone(job: dict[str, Any]) -> dict[str, Any]:
    """The engine's clone; then (untimed) the records read back through the services."""
    from unccd_desktop.services import Actor
    from unccd_desktop.services.sync import clone

    import_engine(job["server"])
    with Clock() as clock, profiled(job.get("profile")):
        services = clone(job["server"], Path(job["path"]), actor=Actor("bench", "bench"))
    figures = clock.figures()
    try:
        for entity, uuids in job["check"].items():
            for uuid in uuids:
                services.entity(entity).get(uuid)
        count = services.deliverables.count()
    finally:
        services.close()
    return {**figures, "deliverables": count}


def child_copy(job: dict[str, Any]) -> dict[str, Any]:
    """Baseline of clone: every copied table, plain Core select/insert."""
    from unccd_desktop.services.sync.copy import copied_tables

    source = sa.create_engine(job["server"])
    target = sa.create_engine(f"sqlite:///{job['path']}")
    rows = 0
    with Clock() as clock, source.connect() as src, target.begin() as dst:
        for table in copied_tables():
            result = src.execution_options(yield_per=CHUNK).execute(sa.select(table))
            for chunk in result.mappings().partitions():
                dst.execute(table.insert(), [dict(row) for row in chunk])
                rows += len(chunk)
    source.dispose()
    target.dispose()
    return clock.figures(rows=rows)


def child_sync(job: dict[str, Any]) -> dict[str, Any]:
    """One laptop's ``services.sync.sync()`` (the file opened and the engine imported before
    the clock starts)."""
    from unccd_desktop.services import Actor, open_services

    services = open_services(Path(job["path"]), actor=Actor(job["actor"], "bench"), backup=False)
    import_engine(job["server"])
    try:
        with Clock() as clock, profiled(job.get("profile")):
            result = services.sync.sync()
    finally:
        services.close()
    return clock.figures(pushed=result.pushed, pulled=result.pulled, status=result.status)


def child_rows(job: dict[str, Any]) -> dict[str, Any]:
    """Baseline of push or pull: the changed deliverables' rows, plain Core select/update."""
    from unccd_desktop.domain import Deliverable

    table = Deliverable.__table__
    columns = [c.name for c in table.c if c.name not in ("id", "uuid")]
    update = (
        table.update()
        .where(table.c.uuid == sa.bindparam("b_uuid"))
        .values({name: sa.bindparam(f"b_{name}") for name in columns})
    )
    source, target = sa.create_engine(job["source"]), sa.create_engine(job["target"])
    uuids = job["uuids"]
    with Clock() as clock, source.connect() as src, target.begin() as dst:
        for start in range(0, len(uuids), 500):
            rows = src.execute(sa.select(table).where(table.c.uuid.in_(uuids[start : start + 500])))
            params = [{f"b_{k}": v for k, v in row._mapping.items() if k != "id"} for row in rows]
            dst.execute(update, params)
    source.dispose()
    target.dispose()
    return clock.figures(rows=len(uuids))


CHILDREN = {"clone": child_clone, "copy": child_copy, "sync": child_sync, "rows": child_rows}


def in_child(kind: str, **job: Any) -> dict[str, Any]:
    """Run one operation in a fresh interpreter; its figures."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps({"kind": kind, **job})],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the {kind} run failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ----- the runs ------------------------------------------------------------------------------


class Figures:
    """Best time and largest peak over the repeats of one operation."""

    def __init__(self) -> None:
        self.seconds = self.cpu = float("inf")
        self.peak = 0.0

    def add(self, found: dict[str, Any]) -> None:
        self.seconds = min(self.seconds, found["seconds"])
        self.cpu = min(self.cpu, found["cpu"])
        self.peak = max(self.peak, found["peak_mb"])


def samples(server: str) -> dict[str, list[str]]:
    """A few records of each kind to read back on the clone, and deliverables spread over
    the register (ids) with one owned by an agreement only."""
    from unccd_desktop.domain import Agreement, Deliverable, Initiative, Partner, Project

    engine = sa.create_engine(server)
    out: dict[str, list[str]] = {}
    with engine.connect() as conn:
        for entity, model in (
            ("partner", Partner),
            ("agreement", Agreement),
            ("initiative", Initiative),
            ("project", Project),
            ("deliverable", Deliverable),
        ):
            top = conn.scalar(sa.select(sa.func.max(model.id)))
            ids = sorted({1, max(1, top // 2), top})
            out[entity] = list(conn.scalars(sa.select(model.uuid).where(model.id.in_(ids))))
        out["deliverable"] += list(
            conn.scalars(
                sa.select(Deliverable.uuid).where(Deliverable.project_id.is_(None)).limit(1)
            )
        )
    engine.dispose()
    return out


def change_deliverables(path: Path, count: int, round_no: int) -> list[str]:
    """An officer on laptop A changes ``count`` deliverables spread over the register (a
    status and a progress change each, through the services); their uuids."""
    from unccd_desktop.domain import Deliverable, DeliverableStatus
    from unccd_desktop.services import Actor, open_services

    services = open_services(path, actor=Actor("officer-a", "bench"), backup=False)
    try:
        with services.db.read() as session:
            uuids = list(session.scalars(sa.select(Deliverable.uuid).order_by(Deliverable.id)))
        step = max(1, len(uuids) // count)
        chosen = uuids[round_no % step :: step][:count]
        swap = {
            DeliverableStatus.PLANNED: DeliverableStatus.IN_PROGRESS,
            DeliverableStatus.IN_PROGRESS: DeliverableStatus.PLANNED,
        }
        for uuid in chosen:
            record = services.deliverables.get(uuid)
            changes: dict[str, Any] = {"progress_percent": (record["progress_percent"] + 1) % 101}
            if record["status"] in swap:
                changes["status"] = swap[record["status"]]
            services.deliverables.update(uuid, record["version"], changes)
    finally:
        services.close()
    return chosen


def laptop_file(server: str, path: Path) -> Path:
    """A laptop cloned from the server (for the push and pull runs; not timed)."""
    from unccd_desktop.services import Actor
    from unccd_desktop.services.sync import clone

    clone(server, path, actor=Actor("bench", "bench")).close()
    return path


def migrated_file(path: Path) -> Path:
    """A new laptop file migrated to the schema, for the baseline copy."""
    from unccd_desktop.services import Actor, open_services

    open_services(path, actor=Actor("bench", "bench"), create=True, backup=False).close()
    return path


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def measure_clone(
    args: argparse.Namespace, server: str, folder: Path, profile: Path | None
) -> tuple[Figures, Figures]:
    """The engine's clone and the baseline copy, one after the other, ``--repeat`` times."""
    check = samples(server)
    engine, baseline = Figures(), Figures()
    for k in range(args.repeat):
        found = in_child("clone", server=server, path=str(folder / f"clone{k}.unccd"), check=check)
        if found["deliverables"] != args.deliverables:
            raise SystemExit(f"the clone holds {found['deliverables']} deliverables")
        engine.add(found)
        remove(folder / f"clone{k}.unccd")
        target = migrated_file(folder / f"copy{k}.unccd")
        baseline.add(in_child("copy", server=server, path=str(target)))
        remove(target)
    if profile is not None:
        path = folder / "profiled.unccd"
        in_child(
            "clone", server=server, path=str(path), check=check, profile=str(profile / "clone.prof")
        )
        remove(path)
    return engine, baseline


def measure_sync(
    args: argparse.Namespace, server: str, folder: Path, profile: Path | None
) -> tuple[Figures, Figures, Figures, Figures]:
    """Push and pull of ``--changed`` deliverables and their baselines, ``--repeat`` rounds
    (another set of deliverables each round), then one profiled round if asked."""
    a = laptop_file(server, folder / "a.unccd")
    b = laptop_file(server, folder / "b.unccd")
    push, pull, push_base, pull_base = Figures(), Figures(), Figures(), Figures()
    rounds = args.repeat + (1 if profile is not None else 0)
    for k in range(rounds):
        profiling = profile is not None and k == rounds - 1
        uuids = change_deliverables(a, args.changed, k)
        pushed, pulled = (
            in_child(
                "sync",
                server=server,
                path=str(path),
                actor=actor,
                profile=str(profile / f"{name}.prof") if profiling else None,
            )
            for name, path, actor in (("push", a, "officer-a"), ("pull", b, "officer-b"))
        )
        if (pushed["pushed"], pulled["pulled"]) != (len(uuids), len(uuids)):
            raise SystemExit(
                f"pushed {pushed['pushed']}, pulled {pulled['pulled']} of {len(uuids)}"
            )
        if profiling:
            continue
        push.add(pushed)
        pull.add(pulled)
        push_base.add(in_child("rows", source=f"sqlite:///{a}", target=server, uuids=uuids))
        pull_base.add(in_child("rows", source=server, target=f"sqlite:///{b}", uuids=uuids))
    return push, pull, push_base, pull_base


def added(first: Figures, second: Figures) -> Figures:
    """Two operations one after the other: times added, the larger peak."""
    both = Figures()
    both.seconds, both.cpu = first.seconds + second.seconds, first.cpu + second.cpu
    both.peak = max(first.peak, second.peak)
    return both


def print_table(rows: list[tuple[str, Figures, Figures, bool]]) -> None:
    print("| operation | time (s) | baseline (s) | ratio | target | peak MB | met/missed |")
    print("|---|---|---|---|---|---|---|")
    for name, engine, base, targeted in rows:
        ratio = engine.seconds / base.seconds
        if targeted:
            target = f"≤ {TARGET_RATIO}×, < {TARGET_MB} MB"
            missed = [
                what
                for what, bad in (
                    ("time", ratio > TARGET_RATIO),
                    ("memory", engine.peak >= TARGET_MB),
                )
                if bad
            ]
            verdict = "missed (" + ", ".join(missed) + ")" if missed else "met"
        else:
            target, verdict = "(part of push + pull)", ""
        print(
            f"| {name} | {engine.seconds:.2f} | {base.seconds:.2f} | {ratio:.2f}× | {target} "
            f"| {engine.peak:.0f} | {verdict} |"
        )
    print(
        "\npeak MB of each baseline: "
        + ", ".join(f"{name} {base.peak:.0f} MB" for name, _e, base, _t in rows)
    )
    print(
        "CPU seconds of the measuring process (less sensitive to a busy machine), engine / "
        "baseline: " + ", ".join(f"{name} {e.cpu:.2f} / {b.cpu:.2f}" for name, e, b, _t in rows)
    )


def run(args: argparse.Namespace, admin_url: str, folder: Path) -> None:
    from unccd_desktop.services import Actor, open_services

    server = new_database(admin_url)
    open_services(server, actor=Actor("admin", "bench"), create=True).close()
    started = time.perf_counter()
    written = fill_server(server, args.deliverables)
    filled = time.perf_counter() - started
    profile = Path(args.profile) if args.profile else None
    if profile is not None:
        profile.mkdir(parents=True, exist_ok=True)
    clone, copy = measure_clone(args, server, folder, profile)
    push, pull, push_base, pull_base = measure_sync(args, server, folder, profile)
    print(
        f"\n{args.deliverables:,} deliverables ({sum(written.values()):,} rows in "
        f"{len(written)} tables, written in {filled:.1f} s); {args.changed:,} changed; "
        f"best of {args.repeat}"
    )
    print_table(
        [
            ("clone (services.sync.clone)", clone, copy, True),
            ("push (A.sync.sync())", push, push_base, False),
            ("pull (B.sync.sync())", pull, pull_base, False),
            ("push + pull", added(push, pull), added(push_base, pull_base), True),
        ]
    )
    if profile is not None:
        print(f"profiles: {profile}/clone.prof, push.prof, pull.prof")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliverables", type=int, help="default 100000 (quick: 300)")
    parser.add_argument("--changed", type=int, help="default 1000 (quick: 30)")
    parser.add_argument(
        "--repeat", type=int, help="runs of each, the best shown (quick: 1, else 3)"
    )
    parser.add_argument("--server", help="a PostgreSQL URL to make the database on")
    parser.add_argument("--profile", help="a folder for cProfile files of the engine's runs")
    parser.add_argument("--quick", action="store_true", help="a smoke run: small numbers")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        job = json.loads(args.child)
        print(json.dumps(CHILDREN[job.pop("kind")](job)))
        return
    if args.deliverables is None:
        args.deliverables = 300 if args.quick else 100_000
    if args.changed is None:
        args.changed = 30 if args.quick else 1_000
    if args.repeat is None:
        args.repeat = 1 if args.quick else 3
    with tempfile.TemporaryDirectory() as tmp:
        if args.server:
            run(args, args.server, Path(tmp))
            return
        from tests.support.postgres import throwaway_postgres

        with throwaway_postgres() as url:
            run(args, url, Path(tmp))


if __name__ == "__main__":
    main()
