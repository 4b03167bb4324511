"""Records of workbook exchanges: exports sent to partners, import batches, their revert.

The excel package reads files and plans an import; the writes happen here, in one
transaction, through the entity services so that every change is validated and audited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from ..domain import AuditAction, AuditEntry, ImportBatch, Partner, WorkbookExport
from ..domain.base import utcnow
from ..errors import ConflictError, NotFoundError, UserError, ValidationError
from . import audit
from .context import Actor
from .values import first_few

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
    on_row: Callable[[int, int], None] | None = None,
) -> int:
    """Write every planned row in one transaction, audited under a new batch; return its id.

    Nothing is written when any row fails: the error names the row. on_row(done, total) is
    called before each row; an exception it raises (a cancel) also rolls everything back.
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
        loaded = _preload(services, session, writes)  # noqa: F841 (kept alive in the session)
        for done, write in enumerate(writes):
            if on_row is not None:
                on_row(done, len(writes))
            service = acting.entity(write.entity)
            try:
                if write.uuid is None:
                    service.create_in(session, write.values)
                else:
                    service.update_in(session, write.uuid, write.version, write.values)
            except ConflictError:
                raise UserError(
                    f"The record on {write.where} changed in the database after the preview. "
                    "Nothing was written; preview the file again."
                ) from None
            except sa.exc.IntegrityError as exc:
                where = write.where[0].upper() + write.where[1:]
                raise UserError(
                    f"{where}: the database refused these values ({exc.orig}). Nothing was written."
                ) from None
            except ValidationError as exc:
                where = write.where[0].upper() + write.where[1:]
                raise UserError(f"{where}: {exc}. Nothing was written.") from None
        return batch.id


def _preload(services: Services, session: sa.orm.Session, writes: list[PlannedWrite]) -> list:
    """Load the records to update, with the records they refer to, in a few queries.

    The session keeps only weakly what it loaded, so the caller holds the returned list.
    """
    by_entity: dict[str, list[str]] = {}
    for write in writes:
        if write.uuid is not None:
            by_entity.setdefault(write.entity, []).append(write.uuid)
    loaded: list = []
    for entity, uuids in by_entity.items():
        service = services.entity(entity)
        model = service.model
        refs = [selectinload(getattr(model, f.name)) for f in service.fields if f.kind == "ref"]
        for start in range(0, len(uuids), 500):
            stmt = sa.select(model).where(model.uuid.in_(uuids[start : start + 500]))
            loaded += session.scalars(stmt.options(*refs)).all()
    return loaded


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
        for (entity, uuid), changes in records.items():
            service = acting.entity(entity)
            if any(c.action == AuditAction.CREATE.value for c in changes):
                service.delete_in(session, uuid)
            else:
                service.update_in(session, uuid, None, {c.field: c.old_value for c in changes})
        batch.reverted_at = utcnow()
        batch.reverted_by = services.actor.name
        return len(records)


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
    "ExportRecord",
    "PlannedWrite",
    "apply_batch",
    "batch_history",
    "find_export",
    "record_export",
    "revert_batch",
]
