"""Undo and redo of saved changes, checked against the record's version.

Each command remembers the version it wrote. Undo and redo write through the database worker
(``Operations``) with that version: when someone or something changed the record since, the
services refuse, the command says what changed (who, when, which fields) and is dropped, and
the record stays as it is. The stack's own undo()/redo() only move its index once a write
has landed; they never write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ..errors import ConflictError, DependencyError, UserError
from . import prompts
from .labels import display_value, error_text, field_name
from .workers import Task

if TYPE_CHECKING:
    from ..services import Services
    from ..services.audit import HistoryEntry
    from ..services.changes import ChangeSet
    from .operations import Operations


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class Superseded(UserError):
    """The record changed after the command's write: these audit entries say how."""

    def __init__(self, entries: list[HistoryEntry], deleted: bool = False) -> None:
        super().__init__("The record changed since; the undo was refused.")
        self.entries, self.deleted = entries, deleted


def source_text(source: str) -> str:
    """Where a change came from, as the user knows it."""
    kind, _, number = source.partition(":")
    if kind == "import":
        return _tr("import batch {0}").format(number)
    if kind == "revert":
        return _tr("revert of import batch {0}").format(number)
    if kind == "cli":
        return _tr("command line")
    if kind == "sync":
        return _tr("a sync with the team server")
    return ""


