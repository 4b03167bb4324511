"""Team sync between laptop files and a PostgreSQL server: merge, conflicts, deletes,
duplicates, documents, schema and roles."""

from __future__ import annotations

import pytest

from unccd_desktop.errors import UserError
from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.sync import (
    DELETED_HERE,
    DELETED_THERE,
    DUPLICATE,
    FIELD,
    HAS_CONFLICTS,
    OURS,
    SYNCED,
    THEIRS,
    SyncError,
)

pytestmark = pytest.mark.postgres


def server_services(url):
    return open_services(url, actor=Actor("online", "test"))


def new_partner(services, name="Green Belt Alliance", **extra):
    return services.partners.create({"name": name, "kind": "ngo", **extra})


def test_a_change_on_one_laptop_reaches_the_other(server_url, laptop):
    a, b = laptop("a"), laptop("b")
    partner = new_partner(a)
    assert a.sync.status().waiting == 1
    result = a.sync.sync()
    assert (result.status, result.pushed) == (SYNCED, 1)
    assert a.sync.status().waiting == 0
    pulled = b.sync.sync()
    assert pulled.pulled == 1
    assert b.partners.get(partner["uuid"])["name"] == "Green Belt Alliance"
    server = server_services(server_url)
    try:
        history = server.partners.history(partner["uuid"])
        assert {h.source for h in history} == {"sync:" + a.sync.status().laptop_name}
    finally:
        server.close()


def test_different_fields_of_one_record_merge(laptop):
    a, b = laptop("a"), laptop("b")
    uuid = new_partner(a)["uuid"]
    a.sync.sync()
    b.sync.sync()
    a.partners.update(uuid, a.partners.get(uuid)["version"], {"acronym": "GBA"})
    b.partners.update(uuid, b.partners.get(uuid)["version"], {"website": "https://gba.org"})
    assert a.sync.sync().status == SYNCED
    assert b.sync.sync().status == SYNCED
    a.sync.sync()
    for side in (a, b):
        record = side.partners.get(uuid)
        assert (record["acronym"], record["website"]) == ("GBA", "https://gba.org")


@pytest.mark.parametrize("keep", [OURS, THEIRS])
def test_the_same_field_conflicts_and_resolves_both_ways(laptop, server_url, keep):
    a, b = laptop("a"), laptop("b")
    uuid = new_partner(a)["uuid"]
    a.sync.sync()
    b.sync.sync()
    a.partners.update(uuid, a.partners.get(uuid)["version"], {"acronym": "AAA"})
    b.partners.update(uuid, b.partners.get(uuid)["version"], {"acronym": "BBB"})
    a.sync.sync()
    result = b.sync.sync()
    assert result.status == HAS_CONFLICTS
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.field) == (FIELD, "acronym")
    assert (conflict.base, conflict.ours, conflict.theirs) == (None, "BBB", "AAA")
    assert b.partners.get(uuid)["acronym"] == "BBB"  # the laptop keeps its value meanwhile
    server = server_services(server_url)
    assert server.partners.get(uuid)["acronym"] == "AAA"  # the server keeps its own
    b.sync.resolve(conflict.id, keep)
    assert b.sync.sync().status == SYNCED
    a.sync.sync()
    expected = "BBB" if keep == OURS else "AAA"
    assert server.partners.get(uuid)["acronym"] == expected
    assert a.partners.get(uuid)["acronym"] == expected
    assert b.partners.get(uuid)["acronym"] == expected
    server.close()


def test_a_delete_against_an_edit_is_a_conflict_not_a_loss(laptop):
    a, b = laptop("a"), laptop("b")
    uuid = new_partner(a)["uuid"]
    a.sync.sync()
    b.sync.sync()
    a.partners.update(uuid, a.partners.get(uuid)["version"], {"acronym": "EDIT"})
    b.partners.delete(uuid)
    a.sync.sync()
    result = b.sync.sync()
    [conflict] = result.conflicts
    assert conflict.kind == DELETED_HERE and conflict.theirs["acronym"] == "EDIT"
    b.sync.resolve(conflict.id, THEIRS)  # bring it back as the server has it
    assert b.partners.get(uuid)["acronym"] == "EDIT"
    assert b.sync.sync().status == SYNCED


def test_an_edit_against_a_delete_elsewhere(laptop):
    a, b = laptop("a"), laptop("b")
    uuid = new_partner(a)["uuid"]
    a.sync.sync()
    b.sync.sync()
    a.partners.delete(uuid)
    b.partners.update(uuid, b.partners.get(uuid)["version"], {"acronym": "KEEP"})
    a.sync.sync()
    result = b.sync.sync()
    [conflict] = result.conflicts
    assert conflict.kind == DELETED_THERE
    b.sync.resolve(conflict.id, OURS)  # made again on the server
    assert b.sync.sync().status == SYNCED
    a.sync.sync()
    assert a.partners.get(uuid)["acronym"] == "KEEP"


