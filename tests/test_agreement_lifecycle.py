"""Renewals and amendments of agreements, and the follow-up of their expiry dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from unccd_desktop import messages as msg
from unccd_desktop.domain import AgreementStatus
from unccd_desktop.services.agreements import next_term
from unccd_desktop.services.demo import demo_uuid


@pytest.fixture
def mou(sqlite_services) -> dict:
    """A signed MoU of two parties, three calendar years long, with notes and a reference."""
    first = sqlite_services.partners.create({"name": "Global Mechanism", "kind": "un_entity"})
    second = sqlite_services.partners.create({"name": "IFRC", "kind": "ngo"})
    return sqlite_services.agreements.create(
        {
            "title": "MoU GM–IFRC",
            "reference": "GM/2024/7",
            "kind": "mou",
            "status": "active",
            "signed_on": date(2023, 12, 1),
            "effective_on": date(2024, 1, 1),
            "expires_on": date(2026, 12, 31),
            "renewal_notice_days": 120,
            "notes": "Old notes that must not follow",
            "parties": [
                {
                    "partner": first["uuid"],
                    "role": "signatory",
                    "signatory_name": "A. Signer",
                    "signed_on": date(2023, 12, 1),
                },
                {"partner": second["uuid"], "role": "implementer"},
            ],
        }
    )


@pytest.mark.parametrize(
    ("effective", "expires", "start", "end"),
    [
        # whole calendar years, over a leap year: the same years, not the same days
        (date(2022, 1, 1), date(2024, 12, 31), date(2025, 1, 1), date(2027, 12, 31)),
        # whole months ending on the same day of the month
        (date(2024, 3, 15), date(2025, 3, 15), date(2025, 3, 16), date(2026, 3, 16)),
        # whole months from the last day of February
        (date(2023, 7, 1), date(2024, 2, 29), date(2024, 3, 1), date(2024, 10, 31)),
        # not whole months: the same number of days
        (date(2024, 1, 10), date(2024, 4, 2), date(2024, 4, 3), date(2024, 6, 25)),
        # no effective date: the start is known, the length is not
        (None, date(2026, 6, 30), date(2026, 7, 1), None),
        # no expiry date: nothing is known
        (date(2024, 1, 1), None, None, None),
    ],
)
def test_next_term_starts_the_day_after_and_lasts_as_long(effective, expires, start, end):
    assert next_term(effective, expires) == (start, end)


def test_a_renewal_copies_kind_and_parties_and_follows_the_term(sqlite_services, mou):
    renewal = sqlite_services.agreements.renewal_of(mou["uuid"])
    assert renewal["title"] == "MoU GM–IFRC (renewal 2027)"
    assert renewal["title"].template == msg.RENEWAL_TITLE
    assert renewal["kind"] == mou["kind"]
    assert renewal["parent"] == mou["uuid"]
    assert renewal["status"] == AgreementStatus.DRAFT
    assert (renewal["effective_on"], renewal["expires_on"]) == (
        date(2027, 1, 1),
        date(2029, 12, 31),
    )
    assert renewal["renewal_notice_days"] == 120
    assert renewal["reference"] is None and renewal["signed_on"] is None
    assert renewal["notes"] == ""
    assert [(p["partner"], p["role"]) for p in renewal["parties"]] == [
        (p["partner"], p["role"]) for p in mou["parties"]
    ]
    assert all(p["signed_on"] is None and p["signatory_name"] is None for p in renewal["parties"])


def test_a_renewal_saves_as_a_child_of_the_agreement(sqlite_services, mou):
    child = sqlite_services.agreements.create(sqlite_services.agreements.renewal_of(mou["uuid"]))
    assert child["parent"] == mou["uuid"]
    assert child["notes"] == "" and child["reference"] is None
    assert len(child["parties"]) == 2


def test_a_renewal_without_an_expiry_date_has_no_term_and_no_year(sqlite_services, mou):
    sqlite_services.agreements.update(mou["uuid"], mou["version"], {"expires_on": None})
    renewal = sqlite_services.agreements.renewal_of(mou["uuid"])
    assert renewal["title"] == "MoU GM–IFRC (renewal)"
    assert renewal["effective_on"] is None and renewal["expires_on"] is None


def test_an_amendment_keeps_kind_parties_and_term(sqlite_services, mou):
    amendment = sqlite_services.agreements.amendment_of(mou["uuid"])
    assert amendment["title"] == "MoU GM–IFRC (amendment)"
    assert amendment["kind"] == mou["kind"] and amendment["parent"] == mou["uuid"]
    assert (amendment["effective_on"], amendment["expires_on"]) == (
        mou["effective_on"],
        mou["expires_on"],
    )
    assert amendment["status"] == AgreementStatus.DRAFT and amendment["notes"] == ""
    assert [p["partner"] for p in amendment["parties"]] == [p["partner"] for p in mou["parties"]]


def test_the_parent_may_be_marked_renewed_once_the_renewal_is_live(sqlite_services, mou):
    agreements = sqlite_services.agreements
    child = agreements.create(agreements.renewal_of(mou["uuid"]))
    assert agreements.parent_to_mark_renewed(child["uuid"]) is None, "still a draft"
    child = agreements.update(child["uuid"], child["version"], {"status": "signed"})
    assert agreements.parent_to_mark_renewed(child["uuid"])["uuid"] == mou["uuid"]
    agreements.update(mou["uuid"], mou["version"], {"status": "renewed"})
    assert agreements.parent_to_mark_renewed(child["uuid"]) is None, "already renewed"


def test_a_live_amendment_is_not_taken_for_a_renewal(sqlite_services, mou):
    agreements = sqlite_services.agreements
    data = {**agreements.amendment_of(mou["uuid"]), "status": "signed"}
    amendment = agreements.create(data)
    assert agreements.parent_to_mark_renewed(amendment["uuid"]) is None
    assert (
        agreements.parent_to_mark_renewed(amendment["uuid"], renewal=True)["uuid"] == (mou["uuid"])
    )


def test_demo_live_agreements_without_expiry_are_listed(demo_services):
    listed = demo_services.followup.agreements_without_expiry()
    live = demo_services.agreements.rows(filters={"status": ["signed", "active"]}, limit=1000)
    undated = {r["uuid"] for r in live if r["expires_on"] is None}
    assert {r["uuid"] for r in listed} == undated
    assert demo_uuid("agreements", "ifrc-mou") in {r["uuid"] for r in listed}
    assert demo_uuid("agreements", "gef-ea-iucn-ldn") not in {r["uuid"] for r in listed}
    assert all(r["expires_on"] is None for r in listed)


def test_past_expiry_lists_live_agreements_only(sqlite_services):
    today = date(2026, 11, 28)
    agreements = sqlite_services.agreements

    def make(title: str, status: str, expires: date | None) -> str:
        data = {"title": title, "kind": "mou", "status": status, "expires_on": expires}
        return agreements.create(data)["uuid"]

    late = make("Lapsed but active", "active", today - timedelta(days=10))
    make("Lapsed and marked expired", "expired", today - timedelta(days=10))
    make("Ends today", "signed", today)
    undated = make("No expiry", "signed", None)
    past = sqlite_services.followup.agreements_past_expiry(today)
    assert [(r["uuid"], r["days_late"], r["status"]) for r in past] == [(late, 10, "active")]
    without = sqlite_services.followup.agreements_without_expiry()
    assert [r["uuid"] for r in without] == [undated]
