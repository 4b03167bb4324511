"""Records of workbook exchanges: exports sent to partners, import batches, their revert.

An export remembers what it sent (each row's version and values); an applied batch from it
advances that baseline to what the app took from the file, records the partner updates of its
deliverable rows (services.partner_updates), and keeps the baseline it replaced so that its
revert restores it.

The excel package reads files and plans an import; the writes happen here, in one
transaction, through the entity services so that every change is validated and audited. The
preview makes the same writes in a transaction that is rolled back (try_batch), so that it
refuses exactly the rows the apply would refuse.
"""

from __future__ import annotations

import contextlib
import enum
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased, selectinload
from sqlalchemy.orm.exc import StaleDataError

from ..domain import AuditAction, AuditEntry, ImportBatch, Partner, WorkbookExport
from ..domain.base import utcnow
from ..errors import ConflictError, FieldProblem, NotFoundError, UserError, ValidationError
from . import audit, partner_updates
from .context import Actor
from .crud import PRELOADED, field_value
from .values import first_few, to_jsonable

if TYPE_CHECKING:
    from . import Services


def record_export(
    services: Services,
    *,
    export_uuid: str,
    partner_uuid: str | None,
    schema_version: str,
    file_name: str,
    rows: dict[str, dict[str, dict[str, Any]]],
) -> None:
    """Remember a partner update workbook: {entity: {uuid: {"version", "values"}}}."""
    with services.db.write() as session:
        partner_id = None
        if partner_uuid:
            partner_id = session.scalar(sa.select(Partner.id).where(Partner.uuid == partner_uuid))
        session.add(
            WorkbookExport(
                uuid=export_uuid,
                partner_id=partner_id,
                actor=services.actor.name,
                schema_version=schema_version,
                file_name=file_name,
                rows_json=json.dumps(rows, ensure_ascii=False),
            )
        )


_PLAIN = frozenset({str, int, float, bool, type(None)})


def exchanged(value: Any) -> Any:
    """A field value as workbook exchanges store and compare it: JSON data (dates as ISO text,
    enums as their value), with empty text as no value, as in a spreadsheet."""
    if type(value) not in _PLAIN:  # plain values, by far the most, are taken as they are
        value = value._value_ if isinstance(value, enum.Enum) else to_jsonable(value)
    return None if value == "" else value


@dataclass(frozen=True)
class Exchanged:
    """A record as a workbook exchange sees it: version, label and exchanged values."""

    version: int
    label: str
    values: dict[str, Any]


class ExchangedFields:
    """Some fields of one entity as workbook exchanges read, store and compare them.

    A value is the services' own (``crud.field_value``, which ``EntityService.values`` uses),
    made ``exchanged``; the export's snapshot of what was sent and the import's comparison
    with the database both read values through here, many records per query.
    """

    def __init__(self, services: Services, entity: str, names: list[str]) -> None:
        self.service = services.entity(entity)
        self.names = list(names)
        model = self.service.model
        by_name = {f.name: f for f in self.service.fields}
        self.fields = [by_name[name] for name in self.names]
        self.columns: list[Any] = []
        self._joins: list[tuple[Any, Any]] = []
        for field in self.fields:
            if field.kind == "ref":  # the related record's UUID, as the services give it
                target = aliased(services.entity(field.ref).model)
                self.columns.append(target.uuid)
                self._joins.append((target, getattr(model, field.attr) == target.id))
            else:
                self.columns.append(getattr(model, field.attr))

    def join(self, stmt: sa.Select) -> sa.Select:
        """The statement with the joins the columns need."""
        for target, on in self._joins:
            stmt = stmt.outerjoin(target, on)
        return stmt

    def values(self, stored: list[Any]) -> dict[str, Any]:
        """The exchanged values, from what ``columns`` read, in their order."""
        return {
            field.name: exchanged(field_value(field, raw))
            for field, raw in zip(self.fields, stored, strict=True)
        }

    def read(self, session: sa.orm.Session, uuids: set[str]) -> dict[str, Exchanged]:
        """The given records (those that exist), by UUID."""
        model = self.service.model
        label = getattr(model, self.service.label_attr)
        ordered = sorted(uuids)
        out: dict[str, Exchanged] = {}
        for start in range(0, len(ordered), 500):
            stmt = sa.select(model.uuid, model.version, label, *self.columns)
            stmt = self.join(stmt).where(model.uuid.in_(ordered[start : start + 500]))
            for uuid, version, name, *stored in session.execute(stmt):
                out[uuid] = Exchanged(version, name, self.values(stored))
        return out


