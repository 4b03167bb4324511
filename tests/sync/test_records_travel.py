"""What travels besides plain edits: an import and its revert with the partner updates they
record, and documents (once each, by SHA-256; fetched again when missing or altered)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.excel.test_partner_round_trip import deliverable_ids, edit
from unccd_desktop.domain import SyncBlob
from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.excel.partner_workbook import export_partner_workbook
from unccd_desktop.services import Actor, open_services, partner_updates
from unccd_desktop.services.demo import populate_demo
from unccd_desktop.services.exchange import revert_batch
from unccd_desktop.services.sync import SYNCED, clone

pytestmark = pytest.mark.postgres

PARTNER = "Group on Earth Observations"


@pytest.fixture
def demo_pair(server_url, tmp_path):
    """Laptop a published the demo register to the server; laptop b cloned it."""
    a = open_services(tmp_path / "a.unccd", actor=Actor("a", "test"), create=True)
    populate_demo(a.with_actor(Actor("a", "demo")))
    a.sync.publish(server_url)
    b = clone(server_url, tmp_path / "b.unccd", actor=Actor("b", "test"))
    yield a, b
    a.close()
    b.close()


def partner_named(services, name):
    return next(p for p in services.partners.rows() if p["label"] == name)


def test_an_import_and_its_revert_reach_the_other_laptop(demo_pair, tmp_path):
    a, b = demo_pair
    partner = partner_named(a, PARTNER)
    sent = export_partner_workbook(a, partner["uuid"], tmp_path / "sent.xlsx")
    first, second, _ = deliverable_ids(sent.path)
    back = edit(
        sent.path,
        tmp_path / "back.xlsx",
        {first: {"Comments": "Draft with the focal point."}, second: {"Status": "cancelled"}},
    )
    batch = apply_import(a, preview_import(a, back))
    assert a.sync.sync().status == SYNCED
    assert b.sync.sync().pulled >= 3  # a deliverable, two partner updates
    assert b.deliverables.get(second)["status"].value == "cancelled"
    [update] = partner_updates.updates_of(b, first)
    assert (update.comment, update.partner) == ("Draft with the focal point.", partner["uuid"])
    assert update.batch_id is None  # the batch stays on the laptop that applied it

    revert_batch(a, batch)
    a.sync.sync()
    b.sync.sync()
    assert b.deliverables.get(second)["status"] == a.deliverables.get(second)["status"]
    assert b.deliverables.get(second)["status"].value != "cancelled"
    assert partner_updates.updates_of(b, first) == []


def test_documents_travel_once_and_are_fetched_again_when_damaged(demo_pair, server_url, tmp_path):
    a, b = demo_pair
    deliverable = a.deliverables.rows(limit=1)[0]["uuid"]
    source = tmp_path / "evidence.pdf"
    source.write_bytes(b"%PDF-1.4 evidence of a land restoration workshop\n" * 1000)
    first = a.documents.attach("deliverable", deliverable, source)
    second = a.documents.attach("deliverable", deliverable, source, notes="the same file again")
    a.sync.sync()
    server = open_services(server_url, actor=Actor("admin", "test"))
    with server.db.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(SyncBlob)) == 1
    server.close()
    b.sync.sync()
    assert b.documents.path_of(first["uuid"]).read_bytes() == source.read_bytes()
    assert b.documents.path_of(second["uuid"]) == b.documents.path_of(first["uuid"])

    stored = b.documents.path_of(first["uuid"])
    stored.write_bytes(b"damaged")
    assert b.documents.check_files()
    b.sync.sync()
    assert b.documents.check_files() == []
    assert stored.read_bytes() == source.read_bytes()
