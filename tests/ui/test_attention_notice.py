"""The start-up notice of what needs attention: its counts, the dashboard, dismissing it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from unccd_desktop.services import Services
from unccd_desktop.ui import settings
from unccd_desktop.ui.attention_notice import AttentionNotice
from unccd_desktop.ui.main_window import MainWindow
from unccd_desktop.ui.preferences import PreferencesDialog

TODAY = date.today()


def _deliverable(services: Services, title: str, days: int, status: str = "planned") -> None:
    project = services.projects.rows(limit=1)[0]["uuid"]
    services.deliverables.create(
        {
            "title": title,
            "project": project,
            "due_on": TODAY + timedelta(days=days),
            "status": status,
        }
    )


@pytest.fixture
def late(demo_db: Services) -> int:
    """Two more overdue deliverables, one due this week, one agreement whose renewal notice
    starts in three days; returns how many deliverables are overdue in all."""
    before = len(demo_db.followup.overdue_deliverables())
    _deliverable(demo_db, "Probe: late report", -3)
    _deliverable(demo_db, "Probe: late study", -40, "in_progress")
    _deliverable(demo_db, "Probe: accepted late", -5, "accepted")  # done: not overdue
    _deliverable(demo_db, "Probe: due Friday", 2)
    _deliverable(demo_db, "Probe: due next month", 30)
    row = demo_db.agreements.rows(filters={"status": "active"}, limit=1)[0]
    agreement = demo_db.agreements.get(row["uuid"])
    demo_db.agreements.update(
        agreement["uuid"],
        agreement["version"],
        {"expires_on": TODAY + timedelta(days=33), "renewal_notice_days": 30},
    )
    overdue = len(demo_db.followup.overdue_deliverables())
    assert overdue == before + 2
    return overdue


def shown_notice(qtbot, window: MainWindow) -> AttentionNotice:
    def visible() -> AttentionNotice | None:
        return next((n for n in window.findChildren(AttentionNotice) if n.isVisible()), None)

    qtbot.waitUntil(lambda: visible() is not None, timeout=15_000)
    return visible()


def test_the_notice_counts_what_needs_attention_once_the_window_is_open(
    qtbot, late: int, window: MainWindow
) -> None:
    window.activateWindow()
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sidebar)

    notice = shown_notice(qtbot, window)  # by itself, after the first rows show
    text = notice.message.text()
    assert f"{late} deliverable" in text and "overdue" in text
    assert "1 deliverable" in text and "due this week" in text
    assert "1 agreement" in text and "notice" in text
    assert "expiring" not in text  # no agreement expires this week: not mentioned
    assert window.toolBarArea(notice) == Qt.ToolBarArea.TopToolBarArea
    assert QApplication.focusWidget() is window.sidebar  # the keys stay where they were
    assert not notice.isAncestorOf(QApplication.focusWidget())

    qtbot.keyClick(window.sidebar, Qt.Key.Key_Escape)  # no widget takes it: the notice goes
    qtbot.waitUntil(lambda: not window.findChildren(AttentionNotice))
    assert QApplication.focusWidget() is window.sidebar


def test_a_click_opens_the_dashboard(qtbot, late: int, window: MainWindow) -> None:
    window.show_section("partner")
    window.show_attention()
    notice = shown_notice(qtbot, window)
    qtbot.mouseClick(notice.message, Qt.MouseButton.LeftButton)
    assert window.current_key() == "dashboard"
    qtbot.waitUntil(lambda: not window.findChildren(AttentionNotice))


def test_the_close_button_dismisses_it(qtbot, late: int, window: MainWindow) -> None:
    window.show_attention()
    notice = shown_notice(qtbot, window)
    section = window.current_key()
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.findChildren(AttentionNotice))
    assert window.current_key() == section


def test_nothing_is_shown_when_nothing_needs_attention(
    qtbot, demo_db: Services, window: MainWindow
) -> None:
    for row in demo_db.followup.overdue_deliverables():
        record = demo_db.deliverables.get(row["uuid"])
        demo_db.deliverables.update(record["uuid"], record["version"], {"status": "submitted"})
    with qtbot.waitSignal(window.show_attention().signals.done):
        pass
    qtbot.waitUntil(lambda: not window.findChildren(AttentionNotice))


def test_turned_off_in_preferences(qtbot, late: int, window: MainWindow) -> None:
    window.show_attention()
    shown_notice(qtbot, window)
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.attention.isChecked()
    dialog.attention.setChecked(False)
    dialog.save()
    assert not settings.attention_at_start()
    qtbot.waitUntil(lambda: not window.findChildren(AttentionNotice))  # the one shown goes
    assert window.show_attention() is None  # and none comes at the next start
    assert not window.findChildren(AttentionNotice)

    again = PreferencesDialog(window)
    qtbot.addWidget(again)
    assert not again.attention.isChecked()
    again.attention.setChecked(True)
    again.save()
    window.show_attention()
    assert shown_notice(qtbot, window).isVisible()
