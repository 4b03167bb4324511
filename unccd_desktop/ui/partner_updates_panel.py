"""The Updates tab of a deliverable: what its partner reported in update workbooks, newest
first, as a timeline that reads in a narrow editor (read-only; an import adds to it, a revert
of the import removes from it)."""

from __future__ import annotations

from datetime import UTC
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..services import partner_updates
from .labels import display_value, enum_text

if TYPE_CHECKING:
    from ..services.changes import ChangeSet
    from ..services.partner_updates import UpdateInfo
    from .operations import Operations


class PartnerUpdatesPanel(QWidget):
    """A deliverable's partner updates; follows every change set that touches them."""

    def __init__(self, ops: Operations, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.owner_uuid: str | None = None
        self.count = 0
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(True)
        self.view.setTabChangesFocus(True)  # Tab leaves the tab, as everywhere else
        self.view.setAccessibleName(self.tr("Updates reported by the partner"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        ops.changed.connect(self._on_changes)

    def set_owner(self, uuid: str | None) -> None:
        self.owner_uuid = uuid
        self.reload()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.owner_uuid and changes.get(partner_updates.ENTITY, self.owner_uuid):
            self.reload()

    def reload(self) -> None:
        updates = (
            partner_updates.updates_of(self.ops.services, self.owner_uuid)
            if self.owner_uuid
            else []
        )
        self.count = len(updates)
        # A comment is shown where it was written, not again with each later update that
        # carried it unchanged (the workbook sends the partner's latest comment back to them).
        entries = []
        for index, update in enumerate(updates):  # newest first: the next one is earlier
            before = updates[index + 1].comment if index + 1 < len(updates) else ""
            entries.append(self._entry(update, update.comment != before))
        self.view.setHtml("".join(entries))
        self.hint.setText(
            self.tr(
                "What the partner reported in the update workbooks they sent back. Their "
                "comments are their own; the deliverable's notes are never sent to them."
            )
            if updates or not self.owner_uuid
            else self.tr("No updates from the partner yet.")
        )

    def _entry(self, update: UpdateInfo, new_comment: bool) -> str:
        """One update: when, who and which import; what was reported; the comment if new."""
        at = update.at if update.at.tzinfo else update.at.replace(tzinfo=UTC)
        heading = [display_value(at.astimezone()), update.partner_name]
        if update.batch_id:
            heading.append(self.tr("batch {0}").format(update.batch_id))
        reported = []
        if update.status:
            reported.append(self._pair(self.tr("Status"), enum_text(update.status)))
        if update.progress_percent is not None:
            reported.append(self._pair(self.tr("Progress"), f"{update.progress_percent} %"))
        if update.submitted_on:
            submitted = display_value(update.submitted_on)
            reported.append(self._pair(self.tr("Submitted on"), submitted))
        lines = [f"<b>{escape(' · '.join(heading))}</b>", escape(" · ".join(reported))]
        if update.evidence_url:
            url = escape(update.evidence_url, quote=True)
            lines.append(f'<a href="{url}">{escape(update.evidence_url)}</a>')
        if update.comment and new_comment:
            comment = escape(update.comment).replace("\n", "<br>")
            label = escape(self.tr("Comment"))  # not inside the f-string: lupdate reads it here
            lines.append(f"<i>{label}</i><br>{comment}")
        return f"<p style='margin-bottom:12px'>{'<br>'.join(lines)}</p>"

    def _pair(self, label: str, value: str) -> str:
        return self.tr("{0}: {1}", "a label, then its value").format(label, value)