def test_the_same_partner_created_on_two_laptops_is_flagged(laptop):
    a, b = laptop("a"), laptop("b")
    first = new_partner(a, "Sahel Water Trust")
    second = new_partner(b, "  sahel water trust ")
    a.sync.sync()
    result = b.sync.sync()
    [conflict] = result.conflicts
    assert conflict.kind == DUPLICATE and conflict.theirs["uuid"] == first["uuid"]
    assert conflict.ours["name"] == "sahel water trust"
    assert {p["uuid"] for p in b.partners.rows()} == {second["uuid"]}  # nothing merged yet


def test_an_unreachable_server_changes_nothing(laptop, tmp_path):
    a = laptop("a")
    uuid = new_partner(a)["uuid"]
    before = a.sync.status()
    with pytest.raises(SyncError, match="cannot be reached"):
        a.sync.sync(server="postgresql://nobody@127.0.0.1:9/none")
    after = a.sync.status()
    assert (after.waiting, after.last_seq) == (before.waiting, before.last_seq)
    assert a.partners.get(uuid)["name"] == "Green Belt Alliance"


def test_a_pushed_batch_sent_again_is_applied_once(laptop, server_url):
    """A kill after the server's commit, before the laptop noted it: the same batch again."""
    from unccd_desktop.services.sync import outbox, settings
    from unccd_desktop.services.sync.connect import open_server
    from unccd_desktop.services.sync.merge import apply_batch

    a = laptop("a")
    new_partner(a)
    with a.db.write() as session:
        upto = outbox.last_id(session)
        records = outbox.fold(session, upto)
        known = settings.read(session)
        settings.write(session, pending_batch="b" * 36, pending_upto=upto)
    remote = open_server(server_url, "a", "a")
    apply_batch(remote, "b" * 36, known["laptop_id"], "a", records, {})
    new_partner(a, "Made After The Interruption")
    result = a.sync.sync()
    assert (result.status, result.pushed, a.sync.status().waiting) == (SYNCED, 2, 0)
    assert sorted(p["label"] for p in remote.partners.rows()) == [
        "Green Belt Alliance",
        "Made After The Interruption",
    ]
    remote.close()


def test_an_officer_working_online_on_the_server_reaches_the_laptops(laptop, server_url):
    a = laptop("a")
    server = server_services(server_url)
    try:
        made = new_partner(server, "Online Partner")
        assert a.sync.sync().pulled == 1
        assert a.partners.get(made["uuid"])["name"] == "Online Partner"
        [entry] = a.partners.history(made["uuid"])[-1:]
        assert (entry.actor, entry.source) == ("online", "sync")
    finally:
        server.close()


def test_a_different_schema_is_refused_naming_the_side_to_upgrade(laptop, server_url):
    import sqlalchemy as sa

    a = laptop("a")
    new_partner(a)
    engine = sa.create_engine(server_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
    with pytest.raises(SyncError, match="upgrade the server"):
        a.sync.sync()
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(SyncError, match=r"newer version .* on this laptop"):
        a.sync.sync()
    engine.dispose()
    assert a.sync.status().waiting == 1


def test_a_viewer_may_pull_but_its_push_is_refused(laptop, server_url):
    import sqlalchemy as sa

    a = laptop("a")
    engine = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') "
            "THEN CREATE ROLE reader LOGIN; END IF; END $$"
        )
        conn.exec_driver_sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
    engine.dispose()
    viewer_url = sa.make_url(server_url).set(username="reader").render_as_string(False)
    new_partner(a, "Made Elsewhere")
    a.sync.sync()
    b = laptop("b")
    assert b.sync.sync(server=viewer_url).status == SYNCED  # reading is allowed
    new_partner(b, "Viewer Partner")
    with pytest.raises(SyncError, match="'reader' on the team server may only read"):
        b.sync.sync(server=viewer_url)
    assert b.sync.status().waiting == 1


