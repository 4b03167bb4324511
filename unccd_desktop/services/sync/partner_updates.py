"""Partner updates travel too: records only ever added (by an import) or removed (by its
revert), which sync handles like the entities, through this small service of their own."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...domain import Deliverable, Partner, PartnerUpdate
from ...errors import NotFoundError, UserError
from .. import changes
from ..partner_updates import ENTITY, REPORTED
from ..values import to_jsonable
from .capture import capture

if TYPE_CHECKING:
    from .. import Services

FIELDS = ("deliverable", "partner", "export_uuid", "at", "comment", *REPORTED)


def values_of(session: Session, update: PartnerUpdate) -> dict[str, Any]:
    """A partner update as sync sends it: references as UUIDs, no local import batch."""
    deliverable = session.scalar(
        sa.select(Deliverable.uuid).where(Deliverable.id == update.deliverable_id)
    )
    partner = (
        session.scalar(sa.select(Partner.uuid).where(Partner.id == update.partner_id))
        if update.partner_id is not None
        else None
    )
    return to_jsonable(
        {
            "deliverable": deliverable,
            "partner": partner,
            "export_uuid": update.export_uuid,
            "at": update.at,
            "comment": update.comment,
            **{name: getattr(update, name) for name in REPORTED},
        }
    )


def captured_create(session: Session, actor_name: str, update: PartnerUpdate) -> None:
    capture(session, actor_name, "create", ENTITY, update.uuid, {}, values_of(session, update))


def captured_delete(session: Session, actor_name: str, update: PartnerUpdate) -> None:
    capture(session, actor_name, "delete", ENTITY, update.uuid, values_of(session, update), {})


class PartnerUpdateSync:
    """What sync needs of an entity service, for partner updates."""

    entity: ClassVar[str] = ENTITY
    model: ClassVar[type] = PartnerUpdate
    label_attr: ClassVar[str] = "comment"
    fields: ClassVar[tuple] = ()
    collections: ClassVar[dict] = {}

    def __init__(self, services: Services) -> None:
        self.services = services

    def values(self, session: Session, obj: PartnerUpdate) -> dict[str, Any]:
        return values_of(session, obj)

    def display_label(self, obj: PartnerUpdate) -> str:
        return obj.comment or obj.uuid

    def create_in(self, session: Session, data: dict[str, Any]) -> None:
        deliverable_id = session.scalar(
            sa.select(Deliverable.id).where(Deliverable.uuid == data.get("deliverable"))
        )
        if deliverable_id is None:
            raise UserError("The deliverable this partner update is about no longer exists.")
        partner_id = session.scalar(
            sa.select(Partner.id).where(Partner.uuid == data.get("partner"))
        )
        submitted = data.get("submitted_on")
        update = PartnerUpdate(
            uuid=data["uuid"],
            deliverable_id=deliverable_id,
            partner_id=partner_id,
            export_uuid=data.get("export_uuid"),
            at=datetime.fromisoformat(data["at"]),
            status=data.get("status"),
            progress_percent=data.get("progress_percent"),
            submitted_on=date.fromisoformat(submitted) if submitted else None,
            evidence_url=data.get("evidence_url"),
            comment=data.get("comment") or "",
        )
        session.add(update)
        session.flush()
        self._noted(session, update, changes.CREATE, data.get("deliverable"))
        captured_create(session, self.services.actor.name, update)

    def update_in(
        self, session: Session, uuid: str, version: Any, data: dict, *, flush: bool = True
    ) -> None:
        """Partner updates are never edited; a difference is the server's to keep."""
        raise UserError("A partner update is never edited.")

    def delete_in(self, session: Session, uuid: str, version: Any = None) -> None:
        update = session.scalar(sa.select(PartnerUpdate).where(PartnerUpdate.uuid == uuid))
        if update is None:
            raise NotFoundError(f"No partner update with identifier {uuid}.")
        deliverable = values_of(session, update)["deliverable"]
        captured_delete(session, self.services.actor.name, update)
        session.delete(update)
        session.flush()
        self._noted(session, update, changes.DELETE, deliverable)

    def _noted(self, session: Session, update: PartnerUpdate, action: str, deliverable) -> None:
        actor = self.services.actor
        fields = {"comment", *REPORTED} if action == changes.CREATE else set()
        change = changes.RecordChange(ENTITY, deliverable, action, fields, actor.name, actor.source)
        changes.note(session, change)


def entity_service(services: Services, entity: str) -> Any:
    """The service sync writes a kind of record through."""
    if entity == ENTITY:
        return PartnerUpdateSync(services)
    return services.entity(entity)
