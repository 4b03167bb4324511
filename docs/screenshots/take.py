"""Retake the screenshots of the main window: the opening page, and each list on the demo data.

Run from the project root, under a virtual X display so that the real platform plugin and
fonts draw the window:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots/take.py

Writes opening.png, main-window.png, list-<section>.png and editor-merge.png (a colleague's
change merged into unsaved typing) beside this file, 1400 × 860 each.
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
    window.close()


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


if __name__ == "__main__":
    main()
