"""Pull: the records the server changed after this laptop's last sequence number, applied
here in one SQLite transaction through the services (audited as "sync")."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...domain import ChangeLogEntry, OutboxEntry, SyncConflict
from ...errors import UserError, message_of
from ..context import Actor
from ..crud import PRELOADED
from ..values import to_jsonable
from . import bulk
from .capture import APPLYING
from .chunks import write_in_chunks
from .outbox import ORDER, same
from .partner_updates import entity_service
from .records import current_values, preload
from .results import DUPLICATE, REFUSED

if TYPE_CHECKING:
    from .. import Services

Progress = Callable[[int, int], None] | None


def server_records(
    services: Services, session: Session, entity: str, uuids: list[str]
) -> dict[str, dict[str, Any]]:
    """The server's values of these records, read a few hundred at a time."""
    service = entity_service(services, entity)
    if bulk.takes(service, ()) and not service.collections:
        return {
            u: row.as_json()
            for u, row in bulk.read_current(services, session, entity, uuids).items()
        }
    preload(services, session, [(entity, uuid) for uuid in uuids])
    loaded = session.info[PRELOADED]
    return {
        uuid: to_jsonable(service.values(session, loaded[uuid]))
        for uuid in uuids
        if isinstance(loaded.get(uuid), service.model)
    }


def read_changes(
    server: Services, after: int, laptop_id: str, again: list[tuple[str, str]] = ()
) -> tuple[int, dict[tuple[str, str], dict | None], dict[tuple[str, str], str]]:
    """From one snapshot of the server: its last sequence number, the values of the records
    changed after ``after`` by others and of the records ``again`` (held back by an earlier
    pull), None for a record deleted, and who changed each last."""
    with server.db.read() as session:
        if server.db.url.get_backend_name() == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        top = session.scalar(sa.select(sa.func.max(ChangeLogEntry.seq))) or 0
        if top <= after and not again:
            return top, {}, {}
        rows = session.execute(
            sa.select(ChangeLogEntry.entity, ChangeLogEntry.record_uuid, ChangeLogEntry.actor)
            .where(
                ChangeLogEntry.seq > after,
                ChangeLogEntry.seq <= top,
                sa.or_(ChangeLogEntry.laptop_id.is_(None), ChangeLogEntry.laptop_id != laptop_id),
            )
            .order_by(ChangeLogEntry.seq)
        ).all()
        actors = {(entity, uuid): "server" for entity, uuid in again}
        actors.update({(entity, uuid): actor for entity, uuid, actor in rows})
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, uuid in actors:
            by_entity[entity].append(uuid)
        values: dict[tuple[str, str], dict | None] = {}
        for entity, uuids in by_entity.items():
            found = server_records(server, session, entity, uuids)
            for uuid in uuids:
                values[(entity, uuid)] = found.get(uuid)
    return top, values, actors


def held_back(session: Session) -> tuple[set, set]:
    """What a pull leaves alone: (entity, uuid) of records with a whole-record conflict or an
    unsent create or delete, and (entity, uuid, field) of fields in conflict or changed here
    since the last push."""
    records, fields = set(), set()
    for entity, uuid, field, kind, theirs in session.execute(
        sa.select(
            SyncConflict.entity,
            SyncConflict.record_uuid,
            SyncConflict.field,
            SyncConflict.kind,
            SyncConflict.theirs_json,
        ).where(SyncConflict.resolved_at.is_(None))
    ):
        if kind == DUPLICATE:  # the server's partner waits for the officer's merge too
            records.add((entity, json.loads(theirs)["uuid"]))
        if field is None:
            records.add((entity, uuid))
        else:
            fields.add((entity, uuid, field))
    for entity, uuid, action, after_json in session.execute(
        sa.select(
            OutboxEntry.entity, OutboxEntry.record_uuid, OutboxEntry.action, OutboxEntry.after_json
        )
    ):
        if action != "update":
            records.add((entity, uuid))
        for name in json.loads(after_json):
            fields.add((entity, uuid, name))
    return records, fields


def _refresh_conflicts(session: Session, values: dict[tuple[str, str], dict | None]) -> None:
    """An open conflict keeps the server's side as it is now: a pull that holds a record or
    a field back for the officer still brings its newest server value into the conflict, so
    that taking theirs takes what the server has, not what it had."""
    for row in session.scalars(sa.select(SyncConflict).where(SyncConflict.resolved_at.is_(None))):
        if row.kind == DUPLICATE:
            other = json.loads(row.theirs_json)["uuid"]
            key = ("partner", other)
            if values.get(key) is not None:
                row.theirs_json = _json({**values[key], "uuid": other})
            continue
        key = (row.entity, row.record_uuid)
        if key not in values:
            continue
        theirs = values[key]
        if row.field is None:
            row.theirs_json = _json(theirs)
        elif theirs is not None:
            row.theirs_json = _json(theirs.get(row.field))