@dataclass(frozen=True)
class ExportRecord:
    uuid: str
    partner_uuid: str | None
    created_at: datetime
    actor: str
    rows: dict[str, dict[str, dict[str, Any]]]


def find_export(services: Services, export_uuid: str) -> ExportRecord | None:
    with services.db.read() as session:
        row = session.execute(
            sa.select(WorkbookExport, Partner.uuid)
            .outerjoin(Partner, Partner.id == WorkbookExport.partner_id)
            .where(WorkbookExport.uuid == export_uuid)
        ).first()
    if row is None:
        return None
    export, partner_uuid = row
    return ExportRecord(
        export.uuid, partner_uuid, export.created_at, export.actor, json.loads(export.rows_json)
    )


@dataclass
class PlannedWrite:
    """One accepted row of an import: a create (uuid None) or an update of some fields."""

    entity: str
    where: str  # "sheet 'Deliverables', row 7", for messages
    uuid: str | None
    version: int | None
    values: dict[str, Any]


@dataclass(frozen=True)
class Reported:
    """One applied row of a partner update workbook: the values the file holds for the
    record's exchanged fields (and, for a deliverable, the partner's comment). They become
    the export's baseline for the record; a deliverable's are also its partner update."""

    entity: str
    uuid: str
    values: dict[str, Any]


@dataclass
class BatchCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    errors: int = 0


@dataclass(frozen=True)
class BatchInfo:
    id: int
    at: datetime
    actor: str
    file_name: str
    sha256: str
    export_uuid: str | None
    counts: BatchCounts
    reverted_at: datetime | None
    reverted_by: str | None


def apply_batch(
    services: Services,
    writes: list[PlannedWrite],
    *,
    file_name: str,
    sha256: str,
    export_uuid: str | None,
    counts: BatchCounts,
    reported: list[Reported] | None = None,
    on_row: Callable[[int, int], None] | None = None,
) -> int:
    """Write every planned row in one transaction, audited under a new batch; return its id.

    With an export and its reported rows, the export's baseline advances and the deliverable
    rows' partner updates are recorded, in the same transaction. Nothing is written when any
    row fails: the error names the row. on_row(done, total) is called before each row; an
    exception it raises (a cancel) also rolls everything back.
    """
    with services.db.write() as session:
        batch = ImportBatch(
            actor=services.actor.name,
            file_name=file_name[:500],
            sha256=sha256,
            export_uuid=export_uuid,
            created_count=counts.created,
            updated_count=counts.updated,
            unchanged_count=counts.unchanged,
            conflict_count=counts.conflicts,
            error_count=counts.errors,
        )
        session.add(batch)
        session.flush()
        acting = services.with_actor(services.actor.for_batch(batch.id))
        _write_all(acting, session, writes, on_row, None)
        if export_uuid and reported:
            session.flush()
            _advance_baseline(acting, session, batch, export_uuid, reported)
        return batch.id


def _advance_baseline(
    services: Services,
    session: sa.orm.Session,
    batch: ImportBatch,
    export_uuid: str,
    reported: list[Reported],
) -> None:
    """The export's rows become what the batch took from the file (values and the records'
    versions now); the rows replaced are kept on the batch; partner updates are recorded."""
    export = session.scalar(sa.select(WorkbookExport).where(WorkbookExport.uuid == export_uuid))
    if export is None:
        return
    rows = json.loads(export.rows_json)
    versions: dict[tuple[str, str], int] = {}
    by_entity: dict[str, list[str]] = {}
    for row in reported:
        by_entity.setdefault(row.entity, []).append(row.uuid)
    for entity, uuids in by_entity.items():
        model = services.entity(entity).model
        for start in range(0, len(uuids), 500):
            stmt = sa.select(model.uuid, model.version).where(
                model.uuid.in_(uuids[start : start + 500])
            )
            versions.update(((entity, u), v) for u, v in session.execute(stmt))
    before: dict[str, dict[str, Any]] = {}
    for row in reported:
        sent = rows.setdefault(row.entity, {})
        old = sent.get(row.uuid)
        before.setdefault(row.entity, {}).setdefault(row.uuid, old)
        values = {**(old or {}).get("values", {}), **row.values}
        sent[row.uuid] = {"version": versions.get((row.entity, row.uuid)), "values": values}
    export.rows_json = json.dumps(rows, ensure_ascii=False)
    batch.baseline_json = json.dumps(before, ensure_ascii=False)
    partner_updates.record_updates(
        session,
        services.actor,
        batch_id=batch.id,
        export_uuid=export_uuid,
        partner_id=export.partner_id,
        reported=[(r.uuid, r.values) for r in reported if r.entity == "deliverable"],
    )


