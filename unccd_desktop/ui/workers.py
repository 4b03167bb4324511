"""Long work off the GUI thread: a function on the global QThreadPool, with or without a progress
dialog."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside a task that noticed its cancel flag."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)  # the exception, its formatted traceback
    progress = Signal(int, int)


class Task(QRunnable):
    """Runs fn(task) in the pool. fn may call task.report(done, total) and task.check()."""

    def __init__(self, fn: Callable[[Task], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.cancel_event = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def check(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled

    def run(self) -> None:
        try:
            result = self.fn(self)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.signals.failed.emit(exc, traceback.format_exc())
            return
        self.signals.done.emit(result)


def start_task(
    fn: Callable[[Task], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException, str], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start fn in the pool; its result, failure and progress come back on the GUI thread."""
    task = Task(fn)
    task.setAutoDelete(False)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    _running.add(task)
    task.signals.done.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda *_a: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def progress_box(
    parent: QWidget | None, label: str, task: Task, cancellable: bool = True
) -> QProgressDialog:
    """A window-modal progress box over ``parent`` for ``task``, shown if the work lasts over
    300 ms; its Cancel sets the task's cancel flag. It closes when the task ends."""
    box = QProgressDialog(label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(300)
    if not cancellable:
        box.setCancelButton(None)

    def progress(done: int, total: int) -> None:
        box.setMaximum(total)
        box.setValue(done)

    def close(*_args: Any) -> None:
        box.reset()
        box.deleteLater()

    task.signals.progress.connect(progress)
    task.signals.done.connect(close)
    task.signals.failed.connect(close)
    box.canceled.connect(task.cancel_event.set)
    return box


def run_task(
    parent: QWidget | None,
    label: str,
    fn: Callable[[Task], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException, str], None],
    cancellable: bool = True,
) -> Task:
    """Start fn in the pool behind a modal progress box; call back on the GUI thread."""

    def failed(exc: BaseException, details: str) -> None:
        if not isinstance(exc, Cancelled):
            on_failed(exc, details)

    task = start_task(fn, on_done, failed)
    progress_box(parent, label, task, cancellable)
    return task


_running: set[Task] = set()  # keeps tasks (and their signal objects) alive until they end
