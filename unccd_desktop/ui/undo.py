"""Undoable saves: each create or update of a record is one command on a QUndoStack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..errors import UserError
from ..services import Services

Applied = Callable[[str, str], None]  # entity, uuid
Failed = Callable[[UserError], None]


class _RecordCommand(QUndoCommand):
    """Base: the first redo() is the save that already happened, so it does nothing."""

    def __init__(
        self,
        services: Services,
        entity: str,
        uuid: str,
        text: str,
        on_applied: Applied,
        on_failed: Failed,
    ) -> None:
        super().__init__(text)
        self.services, self.entity, self.uuid = services, entity, uuid
        self.on_applied, self.on_failed = on_applied, on_failed
        self._first = True

    @property
    def service(self):
        return self.services.entity(self.entity)

    def _run(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except UserError as exc:
            self.setObsolete(True)
            self.on_failed(exc)
            return
        self.on_applied(self.entity, self.uuid)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class UpdateCommand(_RecordCommand):
    """Changed fields of one record: before and after values of those fields only."""

    def __init__(self, services, entity, uuid, before, after, text, on_applied, on_failed):
        super().__init__(services, entity, uuid, text, on_applied, on_failed)
        self.before, self.after = before, after

    def _set(self, values: dict[str, Any]) -> None:
        current = self.service.get(self.uuid)
        self.service.update(self.uuid, current["version"], values)

    def apply(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)


class CreateCommand(_RecordCommand):
    """A new record: undo deletes it, redo creates it again with the same identifier."""

    def __init__(self, services, entity, uuid, data, text, on_applied, on_failed):
        super().__init__(services, entity, uuid, text, on_applied, on_failed)
        self.data = {**data, "uuid": uuid}

    def apply(self) -> None:
        self.service.create(self.data)

    def revert(self) -> None:
        self.service.delete(self.uuid)
