"""A few syncs killed by SIGKILL at random moments lose nothing and double nothing: the next
ordinary sync brings both laptops level with the server (the full run, 50 kills with hundreds
of records per batch, is tests/reliability/test_sync_kills.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability import sync_checks as checks
from tests.reliability.sync_world import World

pytestmark = pytest.mark.postgres

KILLS = 3


def test_a_few_killed_syncs_lose_nothing(server_url: str, tmp_path: Path) -> None:
    rng = random.Random(13)
    world = World(server_url, tmp_path, rng)
    try:
        world.seed(partners=12, projects=4, deliverables=12)
        a, b = world.add_laptop("laptop-a"), world.add_laptop("laptop-b")
        # Different records on each laptop: no conflict, so every edit must reach the server
        # (or be superseded by the laptop's own later edit, or set a value the server had).
        kinds = {a.name: ("partner", "project"), b.name: ("deliverable",)}
        window, kills, attempts = 0.5, 0, 0
        child = world.child(a)
        while kills < KILLS:
            attempts += 1
            assert attempts < 4 * KILLS, "the syncs kept finishing before their signal"
            victim, other = (a, b) if attempts % 2 else (b, a)
            world.edit(other, 10, deletes=0, entities=kinds[other.name])
            world.sync(other)
            world.edit(victim, 40, deletes=0, entities=kinds[victim.name])
            outcome = world.killed_sync(victim, rng.uniform(0, window), child)
            child = world.child(other)  # started while the next edits are made
            if outcome.result.killed:
                kills += 1
            else:
                window = outcome.result.ran_for * 0.9
        world.discard(child)
        world.settle()
        checks.assert_converged(world)
        where = checks.assert_nothing_lost(world)
    finally:
        world.close()
    assert set(where) <= {"pushed", "superseded before it was sent", "already so on the server"}
