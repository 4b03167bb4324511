"""A database made before team sync is published to an empty server and cloned back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.sync import SyncError, clone

pytestmark = pytest.mark.postgres

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema-0004-demo.unccd"
ENTITIES = ("partner", "agreement", "initiative", "project", "deliverable")


def everything(services) -> dict[str, dict[str, dict]]:
    out = {}
    for entity in ENTITIES:
        service = services.entity(entity)
        out[entity] = {}
        for row in service.rows():
            record = service.get(row["uuid"])
            out[entity][row["uuid"]] = {k: v for k, v in record.items() if k != "updated_at"}
    return out


def test_a_0004_database_is_published_then_cloned_with_every_record(server_url, tmp_path):
    copy = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, copy)
    officer = open_services(copy, actor=Actor("officer", "test"))  # upgraded to 0005
    assert officer.sync.status().role == "standalone"
    officer.sync.publish(server_url)
    assert officer.sync.status().role == "laptop"
    again = clone(server_url, tmp_path / "second.unccd", actor=Actor("second", "test"))
    try:
        assert everything(again) == everything(officer)
        assert len(everything(again)["deliverable"]) == 70
        # The published file is a laptop now: its next change reaches the clone.
        uuid = officer.partners.rows(limit=1)[0]["uuid"]
        version = officer.partners.get(uuid)["version"]
        officer.partners.update(uuid, version, {"acronym": "PUB"})
        officer.sync.sync()
        again.sync.sync()
        assert again.partners.get(uuid)["acronym"] == "PUB"
    finally:
        again.close()
        officer.close()


def test_publishing_onto_a_server_that_holds_records_is_refused(server_url, tmp_path, laptop):
    a = laptop("a")
    a.partners.create({"name": "Already There", "kind": "ngo"})
    a.sync.sync()
    other = open_services(tmp_path / "other.unccd", actor=Actor("o", "test"), create=True)
    try:
        with pytest.raises(SyncError, match="already holds records"):
            other.sync.publish(server_url)
        assert other.sync.status().role == "standalone"
    finally:
        other.close()
