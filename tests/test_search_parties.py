"""Global search finds agreements and projects through their parties (participants)."""

from __future__ import annotations

import pytest

from unccd_desktop.services import Services
from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.services.search import SearchService


@pytest.fixture
def records(services: Services) -> dict[str, str]:
    """A federation with other names, its MoU and a project, and an unrelated pair."""
    ifrc = services.partners.create(
        {
            "name": "International Federation of Red Cross and Red Crescent Societies",
            "acronym": "IFRC",
            "other_names": ["Federacion Internacional de la Cruz Roja"],
            "kind": "ngo",
        }
    )
    gm = services.partners.create(
        {"name": "Global Mechanism", "acronym": "GM", "kind": "intergovernmental"}
    )
    mou = services.agreements.create(
        {
            "title": "Memorandum of Understanding on disaster risk",
            "reference": "GM/2021/07",
            "kind": "mou",
            "parties": [
                {"partner": gm["uuid"], "role": "signatory"},
                {"partner": ifrc["uuid"], "role": "signatory"},
            ],
        }
    )
    other = services.agreements.create(
        {
            "title": "Letter of agreement on drought finance",
            "kind": "letter_of_agreement",
            "parties": [{"partner": gm["uuid"], "role": "signatory"}],
        }
    )
    project = services.projects.create(
        {
            "title": "Drought and displacement cooperation",
            "code": "DDC-1",
            "agreements": [mou["uuid"]],
            "participants": [{"partner": ifrc["uuid"], "role": "implementing"}],
        }
    )
    return {
        "ifrc": ifrc["uuid"],
        "gm": gm["uuid"],
        "mou": mou["uuid"],
        "other": other["uuid"],
        "project": project["uuid"],
    }


def _uuids(hits: dict, kind: str) -> list[str]:
    return [h.uuid for h in hits.get(kind, [])]


def test_red_cross_finds_the_partner_its_mou_and_its_project(services, records) -> None:
    hits = SearchService(services).search("Red Cross")
    assert _uuids(hits, "partner") == [records["ifrc"]]
    assert _uuids(hits, "agreement") == [records["mou"]]
    assert _uuids(hits, "project") == [records["project"]]
    (mou,) = hits["agreement"]
    assert mou.label == "Memorandum of Understanding on disaster risk"
    assert mou.detail == "GM/2021/07 · IFRC"  # its reference, then the party that matched
    assert hits["project"][0].detail == "DDC-1 · IFRC"


def test_acronyms_and_other_names_of_parties_find_agreements(services, records) -> None:
    search = SearchService(services)
    for text in ("ifrc", "cruz roja", "federacion"):
        assert _uuids(search.search(text), "agreement") == [records["mou"]], text
    # The Global Mechanism is a party to both agreements.
    assert sorted(_uuids(search.search("GM"), "agreement")) == sorted(
        [records["mou"], records["other"]]
    )


def test_every_word_is_in_the_record_or_one_of_its_parties(services, records) -> None:
    search = SearchService(services)
    hits = search.search("drought ifrc")
    assert _uuids(hits, "project") == [records["project"]]  # title + participant
    assert _uuids(hits, "agreement") == []  # the drought letter has no IFRC party
    assert _uuids(search.search("drought gm"), "agreement") == [records["other"]]
    assert search.search("ifrc nowhere-at-all") == {}


def test_own_matches_come_first_and_no_record_twice(services, records) -> None:
    services.agreements.create(
        {
            "title": "IFRC data sharing annex",
            "kind": "other",
            "parties": [{"partner": records["ifrc"], "role": "signatory"}],
        }
    )
    hits = SearchService(services).search("ifrc")["agreement"]
    assert [h.label for h in hits] == [
        "IFRC data sharing annex",  # its own title
        "Memorandum of Understanding on disaster risk",  # through its party
    ]
    assert hits[0].detail == ""


def test_hits_through_parties_only_fill_what_the_limit_leaves(services, records) -> None:
    search = SearchService(services)
    hits = search.search("gm", limit_per_kind=1)
    assert _uuids(hits, "agreement") == [records["mou"]]  # its reference GM/2021/07 matches
    assert len(search.search("gm", limit_per_kind=2)["agreement"]) == 2


def test_party_names_are_followed_after_edits(services, records) -> None:
    search = SearchService(services)
    ifrc = services.partners.get(records["ifrc"])
    services.partners.update(records["ifrc"], ifrc["version"], {"other_names": ["Croix-Rouge"]})
    assert _uuids(search.search("cruz roja"), "agreement") == []
    assert _uuids(search.search("croix rouge"), "agreement") == [records["mou"]]
    mou = services.agreements.get(records["mou"])
    services.agreements.update(records["mou"], mou["version"], {"parties": mou["parties"][:1]})
    assert _uuids(search.search("croix rouge"), "agreement") == []


def test_the_demo_ifrc_mou_is_found_by_red_cross(demo_services) -> None:
    hits = SearchService(demo_services).search("Red Cross")
    assert demo_uuid("partners", "ifrc") in _uuids(hits, "partner")
    assert _uuids(hits, "agreement") == [demo_uuid("agreements", "ifrc-mou")]
    assert demo_uuid("projects", "ifrc-cooperation") in _uuids(hits, "project")
