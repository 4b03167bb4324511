"""Workbook exchange speed and memory, each against plain openpyxl in the same run.

    .venv/bin/python benchmarks/bench_excel_roundtrip.py [--deliverables 100000] [--repeat N]
    .venv/bin/python benchmarks/bench_excel_roundtrip.py --deliverables 20000 --only import

Builds a database (benchmarks.generate: one partner responsible for 20 % of the
deliverables), then measures, each in a fresh process so that peak memory (max RSS, the
interpreter and libraries included) belongs to that step alone:

- the partner update workbook of that partner, against writing the same cells with plain
  openpyxl write-only (target: at most 1.2 x, peak memory under 250 MB);
- the donor report of every deliverable, against the same (same targets);
- the dry-run import of the partner workbook after 10 % of its rows were edited (read, match,
  clean, compare, then every edited row written through the services and rolled back),
  against merely reading that file with openpyxl read_only=True (target: no slower);
- applying those edits, against the same updates made one by one through the services
  (what editing them in the app would do), each on a fresh copy of the database;
- the same dry run as a whole command, `unccd-desktop import FILE --json` from the start of
  the interpreter to its exit, against a whole process that only reads the file with openpyxl
  read_only=True (target: no slower). Both run as an installed application does, from
  bytecode compiled once (a cache folder of the run), not from sources compiled at each start.
  A third process only loads the modules the command loads, the floor of its time.

--deliverables 20000 gives the partner 4,000 rows; --only import measures the import steps
alone; --repeat N runs each step N times and keeps the fastest (the machine is shared: take
3 to 5). Figures: docs/workbook-exchange.md, "Speed".
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _query_rows(db: str, partner: str | None):
    """The deliverable rows the exports write, straight from SQL."""
    import sqlalchemy as sa

    from unccd_desktop.domain import Deliverable, Partner, Project
    from unccd_desktop.storage.database import Database

    database = Database(db)
    stmt = (
        sa.select(
            Deliverable.uuid,
            Deliverable.title,
            Project.title,
            Deliverable.due_on,
            Deliverable.status,
            Deliverable.progress_percent,
            Deliverable.submitted_on,
            Deliverable.evidence_url,
            Deliverable.notes,
        )
        .outerjoin(Project, Project.id == Deliverable.project_id)
        .order_by(Deliverable.due_on, Deliverable.id)
        .execution_options(yield_per=2000)
    )
    if partner:
        pid = sa.select(Partner.id).where(Partner.acronym == partner).scalar_subquery()
        stmt = stmt.where(Deliverable.responsible_partner_id == pid)
    with database.read() as session:
        for row in session.execute(stmt):
            yield [v.value if hasattr(v, "value") else v for v in row]
    database.dispose()


def _plain_write(db: str, out: Path, partner: str | None) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Deliverables")
    ws.append(["ID", "Title", "Project", "Due", "Status", "Progress", "Submitted", "URL", "Notes"])
    for row in _query_rows(db, partner):
        ws.append(row)
    wb.save(out)


def run_case(case: str, db: str, path: Path) -> None:
    from unccd_desktop.services import Actor, open_services

    def services():
        return open_services(db, actor=Actor("bench", "bench"), backup=False)

    t0 = time.perf_counter()
    if case == "partner":
        from unccd_desktop.excel.partner_workbook import export_partner_workbook, find_partner

        s = services()
        t0 = time.perf_counter()
        export_partner_workbook(s, find_partner(s, "BIG")["uuid"], path)
    elif case == "partner-baseline":
        _plain_write(db, path, "BIG")
    elif case == "donor":
        from unccd_desktop.excel.donor_report import export_donor_report

        s = services()
        t0 = time.perf_counter()
        export_donor_report(s, path)
    elif case == "donor-baseline":
        _plain_write(db, path, None)
    elif case == "import":
        from unccd_desktop.excel.importing import preview_import

        s = services()
        written = _audit_entries(s)
        t0 = time.perf_counter()
        report = preview_import(s, path)
        assert report.status == "clean", report.status
        summary = report.summary()
        assert summary["update"] > 0, summary
    elif case in ("apply", "apply-baseline"):
        from unccd_desktop.excel.importing import apply_import, preview_import

        s = services()
        report = preview_import(s, path)
        t0 = time.perf_counter()
        if case == "apply":
            apply_import(s, report)
        else:
            for row in report.rows:
                if row.action == "update":
                    changes = {name: change.new for name, change in row.changes.items()}
                    s.deliverables.update(row.id, row.version, changes)
    elif case == "import-baseline":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        for ws in wb.worksheets:
            for _row in ws.iter_rows(values_only=True):
                pass
        wb.close()
    seconds = time.perf_counter() - t0
    if case == "import":
        assert _audit_entries(s) == written, "the dry run is rolled back"
    peak_mb = _peak_rss_mb()
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def _audit_entries(services) -> int:
    import sqlalchemy as sa

    from unccd_desktop.domain import AuditEntry

    with services.db.read() as session:
        return session.scalar(sa.select(sa.func.count(AuditEntry.id)))


def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited on exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


APPLY_NAMES = {
    "apply-baseline": "apply: one update() per row, each its own transaction",
    "apply": "apply: apply_import (one transaction, audited batch)",
}


def measure(case: str, db: Path, path: Path, repeat: int = 1, copy_of: Path | None = None) -> dict:
    """The fastest of repeat runs of a step, each in a fresh process (and on a fresh copy of
    the database copy_of, when given)."""
    runs = []
    for _ in range(repeat):
        if copy_of is not None:
            shutil.copyfile(copy_of, db)
        out = subprocess.run(
            [sys.executable, __file__, "--case", case, "--db", str(db), "--file", str(path)],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return min(runs, key=lambda r: r["seconds"])


BARE_READ = """
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
for ws in wb.worksheets:
    for _row in ws.iter_rows(values_only=True):
        pass
