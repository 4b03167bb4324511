"""The main window: sidebar of lists, menus, search, undo, backup and the exchange hooks."""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from . import prompts
from .keyboard import keyboard as install_keyboard
from .labels import SIDEBAR, entity_name
from .preferences import show_preferences
from .settings import app_settings, display_name, language, recent_databases
from .user_guide import show_user_guide

if TYPE_CHECKING:  # the data layer is imported once the database is open (see attach)
    from ..services import Services
    from ..services.changes import ChangeSet
    from .dashboard_page import DashboardPage
    from .list_page import ListPage
    from .operations import Operations
    from .printing.print_actions import PrintPreview
    from .record_dialog import RecordDialog
    from .search_dialog import SearchDialog
    from .undo import UndoController
    from .workers import Task


SETTLE_AFTER_MS = 1500


def settle_memory() -> None:
    """Set aside, for the collector, everything loaded so far (Qt, the data layer, the window).

    A full garbage collection walks every object tracked since; during a long write on the
    database worker such a walk held the interpreter for 60–70 ms at a time, a pause of the
    window. Objects loaded at start-up live as long as the application, so the collector need
    not walk them again (``gc.freeze``)."""
    gc.collect()
    gc.freeze()


def shown_target(target: str) -> str:
    """A database path or URL as the window names it: a server password never shows."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", target)


class MainWindow(QMainWindow):
    """One open database. Opening another one is handled by the application (app.py)."""

    open_database_requested = Signal(str, bool)  # target, create
    language_changed = Signal(str)  # Preferences set a new language; the one set before

    def __init__(self, services: Services | None = None, target: str = "") -> None:
        """The window of one database. Without ``services`` it opens at once on a page that
        says the database (``target``) is being opened, and is filled by ``attach``."""
        super().__init__()
        self.services: Services | None = None
        self.ops: Operations | None = None  # the write path, once the database is open
        self.undoer: UndoController | None = None
        self.pages: dict[str, QWidget] = {}
        self.list_pages: dict[str, ListPage] = {}  # the lists built so far
        self._needs_database: list[QAction] = []  # enabled once the database is open
        self._imports_built = False  # built after the first paint (see attach)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFixedWidth(180)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self._add_page("dashboard", self.tr("Dashboard"), QWidget())
        for entity in SIDEBAR:  # each list is built when first shown
            self._add_page(entity, entity_name(entity, plural=True), QWidget())
        self._add_page("imports", self.tr("Import history"), QWidget())
        target = shown_target(target)
        self.opening = self._make_opening_page(target)
        self.preview: QWidget | None = None  # the list left open last, while opening
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)

        self.progress = QProgressBar()  # the progress of a long write (an import...)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress_cancel = QPushButton(self.tr("Cancel"))
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.progress_cancel)
        self.progress.hide()
        self.progress_cancel.hide()
        self.progress_cancel.clicked.connect(self._cancel)
        self._progress_task: Task | None = None

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        install_keyboard()
        self.setWindowTitle(f"{APP_NAME} — {target}" if target else APP_NAME)
        self._restore_window()
        if services is not None:
            self.attach(services)

    def _make_opening_page(self, target: str) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        label = QLabel(self.tr("Opening {0}…").format(target) if target else "")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: opening has no measurable steps
        bar.setFixedWidth(320)
        bar.setAccessibleName(self.tr("Opening the database"))
        column.addWidget(label)
        column.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.opening_label = label
        return page

    def opening_failed(self, message: str) -> None:
        """Say on the opening page that the database could not be opened."""
        self._drop_preview()
        self.stack.setCurrentWidget(self.opening)
        self.opening_label.setText(message)
        self.opening.findChild(QProgressBar).hide()

    def show_preview(self, section: str, rows: list[dict], count: int) -> None:
        """While the database opens, the list left open last, read only (ui/list_preview)."""
        from .list_preview import ListPreview

        if self.services is not None or self.preview is not None:
            return
        note = self.tr("Opening the database… the list can be changed in a moment.")
        self.preview = ListPreview(section, rows, count, note)
        self.stack.addWidget(self.preview)
        self.stack.setCurrentWidget(self.preview)

    def _drop_preview(self) -> None:
        if self.preview is not None:
            self.stack.removeWidget(self.preview)
            self.preview.deleteLater()
            self.preview = None

    def attach(self, services: Services, ops: Operations | None = None) -> None:
        """Fill the window with the open database: its dashboard, lists and history.

        Given ``ops``, the write path of a window this one replaces (idle), its writes, their
        author and its undo history carry on here."""
        from ..services import Actor
        from .operations import Operations
        from .undo import UndoController

        if ops is None:
            name = display_name()
            services = services.with_actor(Actor(name, "gui")) if name else services
            ops = Operations(services, self)
            # a database opened (not the same one shown again in another language)
            QTimer.singleShot(SETTLE_AFTER_MS, self, self.show_attention)
        else:
            ops.setParent(self)
        self.services, self.ops = ops.services, ops
        self.ops.started.connect(self._show_progress)
        self.ops.finished.connect(self._hide_progress)
        self.ops.changed.connect(self._on_changes)
        self.undoer = UndoController(self.ops, self)
        self.undoer.retranslate()  # the history of a window this one replaces, in its language
        self.ops.undo_stack.indexChanged.connect(self._update_undo_actions)
        self._update_undo_actions()
        self.setWindowTitle(f"{APP_NAME} — {services.db.display_name}")
        self._replace_page("dashboard", self._make_dashboard())
        self.sidebar.currentRowChanged.connect(self._on_section_changed)
        for action in self._needs_database:
            action.setEnabled(True)
        from .sync import SyncController

        self.sync = SyncController(self)  # the status bar's sync line, Sync now, automatic sync
        self.statusBar().showMessage(self.tr("Database: {0}").format(services.db.display_name))
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self._drop_preview()
        self._on_section_changed(max(self.sidebar.currentRow(), 0))
        # The import history (which also takes workbooks dropped on the window) is built
        # right after the section shown is painted.
        QTimer.singleShot(0, self, self._ensure_imports_page)
        QTimer.singleShot(SETTLE_AFTER_MS, self, settle_memory)  # once the first rows show

    # ----- pages ---------------------------------------------------------------------------

    def _add_page(self, key: str, title: str, widget: QWidget) -> None:
        self.pages[key] = widget
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)

    def _replace_page(self, key: str, widget: QWidget) -> None:
        index = list(self.pages).index(key)
        placeholder = self.pages[key]
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages[key] = widget

    def list_page(self, entity: str) -> ListPage:
        """The list of one entity, built on first use."""
        page = self.list_pages.get(entity)
        if page is None:
            from .entities import LISTS
            from .list_page import ListPage

            page = ListPage(self.ops, LISTS[entity])
            page.open_requested.connect(self.open_record)
            self._replace_page(entity, page)
            self.list_pages[entity] = page
        return page

    def _make_dashboard(self) -> DashboardPage:
        from .dashboard_page import DashboardPage

        page = DashboardPage(self.services)
        page.open_requested.connect(self.open_record)
        page.show_list.connect(self.show_list)
        self.dashboard = page
        return page

    def _ensure_imports_page(self) -> None:
        if self.services is not None and not self._imports_built:
            self._imports_built = True
            self._replace_page("imports", self._make_imports_page())

    def _make_imports_page(self) -> QWidget:
        from .exchange import import_history_page

        return import_history_page(self)

    def current_key(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "dashboard"

    def show_section(self, key: str) -> None:
        keys = list(self.pages)
        self.sidebar.setCurrentRow(keys.index(key))

    def go_to(self, key: str) -> None:
        """Ctrl+1…8: show a section with the keyboard focus in it (a list: its rows)."""
        self.show_section(key)
        if self.current_key() != key:
            return  # the user kept unsaved typing where it was
        page = self.stack.currentWidget()
        target = getattr(page, "table", None) or page.nextInFocusChain()
        if target is not None and page.isAncestorOf(target):
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_section_changed(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.pages)[row]
        current = self.stack.currentWidget()
        leaving = current in self.list_pages.values() and current is not self.pages[key]
        if leaving and not current.editor.confirm_leave():
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.stack.currentIndex())
            self.sidebar.blockSignals(False)
            return
        if key in SIDEBAR:
            self.list_page(key)
        elif key == "imports":
            self._ensure_imports_page()
        self.stack.setCurrentIndex(row)
        on_list = self.stack.currentWidget() in self.list_pages.values()
        self.export_list_action.setEnabled(on_list)
        self.print_action.setEnabled(on_list or key == "dashboard")

    def show_list(self, entity: str, filters: dict) -> None:
        """Show a list with some filters set (from the dashboard)."""
        self.show_section(entity)
        page = self.list_page(entity)
        for key in page.filter_widgets:
            page.set_filter(key, filters.get(key))
        page.apply_filters()

    def open_record(self, entity: str, uuid: str) -> None:
        if entity in SIDEBAR:
            self.show_section(entity)
            page = self.list_page(entity)
            if self.current_key() == entity and page.open_record(uuid):
                page.focus_editor()
            return
        self._open_in_dialog(entity, uuid)

    def _open_in_dialog(self, entity: str, uuid: str) -> RecordDialog:
        """Records without a list of their own (focal points) open in a dialog."""
        from .record_dialog import RecordDialog

        dialog = RecordDialog(self.ops, entity, self)
        dialog.editor.open_requested.connect(lambda e, u: (dialog.accept(), self.open_record(e, u)))
        dialog.editor.load(uuid)
        dialog.open()
        return dialog

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        """Every write that landed: the dashboard follows it when shown (lists and editors
        follow the change sets themselves)."""
        if self.current_key() == "dashboard":
            self.dashboard.refresh()

    # ----- writes in progress --------------------------------------------------------------

    def _show_progress(self, task: Task, label: str) -> None:
        self.statusBar().showMessage(label)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_cancel.show()
        self.progress_cancel.setEnabled(True)
        task.signals.progress.connect(self._progress)
        self._progress_task = task

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self._progress_task is not None:
            self._progress_task.cancel_event.set()
        self.progress_cancel.setEnabled(False)
        self.statusBar().showMessage(self.tr("Cancelling… nothing of it will be kept."))

    def _hide_progress(self, task: Task) -> None:
        self.progress.hide()
        self.progress_cancel.hide()
        self._progress_task = None
        if task.cancel_event.is_set():
            self.statusBar().showMessage(self.tr("Cancelled: nothing was written."), 8000)
        else:
            self.statusBar().clearMessage()

    # ----- undo ----------------------------------------------------------------------------

    def _editor_shown(self):
        current = self.stack.currentWidget()
        return current.editor if current in self.list_pages.values() else None

    def undo(self) -> Task | None:
        return self._undo_or_redo(undoing=True)

    def redo(self) -> Task | None:
        return self._undo_or_redo(undoing=False)

    def _undo_or_redo(self, undoing: bool) -> Task | None:
        if self.undoer is None:
            return None
        editor = self._editor_shown()
        if editor is not None and editor.is_dirty:
            self.statusBar().showMessage(
                self.tr("Save or revert the changes not saved yet before undoing saved ones."),
                8000,
            )
            return None
        return self.undoer.undo() if undoing else self.undoer.redo()

    def _update_undo_actions(self, *_args) -> None:
        if self.undoer is None:
            return
        stack = self.ops.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.undoer.undo_text())
        self.redo_action.setText(self.undoer.redo_text())

    # ----- menus ---------------------------------------------------------------------------

    def _action(
        self,
        menu,
        text: str,
        slot: Callable,
        shortcut=None,
        name: str = "",
        needs_database: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if needs_database:
            action.setEnabled(self.services is not None)
            self._needs_database.append(action)
        if shortcut is not None:
            if isinstance(shortcut, list | QKeySequence.StandardKey):
                action.setShortcuts(shortcut)  # every binding of a standard key
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_record_action = self._action(
            file_menu,
            self.tr("N&ew record"),
            self.new_record,
            QKeySequence.StandardKey.New,
            "new_record",
            needs_database=True,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&New database…"), self.new_database, name="new_db")
        self._action(
            file_menu,
            self.tr("&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
            "open_db",
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Back up now…"), self.back_up, name="backup", needs_database=True
        )
        file_menu.addSeparator()
        self.sync_actions = {  # what each does: ui/sync (the window's SyncController)
            "team_server": self._action(
                file_menu,
                self.tr("&Team server…"),
                lambda: self.sync.show_team_server(),
                name="team_server",
                needs_database=True,
            ),
            "sync_now": self._action(
                file_menu,
                self.tr("&Sync now"),
                lambda: self.sync.sync_now(),
                QKeySequence("Ctrl+Shift+S"),
                "sync_now",
                needs_database=True,
            ),
            "sync_conflicts": self._action(
                file_menu,
                self.tr("Sync con&flicts…"),
                lambda: self.sync.show_conflicts(),
                name="sync_conflicts",
                needs_database=True,
            ),
        }
        file_menu.addSeparator()
        self.exchange_actions = {
            "import_workbook": self._action(
                file_menu,
                self.tr("Import &workbook…"),
                self.import_workbook,
                name="import_workbook",
                needs_database=True,
            ),
            "export_donor_report": self._action(
                file_menu,
                self.tr("Export &donor report…"),
                self.export_donor_report,
                name="export_donor_report",
                needs_database=True,
            ),
            "export_donor_pdf": self._action(
                file_menu,
                self.tr("E&xport donor report as PDF…"),
                self.export_donor_pdf,
                name="export_donor_pdf",
                needs_database=True,
            ),
            "export_partner_update": self._action(
                file_menu,
                self.tr("Export &partner update workbook…"),
                self.export_partner_update,
                name="export_partner_update",
                needs_database=True,
            ),
        }
        self._action(
            file_menu,
            self.tr("Export &calendar…"),
            self.export_calendar,
            name="export_calendar",
            needs_database=True,
        )
        self.export_list_action = self._action(
            file_menu, self.tr("Export this &list…"), self.export_list, name="export_list"
        )
        self.export_list_action.setEnabled(False)  # while a list is shown
        file_menu.addSeparator()
        self.print_action = self._action(
            file_menu,
            self.tr("Pr&int…"),
            self.print_section,
            QKeySequence.StandardKey.Print,
            "print",
        )
        self.print_action.setEnabled(False)  # while the dashboard or a list is shown
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            edit_menu, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo, "undo"
        )
        self.redo_action = self._action(
            edit_menu, self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo, "redo"
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            self.tr("&Search…"),
            self.show_search,
            [QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)],
            "search",
            needs_database=True,
        )
        self._action(
            edit_menu,
            self.tr("Your &name in the history…"),
            self.set_display_name,
            needs_database=True,
        )
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            self.tr("&Preferences…"),
            self.show_preferences,
            QKeySequence.StandardKey.Preferences,
            "preferences",
        )

        go_menu = bar.addMenu(self.tr("&Go"))
        self._action(
            go_menu,
            self.tr("&Refresh"),
            self.refresh_section,
            QKeySequence.StandardKey.Refresh,
            "refresh",
            needs_database=True,
        )
        go_menu.addSeparator()
        for index, key in enumerate(self.pages):
            item = self.sidebar.item(index)
            self._action(
                go_menu,
                self.tr(
                    "&{0} {1}", "Go menu: the section's number (its mnemonic), its name"
                ).format(index + 1, item.text()),
                lambda _checked=False, k=key: self.go_to(k),
                QKeySequence(f"Ctrl+{index + 1}"),
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&User guide"),
            lambda: show_user_guide(self),
            QKeySequence.StandardKey.HelpContents,
            "user_guide",
        )
        self._action(
            help_menu,
            self.tr("&About {0}").format(APP_NAME),
            self.show_about,
            needs_database=True,
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = recent_databases()
        for number, target in enumerate(items, start=1):
            text = target.replace("&", "&&")  # a path's own & is not a mnemonic
            action = self.recent_menu.addAction(f"&{number} {text}" if number < 10 else text)
            action.triggered.connect(
                lambda _checked=False, t=target: self.open_database_requested.emit(t, False)
            )
        if not items:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # ----- commands ------------------------------------------------------------------------

    def import_workbook(self) -> None:
        from .exchange import import_workbook

        import_workbook(self)

    def export_donor_report(self) -> None:
        from .exchange import export_donor_report

        export_donor_report(self)

    def export_donor_pdf(self) -> None:
        from .printing.print_actions import export_donor_pdf

        export_donor_pdf(self)

    def print_section(self) -> Task | PrintPreview | None:
        """File → Print…: the dashboard or the list shown (all its rows), in a preview."""
        from .printing.print_actions import print_section

        return print_section(self)

    def export_partner_update(self) -> None:
        from .exchange import export_partner_update

        export_partner_update(self)

    def export_calendar(self) -> None:
        from .calendar_export import export_calendar

        export_calendar(self)

    def export_list(self) -> Task | None:
        """Write the list shown, as filtered and sorted, to .xlsx or .csv."""
        from .list_export import export_list

        page = self.stack.currentWidget()
        return export_list(page) if page in self.list_pages.values() else None

    def show_attention(self) -> Task | None:
        """What needs attention today, in a notice over the pages (unless turned off)."""
        from .attention_notice import show_attention

        return show_attention(self)

    def new_record(self) -> None:
        """Ctrl+N: a new record in the list shown (the dashboard: a new partner)."""
        key = self.current_key()
        if key not in SIDEBAR or key == "document":
            key = "partner"
            self.show_section(key)
            if self.current_key() != key:
                return  # the user kept unsaved typing where it was
        self.list_page(key).new_record()

    def refresh_section(self) -> None:
        """F5: read the section shown again."""
        page = self.stack.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def show_search(self) -> SearchDialog:
        from .search_dialog import SearchDialog

        dialog = SearchDialog(self.services, self)
        dialog.open_requested.connect(self._open_found)
        dialog.show()
        dialog.query.setFocus()
        self.search_dialog = dialog
        return dialog

    def show_preferences(self) -> None:
        """Edit → Preferences; a new language is the application's to apply (app.py)."""
        before = language()
        if show_preferences(self) and language() != before:
            self.language_changed.emit(before)

    def _open_found(self, entity: str, uuid: str) -> None:
        """A search hit opens in its list, the keyboard in the editor's first field."""
        self.activateWindow()  # the search box has closed: the keys come back here
        self.open_record(entity, uuid)

    def show_about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self.services, self).exec()

    def set_display_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Name recorded in the history of your changes:"),
            text=self.services.actor.name,
        )
        if ok and name.strip():
            from ..services import Actor

            app_settings().setValue("user/display_name", name.strip())
            self.services = self.services.with_actor(Actor(name.strip(), "gui"))
            self.ops.services = self.services  # every write from now on
            self.statusBar().showMessage(
                self.tr("Changes are recorded under “{0}” from now on.").format(name.strip()),
                8000,
            )

    def _dialog_folder(self) -> str:
        path = self.services.db.path if self.services is not None else None
        return str(path.parent) if path else ""

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            self._dialog_folder(),
            self.tr("UNCCD Partnerships databases (*.unccd)"),
        )
        if name:
            if not name.endswith(".unccd"):
                name += ".unccd"
            self.open_database_requested.emit(name, True)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            self._dialog_folder(),
            self.tr("UNCCD Partnerships databases (*.unccd);;All files (*)"),
        )
        if name:
            self.open_database_requested.emit(name, False)

    def back_up(self, target: str | None = None) -> Task | None:
        """Back up the open SQLite file, on the database worker (after any write queued)."""
        source = self.services.db.path
        if source is None:
            prompts.inform(
                self,
                self.tr("Back up"),
                self.tr("Back up a server database with the server's own tools."),
            )
            return None
        if target is None:
            stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
            suggested = self.services.db.backups_dir / f"{source.stem}-{stamp}.unccd"
            suggested.parent.mkdir(parents=True, exist_ok=True)
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Back up to"),
                str(suggested),
                self.tr("UNCCD Partnerships databases (*.unccd)"),
            )
            if not target:
                return None
        from ..services.maintenance import back_up

        services = self.services
        return self.ops.write(
            self,
            lambda _task: back_up(services, Path(target)),
            label=self.tr("Backing up the database…"),
            title=self.tr("Back up"),
            success=lambda out: self.statusBar().showMessage(
                self.tr("Backed up to {0}").format(out), 8000
            ),
        )

    # ----- window state --------------------------------------------------------------------

    def _restore_window(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        section = settings.value("window/section", "dashboard")
        self.show_section(section if section in self.pages else "dashboard")

    def save_window(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/section", self.current_key())
        for page in self.list_pages.values():
            page.save_layout()
        self._remember_first_page()

    def _remember_first_page(self) -> None:
        """Keep the query of the list shown, for the next start-up to show its first rows
        while the data layer loads (storage/first_pages)."""
        page = self.stack.currentWidget()
        path = self.services.db.path if self.services is not None else None
        if page not in self.list_pages.values() or path is None:
            return
        from ..errors import UserError

        with contextlib.suppress(OSError, UserError):  # only a faster start would be lost
            page.service.remember_first_page(page.model.sort_key, page.model.descending)

    def confirm_close(self) -> bool:
        current = self.stack.currentWidget()
        if current in self.list_pages.values():
            return current.editor.confirm_leave()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_close():
            event.ignore()
            return
        self.save_window()
        if self.ops is not None:
            self.ops.wait()  # a queued write lands before the database closes
        event.accept()
