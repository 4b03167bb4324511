"""The server's side of a push: one batch applied in one transaction, merged field by field.

For each field a laptop changed, base is the value it had from the server, ours the laptop's,
theirs the server's now: theirs == base takes ours; theirs == ours is already done; anything
else is a conflict, and the server keeps its value. Writes go through the ordinary services,
so they are validated, audited (who, from which laptop) and numbered in the change log.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...domain import Partner, SyncBatch
from ...errors import UserError, ValidationError, message_of
from . import blobs, bulk
from .capture import ORIGIN, lock_log
from .chunks import write_in_chunks
from .outbox import PushedRecord, same
from .partner_updates import entity_service
from .records import current_values, preload
from .results import DELETED_HERE, DELETED_THERE, DUPLICATE, FIELD, REFUSED

if TYPE_CHECKING:
    from pathlib import Path

    from .. import Services


def conflict(kind: str, record: PushedRecord, field: str | None, base, ours, theirs, message=""):
    return {
        "kind": kind,
        "entity": record.entity,
        "record": record.uuid,
        "field": field,
        "base": base,
        "ours": ours,
        "theirs": theirs,
        "message": message,
    }


def apply_batch(
    server: Services,
    batch_uuid: str,
    laptop_id: str,
    laptop_name: str,
    records: list[PushedRecord],
    files: dict[str, Path],
) -> dict[str, Any]:
    """Apply a laptop's batch once; a batch seen before gets the answer it got then."""
    with server.db.write() as session:
        lock_log(session)
        seen = session.get(SyncBatch, batch_uuid)
        if seen is not None:
            return json.loads(seen.result_json)
        session.info[ORIGIN] = {
            "batch": batch_uuid,
            "laptop_id": laptop_id,
            "laptop_name": laptop_name,
        }
        blobs.upload(session, files)
        conflicts: list[dict[str, Any]] = []
        creates = [r for r in records if r.action == "create"]
        updates = [r for r in records if r.action == "update"]
        deletes = [r for r in records if r.action == "delete"]
        conflicts += _apply_creates(server, session, creates)
        found, slow = _apply_fast(server, session, updates)
        conflicts += found
        conflicts += _apply_slowly(server, session, slow)
        # Deletes once every update is flushed: a delete checks what still refers to the
        # record (a merge moves the references, then deletes the partner merged).
        conflicts += _apply_slowly(server, session, deletes)
        applied = len(records)
        result = {"applied": applied, "conflicts": conflicts}
        session.add(
            SyncBatch(
                batch_uuid=batch_uuid,
                laptop_id=laptop_id,
                laptop_name=laptop_name,
                actor=server.actor.name,
                result_json=json.dumps(result, ensure_ascii=False),
            )
        )
    return result


def _apply_slowly(server: Services, session: Session, records: list[PushedRecord]) -> list:
    """Records through the services one by one (a few hundred per flush)."""
    preload(server, session, [(r.entity, r.uuid) for r in records])
    conflicts: list[dict[str, Any]] = []

    def write(record: PushedRecord, flush: bool) -> list[dict]:
        return _apply_one(server, session, record, flush)

    for record, found in write_in_chunks(session, records, write):
        if isinstance(found, UserError):
            theirs = current_values(server, session, record.entity, record.uuid)
            ours = record.ours if record.action != "delete" else None
            found = [conflict(REFUSED, record, None, record.base, ours, theirs, message_of(found))]
        conflicts.extend(found)
    return conflicts


def _apply_creates(server: Services, session: Session, records: list[PushedRecord]) -> list:
    """New records, kind by kind (parents first): many at a time where the fast lane can make
    them (sync/bulk.py), else through the services."""
    conflicts: list[dict[str, Any]] = []
    groups: dict[str, list[PushedRecord]] = {}
    for record in records:
        groups.setdefault(record.entity, []).append(record)
    for entity, group in groups.items():
        service = entity_service(server, entity)
        if not (bulk.makes(service) and all(bulk.takes(service, r.ours) for r in group)):
            conflicts += _apply_slowly(server, session, group)
            continue
        there = bulk.read_current(server, session, entity, [r.uuid for r in group])
        new = [r for r in group if r.uuid not in there]
        try:
            with session.begin_nested():
                outcome = bulk.create_many(
                    server,
                    session,
                    entity,
                    {r.uuid: r.ours for r in new},
                    lambda _uuid: server.actor,
                )
        except (sa.exc.SQLAlchemyError, UserError):
            conflicts += _apply_slowly(server, session, group)
            continue
        for record in new:
            refusal = outcome.get(record.uuid)
            if refusal is not None:
                why = message_of(refusal)
                conflicts.append(conflict(REFUSED, record, None, {}, record.ours, None, why))
        conflicts += _apply_slowly(server, session, [r for r in group if r.uuid in there])
    return conflicts


