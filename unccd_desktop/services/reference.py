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


class ReferenceService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def sync(self) -> int:
        """Insert or correct reference rows from the shipped files; return rows changed."""
        countries = [
            Country(
                code=row["alpha-2"],
                alpha3=row["alpha-3"],
                numeric=row["country-code"],
                name=row["name"],
                region=row["region"],
                sub_region=row["sub-region"],
                region_code=row["region-code"],
                sub_region_code=row["sub-region-code"],
            )
            for row in _read_csv("countries.csv")
        ]
        areas = [
            ThematicArea(code=row["code"], name=row["name"], position=index)
            for index, row in enumerate(_read_csv("thematic_areas.csv"))
        ]
        changed = 0
        with self.services.db.read() as session:
            have_countries = {c.code: c for c in session.scalars(sa.select(Country))}
            have_areas = {a.code: a for a in session.scalars(sa.select(ThematicArea))}
        wanted = [
            (
                c,
                have_countries.get(c.code),
                (
                    "name",
                    "alpha3",
                    "numeric",
                    "region",
                    "sub_region",
                    "region_code",
                    "sub_region_code",
                ),
            )
            for c in countries
        ]
        wanted += [(a, have_areas.get(a.code), ("name", "position")) for a in areas]
        stale = [
            new
            for new, old, attrs in wanted
            if old is None or any(getattr(old, a) != getattr(new, a) for a in attrs)
        ]
        if stale:
            with self.services.db.write() as session:
                for row in stale:
                    session.merge(row)
                    changed += 1
        return changed

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
