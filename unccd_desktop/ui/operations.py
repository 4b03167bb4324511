"""The one path of every write the window makes.

``Operations.write`` runs a service call on the single database worker (so writes never race
each other and the window keeps turning), shows the progress of long ones, turns a
``UserError`` into a plain message and anything else into the crash dialog, and on success
broadcasts the change set the services reported (``changed``): every view decides what to
redraw, and the view that started the write is named as the initiator.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from . import error_handling, prompts
from .labels import error_text
from .workers import Cancelled, Task, progress_box

if TYPE_CHECKING:
    from ..services import Services
    from ..services.changes import ChangeSet

Work = Callable[[Task], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


class Operations(QObject):
    """The database worker of one open database, its undo stack, and the change broadcast."""

    changed = Signal(object, object)  # ChangeSet, the initiator (a view) or None
    started = Signal(object, str)  # a Task with a label (a long write), its label
    finished = Signal(object)  # that Task
    idle = Signal()  # no write is queued or running

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = QUndoStack(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer: writes run one after the other
        self.pool.setExpiryTimeout(-1)
        self._tasks: set[Task] = set()

    @property
    def pending(self) -> int:
        """Writes queued or running."""
        return len(self._tasks)

    def write(
        self,
        parent: QWidget | None,
        work: Work,
        *,
        initiator: QObject | None = None,
        label: str = "",
        title: str = "",
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], bool] | None = None,
        obsoletes_undo: bool = False,
        modal_progress: bool = False,
    ) -> Task:
        """Queue ``work(task)`` on the database worker.

        ``label`` shows the write's progress in the window (and lets it be cancelled);
        ``success(result)`` runs on the GUI thread before the change set is broadcast;
        ``failure(exc)`` may handle a ``UserError`` itself by returning True, otherwise it is
        shown in a box titled ``title``. With ``obsoletes_undo`` (imports, their revert,
        restores) no earlier undo command can write over the records this write touched.
        With ``modal_progress`` the progress shows in a box over ``parent`` (a dialog waiting
        for its own work) instead of the window's status bar."""
        from ..services.changes import ChangeSet, recording

        long_work = bool(label)

        def body(running: Task) -> Any:
            with recording() as changes, _collector_paused(long_work):
                running.changes = changes
                return work(running)

        task = Task(body)
        task.changes = ChangeSet()  # what committed; read on the GUI thread once it ended
        task.setAutoDelete(False)
        self._tasks.add(task)

        def done(result: Any) -> None:
            self._finish(task, label)
            if success is not None:
                success(result)
            self._broadcast(task.changes, initiator, obsoletes_undo)

        def failed(exc: BaseException, details: str) -> None:
            self._finish(task, label)
            self._broadcast(task.changes, initiator, obsoletes_undo)  # what did commit
            from ..errors import UserError

            if isinstance(exc, Cancelled):
                return
            if isinstance(exc, UserError):
                if failure is not None and failure(exc):
                    return
                prompts.warn(parent, title or _tr("Not saved"), error_text(exc))
                return
            error_handling.report(exc, details, parent)

        task.signals.done.connect(done)
        task.signals.failed.connect(failed)
        if label and modal_progress:
            progress_box(parent, label, task)
            label = ""  # the box reports it, not the status bar
        if label:
            self.started.emit(task, label)
        self.pool.start(task)
        return task

    def _finish(self, task: Task, label: str) -> None:
        self._tasks.discard(task)
        if label:
            self.finished.emit(task)
        if not self._tasks:
            self.idle.emit()

    def _broadcast(self, changes: ChangeSet, initiator: QObject | None, obsoletes: bool) -> None:
        if not changes:
            return
        if obsoletes:
            from .undo import make_obsolete

            make_obsolete(self.undo_stack, changes)
        self.changed.emit(changes, initiator)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (closing the window, tests); True when it is."""
        return self.pool.waitForDone(msecs)


@contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """No automatic full garbage collection during a long write (an import of thousands of
    rows): each would walk every record the write holds, with the interpreter held, pausing
    the window for 100 ms and more. What the write leaves is freed as it ends (by reference
    counting) or by the next collection."""
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
