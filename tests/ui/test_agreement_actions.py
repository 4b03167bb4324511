"""Renew… and Amend… on the agreement list, and the dashboard's agreements to look at."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from unccd_desktop.services.demo import demo_uuid

IFRC = demo_uuid("agreements", "ifrc-mou")


@pytest.fixture
def dated_ifrc(demo_db) -> dict:
    """The demo IFRC MoU with a term (the source gives none; these dates are the test's)."""
    record = demo_db.agreements.get(IFRC)
    changes = {"effective_on": date(2024, 1, 1), "expires_on": date(2026, 12, 31)}
    return demo_db.agreements.update(IFRC, record["version"], changes)


def agreement_page(window, uuid: str | None = None):
    window.show_section("agreement")
    page = window.list_page("agreement")
    if uuid:
        assert page.open_record(uuid)
    return page


def test_the_actions_are_enabled_only_when_an_agreement_is_shown(window):
    page = agreement_page(window)
    actions = page.agreement_actions
    assert not actions.renew_action.isEnabled() and not actions.renew_button.isEnabled()
    page.open_record(IFRC)
    assert actions.renew_action.isEnabled() and actions.amend_button.isEnabled()
    page.new_record()
    assert not actions.amend_action.isEnabled() and not actions.amend_button.isEnabled()
    assert not hasattr(window.list_page("partner"), "agreement_actions")


def test_renew_opens_a_prefilled_unsaved_child(window, demo_db, dated_ifrc):
    page = agreement_page(window, IFRC)
    page.agreement_actions.renew_button.click()
    editor = page.editor
    assert editor.record is None and editor.is_dirty
    values = editor.values()
    assert values["title"] == f"{dated_ifrc['title']} (renewal 2027)"
    assert values["parent"] == IFRC
    assert values["kind"] == "mou" and values["status"] == "draft"
    assert (values["effective_on"], values["expires_on"]) == (date(2027, 1, 1), date(2029, 12, 31))
    assert values["notes"] == "" and values["reference"] is None and values["signed_on"] is None
    assert [p["partner"] for p in values["parties"]] == [
        p["partner"] for p in dated_ifrc["parties"]
    ]
    assert dated_ifrc["title"] in editor.heading.text()
    assert not page.duplicate_button.isEnabled()
    assert demo_db.agreements.count() == 9, "nothing saved yet"


def test_renewing_an_agreement_without_expiry_says_the_term_is_unknown(window, demo_db):
    page = agreement_page(window, IFRC)
    page.agreement_actions.renew_action.trigger()
    values = page.editor.values()
    assert values["effective_on"] is None and values["expires_on"] is None
    assert values["title"].endswith("(renewal)")
    assert "no expiry date" in page.editor.status.text()


def test_a_signed_renewal_offers_to_mark_its_parent_renewed(
    qtbot, window, demo_db, dated_ifrc, answers, land
):
    page = agreement_page(window, IFRC)
    page.agreement_actions.renew_action.trigger()
    page.editor.widgets["status"].set_value("signed")
    seen = answers(QMessageBox.StandardButton.Yes)
    page.editor.save()
    qtbot.waitUntil(lambda: demo_db.agreements.get(IFRC)["status"] == "renewed", timeout=20_000)
    land(window)
    child = page.editor.record
    assert child["parent"] == IFRC and child["status"] == "signed"
    assert child["notes"] == "" and child["effective_on"] == date(2027, 1, 1)
    assert [p.title for p in seen] == ["Renewed agreement"]
    assert dated_ifrc["title"] in seen[0].text
    row = page.model.row_data(page.model.row_of(IFRC))
    assert row["status"] == "renewed"
    window.undo_action.trigger()
    land(window)
    assert demo_db.agreements.get(IFRC)["status"] == "signed", "marking it renewed is undone"


def test_a_draft_renewal_does_not_ask_and_a_declined_one_is_not_asked_again(
    qtbot, window, demo_db, dated_ifrc, answers, land
):
    page = agreement_page(window, IFRC)
    page.agreement_actions.renew_action.trigger()
    seen = answers()
    page.editor.save()
    land(window)
    qtbot.wait(50)
    assert seen == [] and page.editor.record["status"] == "draft"
    answers(QMessageBox.StandardButton.No)
    page.editor.widgets["status"].set_value("active")
    page.editor.save()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=20_000)
    page.editor.widgets["signed_on"].set_value(date(2026, 11, 2))
    page.editor.save()
    land(window)
    qtbot.wait(50)
    assert len(seen) == 1
    assert demo_db.agreements.get(IFRC)["status"] == "signed"


def test_amend_keeps_the_term_and_does_not_ask_when_signed(
    qtbot, window, demo_db, dated_ifrc, answers, land
):
    page = agreement_page(window, IFRC)
    page.agreement_actions.amend_button.click()
    values = page.editor.values()
    assert values["title"] == f"{dated_ifrc['title']} (amendment)"
    assert (values["effective_on"], values["expires_on"]) == (date(2024, 1, 1), date(2026, 12, 31))
    page.editor.widgets["status"].set_value("signed")
    seen = answers()
    page.editor.save()
    land(window)
    qtbot.wait(50)
    assert seen == []
    assert page.editor.record["parent"] == IFRC and demo_db.agreements.count() == 10


def items(tree) -> list:
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_the_dashboard_lists_agreements_without_expiry_and_past_it(window, demo_db):
    lapsed = demo_db.agreements.create(
        {
            "title": "Lapsed MoU",
            "kind": "mou",
            "status": "active",
            "expires_on": date.today() - timedelta(days=3),
        }
    )
    page = window.dashboard
    page.refresh()
    without = items(page.without_expiry)
    live = [
        r
        for r in demo_db.agreements.rows(filters={"status": ["signed", "active"]}, limit=1000)
        if r["expires_on"] is None
    ]
    assert {i.data(0, Qt.ItemDataRole.UserRole) for i in without} == {
        ("agreement", r["uuid"]) for r in live
    }
    assert f"({len(live)})" in page.boxes["without_expiry"].title()
    ifrc = next(i for i in without if i.data(0, Qt.ItemDataRole.UserRole)[1] == IFRC)
    assert (ifrc.text(1), ifrc.text(2)) == ("MoU", "Signed"), "labels, not stored codes"
    past = items(page.past_expiry)
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in past] == [("agreement", lapsed["uuid"])]
    assert past[0].text(2) == "3"
    assert "(1)" in page.boxes["past_expiry"].title()
    page.past_expiry.itemActivated.emit(past[0], 0)
    assert window.current_key() == "agreement"
    assert window.list_page("agreement").editor.uuid == lapsed["uuid"]


def test_the_dashboard_says_when_every_live_agreement_has_an_expiry_date(window, demo_db):
    for row in demo_db.agreements.rows(limit=1000):
        version = demo_db.agreements.get(row["uuid"])["version"]
        demo_db.agreements.update(row["uuid"], version, {"expires_on": date(2099, 1, 1)})
    page = window.dashboard
    page.refresh()
    (only,) = items(page.without_expiry)
    assert only.data(0, Qt.ItemDataRole.UserRole) is None
    assert "(0)" in page.boxes["without_expiry"].title()
