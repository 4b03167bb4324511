"""A team server, laptops cloned from it, random offline edits, syncs (some of them killed
with SIGKILL in a child process) and the checks the sync tests make afterwards: every laptop
equals the server, no record is doubled, and every edit reached the server, was superseded by
a later edit of the same laptop before it was sent, or met a conflict."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from unccd_desktop.domain import AuditEntry, OutboxEntry, SyncBatch, SyncConflict
from unccd_desktop.domain.enums import (
    ActivityStatus,
    DeliverableKind,
    DeliverableStatus,
    PartnerKind,
)
from unccd_desktop.errors import UserError
from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.sync import DUPLICATE, OURS, THEIRS, Conflict, SyncResult, clone
from unccd_desktop.services.sync import outbox as sync_outbox
from unccd_desktop.services.sync import settings as sync_settings
from unccd_desktop.services.values import to_jsonable

from .support import REPO, KillResult

CHILD = [sys.executable, "-m", "tests.reliability.sync_child"]
COMPARED = ("partner", "focal_point", "agreement", "initiative", "project", "deliverable")
NAMED = {"partner": "name", "project": "title", "deliverable": "title"}
UNCOMPARED = {"uuid", "version", "created_at", "updated_at"}
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


def comparable(value: Any) -> Any:
    """A value as sync compares it: JSON data, empty text as none, lists in a stable order."""
    value = to_jsonable(value)
    if value in ("", [], None):
        return None
    if isinstance(value, list):
        return sorted((comparable(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    return value


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
    lost: list[Edit] = field(default_factory=list)
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

    @staticmethod
    def snapshot(services: Services) -> dict[str, dict[str, dict]]:
        """Every record of every entity: the list's rows, and each record as ``get()`` gives
        it (its ``record()``, read in one transaction per entity)."""
        out: dict[str, dict[str, dict]] = {}
        for entity in COMPARED:
            service = services.entity(entity)
            uuids = [row["uuid"] for row in service.rows()]
            doubled = [u for u, n in Counter(uuids).items() if n > 1]
            assert not doubled, f"{entity} listed twice: {doubled[:5]}"
            with services.db.read() as session:
                objs = session.scalars(sa.select(service.model)).all()
                records = [service.record(session, obj) for obj in objs]
            assert sorted(uuids) == sorted(r["uuid"] for r in records), f"{entity} list"
            out[entity] = {
                r["uuid"]: {k: comparable(v) for k, v in r.items() if k not in UNCOMPARED}
                for r in records
            }
        return out

    def assert_converged(self) -> dict[str, int]:
        """Every laptop equals the server, no record is doubled, nothing waits; returns how
        many records of each entity the server holds."""
        counts, problems = self.compare()
        assert not problems, "\n".join(problems)
        return counts

    def compare(self) -> tuple[dict[str, int], list[str]]:
        """How many records of each entity the server holds, and what is wrong: a record
        doubled on the server, a laptop that differs from it, changes or conflicts waiting."""
        problems = []
        server = self.snapshot(self.server)
        for entity, name in NAMED.items():
            names = Counter(r[name].casefold() for r in server[entity].values())
            doubled = {n: c for n, c in names.items() if c > 1}
            if doubled:
                problems.append(f"{entity} doubled on the server: {doubled}")
        for laptop in self.laptops.values():
            here = self.snapshot(laptop.services)
            for entity in COMPARED:
                if here[entity] != server[entity]:
                    problems.append(
                        f"{laptop.name} differs from the server in {entity}: "
                        f"{differences(here[entity], server[entity])}"
                    )
            status = laptop.services.sync.status()
            with laptop.services.db.read() as session:
                outbox = session.scalar(sa.select(sa.func.count(OutboxEntry.id)))
            if status.waiting or status.conflicts or outbox:
                problems.append(
                    f"{laptop.name}: {status.waiting} records waiting, {status.conflicts} "
                    f"conflicts open, {outbox} outbox rows"
                )
        return {entity: len(records) for entity, records in server.items()}, problems

    def account(self) -> Counter:
        """Where every edit went: pushed (in the server's audit from its laptop), superseded
        by a later edit of the same laptop before it was sent, in a conflict, or already so on
        the server; anything else is counted as LOST and kept in ``lost``."""
        audit = self._server_audit()
        conflicts = {name: self._conflicts_of(lap) for name, lap in self.laptops.items()}
        later = self._later_edits()
        outcome: Counter = Counter()
        lost = []
        for edit in self.edits:
            where = self._where(edit, audit, conflicts[edit.laptop], later)
            if where is None:
                lost.append(edit)
            outcome[where or "LOST"] += 1
        self.lost = lost
        return outcome

    def assert_nothing_lost(self) -> Counter:
        """``account()``, failing with the first edits lost, if any."""
        outcome = self.account()
        assert not self.lost, f"{len(self.lost)} edits lost, e.g. {self.lost[:5]}"
        return outcome

    def _where(self, edit: Edit, audit, conflicts, later) -> str | None:
        where = self._where_value(edit, audit, conflicts, later)
        merged = conflicts["merged"].get(edit.value) if isinstance(edit.value, str) else None
        if where is None and edit.action == "update" and merged:
            # A reference to a partner of this laptop's later merged into the server's one.
            where = self._where_value(replace(edit, value=merged), audit, conflicts, later)
            return where and f"{where} (its partner merged into the server's)"
        return where

    def _where_value(self, edit: Edit, audit, conflicts, later) -> str | None:
        source = f"sync:{edit.laptop}"
        record = (edit.entity, edit.uuid)
        if edit.action == "update":
            values = audit["fields"].get((*record, edit.field), {})
            if edit.value in values.get(source, ()):
                return "pushed"
        elif source in audit[edit.action].get(record, ()):
            return "pushed"
        if self._superseded(edit, later):
            return "superseded before it was sent"
        if record in conflicts["records"]:
            return "in a conflict"
        if edit.action == "update":
            if edit.value in conflicts["fields"].get((*record, edit.field), ()):
                return "in a conflict"
            if any(edit.value in seen for seen in values.values()):
                return "already so on the server"
        if edit.action == "delete" and audit["delete"].get(record):
            return "deleted on the server too"
        if edit.action == "delete" and (edit.laptop, *record, edit.flushes) in later["created"]:
            return "superseded before it was sent"  # made and removed before it was sent
        return None

    @staticmethod
    def _superseded(edit: Edit, later) -> bool:
        """A later edit of the same laptop changed the field again (or deleted the record)
        before any sync could have sent this one."""
        deleted = (edit.laptop, edit.entity, edit.uuid, None)
        keys = [deleted] if edit.action == "create" else []
        if edit.action == "update":
            keys = [(edit.laptop, edit.entity, edit.uuid, edit.field), deleted]
        return any(
            n > edit.n and flushes == edit.flushes for key in keys for n, flushes in later[key]
        )

    def _later_edits(self) -> dict[Any, Any]:
        """(laptop, entity, uuid, field) -> (n, flushes) of its updates; a delete is under
        field None; "created": (laptop, entity, uuid, flushes) of each create."""
        found: dict[Any, Any] = defaultdict(list)
        found["created"] = set()
        for edit in self.edits:
            if edit.action == "create":
                found["created"].add((edit.laptop, edit.entity, edit.uuid, edit.flushes))
            else:
                found[(edit.laptop, edit.entity, edit.uuid, edit.field)].append(
                    (edit.n, edit.flushes)
                )
        return found

    def _server_audit(self) -> dict[str, dict]:
        fields: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        creates: dict[tuple, set[str]] = defaultdict(set)
        deletes: dict[tuple, set[str]] = defaultdict(set)
        with self.server.db.read() as session:
            rows = session.execute(
                sa.select(
                    AuditEntry.action,
                    AuditEntry.entity,
                    AuditEntry.record_uuid,
                    AuditEntry.field,
                    AuditEntry.source,
                    AuditEntry.new_value,
                )
            )
            for action, entity, uuid, name, source, new_value in rows:
                value = comparable(None if new_value is None else json.loads(new_value))
                fields[(entity, uuid, name)][source].append(value)
                if action.value == "create":
                    creates[(entity, uuid)].add(source)
                elif action.value == "delete":
                    deletes[(entity, uuid)].add(source)
        return {"fields": fields, "create": creates, "delete": deletes}

    @staticmethod
    def _conflicts_of(laptop: Laptop) -> dict[str, Any]:
        records: set[tuple] = set()
        fields: dict[tuple, list] = defaultdict(list)
        merged: dict[str, str] = {}  # partner made here -> the server's it was merged into
        with laptop.services.db.read() as session:
            for row in session.scalars(sa.select(SyncConflict)):
                if row.kind == DUPLICATE and row.resolution == THEIRS:
                    merged[row.record_uuid] = json.loads(row.theirs_json)["uuid"]
                if row.field is None:
                    records.add((row.entity, row.record_uuid))
                else:
                    ours = comparable(json.loads(row.ours_json))
                    fields[(row.entity, row.record_uuid, row.field)].append(ours)
        return {"records": records, "fields": fields, "merged": merged}

    def conflict_kinds(self) -> Counter:
        """(kind, resolution) of every conflict any laptop met."""
        kinds: Counter = Counter()
        for laptop in self.laptops.values():
            with laptop.services.db.read() as session:
                for kind, resolution in session.execute(
                    sa.select(SyncConflict.kind, SyncConflict.resolution)
                ):
                    kinds[(kind, resolution or "open")] += 1
        return kinds

    def batches(self) -> dict[str, int]:
        """What the server's applied batches held: batches, records, records that met a
        conflict (of one field or more, or of the whole record) and the conflicts."""
        out = Counter()
        with self.server.db.read() as session:
            for (result_json,) in session.execute(sa.select(SyncBatch.result_json)):
                result = json.loads(result_json)
                out["batches"] += 1
                out["records"] += result["applied"]
                out["conflicts"] += len(result["conflicts"])
                out["in conflict"] += len({(c["entity"], c["record"]) for c in result["conflicts"]})
        return dict(out)


def differences(here: dict[str, dict], there: dict[str, dict], limit: int = 5) -> list[str]:
    """The first few records or fields that differ between two snapshots of one entity."""
    out = []
    for uuid in sorted(set(here) | set(there)):
        a, b = here.get(uuid), there.get(uuid)
        if a == b:
            continue
        if a is None or b is None:
            out.append(f"{uuid}: {'missing here' if a is None else 'not on the server'}")
        else:
            fields = {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}
            out.append(f"{uuid}: {fields}")
        if len(out) >= limit:
            break
    return out
