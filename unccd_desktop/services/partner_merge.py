"""Merging two records of one organisation: the duplicate folded into the partner kept.

Team sync flags a partner created on a laptop under the name or acronym of one the server
knows; the officer merges them. In one transaction, everything that named the dropped partner
is made to name the kept one through the services (audited, noted in the change set and
captured for sync), the kept partner's empty fields are filled from the dropped one, and the
dropped partner is deleted. Audit entries are never deleted: the kept partner's history also
shows the dropped one's, through the "merged" entry recorded on the kept partner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..domain import (
    Agreement,
    AgreementParty,
    AuditAction,
    AuditEntry,
    Deliverable,
    FocalPoint,
    Initiative,
    Partner,
    PartnerUpdate,
    Project,
    ProjectParticipant,
    initiative_donors,
)
from ..domain.exchange import WorkbookExport
from ..errors import NotFoundError, UserError
from . import audit, changes, partner_updates
from .audit import HistoryEntry
from .values import dumps, loads

if TYPE_CHECKING:
    from . import Services
    from .crud import EntityService

MERGED = "merged"  # the audit field naming a partner merged into the record: {"uuid", "name"}
FILLED = ("acronym", "hq_country", "website", "iati_org_id")  # taken when the kept one has none
# What moves to the kept partner, in the order a confirmation names them.
MOVES = (
    "focal_points",
    "agreements",
    "projects",
    "initiatives",
    "deliverables",
    "partner_updates",
    "workbook_exports",
)


def _partner(session: Session, uuid: str) -> Partner:
    partner = session.scalar(sa.select(Partner).where(Partner.uuid == uuid))
    if partner is None:
        raise NotFoundError(
            f"No partner with identifier {uuid}: it may have been deleted or merged meanwhile."
        )
    return partner


def _pair(session: Session, keep_uuid: str, drop_uuid: str) -> tuple[Partner, Partner]:
    if keep_uuid == drop_uuid:
        raise UserError("A partner cannot be merged into itself: choose another partner.")
    return _partner(session, keep_uuid), _partner(session, drop_uuid)


def _referring(session: Session, drop: Partner) -> dict[str, list[str]]:
    """The UUIDs of the records naming the dropped partner, by what moves."""

    def uuids(stmt: sa.Select) -> list[str]:
        return list(dict.fromkeys(session.scalars(stmt)))

    return {
        "focal_points": uuids(
            sa.select(FocalPoint.uuid)
            .where(FocalPoint.partner_id == drop.id)
            .order_by(FocalPoint.id)
        ),
        "agreements": uuids(
            sa.select(Agreement.uuid)
            .join(AgreementParty, AgreementParty.agreement_id == Agreement.id)
            .where(AgreementParty.partner_id == drop.id)
            .order_by(Agreement.id)
        ),
        "projects": uuids(
            sa.select(Project.uuid)
            .join(ProjectParticipant, ProjectParticipant.project_id == Project.id)
            .where(ProjectParticipant.partner_id == drop.id)
            .order_by(Project.id)
        ),
        "initiatives": uuids(
            sa.select(Initiative.uuid)
            .join(initiative_donors, initiative_donors.c.initiative_id == Initiative.id)
            .where(initiative_donors.c.partner_id == drop.id)
            .order_by(Initiative.id)
        ),
        "deliverables": uuids(
            sa.select(Deliverable.uuid)
            .where(Deliverable.responsible_partner_id == drop.id)
            .order_by(Deliverable.id)
        ),
    }


def _local_counts(session: Session, drop: Partner) -> dict[str, int]:
    """Partner updates and workbook exports credited to the dropped partner."""

    def count(model: Any) -> int:
        stmt = sa.select(sa.func.count()).select_from(model).where(model.partner_id == drop.id)
        return session.scalar(stmt) or 0

    return {"partner_updates": count(PartnerUpdate), "workbook_exports": count(WorkbookExport)}


def _summary(keep: Partner, drop: Partner, moves: dict[str, int]) -> dict[str, Any]:
    return {
        "keep": {"uuid": keep.uuid, "name": keep.name},
        "drop": {"uuid": drop.uuid, "name": drop.name},
        "moves": {name: moves.get(name, 0) for name in MOVES},
    }


def merge_preview(services: Services, keep_uuid: str, drop_uuid: str) -> dict[str, Any]:
    """What merging ``drop_uuid`` into ``keep_uuid`` would move, for a confirmation:
    ``{"keep": {"uuid", "name"}, "drop": {...}, "moves": {what: how many}}`` (MOVES)."""
    with services.db.read() as session:
        keep, drop = _pair(session, keep_uuid, drop_uuid)
        moves = {name: len(found) for name, found in _referring(session, drop).items()}
        moves.update(_local_counts(session, drop))
        return _summary(keep, drop, moves)


def merge_partners(services: Services, keep_uuid: str, drop_uuid: str) -> dict[str, Any]:
    """Merge the partner ``drop_uuid`` into ``keep_uuid`` in one transaction and delete it.

    Returns the preview's dict of what moved, plus ``"filled"``: the kept partner's fields
    that changed (filled in, other names and notes added). Refuses a partner merged into
    itself (``UserError``) and an unknown partner (``NotFoundError``)."""
    with services.db.write() as session:
        keep, drop = _pair(session, keep_uuid, drop_uuid)
        moves = _move_references(services, session, keep, drop)
        dropped = services.partners.values(session, drop)
        kept = services.partners.values(session, keep)
        summary = _summary(keep, drop, moves)
        # Deleted before the kept one is written: two partners of one name (a laptop's
        # duplicate) would otherwise refuse the kept one's validation.
        services.partners.delete_in(session, drop_uuid)
        filled = _fill_kept(services, session, keep_uuid, kept, dropped)
        _note_merge(services, session, keep_uuid, drop_uuid, dropped["name"])
    summary["filled"] = filled
    return summary


def _move_references(
    services: Services, session: Session, keep: Partner, drop: Partner
) -> dict[str, int]:
    found = _referring(session, drop)
    for uuid in found["focal_points"]:
        services.focal_points.update_in(session, uuid, None, {"partner": keep.uuid})
    for uuid in found["agreements"]:
        record = _values(services.agreements, session, uuid)
        parties = _moved_rows(record["parties"], keep.uuid, drop.uuid, ())
        services.agreements.update_in(session, uuid, None, {"parties": parties})
    for uuid in found["projects"]:
        record = _values(services.projects, session, uuid)
        participants = _moved_rows(record["participants"], keep.uuid, drop.uuid, ("role",))
        services.projects.update_in(session, uuid, None, {"participants": participants})
    for uuid in found["initiatives"]:
        record = _values(services.initiatives, session, uuid)
        donors = list(dict.fromkeys(keep.uuid if d == drop.uuid else d for d in record["donors"]))
        services.initiatives.update_in(session, uuid, None, {"donors": donors})
    for uuid in found["deliverables"]:
        services.deliverables.update_in(session, uuid, None, {"responsible_partner": keep.uuid})
    moves = {name: len(uuids) for name, uuids in found.items()}
    moves["partner_updates"] = partner_updates.move_to_partner(
        session, services.actor, drop.id, keep.id
    )
    moves["workbook_exports"] = (
        session.execute(
            sa.update(WorkbookExport)
            .where(WorkbookExport.partner_id == drop.id)
            .values(partner_id=keep.id)
        ).rowcount
        or 0
    )
    return moves


def _values(service: EntityService, session: Session, uuid: str) -> dict[str, Any]:
    return service.values(session, service.load(session, uuid))


def _moved_rows(
    rows: list[dict[str, Any]], keep: str, drop: str, same: tuple[str, ...]
) -> list[dict[str, Any]]:
    """Child rows (agreement parties, project participants) with the dropped partner's rows
    naming the kept one. A row that would repeat a row of the kept partner (the same values
    of ``same``: a partner is one party of an agreement, in one role or more of a project) is
    left out; its details fill that row's empty ones (signatory, date signed)."""
    out: list[dict[str, Any] | None] = [dict(row) for row in rows]
    for index, row in enumerate(out):
        if row is None or row["partner"] != drop:
            continue
        row["partner"] = keep
        twin = next(
            (
                other
                for other in out
                if other is not None
                and other is not row
                and other["partner"] == keep
                and all(other[key] == row[key] for key in same)
            ),
            None,
        )
        if twin is not None:
            for key, value in row.items():
                if twin.get(key) in (None, "") and value not in (None, ""):
                    twin[key] = value
            out[index] = None
    return [row for row in out if row is not None]


