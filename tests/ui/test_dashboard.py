"""The dashboard: what needs attention, and every entry opens its record or list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from unccd_desktop.services.dashboard import DashboardService


def test_dashboard_lists_overdue_due_soon_and_expiring(window, demo_db):
    project = demo_db.projects.rows(limit=1)[0]["uuid"]
    soon = demo_db.deliverables.create(
        {"title": "Due next week", "project": project, "due_on": date.today() + timedelta(days=7)}
    )
    agreement = demo_db.agreements.create(
        {
            "title": "Expiring MoU",
            "kind": "mou",
            "status": "active",
            "expires_on": date.today() + timedelta(days=20),
        }
    )
    page = window.dashboard
    page.refresh()
    due = [page.due_soon.topLevelItem(i) for i in range(page.due_soon.topLevelItemCount())]
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in due] == [("deliverable", soon["uuid"])]
    expiring = page.expiring.topLevelItem(0)
    assert expiring.data(0, Qt.ItemDataRole.UserRole) == ("agreement", agreement["uuid"])
    assert expiring.text(2) == "20"
    overdue = len(demo_db.followup.overdue_deliverables())
    assert page.overdue.topLevelItemCount() == overdue > 0


def test_activating_an_overdue_item_opens_the_deliverable(window, demo_db):
    page = window.dashboard
    page.refresh()
    item = page.overdue.topLevelItem(0)
    page.overdue.itemActivated.emit(item, 0)
    _, uuid = item.data(0, Qt.ItemDataRole.UserRole)
    assert window.current_key() == "deliverable"
    assert window.list_page("deliverable").editor.uuid == uuid


def test_a_status_count_opens_the_filtered_list(window, demo_db):
    page = window.dashboard
    page.refresh()
    items = [page.counts.topLevelItem(i) for i in range(page.counts.topLevelItemCount())]
    target = next(
        i
        for i in items
        if i.data(0, Qt.ItemDataRole.UserRole)[1:] == ("deliverable", {"status": "in_progress"})
    )
    page.counts.itemActivated.emit(target, 0)
    list_page = window.list_page("deliverable")
    assert window.current_key() == "deliverable"
    assert (
        list_page.model.rowCount()
        == int(target.text(1))
        == demo_db.deliverables.count(filters={"status": "in_progress"})
    )


def test_deliverables_by_initiative_and_donor_add_up(demo_db):
    dashboard = DashboardService(demo_db)
    by_initiative = dashboard.deliverables_by_initiative()
    for row in by_initiative:
        assert row["total"] == demo_db.deliverables.count(filters={"initiative": row["uuid"]})
        assert row["open"] <= row["total"] and row["overdue"] <= row["open"]
    assert dashboard.deliverables_by_donor()
