"""The window's side of team sync: Sync now, the automatic sync in the background, and the
status bar's line about it."""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ...errors import UserError
from .. import prompts
from ..labels import error_text
from ..settings import auto_sync, auto_sync_minutes
from ..workers import Task, start_task
from .reachability import server_answers
from .status import Failure, SyncStatusButton

if TYPE_CHECKING:
    from ...services import Services
    from ...services.sync.results import SyncResult, SyncStatus
    from ..main_window import MainWindow

TICK_MS = 30_000  # how often the automatic sync looks whether one is due
FIRST_SYNC_AFTER_S = 20  # the first automatic sync, after a laptop file is opened


class SyncController(QObject):
    """Runs the syncs of the window's laptop file and keeps the status bar's line current."""

    status_changed = Signal(object)  # SyncStatus, after every write and every sync
    synced = Signal(object)  # SyncResult of a sync that ran

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ops = window.ops
        self.failure: Failure | None = None
        self.running: Task | None = None  # the sync under way
        self.status: SyncStatus | None = None
        self._probing = False
        self._opened = time.monotonic()
        self._last_attempt: float | None = None
        self.button = SyncStatusButton(window)
        self.button.clicked.connect(self.open_from_status)
        window.statusBar().insertPermanentWidget(0, self.button)
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)  # once for a burst of writes
        self._refresh_soon.timeout.connect(self.refresh)
        self.ops.changed.connect(self._follow)
        self.ops.idle.connect(self._follow)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.refresh()

    @property
    def services(self) -> Services:
        return self.ops.services

    # ----- the status line -----------------------------------------------------------------

    def refresh(self) -> SyncStatus:
        """Read the laptop's state again and show it."""
        self.status = self.services.sync.status()
        self.button.show_status(self.status, self.failure, syncing=self.running is not None)
        self.window.sync_actions["sync_now"].setEnabled(self.status.is_laptop)
        self.window.sync_actions["sync_conflicts"].setEnabled(self.status.conflicts > 0)
        if self.status.role == "server" and self.timer.isActive():  # stays one while open
            self.timer.stop()
            self.ops.changed.disconnect(self._follow)
            self.ops.idle.disconnect(self._follow)
        self.status_changed.emit(self.status)
        return self.status

    def _follow(self, *_args: Any) -> None:
        """A write landed (or the worker is idle): the counts are read again, once."""
        self._refresh_soon.start()

    def open_from_status(self) -> None:
        """The status line clicked: the conflicts when some are open, else the Team server."""
        if self.status is not None and self.status.conflicts:
            self.show_conflicts()
        else:
            self.show_team_server()

    def show_conflicts(self, parent: QWidget | None = None) -> QWidget:
        from .conflicts import ConflictsDialog

        dialog = ConflictsDialog(self, parent or self.window)
        dialog.open()
        return dialog

    def show_team_server(self) -> QWidget:
        from .team_server import TeamServerDialog

        dialog = TeamServerDialog(self, self.window)
        dialog.open()
        return dialog

    # ----- syncing -------------------------------------------------------------------------

    def sync_now(self, parent: QWidget | None = None, modal: bool = False) -> Task | None:
        """Push then pull, on the database worker; the lists follow what was pulled."""
        status = self.refresh()
        if not status.is_laptop:
            self.window.statusBar().showMessage(
                self.tr("This database is not connected to a team server (File → Team server…)."),
                8000,
            )
            return None
        if self.running is not None:
            self.window.statusBar().showMessage(self.tr("A sync is already under way."), 5000)
            return None
        return self._run(parent or self.window, automatic=False, modal=modal)

    def _run(self, parent: QWidget, automatic: bool, modal: bool = False) -> Task:
        services = self.services
        self._last_attempt = time.monotonic()

        def work(task: Task) -> SyncResult:
            def progress(done: int, total: int) -> None:
                task.check()  # Cancel: only before anything is committed on the server
                task.report(done, total)

            return services.sync.sync(progress=progress)

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, UserError):
                return False
            self.failure = Failure(datetime.now(), error_text(exc))
            if not automatic:
                prompts.warn(parent, self.tr("Sync"), error_text(exc))
            return True

        task = self.ops.write(
            parent,
            work,
            initiator=self,
            label="" if automatic else self.tr("Syncing with the team server…"),
            title=self.tr("Sync"),
            success=lambda result: self._done(result, automatic),
            failure=failed,
            obsoletes_undo=True,
            modal_progress=modal,
        )
        self.running = task
        task.signals.failed.connect(self._ended)
        task.signals.done.connect(self._ended)
        self.refresh()
        return task

    def _ended(self, *_args: Any) -> None:
        self.running = None
        self._refresh_soon.start()

    def _done(self, result: SyncResult, automatic: bool) -> None:
        self.failure = None
        self.running = None
        if not automatic:
            self.window.statusBar().showMessage(self.summary(result), 10_000)
        self.synced.emit(result)

    def summary(self, result: SyncResult) -> str:
        text = self.tr("Synced: %n record(s) sent", "", result.pushed)
        text += self.tr(", %n received", "", result.pulled)
        if result.conflicts:
            text += self.tr("; %n conflict(s) wait for your choice", "", len(result.conflicts))
        return text + "."

    # ----- in the background ---------------------------------------------------------------

    def due(self) -> bool:
        """Whether an automatic sync should start now."""
        if not auto_sync() or self.running is not None or self._probing:
            return False
        if self.status is None or not self.status.is_laptop:
            return False
        if self.ops.pending or QApplication.activeModalWidget() is not None:
            return False  # a write under way, or the officer answering a dialog
        now = time.monotonic()
        if self._last_attempt is None:
            return now - self._opened >= FIRST_SYNC_AFTER_S
        return now - self._last_attempt >= auto_sync_minutes() * 60

    def tick(self) -> None:
        """The timer: when a sync is due, see (off the GUI thread) whether the server answers,
        then sync in the background; a server that does not answer is said in the status bar."""
        if not self.due():
            return
        self._probing = True
        self._last_attempt = time.monotonic()
        address = self.status.server or ""
        start_task(
            lambda _task: server_answers(address),
            self._probed,
            lambda _exc, _details: self._probed(False),
        )

    def _probed(self, answers: bool) -> None:
        self._probing = False
        if not answers:
            reason = self.tr("The team server does not answer.")
            self.failure = Failure(datetime.now(), reason)
            self.refresh()
            return
        busy = self.ops.pending or QApplication.activeModalWidget() is not None
        if not busy and self.running is None:
            self._run(self.window, automatic=True)