def _fill_kept(
    services: Services,
    session: Session,
    keep_uuid: str,
    kept: dict[str, Any],
    dropped: dict[str, Any],
) -> list[str]:
    """Give the kept partner what only the dropped one had; the names of the fields written."""
    update: dict[str, Any] = {}
    for name in FILLED:
        if kept[name] in (None, "") and dropped[name] not in (None, ""):
            update[name] = dropped[name]
    aliases = list(kept["other_names"])
    known = {
        text.casefold()
        for text in (kept["name"], kept["acronym"] or update.get("acronym"), *aliases)
        if text
    }
    for alias in (dropped["name"], dropped["acronym"], *dropped["other_names"]):
        if alias and alias.casefold() not in known:
            aliases.append(alias)
            known.add(alias.casefold())
    if aliases != kept["other_names"]:
        update["other_names"] = aliases
    notes, more = (kept["notes"] or "").strip(), (dropped["notes"] or "").strip()
    if more and more not in notes:
        update["notes"] = f"{notes}\n\n{more}" if notes else more
    if update:
        services.partners.update_in(session, keep_uuid, None, update)
    return list(update)


def _note_merge(
    services: Services, session: Session, keep_uuid: str, drop_uuid: str, drop_name: str
) -> None:
    """Record on the kept partner which partner was merged into it. Written to the audit log
    alone (not through audit.record_changes): it is no field of the record, so team sync has
    nothing of it to send; the moves and the delete it sums up are sent."""
    actor = services.actor
    session.add(
        AuditEntry(
            actor=actor.name,
            source=actor.source,
            batch_id=actor.batch_id,
            action=AuditAction.UPDATE,
            entity="partner",
            record_uuid=keep_uuid,
            field=MERGED,
            old_value=dumps(None),
            new_value=dumps({"uuid": drop_uuid, "name": drop_name}),
        )
    )
    change = changes.RecordChange(
        "partner", keep_uuid, changes.UPDATE, {MERGED}, actor.name, actor.source
    )
    changes.note(session, change)


