"""Reference lists (countries, thematic areas, currencies) loaded from resources/."""

from __future__ import annotations

import csv
from functools import cache
from typing import TYPE_CHECKING

import sqlalchemy as sa

from ..domain import Country, ThematicArea
from ..paths import resource

if TYPE_CHECKING:
    from . import Services


def _read_csv(name: str) -> list[dict[str, str]]:
    with resource("reference", name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def currency_table() -> dict[str, str]:
    return {row["code"]: row["name"] for row in _read_csv("currencies.csv")}


# Country attributes and the columns of resources/reference/countries.csv holding them.
COUNTRY_COLUMNS = {
    "code": "alpha-2",
    "alpha3": "alpha-3",
    "numeric": "country-code",
    "name": "name",
    "region": "region",
    "sub_region": "sub-region",
    "region_code": "region-code",
    "sub_region_code": "sub-region-code",
}


class ReferenceService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def sync(self) -> int:
        """Insert or correct reference rows from the shipped files; return rows changed.

        Runs at every opening, so rows are compared as plain values and only those that
        differ become objects to write."""
        shipped: dict[type, list[dict]] = {
            Country: [
                {attr: row[column] for attr, column in COUNTRY_COLUMNS.items()}
                for row in _read_csv("countries.csv")
            ],
            ThematicArea: [
                {"code": row["code"], "name": row["name"], "position": index}
                for index, row in enumerate(_read_csv("thematic_areas.csv"))
            ],
        }
        stale = []
        with self.services.db.read() as session:
            for model, rows in shipped.items():
                query = sa.select(*(getattr(model, attr) for attr in rows[0]))
                stored = {values[0]: tuple(values) for values in session.execute(query)}
                stale += [(model, r) for r in rows if stored.get(r["code"]) != tuple(r.values())]
        if stale:
            with self.services.db.write() as session:
                for model, values in stale:
                    session.merge(model(**values))
        return len(stale)

    def countries(self) -> list[dict[str, str]]:
        with self.services.db.read() as session:
            return [
                {"code": c.code, "name": c.name, "region": c.region, "sub_region": c.sub_region}
                for c in session.scalars(sa.select(Country).order_by(Country.name))
            ]

    def thematic_areas(self) -> list[dict[str, str]]:
        with self.services.db.read() as session:
            return [
                {"code": a.code, "name": a.name}
                for a in session.scalars(sa.select(ThematicArea).order_by(ThematicArea.position))
            ]

    def currencies(self) -> dict[str, str]:
        return dict(currency_table())

    def is_currency(self, code: str) -> bool:
        return code in currency_table()
