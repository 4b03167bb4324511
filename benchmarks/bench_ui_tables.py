"""The Deliverables list at 1,000 and 100,000 rows, start-up and memory of the window.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui_tables.py [--small N --big N]

Prints, in one run:
- time to open the Deliverables list (count, first page, painted), to scroll to its end and
  to apply a text filter, at the small and the big size, and the big/small ratio (target ≤ 1.5);
- start-up, from process start to the main window painted on the big database, against a
  bare PySide6 window process measured the same way (target ≤ 4×);
- peak memory (max RSS) of the app process with the big database open (target < 300 MB).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from statistics import median

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP_APP = """
import sys, time
t0 = float(sys.argv[2])
from PySide6.QtWidgets import QApplication
from unccd_desktop.services import open_services
from unccd_desktop.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(open_services(sys.argv[1]))
window.show_section("deliverable")
window.show()
window.repaint()
app.processEvents()
page = window.list_pages["deliverable"]
page.table.scrollToBottom()
page.table.viewport().repaint()
elapsed = time.time() - t0
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print(elapsed, peak)
"""

STARTUP_BARE = """
import sys, time
t0 = float(sys.argv[2])
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
window.show()
window.repaint()
app.processEvents()
elapsed = time.time() - t0
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print(elapsed, peak)
"""


def build(path: Path, deliverables: int) -> None:
    """A database with one initiative, 50 partners, 200 projects and the deliverables."""
    import sqlalchemy as sa

    from unccd_desktop.domain import Deliverable, Initiative, Partner, Project
    from unccd_desktop.services import Actor, open_services

    services = open_services(path, actor=Actor("bench", "bench"), create=True)
    words = ["report", "study", "guide", "workshop", "dataset", "drought", "land", "gender"]
    with services.db.write() as session:
        initiative = Initiative(name="Benchmark initiative")
        session.add(initiative)
        partners = [Partner(name=f"Partner {i}", kind="ngo", other_names="") for i in range(50)]
        session.add_all(partners)
        session.flush()
        projects = [
            Project(title=f"Project {i}", status="implementation", initiative_id=initiative.id)
            for i in range(200)
        ]
        session.add_all(projects)
        session.flush()
        start = date(2020, 1, 1)
        rows = [
            {
                "uuid": f"00000000-0000-4000-8000-{i:012d}",
                "title": f"{words[i % len(words)]} {words[(i // 8) % len(words)]} number {i}",
                "kind": "report",
                "status": ["planned", "in_progress", "submitted", "accepted"][i % 4],
                "progress_percent": i % 101,
                "due_on": start + timedelta(days=i % 3000),
                "project_id": projects[i % len(projects)].id,
                "responsible_partner_id": partners[i % len(partners)].id,
                "notes": "",
                "version": 1,
            }
            for i in range(deliverables)
        ]
        for chunk in range(0, len(rows), 10_000):
            session.execute(sa.insert(Deliverable), rows[chunk : chunk + 10_000])
    services.close()


def time_list(path: Path, repeats: int = 3) -> dict[str, float]:
    """Median seconds to open the list, scroll to its end, and filter it."""
    from PySide6.QtWidgets import QApplication

    from unccd_desktop.services import open_services
    from unccd_desktop.ui.entities import LISTS
    from unccd_desktop.ui.list_page import ListPage
    from unccd_desktop.ui.main_window import QUndoStack

    app = QApplication.instance() or QApplication([])
    services = open_services(path)
    stack = QUndoStack()
    results: dict[str, list[float]] = {"open": [], "scroll to end": [], "text filter": []}
    for _ in range(repeats):
        t = time.perf_counter()
        page = ListPage(services, LISTS["deliverable"], stack)
        page.resize(1280, 800)
        page.show()
        page.repaint()
        app.processEvents()
        results["open"].append(time.perf_counter() - t)
        t = time.perf_counter()
        page.table.scrollToBottom()
        page.table.viewport().repaint()
        app.processEvents()
        results["scroll to end"].append(time.perf_counter() - t)
        t = time.perf_counter()
        page.search.setText("drought number")
        page.apply_filters()
        page.table.viewport().repaint()
        app.processEvents()
        results["text filter"].append(time.perf_counter() - t)
        page.close()
        page.deleteLater()
        app.processEvents()
    services.close()
    return {k: median(v) for k, v in results.items()}


def startup(script: str, path: Path, repeats: int = 3) -> tuple[float, int]:
    """Median seconds from process start to a painted window; the largest peak RSS in KB
    (VmHWM of the child itself; ru_maxrss would count the parent's memory before exec)."""
    times, peaks = [], []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-X", "faulthandler", "-c", script, str(path), repr(time.time())],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        if out.returncode != 0:  # reported, not hidden: a crash at exit is a bug to look into
            tail = "\n".join(out.stderr.strip().splitlines()[-15:])
            print(f"warning: the measured process exited with {out.returncode}:\n{tail}")
            if not out.stdout.strip():
                continue
        elapsed, peak = out.stdout.strip().splitlines()[-1].split()
        times.append(float(elapsed))
        peaks.append(int(peak))
    return median(times), max(peaks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--big", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small.unccd", Path(tmp) / "big.unccd"
        t = time.perf_counter()
        build(small, args.small)
        build(big, args.big)
        print(f"built the databases in {time.perf_counter() - t:.1f} s")
        timings = {args.small: time_list(small), args.big: time_list(big)}
        bare, bare_rss = startup(STARTUP_BARE, big)
        app_time, app_rss = startup(STARTUP_APP, big)

    print()
    print(f"| Deliverables list | {args.small:,} rows | {args.big:,} rows | ratio (target ≤ 1.5) |")
    print("|---|---:|---:|---:|")
    for key in ("open", "scroll to end", "text filter"):
        a, b = timings[args.small][key], timings[args.big][key]
        print(f"| {key} | {a * 1000:.0f} ms | {b * 1000:.0f} ms | {b / a:.2f} |")
    print()
    print("| Start-up to a painted window | seconds |")
    print("|---|---:|")
    print(f"| bare PySide6 window (baseline) | {bare:.2f} |")
    print(f"| the app on {args.big:,} deliverables | {app_time:.2f} |")
    print(f"| ratio (target ≤ 4) | {app_time / bare:.2f} |")
    print()
    print(f"Peak memory (max RSS) of the app process: {app_rss / 1024:.0f} MB (target < 300 MB);")
    print(f"of the bare window process: {bare_rss / 1024:.0f} MB.")


if __name__ == "__main__":
    main()
