"""Promise: a sync killed at any moment (SIGKILL, in push or in pull) loses nothing, doubles
nothing, and the next ordinary sync brings every laptop level with the team server.

A real PostgreSQL server is seeded with shared records and three laptops are cloned from it.
In each round every laptop makes random offline edits (creates, updates of the same and of
different fields, deletes), two of them 80 to 240 edits; the third syncs normally, so the
others have records to pull and conflicts to meet; then the syncs of the other two run in
child processes (``sync_child.py``) and get SIGKILL at a random moment after the sync began,
and one of them edits a little more and has its next sync killed too (taking up what the first
kill left: a batch pending, or half a pull). A process that finished before its signal is not
counted: the next one is given an earlier moment. Where each kill landed is read from what it
left (the laptop's pending batch, the server's applied batches, the outbox, the last sync
time). Then every laptop resolves its conflicts (keeping its own side unless the server refused
it) and syncs until a whole pass is quiet, and the round checks: every laptop equals the server
record for record and field for field, no record is doubled (by uuid or by name), no outbox
row is left, and every edit made is in the server's audit from its laptop, was superseded by a
later edit of the same laptop before it was sent, or is in a conflict.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import _fresh_postgres
from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.sync import DUPLICATE, OURS, REFUSED, THEIRS, Conflict

from . import sync_checks as checks
from .sync_world import World

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SEED = 1313
KILLS = 50


def keep_ours_where_possible(conflict: Conflict) -> str:
    """The laptop's side, unless the server refused it (it would only be refused again)."""
    return THEIRS if conflict.kind in (REFUSED, DUPLICATE) else OURS


class KillClock:
    """Random kill moments, seconds after a sync began: uniform over how long the last sync
    seen to finish ran; after a sync finished before its signal, an earlier one."""

    def __init__(self, rng: random.Random, window: float) -> None:
        self.rng, self.window = rng, window
        self.kills = self.finished = 0
        self.landed: Counter[str] = Counter()
        self.sizes: list[int] = []  # records waiting to be sent when each killed sync began
        self._retry: float | None = None

    def next(self) -> float:
        return self._retry if self._retry is not None else self.rng.uniform(0, self.window)

    def record(self, outcome) -> None:
        if outcome.result.killed:
            self.kills += 1
            self.landed[outcome.landed] += 1
            self.sizes.append(outcome.waiting)
            self._retry = None
        else:
            self.finished += 1
            self.window = outcome.result.ran_for
            self._retry = self.rng.uniform(0, outcome.result.ran_for * 0.9)


def run_rounds(world: World, clock: KillClock, kills: int, sizes: tuple[int, int]) -> dict:
    """Rounds of edits, killed syncs and checks until ``kills`` syncs were really killed.

    Each round every laptop edits; the first syncs normally (so the others have records to
    pull and conflicts to meet); the syncs of the other two are killed; one of those two edits
    a little more and its next sync is killed too (it takes up what the first kill left)."""
    rng, laptops = world.rng, list(world.laptops.values())
    big, small = sizes
    rounds = passes = 0
    while clock.kills < kills:
        assert clock.kills + clock.finished < 3 * kills + 10, "too many syncs finished first"
        rounds += 1
        first, *victims = rng.sample(laptops, len(laptops))
        again = rng.choice(victims)
        children = [(lap, world.child(lap)) for lap in [*victims, again]]
        world.edit(first, rng.randint(1, small))
        for laptop in victims:
            world.edit(laptop, rng.randint(big // 3, big))
        world.sync(first)
        for n, (laptop, child) in enumerate(children):
            if n == len(victims):
                world.edit(laptop, rng.randint(1, small))
            clock.record(world.killed_sync(laptop, clock.next(), child))
        passes += world.settle()
        checks.assert_converged(world)
        checks.assert_nothing_lost(world)
    return {"rounds": rounds, "passes": passes}


def test_killed_syncs_lose_nothing(postgres_url: str, tmp_path: Path, figures: list[str]) -> None:
    began = time.monotonic()
    url = _fresh_postgres(postgres_url)
    open_services(url, actor=Actor("admin", "test"), create=True).close()
    world = World(url, tmp_path, random.Random(SEED), policy=keep_ours_where_possible)
    try:
        world.seed(partners=150, projects=50, deliverables=150)
        for name in ("laptop-a", "laptop-b", "laptop-c"):
            world.add_laptop(name)
        clock = KillClock(world.rng, window=2.0)
        done = run_rounds(world, clock, KILLS, sizes=(240, 60))
        counts = checks.assert_converged(world)
        outcome = checks.assert_nothing_lost(world)
        kinds = checks.conflict_kinds(world)
        batches = checks.batches(world)
    finally:
        world.close()
    landed = "; ".join(f"{n} {where}" for where, n in clock.landed.most_common())
    figures.append(
        f"sync kills (seed {SEED}): {clock.kills} syncs killed by SIGKILL in "
        f"{clock.kills + clock.finished} attempts ({clock.finished} finished before the signal, "
        f"retried earlier), {done['rounds']} rounds, {time.monotonic() - began:.0f} s"
    )
    sizes = sorted(clock.sizes)
    figures.append(
        f"  where the kills landed: {landed}; the killed syncs had {sizes[0]} to {sizes[-1]} "
        f"records to send (median {sizes[len(sizes) // 2]})"
    )
    figures.append(
        f"  {len(world.edits)} edits: "
        + ", ".join(f"{n} {where}" for where, n in outcome.most_common())
        + f"; server batches {batches}; conflicts "
        + ", ".join(f"{n} {kind} ({how})" for (kind, how), n in sorted(kinds.items()))
    )
    figures.append(
        f"  after each round every laptop equalled the server ({done['passes']} sync passes "
        f"in all); at the end {counts}, no record doubled, every outbox empty"
    )
