"""Merging a duplicate partner into the one kept: every reference moves, in one transaction,
through the services (audited, in the change set); the history of both stays readable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from unccd_desktop.domain import AuditEntry, Partner, Project
from unccd_desktop.errors import NotFoundError, UserError, ValidationError
from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.excel.partner_workbook import export_partner_workbook
from unccd_desktop.services import Services
from unccd_desktop.services.changes import recording
from unccd_desktop.services.exchange import find_export
from unccd_desktop.services.partner_merge import MERGED, merge_preview
from unccd_desktop.services.partner_updates import updates_of


@dataclass
class Scene:
    keep: str
    drop: str
    other: str
    focal_points: list[str]
    kept_contact: str
    agreements: dict[str, str]
    projects: dict[str, str]
    initiatives: dict[str, str]
    deliverables: list[str]
    export_uuid: str


def _partner_update(services: Services, partner: str, deliverable: str, tmp_path: Path) -> str:
    """The partner's update workbook, sent and returned with a comment, imported: one
    partner update and one workbook export credited to the partner. Its export's id."""
    sent = export_partner_workbook(services, partner, tmp_path / "sent.xlsx")
    book = openpyxl.load_workbook(sent.path)
    sheet = book["Deliverables"]
    headers = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == deliverable:
            row[headers.index("Comments")].value = "Draft shared in May."
    returned = tmp_path / "returned.xlsx"
    book.save(returned)
    apply_import(services, preview_import(services, returned))
    return sent.export_uuid


@pytest.fixture
def scene(services: Services, tmp_path: Path) -> Scene:
    """A partner entered twice (on a laptop and on the server) and every kind of record that
    names the duplicate, some naming both."""
    keep = services.partners.create(
        {
            "name": "Global Water Partnership",
            "acronym": "GWP",
            "kind": "ngo",
            "other_names": ["GWP Organisation"],
            "notes": "Entered on the server.",
        }
    )["uuid"]
    drop = services.partners.create(
        {
            "name": "Global Water Partnership (laptop)",
            "acronym": "GWP-L",
            "kind": "intergovernmental",
            "hq_country": "SE",
            "website": "https://www.gwp.org",
            "iati_org_id": "XM-DAC-47044",
            "other_names": ["Global Water Partnership Organisation", "GWP Organisation"],
            "notes": "Entered on a laptop in Stockholm.",
        }
    )["uuid"]
    other = services.partners.create({"name": "FAO", "kind": "un_entity"})["uuid"]
    points = [
        services.focal_points.create({"partner": drop, "name": name})["uuid"]
        for name in ("Ana Silva", "Li Wei")
    ]
    kept_contact = services.focal_points.create({"partner": keep, "name": "Omar Haddad"})["uuid"]
    signed = date(2024, 3, 1)
    agreements = {
        # The duplicate's row comes first and holds the signature details.
        "both": services.agreements.create(
            {
                "title": "MoU with GWP",
                "kind": "mou",
                "parties": [
                    {"partner": drop, "signatory_name": "A. Silva", "signed_on": signed},
                    {"partner": keep},
                ],
            }
        )["uuid"],
        "one": services.agreements.create(
            {
                "title": "Letter of agreement on drought",
                "kind": "letter_of_agreement",
                "parties": [{"partner": other}, {"partner": drop, "role": "implementer"}],
            }
        )["uuid"],
    }
    projects = {
        "same_role": services.projects.create(
            {
                "title": "Drought toolbox",
                "participants": [
                    {"partner": drop, "role": "implementing"},
                    {"partner": keep, "role": "implementing"},
                    {"partner": other, "role": "funding"},
                ],
            }
        )["uuid"],
        "other_role": services.projects.create(
            {
                "title": "Integrated drought management",
                "participants": [
                    {"partner": drop, "role": "funding"},
                    {"partner": keep, "role": "implementing"},
                ],
            }
        )["uuid"],
    }
    initiatives = {
        "both": services.initiatives.create({"name": "Water for land", "donors": [drop, keep]})[
            "uuid"
        ],
        "one": services.initiatives.create({"name": "Dryland fund", "donors": [drop, other]})[
            "uuid"
        ],
    }
    deliverables = [
        services.deliverables.create(
            {"title": title, "responsible_partner": drop, "project": projects["same_role"]}
        )["uuid"]
        for title in ("Toolbox chapter", "Regional workshop")
    ]
    export_uuid = _partner_update(services, drop, deliverables[0], tmp_path)
    return Scene(
        keep,
        drop,
        other,
        points,
        kept_contact,
        agreements,
        projects,
        initiatives,
        deliverables,
        export_uuid,
    )


def partners_of(rows: list[dict]) -> list[tuple[str, str]]:
    return [(row["partner"], str(row["role"])) for row in rows]


