"""Related records of a partner, an agreement and a project (services/related.py)."""

from __future__ import annotations

from datetime import date

from unccd_desktop.domain import (
    ActivityStatus,
    AgreementKind,
    AgreementStatus,
    DeliverableKind,
    DeliverableStatus,
    ParticipationRole,
    PartyRole,
)
from unccd_desktop.services import Services
from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.services.related import (
    AGREEMENTS,
    CHILDREN,
    DELIVERABLES,
    DOCUMENTS,
    FOCAL_POINTS,
    PARENT,
    PARTICIPANTS,
    PARTIES,
    PROJECTS,
)


def _by_uuid(lines):
    return {line.uuid: line for line in lines}


def test_the_ifrc_lists_its_mou_and_project_with_its_roles(demo_services: Services) -> None:
    related = demo_services.related.for_partner(demo_uuid("partners", "ifrc"))
    mou = _by_uuid(related.groups[AGREEMENTS])[demo_uuid("agreements", "ifrc-mou")]
    assert mou.entity == "agreement"
    assert mou.label == "Memorandum of Understanding between the Global Mechanism and the IFRC"
    assert mou.roles == (PartyRole.SIGNATORY,) and mou.kind is AgreementKind.MOU
    project = _by_uuid(related.groups[PROJECTS])[demo_uuid("projects", "ifrc-cooperation")]
    assert project.roles == (ParticipationRole.IMPLEMENTING,)
    assert len(related.groups[AGREEMENTS]) == 1 and len(related.groups[PROJECTS]) == 1


def test_a_partner_lists_its_deliverables_focal_points_and_every_role(
    demo_services: Services,
) -> None:
    ifrc = demo_uuid("partners", "ifrc")
    project = demo_services.projects.get(demo_uuid("projects", "ifrc-cooperation"))
    demo_services.projects.update(
        project["uuid"],
        project["version"],
        {"participants": [*project["participants"], {"partner": ifrc, "role": "funding"}]},
    )
    person = demo_services.focal_points.create(
        {"partner": ifrc, "name": "Nadia Haddad", "title": "Head of partnerships"}
    )
    deliverable = demo_services.deliverables.create(
        {
            "title": "Joint note on drought and displacement",
            "kind": "report",
            "project": project["uuid"],
            "responsible_partner": ifrc,
            "due_on": date(2027, 3, 31),
        }
    )
    related = demo_services.related.for_partner(ifrc)
    (line,) = related.groups[PROJECTS]
    assert line.roles == (ParticipationRole.IMPLEMENTING, ParticipationRole.FUNDING)
    (due,) = related.groups[DELIVERABLES]
    assert (due.uuid, due.status, due.when, due.kind) == (
        deliverable["uuid"],
        DeliverableStatus.PLANNED,
        date(2027, 3, 31),
        DeliverableKind.REPORT,
    )
    (contact,) = related.groups[FOCAL_POINTS]
    assert (contact.entity, contact.uuid, contact.label) == (
        "focal_point",
        person["uuid"],
        "Nadia Haddad",
    )
    assert contact.detail == "Head of partnerships"


def test_an_agreement_shows_parties_deliverables_projects_and_documents(
    demo_services: Services, tmp_path
) -> None:
    ppa = demo_uuid("agreements", "ifad-ppa")
    letter = tmp_path / "signed-ppa.pdf"
    letter.write_bytes(b"%PDF-1.4 signed copy")
    document = demo_services.documents.attach("agreement", ppa, letter)
    related = demo_services.related.for_agreement(ppa)
    assert [(p.label, p.roles) for p in related.groups[PARTIES]] == [
        (
            "Global Mechanism of the United Nations Convention to Combat Desertification (GM)",
            (PartyRole.SIGNATORY,),
        ),
        ("International Fund for Agricultural Development (IFAD)", (PartyRole.IMPLEMENTER,)),
    ]
    assert [d.uuid for d in related.groups[DELIVERABLES]] == [
        demo_uuid("deliverables", "ppf-ifad-proposal")
    ]
    assert [p.uuid for p in related.groups[PROJECTS]] == [demo_uuid("projects", "ppf-pipeline")]
    assert [(d.entity, d.uuid, d.label) for d in related.groups[DOCUMENTS]] == [
        ("document", document["uuid"], "signed-ppa.pdf")
    ]
    assert related.groups[PARENT] == [] and related.groups[CHILDREN] == []


