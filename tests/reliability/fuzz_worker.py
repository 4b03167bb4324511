"""Runs mutated partner update workbooks through the importer, one after the other.

python -m tests.reliability.fuzz_worker DB BASE_DIR FIRST_SEED COUNT FAILURES_DIR

Each case is previewed (a dry run); a rejected or error-holding report is also given to
apply, which must refuse it. Every case prints one JSON line: seed, level, outcome, seconds,
peak memory. The database must not change: a fingerprint is compared after every case and
the whole export at the end. Run under an address-space limit set by the caller.
"""

from __future__ import annotations

import json
import resource
import shutil
import signal
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from unccd_desktop.errors import UserError
from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.export_json import export_all

from .mutate import LEVELS, mutate

CASE_SECONDS = 30

FINGERPRINT = """
SELECT (SELECT count(*) FROM audit_entries), (SELECT count(*) FROM import_batches),
       (SELECT total(version) FROM deliverables), (SELECT count(*) FROM focal_points),
       (SELECT total(version) FROM focal_points), (SELECT total(version) FROM partners)
"""


def fingerprint(db: Path) -> tuple:
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(FINGERPRINT).fetchone())
    finally:
        conn.close()


def _timeout(_signum: int, _frame: object) -> None:
    raise TimeoutError(f"a case took more than {CASE_SECONDS} s")


def main(db: Path, bases: list[Path], first: int, count: int, failures: Path) -> int:
    signal.signal(signal.SIGALRM, _timeout)
    services = open_services(db, actor=Actor("fuzzer", "test"), backup=False)
    before_all = export_all(services)
    work = failures.parent / "cases"
    work.mkdir(parents=True, exist_ok=True)
    bad = 0
    for seed in range(first, first + count):
        level = LEVELS[seed % len(LEVELS)]
        case = work / f"case-{seed}.xlsx"
        case.write_bytes(mutate(bases[seed % len(bases)].read_bytes(), level, seed))
        before = fingerprint(db)
        start = time.monotonic()
        outcome = ""
        signal.alarm(CASE_SECONDS)
        try:
            report = preview_import(services, case)
            outcome = report.status
            if report.status in ("rejected", "has_errors"):
                try:
                    apply_import(services, report)
                    outcome = "applied a bad report"
                except UserError:
                    pass
        except UserError:
            outcome = "rejected by an error"
        except (Exception, MemoryError) as exc:  # a crash: keep the file to reproduce it
            outcome = f"crash: {type(exc).__name__}: {exc}"
            shutil.copy(case, failures / case.name)
            (failures / f"{case.name}.txt").write_text(traceback.format_exc())
        finally:
            signal.alarm(0)
        seconds = time.monotonic() - start
        if fingerprint(db) != before:
            outcome = f"changed the database ({outcome})"
        ok = not outcome.startswith(("crash", "changed", "applied"))
        bad += not ok
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            json.dumps(
                {
                    "seed": seed,
                    "level": level,
                    "outcome": outcome,
                    "ok": ok,
                    "seconds": round(seconds, 3),
                    "peak_mb": round(peak_mb),
                }
            ),
            flush=True,
        )
        case.unlink()
    unchanged = export_all(services) == before_all
    services.close()
    print(json.dumps({"export_unchanged": unchanged}), flush=True)
    return 1 if bad or not unchanged else 0


if __name__ == "__main__":
    db_arg, base_dir, first_arg, count_arg, failures_arg = sys.argv[1:]
    bases_found = sorted(Path(base_dir).glob("*.xlsx"))
    sys.exit(main(Path(db_arg), bases_found, int(first_arg), int(count_arg), Path(failures_arg)))
