"""Starting the application window on a database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from .. import APP_NAME, __version__
from ..errors import UserError
from ..paths import default_database_path
from ..services import Actor, Services, open_services


def open_or_create(target: str | None, demo: bool = False) -> Services:
    from pathlib import Path

    from ..services.demo import populate_demo

    path = target or str(default_database_path())
    is_new = "://" not in path and not Path(path).exists()
    services = open_services(path, actor=Actor.current("gui"), create=is_new)
    if demo and is_new:
        populate_demo(services.with_actor(Actor(services.actor.name, "demo")))
    return services


class MainWindow(QMainWindow):
    """Placeholder window until the full main window lands."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(f"{APP_NAME} — {services.db.display_name}")
        counts = ", ".join(
            f"{services.entity(name).count()} {name.replace('_', ' ')}s"
            for name in ("partner", "agreement", "initiative", "project", "deliverable")
        )
        label = QLabel(self.tr("Database: {0}\n{1}").format(services.db.display_name, counts))
        label.setMargin(24)
        self.setCentralWidget(label)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.tr("&Quit"), self.close)


def run(target: str | None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    try:
        services = open_or_create(target, demo)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(services)
    window.resize(900, 600)
    window.show()
    code = app.exec()
    services.close()
    return code
