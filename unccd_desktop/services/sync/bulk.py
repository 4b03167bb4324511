"""The fast lane of sync: many records' plain fields updated with a few statements.

Most of what laptops exchange is officers editing fields of existing records. Such updates
are read, checked and written here for many records at once with SQLAlchemy Core, by the
same rules as ``EntityService.update_in``: each value cleaned by its field, references
checked, the entity's cross-field rules (``validate``), the version counter and time stamp
moved on, one audit entry per changed field, the record noted in the change set and captured
for sync. Anything else (a new record, a delete, a list such as an agreement's parties, a
record not found) takes the ordinary path.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.util import identity_key

from ... import messages as msg
from ...domain import AuditAction, AuditEntry, ChangeLogEntry, OutboxEntry
from ...domain.base import utcnow
from ...errors import FieldProblem, Text, UserError, ValidationError
from .. import changes
from ..audit import DRY_RUN
from ..context import Actor
from ..crud import EntityService, field_value
from ..values import dumps, to_jsonable
from .capture import APPLYING, LAPTOP, ORIGIN, ROLE, SERVER, lock_log

if TYPE_CHECKING:
    from .. import Services

READ_CHUNK = 500


@dataclass
class Current:
    """A record as stored: its key, version and field values (references as UUIDs)."""

    id: int
    version: int
    values: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return to_jsonable(self.values)


def takes(service: Any, names: Iterable[str]) -> bool:
    """Whether the fast lane can write these fields of this kind of record."""
    if not isinstance(service, EntityService):
        return False
    plain = {f.name for f in service.fields}
    return all(name in plain for name in names)


def makes(service: Any) -> bool:
    """Whether the fast lane can make records of this kind: no lists, and no rule that two
    new records of one batch could break together (a partner's name is unique)."""
    return takes(service, ()) and not service.collections and service.entity != "partner"


def read_current(
    services: Services, session: Session, entity: str, uuids: list[str]
) -> dict[str, Current]:
    """The plain fields of these records as stored, a few hundred per query."""
    service = services.entity(entity)
    table = service.model.__table__
    columns = [table.c.id, table.c.uuid, table.c.version]
    joins = []
    for field in service.fields:
        if field.kind == "ref":
            target = aliased(services.entity(field.ref).model)
            joins.append((target, table.c[field.attr] == target.id))
            columns.append(target.uuid.label(field.name))
        else:
            columns.append(table.c[field.attr].label(field.name))
    out: dict[str, Current] = {}
    for start in range(0, len(uuids), READ_CHUNK):
        stmt = sa.select(*columns).select_from(table)
        for target, on in joins:
            stmt = stmt.outerjoin(target, on)
        stmt = stmt.where(table.c.uuid.in_(uuids[start : start + READ_CHUNK]))
        for row in session.execute(stmt):
            data = row._mapping
            values = {f.name: field_value(f, data[f.name]) for f in service.fields}
            out[data["uuid"]] = Current(data["id"], data["version"], values)
    return out


def update_many(
    services: Services,
    session: Session,
    entity: str,
    wanted: dict[str, dict[str, Any]],
    current: dict[str, Current],
    actor_of: Callable[[str], Actor],
) -> dict[str, UserError | None]:
    """Write ``wanted`` (uuid → field → JSON value) over the ``current`` records; return each
    record's refusal (None: written or nothing to write). A refused record is left as it
    was; the caller flushes nothing and may go on."""
    service = services.entity(entity)
    fields = {f.name: f for f in service.fields}
    refs = _referenced_ids(services, session, service, wanted)
    outcome: dict[str, UserError | None] = {}
    writes: list[tuple[str, Current, dict[str, Any], dict[str, Any]]] = []
    for uuid, changes_wanted in wanted.items():
        row = current[uuid]
        scalars, _colls, problems = service.clean(session, changes_wanted, creating=False)
        others = {k: v for k, v in scalars.items() if fields[k].kind != "ref"}
        service.check_references(session, others, problems)
        for name, value in scalars.items():
            if fields[name].kind == "ref" and value is not None and refs.get(value) is None:
                problems.append(FieldProblem(name, Text(msg.UNKNOWN_RECORD)))
        merged = {**row.values, **scalars}
        if not problems:
            problems += service.validate(session, merged, SimpleNamespace(id=row.id, uuid=uuid))
        if problems:
            outcome[uuid] = ValidationError(problems)
            continue
        changed = {
            name: value
            for name, value in scalars.items()
            if to_jsonable(value) != to_jsonable(row.values.get(name))
        }
        outcome[uuid] = None
        if changed:
            writes.append((uuid, row, changed, {n: row.values.get(n) for n in changed}))
    if writes and not session.info.get(DRY_RUN):
        _write(services, session, service, fields, refs, writes, actor_of)
    return outcome


def create_many(
    services: Services,
    session: Session,
    entity: str,
    wanted: dict[str, dict[str, Any]],
    actor_of: Callable[[str], Actor],
) -> dict[str, UserError | None]:
    """Make the records ``wanted`` (uuid → field → JSON value), none of which exists yet, as
    ``EntityService.create_in`` would; return each one's refusal (None: made)."""
    service = services.entity(entity)
    fields = {f.name: f for f in service.fields}
    refs = _referenced_ids(services, session, service, wanted)
    table = service.model.__table__
    now = utcnow()
    outcome: dict[str, UserError | None] = {}
    rows, audit_rows, capture_rows = [], [], []
    role = session.info.get(ROLE)
    origin = session.info.get(ORIGIN) or {}
    laptop_capture = role == LAPTOP and not session.info.get(APPLYING)
    for uuid, data in wanted.items():
        scalars, _colls, problems = service.clean(session, data, creating=True)
        others = {k: v for k, v in scalars.items() if fields[k].kind != "ref"}
        service.check_references(session, others, problems)
        for name, value in scalars.items():
            if fields[name].kind == "ref" and value is not None and refs.get(value) is None:
                problems.append(FieldProblem(name, Text(msg.UNKNOWN_RECORD)))
        merged = {f.name: ([] if f.kind == "lines" else None) for f in service.fields}
        merged.update(scalars)
        if not problems:
            problems += service.validate(session, merged, None)
        if problems:
            outcome[uuid] = ValidationError(problems)
            continue
        outcome[uuid] = None
        row = {"uuid": uuid, "version": 1, "created_at": now, "updated_at": now}
        for field in service.fields:
            value = merged[field.name]
            if field.kind == "ref":
                value = refs.get(value) if value is not None else None
            elif field.kind == "lines":
                value = "\n".join(value)
            row[field.attr] = value
        rows.append(row)
        after = {n: to_jsonable(v) for n, v in merged.items() if to_jsonable(v) is not None}
        actor = actor_of(uuid)
        audited = sorted(after) or [None]
        for name in audited:
            audit_rows.append(
                {
                    "at": now,
                    "actor": actor.name,
                    "source": actor.source,
                    "batch_id": actor.batch_id,
                    "action": AuditAction.CREATE,
                    "entity": entity,
                    "record_uuid": uuid,
                    "field": name,
                    "old_value": None,
                    "new_value": dumps(after[name]) if name is not None else None,
                }
            )
        if laptop_capture:
            capture_rows.append(
                {
                    "at": now,
                    "entity": entity,
                    "record_uuid": uuid,
                    "action": "create",
                    "before_json": "{}",
                    "after_json": dumps(after) or "{}",
                }
            )
        elif role == SERVER:
            capture_rows.append(_log_row(entity, uuid, "create", origin, actor.name, now))
        change = changes.RecordChange(
            entity, uuid, changes.CREATE, set(after), actor.name, actor.source
        )
        changes.note(session, change)
    if rows and not session.info.get(DRY_RUN):
        connection = session.connection()
        connection.execute(sa.insert(table), rows)
        connection.execute(sa.insert(AuditEntry.__table__), audit_rows)
        _insert_captured(session, role, capture_rows)
    return outcome


def _log_row(entity: str, uuid: str, action: str, origin: dict, actor: str, at: Any) -> dict:
    return {
        "entity": entity,
        "record_uuid": uuid,
        "action": action,
        "batch_uuid": origin.get("batch"),
        "laptop_id": origin.get("laptop_id"),
        "laptop_name": origin.get("laptop_name", ""),
        "actor": actor,
        "at": at,
    }


def _insert_captured(session: Session, role: str | None, rows: list[dict]) -> None:
    if not rows:
        return
    if role == SERVER:
        lock_log(session)
        session.connection().execute(sa.insert(ChangeLogEntry.__table__), rows)
    else:
        session.connection().execute(sa.insert(OutboxEntry.__table__), rows)


def _referenced_ids(
    services: Services, session: Session, service: Any, wanted: dict[str, dict[str, Any]]
) -> dict[str, int]:
    """UUID → id of every record the wanted values refer to."""
    by_target: dict[str, set[str]] = {}
    for field in service.fields:
        if field.kind != "ref":
            continue
        for changes_wanted in wanted.values():
            value = changes_wanted.get(field.name)
            if value not in (None, ""):
                by_target.setdefault(field.ref, set()).add(str(value))
    found: dict[str, int] = {}
    for target, uuids in by_target.items():
        model = services.entity(target).model
        listed = sorted(uuids)
        for start in range(0, len(listed), READ_CHUNK):
            chunk = listed[start : start + READ_CHUNK]
            found.update(
                session.execute(sa.select(model.uuid, model.id).where(model.uuid.in_(chunk))).all()
            )
    return found


def _write(
    services: Services,
    session: Session,
    service: Any,
    fields: dict[str, Any],
    refs: dict[str, int],
    writes: list[tuple[str, Current, dict[str, Any], dict[str, Any]]],
    actor_of: Callable[[str], Actor],
) -> None:
    table = service.model.__table__
    now = utcnow()
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    audit_rows, capture_rows = [], []
    role = session.info.get(ROLE)
    origin = session.info.get(ORIGIN) or {}
    laptop_capture = role == LAPTOP and not session.info.get(APPLYING)
    for uuid, row, changed, before in writes:
        params = {"b_id": row.id, "b_version": row.version, "b_new": row.version + 1, "b_at": now}
        for name, value in changed.items():
            field = fields[name]
            if field.kind == "ref":
                value = refs.get(value) if value is not None else None
            elif field.kind == "lines":
                value = "\n".join(value)
            params[f"v_{field.attr}"] = value
        groups.setdefault(tuple(sorted(fields[n].attr for n in changed)), []).append(params)
        actor = actor_of(uuid)
        for name in sorted(changed):
            audit_rows.append(
                {
                    "at": now,
                    "actor": actor.name,
                    "source": actor.source,
                    "batch_id": actor.batch_id,
                    "action": AuditAction.UPDATE,
                    "entity": service.entity,
                    "record_uuid": uuid,
                    "field": name,
                    "old_value": dumps(before.get(name)),
                    "new_value": dumps(changed[name]),
                }
            )
        before_json = {n: to_jsonable(before.get(n)) for n in changed}
        after_json = {n: to_jsonable(v) for n, v in changed.items()}
        if laptop_capture:
            capture_rows.append(
                {
                    "at": now,
                    "entity": service.entity,
                    "record_uuid": uuid,
                    "action": "update",
                    "before_json": dumps(before_json) or "{}",
                    "after_json": dumps(after_json) or "{}",
                }
            )
        elif role == SERVER:
            capture_rows.append(_log_row(service.entity, uuid, "update", origin, actor.name, now))
        change = changes.RecordChange(
            service.entity, uuid, changes.UPDATE, set(changed), actor.name, actor.source
        )
        changes.note(session, change)
        stale = session.identity_map.get(identity_key(service.model, row.id))
        if stale is not None:
            session.expire(stale)
    for attrs, rows in groups.items():
        _update_rows(session, table, attrs, rows)
    session.connection().execute(sa.insert(AuditEntry.__table__), audit_rows)
    _insert_captured(session, role, capture_rows)


def _update_rows(session: Session, table: sa.Table, attrs: tuple[str, ...], rows: list) -> None:
    """Set ``attrs`` (and the version and time stamp) of many rows, checking each row's version:
    an executemany, or on PostgreSQL one statement (a driver's executemany would cross the
    network once per row)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        _update_rows_postgresql(connection, table, attrs, rows)
        return
    stmt = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("b_id"), table.c.version == sa.bindparam("b_version"))
        .values(
            {table.c[a]: sa.bindparam(f"v_{a}") for a in attrs}
            | {table.c.version: sa.bindparam("b_new"), table.c.updated_at: sa.bindparam("b_at")}
        )
    )
    result = connection.execute(stmt, rows)
    if connection.dialect.supports_sane_multi_rowcount and result.rowcount != len(rows):
        raise UserError("A record changed while it was being updated; sync again.")


def _update_rows_postgresql(
    connection: sa.Connection, table: sa.Table, attrs: tuple[str, ...], rows: list
) -> None:
    """One ``UPDATE ... FROM jsonb_to_recordset(...)``: the rows travel as one JSON parameter,
    each value as its column's driver value, and the SQL is the same for every push."""
    dialect = connection.dialect
    kinds = {"b_id": table.c.id.type, "b_version": table.c.version.type}
    kinds |= {"b_new": table.c.version.type, "b_at": table.c.updated_at.type}
    kinds |= {f"v_{a}": table.c[a].type for a in attrs}
    processors = {name: kind.bind_processor(dialect) for name, kind in kinds.items()}
    columns = ", ".join(f"{name} {kind.compile(dialect)}" for name, kind in kinds.items())
    assigned = ", ".join(f"{a} = given.v_{a}" for a in attrs)
    sql = sa.text(
        f"UPDATE {table.name} SET {assigned}, version = given.b_new, updated_at = given.b_at "
        f"FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS given({columns}) "
        f"WHERE {table.name}.id = given.b_id AND {table.name}.version = given.b_version"
    )
    data = []
    for row in rows:
        item = {}
        for name, process in processors.items():
            value = row[name] if process is None else process(row[name])
            item[name] = _json_value(value)
        data.append(item)
    if connection.execute(sql, {"rows": json.dumps(data)}).rowcount != len(rows):
        raise UserError("A record changed while it was being updated; sync again.")


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value
