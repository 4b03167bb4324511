"""Use cases over the database: the only layer that writes. Nothing here knows about Qt."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from .. import messages as msg
from ..errors import DatabaseError, Text
from ..storage.database import Database, check_sqlite_file, describe_connection_error, to_url
from ..storage.migrations import upgrade
from .agreements import AgreementService
from .context import Actor
from .crud import EntityService
from .deliverables import DeliverableService
from .documents import DocumentService
from .initiatives import InitiativeService
from .partners import FocalPointService, PartnerService
from .projects import ProjectService
from .reference import ReferenceService
from .sync.settings import role_of

if TYPE_CHECKING:
    from .followup import FollowUpService
    from .pickers import PickerService
    from .related import RelatedService
    from .sync.service import SyncService


class Services:
    """All use cases over one open database, acting as one actor."""

    def __init__(self, db: Database, actor: Actor | None = None) -> None:
        self.db = db
        self.actor = actor or Actor.current()
        self.partners = PartnerService(self)
        self.focal_points = FocalPointService(self)
        self.agreements = AgreementService(self)
        self.initiatives = InitiativeService(self)
        self.projects = ProjectService(self)
        self.deliverables = DeliverableService(self)
        self.documents = DocumentService(self)
        self.reference = ReferenceService(self)
        self._by_entity: dict[str, EntityService] = {
            s.entity: s
            for s in (
                self.partners,
                self.focal_points,
                self.agreements,
                self.initiatives,
                self.projects,
                self.deliverables,
                self.documents,
            )
        }

    # Loaded when first used: the command line's import and export never do.
    @cached_property
    def followup(self) -> FollowUpService:
        from .followup import FollowUpService

        return FollowUpService(self)

    @cached_property
    def pickers(self) -> PickerService:
        from .pickers import PickerService

        return PickerService(self)

    @cached_property
    def sync(self) -> SyncService:
        from .sync.service import SyncService

        return SyncService(self)

    @cached_property
    def related(self) -> RelatedService:
        from .related import RelatedService

        return RelatedService(self)

    def entity(self, name: str) -> EntityService:
        return self._by_entity[name]

    def with_actor(self, actor: Actor) -> Services:
        return Services(self.db, replace(actor))

    def close(self) -> None:
        self.db.dispose()


def open_services(
    target: str | Path, *, actor: Actor | None = None, create: bool = False, backup: bool = True
) -> Services:
    """Open (or with create=True, create) a database, migrate it and load reference data."""
    url = to_url(target)
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if create and (not path.exists() or (path.is_file() and path.stat().st_size == 0)):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # a file in the way, a folder where one may not write
                raise DatabaseError(Text(msg.DATABASE_UNOPENABLE, path.name)) from exc
        else:
            check_sqlite_file(path)
    db = Database(url)
    try:
        upgrade(db, backup=backup)
        db.sync_role = role_of(db)
        services = Services(db, actor)
        services.reference.sync()
    except sa.exc.OperationalError as exc:
        db.dispose()
        raise describe_connection_error(exc, db.display_name) from exc
    except Exception:
        db.dispose()
        raise
    return services


__all__ = ["Actor", "Services", "open_services"]
