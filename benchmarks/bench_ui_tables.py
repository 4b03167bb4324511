"""The Deliverables list at 1,000 and 100,000 rows, start-up and memory of the window.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui_tables.py
          [--small N --big N --repeats N]

Prints, in one run:
- time to open the Deliverables list (count, first page, painted), to scroll to its end and
  to apply a text filter, at the small and the big size, and the big/small ratio (target ≤ 1.5);
- start-up of the app as started by an officer (ui.app.run on the big database, the
  Deliverables list last shown), from process start to its main window's first paint, to
  the Deliverables table painted with rows (target ≤ 3×; the list left open last shows its
  first rows read only while the data layer loads: ui/list_preview.py), and to the list
  ready to use, against a bare PySide6 window process measured the same way;
- peak memory (max RSS) of the app process with the big database open (target < 300 MB);
- the load of the machine (1-minute load average) before and after: the figures are medians
  of the repeats, yet a busy machine slows the app, which does more, more than the baseline.
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

# Both processes note, from an application-wide event filter, when the first paint event of
# their main window arrives; the app also notes when the Deliverables table paints its rows.
WATCH = """
import sys, time
t0 = float(sys.argv[2])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
marks = {}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType():
            now = time.time() - t0
            if isinstance(obj.window(), QMainWindow):
                marks.setdefault("window", now)
            table = obj.parent()
            if isinstance(table, QTableView) and table.model() and table.model().rowCount() > 0:
                marks.setdefault("rows", now)
                if table.objectName() != "list-preview":
                    marks.setdefault("ready", now)
            if all(key in marks for key in WANTED) and not marks.get("closing"):
                marks["closing"] = True
                QTimer.singleShot(0, obj.window().close)  # as a user closes: layout saved
        return False
def report():
    peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
    print(*(f"{marks[key]:.4f}" for key in WANTED), peak)
app = QApplication([])
watch = Watch()
app.installEventFilter(watch)
"""

# The app as an officer starts it: ui.app.run() on the database, with the Deliverables list
# last shown (the settings file says so) and, after the uncounted first run, its column layout
# kept from the run before.
STARTUP_APP = (
    WATCH.replace("WANTED", "('window', 'rows', 'ready')")
    + """
from unccd_desktop.ui.app import run
run(sys.argv[1])
report()
"""
)

STARTUP_BARE = (
    WATCH.replace("WANTED", "('window',)")
    + """
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
window.show()
app.exec()
report()
"""
)


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
    from unccd_desktop.ui.operations import Operations

    app = QApplication.instance() or QApplication([])
    services = open_services(path)
    ops = Operations(services)
    results: dict[str, list[float]] = {"open": [], "scroll to end": [], "text filter": []}
    for _ in range(repeats):
        t = time.perf_counter()
        page = ListPage(ops, LISTS["deliverable"])
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


def startup(script: str, path: Path, repeats: int = 5) -> tuple[list[float], int]:
    """Median seconds from process start to each mark; the largest peak RSS in KB (VmHWM of
    the child itself; ru_maxrss would count the parent's memory before exec)."""
    marks: list[list[float]] = []
    peaks = []
    with tempfile.TemporaryDirectory() as config, tempfile.TemporaryDirectory() as pycache:
        folder = Path(config) / "unccd-desktop"
        folder.mkdir()
        (folder / "settings.ini").write_text("[window]\nsection=deliverable\n")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": config,
            "XDG_CACHE_HOME": config,  # the list's first-page query, kept from the run before
        }
        # As on an officer's machine, modules load from their compiled bytecode: the first,
        # uncounted run writes it (into a folder of its own, whatever this shell says).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
        for run in range(repeats + 1):
            out = subprocess.run(
                [sys.executable, "-X", "faulthandler", "-c", script, str(path), repr(time.time())],
                capture_output=True,
                text=True,
                env=env,
            )
            if out.returncode != 0:  # reported, not hidden: a crash at exit is a bug to see to
                tail = "\n".join(out.stderr.strip().splitlines()[-15:])
                print(f"warning: the measured process exited with {out.returncode}:\n{tail}")
                if not out.stdout.strip():
                    continue
            if run == 0:
                continue
            *times, peak = out.stdout.strip().splitlines()[-1].split()
            marks.append([float(t) for t in times])
            peaks.append(int(peak))
    return [median(column) for column in zip(*marks, strict=True)], max(peaks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument(
        "--repeats",
        type=int,
        default=5,
        help="timings of each list step, start-ups of each process",
    )
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small.unccd", Path(tmp) / "big.unccd"
        t = time.perf_counter()
        build(small, args.small)
        build(big, args.big)
        print(f"built the databases in {time.perf_counter() - t:.1f} s")
        timings = {
            args.small: time_list(small, args.repeats),
            args.big: time_list(big, args.repeats),
        }
        (bare,), bare_rss = startup(STARTUP_BARE, big, args.repeats)
        (window, rows, ready), app_rss = startup(STARTUP_APP, big, args.repeats)

    print()
    print(f"| Deliverables list | {args.small:,} rows | {args.big:,} rows | ratio (target ≤ 1.5) |")
    print("|---|---:|---:|---:|")
    for key in ("open", "scroll to end", "text filter"):
        a, b = timings[args.small][key], timings[args.big][key]
        print(f"| {key} | {a * 1000:.0f} ms | {b * 1000:.0f} ms | {b / a:.2f} |")
    print()
    print(f"| Start-up, from process start, on {args.big:,} deliverables | seconds | ratio |")
    print("|---|---:|---:|")
    print(f"| bare PySide6 window painted (baseline) | {bare:.3f} | 1.00 |")
    print(
        f"| the app's main window painted, opening the database | {window:.3f} | "
        f"{window / bare:.2f} |"
    )
    print(
        f"| the Deliverables list painted with its rows (read only while the database opens) "
        f"| {rows:.3f} | {rows / bare:.2f} |"
    )
    print(
        f"| the Deliverables list ready to use (filters, editor) | {ready:.3f} | "
        f"{ready / bare:.2f} |"
    )
    print()
    print(f"Peak memory (max RSS) of the app process: {app_rss / 1024:.0f} MB (target < 300 MB);")
    print(f"of the bare window process: {bare_rss / 1024:.0f} MB.")
    print(f"Load average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after.")


if __name__ == "__main__":
    main()