def test_the_preview_counts_what_would_move(services, scene):
    preview = merge_preview(services, scene.keep, scene.drop)
    assert preview["keep"] == {"uuid": scene.keep, "name": "Global Water Partnership"}
    assert preview["drop"]["name"] == "Global Water Partnership (laptop)"
    assert preview["moves"] == {
        "focal_points": 2,
        "agreements": 2,
        "projects": 2,
        "initiatives": 2,
        "deliverables": 2,
        "partner_updates": 1,
        "workbook_exports": 1,
    }
    services.partners.get(scene.drop)  # a preview writes nothing


def test_every_reference_moves_to_the_partner_kept(services, scene):
    preview = merge_preview(services, scene.keep, scene.drop)
    result = services.partners.merge(scene.keep, scene.drop)

    assert result["moves"] == preview["moves"]
    with pytest.raises(NotFoundError):
        services.partners.get(scene.drop)
    for uuid in scene.focal_points:
        assert services.focal_points.get(uuid)["partner"] == scene.keep
    assert services.focal_points.get(scene.kept_contact)["partner"] == scene.keep
    for uuid in scene.deliverables:
        assert services.deliverables.get(uuid)["responsible_partner"] == scene.keep
    one = services.agreements.get(scene.agreements["one"])["parties"]
    assert partners_of(one) == [(scene.other, "signatory"), (scene.keep, "implementer")]
    one_role = services.projects.get(scene.projects["other_role"])["participants"]
    assert sorted(partners_of(one_role)) == [(scene.keep, "funding"), (scene.keep, "implementing")]
    donors = services.initiatives.get(scene.initiatives["one"])["donors"]
    assert sorted(donors) == sorted([scene.keep, scene.other])
    (update,) = updates_of(services, scene.deliverables[0])
    assert (update.partner, update.partner_name) == (scene.keep, "Global Water Partnership")
    assert find_export(services, scene.export_uuid).partner_uuid == scene.keep


def test_a_partner_named_twice_on_a_record_is_named_once(services, scene):
    services.partners.merge(scene.keep, scene.drop)

    (party,) = services.agreements.get(scene.agreements["both"])["parties"]
    assert party["partner"] == scene.keep
    assert (party["signatory_name"], party["signed_on"]) == ("A. Silva", date(2024, 3, 1))
    same_role = services.projects.get(scene.projects["same_role"])["participants"]
    assert partners_of(same_role) == [(scene.keep, "implementing"), (scene.other, "funding")]
    assert services.initiatives.get(scene.initiatives["both"])["donors"] == [scene.keep]


def test_the_kept_partner_takes_what_only_the_duplicate_had(services, scene):
    result = services.partners.merge(scene.keep, scene.drop)

    kept = services.partners.get(scene.keep)
    assert kept["name"] == "Global Water Partnership" and kept["acronym"] == "GWP"
    assert str(kept["kind"]) == "ngo", "a filled field stays as it was"
    assert (kept["hq_country"], kept["website"], kept["iati_org_id"]) == (
        "SE",
        "https://www.gwp.org",
        "XM-DAC-47044",
    )
    assert kept["other_names"] == [
        "GWP Organisation",
        "Global Water Partnership (laptop)",
        "GWP-L",
        "Global Water Partnership Organisation",
    ]
    assert kept["notes"] == "Entered on the server.\n\nEntered on a laptop in Stockholm."
    assert sorted(result["filled"]) == sorted(
        ["hq_country", "website", "iati_org_id", "other_names", "notes"]
    )
    assert services.partners.find_by_name("GWP-L")["uuid"] == scene.keep


def test_the_history_of_both_stays_and_shows_on_the_partner_kept(services, scene):
    dropped_before = services.partners.history(scene.drop)
    kept_before = services.partners.history(scene.keep)

    services.partners.merge(scene.keep, scene.drop)

    dropped_after = services.partners.history(scene.drop)
    assert {e.id for e in dropped_before} < {e.id for e in dropped_after}
    assert {e.action for e in dropped_after} == {"create", "delete"}
    history = services.partners.history(scene.keep)
    ids = [e.id for e in history]
    assert ids == sorted(ids, reverse=True), "newest first"
    assert {e.id for e in dropped_after} | {e.id for e in kept_before} <= set(ids)
    merged = history[0]
    assert (merged.field, merged.record_uuid, merged.actor) == (MERGED, scene.keep, "tester")
    assert merged.new_value == {"uuid": scene.drop, "name": "Global Water Partnership (laptop)"}
    fills = [e for e in history if e.record_uuid == scene.keep and e.field == "website"]
    assert fills[0].new_value == "https://www.gwp.org"
    moved = services.focal_points.history(scene.focal_points[0])[0]
    assert (moved.field, moved.old_value, moved.new_value) == ("partner", scene.drop, scene.keep)
    parties = services.agreements.history(scene.agreements["both"])[0]
    assert parties.field == "parties" and parties.source == "test"


def test_a_partner_merged_into_one_merged_later_stays_in_the_history(services, scene):
    third = services.partners.create({"name": "GWP Mediterranean", "kind": "ngo"})["uuid"]
    services.partners.merge(scene.drop, third)
    services.partners.merge(scene.keep, scene.drop)
    records = {e.record_uuid for e in services.partners.history(scene.keep)}
    assert records == {scene.keep, scene.drop, third}
    assert {e.record_uuid for e in services.partners.history(scene.other)} == {scene.other}