def _restore_baseline(session: sa.orm.Session, batch: ImportBatch) -> None:
    """Put back the export's rows as they were before the batch advanced them."""
    if not batch.baseline_json or not batch.export_uuid:
        return
    export = session.scalar(
        sa.select(WorkbookExport).where(WorkbookExport.uuid == batch.export_uuid)
    )
    if export is None:
        return
    rows = json.loads(export.rows_json)
    for entity, entries in json.loads(batch.baseline_json).items():
        sent = rows.setdefault(entity, {})
        for uuid, row in entries.items():
            if row is None:
                sent.pop(uuid, None)
            else:
                sent[uuid] = row
    export.rows_json = json.dumps(rows, ensure_ascii=False)


@dataclass(frozen=True)
class Refusal:
    """Why the services refused one planned write: the problems of its fields, the database's
    own refusal (a constraint), or the record changed since it was read."""

    problems: tuple[FieldProblem, ...] = ()
    database: str = ""
    changed: bool = False


def try_batch(services: Services, writes: list[PlannedWrite]) -> dict[int, Refusal]:
    """Make the planned writes as apply_batch makes them, through the same services, in a
    transaction rolled back at the end (a dry run: no record remains). The writes are not
    audited (audit.DRY_RUN), which refuses nothing; validation, version checks and the
    database's constraints at each flush are those of the apply.

    Returns why each refused write was refused, by its index in ``writes``.
    """
    refused: dict[int, Refusal] = {}
    with services.db.write() as session:
        session.info[audit.DRY_RUN] = True
        _write_all(services, session, writes, None, refused)
        session.rollback()
    return refused


CHUNK = 200  # rows written between two flushes


def _write_all(
    services: Services,
    session: sa.orm.Session,
    writes: list[PlannedWrite],
    on_row: Callable[[int, int], None] | None,
    refused: dict[int, Refusal] | None,
) -> None:
    """Create or update each planned row through its entity service, CHUNK rows per flush.

    With ``refused`` None the first refusal stops everything (UserError naming the row);
    otherwise each refusal is noted there and the other rows go on. When the database refuses
    a chunk, its rows are written again one at a time to tell which one it refused.
    """
    _preload(services, session, writes)
    with session.no_autoflush:
        for start in range(0, len(writes), CHUNK):
            chunk = range(start, min(start + CHUNK, len(writes)))
            try:
                with session.begin_nested():  # flushed when the chunk ends
                    for index in chunk:
                        if on_row is not None:
                            on_row(index, len(writes))
                        _write_one(services, session, writes, index, refused, flush=False)
            except (sa.exc.IntegrityError, StaleDataError):
                for index in chunk:
                    _write_one(services, session, writes, index, refused, flush=True)


def _write_one(
    services: Services,
    session: sa.orm.Session,
    writes: list[PlannedWrite],
    index: int,
    refused: dict[int, Refusal] | None,
    *,
    flush: bool,
) -> None:
    write = writes[index]
    service = services.entity(write.entity)
    try:
        with session.begin_nested() if flush else contextlib.nullcontext():
            if write.uuid is None:
                service.create_in(session, write.values)
            else:
                service.update_in(session, write.uuid, write.version, write.values, flush=flush)
    except ValidationError as exc:
        refusal = Refusal(problems=tuple(exc.problems))
    except ConflictError:
        refusal = Refusal(changed=True)
    except sa.exc.IntegrityError as exc:
        if not flush:
            raise  # the chunk is written again, row by row
        refusal = Refusal(database=str(exc.orig))
    else:
        return
    if refused is None:
        raise _stopped(write, refusal) from None
    refused[index] = refusal


def _stopped(write: PlannedWrite, refusal: Refusal) -> UserError:
    """Why an apply stopped, naming the row."""
    where = write.where[0].upper() + write.where[1:]
    if refusal.changed:
        return UserError(
            f"The record on {write.where} changed in the database after the preview. "
            "Nothing was written; preview the file again."
        )
    if refusal.database:
        return UserError(
            f"{where}: the database refused these values ({refusal.database}). Nothing was written."
        )
    return UserError(f"{where}: {ValidationError(list(refusal.problems))}. Nothing was written.")


