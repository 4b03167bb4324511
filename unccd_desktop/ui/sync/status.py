"""The status bar's line about the team server: "Synced 10:42 · 3 changes waiting · 1 conflict"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QToolButton, QWidget

from ...services.sync.results import SyncStatus
from ..labels import display_value

REASON_LIMIT = 60  # characters of a failure's reason shown in the bar (all of it in the tip)


@dataclass(frozen=True)
class Failure:
    """The last sync that could not run, until one runs."""

    at: datetime  # local time
    reason: str


def clock(at: datetime) -> str:
    """A moment in local time: the time alone today, else the date and the time."""
    local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()
    if local.date() == datetime.now().astimezone().date():
        return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return display_value(local.replace(tzinfo=None))


def status_line(status: SyncStatus, failure: Failure | None = None, syncing: bool = False) -> str:
    """What the status bar says about a laptop's sync ("" for a database that is not one)."""
    if not status.is_laptop:
        return ""
    if syncing:
        parts = [QCoreApplication.translate("SyncStatus", "Syncing…")]
    elif failure is not None:
        reason = failure.reason
        if len(reason) > REASON_LIMIT:
            reason = reason[: REASON_LIMIT - 1] + "…"
        failed = QCoreApplication.translate("SyncStatus", "Sync failed {0}: {1}")
        parts = [failed.format(clock(failure.at), reason)]
    elif status.last_sync is None:
        parts = [QCoreApplication.translate("SyncStatus", "Not synced yet")]
    else:
        synced = QCoreApplication.translate("SyncStatus", "Synced {0}")
        parts = [synced.format(clock(status.last_sync))]
    # The plurals through the button's tr(): lupdate finds no plural in translate().
    if status.waiting:
        parts.append(SyncStatusButton.tr("%n change(s) waiting", "", status.waiting))
    if status.conflicts:
        parts.append(SyncStatusButton.tr("%n conflict(s)", "", status.conflicts))
    return " · ".join(parts)


class SyncStatusButton(QToolButton):
    """The line in the status bar; clicked, it opens the conflicts (or the Team server
    dialog when none is open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setObjectName("sync_status")
        self.setAccessibleName(self.tr("Team server sync"))
        self.hide()

    def show_status(
        self, status: SyncStatus, failure: Failure | None = None, syncing: bool = False
    ) -> None:
        text = status_line(status, failure, syncing)
        self.setText(text)
        self.setVisible(bool(text))
        tip = [text]
        if failure is not None and not syncing:
            tip = [self.tr("The last sync failed: {0}").format(failure.reason)]
        if status.server:
            tip.append(self.tr("Team server: {0}").format(status.server))
        if status.conflicts:
            tip.append(self.tr("Click to resolve the conflicts."))
        self.setToolTip("\n".join(tip))
        self.setAccessibleDescription(self.toolTip())
