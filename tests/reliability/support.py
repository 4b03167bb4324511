"""Helpers shared by the reliability tests: the real CLI in a subprocess, exports, big data."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from unccd_desktop.paths import migrations_dir
from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.demo import populate_demo
from unccd_desktop.services.export_json import export_all
from unccd_desktop.services.maintenance import check_database
from unccd_desktop.storage.database import Database
from unccd_desktop.storage.migrations import head_revision

CLI = [sys.executable, "-m", "unccd_desktop"]
PROBE_CLI = [sys.executable, "-m", "tests.reliability.probe_cli"]
REPO = Path(__file__).resolve().parents[2]
PROBE_REVISION = "9001"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``unccd-desktop ARGS`` in this process, capturing its output and exit code.

    The command line's own error handling is what is tested: any exception it lets through
    fails the test with its traceback. (The crash tests run it in real subprocesses.)
    """
    from unccd_desktop import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return subprocess.CompletedProcess(
        ["unccd-desktop", *args], code, out.getvalue(), err.getvalue()
    )


@dataclass
class KillResult:
    """What happened to one process started and sent SIGKILL after ``delay`` seconds."""

    delay: float
    killed: bool  # True only when the signal ended it; False when it had finished first
    returncode: int
    ran_for: float  # seconds from the start of the delay (process start or marker) to its end
    stderr: str = ""


def run_and_kill(argv: list[str], delay: float, after: Path | None = None) -> KillResult:
    """Start ``argv`` and SIGKILL it ``delay`` seconds after it starts (or, with ``after``,
    after that file appears), unless it finished before."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.DEVNULL, stderr=err)
        if after is not None:
            while not after.exists() and proc.poll() is None:
                time.sleep(0.0005)
        clock = time.monotonic()
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)  # does nothing if it has just finished
            proc.wait()
        ran_for = time.monotonic() - clock
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    killed = proc.returncode == -signal.SIGKILL
    return KillResult(delay, killed, proc.returncode, ran_for, stderr)


@dataclass
class Moment:
    """When to kill: ``delay`` seconds after the process starts, or with ``after_marker``
    after the file the command writes when it starts its real work appears."""

    after_marker: bool
    delay: float


class KillPlan:
    """Kill moments until ``kills`` processes were really ended by SIGKILL.

    Half the moments are uniform over the part of an uninterrupted run (timed once on
    ``argv``) after the interpreter has started; with ``marker``, the other half fall within
    ``window`` seconds after the command's marker file appears. A run that finishes before
    its signal must leave ``done`` (the outcome of an uninterrupted run) and is not counted:
    it is retried at an earlier moment of the same kind. A test that cannot reach ``kills``
    within ``MAX_ATTEMPTS_PER_KILL * kills + 10`` attempts fails.
    """

    MAX_ATTEMPTS_PER_KILL = 3

    def __init__(
        self,
        argv: list[str],
        kills: int,
        seed: int,
        *,
        done: str,
        marker: bool = False,
        window: float = 0.3,
    ) -> None:
        self.began = time.monotonic()
        self.start, self.full = startup_time(), timed_run(argv)
        self.kills, self.done, self.marker, self.window = kills, done, marker, window
        self.rng = random.Random(seed)
        self.outcomes: Counter[str] = Counter()  # what the killed runs left, by kind
        self.killed = self.finished = 0
        self.max_attempts = self.MAX_ATTEMPTS_PER_KILL * kills + 10
        self._next: Moment | None = None

    def __iter__(self) -> Iterator[tuple[int, Moment]]:
        """(attempt number, moment) until enough kills; fails the test past the cap."""
        attempt = 0
        while self.killed < self.kills:
            if attempt >= self.max_attempts:
                pytest.fail(
                    f"only {self.killed} of the {self.kills} processes needed were killed in "
                    f"{attempt} attempts: the other {self.finished} finished before the signal"
                )
            moment = self._next or self._fresh()
            self._next = moment
            yield attempt, moment
            attempt += 1

    def _fresh(self) -> Moment:
        if self.marker and self.killed % 2:
            return Moment(True, self.rng.uniform(0, self.window))
        return Moment(False, self.rng.uniform(self.start * 0.9, self.full))

    def record(self, result: KillResult, outcome: str) -> None:
        """Count a killed run's outcome; a run that finished first makes the next attempt an
        earlier moment of the same kind."""
        moment = self._next
        assert moment is not None, "record() follows a moment of the plan"
        if result.killed:
            self.killed += 1
            self.outcomes[outcome] += 1
            self._next = None
            return
        assert outcome == self.done, f"a run that finished left {outcome!r}, not {self.done!r}"
        self.finished += 1
        low = 0.0 if moment.after_marker else min(self.start * 0.9, result.ran_for / 2)
        self._next = Moment(moment.after_marker, self.rng.uniform(low, result.ran_for * 0.9))

    def summary(self, what: str) -> str:
        """The figures line: real kills, attempts, what the killed runs left, time taken."""
        parts = ", ".join(f"{count} {name}" for name, count in sorted(self.outcomes.items()))
        kills, attempts = self.killed, self.killed + self.finished
        return (
            f"{what}: {kills} kill{'s' * (kills != 1)} in {attempts} "
            f"attempt{'s' * (attempts != 1)} ({self.finished} finished before the signal, "
            f"retried earlier); all consistent: {parts}; {time.monotonic() - self.began:.0f} s"
        )


def timed_run(argv: list[str]) -> float:
    """Seconds ``argv`` takes to run to completion (it must succeed)."""
    start = time.monotonic()
    subprocess.run(argv, cwd=REPO, check=True, capture_output=True, timeout=300)
    return time.monotonic() - start


def startup_time() -> float:
    """Seconds the interpreter needs to import the command line and the services."""
    return timed_run(
        [sys.executable, "-c", "import unccd_desktop.cli, unccd_desktop.services, alembic.command"]
    )


def export_of(target: str | Path, *, include_timestamps: bool = True) -> str:
    """``export json`` of a database as text, read without migrating or writing anything."""
    db = Database(target)
    try:
        data = export_all(Services(db, Actor("checker", "test")), include_timestamps=True)
    finally:
        db.dispose()
    if not include_timestamps:
        data = strip_timestamps(data)
    return json.dumps(data, ensure_ascii=False, indent=2)


# What a write mints at its moment: timestamps, and a partner update's own id and time.
MINTED = {"created_at", "updated_at"}
MINTED_BY_LIST = {"partner_updates": MINTED | {"uuid", "at"}}


def strip_timestamps(data: dict) -> dict:
    out = dict(data)
    for key, value in data.items():
        if isinstance(value, list):
            minted = MINTED_BY_LIST.get(key, MINTED)
            out[key] = [{k: v for k, v in rec.items() if k not in minted} for rec in value]
    return out


def check_problems(target: str | Path) -> list[str]:
    """What ``db check`` reports for a database (an empty list when it passes)."""
    db = Database(target)
    try:
        return check_database(Services(db, Actor("checker", "test"))).problems
    finally:
        db.dispose()


def sqlite_dump(path: Path) -> list[str]:
    """Every statement of a SQLite file's content (schema and rows), in a stable order."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def sqlite_revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def copy_database(source: Path, target: Path) -> Path:
    """Copy a closed SQLite database file (no WAL beside it) to ``target``."""
    assert not Path(f"{source}-wal").exists(), "copy a closed database only"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