def test_the_change_set_names_every_record_touched(services, scene):
    with recording() as changes:
        services.partners.merge(scene.keep, scene.drop)
    assert changes.uuids("partner", "delete") == {scene.drop}
    assert MERGED in changes.get("partner", scene.keep).fields
    assert changes.uuids("focal_point", "update") == set(scene.focal_points)
    assert changes.uuids("agreement") == set(scene.agreements.values())
    assert changes.uuids("project") == set(scene.projects.values())
    assert changes.uuids("initiative") == set(scene.initiatives.values())
    assert changes.uuids("deliverable") == set(scene.deliverables)
    assert changes.uuids("partner_update") == {scene.deliverables[0]}


def test_a_duplicate_of_the_same_name_merges(services, scene):
    """Team sync may bring a laptop's partner named as the server's one."""
    with services.db.write() as session:
        session.execute(
            sa.update(Partner)
            .where(Partner.uuid == scene.drop)
            .values(name="GLOBAL WATER PARTNERSHIP")
        )
    services.partners.merge(scene.keep, scene.drop)
    kept = services.partners.get(scene.keep)
    assert kept["name"] == "Global Water Partnership"
    assert "GLOBAL WATER PARTNERSHIP" not in kept["other_names"]


def test_a_refused_move_leaves_everything_as_it_was(services, scene):
    """One transaction: a project the services refuse to write stops the whole merge."""
    with services.db.write() as session:
        session.execute(
            sa.update(Project)
            .where(Project.uuid == scene.projects["other_role"])
            .values(planned_start=date(2025, 1, 1), planned_end=date(2024, 1, 1))
        )
    with services.db.read() as session:
        audited = session.scalar(sa.select(sa.func.count()).select_from(AuditEntry))
    with recording() as changes, pytest.raises(ValidationError):
        services.partners.merge(scene.keep, scene.drop)
    assert not changes
    assert services.partners.get(scene.drop)["website"] == "https://www.gwp.org"
    assert services.focal_points.get(scene.focal_points[0])["partner"] == scene.drop
    assert updates_of(services, scene.deliverables[0])[0].partner == scene.drop
    assert find_export(services, scene.export_uuid).partner_uuid == scene.drop
    with services.db.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) == audited


def test_refusals_are_plain_sentences(services, scene):
    with pytest.raises(UserError, match="cannot be merged into itself"):
        services.partners.merge(scene.keep, scene.keep)
    with pytest.raises(NotFoundError, match="No partner with identifier"):
        services.partners.merge(scene.keep, "00000000-0000-0000-0000-000000000000")
    with pytest.raises(NotFoundError):
        merge_preview(services, "00000000-0000-0000-0000-000000000000", scene.drop)
    assert services.partners.get(scene.drop)["uuid"] == scene.drop


def test_a_workbook_sent_to_the_duplicate_still_imports(services, scene, tmp_path):
    """An update workbook out with the duplicate's partner when it was merged comes back."""
    sent = export_partner_workbook(services, scene.drop, tmp_path / "out.xlsx")
    services.partners.merge(scene.keep, scene.drop)
    book = openpyxl.load_workbook(sent.path)
    sheet = book["Deliverables"]
    headers = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == scene.deliverables[1]:
            row[headers.index("Comments")].value = "Workshop held in Nairobi."
    contacts = book["Focal points"]
    headers = [cell.value for cell in contacts[1]]
    for row in contacts.iter_rows(min_row=2):
        if row[0].value == scene.focal_points[1]:
            row[headers.index("Phone")].value = "+46 8 1213 8600"
    returned = tmp_path / "back.xlsx"
    book.save(returned)

    report = preview_import(services, returned)
    assert not report.rejected and not report.errors
    apply_import(services, report)
    (update,) = updates_of(services, scene.deliverables[1])
    assert (update.partner, update.comment) == (scene.keep, "Workshop held in Nairobi.")
    contact = services.focal_points.get(scene.focal_points[1])
    assert (contact["partner"], contact["phone"]) == (scene.keep, "+46 8 1213 8600")


def test_a_workbook_of_an_unrelated_partner_is_still_refused(services, scene, tmp_path):
    sent = export_partner_workbook(services, scene.other, tmp_path / "fao.xlsx")
    services.partners.merge(scene.keep, scene.drop)
    book = openpyxl.load_workbook(sent.path)
    meta = book[next(name for name in book.sheetnames if book[name].sheet_state == "hidden")]
    for row in meta.iter_rows():
        if row[0].value == "partner":
            row[1].value = scene.drop  # as if it had been sent to the duplicate
    steered = tmp_path / "steered.xlsx"
    book.save(steered)
    assert "not the partner that export was made for" in str(
        preview_import(services, steered).rejected
    )
