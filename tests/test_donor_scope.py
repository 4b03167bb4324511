"""A donor's scope, defined once: the dashboard's deliverables by donor and the donor report
agree, and every record says why it is in scope."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from unccd_desktop.excel.donor_content import donor_report_content
from unccd_desktop.services.dashboard import DashboardService
from unccd_desktop.services.donor_scope import Reason, donor_scope

KOREA = "Government of the Republic of Korea"
FUNDING, INITIATIVE, FUNDER, PROJECT_AGREEMENT = (
    Reason.FUNDING_PARTICIPANT,
    Reason.INITIATIVE_DONOR,
    Reason.AGREEMENT_FUNDER,
    Reason.PROJECT_AGREEMENT,
)


def uuid_of(services, name: str) -> str:
    return services.partners.find_by_name(name)["uuid"]


def by_title(services, entity: str, text: str) -> dict:
    (row,) = [r for r in services.entity(entity).rows(text) if text in r["title"]]
    return services.entity(entity).get(row["uuid"])


def reasons_by_title(services, partner: str) -> dict[str, dict[str, tuple[Reason, ...]]]:
    """Per section, title → reasons, as the report gives them."""
    content = donor_report_content(services, uuid_of(services, partner))
    out = {}
    for section in content.sections:
        why = section.column_index("why")
        out[section.key] = {r.values[0]: r.values[why] for r in section.rows()}
    return out


def test_the_dashboard_and_the_report_agree_for_every_donor(demo_services):
    today = date.today()
    dashboard = DashboardService(demo_services).deliverables_by_donor(today)
    assert {r["name"] for r in dashboard} >= {
        KOREA,
        "Government of Türkiye",
        "Global Environment Facility",
        "Federal Ministry for Economic Cooperation and Development (Germany)",
    }
    for row in dashboard:
        content = donor_report_content(demo_services, row["uuid"], today=today)
        (deliverables,) = [s for s in content.sections if s.key == "deliverables"]
        rows = list(deliverables.rows())
        assert content.counts["deliverables"] == deliverables.count == len(rows) == row["total"]
        assert content.counts["overdue"] == sum(r.overdue for r in rows) == row["overdue"]
        by_status = dict(content.chart.points)
        assert by_status["Planned"] + by_status["In progress"] == row["open"], row["name"]


def test_korea_funds_ten_deliverables_and_each_says_why(demo_services):
    korea = reasons_by_title(demo_services, KOREA)
    assert len(korea["deliverables"]) == 10 and len(korea["projects"]) == 6
    assert korea["agreements"] == {}
    # The Global Land Outlook runs under the Ankara Initiative (Türkiye); Korea co-funds it.
    assert korea["projects"]["Global Land Outlook, second edition"] == "Funding participant"
    assert korea["deliverables"]["Global Land Outlook, second edition"] == "Funding participant"
    assert korea["projects"]["Greening the Drylands Partnership"] == (
        f"Initiative funded by {KOREA}"
    )
    assert korea["deliverables"]["Land for Life Award"] == (
        f"Funding participant; Initiative funded by {KOREA}"
    )


def test_an_agreement_funder_brings_the_agreement_its_projects_and_deliverables(demo_services):
    netherlands = uuid_of(demo_services, "Government of the Netherlands")
    before = donor_scope(demo_services, netherlands)
    mou = by_title(demo_services, "agreement", "African Risk Capacity")
    own = demo_services.deliverables.create(
        {
            "title": "Drought insurance uptake note",
            "kind": "report",
            "agreement": mou["uuid"],
            "status": "planned",
            "due_on": date.today() - timedelta(days=3),
        }
    )
    demo_services.agreements.update(
        mou["uuid"],
        mou["version"],
        {"parties": [*mou["parties"], {"partner": netherlands, "role": "funder"}]},
    )
    after = reasons_by_title(demo_services, "Government of the Netherlands")
    assert after["agreements"] == {mou["title"]: "Agreement party as funder"}
    project = "GM–ARC support to African countries on drought and extreme weather risk"
    assert after["projects"][project] == "Agreement party as funder"
    assert after["deliverables"][own["title"]] == "Agreement party as funder"
    scope = donor_scope(demo_services, netherlands)
    assert len(scope.deliverable_reasons) == len(before.deliverable_reasons) + 2
    (row,) = [
        r
        for r in DashboardService(demo_services).deliverables_by_donor()
        if r["uuid"] == netherlands
    ]
    assert row["total"] == len(scope.deliverable_reasons) and row["overdue"] == 1


def test_an_agreement_of_a_funded_project_brings_only_that_project_s_deliverables(
    demo_services,
):
    bmz = "Federal Ministry for Economic Cooperation and Development (Germany)"
    tripartite = by_title(demo_services, "agreement", "AUDA-NEPAD")
    other = demo_services.deliverables.create(
        {"title": "Tripartite annual note", "kind": "report", "agreement": tripartite["uuid"]}
    )
    found = reasons_by_title(demo_services, bmz)
    assert found["agreements"][tripartite["title"]] == "Agreement of a funded project"
    assert other["title"] not in found["deliverables"]
    scope = donor_scope(demo_services, uuid_of(demo_services, bmz))
    assert set(scope.agreement_reasons.values()) == {(PROJECT_AGREEMENT,)}
    assert all(FUNDING in r and INITIATIVE in r for r in scope.project_reasons.values())


def test_a_partner_funding_nothing_has_an_empty_scope(demo_services):
    content = donor_report_content(demo_services, uuid_of(demo_services, "UN Women"))
    assert content.counts == {"agreements": 0, "projects": 0, "deliverables": 0, "overdue": 0}
    assert [s.empty_text for s in content.sections] == [
        "No agreements in this scope",
        "No projects in this scope",
        "No deliverables in this scope",
    ]
    assert all(list(s.rows()) == [] for s in content.sections)
    with pytest.raises(ValueError):
        donor_report_content(demo_services, uuid_of(demo_services, KOREA), initiative_uuid="x")
