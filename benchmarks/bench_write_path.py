"""Does the window keep turning while a long import is written? Measured against the old way.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_write_path.py [--deliverables N]

Builds a database (benchmarks.generate; partner BIG is responsible for 20 % of the
deliverables), exports BIG's update workbook, sets the status of every row as the partner
would, previews the import, then applies it twice, each time on a fresh copy of the database
and with a 5 ms timer ticking on the GUI thread:

- baseline: the apply called on the GUI thread (how import apply, save, delete and undo ran
  before the write path);
- write path: the apply queued on the database worker (``Operations.write``, as the import
  preview's Apply does), with a save of another record queued behind it.

It prints the time until everything landed and the longest gap between two timer ticks, the
time the window could not repaint or take a key (target: under 100 ms on the write path), and
how long a full garbage collection takes once the write is done (the collector is paused
during long writes; that is the pause it may cost later, when the window is idle or busy).
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_MS = 100


def _edited_workbook(db: Path, folder: Path) -> Path:
    import openpyxl

    from benchmarks.generate import generate  # noqa: F401 (documents where the data comes from)
    from unccd_desktop.excel.partner_workbook import export_partner_workbook, find_partner
    from unccd_desktop.services import open_services

    services = open_services(db, backup=False)
    try:
        big = find_partner(services, "BIG")
        exported = export_partner_workbook(services, big["uuid"], folder / "big.xlsx")
    finally:
        services.close()
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    headers = [c.value for c in ws[1]]
    status = headers.index("Status")
    for row in ws.iter_rows(min_row=2):
        row[status].value = "submitted" if row[status].value != "submitted" else "in_progress"
    out = folder / "big-returned.xlsx"
    wb.save(out)
    return out


class Ticks:
    """A 5 ms timer on the GUI thread; the longest gap between two of its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[int] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.gaps.append(self.clock.restart()))

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        self.gaps.append(self.clock.elapsed())
        return max(self.gaps)


def run(copy: Path, workbook: Path, on_worker: bool) -> tuple[float, int, int, int]:
    """Apply the import (and, on the worker, queue a save behind it): seconds until all
    landed, the longest gap (ms), rows written, and a full collection afterwards (ms)."""
    from PySide6.QtWidgets import QApplication

    from unccd_desktop.excel.importing import apply_import, preview_import
    from unccd_desktop.services import open_services
    from unccd_desktop.ui.main_window import settle_memory
    from unccd_desktop.ui.operations import Operations

    app = QApplication.instance() or QApplication([])
    services = open_services(copy, backup=False)
    try:
        settle_memory()  # as the window does once the database is open
        report = preview_import(services, workbook)
        rows = report.summary()["update"]
        other = services.partners.rows(limit=1)[0]
        ticks = Ticks()
        ops = Operations(services)
        ticks.start()
        started = time.perf_counter()
        if on_worker:
            ops.write(None, lambda _task: apply_import(services, report), label="Importing…")
            ops.write(
                None,
                lambda _task: services.partners.update(
                    other["uuid"], services.partners.get(other["uuid"])["version"], {"notes": "x"}
                ),
            )
            while ops.pending:
                app.processEvents()
                time.sleep(0.001)
        else:
            app.processEvents()
            apply_import(services, report)
            app.processEvents()
        seconds = time.perf_counter() - started
        app.processEvents()
        longest = ticks.stop()
        ops.wait()
        report = None  # the preview, let go of as the dialog closes
        started = time.perf_counter()
        gc.collect()  # the full collection that comes some time after the write, at worst
        after = round((time.perf_counter() - started) * 1000)
        return seconds, longest, rows, after
    finally:
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliverables", type=int, default=20_000)
    args = parser.parse_args()
    from benchmarks.generate import generate

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.unccd"
        generate(db, args.deliverables)
        workbook = _edited_workbook(db, folder)
        results = {}
        for name, on_worker in (
            ("baseline: apply on the GUI thread", False),
            ("write path: worker, a save queued", True),
        ):
            copy = folder / f"{on_worker}.unccd"
            shutil.copyfile(db, copy)
            results[name] = run(copy, workbook, on_worker)
    print(f"\n{args.deliverables} deliverables; import of BIG's workbook")
    print(
        "| how | rows updated | until all landed (s) | longest event-loop gap (ms) "
        "| full collection afterwards (ms) |"
    )
    print("|---|---|---|---|---|")
    for name, (seconds, longest, rows, after) in results.items():
        print(f"| {name} | {rows} | {seconds:.2f} | {longest} | {after} |")
    longest = results["write path: worker, a save queued"][1]
    verdict = "met" if longest < TARGET_MS else "MISSED"
    print(f"\ntarget: longest gap under {TARGET_MS} ms on the write path: {verdict}")


if __name__ == "__main__":
    main()
