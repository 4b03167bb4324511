"""What a window rebuilt in another language takes over from the window it replaces.

The geometry and the section shown; for each list built, its text filter, filter values, the
record shown, the editor's tab and its unsaved typing (set again in the new editor, which is
then unsaved too); the field holding the focus; the search and user guide dialogs left open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from .user_guide import UserGuideDialog, show_user_guide

if TYPE_CHECKING:
    from .list_page import ListPage
    from .main_window import MainWindow
    from .record_editor import RecordEditor


@dataclass
class EditorState:
    uuid: str | None  # the record shown; None for a new record or an empty editor
    new: bool  # a new record's form is shown (not saved yet)
    typed: dict[str, Any]  # unsaved values, by field
    values: dict[str, Any]  # every field as shown, when some are unsaved
    tab: int
    focus: str | None  # the field holding the keyboard focus


@dataclass
class ListState:
    text: str
    filters: dict[str, Any]
    top_row: int
    editor: EditorState


@dataclass
class WindowState:
    geometry: QByteArray  # saveGeometry(): maximized or not, the screen
    rect: QRect  # exactly where it was (restoreGeometry moves a window off the screen's edge)
    section: str
    lists: dict[str, ListState] = field(default_factory=dict)
    search: str | None = None  # the search dialog's text, when it is open
    guide: bool = False  # the user guide is open


def settle_conflicts(window: MainWindow) -> bool:
    """An editor waiting for Keep mine / Take theirs cannot be carried over as it is: the
    officer saves or discards first. False when they cancelled."""
    return all(
        page.editor.confirm_leave() for page in window.list_pages.values() if page.editor.conflicts
    )


def capture(window: MainWindow) -> WindowState:
    """What ``window`` shows and holds unsaved, in values rather than texts."""
    search = getattr(window, "search_dialog", None)
    return WindowState(
        geometry=window.saveGeometry(),
        rect=window.geometry(),
        section=window.current_key(),
        lists={entity: _list_state(page) for entity, page in window.list_pages.items()},
        search=search.query.text() if search is not None and search.isVisible() else None,
        guide=any(d.isVisible() for d in window.findChildren(UserGuideDialog)),
    )


def _list_state(page: ListPage) -> ListState:
    return ListState(
        text=page.search.text(),
        filters=page.filters(),
        top_row=page.table.rowAt(0),
        editor=_editor_state(page.editor),
    )


def _editor_state(editor: RecordEditor) -> EditorState:
    focused = QApplication.focusWidget()
    focus = next(
        (
            name
            for name, widget in editor.widgets.items()
            if focused is not None and (widget is focused or widget.isAncestorOf(focused))
        ),
        None,
    )
    new = editor.record is None and editor.isEnabled()
    typed = editor.changes() if editor.is_dirty else {}
    values = editor.values() if typed else {}
    return EditorState(editor.uuid, new, typed, values, editor.tabs.currentIndex(), focus)


def place(window: MainWindow, state: WindowState) -> None:
    """Put a window where the one it replaces is, the same size (before it is shown)."""
    window.restoreGeometry(state.geometry)
    if not window.windowState() & (
        Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    ):
        window.setGeometry(state.rect)


def restore(window: MainWindow, state: WindowState) -> None:
    """Give a window just attached what another one showed (before it is shown)."""
    for entity, list_state in state.lists.items():
        _restore_list(window.list_page(entity), list_state)
    window.show_section(state.section)


def _restore_list(page: ListPage, state: ListState) -> None:
    for key, value in state.filters.items():
        widget = page.filter_widgets.get(key)
        if isinstance(widget, tuple):
            widget[0].set_value(value[0])
            widget[1].set_value(value[1])
        elif widget is not None:
            page.set_filter(key, value)
    page.search.setText(state.text)
    page.apply_filters()
    editor = state.editor
    typed = editor.typed
    if editor.uuid is not None and not _opened(page, editor.uuid):
        typed = editor.values  # deleted since: a new record holds what was typed
        page.new_record()
    elif editor.uuid is None and editor.new:
        page.new_record()
    for name, value in typed.items():
        if name in page.editor.widgets:
            page.editor.widgets[name].set_value(value)  # marks the editor unsaved
    page.editor.tabs.setCurrentIndex(editor.tab)


def _opened(page: ListPage, uuid: str) -> bool:
    """Show the record again; False when it was deleted since (its typing stayed on screen)."""
    from ..errors import NotFoundError

    try:
        page.open_record(uuid)
    except NotFoundError:
        return False
    return True


def restore_shown(window: MainWindow, state: WindowState) -> None:
    """What needs the window on screen: the scroll position, the focus and the dialogs."""
    page = window.list_pages.get(state.section)
    if page is not None:
        list_state = state.lists[state.section]
        if list_state.top_row > 0:
            page.table.scrollTo(
                page.model.index(list_state.top_row, 0),
                QAbstractItemView.ScrollHint.PositionAtTop,
            )
        focus = list_state.editor.focus
        if focus in page.editor.widgets:
            page.editor.widgets[focus].setFocus()
    if state.search is not None:
        window.show_search().query.setText(state.search)
    if state.guide:
        show_user_guide(window)