def _apply_fast(
    server: Services, session: Session, records: list[PushedRecord]
) -> tuple[list[dict], list[PushedRecord]]:
    """Updates of plain fields, merged and written many at a time (sync/bulk.py); return the
    conflicts and the records left to the services (not found, lists, a failed write)."""
    conflicts: list[dict[str, Any]] = []
    slow: list[PushedRecord] = []
    by_entity: dict[str, list[PushedRecord]] = {}
    for record in records:
        if bulk.takes(entity_service(server, record.entity), record.ours):
            by_entity.setdefault(record.entity, []).append(record)
        else:
            slow.append(record)
    for entity, group in by_entity.items():
        current = bulk.read_current(server, session, entity, [r.uuid for r in group])
        wanted: dict[str, dict[str, Any]] = {}
        found: list[dict[str, Any]] = []
        for record in group:
            row = current.get(record.uuid)
            if row is None:
                slow.append(record)  # deleted on the server: the services say so
                continue
            theirs = row.as_json()
            changes = {}
            for name, ours in record.ours.items():
                if same(theirs.get(name), ours):
                    continue
                if same(theirs.get(name), record.base.get(name)):
                    changes[name] = ours
                else:
                    base = record.base.get(name)
                    found.append(conflict(FIELD, record, name, base, ours, theirs.get(name)))
            if changes:
                wanted[record.uuid] = changes
        try:
            with session.begin_nested():
                outcome = bulk.update_many(
                    server, session, entity, wanted, current, lambda _uuid: server.actor
                )
        except (sa.exc.SQLAlchemyError, UserError):
            slow.extend(r for r in group if r.uuid in current)
            continue
        conflicts += found
        for record in group:
            refusal = outcome.get(record.uuid)
            if refusal is not None:
                theirs = current[record.uuid].as_json()
                conflicts.append(
                    conflict(
                        REFUSED, record, None, record.base, record.ours, theirs, message_of(refusal)
                    )
                )
    return conflicts, slow


def _apply_one(server: Services, session: Session, record: PushedRecord, flush: bool) -> list[dict]:
    service = entity_service(server, record.entity)
    theirs = current_values(server, session, record.entity, record.uuid)
    if record.action == "create":
        if theirs is None:
            found = _possible_duplicates(server, session, record)
            try:
                with session.begin_nested():
                    service.create_in(session, {**record.ours, "uuid": record.uuid})
            except ValidationError as exc:
                if not found:
                    raise
                # Not made (the name is taken): the officer merges it or renames it.
                found[0]["message"] = message_of(exc)
            return found
        # Already there (a record made again after a delete conflict): merge as an update
        # whose base is nothing, so any field differing on the server is a conflict.
        return _merge(server, session, record, theirs, {}, flush)
    if record.action == "update":
        if theirs is None:
            return [conflict(DELETED_THERE, record, None, record.base, record.ours, None)]
        return _merge(server, session, record, theirs, record.base, flush)
    if theirs is None:
        return []  # deleted on both sides
    edited = [k for k, v in theirs.items() if not same(v, record.base.get(k))]
    if edited:
        return [conflict(DELETED_HERE, record, None, record.base, None, theirs)]
    service.delete_in(session, record.uuid)
    return []


def _merge(
    server: Services,
    session: Session,
    record: PushedRecord,
    theirs: dict,
    base: dict,
    flush: bool,
) -> list[dict]:
    found, changes = [], {}
    for name, ours in record.ours.items():
        server_value = theirs.get(name)
        if same(server_value, ours):
            continue
        if same(server_value, base.get(name)):
            changes[name] = ours
        else:
            found.append(conflict(FIELD, record, name, base.get(name), ours, server_value))
    if changes:
        entity_service(server, record.entity).update_in(
            session, record.uuid, None, changes, flush=flush
        )
    return found


def _possible_duplicates(server: Services, session: Session, record: PushedRecord) -> list[dict]:
    """A partner created on a laptop with the name or acronym of one the server has."""
    if record.entity != "partner":
        return []
    keys = {str(record.ours.get(name) or "").strip().casefold() for name in ("name", "acronym")} - {
        ""
    }
    if not keys:
        return []
    others = session.scalars(
        sa.select(Partner.uuid).where(
            sa.or_(
                sa.func.lower(sa.func.trim(Partner.name)).in_(keys),
                sa.func.lower(sa.func.trim(Partner.acronym)).in_(keys),
            )
        )
    ).all()
    for uuid in others:
        if uuid != record.uuid:
            theirs = {**current_values(server, session, "partner", uuid), "uuid": uuid}
            return [conflict(DUPLICATE, record, None, None, record.ours, theirs)]
    return []