def _merged_chain(session: Session, uuid: str) -> list[str]:
    """The partner and those merged into it, and into them, by UUID."""
    found = [uuid]
    waiting = [uuid]
    while waiting:
        rows = session.scalars(
            sa.select(AuditEntry.new_value).where(
                AuditEntry.entity == "partner",
                AuditEntry.field == MERGED,
                AuditEntry.record_uuid.in_(waiting),
            )
        )
        merged = [value.get("uuid") for value in map(loads, rows) if isinstance(value, dict)]
        waiting = [str(u) for u in dict.fromkeys(merged) if u and str(u) not in found]
        found += waiting
    return found


def merged_into(services: Services, uuid: str) -> set[str]:
    """The UUIDs of the partners merged into ``uuid`` (and into them): an update workbook
    sent to one of them is taken as the kept partner's."""
    with services.db.read() as session:
        return set(_merged_chain(session, uuid)) - {uuid}


def history_with_merged(services: Services, uuid: str) -> list[HistoryEntry]:
    """A partner's audit entries and those of the partners merged into it (and into them),
    newest first."""
    with services.db.read() as session:
        entries = [
            entry
            for record in _merged_chain(session, uuid)
            for entry in audit.history(session, "partner", record)
        ]
    entries.sort(key=lambda entry: entry.id, reverse=True)
    return entries