def test_a_renewal_shows_its_parent_and_the_parent_its_children(services: Services) -> None:
    gm = services.partners.create(
        {"name": "Global Mechanism", "acronym": "GM", "kind": "un_entity"}
    )
    first = services.agreements.create(
        {
            "title": "MoU 2020-2022",
            "kind": "mou",
            "status": "renewed",
            "signed_on": date(2020, 3, 1),
            "effective_on": date(2020, 4, 1),
            "expires_on": date(2022, 3, 31),
            "renewal_notice_days": 90,
            "parties": [{"partner": gm["uuid"], "role": "signatory"}],
        }
    )
    renewal = services.agreements.create(
        {
            "title": "MoU 2022-2025 (renewal)",
            "kind": "mou",
            "status": "active",
            "effective_on": date(2022, 4, 1),
            "expires_on": date(2025, 3, 31),
            "renewal_notice_days": 60,
            "parent": first["uuid"],
        }
    )
    amendment = services.agreements.create(
        {"title": "Amendment on reporting", "kind": "other", "parent": first["uuid"]}
    )

    parent_view = services.related.for_agreement(first["uuid"])
    assert parent_view.groups[PARENT] == []
    assert {c.uuid: c.status for c in parent_view.groups[CHILDREN]} == {
        renewal["uuid"]: AgreementStatus.ACTIVE,
        amendment["uuid"]: AgreementStatus.DRAFT,
    }
    # Parent first, then the agreement itself, then its children by start (undated last).
    assert [s.uuid for s in parent_view.timeline] == [
        first["uuid"],
        renewal["uuid"],
        amendment["uuid"],
    ]
    own = parent_view.timeline[0]
    assert own.is_owner and own.notice_on == date(2021, 12, 31)  # 90 days before 31 March

    child_view = services.related.for_agreement(renewal["uuid"])
    (parent,) = child_view.groups[PARENT]
    assert (parent.uuid, parent.label, parent.when) == (
        first["uuid"],
        "MoU 2020-2022",
        date(2022, 3, 31),
    )
    assert child_view.groups[CHILDREN] == []
    assert [(s.uuid, s.is_owner) for s in child_view.timeline] == [
        (first["uuid"], False),
        (renewal["uuid"], True),
    ]
    assert child_view.timeline[1].notice_on == date(2025, 1, 30)


def test_a_project_shows_its_deliverables_agreements_and_participants(
    demo_services: Services,
) -> None:
    related = demo_services.related.for_project(demo_uuid("projects", "ppf-pipeline"))
    assert {a.uuid for a in related.groups[AGREEMENTS]} == {
        demo_uuid("agreements", key) for key in ("tripartite-mou", "ifad-ppa", "gwp-ppa")
    }
    assert {d.uuid for d in related.groups[DELIVERABLES]} == {
        demo_uuid("deliverables", "ppf-ifad-proposal"),
        demo_uuid("deliverables", "ppf-gwp-proposal"),
    }
    bmz = _by_uuid(related.groups[PARTICIPANTS])[demo_uuid("partners", "bmz")]
    assert bmz.roles == (ParticipationRole.FUNDING,)
    assert related.timeline == []


def test_a_record_that_does_not_exist_has_nothing_related(services: Services) -> None:
    for entity in ("partner", "agreement", "project"):
        related = services.related.for_entity(entity, "no-such-record")
        assert related.groups and related.lines() == [] and related.timeline == []


def test_statuses_come_as_enum_members(demo_services: Services) -> None:
    related = demo_services.related.for_project(demo_uuid("projects", "ifrc-cooperation"))
    assert related.groups[AGREEMENTS][0].status is AgreementStatus.SIGNED
    partner = demo_services.related.for_partner(demo_uuid("partners", "ifrc"))
    assert partner.groups[PROJECTS][0].status is ActivityStatus.PIPELINE
