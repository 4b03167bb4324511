"""Start-up: the window is on screen before the data layer loads, then fills with the data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar

from unccd_desktop.services import Services
from unccd_desktop.ui.app import Application
from unccd_desktop.ui.list_page import ListPage
from unccd_desktop.ui.main_window import MainWindow


def action(window: MainWindow, name: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def test_the_window_module_loads_without_the_data_layer() -> None:
    """What the window needs to appear loads without SQLAlchemy, the models or openpyxl,
    which take most of the start-up; they load while the window is already shown."""
    probe = (
        "import sys, unccd_desktop.ui.app, unccd_desktop.ui.main_window\n"
        "heavy = ('sqlalchemy', 'alembic', 'openpyxl', 'unccd_desktop.domain',"
        " 'unccd_desktop.services', 'unccd_desktop.excel')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == ""


def test_window_says_it_is_opening_then_shows_the_section_chosen_meanwhile(
    qtbot, demo_db: Services
) -> None:
    window = MainWindow(target="/data/partnerships.unccd")
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.opening
    assert window.opening_label.text() == "Opening /data/partnerships.unccd…"
    assert window.windowTitle().endswith("/data/partnerships.unccd")
    for name in ("backup", "search", "import_workbook"):
        assert not action(window, name).isEnabled()
    assert action(window, "open_db").isEnabled()
    window.show_section("deliverable")  # clicked before the database is open

    window.attach(demo_db)
    assert window.current_key() == "deliverable"
    page = window.stack.currentWidget()
    assert isinstance(page, ListPage)
    assert page.model.rowCount() == demo_db.deliverables.count() > 0
    for name in ("backup", "search", "import_workbook"):
        assert action(window, name).isEnabled()
    assert str(demo_db.db.path) in window.windowTitle()


def test_start_shows_the_window_at_once_and_fills_it_from_a_worker(
    qtbot, tmp_path: Path, demo_template: Path
) -> None:
    target = tmp_path / "partnerships.unccd"
    target.write_bytes(demo_template.read_bytes())
    application = Application()
    application.start(str(target))
    window = application.window
    assert window is not None and window.isVisible()
    assert window.services is None  # not open yet: the work goes on in the thread pool
    assert window.opening.findChild(QProgressBar).maximum() == 0  # a busy indicator
    qtbot.waitUntil(lambda: window.services is not None, timeout=20_000)
    assert application.window is window  # filled in place, not replaced
    assert window.current_key() == "dashboard"
    assert window.dashboard.isVisible()
    window.hide()
    window.deleteLater()
    application.close()


def test_a_server_password_is_not_shown_while_opening(qtbot) -> None:
    window = MainWindow(target="postgresql://officer:s3cret@db.example.org/partners")
    qtbot.addWidget(window)
    for text in (window.windowTitle(), window.opening_label.text()):
        assert "s3cret" not in text
        assert "postgresql://officer:***@db.example.org/partners" in text
