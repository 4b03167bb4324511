"""The start-up notice: a strip above the window's pages saying what needs attention today.

It is counted on a pool thread once the first rows show, and shown only when something needs
attention and Preferences allow it. A click opens the dashboard; Escape or its close button
dismisses it. It never takes the keyboard focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from . import error_handling
from .settings import attention_at_start
from .workers import Task, start_task

if TYPE_CHECKING:
    from ..services.attention import Attention
    from .main_window import MainWindow


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class AttentionNotice(QToolBar):
    """Shown by ``present`` over a main window; removes itself when dismissed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.shown = False  # added to the window
        self.setObjectName("attention_notice")  # the window saves its state by object names
        self.setWindowTitle(self.tr("What needs attention"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size)
        )
        self.message = _ClickableLabel()
        self.message.setCursor(Qt.CursorShape.PointingHandCursor)
        self.message.setToolTip(self.tr("Open the dashboard (Ctrl+1)"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.message.font()
        font.setUnderline(True)
        self.message.setFont(font)
        self.message.clicked.connect(self.open_dashboard)
        self.close_button = QToolButton()
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setToolTip(self.tr("Dismiss (Escape)"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        for widget in (icon, self.message, self.close_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.addWidget(widget)
        self.hide()

    def present(self, attention: Attention) -> None:
        """Show the counts at the top of the window; nothing when nothing needs attention."""
        window = self.main
        if not attention or not window.isVisible() or not attention_at_start():
            self.deleteLater()
            return
        self.message.setText(self.summary(attention))
        self.message.setAccessibleName(self.message.text())
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.shown = True
        self.show()
        window.installEventFilter(self)  # Escape that no widget of the window took

    def summary(self, attention: Attention) -> str:
        """'2 deliverables overdue, 1 agreement reaching its notice date this week'."""
        items = []
        if attention.overdue:
            items.append(self.tr("%n deliverable(s) overdue", "", attention.overdue))
        if attention.due_this_week:
            items.append(self.tr("%n deliverable(s) due this week", "", attention.due_this_week))
        if attention.notices_this_week:
            items.append(
                self.tr(
                    "%n agreement(s) reaching the renewal notice date this week",
                    "",
                    attention.notices_this_week,
                )
            )
        if attention.expiring_this_week:
            items.append(
                self.tr("%n agreement(s) expiring this week", "", attention.expiring_this_week)
            )
        separator = self.tr(", ", "between the items of the start-up notice")
        return self.tr("Needs attention: {0}").format(separator.join(items))

    def open_dashboard(self) -> None:
        self.main.show_section("dashboard")
        self.dismiss()

    def dismiss(self) -> None:
        if self.shown:
            self.main.removeEventFilter(self)
            self.main.removeToolBar(self)
            self.shown = False
        self.hide()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.dismiss()
            return True
        return super().eventFilter(watched, event)

    def failed(self, exc: BaseException, details: str) -> None:
        """Counting failed: a bug, reported like any other while the window is still open."""
        if self.main.isVisible():
            error_handling.report(exc, details, self.main)
        self.deleteLater()


def dismiss_notices(window: QWidget | None) -> None:
    """Take away the notice shown over ``window`` (turned off in Preferences)."""
    for notice in window.findChildren(AttentionNotice) if window is not None else []:
        notice.dismiss()


def show_attention(window: MainWindow) -> Task | None:
    """Count what needs attention on a pool thread, then show the notice over ``window``.

    Nothing happens when turned off in Preferences; what comes back after the window closed
    is dropped (the notice, a child of the window, goes with it)."""
    if not attention_at_start() or window.services is None or not window.isVisible():
        return None
    dismiss_notices(window)
    services = window.services

    def count(_task: Task) -> Attention:
        from ..services.attention import attention_today  # imported off the GUI thread

        return attention_today(services)

    notice = AttentionNotice(window)
    return start_task(count, notice.present, notice.failed)
