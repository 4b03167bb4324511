"""What a record picker offers: one plain row per record, country or currency, read in one
query, with every text the choice is found by (name, acronym or code, other names)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import sqlalchemy as sa

from ..domain import Agreement, Country, Partner, Project

if TYPE_CHECKING:
    from . import Services


class PickerRow(NamedTuple):
    """One choice: its value, its name, a short form (acronym, code or reference) and any
    other names it is known by."""

    value: str
    name: str
    short: str | None
    other_names: tuple[str, ...]


# The short form shown with each kind of record, when it has one.
SHORT_COLUMNS = {
    "partner": Partner.acronym,
    "project": Project.code,
    "agreement": Agreement.reference,
}


class PickerService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def records(self, entity: str) -> list[PickerRow]:
        """Every record of an entity, in the order of its names."""
        service = self.services.entity(entity)
        model = service.model
        name = getattr(model, service.label_attr)
        short = SHORT_COLUMNS.get(entity, sa.null())
        aliases = Partner.other_names if entity == "partner" else sa.literal("")
        stmt = sa.select(model.uuid, name, short, aliases).order_by(name, model.id)
        with self.services.db.read() as session:
            return [
                PickerRow(uuid, label, code or None, tuple(_lines(others)))
                for uuid, label, code, others in session.execute(stmt)
            ]

    def stamp(self, entity: str) -> tuple[int, int | None, int | None]:
        """What changes whenever a record of the entity is added, edited or deleted: a picker
        compares it to know that its rows are stale."""
        model = self.services.entity(entity).model
        stmt = sa.select(sa.func.count(model.id), sa.func.max(model.id), sa.func.sum(model.version))
        with self.services.db.read() as session:
            count, last, versions = session.execute(stmt).one()
        return count, last, versions

    def countries(self) -> list[PickerRow]:
        """Countries by name; the ISO alpha-2 code is the value, alpha-3 another key."""
        stmt = sa.select(Country.code, Country.name, Country.alpha3).order_by(Country.name)
        with self.services.db.read() as session:
            return [
                PickerRow(code, name, code, (alpha3,) if alpha3 else ())
                for code, name, alpha3 in session.execute(stmt)
            ]

    def currencies(self) -> list[PickerRow]:
        """Currencies by ISO code."""
        table = self.services.reference.currencies()
        return [PickerRow(code, table[code], code, ()) for code in sorted(table)]


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
