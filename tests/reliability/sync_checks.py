"""What the sync tests check once the laptops have settled: every laptop equals the server
(all entities, all values), no record is doubled, nothing waits, and where every edit went:
into the server's audit from its laptop, superseded by a later edit of the same laptop before
it was sent, or into a conflict."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from unccd_desktop.domain import AuditEntry, OutboxEntry, SyncBatch, SyncConflict
from unccd_desktop.services import Services
from unccd_desktop.services.sync import DUPLICATE, THEIRS
from unccd_desktop.services.values import to_jsonable

if TYPE_CHECKING:
    from .sync_world import Edit, Laptop, World

COMPARED = ("partner", "focal_point", "agreement", "initiative", "project", "deliverable")
NAMED = {"partner": "name", "project": "title", "deliverable": "title"}
UNCOMPARED = {"uuid", "version", "created_at", "updated_at"}


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


def assert_converged(world: World) -> dict[str, int]:
    """Every laptop equals the server, no record is doubled, nothing waits; returns how
    many records of each entity the server holds."""
    counts, problems = compare(world)
    assert not problems, "\n".join(problems)
    return counts


def compare(world: World) -> tuple[dict[str, int], list[str]]:
    """How many records of each entity the server holds, and what is wrong: a record
    doubled on the server, a laptop that differs from it, changes or conflicts waiting."""
    problems = []
    server = snapshot(world.server)
    for entity, name in NAMED.items():
        names = Counter(r[name].casefold() for r in server[entity].values())
        doubled = {n: c for n, c in names.items() if c > 1}
        if doubled:
            problems.append(f"{entity} doubled on the server: {doubled}")
    for laptop in world.laptops.values():
        here = snapshot(laptop.services)
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


def account(world: World) -> tuple[Counter, list[Edit]]:
    """Where every edit went: pushed (in the server's audit from its laptop), superseded
    by a later edit of the same laptop before it was sent, in a conflict, or already so on
    the server; anything else is counted as LOST and returned with the counts."""
    audit = _server_audit(world)
    conflicts = {name: _conflicts_of(lap) for name, lap in world.laptops.items()}
    later = _later_edits(world)
    outcome: Counter = Counter()
    lost = []
    for edit in world.edits:
        where = _where(edit, audit, conflicts[edit.laptop], later)
        if where is None:
            lost.append(edit)
        outcome[where or "LOST"] += 1
    return outcome, lost


def assert_nothing_lost(world: World) -> Counter:
    """``account()``'s counts, failing with the first edits lost, if any."""
    outcome, lost = account(world)
    assert not lost, f"{len(lost)} edits lost, e.g. {lost[:5]}"
    return outcome


def _where(edit: Edit, audit, conflicts, later) -> str | None:
    where = _where_value(edit, audit, conflicts, later)
    merged = conflicts["merged"].get(edit.value) if isinstance(edit.value, str) else None
    if where is None and edit.action == "update" and merged:
        # A reference to a partner of this laptop's later merged into the server's one.
        where = _where_value(replace(edit, value=merged), audit, conflicts, later)
        return where and f"{where} (its partner merged into the server's)"
    return where


def _where_value(edit: Edit, audit, conflicts, later) -> str | None:
    source = f"sync:{edit.laptop}"
    record = (edit.entity, edit.uuid)
    if edit.action == "update":
        values = audit["fields"].get((*record, edit.field), {})
        if edit.value in values.get(source, ()):
            return "pushed"
    elif source in audit[edit.action].get(record, ()):
        return "pushed"
    if _superseded(edit, later):
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


def _superseded(edit: Edit, later) -> bool:
    """A later edit of the same laptop changed the field again (or deleted the record)
    before any sync could have sent this one."""
    deleted = (edit.laptop, edit.entity, edit.uuid, None)
    keys = [deleted] if edit.action == "create" else []
    if edit.action == "update":
        keys = [(edit.laptop, edit.entity, edit.uuid, edit.field), deleted]
    return any(n > edit.n and flushes == edit.flushes for key in keys for n, flushes in later[key])


def _later_edits(world: World) -> dict[Any, Any]:
    """(laptop, entity, uuid, field) -> (n, flushes) of its updates; a delete is under
    field None; "created": (laptop, entity, uuid, flushes) of each create."""
    found: dict[Any, Any] = defaultdict(list)
    found["created"] = set()
    for edit in world.edits:
        if edit.action == "create":
            found["created"].add((edit.laptop, edit.entity, edit.uuid, edit.flushes))
        else:
            found[(edit.laptop, edit.entity, edit.uuid, edit.field)].append((edit.n, edit.flushes))
    return found


def _server_audit(world: World) -> dict[str, dict]:
    fields: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    creates: dict[tuple, set[str]] = defaultdict(set)
    deletes: dict[tuple, set[str]] = defaultdict(set)
    with world.server.db.read() as session:
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


def conflict_kinds(world: World) -> Counter:
    """(kind, resolution) of every conflict any laptop met."""
    kinds: Counter = Counter()
    for laptop in world.laptops.values():
        with laptop.services.db.read() as session:
            for kind, resolution in session.execute(
                sa.select(SyncConflict.kind, SyncConflict.resolution)
            ):
                kinds[(kind, resolution or "open")] += 1
    return kinds


def batches(world: World) -> dict[str, int]:
    """What the server's applied batches held: batches, records, records that met a
    conflict (of one field or more, or of the whole record) and the conflicts."""
    out = Counter()
    with world.server.db.read() as session:
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
