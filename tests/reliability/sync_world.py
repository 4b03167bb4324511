"""A team server, laptops cloned from it, random offline edits and syncs, some of them killed
with SIGKILL in a child process; every edit is noted for the checks of sync_checks.py."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from unccd_desktop.domain import OutboxEntry, SyncBatch
from unccd_desktop.domain.enums import (
    ActivityStatus,
    DeliverableKind,
    DeliverableStatus,
    PartnerKind,
)
from unccd_desktop.errors import UserError
from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.sync import OURS, THEIRS, Conflict, SyncResult, clone
from unccd_desktop.services.sync import outbox as sync_outbox
from unccd_desktop.services.sync import settings as sync_settings
from unccd_desktop.services.values import to_jsonable

from .support import REPO, KillResult
from .sync_checks import comparable

CHILD = [sys.executable, "-m", "tests.reliability.sync_child"]
COUNTRIES = ["KE", "SN", "BF", "ML", "NE", "FR", "DE", "BR"]

# The fields a laptop edits, by entity: text (unique values), choices, dates, references.
FIELDS = {
    "partner": ["notes", "acronym", "website", "kind", "hq_country", "other_names", "iati_org_id"],
    "project": ["notes", "title", "code", "status", "countries", "planned_start", "planned_end"],
    "deliverable": [
        "notes",
        "title",
        "status",
        "kind",
        "progress_percent",
        "due_on",
        "evidence_url",
        "responsible_partner",
    ],
}
CHOICES = {
    ("partner", "kind"): [k.value for k in PartnerKind],
    ("project", "status"): [s.value for s in ActivityStatus],
    ("deliverable", "status"): [s.value for s in DeliverableStatus],
    ("deliverable", "kind"): [k.value for k in DeliverableKind],
}


@dataclass
class Edit:
    """One change an officer made on a laptop: a create, one field updated, or a delete."""

    laptop: str
    n: int  # its order among all edits
    action: str
    entity: str
    uuid: str
    field: str | None
    value: Any  # comparable(); for a create the record's values
    flushes: int  # the laptop's flushes before it (see Laptop.flushes)


@dataclass
class Laptop:
    name: str
    path: Path
    services: Services
    flushes: int = 0  # syncs that finished: each sent every edit made before it
    syncs: int = 0  # syncs that finished
    kills: int = 0  # syncs killed


@dataclass
class KillOutcome:
    result: KillResult
    landed: str  # where the signal found the sync, read from what it left behind
    waiting: int  # records with changes to send when the sync began


@dataclass
class World:
    """One team server and its laptops, with what each officer did."""

    url: str
    folder: Path
    rng: random.Random
    server: Services = field(init=False)
    laptops: dict[str, Laptop] = field(default_factory=dict)
    edits: list[Edit] = field(default_factory=list)
    resolutions: Counter = field(default_factory=Counter)
    refused_resolutions: int = 0
    duplicate_names: int = 0  # > 0: some created partners take a name from a small shared pool
    tags: int = 0
    policy: Callable[[Conflict], str] | None = None  # how conflicts are resolved; None: at random
    _entities: tuple[str, ...] = field(default=tuple(FIELDS), init=False)

    def __post_init__(self) -> None:
        self.server = open_services(self.url, actor=Actor("online", "test"))

    def close(self) -> None:
        for laptop in self.laptops.values():
            laptop.services.close()
        self.server.close()

    # ----- setting up --------------------------------------------------------------------

    def seed(self, partners: int, projects: int, deliverables: int) -> None:
        """Records every laptop shares, written on the server by an officer working online."""
        s = self.server
        with s.db.write() as session:
            ps = [
                s.partners.create_in(session, {"name": f"Seed partner {n}", "kind": "ngo"})["uuid"]
                for n in range(partners)
            ]
            pj = [
                s.projects.create_in(
                    session,
                    {
                        "title": f"Seed project {n}",
                        "participants": [{"partner": ps[n % partners], "role": "implementing"}],
                        "countries": ["KE"],
                    },
                )["uuid"]
                for n in range(projects)
            ]
            for n in range(deliverables):
                s.deliverables.create_in(
                    session,
                    {
                        "title": f"Seed deliverable {n}",
                        "project": pj[n % projects],
                        "responsible_partner": ps[(n * 7) % partners],
                        "due_on": date(2027, 1 + n % 12, 1 + n % 28),
                    },
                )

    def add_laptop(self, name: str) -> Laptop:
        """A laptop file cloned from the server, named ``name`` in the server's audit."""
        path = self.folder / f"{name}.unccd"
        services = clone(self.url, path, actor=Actor(name, "test"))
        with services.db.write() as session:
            sync_settings.write(session, laptop_name=name)
        laptop = self.laptops[name] = Laptop(name, path, services)
        return laptop

    # ----- offline edits -----------------------------------------------------------------

    def edit(
        self,
        laptop: Laptop,
        count: int,
        *,
        creates: float = 0.08,
        deletes: float = 0.04,
        entities: tuple[str, ...] = tuple(FIELDS),
    ) -> int:
        """``count`` random edits on the laptop in one transaction (of records of
        ``entities`` only); returns how many."""
        s, rng = laptop.services, self.rng
        self._entities = entities
        made = 0
        with s.db.write() as session:
            pool = {
                entity: list(session.scalars(sa.select(s.entity(entity).model.uuid)))
                for entity in FIELDS
            }
            attempts = 0
            while made < count and attempts < count * 5:
                attempts += 1
                roll = rng.random()
                try:
                    with session.begin_nested():
                        if roll < creates:
                            done = self._create(laptop, session, pool)
                        elif roll < creates + deletes:
                            done = self._delete(laptop, session, pool)
                        else:
                            done = self._update(laptop, session, pool)
                except UserError:
                    continue  # the laptop's own rules refused it: the officer does something else
                if done:
                    self.edits.extend(done)
                    made += len(done)
        return made

    def _entity(self, weights: tuple[int, int, int]) -> str:
        """partner, project or deliverable, by weight, among those being edited."""
        kinds = [(e, w) for e, w in zip(FIELDS, weights, strict=True) if e in self._entities]
        return self.rng.choices([e for e, _ in kinds], [w for _, w in kinds])[0]

    def _tag(self, laptop: Laptop) -> str:
        """A text no other edit uses, so the server's audit tells whose value it is."""
        self.tags += 1
        return f"{laptop.name}-{self.tags}"

    def _note(self, laptop: Laptop, action, entity, uuid, name, value) -> Edit:
        n = len(self.edits)
        return Edit(laptop.name, n, action, entity, uuid, name, comparable(value), laptop.flushes)

    def _update(self, laptop: Laptop, session, pool) -> list[Edit]:
        rng = self.rng
        entity = self._entity((3, 2, 4))
        if not pool[entity]:
            return []
        uuid = rng.choice(pool[entity])
        service = laptop.services.entity(entity)
        current = to_jsonable(service.record(session, service.load(session, uuid)))
        name = rng.choice(FIELDS[entity])
        value = self._value(laptop, entity, name, pool)
        if comparable(value) == comparable(current.get(name)):
            return []
        service.update_in(session, uuid, None, {name: value})
        return [self._note(laptop, "update", entity, uuid, name, value)]

    def _value(self, laptop: Laptop, entity: str, name: str, pool) -> Any:
        rng, tag = self.rng, self._tag(laptop)
        if (entity, name) in CHOICES:
            return rng.choice(CHOICES[(entity, name)])
        if name in ("website", "evidence_url"):
            return f"https://{tag}.example.org"
        if name == "hq_country":
            return rng.choice(COUNTRIES)
        if name == "countries":
            return sorted(rng.sample(COUNTRIES, rng.randint(1, 3)))
        if name == "other_names":
            return [f"Alias {tag}"]
        if name == "progress_percent":
            return rng.randint(0, 100)
        if name in ("due_on", "planned_start", "planned_end"):
            return date(2026 + rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28))
        if name == "responsible_partner":
            return rng.choice(pool["partner"])
        return f"{name} {tag}"

    def _create(self, laptop: Laptop, session, pool) -> list[Edit]:
        rng, tag = self.rng, self._tag(laptop)
        entity = self._entity((2, 1, 3))
        if entity == "partner":
            name = f"Partner {tag}"
            if self.duplicate_names and rng.random() < 0.3:
                name = f"Shared partner {rng.randrange(self.duplicate_names)}"
            data = {"name": name, "kind": rng.choice(CHOICES[("partner", "kind")])}
        elif not pool["partner"]:
            return []
        elif entity == "project":
            data = {
                "title": f"Project {tag}",
                "participants": [{"partner": rng.choice(pool["partner"]), "role": "funding"}],
                "countries": [rng.choice(COUNTRIES)],
            }
        elif not pool["project"]:
            return []
        else:
            data = {
                "title": f"Deliverable {tag}",
                "project": rng.choice(pool["project"]),
                "responsible_partner": rng.choice(pool["partner"]),
                "due_on": date(2027, rng.randint(1, 12), rng.randint(1, 28)),
            }
        made = laptop.services.entity(entity).create_in(session, data)
        pool[entity].append(made["uuid"])
        return [self._note(laptop, "create", entity, made["uuid"], None, data)]

    def _delete(self, laptop: Laptop, session, pool) -> list[Edit]:
        entity = self._entity((1, 1, 4))
        if not pool[entity]:
            return []
        uuid = self.rng.choice(pool[entity])
        laptop.services.entity(entity).delete_in(session, uuid)
        pool[entity].remove(uuid)
        return [self._note(laptop, "delete", entity, uuid, None, None)]

    # ----- syncing -----------------------------------------------------------------------

    def sync(self, laptop: Laptop) -> SyncResult:
        """A normal sync in this process."""
        result = laptop.services.sync.sync()
        laptop.flushes += 1
        laptop.syncs += 1
        return result

    def child(self, laptop: Laptop) -> subprocess.Popen:
        """A process that opens the laptop and syncs it when told to (``killed_sync``): started
        ahead, so the interpreter's start-up overlaps the officer's edits."""
        return subprocess.Popen(
            [*CHILD, str(laptop.path), laptop.name],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    @staticmethod
    def discard(child: subprocess.Popen) -> None:
        """End a child that was started ahead but not needed."""
        child.kill()
        child.wait()
        for pipe in (child.stdin, child.stderr):
            if pipe is not None:
                pipe.close()

    def killed_sync(
        self, laptop: Laptop, delay: float, child: subprocess.Popen | None = None
    ) -> KillOutcome:
        """The laptop's sync in a child process, sent SIGKILL ``delay`` seconds after the sync
        started, unless it finished first."""
        before = self._state(laptop)
        proc = child or self.child(laptop)
        marker = self.folder / f"started-{laptop.name}-{self.rng.random()}"
        assert proc.stdin is not None
        proc.stdin.write(f"{marker}\n".encode())
        proc.stdin.flush()
        while not marker.exists() and proc.poll() is None:
            time.sleep(0.0005)
        clock = time.monotonic()
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)  # does nothing if it has just finished
            proc.wait()
        ran_for = time.monotonic() - clock
        stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        proc.stdin.close()
        if proc.stderr:
            proc.stderr.close()
        marker.unlink(missing_ok=True)
        killed = proc.returncode == -signal.SIGKILL
        result = KillResult(delay, killed, proc.returncode, ran_for, stderr)
        if not killed:
            assert proc.returncode == 0, f"the sync of {laptop.name} failed:\n{stderr}"
            laptop.flushes += 1
            laptop.syncs += 1
            return KillOutcome(result, "finished", before["waiting"])
        laptop.kills += 1
        return KillOutcome(result, self._landing(laptop, before), before["waiting"])

    def _state(self, laptop: Laptop) -> dict[str, Any]:
        with laptop.services.db.read() as session:
            known = sync_settings.read(session)
            outbox = session.scalar(sa.select(sa.func.count(OutboxEntry.id)))
            waiting = sync_outbox.waiting(session)
        return {
            "waiting": waiting,
            "pending": known.get(sync_settings.PENDING_BATCH),
            "last_sync": known.get(sync_settings.LAST_SYNC),
            "outbox": outbox,
        }

    def _landing(self, laptop: Laptop, before: dict[str, Any]) -> str:
        after = self._state(laptop)
        if after["pending"]:
            with self.server.db.read() as session:
                applied = session.get(SyncBatch, after["pending"]) is not None
            if applied:
                return "push committed on the server, not yet noted on the laptop"
            return "push under way (the server rolled it back)"
        if after["last_sync"] != before["last_sync"]:
            return "after the pull (checking documents, closing)"
        if after["outbox"] < before["outbox"]:
            return "pushed, pull under way (rolled back)"
        return "before the push (connecting, reading the outbox)"

    def resolve_open(self, laptop: Laptop) -> None:
        """Each open conflict kept as ours or taken as theirs (at random, unless a policy)."""
        for found in laptop.services.sync.conflicts():
            keep = self.policy(found) if self.policy else self.rng.choice((OURS, THEIRS))
            try:
                laptop.services.sync.resolve(found.id, keep)
            except UserError:
                self.refused_resolutions += 1
                continue
            self.resolutions[(found.kind, keep)] += 1

    def settle(self, max_passes: int = 12) -> int:
        """Every laptop resolves its conflicts and syncs, in random order, until a whole pass
        sends and brings nothing and leaves no conflict; returns the passes taken."""
        for n in range(1, max_passes + 1):
            quiet = True
            order = list(self.laptops.values())
            self.rng.shuffle(order)
            for laptop in order:
                self.resolve_open(laptop)
                result = self.sync(laptop)
                if result.pushed or result.pulled or result.conflicts:
                    quiet = False
            if quiet:
                return n
        states = {
            name: (lap.services.sync.status().waiting, lap.services.sync.conflicts())
            for name, lap in self.laptops.items()
        }
        raise AssertionError(f"not quiet after {max_passes} passes: {states}")

    # ----- checks ------------------------------------------------------------------------