def apply_changes(
    laptop: Services,
    session: Session,
    values: dict[tuple[str, str], dict | None],
    actors: dict[tuple[str, str], str],
    progress: Progress = None,
) -> tuple[int, list[SyncConflict], list[tuple[str, str]]]:
    """Write the server's records in the laptop's write ``session`` (the caller commits);
    return how many changed, the conflicts met (a record the laptop's rules refuse) and the
    records held back (for the next pull to read again)."""
    rank = {name: i for i, name in enumerate(ORDER)}
    keys = sorted(values, key=lambda k: rank.get(k[0], len(ORDER)))
    writes = [k for k in keys if values[k] is not None]
    deletes = [k for k in reversed(keys) if values[k] is None]
    by_actor: dict[str, Services] = {}
    changed, refused = 0, []
    session.info[APPLYING] = True
    try:
        records_held, fields_held = held_back(session)
        _refresh_conflicts(session, values)
        todo = [key for key in writes + deletes if key not in records_held]

        def acting(key: tuple[str, str]) -> Services:
            name = actors.get(key, "server")
            return by_actor.get(name) or by_actor.setdefault(
                name, laptop.with_actor(Actor(name=name, source="sync"))
            )

        def refuse(key: tuple[str, str], local: Any, exc: UserError) -> None:
            entity, uuid = key
            refused.append(
                SyncConflict(
                    kind=REFUSED,
                    entity=entity,
                    record_uuid=uuid,
                    field=None,
                    base_json="null",
                    ours_json=_json(local),
                    theirs_json=_json(values[key]),
                    message=message_of(exc),
                )
            )

        def write(key: tuple[str, str], flush: bool) -> int:
            entity, uuid = key
            return _apply_one(acting(key), session, entity, uuid, values[key], fields_held, flush)

        def slowly(keys: list[tuple[str, str]]) -> int:
            preload(laptop, session, keys)
            count = 0
            for key, outcome in write_in_chunks(session, keys, write, progress):
                if isinstance(outcome, UserError):
                    refuse(key, current_values(laptop, session, *key), outcome)
                else:
                    count += outcome
            return count

        groups: dict[str, list[tuple[str, str]]] = {}
        for key in todo:
            if values[key] is not None:
                groups.setdefault(key[0], []).append(key)
        for keys in groups.values():  # kind by kind, parents first
            fast, done = _fast_updates(laptop, session, values, keys, fields_held, acting, refuse)
            changed += fast + slowly([key for key in keys if key not in done])
        changed += slowly([key for key in todo if values[key] is None])
        session.add_all(refused)
    finally:
        session.info[APPLYING] = False
    return changed, refused, sorted(key for key in values if key in records_held)


def _fast_updates(
    laptop: Services,
    session: Session,
    values: dict[tuple[str, str], dict | None],
    todo: list[tuple[str, str]],
    fields_held: set,
    acting: Any,
    refuse: Any,
) -> tuple[int, set[tuple[str, str]]]:
    """The server's changes to plain fields of records this laptop has, and its new records
    of kinds the fast lane makes, written many at a time (sync/bulk.py); return how many
    records changed and the keys dealt with."""
    by_entity: dict[str, list[str]] = {}
    for entity, uuid in todo:
        service = entity_service(laptop, entity)
        plain = bulk.takes(service, ()) and not service.collections
        if plain and values[(entity, uuid)] is not None:
            by_entity.setdefault(entity, []).append(uuid)
    changed, done = 0, set()
    for entity, uuids in by_entity.items():
        current = bulk.read_current(laptop, session, entity, uuids)
        wanted: dict[str, dict[str, Any]] = {}
        for uuid, row in current.items():
            mine = row.as_json()
            theirs = values[(entity, uuid)]
            wanted[uuid] = {
                name: value
                for name, value in theirs.items()
                if (entity, uuid, name) not in fields_held and not same(value, mine.get(name))
            }
        wanted = {uuid: w for uuid, w in wanted.items() if w}
        service = entity_service(laptop, entity)
        new = {}
        if bulk.makes(service):
            new = {u: values[(entity, u)] for u in uuids if u not in current}
        actor_of = lambda uuid, entity=entity: acting((entity, uuid)).actor  # noqa: E731
        try:
            with session.begin_nested():
                made = bulk.create_many(laptop, session, entity, new, actor_of)
                outcome = bulk.update_many(laptop, session, entity, wanted, current, actor_of)
        except (sa.exc.SQLAlchemyError, UserError):
            continue  # the services write them one by one
        for uuid, refusal in made.items():
            done.add((entity, uuid))
            if refusal is not None:
                refuse((entity, uuid), None, refusal)
            else:
                changed += 1
        for uuid in current:
            done.add((entity, uuid))
            refusal = outcome.get(uuid)
            if refusal is not None:
                refuse((entity, uuid), current[uuid].as_json(), refusal)
            elif uuid in wanted:
                changed += 1
    return changed, done


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _apply_one(
    services: Services,
    session: Session,
    entity: str,
    uuid: str,
    theirs: dict | None,
    fields_held: set,
    flush: bool,
) -> int:
    service = entity_service(services, entity)
    local = current_values(services, session, entity, uuid)
    if theirs is None:
        if local is None:
            return 0
        service.delete_in(session, uuid)
        return 1
    if local is None:
        service.create_in(session, {**theirs, "uuid": uuid})
        return 1
    changes = {
        name: value
        for name, value in theirs.items()
        if (entity, uuid, name) not in fields_held and not same(value, local.get(name))
    }
    if not changes:
        return 0
    service.update_in(session, uuid, None, changes, flush=flush)
    return 1