def _preload(services: Services, session: sa.orm.Session, writes: list[PlannedWrite]) -> None:
    """Load the records to update, with the records they refer to, in a few queries, into the
    session's PRELOADED records (which the services take instead of loading each one)."""
    by_entity: dict[str, list[str]] = {}
    for write in writes:
        if write.uuid is not None:
            by_entity.setdefault(write.entity, []).append(write.uuid)
    loaded = session.info.setdefault(PRELOADED, {})
    for entity, uuids in by_entity.items():
        service = services.entity(entity)
        model = service.model
        refs = [selectinload(getattr(model, f.name)) for f in service.fields if f.kind == "ref"]
        for start in range(0, len(uuids), 500):
            stmt = sa.select(model).where(model.uuid.in_(uuids[start : start + 500]))
            loaded.update((obj.uuid, obj) for obj in session.scalars(stmt.options(*refs)))


def _info(batch: ImportBatch) -> BatchInfo:
    counts = BatchCounts(
        batch.created_count,
        batch.updated_count,
        batch.unchanged_count,
        batch.conflict_count,
        batch.error_count,
    )
    return BatchInfo(
        batch.id,
        batch.at,
        batch.actor,
        batch.file_name,
        batch.sha256,
        batch.export_uuid,
        counts,
        batch.reverted_at,
        batch.reverted_by,
    )


def batch_history(services: Services) -> list[BatchInfo]:
    """Applied import batches, newest first."""
    with services.db.read() as session:
        batches = session.scalars(sa.select(ImportBatch).order_by(ImportBatch.id.desc()))
        return [_info(b) for b in batches]


def revert_batch(services: Services, batch_id: int) -> int:
    """Restore the values a batch replaced, and delete what it created; return records touched.

    Refused, naming the records, when any of them changed after the batch.
    """
    with services.db.write() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(f"There is no import batch {batch_id}.")
        if batch.reverted_at is not None:
            raise UserError(f"Import batch {batch_id} was already reverted.")
        entries = audit.batch_entries(session, batch_id)
        records: dict[tuple[str, str], list[audit.HistoryEntry]] = {}
        for entry in entries:
            records.setdefault((entry.entity, entry.record_uuid), []).append(entry)
        _refuse_if_changed_since(services, session, batch_id, records)
        acting = services.with_actor(Actor(services.actor.name, f"revert:{batch_id}"))
        updated = partner_updates.remove_batch_updates(session, acting.actor, batch_id)
        for (entity, uuid), changes in records.items():
            service = acting.entity(entity)
            if any(c.action == AuditAction.CREATE.value for c in changes):
                service.delete_in(session, uuid)
            else:
                service.update_in(session, uuid, None, {c.field: c.old_value for c in changes})
        _restore_baseline(session, batch)
        batch.reverted_at = utcnow()
        batch.reverted_by = services.actor.name
        return len(set(records) | {("deliverable", uuid) for uuid in updated})


def _refuse_if_changed_since(
    services: Services,
    session: sa.orm.Session,
    batch_id: int,
    records: dict[tuple[str, str], list[audit.HistoryEntry]],
) -> None:
    changed: list[str] = []
    for (entity, uuid), changes in records.items():
        last = max(c.id for c in changes)
        later = session.scalar(
            sa.select(sa.func.count(AuditEntry.id)).where(
                AuditEntry.entity == entity, AuditEntry.record_uuid == uuid, AuditEntry.id > last
            )
        )
        if later:
            service = services.entity(entity)
            obj = session.scalar(sa.select(service.model).where(service.model.uuid == uuid))
            name = service.display_label(obj) if obj is not None else uuid
            changed.append(f"{service.label} '{name}'")
    if changed:
        raise UserError(
            f"Import batch {batch_id} cannot be reverted because these records changed after "
            f"it: {first_few(changed)}. Edit them by hand instead."
        )


__all__ = [
    "BatchCounts",
    "BatchInfo",
    "Exchanged",
    "ExchangedFields",
    "ExportRecord",
    "PlannedWrite",
    "Refusal",
    "Reported",
    "apply_batch",
    "batch_history",
    "exchanged",
    "find_export",
    "record_export",
    "revert_batch",
    "try_batch",
]
