"""Global search: the index follows every write; the dialog groups hits and opens records."""

from __future__ import annotations

from PySide6.QtCore import Qt

from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.services.search import SearchService
from unccd_desktop.ui.focal_points_panel import RecordDialog


def test_search_finds_partners_by_acronym_and_other_names(services):
    partner = services.partners.create(
        {
            "name": "Zeta Drylands Fund",
            "acronym": "ZDF",
            "other_names": ["Fonds Zêta"],
            "kind": "ngo",
        }
    )
    search = SearchService(services)
    for text in ("zdf", "zeta dry", "fonds"):
        hits = search.search(text)
        assert [h.uuid for h in hits["partner"]] == [partner["uuid"]], text


def test_the_index_follows_creates_updates_and_deletes(services):
    search = SearchService(services)
    created = services.partners.create({"name": "Quokka Alliance", "kind": "ngo"})
    assert search.search("quokka")["partner"][0].uuid == created["uuid"]
    services.partners.update(created["uuid"], created["version"], {"name": "Wombat Alliance"})
    assert search.search("quokka") == {}
    assert search.search("wombat")["partner"][0].label == "Wombat Alliance"
    services.partners.delete(created["uuid"])
    assert search.search("wombat") == {}


def test_results_are_grouped_by_kind(demo_db):
    groups = SearchService(demo_db).search("land")
    assert {"partner", "project", "deliverable"} <= set(groups)
    assert all(hit.kind == kind for kind, hits in groups.items() for hit in hits)


def test_search_text_with_quotes_and_symbols_is_safe(demo_db):
    search = SearchService(demo_db)
    for text in ('"', "a' OR 1=1 --", "NEAR(", "*", "-land"):
        search.search(text)  # no syntax error from the index


def test_ctrl_k_opens_the_search_and_enter_opens_the_record(qtbot, window):
    window.findChild(type(window.menuBar().actions()[0]), "search").trigger()
    dialog = window.search_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.query, "global land outlook")
    qtbot.waitUntil(lambda: len(dialog.hit_items()) > 0)
    first = dialog.hit_items()[0]
    kind, uuid = first.data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_key() == kind
    assert window.list_page(kind).editor.uuid == uuid


def test_arrow_keys_move_through_hits_across_groups(qtbot, window):
    dialog = window.show_search()
    dialog.query.setText("land")
    dialog.run_search()
    hits = dialog.hit_items()
    assert dialog.results.currentItem() is hits[0]
    for _ in range(len(hits) + 2):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.currentItem() is hits[-1]


def test_search_shortcuts(window):
    action = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.objectName() == "search"
    )
    keys = [s.toString() for s in action.shortcuts()]
    assert "Ctrl+K" in keys and "Ctrl+F" in keys


def test_a_focal_point_opens_in_its_own_dialog(qtbot, window, demo_db):
    unccd = demo_uuid("partners", "unccd-secretariat")
    person = demo_db.focal_points.create({"partner": unccd, "name": "Amina Contact"})
    dialog = window.show_search()
    dialog.query.setText("amina")
    dialog.run_search()
    assert dialog.hit_items()[0].data(0, Qt.ItemDataRole.UserRole) == (
        "focal_point",
        person["uuid"],
    )
    dialog._activate()
    editor_dialog = window.findChild(RecordDialog)
    assert editor_dialog is not None and editor_dialog.editor.uuid == person["uuid"]
    editor_dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(RecordDialog) is None)  # no editor left behind


def test_upgrading_an_existing_database_indexes_its_records(tmp_path):
    from alembic import command

    from unccd_desktop.services import open_services
    from unccd_desktop.storage.database import Database
    from unccd_desktop.storage.migrations import alembic_config

    path = tmp_path / "old.unccd"
    db = Database(path)
    cfg = alembic_config()
    with db.engine.connect().execution_options(sqlite_write=True) as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO partners (uuid, version, created_at, updated_at, name, acronym, "
            "other_names, kind, notes) VALUES ('p-1', 1, '2024-01-01 00:00:00', "
            "'2024-01-01 00:00:00', 'Sahel Resilience Network', 'SRN', '', 'ngo', '')"
        )
    db.dispose()
    services = open_services(path)
    try:
        hits = SearchService(services).search("srn")
        assert [h.uuid for h in hits["partner"]] == ["p-1"]
    finally:
        services.close()