def describe_entries(entries: list[HistoryEntry]) -> str:
    """'Ana (import batch 3), 28/11/2026 10:02: status, notes' for each change, newest last."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for entry in sorted(entries, key=lambda e: e.id):
        when = display_value(entry.at.astimezone().replace(second=0, microsecond=0))
        key = (entry.actor, source_text(entry.source), when)
        names = groups.setdefault(key, [])
        if entry.action == "delete":
            names.append(_tr("deleted"))
        elif entry.field and field_name(entry.field) not in names:
            names.append(field_name(entry.field))
    lines = []
    for (actor, source, when), names in groups.items():
        who = _tr("{0} ({1})").format(actor, source) if source else actor
        lines.append(_tr("{0}, {1}: {2}").format(who, when, ", ".join(names)))
    return "\n".join(lines)


class RecordCommand(QUndoCommand):
    """A saved change of one record. ``version`` is the version its last write left."""

    def __init__(self, entity: str, uuid: str, version: int, text: str | Callable[[], str]) -> None:
        self.describe = text if callable(text) else lambda: text  # again in a new language
        super().__init__(self.describe())
        self.entity, self.uuid, self.version = entity, uuid, version
        self.mark = 0  # the last audit entry of that write: later ones are someone else's
        self.obsolete_reason = ""

    def undo(self) -> None:  # the write happened in undo_write
        pass

    def redo(self) -> None:  # the first redo is the save that already happened
        pass

    def remember(self, services: Services, version: int) -> RecordCommand:
        """Note the version a write left and its last audit entry (later ones are others')."""
        self.version = version
        entries = services.entity(self.entity).history(self.uuid)
        self.mark = entries[0].id if entries else 0
        return self

    def _superseded(self, services: Services, deleted: bool = False) -> Superseded:
        later = [e for e in services.entity(self.entity).history(self.uuid) if e.id > self.mark]
        return Superseded(later, deleted)

    def undo_write(self, services: Services) -> None:
        raise NotImplementedError

    def redo_write(self, services: Services) -> None:
        raise NotImplementedError


class UpdateCommand(RecordCommand):
    """Changed fields of one record: their values before and after."""

    def __init__(self, entity, uuid, version, before, after, text) -> None:
        super().__init__(entity, uuid, version, text)
        self.before, self.after = before, after

    def _set(self, services: Services, values: dict[str, Any]) -> None:
        service = services.entity(self.entity)
        try:
            record = service.update(self.uuid, self.version, values)
        except ConflictError as exc:
            raise self._superseded(services, exc.info.current_version is None) from None
        self.remember(services, record["version"])

    def undo_write(self, services: Services) -> None:
        self._set(services, self.before)

    def redo_write(self, services: Services) -> None:
        self._set(services, self.after)


class CreateCommand(RecordCommand):
    """A new record: undo deletes it (asked first), redo creates it again with its UUID."""

    def __init__(self, entity, uuid, version, data, text) -> None:
        super().__init__(entity, uuid, version, text)
        self.data = {**data, "uuid": uuid}

    def undo_write(self, services: Services) -> None:
        try:
            services.entity(self.entity).undo_create(self.uuid, self.version)
        except ConflictError as exc:
            raise self._superseded(services, exc.info.current_version is None) from None

    def redo_write(self, services: Services) -> None:
        record = services.entity(self.entity).create(self.data)
        self.remember(services, record["version"])


def make_obsolete(stack: QUndoStack, changes: ChangeSet) -> None:
    """Commands of records an import, a revert or a restore touched can no longer run."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, RecordCommand) and changes.get(command.entity, command.uuid):
            sources = sorted(filter(None, (source_text(s) for s in changes.sources())))
            command.obsolete_reason = ", ".join(sources)
            command.setObsolete(True)


class UndoController(QObject):
    """Edit → Undo and Redo: one command at a time, written through the database worker."""

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops, self.window = ops, parent
        self.stack = ops.undo_stack
        self.running: Task | None = None
        self.last_step = ""  # "Undone: …" or "Redone: …", for the views that follow it

    def retranslate(self) -> None:
        """Name every command again, in the interface language just chosen."""
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, RecordCommand):
                command.setText(command.describe())

    def undo_text(self) -> str:
        text = self.stack.undoText().replace("&", "&&")  # a name's own & is no mnemonic
        return _tr("&Undo: {0}").format(text) if text else _tr("&Undo")

    def redo_text(self) -> str:
        text = self.stack.redoText().replace("&", "&&")
        return _tr("&Redo: {0}").format(text) if text else _tr("&Redo")

    def undo(self) -> Task | None:
        return self._step(self.stack.index() - 1, undoing=True)

    def redo(self) -> Task | None:
        return self._step(self.stack.index(), undoing=False)

    def _step(self, index: int, undoing: bool) -> Task | None:
        if self.running is not None or not 0 <= index < self.stack.count():
            return None
        command = self.stack.command(index)
        title = _tr("Undo") if undoing else _tr("Redo")
        if command.isObsolete():
            reason = getattr(command, "obsolete_reason", "") or _tr("an import or a restore")
            prompts.inform(
                self.window,
                title,
                _tr(
                    "“{0}” can no longer be undone or redone: the record was changed by {1}."
                ).format(command.text(), reason),
            )
            self._move(undoing)  # the stack drops an obsolete command when moving over it
            return None
        if undoing and isinstance(command, CreateCommand):
            answer = prompts.ask(
                self.window,
                title,
                _tr("Undo “{0}”? The record will be deleted.").format(command.text()),
            )
            if answer != prompts.Button.Yes:
                return None
        services = self.ops.services
        self.last_step = (_tr("Undone: {0}.") if undoing else _tr("Redone: {0}.")).format(
            command.text()
        )

        def work(_task: Task) -> None:
            (command.undo_write if undoing else command.redo_write)(services)

        def landed(_result: Any) -> None:
            self.running = None
            self._move(undoing)

        def refused(exc: BaseException) -> bool:
            self.running = None
            if isinstance(exc, Superseded):
                text = _tr("“{0}” was not undone: the record was changed since.").format(
                    command.text()
                )
                if exc.deleted:
                    text = _tr("“{0}” was not undone: the record was deleted since.").format(
                        command.text()
                    )
                prompts.warn(self.window, title, text, describe_entries(exc.entries))
                command.setObsolete(True)
                self._move(undoing)
                return True
            if isinstance(exc, DependencyError):
                prompts.warn(self.window, title, error_text(exc))
                return True
            return False

        self.running = self.ops.write(
            self.window, work, initiator=self, title=title, success=landed, failure=refused
        )
        self.running.signals.failed.connect(lambda *_a: setattr(self, "running", None))
        return self.running

    def _move(self, undoing: bool) -> None:
        if undoing:
            self.stack.undo()
        else:
            self.stack.redo()