def test_taking_the_servers_partner_for_a_duplicate_keeps_what_referred_to_mine(laptop, server_url):
    """The laptop's records made with its duplicate partner reach the server once the
    officer merges the duplicate into the server's partner."""
    a, b = laptop("a"), laptop("b")
    other = a.partners.create({"name": "FAO", "kind": "un_entity"})["uuid"]
    a.sync.sync()
    b.sync.sync()
    theirs = new_partner(a, "Global Water Partnership", acronym="GWP")["uuid"]
    a.sync.sync()
    ours = new_partner(b, "Global Water Partnership", website="https://www.gwp.org")["uuid"]
    b.focal_points.create({"partner": ours, "name": "Ana Souza"})
    parties = [{"partner": ours}, {"partner": other}]
    agreement = b.agreements.create({"title": "MoU on water", "kind": "mou", "parties": parties})
    assert b.sync.sync().status == HAS_CONFLICTS
    duplicate = next(c for c in b.sync.conflicts() if c.kind == DUPLICATE)
    b.sync.resolve(duplicate.id, THEIRS)
    assert b.sync.sync().status == SYNCED  # what the partner's absence refused is made now
    server = server_services(server_url)
    try:
        gwp = [p for p in server.partners.rows() if p["label"] == "Global Water Partnership"]
        assert [p["uuid"] for p in gwp] == [theirs]
        kept = server.partners.get(theirs)
        assert (kept["acronym"], kept["website"]) == ("GWP", "https://www.gwp.org")
        assert not any(ours[:8] in name for name in kept["other_names"])
        made = server.agreements.get(agreement["uuid"])
        assert sorted(p["partner"] for p in made["parties"]) == sorted([theirs, other])
        assert [f["label"] for f in server.focal_points.rows()] == ["Ana Souza"]
    finally:
        server.close()
    a.sync.sync()
    assert a.agreements.get(agreement["uuid"])["title"] == "MoU on water"


def test_many_new_records_travel_with_their_history_and_are_found(laptop, server_url):
    a, b = laptop("a"), laptop("b")
    partner = new_partner(a, "Drylands Network")["uuid"]
    project = a.projects.create({"code": "DRY-1", "title": "Dryland restoration"})["uuid"]
    made = [
        a.deliverables.create(
            {"title": f"Village plan {i}", "project": project, "responsible_partner": partner}
        )["uuid"]
        for i in range(60)
    ]
    a.focal_points.create({"partner": partner, "name": "Awa Ndiaye", "email": "awa@dry.org"})
    assert a.sync.sync().status == SYNCED
    assert b.sync.sync().pulled == 63
    assert b.deliverables.count() == 60
    assert b.deliverables.get(made[7])["title"] == "Village plan 7"
    assert b.deliverables.count("village plan 42") == 1  # the search index knows them
    [entry] = [h for h in b.deliverables.history(made[7]) if h.field == "title"]
    assert (entry.action, entry.new_value) == ("create", "Village plan 7")
    server = server_services(server_url)
    try:
        history = server.deliverables.history(made[7])
        assert {h.action for h in history} == {"create"}
        assert {h.field for h in history} >= {"title", "project", "responsible_partner"}
    finally:
        server.close()
    b.deliverables.update(made[7], b.deliverables.get(made[7])["version"], {"title": "Plan 7"})
    b.sync.sync()
    a.sync.sync()
    assert a.deliverables.get(made[7])["title"] == "Plan 7"


def test_a_duplicate_kept_as_another_partner_must_be_renamed_first(laptop, server_url):
    a, b = laptop("a"), laptop("b")
    new_partner(a, "Oasis Alliance")
    mine = new_partner(b, "Oasis Alliance")["uuid"]
    a.sync.sync()
    b.sync.sync()
    [duplicate] = b.sync.conflicts()
    with pytest.raises(UserError, match="rename yours first"):
        b.sync.resolve(duplicate.id, OURS)
    b.partners.update(mine, b.partners.get(mine)["version"], {"name": "Oasis Alliance (Sahel)"})
    assert b.sync.sync().status == SYNCED  # made on the server now; its refusal closes
    b.sync.sync()
    a.sync.sync()
    for side in (a, b):  # b too: the server's partner, held back meanwhile, is read again
        names = sorted(p["label"] for p in side.partners.rows())
        assert names == ["Oasis Alliance", "Oasis Alliance (Sahel)"]


def test_a_partner_merged_on_a_laptop_is_merged_on_the_server(laptop, server_url):
    """The merge moves parties and participants (lists), then deletes the partner merged:
    the server takes the moves before it checks what still refers to that partner."""
    a = laptop("a")
    kept = new_partner(a, "Global Strategic Communications Council")["uuid"]
    dropped = new_partner(a, "Deutsche Welle", acronym="DW")["uuid"]
    a.agreements.create(
        {"title": "Media partnership", "kind": "mou", "parties": [{"partner": dropped}]}
    )
    a.projects.create(
        {
            "code": "MEDIA-1",
            "title": "Media partnerships",
            "participants": [{"partner": dropped, "role": "implementing"}],
        }
    )
    a.sync.sync()
    a.partners.merge(kept, dropped)
    assert a.sync.sync().status == SYNCED
    server = server_services(server_url)
    try:
        assert [p["label"] for p in server.partners.rows()] == [
            "Global Strategic Communications Council"
        ]
        [agreement] = server.agreements.rows()
        parties = server.agreements.get(agreement["uuid"])["parties"]
        assert [p["partner"] for p in parties] == [kept]
    finally:
        server.close()
