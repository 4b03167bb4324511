"""Promise 2: two writers on overlapping records lose no update.

Two processes (and, separately, two Services objects in two threads of one process) edit
the notes of the same few partners for a bounded time. Every write either lands or ends in a
reported ConflictError; "database is locked" never surfaces. Afterwards, for each record, the
landed writes carry every version number from the first to the last exactly once, the record
holds the value of the write with the highest version, and the audit log has one entry per
landed write.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import _fresh_postgres
from unccd_desktop.services import Actor, open_services

from .support import REPO, copy_database
from .writer import edit_for

RECORDS = 4
DURATIONS = [pytest.param(0.7, id="fast"), pytest.param(30.0, id="full", marks=pytest.mark.slow)]


def prepare_postgres(url: str) -> str:
    target = _fresh_postgres(url)
    services = open_services(target, actor=Actor("tester", "test"), create=True)
    try:
        for n in range(RECORDS + 2):
            services.partners.create({"name": f"Shared partner {n}", "kind": "ngo"})
    finally:
        services.close()
    return target


def initial_state(target: str) -> dict[str, int]:
    services = open_services(target, actor=Actor("tester", "test"))
    try:
        uuids = [row["uuid"] for row in services.partners.rows(limit=RECORDS)]
        return {uuid: services.partners.get(uuid)["version"] for uuid in uuids}
    finally:
        services.close()


def check_no_lost_update(target: str, initial: dict[str, int], results: list[dict]) -> str:
    landed: dict[str, list[dict[str, Any]]] = {uuid: [] for uuid in initial}
    for result in results:
        assert result["messages"] == [], result["messages"]
        for write in result["landed"]:
            landed[write["uuid"]].append(write)
    services = open_services(target, actor=Actor("tester", "test"))
    try:
        for uuid, writes in landed.items():
            versions = sorted(w["version"] for w in writes)
            first = initial[uuid] + 1
            assert versions == list(range(first, first + len(writes))), f"lost update on {uuid}"
            record = services.partners.get(uuid)
            assert record["version"] == initial[uuid] + len(writes)
            if writes:
                last = max(writes, key=lambda w: w["version"])
                assert record["notes"] == last["value"]
            history = services.partners.history(uuid)
            notes_changes = [e for e in history if e.field == "notes" and e.action == "update"]
            assert len(notes_changes) == len(writes)
    finally:
        services.close()
    total = sum(len(r["landed"]) for r in results)
    conflicts = sum(r["conflicts"] for r in results)
    return f"{total} writes landed, {conflicts} reported conflicts, 0 lost, 0 'locked' errors"


def run_processes(target: str, uuids: list[str], seconds: float) -> list[dict]:
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.writer",
                target,
                name,
                str(seconds),
                str(seed),
                *uuids,
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed, name in enumerate(("alice", "bruno"))
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 120)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    return results


def run_threads(target: str, uuids: list[str], seconds: float) -> list[dict]:
    results: list[dict] = []
    errors: list[BaseException] = []

    def work(name: str, seed: int) -> None:
        try:
            results.append(edit_for(target, name, seconds, seed, uuids))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n, s)) for s, n in enumerate(("ana", "ben"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 120)
    assert errors == []
    return results


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_target(request: pytest.FixtureRequest, small_db: Path, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(copy_database(small_db, tmp_path / "shared.unccd"))
    return prepare_postgres(request.getfixturevalue("postgres_url"))


@pytest.mark.parametrize("seconds", DURATIONS)
@pytest.mark.parametrize("how", ["processes", "threads"])
def test_two_writers_lose_nothing(
    shared_target: str, how: str, seconds: float, figures: list[str]
) -> None:
    initial = initial_state(shared_target)
    uuids = list(initial)
    run = run_processes if how == "processes" else run_threads
    results = run(shared_target, uuids, seconds)
    assert all(r["landed"] for r in results), "each writer must land some writes"
    backend = "postgresql" if "://" in shared_target else "sqlite"
    summary = check_no_lost_update(shared_target, initial, results)
    figures.append(
        f"two writers ({how}, {backend}, {seconds:g} s, {len(uuids)} records): {summary}"
    )
