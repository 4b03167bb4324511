"""File → Export calendar: the dialog writes the .ics file and the status bar says where."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from unccd_desktop.services import Services
from unccd_desktop.ui.calendar_export import CalendarExportDialog
from unccd_desktop.ui.main_window import MainWindow

TODAY = date.today()


def _due(services: Services, title: str, days: int, partner: str) -> str:
    project = services.projects.rows(limit=1)[0]["uuid"]
    return services.deliverables.create(
        {
            "title": title,
            "project": project,
            "responsible_partner": partner,
            "due_on": TODAY + timedelta(days=days),
        }
    )["uuid"]


def _open_dialog(window: MainWindow) -> CalendarExportDialog:
    action = window.findChild(QAction, "export_calendar")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(CalendarExportDialog)
    assert dialog.isVisible()
    return dialog


def test_the_dialog_writes_the_chosen_dates(
    qtbot, demo_db: Services, window: MainWindow, tmp_path: Path
) -> None:
    ifrc = demo_db.partners.find_by_name("IFRC")["uuid"]
    arc = demo_db.partners.find_by_name("ARC")["uuid"]
    soon = _due(demo_db, "Probe: IFRC report", 5, ifrc)
    _due(demo_db, "Probe: IFRC later report", 60, ifrc)
    _due(demo_db, "Probe: ARC study", 6, arc)

    dialog = _open_dialog(window)
    proposed = Path(dialog.path_edit.text())
    assert proposed.name == f"unccd-reminders-{TODAY.isoformat()}.ics"
    assert dialog.partner.value() is None  # all partners
    assert dialog.horizon.currentData() is None  # every date from today on
    out = tmp_path / "calendars" / "ifrc"  # the folder is made, .ics added
    dialog.path_edit.setText(str(out))
    dialog.partner.set_value(ifrc)
    dialog.horizon.setCurrentIndex(dialog.horizon.findData(30))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    written = out.with_suffix(".ics")
    assert str(written) in window.statusBar().currentMessage()
    cal = Calendar.from_ical(written.read_bytes())
    events = cal.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"deliverable-{soon}-due@unccd-desktop"]
    assert str(events[0]["SUMMARY"]) == "Deliverable due: Probe: IFRC report"
    assert events[0].decoded("DTSTART") == TODAY + timedelta(days=5)


def test_a_file_that_cannot_be_written_is_said_and_the_dialog_stays(
    qtbot, window: MainWindow, tmp_path: Path, answers
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    dialog = _open_dialog(window)
    dialog.path_edit.setText(str(blocker / "reminders.ics"))
    task = dialog.start()
    qtbot.waitUntil(lambda: bool(answers.seen), timeout=15_000)
    assert task is not None
    assert "could not be written" in answers.texts()[0]
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert not blocker.with_name("reminders.ics").exists()
    dialog.reject()
