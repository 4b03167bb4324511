"""Merge into another partner… on the partner list: the partner shown is folded into one
chosen in a picker, after a confirmation naming what moves (services/partner_merge.py).

The merge goes through the database worker like an import: the undo commands of the records
it touched can no longer run. The editor then shows the partner kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import prompts
from .picker import SearchPicker, record_items

if TYPE_CHECKING:
    from ..services import Services
    from .list_page import ListPage
    from .workers import Task


class MergeDialog(QDialog):
    """Which partner the one shown is merged into: a picker of the other partners."""

    def __init__(self, services: Services, drop: dict[str, Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge into another partner"))
        items = [item for item in record_items(services, "partner") if item.value != drop["uuid"]]
        self.picker = SearchPicker(items, self.tr("Name or acronym of the partner to keep"))
        self.picker.setAccessibleName(self.tr("Partner to keep"))
        label = QLabel(self.tr("Merge “{0}” &into:").format(drop["name"]))
        label.setWordWrap(True)
        label.setBuddy(self.picker.edit)
        hint = QLabel(
            self.tr(
                "The partner chosen is kept. What refers to “{0}” will refer to it, and “{0}” "
                "will be deleted; its history stays with the partner kept."
            ).format(drop["name"])
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Merge…"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.changed.connect(lambda: self.ok.setEnabled(self.picker.value() is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.picker)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.picker.edit.setFocus()

    def chosen(self) -> str | None:
        """The UUID of the partner to keep, once the dialog was accepted."""
        return self.picker.value() if self.result() == QDialog.DialogCode.Accepted else None


class PartnerMergeActions(QObject):
    """The Merge into another partner… action of the partner list, and its button."""

    def __init__(self, page: ListPage) -> None:
        super().__init__(page)
        self.page = page
        self.merge_action = QAction(self.tr("&Merge into another partner…"), page)
        self.merge_action.setToolTip(
            self.tr("Fold this partner into another record of the same organisation")
        )
        self.merge_action.triggered.connect(self.merge)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.merge_action.toolTip())
        self.merge_button.clicked.connect(self.merge_action.trigger)
        self.merge_action.enabledChanged.connect(self.merge_button.setEnabled)
        delete = page.delete_button
        row = _row_of(delete)
        row.insertWidget(row.indexOf(delete) + 1, self.merge_button)
        QWidget.setTabOrder(delete, self.merge_button)  # Tab as they are seen
        # The page enables Delete exactly when a record is shown: the action follows it.
        delete.installEventFilter(self)
        self._sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self._sync()
        return False

    def _sync(self) -> None:
        self.merge_action.setEnabled(self.page.editor.uuid is not None)

    def merge(self) -> Task | None:
        """Ask which partner to keep and confirm, then merge the partner shown into it."""
        page = self.page
        editor = page.editor
        if editor.uuid is None or not editor.confirm_leave():
            return None
        drop = editor.record
        dialog = MergeDialog(page.services, drop, page)
        prompts.show_dialog(dialog, dialog.windowTitle())
        keep = dialog.chosen()
        dialog.deleteLater()
        if keep is None:
            return None
        from ..services.partner_merge import merge_preview

        preview = merge_preview(page.services, keep, drop["uuid"])
        kept, dropped = preview["keep"]["name"], preview["drop"]["name"]
        answer = prompts.ask(
            page,
            self.tr("Merge partners"),
            self.question(preview),
            default=prompts.Button.No,
            informative=self.tr(
                "Fields of “{0}” left empty take the values of “{1}”, whose name stays among "
                "the other names of “{0}”. A merge cannot be undone."
            ).format(kept, dropped),
        )
        if answer != prompts.Button.Yes:
            return None
        services, drop_uuid = page.services, drop["uuid"]

        def merged(_result: object) -> None:
            if page.open_record(keep):
                editor.status.setText(
                    self.tr("“{0}” was merged into this partner.").format(dropped)
                )

        return page.ops.write(
            page,
            lambda _task: services.partners.merge(keep, drop_uuid),
            initiator=editor,  # the editor shows the partner kept, read after the merge
            title=self.tr("Not merged"),
            success=merged,
            obsoletes_undo=True,
        )

    def question(self, preview: dict[str, Any]) -> str:
        """What the merge will do, naming both partners and what moves."""
        moves = preview["moves"]
        counts = {
            "focal_points": self.tr("%n focal point(s)", "", moves["focal_points"]),
            "agreements": self.tr("%n agreement(s)", "", moves["agreements"]),
            "projects": self.tr("%n project(s)", "", moves["projects"]),
            "initiatives": self.tr("%n initiative(s) as donor", "", moves["initiatives"]),
            "deliverables": self.tr("%n deliverable(s)", "", moves["deliverables"]),
            "partner_updates": self.tr("%n partner update(s)", "", moves["partner_updates"]),
            "workbook_exports": self.tr(
                "%n update workbook(s) sent", "", moves["workbook_exports"]
            ),
        }
        parts = [text for name, text in counts.items() if moves[name]]
        kept, dropped = preview["keep"]["name"], preview["drop"]["name"]
        if not parts:
            return self.tr(
                "Nothing refers to “{0}”. It will be deleted; its history stays with “{1}”."
            ).format(dropped, kept)
        listed = parts[0]
        if len(parts) > 1:
            listed = self.tr("{0} and {1}").format(", ".join(parts[:-1]), parts[-1])
        return self.tr(
            "{0} will move from “{1}” to “{2}”. “{1}” will be deleted; its history stays with "
            "“{2}”."
        ).format(listed, dropped, kept)


def _row_of(button: QPushButton) -> QBoxLayout:
    """The layout of the row of buttons holding ``button``."""
    column = button.parentWidget().layout()
    for index in range(column.count()):
        row = column.itemAt(index).layout()
        if isinstance(row, QBoxLayout) and row.indexOf(button) >= 0:
            return row
    raise LookupError("the list page has no row of action buttons")
