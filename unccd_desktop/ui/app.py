"""Starting the application: opening a database off the GUI thread, then the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from .. import APP_ID, APP_NAME, __version__
from ..paths import default_database_path
from . import error_handling, i18n, prompts, welcome
from .icon import app_icon
from .labels import error_text
from .main_window import MainWindow, shown_target
from .settings import app_settings, display_name, last_database, remember_database
from .workers import run_task, start_task

if TYPE_CHECKING:  # the data layer loads off the GUI thread, after the window is painted
    from ..services import Services


def open_or_create(target: str | None, demo: bool = False, create: bool = False) -> Services:
    """Open a database (a new file is created); fill a new demo database with the demo data."""
    from ..services import Actor, open_services
    from ..services.demo import populate_demo

    path = target or str(default_database_path())
    is_new = create or ("://" not in path and not Path(path).exists())
    actor = Actor.current("gui", name=display_name())
    services = open_services(path, actor=actor, create=is_new)
    if demo and is_new:
        populate_demo(services.with_actor(Actor(services.actor.name, "demo")))
    return services


class _FirstPaint(QObject):
    """Runs ``then`` once ``widget`` has been painted for the first time."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.then)
        return False


class Application(QObject):
    """Owns the open database and its window; swaps both when another database is opened,
    and builds the window again, on the same database, when another language is chosen."""

    def __init__(self) -> None:
        super().__init__()
        self.window: MainWindow | None = None
        self.services: Services | None = None
        self._opening = ""  # the database being opened by the window shown
        self._language_waits = False  # for the writes under way to land

    def _new_window(self, target: str = "") -> MainWindow:
        window = MainWindow(target=target)
        window.open_database_requested.connect(self.open)
        window.language_changed.connect(self.change_language)
        return window

    def start(self, target: str, create: bool = False, demo: bool = False) -> None:
        """Show the window at once, then open the database in the background and fill it."""
        self._opening = target
        self.window = self._new_window(target)
        self.window.show()
        _FirstPaint(self.window, lambda: self._preview(target))  # the window shows first
        start_task(  # the window's opening page shows the progress
            lambda _task: open_or_create(target, demo=demo, create=create),
            lambda services: self._show(services, target),
            lambda exc, details: self._failed(exc, details, target),
        )

    def _preview(self, target: str) -> None:
        """The list left open last, read with sqlite3 while the data layer loads."""
        from .list_preview import read_preview

        window = self.window
        if window is None or window.services is not None:
            return
        found = read_preview(target, window.current_key())
        if found is not None:
            window.show_preview(window.current_key(), *found)

    def _attached(self) -> bool:
        return self.window is not None and self.window.services is not None

    def open(self, target: str, create: bool = False, demo: bool = False) -> None:
        if self.window is not None and not self.window.confirm_close():
            return
        if create and "://" not in target and Path(target).exists():
            prompts.warn(
                self.window,
                APP_NAME,
                self.tr("{0} already exists; choose another name for a new database.").format(
                    target
                ),
            )
            return
        self._opening = target
        run_task(
            self.window,
            self.tr("Opening {0}…").format(shown_target(target)),
            lambda _task: open_or_create(target, demo=demo, create=create),
            lambda services: self._show(services, target),
            lambda exc, details: self._failed(exc, details, target),
            cancellable=False,
        )

    def _failed(self, exc: BaseException, details: str, target: str) -> None:
        from ..errors import DatabaseError
        from .open_failed import OpenChoice, ask_after_open_failure

        if self.window is not None and not self._attached():
            self.window.opening_failed(error_text(exc))
        if not isinstance(exc, DatabaseError):
            error_handling.report(exc, details, self.window)
        else:
            choice = ask_after_open_failure(error_text(exc), target, self.window)
            if choice is OpenChoice.OTHER_FILE:
                path, _ = QFileDialog.getOpenFileName(
                    self.window,
                    self.tr("Open database"),
                    str(Path(target).parent) if "://" not in target else "",
                    self.tr("UNCCD Partnerships databases (*.unccd);;All files (*)"),
                )
                if path:
                    self.open(path)
                    return
            elif choice is OpenChoice.RESTORE:
                self._restore_and_open(target)
                return
        if not self._attached():
            QCoreApplication.exit(1)

    def _restore_and_open(self, target: str) -> None:
        """Put the latest backup in place of a file that does not open (on a worker, with
        progress), then open it."""
        from ..services.maintenance import latest_backup, restore_backup
        from .operations import Operations

        backup = latest_backup(target)
        if backup is None:
            self.open(target)
            return

        def restored(kept: Path | None) -> None:
            if kept is not None:
                prompts.inform(
                    self.window,
                    APP_NAME,
                    self.tr("The backup was restored. The file it replaced is kept as {0}.").format(
                        kept.name
                    ),
                )
            self.open(target)

        def refused(_exc: BaseException) -> bool:
            if not self._attached():
                QTimer.singleShot(0, lambda: QCoreApplication.exit(1))
            return False  # the message is shown as usual

        ops = Operations(None, self)  # no database is open yet: the file is replaced whole
        ops.write(
            self.window,
            lambda _task: restore_backup(backup, target),
            label=self.tr("Restoring the latest backup…"),
            modal_progress=True,
            title=APP_NAME,
            success=restored,
            failure=refused,
        )

    def _show(self, services: Services, target: str) -> None:
        old_window, old_services = self.window, self.services
        self.services = services
        if old_window is not None and not self._attached():
            old_window.attach(services)  # the window shown while the database opened
            old_window = None
        else:
            self.window = self._new_window()
            self.window.attach(services)
        if "://" not in target:
            remember_database(str(Path(target).resolve()))
        self.window.show()
        # The packaging smoke test's way to close the app once its window is up.
        quit_after_ms = os.environ.get("UNCCD_QUIT_AFTER_MS")
        if quit_after_ms:
            QTimer.singleShot(int(quit_after_ms), QCoreApplication.quit)
        if old_window is not None:
            old_window.save_window()
            old_window.hide()
            old_window.deleteLater()
        if old_services is not None:
            old_services.close()

    def change_language(self, previous: str) -> None:
        """Show the window in the language just chosen in Preferences (``previous`` was set
        before), once the dialog is closed and the writes under way have landed."""
        QTimer.singleShot(0, self, lambda: self._switch_language(previous))

    def _switch_language(self, previous: str) -> None:
        old = self.window
        if old is None:
            return
        if old.ops is not None and old.ops.pending:  # their views wait for them: switch after
            if not self._language_waits:
                self._language_waits = True
                old.statusBar().showMessage(
                    self.tr("The new language is shown once the work under way is done.")
                )
                old.ops.idle.connect(
                    lambda: self._after_writes(previous), Qt.ConnectionType.SingleShotConnection
                )
            return
        from . import view_state

        if not view_state.settle_conflicts(old):
            app_settings().setValue("ui/language", previous)
            old.statusBar().showMessage(
                self.tr(
                    "The language was not changed: for each marked field, keep your value or "
                    "take theirs first."
                ),
                8000,
            )
            return
        state = view_state.capture(old)
        old.save_window()  # column layouts and splitters, read again by the new lists
        i18n.install(QApplication.instance())
        self.window = self._new_window(self._opening if old.ops is None else "")
        view_state.place(self.window, state)
        if old.ops is not None:  # otherwise the database still opening fills the new window
            self.window.attach(old.ops.services, old.ops)
            view_state.restore(self.window, state)
        self.window.show()
        view_state.restore_shown(self.window, state)
        old.hide()  # not closed: nothing to confirm, the database stays open
        old.deleteLater()

    def _after_writes(self, previous: str) -> None:
        self._language_waits = False
        self.change_language(previous)  # after the views that started the writes followed

    def close(self) -> None:
        if self.services is not None:
            self.services.close()


def run(target: str | None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName(APP_ID)
    QApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    error_handling.install()
    i18n.install(app)
    application = Application()
    chosen = target or last_database() or str(default_database_path())
    create = False
    if target is None and welcome.is_first_run():
        choice = welcome.ask_first_run()
        if choice is None:
            return 0
        chosen, create, demo = choice.target, choice.create, choice.demo
    application.start(chosen, create=create, demo=demo)
    code = app.exec()
    application.close()
    return code
