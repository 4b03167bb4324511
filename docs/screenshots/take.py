"""Retake the screenshots of the main window: the opening page, and each list on the demo data.

Run from the project root, under a virtual X display so that the real platform plugin and
fonts draw the window:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots/take.py

Writes opening.png, main-window.png, list-<section>.png and editor-merge.png (a colleague's
change merged into unsaved typing) beside this file, 1400 × 860 each, and the user guide's
pictures of the screens that changed: guide-dashboard.png, guide-agreement.png,
guide-renewal.png (a renewal on the Related tab, with its timeline), guide-preferences.png,
guide-donor-report.png, guide-partner-workbook.png and guide-calendar.png; and for the Arabic
and Chinese guides dashboard-<ar|zh>.png, main-window-<ar|zh>.png and editor-<ar|zh>.png.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
SIZE = (1400, 860)
LISTS = {
    "partner": "list-partners.png",
    "agreement": "list-agreements.png",
    "initiative": "list-initiatives.png",
    "project": "list-projects.png",
    "deliverable": "list-deliverables.png",
    "document": "list-documents.png",
}


def settle(ms: int = 300) -> None:
    """Let queued work (pages built after the first paint, column fitting) happen."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    home = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")  # no layout kept from earlier runs
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    app = QApplication([])
    QCoreApplication.setApplicationName("UNCCD Partnerships")

    from unccd_desktop.services import Actor, open_services
    from unccd_desktop.services.demo import populate_demo
    from unccd_desktop.ui import i18n
    from unccd_desktop.ui.main_window import MainWindow

    i18n.install(app, "en")
    target = home / "UNCCD Partnerships" / "partnerships.unccd"
    target.parent.mkdir()
    services = open_services(target, actor=Actor("officer", "demo"), create=True)
    populate_demo(services)
    services.close()

    window = MainWindow(target=str(target))
    window.resize(*SIZE)
    window.show()
    settle()
    window.grab().save(str(HERE / "opening.png"))

    window.attach(open_services(target, actor=Actor("officer", "gui")))
    for entity, name in LISTS.items():
        window.show_section(entity)
        settle()
        page = window.list_page(entity)
        if page.model.rowCount():
            page.table.selectRow(0)
        settle()
        window.grab().save(str(HERE / name))
        if entity == "deliverable":
            window.grab().save(str(HERE / "main-window.png"))
    merge(window)
    guide(window)
    window.close()
    for code, suffix in (("ar", "ar"), ("zh_CN", "zh")):
        i18n.install(app, code)
        translated(MainWindow(window.services), suffix)
    i18n.install(app, "en")


def merge(window) -> None:
    """A deliverable with unsaved typing, changed meanwhile by a colleague (Ana)."""
    from unccd_desktop.services import Actor

    window.show_section("deliverable")
    page = window.list_page("deliverable")
    uuid = next(r["uuid"] for r in page.service.rows(limit=80) if r["status"] == "in_progress")
    page.open_record(uuid)
    editor = page.editor
    editor.widgets["progress_percent"].set_value(60)
    editor.widgets["notes"].set_value("Draft received on 20 November; comments sent back.")
    ana = window.services.with_actor(Actor("Ana", "gui")).deliverables
    version = ana.get(uuid)["version"]
    window.ops.write(
        window,
        lambda _task: ana.update(uuid, version, {"status": "submitted", "progress_percent": 80}),
    )
    while window.ops.pending:
        settle(50)
    settle()
    window.grab().save(str(HERE / "editor-merge.png"))
    editor.revert()


def guide(window) -> None:
    """The user guide's pictures of the screens that changed."""
    from datetime import date

    from unccd_desktop.ui import prompts
    from unccd_desktop.ui.calendar_export import CalendarExportDialog
    from unccd_desktop.ui.exchange import DonorReportDialog, PartnerWorkbookDialog
    from unccd_desktop.ui.preferences import PreferencesDialog
    from unccd_desktop.ui.related_panel import RelatedPanel

    window.resize(1360, 860)
    window.show_section("dashboard")
    window.dashboard.refresh()
    settle()
    window.grab().save(str(HERE / "guide-dashboard.png"))
    window.grab().save(str(HERE / "dashboard.png"))

    window.show_section("agreement")
    page = window.list_page("agreement")
    service = page.service
    tripartite = next(r for r in service.rows(limit=50) if r["title"].startswith("Tripartite"))
    page.open_record(tripartite["uuid"])
    settle()
    window.grab().save(str(HERE / "guide-agreement.png"))
    window.grab().save(str(HERE / "editor-agreement.png"))

    # The IFRC MoU with its dates, renewed; the renewal's Related tab shows both on a timeline.
    ifrc = next(r for r in service.rows(limit=50) if r["title"].endswith("the IFRC"))
    dates = {
        "signed_on": date(2021, 6, 1),
        "effective_on": date(2021, 7, 1),
        "expires_on": date(2026, 6, 30),
        "renewal_notice_days": 90,
    }
    version = service.get(ifrc["uuid"])["version"]
    window.ops.write(window, lambda _task: service.update(ifrc["uuid"], version, dates))
    while window.ops.pending:
        settle(50)
    page.open_record(ifrc["uuid"])
    page.agreement_actions.renew()
    editor = page.editor
    editor.widgets["status"].set_value("signed")
    editor.widgets["signed_on"].set_value(date(2026, 5, 20))
    with prompts.answering(lambda _prompt: prompts.Button.Yes):  # mark the MoU Renewed
        editor.save()
        while window.ops.pending:
            settle(50)
        settle()
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(page.findChild(RelatedPanel)))
    settle()
    window.grab().save(str(HERE / "guide-renewal.png"))
    editor.tabs.setCurrentIndex(0)

    partner_workbook = PartnerWorkbookDialog(window.services, window)
    partner_workbook.partner.set_value(window.services.partners.find_by_name("GEO")["uuid"])
    for dialog, name in (
        (PreferencesDialog(window), "guide-preferences.png"),
        (DonorReportDialog(window.services, window), "guide-donor-report.png"),
        (partner_workbook, "guide-partner-workbook.png"),
        (CalendarExportDialog(window.services, window), "guide-calendar.png"),
    ):
        dialog.show()
        settle()
        dialog.grab().save(str(HERE / name))
        dialog.close()


def translated(window, suffix: str) -> None:
    """The Dashboard, the partners and the tripartite MoU in another language."""
    window.resize(1360, 860)
    window.show()
    window.show_section("dashboard")
    settle()
    window.grab().save(str(HERE / f"dashboard-{suffix}.png"))
    window.show_section("partner")
    page = window.list_page("partner")
    page.table.selectRow(0)
    settle()
    window.grab().save(str(HERE / f"main-window-{suffix}.png"))
    window.show_section("agreement")
    page = window.list_page("agreement")
    tripartite = next(r for r in page.service.rows(limit=50) if r["title"].startswith("Tripartite"))
    page.open_record(tripartite["uuid"])
    settle()
    window.grab().save(str(HERE / f"editor-{suffix}.png"))
    window.close()


if __name__ == "__main__":
    main()
