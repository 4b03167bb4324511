"""Promise: a team of laptops working offline on the same records, syncing in any order, some
syncs killed, conflicts resolved either way, ends level: every laptop equals the server, and
every edit reached the server, was superseded by a later edit of its own laptop before it was
sent, or met a conflict that was resolved.

Twenty laptops are cloned from one PostgreSQL server holding a small shared register (so edits
collide: the same fields, different fields, deletes against edits, partners created twice).
Each laptop makes 200 random offline edits in bursts, in a random order over the whole team;
after a burst a laptop may sync, and some of those syncs run in a child process killed with
SIGKILL at a random moment. Before each sync the laptop resolves its open conflicts at random
(keep ours or take theirs). At the end every laptop resolves and syncs until no laptop has
changes waiting or conflicts open. The generator is seeded (``random.Random(SEED)``); the seed
is printed with the figures.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import _fresh_postgres
from unccd_desktop.services import Actor, open_services

from . import sync_checks as checks
from .sync_world import World

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SEED = 2026_13
LAPTOPS = 20
EDITS = 200  # per laptop
BURSTS = 2  # each laptop's edits come in this many bursts
SYNC_AFTER_BURST = 0.7  # chance that a burst is followed by a sync of that laptop
KILLED = 0.3  # chance that such a sync runs in a child process and is killed


def test_twenty_laptops_end_level(postgres_url: str, tmp_path: Path, figures: list[str]) -> None:
    began = time.monotonic()
    url = _fresh_postgres(postgres_url)
    open_services(url, actor=Actor("admin", "test"), create=True).close()
    rng = random.Random(SEED)
    world = World(url, tmp_path, rng, duplicate_names=6)
    syncs = kills = finished_first = 0
    landed: Counter[str] = Counter()
    try:
        world.seed(partners=30, projects=10, deliverables=30)
        laptops = [world.add_laptop(f"laptop-{n:02d}") for n in range(1, LAPTOPS + 1)]
        bursts = [lap for lap in laptops for _ in range(BURSTS)]
        rng.shuffle(bursts)
        for laptop in bursts:
            kill = rng.random() < SYNC_AFTER_BURST * KILLED
            child = world.child(laptop) if kill else None
            world.edit(laptop, EDITS // BURSTS, creates=0.06, deletes=0.04)
            if child is not None:
                world.resolve_open(laptop)
                outcome = world.killed_sync(laptop, rng.uniform(0, 1.5), child)
                syncs += 1
                if outcome.result.killed:
                    kills += 1
                    landed[outcome.landed] += 1
                else:
                    finished_first += 1
            elif rng.random() < SYNC_AFTER_BURST:
                world.resolve_open(laptop)
                world.sync(laptop)
                syncs += 1
        in_bursts = syncs
        passes = world.settle(max_passes=20)
        syncs = sum(lap.syncs + lap.kills for lap in laptops)
        counts, problems = checks.compare(world)
        outcome, lost = checks.account(world)
        kinds = checks.conflict_kinds(world)
        batches = checks.batches(world)
    finally:
        world.close()
    edits = len(world.edits)
    assert edits == LAPTOPS * EDITS
    figures.append(
        f"sync simulation (seed {SEED}): {LAPTOPS} laptops, {edits} offline edits, "
        f"{syncs} syncs ({in_bursts} between bursts, the rest in {passes} passes at the end), "
        f"{kills} killed by SIGKILL ({finished_first} more finished before the signal); "
        f"{time.monotonic() - began:.0f} s"
    )
    figures.append("  where the kills landed: " + "; ".join(f"{n} {w}" for w, n in landed.items()))
    figures.append("  the edits: " + ", ".join(f"{n} {w}" for w, n in outcome.most_common()))
    clean = batches["records"] - batches["in conflict"]
    figures.append(
        f"  the server applied {batches['batches']} batches of {batches['records']} records: "
        f"{clean} merged cleanly, {batches['in conflict']} met {batches['conflicts']} conflicts"
    )
    figures.append(
        "  conflicts met on the laptops, by kind (how resolved): "
        + ", ".join(f"{n} {kind} ({how})" for (kind, how), n in sorted(kinds.items()))
        + f"; {world.refused_resolutions} resolutions refused and tried again"
    )
    state = (
        f"{len(problems)} PROBLEMS, e.g. {problems[:3]}"
        if problems
        else f"all {LAPTOPS} laptops equal it, no changes waiting, no conflict open, "
        "every outbox empty"
    )
    figures.append(f"  at the end the server holds {counts}; {state}")
    assert not problems, "\n".join(problems)
    assert not lost, f"{len(lost)} edits lost, e.g. {lost[:5]}"
