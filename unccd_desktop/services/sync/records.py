"""Records as sync compares and sends them: their values as JSON, read many at a time."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from ..crud import PRELOADED
from ..values import to_jsonable
from .partner_updates import entity_service

if TYPE_CHECKING:
    from .. import Services

READ_CHUNK = 500


def eager(service: Any) -> list:
    """Loader options reading a record's references and lists with its rows."""
    model = service.model
    options = [selectinload(getattr(model, f.name)) for f in service.fields if f.kind == "ref"]
    for collection in service.collections.values():
        relation = getattr(model, collection.attr)
        option = selectinload(relation)
        child = relation.property.mapper.class_
        for name in getattr(collection, "refs", ()):
            option = option.selectinload(getattr(child, name))
        options.append(option)
    return options


def preload(services: Services, session: Session, keys: Iterable[tuple[str, str]]) -> None:
    """Read these records (entity, uuid) with their references and lists, a few hundred per
    query, into the session's PRELOADED records, which the services then take."""
    by_entity: dict[str, list[str]] = {}
    for entity, uuid in keys:
        by_entity.setdefault(entity, []).append(uuid)
    loaded = session.info.setdefault(PRELOADED, {})
    for entity, uuids in by_entity.items():
        service = entity_service(services, entity)
        model = service.model
        for start in range(0, len(uuids), READ_CHUNK):
            chunk = uuids[start : start + READ_CHUNK]
            stmt = sa.select(model).where(model.uuid.in_(chunk)).options(*eager(service))
            for obj in session.scalars(stmt):
                loaded[obj.uuid] = obj


def current_values(services: Services, session: Session, entity: str, uuid: str) -> Any:
    """The record's values as JSON (None: there is no such record)."""
    service = entity_service(services, entity)
    obj = session.info.get(PRELOADED, {}).get(uuid)
    if not isinstance(obj, service.model) or sa.inspect(obj).was_deleted:
        obj = session.scalar(sa.select(service.model).where(service.model.uuid == uuid))
    return None if obj is None else to_jsonable(service.values(session, obj))
