"""Renew… and Amend… on the agreement list: a new draft pre-filled from the agreement shown.

The draft opens in the list's editor as a new, unsaved record. When a renewal is saved
signed or active (at once, or later), the window offers to mark the agreement it renews as
Renewed; that write goes through the database worker and can be undone like a save.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from ..errors import NotFoundError
from . import prompts
from .labels import enum_text, message_text
from .undo import UpdateCommand

if TYPE_CHECKING:
    from .list_page import ListPage
    from .workers import Task

RENEWED = "renewed"  # AgreementStatus.RENEWED: the window does not load the domain models


class AgreementActions(QObject):
    """The Renew… and Amend… actions of the agreement list, and their two buttons."""

    def __init__(self, page: ListPage) -> None:
        super().__init__(page)
        self.page = page
        self.service = page.services.agreements
        # Alt+N and Alt+A belong to New and to the documents tab's Attach…
        self.renew_action = QAction(self.tr("Rene&w…"), page)
        self.renew_action.setToolTip(
            self.tr("Start the renewal of this agreement: a new draft whose term follows it")
        )
        self.amend_action = QAction(self.tr("A&mend…"), page)
        self.amend_action.setToolTip(
            self.tr("Start an amendment of this agreement: a new draft with the same term")
        )
        self.renew_action.triggered.connect(self.renew)
        self.amend_action.triggered.connect(self.amend)
        self.renew_button = self._button(self.renew_action)
        self.amend_button = self._button(self.amend_action)
        row = self._action_row()
        after = row.indexOf(page.duplicate_button) + 1
        row.insertWidget(after, self.renew_button)
        row.insertWidget(after + 1, self.amend_button)
        QWidget.setTabOrder(page.duplicate_button, self.renew_button)  # Tab as they are seen
        QWidget.setTabOrder(self.renew_button, self.amend_button)
        self._renewing: str | None = None  # the agreement that the draft in the editor renews
        self.renewals: set[str] = set()  # renewals saved from a draft of Renew…
        self.declined: set[str] = set()  # renewals whose parent the user left as it was
        page.editor.saved.connect(self._on_saved)
        # The page enables Duplicate exactly when a record is shown: the actions follow it.
        page.duplicate_button.installEventFilter(self)
        self._sync()

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _action_row(self) -> QBoxLayout:
        duplicate = self.page.duplicate_button
        column = duplicate.parentWidget().layout()
        for index in range(column.count()):
            row = column.itemAt(index).layout()
            if isinstance(row, QBoxLayout) and row.indexOf(duplicate) >= 0:
                return row
        raise LookupError("the list page has no row of action buttons")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self._sync()
        return False

    def _sync(self) -> None:
        shown = self.page.editor.uuid is not None
        self.renew_action.setEnabled(shown)
        self.amend_action.setEnabled(shown)

    # ----- starting a renewal or an amendment ----------------------------------------------

    def renew(self) -> None:
        """Show a new draft renewing the agreement shown (after offering to save it)."""
        self._start(self.service.renewal_of, self.tr("Renewal of “{0}”"), renewal=True)

    def amend(self) -> None:
        """Show a new draft amending the agreement shown (after offering to save it)."""
        self._start(self.service.amendment_of, self.tr("Amendment of “{0}”"), renewal=False)

    def _start(self, prefill: Callable[[str], dict[str, Any]], heading: str, renewal: bool) -> None:
        editor = self.page.editor
        if editor.uuid is None or not editor.confirm_leave():
            return
        old = editor.record
        values = prefill(old["uuid"])
        values["title"] = message_text(values["title"])
        self.page.table.clearSelection()
        editor.new(values)
        editor.heading.setText(heading.format(old["title"]))
        status = self.tr("Not saved yet: check the dates, the parties and the title, then save.")
        if renewal and values["effective_on"] is None:
            status = self.tr(
                "Not saved yet: the agreement renewed has no expiry date, so the new term is not "
                "known. Enter its dates, check the parties and the title, then save."
            )
        editor.status.setText(status)
        self._renewing = old["uuid"] if renewal else None
        self.page.duplicate_button.setEnabled(False)  # the page's own rule: no record shown
        self.page.delete_button.setEnabled(False)

    # ----- marking the renewed agreement ---------------------------------------------------

    def _on_saved(self, _entity: str, uuid: str) -> None:
        """A save of the editor landed: once the views followed it, ask about the parent."""
        if self._renewing is not None and self.service.get(uuid)["parent"] == self._renewing:
            self.renewals.add(uuid)
            self._renewing = None
        QTimer.singleShot(0, self, lambda: self.offer_mark_renewed(uuid))

    def offer_mark_renewed(self, uuid: str) -> Task | None:
        """Ask whether to mark the agreement that ``uuid`` renews as Renewed, when it may be."""
        if uuid in self.declined:
            return None
        try:
            parent = self.service.parent_to_mark_renewed(uuid, renewal=uuid in self.renewals)
        except NotFoundError:
            return None  # deleted meanwhile
        if parent is None:
            return None
        answer = prompts.ask(
            self.page,
            self.tr("Renewed agreement"),
            self.tr("“{0}” renews “{1}”. Mark “{1}” as {2}?").format(
                self.service.get(uuid)["title"], parent["title"], enum_text(RENEWED)
            ),
            default=prompts.Button.Yes,
        )
        if answer != prompts.Button.Yes:
            self.declined.add(uuid)
            return None
        return self.mark_renewed(parent)

    def mark_renewed(self, parent: dict[str, Any]) -> Task:
        """Set the parent's status to Renewed, as an undoable save."""
        ops, service = self.page.ops, self.service
        uuid, version, before = parent["uuid"], parent["version"], parent["status"]
        text = self.tr("mark '{0}' renewed").format(parent["title"])

        def work(_task: Task) -> UpdateCommand:
            record = service.update(uuid, version, {"status": RENEWED})
            command = UpdateCommand(
                "agreement", uuid, record["version"], {"status": before}, {"status": RENEWED}, text
            )
            command.remember(ops.services, record["version"])
            return command

        return ops.write(
            self.page,
            work,
            initiator=self,
            title=self.tr("Not marked renewed"),
            success=ops.undo_stack.push,
        )
