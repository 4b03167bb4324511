"""Lists of partners and projects: country names instead of codes, filters by country and by
UN M49 region (from the shipped reference list)."""

from __future__ import annotations

import pytest

from unccd_desktop.services import Services


@pytest.fixture
def names(demo_services: Services) -> dict[str, str]:
    return {c["code"]: c["name"] for c in demo_services.reference.countries()}


@pytest.fixture
def regions(demo_services: Services) -> dict[str, str]:
    return {c["code"]: c["region"] for c in demo_services.reference.countries()}


def test_partner_rows_name_their_headquarters_country(demo_services, names):
    rows = demo_services.partners.rows()
    placed = [r for r in rows if r["hq_country"]]
    assert placed, "the demo data has partners with a headquarters country"
    for row in rows:
        assert row["hq_country_name"] == (names[row["hq_country"]] if row["hq_country"] else None)


def test_partners_sort_by_country_name_not_code(demo_services):
    shown = [r["hq_country_name"] for r in demo_services.partners.rows(sort="hq_country_name")]
    named = [name for name in shown if name is not None]
    assert named == sorted(named) and len(set(named)) > 1


def test_partners_filter_by_country_and_region(demo_services, regions):
    rows = demo_services.partners.rows()
    germany = {r["uuid"] for r in rows if r["hq_country"] == "DE"}
    found = demo_services.partners.rows(filters={"country": "DE"})
    assert {r["uuid"] for r in found} == germany and germany
    assert demo_services.partners.count(filters={"country": "DE"}) == len(germany)
    both = demo_services.partners.count(filters={"country": ["DE", "CN"]})
    assert both == sum(1 for r in rows if r["hq_country"] in ("DE", "CN")) > len(germany)
    europe = {r["uuid"] for r in rows if r["hq_country"] and regions[r["hq_country"]] == "Europe"}
    found = demo_services.partners.rows(filters={"region": "Europe"})
    assert {r["uuid"] for r in found} == europe
    assert europe > germany  # the Netherlands too
    assert demo_services.partners.count(filters={"region": "Europe", "country": "NL"}) == 1
    assert demo_services.partners.count(filters={"region": "Oceania"}) == 0


def _place(services: Services, project: dict, codes: list[str]) -> None:
    record = services.projects.get(project["uuid"])
    services.projects.update(project["uuid"], record["version"], {"countries": codes})


def test_project_rows_name_their_countries_in_order(demo_services, names):
    first, second, third = demo_services.projects.rows(limit=3)
    _place(demo_services, first, ["KE", "BF", "DE"])
    _place(demo_services, second, ["UZ"])
    rows = {r["uuid"]: r for r in demo_services.projects.rows()}
    expected = ", ".join(sorted([names["KE"], names["BF"], names["DE"]]))
    assert rows[first["uuid"]]["countries"] == expected
    assert rows[second["uuid"]]["countries"] == names["UZ"]
    assert rows[third["uuid"]]["countries"] is None


def test_projects_filter_by_country_and_region(demo_services):
    first, second, third = demo_services.projects.rows(limit=3)
    _place(demo_services, first, ["KE", "BF", "DE"])
    _place(demo_services, second, ["UZ", "KE"])
    _place(demo_services, third, ["FR"])

    def found(filters: dict) -> set[str]:
        uuids = {r["uuid"] for r in demo_services.projects.rows(filters=filters)}
        assert demo_services.projects.count(filters=filters) == len(uuids)  # each project once
        return uuids

    assert found({"country": "KE"}) == {first["uuid"], second["uuid"]}
    assert found({"country": ["UZ", "FR"]}) == {second["uuid"], third["uuid"]}
    assert found({"region": "Africa"}) == {first["uuid"], second["uuid"]}
    assert found({"region": "Asia"}) == {second["uuid"]}
    assert found({"region": "Europe"}) == {first["uuid"], third["uuid"]}
    assert found({"region": "Europe", "country": "KE"}) == {first["uuid"]}
    assert found({"region": "Oceania"}) == set()


def test_country_names_and_filters_on_each_database(services: Services):
    """The names are joined and the filters work on PostgreSQL as on SQLite."""
    partner = services.partners.create({"name": "Sahel Water", "kind": "ngo", "hq_country": "NE"})
    project = services.projects.create({"title": "Oases", "countries": ["NE", "MA", "TN"]})
    services.projects.create({"title": "Elsewhere", "countries": ["PE"]})
    assert services.partners.rows(filters={"region": "Africa"})[0]["uuid"] == partner["uuid"]
    assert services.partners.rows()[0]["hq_country_name"] == "Niger"
    [row] = services.projects.rows(filters={"region": "Africa"})
    assert row["uuid"] == project["uuid"]
    assert row["countries"] == "Morocco, Niger, Tunisia"
    assert services.projects.count(filters={"country": ["MA", "PE"]}) == 2
