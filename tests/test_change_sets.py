"""Change sets: the services report which records a write created, updated or deleted."""

from __future__ import annotations

import pytest

from unccd_desktop.errors import ConflictError, DependencyError
from unccd_desktop.services import Services
from unccd_desktop.services.changes import recording


def test_create_update_delete_are_reported(services: Services) -> None:
    with recording() as created:
        partner = services.partners.create({"name": "IFRC", "kind": "ngo"})
    assert created.get("partner", partner["uuid"]).action == "create"
    with recording() as updated:
        services.partners.update(partner["uuid"], 1, {"acronym": "IFRC"})
    change = updated.get("partner", partner["uuid"])
    assert (change.action, change.fields, change.source) == ("update", {"acronym"}, "test")
    with recording() as deleted:
        services.partners.delete(partner["uuid"])
    assert deleted.uuids("partner", "delete") == {partner["uuid"]}
    assert deleted.uuids("partner", "create") == set()


def test_a_refused_write_reports_nothing(services: Services) -> None:
    partner = services.partners.create({"name": "IFRC", "kind": "ngo"})
    with recording() as changes, pytest.raises(ConflictError):
        services.partners.update(partner["uuid"], 7, {"acronym": "X"})
    assert not changes
    with recording() as changes, services.db.write() as session:
        services.partners.update_in(session, partner["uuid"], 1, {"acronym": "Y"})
        session.rollback()
    assert not changes


def test_nothing_is_recorded_outside_a_recording(services: Services) -> None:
    partner = services.partners.create({"name": "IFRC", "kind": "ngo"})
    with recording() as changes:
        pass
    services.partners.update(partner["uuid"], 1, {"acronym": "IFRC"})
    assert not changes


def test_undo_create_refuses_edits_and_attached_records(services: Services) -> None:
    partner = services.partners.create({"name": "IFRC", "kind": "ngo"})
    services.focal_points.create({"partner": partner["uuid"], "name": "Ana"})
    with pytest.raises(DependencyError, match="focal point 'Ana'"):
        services.partners.undo_create(partner["uuid"], 1)
    edited = services.partners.create({"name": "ARC", "kind": "intergovernmental"})
    services.partners.update(edited["uuid"], 1, {"acronym": "ARC"})
    with pytest.raises(ConflictError):
        services.partners.undo_create(edited["uuid"], 1)
    plain = services.partners.create({"name": "GWP", "kind": "ngo"})
    services.partners.undo_create(plain["uuid"], 1)
    assert services.partners.count("GWP") == 0


def test_savepoints_count_only_when_the_outer_transaction_commits(services: Services) -> None:
    kept = services.partners.create({"name": "Kept", "kind": "ngo"})
    undone = services.partners.create({"name": "Undone", "kind": "ngo"})
    with recording() as changes, services.db.write() as session:
        with session.begin_nested():
            services.partners.update_in(session, kept["uuid"], 1, {"acronym": "K"})
        with pytest.raises(RuntimeError), session.begin_nested():
            services.partners.update_in(session, undone["uuid"], 1, {"acronym": "U"})
            raise RuntimeError("this savepoint is rolled back")
    assert set(changes.records) == {("partner", kept["uuid"])}
    with recording() as changes, services.db.write() as session:
        with session.begin_nested():  # released, then the whole transaction rolled back
            services.partners.update_in(session, undone["uuid"], 1, {"acronym": "U"})
        session.rollback()
    assert not changes
    assert services.partners.get(undone["uuid"])["acronym"] is None
