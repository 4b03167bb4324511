"""Create, read, update, delete, list and audit, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from unccd_desktop.errors import ConflictError, DependencyError, ValidationError
from unccd_desktop.services import Services


def make_partner(services: Services, name: str = "African Risk Capacity", **extra) -> dict:
    return services.partners.create({"name": name, "kind": "intergovernmental", **extra})


def make_agreement(services: Services, *partners: dict, **extra) -> dict:
    data = {
        "title": "MoU",
        "kind": "mou",
        "status": "signed",
        "parties": [{"partner": p["uuid"], "role": "signatory"} for p in partners],
    }
    data.update(extra)
    return services.agreements.create(data)


def test_create_and_read_partner(services: Services) -> None:
    created = make_partner(services, acronym="ARC", other_names=["ARC Agency", " "])
    got = services.partners.get(created["uuid"])
    assert got["name"] == "African Risk Capacity"
    assert got["acronym"] == "ARC"
    assert got["other_names"] == ["ARC Agency"]
    assert got["kind"] == "intergovernmental"
    assert got["version"] == 1
    assert len(got["uuid"]) == 36


def test_update_bumps_version_and_writes_audit(services: Services) -> None:
    created = make_partner(services)
    updated = services.partners.update(created["uuid"], 1, {"acronym": "ARC", "notes": "Drought"})
    assert updated["version"] == 2
    history = services.partners.history(created["uuid"])
    changes = {(h.action, h.field): (h.old_value, h.new_value) for h in history}
    assert changes[("update", "acronym")] == (None, "ARC")
    assert changes[("update", "notes")] == ("", "Drought")
    assert changes[("create", "name")] == (None, "African Risk Capacity")
    assert {h.actor for h in history} == {"tester"}
    assert {h.source for h in history} == {"test"}


def test_update_without_change_keeps_version(services: Services) -> None:
    created = make_partner(services, acronym="ARC")
    same = services.partners.update(created["uuid"], 1, {"acronym": "ARC"})
    assert same["version"] == 1


def test_stale_update_is_a_conflict_and_changes_nothing(services: Services) -> None:
    created = make_partner(services)
    services.partners.update(created["uuid"], 1, {"acronym": "ARC"})
    with pytest.raises(ConflictError) as caught:
        services.partners.update(created["uuid"], 1, {"acronym": "OLD"})
    assert caught.value.info.current_version == 2
    assert caught.value.info.current["acronym"] == "ARC"
    assert services.partners.get(created["uuid"])["acronym"] == "ARC"


def test_update_of_deleted_record_is_a_conflict(services: Services) -> None:
    created = make_partner(services)
    services.partners.delete(created["uuid"])
    with pytest.raises(ConflictError, match="deleted"):
        services.partners.update(created["uuid"], 1, {"acronym": "X"})


def test_collection_change_bumps_version(services: Services) -> None:
    a, b = make_partner(services, "AUDA-NEPAD"), make_partner(services, "Commonwealth Secretariat")
    agreement = make_agreement(services, a)
    parties = agreement["parties"] + [{"partner": b["uuid"], "role": "signatory"}]
    updated = services.agreements.update(agreement["uuid"], 1, {"parties": parties})
    assert updated["version"] == 2
    assert [p["partner"] for p in updated["parties"]] == [a["uuid"], b["uuid"]]


def test_tripartite_agreement_is_one_record_with_three_parties(services: Services) -> None:
    names = ["AUDA-NEPAD", "Commonwealth Secretariat", "UNCCD secretariat"]
    partners = [make_partner(services, n) for n in names]
    mou = make_agreement(services, *partners, kind="multi_party_mou", title="Tripartite MoU")
    assert len(services.agreements.get(mou["uuid"])["parties"]) == 3
    assert services.agreements.count(filters={"partner": partners[1]["uuid"]}) == 1


@pytest.mark.parametrize(
    ("entity", "data", "field", "words"),
    [
        ("partner", {"kind": "ngo"}, "name", "must be filled in"),
        ("partner", {"name": "X", "kind": "alien"}, "kind", "not one of"),
        ("partner", {"name": "X", "kind": "ngo", "website": "ftp://x"}, "website", "http"),
        ("partner", {"name": "X", "kind": "ngo", "hq_country": "ZZ"}, "hq_country", "country"),
        (
            "agreement",
            {
                "title": "T",
                "kind": "mou",
                "effective_on": "2022-05-01",
                "expires_on": "2021-05-01",
            },
            "expires_on",
            "on or after the effective date",
        ),
        (
            "agreement",
            {"title": "T", "kind": "mou", "signed_on": "03/04/2022"},
            "signed_on",
            "date",
        ),
        (
            "project",
            {"title": "P", "budget_amount": "100", "budget_currency": "XXY"},
            "budget_currency",
            "ISO 4217",
        ),
        ("project", {"title": "P", "budget_amount": "100"}, "budget_currency", "budget"),
        ("project", {"title": "P", "countries": ["KE", "QQ"]}, "countries", "QQ"),
        ("deliverable", {"title": "D"}, "project", "project or an agreement"),
    ],
)
def test_validation_messages_name_the_field(
    services: Services, entity: str, data: dict, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.entity(entity).create(data)
    messages = caught.value.by_field()
    assert field in messages, messages
    assert any(words in m for m in messages[field]), messages
    assert services.entity(entity).count() == 0


def test_progress_outside_range_and_email(services: Services) -> None:
    partner = make_partner(services)
    project = services.projects.create({"title": "GLO2"})
    with pytest.raises(ValidationError) as caught:
        services.deliverables.create(
            {"title": "D", "project": project["uuid"], "progress_percent": 150}
        )
    assert "at most 100" in caught.value.by_field()["progress_percent"][0]
    with pytest.raises(ValidationError) as caught:
        services.focal_points.create(
            {"partner": partner["uuid"], "name": "A", "email": "not-an-address"}
        )
    assert "e-mail" in caught.value.by_field()["email"][0]


def test_party_listed_twice_is_refused(services: Services) -> None:
    p = make_partner(services)
    with pytest.raises(ValidationError, match="listed twice"):
        services.agreements.create(
            {
                "title": "MoU",
                "kind": "mou",
                "parties": [
                    {"partner": p["uuid"], "role": "signatory"},
                    {"partner": p["uuid"], "role": "funder"},
                ],
            }
        )


def test_delete_partner_still_referenced_is_refused_with_names(services: Services) -> None:
    partner = make_partner(services, "International Federation of Red Cross")
    make_agreement(services, partner, title="IFRC MoU")
    with pytest.raises(DependencyError) as caught:
        services.partners.delete(partner["uuid"])
    assert "IFRC MoU" in str(caught.value)
    assert services.partners.count() == 1


def test_delete_partner_takes_focal_points_and_audits_them(services: Services) -> None:
    partner = make_partner(services)
    contact = services.focal_points.create({"partner": partner["uuid"], "name": "A. Person"})
    services.partners.delete(partner["uuid"])
    assert services.focal_points.count() == 0
    history = services.focal_points.history(contact["uuid"])
    assert history[0].action == "delete"


def test_project_with_roles_countries_areas_budget(services: Services) -> None:
    bmz = make_partner(services, "BMZ", kind="government", hq_country="DE")
    gm = make_partner(services, "Global Mechanism", kind="convention_secretariat")
    project = services.projects.create(
        {
            "code": "PPF",
            "title": "Project Preparation Facility",
            "status": "implementation",
            "participants": [
                {"partner": bmz["uuid"], "role": "funding"},
                {"partner": gm["uuid"], "role": "accountable"},
            ],
            "countries": ["KE", "SN"],
            "thematic_areas": ["gender", "ldn"],
            "budget_amount": "1,250,000.50",
            "budget_currency": "eur",
            "planned_start": date(2021, 1, 1),
        }
    )
    got = services.projects.get(project["uuid"])
    assert got["budget_amount"] == Decimal("1250000.50")
    assert got["budget_currency"] == "EUR"
    assert sorted(got["countries"]) == ["KE", "SN"]
    assert got["thematic_areas"] == ["ldn", "gender"]  # in the order of the reference list
    assert services.projects.count(filters={"partner": bmz["uuid"]}) == 1
    with pytest.raises(ValidationError, match="another project already has this code"):
        services.projects.create({"code": "PPF", "title": "Other"})


def test_rows_filter_sort_and_text_search(services: Services) -> None:
    make_partner(services, "World Meteorological Organization", acronym="WMO", kind="un_entity")
    make_partner(services, "Landesa", kind="ngo", other_names=["Rural Development Institute"])
    make_partner(services, "IRENA", kind="intergovernmental")
    assert [r["name"] for r in services.partners.rows(sort="name")] == [
        "IRENA",
        "Landesa",
        "World Meteorological Organization",
    ]
    first = services.partners.rows(sort="name", descending=True, limit=1)[0]
    assert first["name"] == "World Meteorological Organization"
    assert [r["name"] for r in services.partners.rows(text="wmo")] == [
        "World Meteorological Organization"
    ]
    assert [r["name"] for r in services.partners.rows(text="rural institute")] == ["Landesa"]
    assert services.partners.count(filters={"kind": ["ngo", "un_entity"]}) == 2
    assert services.partners.rows(text="100%") == []
    page = services.partners.rows(sort="name", offset=1, limit=1)
    assert [r["name"] for r in page] == ["Landesa"]


def test_find_partner_by_alias(services: Services) -> None:
    make_partner(
        services,
        "Federal Ministry for Economic Cooperation",
        acronym="BMZ",
        other_names=["Germany"],
    )
    assert services.partners.find_by_name("germany")["acronym"] == "BMZ"
    assert services.partners.find_by_name("bmz")["acronym"] == "BMZ"
    assert services.partners.find_by_name("germ") is None


def test_followup_expiring_and_overdue(services: Services) -> None:
    today = date.today()
    p = make_partner(services)
    soon = make_agreement(services, p, title="Soon", expires_on=today + timedelta(days=60))
    make_agreement(services, p, title="Later", expires_on=today + timedelta(days=200))
    long_notice = make_agreement(
        services,
        p,
        title="Long notice",
        expires_on=today + timedelta(days=150),
        renewal_notice_days=180,
    )
    make_agreement(services, p, title="Draft", status="draft", expires_on=today)
    expiring = services.followup.expiring_agreements(days=90)
    assert [a["uuid"] for a in expiring] == [soon["uuid"], long_notice["uuid"]]

    project = services.projects.create({"title": "GLO2"})

    def deliverable(title: str, due: date, status: str = "planned") -> dict:
        return services.deliverables.create(
            {"title": title, "project": project["uuid"], "due_on": due, "status": status}
        )

    late = deliverable("Late", today - timedelta(days=1))
    deliverable("Late but done", today - timedelta(days=5), "accepted")
    due = deliverable("Due", today + timedelta(days=10))
    deliverable("Far", today + timedelta(days=100))
    assert [d["uuid"] for d in services.followup.overdue_deliverables()] == [late["uuid"]]
    assert [d["uuid"] for d in services.followup.deliverables_due_within(30)] == [due["uuid"]]
    overdue_rows = services.deliverables.rows(filters={"overdue": True})
    assert [r["uuid"] for r in overdue_rows] == [late["uuid"]]
    flags = {r["title"]: r["overdue"] for r in services.deliverables.rows()}
    assert flags == {"Late": True, "Late but done": False, "Due": False, "Far": False}
    assert services.followup.counts_by_status("deliverable") == {"planned": 3, "accepted": 1}


def test_documents_are_stored_by_hash_and_checked(services: Services, tmp_path) -> None:
    p = make_partner(services)
    agreement = make_agreement(services, p)
    source = tmp_path / "../signed copy.pdf"
    source.write_bytes(b"%PDF-1.4 signed")
    doc = services.documents.attach("agreement", agreement["uuid"], source)
    stored = services.documents.path_of(doc["uuid"])
    assert stored.name == doc["sha256"]
    assert stored.is_relative_to(services.db.documents_dir)
    assert doc["original_filename"] == "signed copy.pdf"
    assert doc["media_type"] == "application/pdf"
    assert services.documents.check_files() == []
    stored.write_bytes(b"tampered")
    assert [p.problem for p in services.documents.check_files()] == ["altered"]
    stored.unlink()
    assert [p.problem for p in services.documents.check_files()] == ["missing"]


def test_reference_sync_corrects_only_what_differs_from_the_shipped_lists(
    services: Services,
) -> None:
    import sqlalchemy as sa

    from unccd_desktop.domain import Country, ThematicArea

    assert services.reference.sync() == 0  # done at opening already
    with services.db.write() as session:
        session.execute(sa.update(Country).where(Country.code == "KE").values(name="Kenia"))
        session.execute(sa.delete(ThematicArea).where(ThematicArea.code == "gender"))
    assert services.reference.sync() == 2
    names = {c["code"]: c["name"] for c in services.reference.countries()}
    assert names["KE"] == "Kenya"
    assert "gender" in [a["code"] for a in services.reference.thematic_areas()]
    assert services.reference.sync() == 0


def test_validation_messages_keep_their_template_for_translation(services: Services) -> None:
    from unccd_desktop import messages
    from unccd_desktop.errors import Text

    with pytest.raises(ValidationError) as caught:
        services.partners.create({"name": "", "kind": "ngo", "website": "example.org"})
    found = {p.field: p.message for p in caught.value.problems}
    assert found["name"] == "must be filled in"  # the English sentence, as before
    assert found["website"] == messages.NOT_URL
    assert all(isinstance(m, Text) and m.template in messages.ALL for m in found.values())
    with pytest.raises(ValidationError) as caught:
        services.projects.create({"title": "P", "planned_start": "2024-13-01"})
    (problem,) = caught.value.problems
    assert (problem.message.template, problem.message.args) == (messages.NOT_DATE, ())


def test_storage_errors_keep_their_template_for_translation(tmp_path) -> None:
    from unccd_desktop import messages
    from unccd_desktop.errors import UserError, message_of
    from unccd_desktop.storage.backup import backup_sqlite, restore_backup

    database = tmp_path / "partnerships.unccd"
    database.write_bytes(b"")
    with pytest.raises(UserError) as caught:
        backup_sqlite(database, database)
    assert message_of(caught.value).template == messages.BACKUP_IS_DATABASE
    with pytest.raises(UserError) as caught:
        restore_backup(tmp_path / "missing.unccd", database)
    found = message_of(caught.value)
    assert (found.template, found.args) == (messages.NO_BACKUP_FILE, (tmp_path / "missing.unccd",))


def test_a_dry_run_session_writes_and_refuses_as_usual_but_audits_nothing(
    services: Services,
) -> None:
    import sqlalchemy as sa

    from unccd_desktop.domain import AuditEntry
    from unccd_desktop.services.audit import DRY_RUN

    created = make_partner(services)
    with services.db.write() as session:
        entries = session.scalar(sa.select(sa.func.count(AuditEntry.id)))
        session.info[DRY_RUN] = True
        services.partners.update_in(session, created["uuid"], 1, {"acronym": "ARC"})
        assert services.partners.load(session, created["uuid"]).version == 2
        with pytest.raises(ValidationError):
            services.partners.update_in(session, created["uuid"], 2, {"name": ""})
        with pytest.raises(ConflictError):
            services.partners.update_in(session, created["uuid"], 1, {"acronym": "OLD"})
        assert session.scalar(sa.select(sa.func.count(AuditEntry.id))) == entries
        session.rollback()
    assert services.partners.get(created["uuid"])["acronym"] is None
