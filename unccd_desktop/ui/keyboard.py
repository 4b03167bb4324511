"""Keyboard use of the window: a visible focus ring, and the window's keys winning over fields.

A text field takes some keys for itself before the window's shortcuts see them (a line edit
deletes to the end of the line on Ctrl+K). ``FieldKeys`` lets the window's keys through from
every text field it guards, and gives Ctrl+Z / Ctrl+Shift+Z to the field only while the field
has typing of its own to undo or redo; otherwise they undo the saved changes.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
INPUT_WIDGETS = (*TEXT_WIDGETS, QComboBox, QAbstractButton, QAbstractItemView)
RING_WIDTH = 2
RING_COLOR = QColor("#1a73e8")

# Keys of the window that must work wherever the focus is, even in a text field.
WINDOW_KEYS = tuple(
    QKeySequence(text)
    for text in ("Ctrl+K", "Ctrl+N", "Ctrl+S", "F1", "F5", *(f"Ctrl+{n}" for n in range(1, 10)))
)
_GUARDED = "_window_keys_guarded"


class FieldKeys(QObject):
    """Event filter on text fields: the window's keys pass, undo goes where there is some."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if undo or redo:
            if _has_typing(watched, undo):
                event.accept()  # the field undoes (or redoes) its own typing
            return True  # otherwise the window's Undo / Redo runs
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        # True: not taken by the field, so the window's shortcut runs
        return any(pressed.matches(key) == exact for key in WINDOW_KEYS)


def _has_typing(widget: QObject, undo: bool) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    # a spin box's typing is short: there Ctrl+Z undoes the saved change
    return not isinstance(widget, QAbstractSpinBox)


class FocusRing(QWidget):
    """A ring drawn along the inside edge of the widget that has the keyboard focus, over the
    window's style (whose own mark of the focus is faint).

    It is a child of the focused widget, covering it, transparent for the mouse, so that it is
    clipped wherever the widget is (a field scrolled half out of view); it follows the focus
    (``QApplication.focusChanged``) and the widget's resizes."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None:
            with contextlib.suppress(RuntimeError):  # the widget was deleted
                self.target.removeEventFilter(self)
        self.target = widget if _ringed(widget) else None
        if self.target is None:
            self.hide()
            self.setParent(None)
            return
        self.setParent(self.target)
        self.target.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        self.setGeometry(target.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(RING_COLOR, RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRoundedRect(QRect(self.rect()).adjusted(half, half, -half - 1, -half - 1), 3, 3)


def _ringed(widget: QWidget | None) -> bool:
    """Inputs get a ring; popups and the inside of an item view's editor do not."""
    if widget is None or widget.parentWidget() is None or widget.isWindow():
        return False
    if widget.window().windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup:
        return False
    return isinstance(widget, INPUT_WIDGETS)


class Keyboard(QObject):
    """One per application: guards each text field when it first gets the focus, and moves
    the focus ring."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.field_keys = FieldKeys(self)
        self.ring = FocusRing()
        app.focusChanged.connect(self._focus_changed)

    def guard(self, widget: QWidget) -> None:
        if isinstance(widget, TEXT_WIDGETS) and not widget.property(_GUARDED):
            widget.installEventFilter(self.field_keys)
            widget.setProperty(_GUARDED, True)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            self.guard(new)
            if isinstance(new, QAbstractItemView) and new.tabKeyNavigation():
                new.setTabKeyNavigation(False)  # Tab leaves a table; arrows move within
        if not shiboken6.isValid(self.ring):  # deleted with the widget it was drawn in
            self.ring = FocusRing()
        self.ring.follow(new)


def keyboard() -> Keyboard:
    """The application's keyboard guard and focus ring, made on first use."""
    app = QApplication.instance()
    existing = app.findChild(Keyboard)
    return existing if existing is not None else Keyboard(app)


def guard(widget: QWidget) -> None:
    """Let the window's keys through from a text field, from now on."""
    keyboard().guard(widget)


def first_field(root: QWidget) -> QWidget | None:
    """The first widget in ``root`` that Tab would reach and that takes input."""
    widget = root.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not root and seen < 2000:
        seen += 1
        if (
            root.isAncestorOf(widget)
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and isinstance(widget, (*TEXT_WIDGETS, QComboBox))
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
