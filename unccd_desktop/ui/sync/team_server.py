"""File → Team server…: what this database is to a team server, and how to connect it
(clone a laptop file from a server, or publish this database onto an empty one), sync it,
or disconnect it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from .. import error_handling, prompts
from ..labels import error_text, message_text
from ..main_window import shown_target
from ..workers import Task, run_task
from .status import clock

if TYPE_CHECKING:
    from ...services import Services
    from ...services.sync.results import SyncStatus
    from .controller import SyncController

EXAMPLE_ADDRESS = "postgresql://name@server.example.org:5432/unccd"


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class TeamServerDialog(QDialog):
    """The state of the open database towards its team server, and what can be done."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.window = controller.window
        self.setWindowTitle(self.tr("Team server"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(620)

        state = QGroupBox(self.tr("This database"))
        form = QFormLayout(state)
        self.state_label = _label()
        self.last_sync_label = _label()
        self.waiting_label = _label()
        self.conflicts_label = _label()
        form.addRow(self.tr("State:"), self.state_label)
        form.addRow(self.tr("Last sync:"), self.last_sync_label)
        form.addRow(self.tr("Changes waiting:"), self.waiting_label)
        form.addRow(self.tr("Open conflicts:"), self.conflicts_label)
        self.state_form = form

        self.connect_box = QGroupBox(self.tr("Connect to a team server"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(EXAMPLE_ADDRESS)
        self.address.setAccessibleName(self.tr("Team server address"))
        address_label = QLabel(self.tr("Server &address:"))
        address_label.setBuddy(self.address)
        note = _label(
            self.tr(
                "Your PostgreSQL user name goes before the @. A password typed in the address is "
                "kept in this computer's keyring, never in the database file."
            )
        )
        self.clone_button = QPushButton(self.tr("&Clone into a new file…"))
        self.clone_button.setToolTip(
            self.tr("Make a new laptop file holding the server's records, and open it.")
        )
        self.publish_button = QPushButton(self.tr("&Publish this database…"))
        self.publish_button.setToolTip(
            self.tr(
                "Put this database onto an empty team server; this file then becomes a laptop "
                "of that server."
            )
        )
        self.clone_button.clicked.connect(lambda: self.clone())
        self.publish_button.clicked.connect(lambda: self.publish())
        connect_column = QVBoxLayout(self.connect_box)
        address_row = QHBoxLayout()
        address_row.addWidget(address_label)
        address_row.addWidget(self.address, 1)
        connect_column.addLayout(address_row)
        connect_column.addWidget(note)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.clone_button)
        choice_row.addWidget(self.publish_button)
        choice_row.addStretch(1)
        connect_column.addLayout(choice_row)

        self.laptop_box = QGroupBox(self.tr("Sync with the server"))
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setToolTip(self.tr("Send the changes made here, then receive the team's."))
        self.conflicts_button = QPushButton(self.tr("Resolve con&flicts…"))
        self.disconnect_button = QPushButton(self.tr("&Disconnect…"))
        self.disconnect_button.setToolTip(
            self.tr("This file becomes a standalone database; the server keeps its records.")
        )
        self.sync_button.clicked.connect(lambda: self.sync_now())
        self.conflicts_button.clicked.connect(lambda: self.controller.show_conflicts(self))
        self.disconnect_button.clicked.connect(lambda: self.disconnect())
        laptop_row = QHBoxLayout(self.laptop_box)
        laptop_row.addWidget(self.sync_button)
        laptop_row.addWidget(self.conflicts_button)
        laptop_row.addWidget(self.disconnect_button)
        laptop_row.addStretch(1)

        actions = (self.clone_button, self.publish_button, self.sync_button)
        for button in (*actions, self.conflicts_button, self.disconnect_button):
            button.setAutoDefault(False)  # Enter in the address starts nothing long
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(state)
        layout.addWidget(self.connect_box)
        layout.addWidget(self.laptop_box)
        layout.addStretch(1)
        layout.addWidget(buttons)

        controller.status_changed.connect(self.show_status)
        self.show_status(controller.refresh())

    @property
    def services(self) -> Services:
        return self.controller.services

    def show_status(self, status: SyncStatus) -> None:
        laptop = status.is_laptop
        if laptop:
            self.state_label.setText(self.tr("Laptop of {0}").format(status.server or ""))
        elif status.role == "server":
            self.state_label.setText(
                self.tr("A team server: laptops connect to it, officers may work on it directly.")
            )
        else:
            self.state_label.setText(self.tr("Standalone: not connected to a team server."))
        self.last_sync_label.setText(
            clock(status.last_sync) if status.last_sync else self.tr("Not synced yet")
        )
        failure = self.controller.failure
        if laptop and failure is not None:
            self.last_sync_label.setText(
                self.tr("{0} (the last try, {1}, failed: {2})").format(
                    self.last_sync_label.text(), clock(failure.at), failure.reason
                )
            )
        self.waiting_label.setText(str(status.waiting))
        self.conflicts_label.setText(str(status.conflicts))
        for row in range(1, 4):  # last sync, waiting, conflicts: a laptop's
            self.state_form.setRowVisible(row, laptop)
        self.connect_box.setVisible(status.role not in ("laptop", "server"))
        self.laptop_box.setVisible(laptop)
        self.conflicts_button.setEnabled(status.conflicts > 0)
        self.adjustSize()  # the part shown changed

    # ----- connecting ----------------------------------------------------------------------

    def server_address(self) -> str | None:
        """The address typed, checked, its password put in the keyring: the address to
        connect with, or None (the officer was told why)."""
        text = self.address.text().strip()
        try:
            url = sa.make_url(text)
            valid = url.get_backend_name() == "postgresql" and bool(url.database)
        except (sa.exc.ArgumentError, ValueError):
            valid = False
        if not valid:
            prompts.warn(
                self,
                self.tr("Team server"),
                self.tr("Type the server's address as {0}.").format(EXAMPLE_ADDRESS),
            )
            self.address.setFocus()
            return None
        from ...services.sync.credentials import remember_password, split_password

        address, password = split_password(text)
        if password:
            self.address.setText(address)  # the password leaves the field either way
            refused = remember_password(address, password)
            if refused:  # no keyring: libpq's password or service file is the way
                prompts.warn(self, self.tr("Team server"), message_text(refused))
        return address

    def clone(self, path: str | Path | None = None) -> Task | None:
        """A new laptop file from the server, made on a worker (Cancel stops it), then
        opened in the window."""
        address = self.server_address()
        if address is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the new laptop file as"),
                str(self._folder() / "team.unccd"),
                self.tr("UNCCD Partnerships databases (*.unccd)"),
            )
            if not chosen:
                return None
            path = chosen if chosen.endswith(".unccd") else chosen + ".unccd"
        path = Path(path)
        if path.exists():
            prompts.warn(
                self,
                self.tr("Team server"),
                self.tr("{0} already exists; choose another name for the new file.").format(
                    path.name
                ),
            )
            return None
        from ...services import Actor
        from ...services.sync import clone

        actor = Actor(self.services.actor.name, "gui")

        def work(task: Task) -> str:
            def progress(done: int, total: int) -> None:
                task.check()
                task.report(done, total)

            clone(address, path, actor=actor, progress=progress).close()
            return str(path)

        self.task = run_task(
            self.window,  # its box outlives this dialog, which closes as the file opens
            self.tr("Copying the team server's records into {0}…").format(path.name),
            work,
            self._cloned,
            self._failed,
        )
        return self.task

    def _folder(self) -> Path:
        from ..settings import data_folder

        path = self.services.db.path
        return path.parent if path is not None else data_folder()

    def _cloned(self, path: str) -> None:
        if shiboken6.isValid(self):
            self.accept()
        self.window.statusBar().showMessage(
            self.tr("The laptop file {0} was made from the team server.").format(path), 10_000
        )
        self.window.open_database_requested.emit(path, False)

    def _failed(self, exc: BaseException, details: str) -> None:
        parent = self if shiboken6.isValid(self) else self.window
        if isinstance(exc, UserError):
            title = QCoreApplication.translate("TeamServerDialog", "Team server")
            prompts.warn(parent, title, error_text(exc))
        else:
            error_handling.report(exc, details, parent)

    def publish(self) -> Task | None:
        """Put this database onto an empty team server; then this file is a laptop of it."""
        address = self.server_address()
        if address is None:
            return None
        answer = prompts.ask(
            self,
            self.tr("Publish this database"),
            self.tr("Put every record of this database onto the team server {0}?").format(
                shown_target(address)
            ),
            informative=self.tr(
                "The server must be empty. This file then becomes a laptop of the server: "
                "your changes are sent to it, and the team's come back, at each sync."
            ),
        )
        if answer != prompts.Button.Yes:
            return None
        services = self.services

        def work(task: Task) -> Any:
            def progress(done: int, total: int) -> None:
                task.check()
                task.report(done, total)

            return services.sync.publish(address, progress=progress)

        return self.controller.ops.write(
            self,
            work,
            initiator=self,
            label=self.tr("Publishing this database onto {0}…").format(shown_target(address)),
            title=self.tr("Publish this database"),
            success=lambda _result: self._said(self.tr("This database is now on the team server.")),
            modal_progress=True,
        )

    def _said(self, text: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.window.statusBar().showMessage(text, 10_000)
        self.controller.refresh()

    # ----- a laptop ------------------------------------------------------------------------

    def sync_now(self) -> Task | None:
        return self.controller.sync_now(self, modal=True)  # its progress box stands over us

    def disconnect(self) -> Task | None:
        """The file becomes standalone; with changes waiting, only once the officer agrees
        to leave them unsent."""
        status = self.controller.refresh()
        force = bool(status.waiting or status.conflicts)
        if force:
            text = self.tr(
                "%n change(s) made here have not reached the team server.", "", status.waiting
            )
            if status.conflicts:
                text += " " + self.tr("%n conflict(s) are open.", "", status.conflicts)
            informative = self.tr(
                "Disconnected, this file keeps its records but never sends these changes: "
                "sync first to keep them for the team. Disconnect anyway?"
            )
        else:
            text = self.tr("Disconnect this file from {0}?").format(status.server or "")
            informative = self.tr(
                "It becomes a standalone database; the team server keeps its records."
            )
        if prompts.ask(self, self.tr("Disconnect"), text, informative=informative) != (
            prompts.Button.Yes
        ):
            return None
        services = self.services
        return self.controller.ops.write(
            self,
            lambda _task: services.sync.disconnect(force=force),
            initiator=self,
            title=self.tr("Disconnect"),
            success=lambda _r: self._said(self.tr("This file is no longer connected to a server.")),
        )
