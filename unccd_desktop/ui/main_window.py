"""The main window: sidebar of lists, menus, search, undo, backup and the exchange hooks."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME
from ..services import Actor, Services
from ..storage.backup import backup_sqlite
from . import error_handling
from .about import AboutDialog
from .dashboard_page import DashboardPage
from .entities import LISTS, SIDEBAR
from .focal_points_panel import RecordDialog
from .labels import entity_name
from .list_page import ListPage
from .preferences import show_preferences
from .search_dialog import SearchDialog
from .settings import app_settings, display_name, recent_databases
from .user_guide import show_user_guide
from .workers import run_task

EXCHANGE_MODULE = "unccd_desktop.ui.exchange_actions"
EXCHANGE_ACTIONS = (
    ("import_workbook", "Import &workbook…"),
    ("export_donor_report", "Export &donor report…"),
    ("export_partner_update", "Export &partner update workbook…"),
)


def exchange_module():
    """The Excel module's actions, when that module is installed."""
    if importlib.util.find_spec(EXCHANGE_MODULE) is None:
        return None
    return importlib.import_module(EXCHANGE_MODULE)


class MainWindow(QMainWindow):
    """One open database. Opening another one is handled by the application (app.py)."""

    open_database_requested = Signal(str, bool)  # target, create

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        name = display_name()
        if name:
            self.services = services.with_actor(Actor(name, "gui"))
        self.setWindowTitle(f"{APP_NAME} — {services.db.display_name}")
        self.undo_stack = QUndoStack(self)
        self.pages: dict[str, QWidget] = {}
        self.list_pages: dict[str, ListPage] = {}  # the lists built so far
        self._stale: set[str] = set()

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFixedWidth(180)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self._add_page("dashboard", self.tr("Dashboard"), self._make_dashboard())
        for entity in SIDEBAR:  # each list is built when first shown
            self._add_page(entity, entity_name(entity, plural=True), QWidget())
        self._add_page("imports", self.tr("Import history"), self._make_imports_page())
        self.sidebar.currentRowChanged.connect(self._on_section_changed)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Database: {0}").format(services.db.display_name))
        self._restore_window()

    # ----- pages ---------------------------------------------------------------------------

    def _add_page(self, key: str, title: str, widget: QWidget) -> None:
        self.pages[key] = widget
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)

    def list_page(self, entity: str) -> ListPage:
        """The list of one entity, built on first use."""
        page = self.list_pages.get(entity)
        if page is None:
            page = ListPage(self.services, LISTS[entity], self.undo_stack)
            page.records_changed.connect(self._on_records_changed)
            page.open_requested.connect(self.open_record)
            index = list(self.pages).index(entity)
            placeholder = self.pages[entity]
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[entity] = page
            self.list_pages[entity] = page
            self._stale.discard(entity)
        return page

    def _make_dashboard(self) -> DashboardPage:
        page = DashboardPage(self.services)
        page.open_requested.connect(self.open_record)
        page.show_list.connect(self.show_list)
        self.dashboard = page
        return page

    def _make_imports_page(self) -> QWidget:
        module = exchange_module()
        factory = getattr(module, "import_history_page", None) if module else None
        if factory is not None:
            return factory(self)
        label = QLabel(
            self.tr("Workbook imports will be listed here when the Excel module is installed.")
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def current_key(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "dashboard"

    def show_section(self, key: str) -> None:
        keys = list(self.pages)
        self.sidebar.setCurrentRow(keys.index(key))

    def _on_section_changed(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.pages)[row]
        current = self.stack.currentWidget()
        leaving = isinstance(current, ListPage) and current is not self.pages[key]
        if leaving and not current.editor.confirm_leave():
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.stack.currentIndex())
            self.sidebar.blockSignals(False)
            return
        if key in LISTS:
            self.list_page(key)
        self.stack.setCurrentIndex(row)
        if key in self._stale and key in self.list_pages:
            self._stale.discard(key)
            self.list_pages[key].refresh()

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
            if self.current_key() == entity:
                self.list_page(entity).open_record(uuid)
            return
        self._open_in_dialog(entity, uuid)

    def _open_in_dialog(self, entity: str, uuid: str) -> RecordDialog:
        """Records without a list of their own (focal points) open in a dialog."""
        dialog = RecordDialog(self.services, entity, self.undo_stack, self)
        dialog.editor.open_requested.connect(lambda e, u: (dialog.accept(), self.open_record(e, u)))
        dialog.editor.saved.connect(self._on_records_changed)
        dialog.editor.load(uuid)
        dialog.open()
        return dialog

    def _on_records_changed(self, entity: str, uuid: str) -> None:
        """A write happened: lists other than the current one refresh when next shown."""
        current = self.current_key()
        for key, page in self.list_pages.items():
            if key == current:
                page.refresh()
            else:
                self._stale.add(key)
        if current == "dashboard":
            self.dashboard.refresh()

    # ----- menus ---------------------------------------------------------------------------

    def _action(self, menu, text: str, slot: Callable, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
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
        self._action(file_menu, self.tr("&Back up now…"), self.back_up, name="backup")
        file_menu.addSeparator()
        self.exchange_actions: dict[str, QAction] = {}
        module = exchange_module()
        for function, text in EXCHANGE_ACTIONS:
            handler = getattr(module, function, None) if module else None
            action = self._action(
                file_menu,
                self.tr(text),
                (lambda _checked=False, h=handler: h(self)) if handler else (lambda: None),
                name=function,
            )
            if handler is None:
                action.setEnabled(False)
                action.setToolTip(self.tr("Available when the Excel module is installed"))
                action.setStatusTip(self.tr("Available when the Excel module is installed"))
            self.exchange_actions[function] = action
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            self.tr("&Search…"),
            self.show_search,
            [QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)],
            "search",
        )
        self._action(edit_menu, self.tr("Your &name in the history…"), self.set_display_name)
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            self.tr("&Preferences…"),
            lambda: show_preferences(self),
            QKeySequence.StandardKey.Preferences,
            "preferences",
        )

        go_menu = bar.addMenu(self.tr("&Go"))
        for index, key in enumerate(self.pages):
            item = self.sidebar.item(index)
            self._action(
                go_menu,
                item.text(),
                lambda _checked=False, k=key: self.show_section(k),
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
        self._action(help_menu, self.tr("&About {0}").format(APP_NAME), self.show_about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = recent_databases()
        for target in items:
            action = self.recent_menu.addAction(target)
            action.triggered.connect(
                lambda _checked=False, t=target: self.open_database_requested.emit(t, False)
            )
        if not items:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # ----- commands ------------------------------------------------------------------------

    def show_search(self) -> SearchDialog:
        dialog = SearchDialog(self.services, self)
        dialog.open_requested.connect(self.open_record)
        dialog.show()
        dialog.query.setFocus()
        self.search_dialog = dialog
        return dialog

    def show_about(self) -> None:
        AboutDialog(self.services, self).exec()

    def set_display_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Name recorded in the history of your changes:"),
            text=self.services.actor.name,
        )
        if ok and name.strip():
            app_settings().setValue("user/display_name", name.strip())
            self.services = self.services.with_actor(Actor(name.strip(), "gui"))
            QMessageBox.information(
                self,
                self.tr("Your name"),
                self.tr("Changes are recorded under “{0}” from the next start.").format(
                    name.strip()
                ),
            )

    def _dialog_folder(self) -> str:
        path = self.services.db.path
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

    def back_up(self, target: str | None = None) -> None:
        source = self.services.db.path
        if source is None:
            QMessageBox.information(
                self,
                self.tr("Back up"),
                self.tr("Back up a server database with the server's own tools."),
            )
            return
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
                return
        run_task(
            self,
            self.tr("Backing up the database…"),
            lambda _task: backup_sqlite(source, Path(target)),
            lambda out: self.statusBar().showMessage(self.tr("Backed up to {0}").format(out)),
            lambda exc, details: error_handling.report(exc, details, self),
            cancellable=False,
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

    def confirm_close(self) -> bool:
        current = self.stack.currentWidget()
        if isinstance(current, ListPage):
            return current.editor.confirm_leave()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_close():
            event.ignore()
            return
        self.save_window()
        event.accept()
