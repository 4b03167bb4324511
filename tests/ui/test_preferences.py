"""Preferences: stored in the settings, read back, and used by the dashboard's windows."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from unccd_desktop.ui import settings
from unccd_desktop.ui.dashboard_page import DashboardPage
from unccd_desktop.ui.preferences import PreferencesDialog


def test_choices_are_saved_and_shown_again(qtbot, tmp_path: Path, monkeypatch) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.itemData(0) == ""  # system default first, then the six languages
    assert [dialog.language.itemData(i) for i in range(1, 7)] == [
        "ar",
        "zh_CN",
        "en",
        "fr",
        "ru",
        "es",
    ]
    assert dialog.expiry_days.value() == 90 and dialog.due_days.value() == 30
    dialog.name.setText("  Amina Diallo ")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.expiry_days.setValue(120)
    dialog.due_days.setValue(45)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    dialog.choose_folder()
    assert dialog.language_changed()
    dialog.save()

    assert settings.display_name() == "Amina Diallo"
    assert settings.language() == "fr"
    assert (settings.expiry_window_days(), settings.due_window_days()) == (120, 45)
    assert settings.data_folder() == tmp_path.resolve()
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.name.text() == "Amina Diallo"
    assert again.language.currentData() == "fr" and not again.language_changed()
    assert (again.expiry_days.value(), again.due_days.value()) == (120, 45)

    again.name.clear()
    again.save()
    assert settings.display_name() is None  # back to the user name of the computer


def test_dashboard_uses_the_reminder_windows(qtbot, demo_db) -> None:
    project = demo_db.projects.rows(limit=1)[0]["uuid"]
    demo_db.deliverables.create(
        {"title": "Window probe", "project": project, "due_on": date.today() + timedelta(days=50)}
    )
    page = DashboardPage(demo_db)
    qtbot.addWidget(page)

    def due_soon_titles() -> list[str]:
        page.refresh()
        tree = page.due_soon
        return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]

    assert "Window probe" not in due_soon_titles()
    assert "30" in page.boxes["due_soon"].title()
    settings.app_settings().setValue("reminders/due_days", 60)
    assert "Window probe" in due_soon_titles()
    assert "60" in page.boxes["due_soon"].title()

    def expiring_titles() -> list[str]:
        page.refresh()
        tree = page.expiring
        return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]

    demo_db.agreements.create(
        {
            "title": "Expiry probe",
            "kind": "mou",
            "status": "active",
            "signed_on": date.today() - timedelta(days=400),
            "expires_on": date.today() + timedelta(days=200),
        }
    )
    assert "Expiry probe" not in expiring_titles()
    settings.app_settings().setValue("reminders/expiry_days", 365)
    assert "Expiry probe" in expiring_titles()
    assert "365" in page.boxes["expiring"].title()
