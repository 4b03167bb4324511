"""Partner updates: what partners reported on their deliverables in update workbooks.

An applied import of a partner update workbook records, for each deliverable row it applied,
the status, progress, submitted date and evidence link as the partner left them and the
partner's comment (services.exchange.apply_batch); a revert of the batch removes them. They
form a deliverable's "Updates" timeline. Change sets name them as entity ``partner_update``
with the deliverable's UUID, so that views of the deliverable follow them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..domain import Deliverable, Partner, PartnerUpdate
from ..domain.base import new_uuid
from . import changes
from .context import Actor
from .sync import capture
from .values import to_jsonable

if TYPE_CHECKING:
    from . import Services

ENTITY = "partner_update"
REPORTED = ("status", "progress_percent", "submitted_on", "evidence_url")


@dataclass(frozen=True)
class UpdateInfo:
    """One partner update as the timeline shows it."""

    uuid: str
    deliverable: str
    at: datetime
    partner: str | None  # UUID
    partner_name: str
    export_uuid: str | None
    batch_id: int | None
    status: str | None
    progress_percent: int | None
    submitted_on: date | None
    evidence_url: str | None
    comment: str


def _select() -> sa.Select:
    return (
        sa.select(PartnerUpdate, Deliverable.uuid, Partner.uuid, Partner.name)
        .join(Deliverable, Deliverable.id == PartnerUpdate.deliverable_id)
        .outerjoin(Partner, Partner.id == PartnerUpdate.partner_id)
    )


def _info(row: Any) -> UpdateInfo:
    update, deliverable, partner, partner_name = row
    return UpdateInfo(
        update.uuid,
        deliverable,
        update.at,
        partner,
        partner_name or "",
        update.export_uuid,
        update.batch_id,
        update.status,
        update.progress_percent,
        update.submitted_on,
        update.evidence_url,
        update.comment,
    )


def updates_of(services: Services, deliverable_uuid: str) -> list[UpdateInfo]:
    """A deliverable's partner updates, newest first."""
    stmt = _select().where(Deliverable.uuid == deliverable_uuid)
    stmt = stmt.order_by(PartnerUpdate.at.desc(), PartnerUpdate.id.desc())
    with services.db.read() as session:
        return [_info(row) for row in session.execute(stmt)]


def all_updates(services: Services) -> list[dict[str, Any]]:
    """Every partner update as JSON data, ordered by deliverable then time."""
    stmt = _select().order_by(Deliverable.uuid, PartnerUpdate.at, PartnerUpdate.id)
    with services.db.read() as session:
        infos = [_info(row) for row in session.execute(stmt)]
    return [to_jsonable({k: v for k, v in asdict(i).items() if k != "partner_name"}) for i in infos]


def record_updates(
    session: sa.orm.Session,
    actor: Actor,
    *,
    batch_id: int,
    export_uuid: str,
    partner_id: int | None,
    reported: Iterable[tuple[str, dict[str, Any]]],
) -> None:
    """Record what a batch's deliverable rows reported: (deliverable UUID, exchanged values
    with the comment) each."""
    reported = list(reported)
    uuids = [uuid for uuid, _values in reported]
    ids: dict[str, int] = {}
    for start in range(0, len(uuids), 500):
        stmt = sa.select(Deliverable.uuid, Deliverable.id)
        ids.update(
            session.execute(stmt.where(Deliverable.uuid.in_(uuids[start : start + 500]))).all()
        )
    added = []
    for uuid, values in reported:
        submitted = values.get("submitted_on")
        added.append(
            PartnerUpdate(
                uuid=new_uuid(),
                deliverable_id=ids[uuid],
                partner_id=partner_id,
                export_uuid=export_uuid,
                batch_id=batch_id,
                status=values.get("status"),
                progress_percent=values.get("progress_percent"),
                submitted_on=date.fromisoformat(submitted) if submitted else None,
                evidence_url=values.get("evidence_url"),
                comment=values.get("comment") or "",
            )
        )
        session.add(added[-1])
        change = changes.RecordChange(
            ENTITY, uuid, changes.CREATE, {"comment", *REPORTED}, actor.name, actor.source
        )
        changes.note(session, change)
    if added and session.info.get(capture.ROLE):
        from .sync import partner_updates as sync_updates

        session.flush()
        for update in added:
            sync_updates.captured_create(session, actor.name, update)


def remove_batch_updates(session: sa.orm.Session, actor: Actor, batch_id: int) -> set[str]:
    """Delete the partner updates a batch recorded; return their deliverables' UUIDs."""
    rows = session.execute(
        sa.select(PartnerUpdate.id, Deliverable.uuid)
        .join(Deliverable, Deliverable.id == PartnerUpdate.deliverable_id)
        .where(PartnerUpdate.batch_id == batch_id)
    ).all()
    if rows and session.info.get(capture.ROLE):
        from .sync import partner_updates as sync_updates

        for update in session.scalars(
            sa.select(PartnerUpdate).where(PartnerUpdate.batch_id == batch_id)
        ):
            sync_updates.captured_delete(session, actor.name, update)
    if rows:
        session.execute(sa.delete(PartnerUpdate).where(PartnerUpdate.batch_id == batch_id))
    uuids = {uuid for _id, uuid in rows}
    for uuid in uuids:
        change = changes.RecordChange(ENTITY, uuid, changes.DELETE, set(), actor.name, actor.source)
        changes.note(session, change)
    return uuids


def move_to_partner(session: sa.orm.Session, actor: Actor, from_id: int, to_id: int) -> int:
    """Credit one partner's updates to another (a merge of partners); return how many."""
    rows = session.execute(
        sa.select(PartnerUpdate.id, Deliverable.uuid)
        .join(Deliverable, Deliverable.id == PartnerUpdate.deliverable_id)
        .where(PartnerUpdate.partner_id == from_id)
    ).all()
    if rows:
        session.execute(
            sa.update(PartnerUpdate)
            .where(PartnerUpdate.partner_id == from_id)
            .values(partner_id=to_id)
        )
    for uuid in {uuid for _id, uuid in rows}:
        change = changes.RecordChange(
            ENTITY, uuid, changes.UPDATE, {"partner"}, actor.name, actor.source
        )
        changes.note(session, change)
    return len(rows)