BUSY_PARTNER = "Generated partner 00000"


def build_sizeable_database(path: Path, extra_partners: int = 1500) -> Path:
    """The demo data plus many generated partners, projects and deliverables, then closed.

    The first generated partner (BUSY_PARTNER) is responsible for every generated deliverable,
    so its partner update workbook has one row per generated partner.
    """
    svc = open_services(path, actor=Actor("builder", "test"), create=True)
    try:
        populate_demo(svc.with_actor(Actor("builder", "demo")))
        with svc.db.write() as session:
            busy = None
            for n in range(extra_partners):
                partner = svc.partners.create_in(
                    session,
                    {
                        "name": f"Generated partner {n:05d}",
                        "acronym": f"GP{n}",
                        "kind": "ngo",
                        "notes": "generated for reliability tests " * 3,
                    },
                )
                busy = busy or partner["uuid"]
                project = svc.projects.create_in(
                    session,
                    {
                        "title": f"Generated project {n:05d}",
                        "countries": ["KE", "SN"],
                        "participants": [{"partner": partner["uuid"], "role": "implementing"}],
                        "budget_amount": Decimal("12345.67"),
                        "budget_currency": "USD",
                    },
                )
                svc.deliverables.create_in(
                    session,
                    {
                        "title": f"Generated report {n:05d}",
                        "project": project["uuid"],
                        "due_on": date(2027, 1 + n % 12, 1 + n % 28),
                        "responsible_partner": busy or partner["uuid"],
                    },
                )
    finally:
        svc.close()
    return path


def probe_migrations(folder: Path) -> Path:
    """The shipped migrations plus a test-only revision that rebuilds the busiest tables.

    SQLite cannot alter columns in place: Alembic's batch mode copies each table to a new one,
    drops the old and renames. The probe revision does that to ``partners`` and ``projects``
    (both referenced by other tables, ``projects`` with ON DELETE CASCADE children) and
    rewrites a column of every partner row, which is the riskiest kind of migration to crash
    in or to get wrong.
    """
    shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{PROBE_REVISION}_reliability_probe.py").write_text(
        PROBE_TEMPLATE.format(revision=PROBE_REVISION, down=head_revision()), encoding="utf-8"
    )
    return folder


PROBE_TEMPLATE = '''"""reliability probe (test only)"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("partners", "projects"):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("probe", sa.Integer(), nullable=True))
    op.execute("UPDATE partners SET probe = length(name) + id")


def downgrade() -> None:
    for table in ("projects", "partners"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("probe")
'''


def probe_env(folder: Path) -> dict[str, str]:
    return {**os.environ, "UNCCD_TEST_MIGRATIONS": str(folder)}


def digest_of_folder(folder: Path) -> dict[str, str]:
    """Name -> SHA-256 of every file in ``folder`` (to prove nothing was written)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def edit_partner_workbook(source: Path, out: Path, note: str) -> Path:
    """What a partner does offline: progress and notes changed on every deliverable row."""
    import openpyxl

    wb = openpyxl.load_workbook(source)
    ws = wb["Deliverables"]
    headers = [str(c.value or "").strip().lower() for c in ws[1]]
    progress = next(i for i, h in enumerate(headers) if h.startswith("progress"))
    notes = headers.index("comments")
    for n, row in enumerate(ws.iter_rows(min_row=2)):
        if row[0].value:
            row[progress].value = 40 + n % 60
            row[notes].value = f"{note} {n}"
    wb.save(out)
    wb.close()
    return out