wb.close()
"""


# What the import command loads before it does anything: the floor of its whole process.
LOAD_ONLY = "import unccd_desktop.cli, unccd_desktop.excel.importing, unccd_desktop.services"


def whole_processes(commands: list[list[str]], cache: Path, repeat: int) -> list[dict]:
    """For each command, the fastest of repeat runs of it whole, interpreter start to exit;
    the commands take turns, after one run each that compiles what they import into the cache
    folder (as installing a package does).

    No peak memory: a child's maximum resident size counts its parent's, from before exec.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    best = [float("inf")] * len(commands)
    for turn in range(repeat + 1):
        for index, command in enumerate(commands):
            t0 = time.perf_counter()
            subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
            if turn:
                best[index] = min(best[index], time.perf_counter() - t0)
    return [{"seconds": seconds, "peak_mb": None} for seconds in best]


def edit_tenth(source: Path, out: Path) -> int:
    """Change status and progress on every tenth row, as a partner would."""
    from openpyxl import load_workbook

    wb = load_workbook(source)
    ws = wb["Deliverables"]
    edited = 0
    for index, row in enumerate(ws.iter_rows(min_row=2), start=0):
        if index % 10 == 0:
            row[4].value = "accepted" if row[4].value != "accepted" else "submitted"
            row[5].value = 100 if row[5].value != 100 else 99
            edited += 1
    wb.save(out)
    return edited


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deliverables", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1, help="keep the fastest of N runs")
    parser.add_argument("--only", choices=["import"], help="only the import steps")
    parser.add_argument("--case")
    parser.add_argument("--db")
    parser.add_argument("--file", type=Path)
    args = parser.parse_args()
    if args.case:
        run_case(args.case, args.db, args.file)
        return
    from benchmarks.generate import generate

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.unccd"
        t0 = time.perf_counter()
        generate(db, args.deliverables)
        print(f"built {args.deliverables:,} deliverables in {time.perf_counter() - t0:.1f} s")
        partner, donor = folder / "partner.xlsx", folder / "donor.xlsx"
        n = args.repeat
        results = []
        if args.only is None:
            results += [
                (
                    "partner workbook: plain openpyxl write-only",
                    measure("partner-baseline", db, folder / "p0.xlsx", n),
                ),
                ("partner workbook: export_partner_workbook", measure("partner", db, partner, n)),
                (
                    "donor report: plain openpyxl write-only",
                    measure("donor-baseline", db, folder / "d0.xlsx", n),
                ),
                ("donor report: export_donor_report", measure("donor", db, donor, n)),
            ]
        else:
            measure("partner", db, partner)
        edited = folder / "partner-edited.xlsx"
        rows = edit_tenth(partner, edited)
        print(f"edited {rows:,} rows of the partner workbook")
        results += [
            ("import: openpyxl read_only, values only", measure("import-baseline", db, edited, n)),
            ("import: preview_import (dry run)", measure("import", db, edited, n)),
        ]
        if args.only is None:
            for case in ("apply-baseline", "apply"):
                copy = folder / f"{case}.unccd"
                results.append((APPLY_NAMES[case], measure(case, copy, edited, n, copy_of=db)))
        python = sys.executable
        bare, cli, modules = whole_processes(
            [
                [python, "-c", BARE_READ, str(edited)],
                [python, "-m", "unccd_desktop", "import", str(edited), "--db", str(db), "--json"],
                [python, "-c", LOAD_ONLY],
            ],
            folder / "bytecode",
            n,
        )
        results += [
            ("whole process: python + openpyxl read_only, values only", bare),
            ("whole process: unccd-desktop import FILE --json", cli),
            ("  of which: python loading the command's modules, nothing else", modules),
        ]
    width = max(len(name) for name, _ in results)
    print(f"{'step'.ljust(width)}  seconds  x base  peak MB")
    for index, (name, r) in enumerate(results):
        # each step against the one before it; the last (modules only) against the bare read
        base = results[min(index - index % 2, len(results) - 3)][1]["seconds"]
        ratio = r["seconds"] / base
        peak = "-" if r["peak_mb"] is None else f"{r['peak_mb']:.0f}"
        print(f"{name.ljust(width)}  {r['seconds']:7.2f}  {ratio:6.2f}  {peak:>7}")


if __name__ == "__main__":
    main()
