"""The demo database holds the facts of the COP 15 note, and invents none."""

from __future__ import annotations

from datetime import date

from unccd_desktop.services import Services
from unccd_desktop.services.demo import load_demo_data


def _by_title(services: Services, entity: str, words: str) -> dict:
    rows = services.entity(entity).rows(text=words)
    assert len(rows) >= 1, f"no {entity} matching {words!r}"
    return services.entity(entity).get(rows[0]["uuid"])


def test_every_demo_record_is_loaded(demo_services: Services) -> None:
    data = load_demo_data()
    for plural, entity in [
        ("partners", "partner"),
        ("agreements", "agreement"),
        ("initiatives", "initiative"),
        ("projects", "project"),
        ("deliverables", "deliverable"),
    ]:
        assert demo_services.entity(entity).count() == len(data[plural]) > 0


def test_key_agreements(demo_services: Services) -> None:
    tripartite = demo_services.agreements.rows(filters={"kind": "multi_party_mou"})
    assert len(tripartite) == 1
    parties = demo_services.agreements.get(tripartite[0]["uuid"])["parties"]
    names = {demo_services.partners.get(p["partner"])["acronym"] for p in parties}
    assert len(parties) == 3
    assert "AUDA-NEPAD" in names
    kinds = [r["kind"] for r in demo_services.agreements.rows()]
    assert kinds.count("project_preparation") == 2
    assert kinds.count("gef_enabling_activity") == 2
    for acronym in ("IFRC", "ARC"):
        partner = demo_services.partners.find_by_name(acronym)
        assert partner is not None, acronym
        assert demo_services.agreements.count(filters={"partner": partner["uuid"]}) >= 1


def test_changwon_initiative(demo_services: Services) -> None:
    changwon = _by_title(demo_services, "initiative", "Changwon")
    assert changwon["launched_at"] == "COP 10"
    assert [(p["start_year"], p["end_year"]) for p in changwon["phases"]] == [
        (2012, 2018),
        (2018, 2030),
    ]
    assert len(changwon["pillars"]) == 4
    donors = [demo_services.partners.get(u)["name"] for u in changwon["donors"]]
    assert any("Korea" in d for d in donors)


def test_dates_come_from_the_document(demo_services: Services) -> None:
    event = _by_title(demo_services, "deliverable", "anniversary")
    assert event["due_on"] == date(2021, 10, 21)
    data = load_demo_data()
    for plural in ("agreements", "projects", "deliverables"):
        for record in data[plural]:
            dated = [k for k, v in record.items() if k.endswith(("_on", "_start", "_end")) and v]
            if dated:
                assert "para" in record["notes"], (record["key"], dated)
    assert all(p["budget_amount"] is None for p in data["projects"])


def test_demo_is_audited_as_demo(demo_services: Services) -> None:
    partner = demo_services.partners.find_by_name("IFRC")
    history = demo_services.partners.history(partner["uuid"])
    assert history and {h.source for h in history} == {"demo"}
