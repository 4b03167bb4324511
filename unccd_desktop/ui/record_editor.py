"""The detail editor of one record: fields, validation next to each, Save/Revert, history.

Saves go through the database worker (``Operations``). The editor follows every change set:
an open record changed underneath is reloaded when nothing is typed, and merged with the
typing otherwise (fields the user did not touch take the new values; a field both changed is
the user's choice). Typing is never discarded and never silently written over a change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import messages as msg
from ..errors import ConflictError, NotFoundError, Text, UserError, ValidationError, message_of
from ..services.values import to_jsonable
from . import prompts
from .date_widget import DateWidget
from .field_base import FieldWidget
from .field_widgets import make_collection_widget, make_widget
from .history_view import HistoryView
from .keyboard import guard
from .labels import display_value, entity_name, enum_text, field_name, message_text
from .picker import RefWidget
from .undo import CreateCommand, UndoController, UpdateCommand, source_text

if TYPE_CHECKING:
    from ..services.changes import ChangeSet, RecordChange
    from .operations import Operations

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "background: #fff2cc; color: #3d2f00; padding: 2px 4px;"
CONFLICT_STYLE = "background: #f8cbad; color: #4a1206; padding: 2px 4px;"
# Fields cleared when a record is duplicated, because they must be unique.
UNIQUE_FIELDS = {"project": ("code",), "partner": ("iati_org_id",)}
COPY_SUFFIX_FIELD = {"partner": "name"}
TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit)
MIN_EDITOR_WIDTH = 380


def _same(a: Any, b: Any) -> bool:
    return to_jsonable(a) == to_jsonable(b)


class FieldNote(QWidget):
    """Under a field: it changed underneath; for a field both sides changed, the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.keep = QPushButton(self.tr("Keep mine"))
        self.take = QPushButton(self.tr("Take theirs"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.take)
        column.addLayout(buttons)
        self.hide()

    def show_note(self, text: str, conflict: bool) -> None:
        self.label.setText(text)
        self.label.setStyleSheet(CONFLICT_STYLE if conflict else NOTE_STYLE)
        self.keep.setVisible(conflict)
        self.take.setVisible(conflict)
        self.show()


class RecordEditor(QWidget):
    """Edits one record of one entity. Writes only through the database worker."""

    saved = Signal(str, str)  # entity, uuid
    open_requested = Signal(str, str)
    dirty_changed = Signal(bool)

    def __init__(self, ops: Operations, entity: str, parent=None) -> None:
        super().__init__(parent)
        self.ops, self.entity = ops, entity
        self.record: dict[str, Any] | None = None  # as loaded; None for a new record
        self.original: dict[str, Any] = {}
        self._loading = False
        self._dirty = False
        self._saving = False
        self._seen_audit = 0  # the newest audit entry of the record as shown
        self.widgets: dict[str, FieldWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.notes: dict[str, FieldNote] = {}
        self._text_widgets: list[QWidget] = []  # their typing history ends at each load
        self.conflicts: dict[str, Any] = {}  # field → the value written underneath
        self._names: dict[tuple[str, str], str] = {}
        self.panels: list[QWidget] = []  # tabs following the record (documents, focal points)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Editor status"))

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Discard the changes not saved yet"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)

        self.tabs = QTabWidget()
        self.details = QWidget()  # the form goes in once the page around it is painted
        QVBoxLayout(self.details).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.history = HistoryView()
        self.tabs.addTab(self.history, self.tr("&History"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(MIN_EDITOR_WIDTH)
        self.setEnabled(False)
        self._set_dirty(False)
        ops.changed.connect(self._on_changes)
        # A timer the editor owns: it dies with the editor, so the form is never built for an
        # editor already destroyed (a single-shot call was seen running after its widgets went).
        self._form_timer = QTimer(self)
        self._form_timer.setSingleShot(True)
        self._form_timer.timeout.connect(self._ensure_form)
        self._form_timer.start(0)

    @property
    def services(self):
        return self.ops.services

    @property
    def service(self):
        return self.ops.services.entity(self.entity)

    def add_panel(self, panel: QWidget, title: str) -> None:
        """A tab that follows the record shown (it has ``set_owner(uuid | None)``)."""
        self.tabs.insertTab(self.tabs.count() - 1, panel, title)
        self.panels.append(panel)

    # ----- building ------------------------------------------------------------------------

    def _ensure_form(self) -> None:
        """Build the form of the Details tab, at the latest when a record is shown."""
        if not self.widgets:
            if not shiboken6.isValid(self.details):
                return  # the editor is being destroyed: its tabs went before its timer
            form = self._build_form()
            if not shiboken6.isValid(self.details):
                # Destroyed while the form was built: an unreferenced page (a test's) can be
                # collected by the garbage collector there, its editor with it.
                return
            self.details.layout().addWidget(form)
            form.show()  # at once, as the details tab may be on screen already
            # Built after the buttons, the fields still come before them for Tab.
            last = form
            while last.nextInFocusChain() is not form and form.isAncestorOf(
                last.nextInFocusChain()
            ):
                last = last.nextInFocusChain()
            QWidget.setTabOrder(last, self.revert_button)
            QWidget.setTabOrder(self.revert_button, self.save_button)
            self._fit_form(form)

    def _fit_form(self, scroll: QScrollArea) -> None:
        """The editor is never narrower than its form (long labels in Arabic or Russian, the
        buttons under a table): the form then never scrolls sideways; the list gives way."""
        style = self.style()
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self.tabs)
        margins = self.layout().contentsMargins()
        chrome = (
            scroll.verticalScrollBar().sizeHint().width()
            + 4 * frame  # the tab page's frame and the scroll area's
            + 2 * style.pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)  # the tab page
            + margins.left()
            + margins.right()
        )
        needed = scroll.widget().minimumSizeHint().width() + chrome
        self.setMinimumWidth(max(MIN_EDITOR_WIDTH, needed))

    def _build_form(self) -> QWidget:
        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field goes under its label when both do not fit side by side (long labels in
        # French or Russian, a narrow editor) rather than the form scrolling sideways.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for field in self.service.fields:
            widget = make_widget(self.services, field)
            self._add_row(form, field.name, widget, field.required, field.kind == "bool")
            widget.changed.connect(lambda name=field.name: self._on_changed(name))
        for name, collection in self.service.collections.items():
            widget = make_collection_widget(self.services, name, collection)
            self._add_row(form, name, widget, False, False)
            widget.changed.connect(lambda name=name: self._on_changed(name))
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_widget)
        return scroll

    def _open_related(self, entity: str, uuid: str) -> None:
        """A reference field's arrow: pass the record to open on (a slot, not a signal-to-signal
        connection, which PySide refused now and then while the form was being built)."""
        self.open_requested.emit(entity, uuid)

    def _add_row(
        self, form: QFormLayout, name: str, widget: FieldWidget, required: bool, bare: bool
    ) -> None:
        text = field_name(name) + (" *" if required else "")
        widget.setAccessibleName(field_name(name))
        if isinstance(widget, RefWidget):
            widget.open_requested.connect(self._open_related)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Problem with {0}").format(field_name(name)))
        error.hide()
        note = FieldNote()
        note.keep.clicked.connect(lambda _c=False, n=name: self.resolve(n, keep_mine=True))
        note.take.clicked.connect(lambda _c=False, n=name: self.resolve(n, keep_mine=False))
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        column.addWidget(note)
        for text_widget in [widget, *widget.findChildren(QWidget)]:
            if isinstance(text_widget, TEXT_WIDGETS):
                guard(text_widget)  # Ctrl+Z: its own typing first, then the saved changes
                self._text_widgets.append(text_widget)
        if bare:
            form.addRow("", cell)
        else:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, cell)
        self.widgets[name] = widget
        self.errors[name] = error
        self.notes[name] = note

    # ----- state ---------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def uuid(self) -> str | None:
        return self.record["uuid"] if self.record else None

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if changed:
            self.dirty_changed.emit(dirty)

    def values(self) -> dict[str, Any]:
        return {name: widget.value() for name, widget in self.widgets.items()}

    def changes(self) -> dict[str, Any]:
        """Fields whose widget value differs from the loaded (or default) value."""
        return {
            name: value
            for name, value in self.values().items()
            if to_jsonable(value) != to_jsonable(self.original.get(name))
        }

    def _on_changed(self, name: str) -> None:
        if self._loading:
            return
        self._check_field(name)
        was_dirty = self._dirty
        self._set_dirty(bool(self.changes()))
        if self.conflicts:
            return  # the status asks for the choices still to make
        if self._dirty:
            self.status.setText(self.tr("Changes not saved yet."))
            self.status.setStyleSheet("")
        elif was_dirty:
            self.status.clear()

    def _check_field(self, name: str) -> None:
        """Check one field on its own as the user types (rules across fields come on save)."""
        field = next((f for f in self.service.fields if f.name == name), None)
        if field is None:
            return
        value = self.widgets[name].value()
        try:
            cleaned = field.clean(value)
        except ValueError as exc:
            self._show_problem(name, [message_of(exc)])
            return
        if field.required and cleaned in (None, ""):
            self._show_problem(name, [Text(msg.REQUIRED)])
            return
        self._show_problem(name, [])

    def _show_problem(self, name: str, messages: list[str]) -> None:
        label = self.errors.get(name)
        if label is None:
            return
        if messages:
            label.setText(self._problem_line(name, "; ".join(message_text(m) for m in messages)))
            label.show()
        else:
            label.clear()
            label.hide()

    def _problem_line(self, name: str, problem: str) -> str:
        """A field's label joined to what is wrong with it: "Expires: must be on or after the
        effective date" (the problem never names the field itself: messages.py)."""
        return self.tr("{0}: {1}", "a field's label, then what is wrong with it").format(
            field_name(name), problem
        )

    def clear_problems(self) -> None:
        for name in self.errors:
            self._show_problem(name, [])

    def _fill(self, values: dict[str, Any]) -> None:
        self._ensure_form()
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                widget.set_value(values.get(name))
            for text_widget in self._text_widgets:  # a load or a save is a commit point
                if isinstance(text_widget, QLineEdit):
                    text_widget.setText(text_widget.text())
                    text_widget.setCursorPosition(0)  # a long name shows from its beginning
                else:
                    text_widget.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        self.original = self.values()  # what the widgets show, in their own terms
        self.clear_problems()
        self.clear_notes()
        self._set_dirty(False)
        self.status.clear()
        self.status.setStyleSheet("")

    def clear_notes(self) -> None:
        self.conflicts.clear()
        for note in self.notes.values():
            note.hide()

    # ----- loading -------------------------------------------------------------------------

    def load(self, uuid: str) -> None:
        self.record = self.service.get(uuid)
        self._fill(self.record)
        self.heading.setText(self._heading())
        self._show_history()
        for panel in self.panels:
            panel.set_owner(uuid)
        self.setEnabled(True)

    def _show_history(self) -> None:
        entries = self.service.history(self.record["uuid"]) if self.record else []
        self._seen_audit = entries[0].id if entries else 0
        self.history.show_entries(entries, self.readable)

    def _name_of(self, entity: str, uuid: Any) -> Any:
        """The label of a record named by its UUID (the UUID if it no longer exists)."""
        if not isinstance(uuid, str):
            return uuid
        key = (entity, uuid)
        if key not in self._names:
            service = self.services.entity(entity)
            try:
                self._names[key] = str(service.get(uuid)[service.label_attr])
            except UserError:
                self._names[key] = uuid
        return self._names[key]

    def readable(self, name: str, value: Any) -> Any:
        """A stored value as the user knows it: names for records, words for enum values."""
        field = next((f for f in self.service.fields if f.name == name), None)
        if field is not None and field.kind == "ref":
            return self._name_of(field.ref, value)
        if field is not None and field.kind == "enum" and isinstance(value, str):
            return enum_text(value)
        if name == "merged" and isinstance(value, dict):  # a partner merged into this one
            return value.get("name")
        linked = {"donors": "partner", "agreements": "agreement"}.get(name)
        if linked and isinstance(value, list):
            return [self._name_of(linked, v) for v in value]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            return [
                {k: self._name_of("partner", v) if k == "partner" else v for k, v in item.items()}
                for item in value
            ]
        return value

    def new(self, values: dict[str, Any] | None = None) -> None:
        """An empty (or pre-filled) record that exists once saved."""
        self.record = None
        defaults = {f.name: f.default for f in self.service.fields}
        self._fill(defaults)
        if values:
            self._loading = True
            for name, value in values.items():
                if name in self.widgets:
                    self.widgets[name].set_value(value)
            self._loading = False
        self.heading.setText(self.tr("New {0}").format(entity_name(self.entity).lower()))
        self.history.show_entries([])
        for panel in self.panels:
            panel.set_owner(None)
        self.setEnabled(True)
        self._set_dirty(bool(values))
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """The keyboard focus to the first field of the form."""
        self._ensure_form()
        first = next(iter(self.widgets.values()))
        first.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(first.focusProxy(), QLineEdit):
            first.focusProxy().setCursorPosition(0)  # a long name is read from its beginning

    def duplicate(self) -> None:
        """Turn the editor into a new record holding a copy of the current values."""
        values = self.values()
        for name in UNIQUE_FIELDS.get(self.entity, ()):
            values[name] = None
        label_field = COPY_SUFFIX_FIELD.get(self.entity, self.service.label_attr)
        if values.get(label_field):
            values[label_field] = self.tr("{0} (copy)").format(values[label_field])
        self.new(values)

    def clear(self) -> None:
        self.record = None
        self._fill({})
        self.heading.clear()
        self.history.show_entries([])
        self.setEnabled(False)

    def _heading(self) -> str:
        if self.record is None:
            return ""
        return str(self.record.get(self.service.label_attr) or "")

    def reload(self) -> None:
        if self.record is not None:
            self.load(self.record["uuid"])

    def revert(self) -> None:
        if self.record is None:
            self.new()
        else:
            self.load(self.record["uuid"])

    # ----- saving --------------------------------------------------------------------------

    def save(self) -> Any:
        """Queue the save on the database worker; problems show next to the fields. Returns
        the write (a Task), or None when there is nothing to save or it cannot start."""
        if self._saving:
            return None
        self.clear_problems()
        self.status.setStyleSheet("")
        if self.conflicts:
            self._say_choose()
            return None
        if self._unfinished_dates():
            return None
        services, service, entity = self.services, self.service, self.entity
        sent = self.values()
        if self.record is None:
            data = {k: v for k, v in sent.items() if v is not None}

            def work(_task: Any) -> tuple[dict[str, Any], CreateCommand]:
                record = service.create(data)
                label = record.get(service.label_attr) or ""

                def text() -> str:
                    return QCoreApplication.translate("RecordEditor", "add {0} '{1}'").format(
                        entity_name(entity).lower(), label
                    )

                command = CreateCommand(entity, record["uuid"], record["version"], data, text)
                return record, command.remember(services, record["version"])

        else:
            changes = self.changes()
            if not changes:
                return None
            uuid, version = self.record["uuid"], self.record["version"]
            before = {name: self.original.get(name) for name in changes}
            heading = self._heading()

            def text() -> str:
                names = ", ".join(field_name(n).lower() for n in changes)
                return QCoreApplication.translate("RecordEditor", "edit {0} of '{1}'").format(
                    names, heading
                )

            def work(_task: Any) -> tuple[dict[str, Any], UpdateCommand]:
                record = service.update(uuid, version, changes)
                command = UpdateCommand(entity, uuid, record["version"], before, changes, text)
                return record, command.remember(services, record["version"])

        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        return self.ops.write(
            self,
            work,
            initiator=self,
            title=self.tr("Not saved"),
            success=lambda result: self._saved(result, sent),
            failure=self._save_failed,
        )

    def _unfinished_dates(self) -> bool:
        """A date still typed wrong is said next to its field, and nothing is saved (the
        field's value is the last complete date, which the user did not mean to keep)."""
        wrong = [w for w in self.findChildren(DateWidget) if w.isVisibleTo(self) and w.problem()]
        for widget in wrong:
            name = next(n for n, f in self.widgets.items() if f is widget or f.isAncestorOf(widget))
            self.errors[name].setText(self._problem_line(name, widget.problem()))
            self.errors[name].show()
        if wrong:
            wrong[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self.status.setText(self.tr("Not saved: a date is not complete or not valid."))
            self.status.setStyleSheet(ERROR_STYLE)
        return bool(wrong)

    def _saved(self, result: tuple[dict[str, Any], Any], sent: dict[str, Any]) -> None:
        """The save landed: show the record as saved, keeping anything typed meanwhile."""
        record, command = result
        self._saving = False
        self.ops.undo_stack.push(command)
        typed_since = {n: v for n, v in self.values().items() if not _same(v, sent.get(n))}
        if self.record is None or self.record["uuid"] == record["uuid"]:
            self.load(record["uuid"])
            self._retype(typed_since)
            self.status.setText(self.tr("Saved."))
        self.saved.emit(self.entity, record["uuid"])

    def _retype(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            self.widgets[name].set_value(value)
        if values:
            self._set_dirty(bool(self.changes()))

    def _save_failed(self, exc: BaseException) -> bool:
        self._saving = False
        self._set_dirty(bool(self.changes()))
        self.status.clear()
        if isinstance(exc, ValidationError):
            self._show_validation(exc)
            return True
        if isinstance(exc, ConflictError):
            self._changed_underneath(None)
            return True
        return False

    def _show_validation(self, exc: ValidationError) -> None:
        unplaced = []
        for name, messages in exc.by_field().items():
            if name in self.errors:
                self._show_problem(name, messages)
            else:
                unplaced.extend(self._problem_line(name, message_text(m)) for m in messages)
        first = next((n for n in exc.by_field() if n in self.widgets), None)
        if first:
            self.tabs.setCurrentIndex(0)
            self.widgets[first].setFocus()
        count = len(exc.problems)
        text = self.tr("Not saved: %n problem(s) to fix.", "", count)
        if unplaced:
            text += " " + "; ".join(unplaced)
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE)

    def confirm_leave(self) -> bool:
        """Before showing another record or closing: offer to save unsaved changes."""
        if not self.is_dirty:
            return True
        answer = prompts.ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {0}?").format(
                self._heading() or self.tr("the new record")
            ),
            [prompts.Button.Save, prompts.Button.Discard, prompts.Button.Cancel],
            prompts.Button.Save,
        )
        if answer == prompts.Button.Save:
            return self.save_and_wait()
        if answer == prompts.Button.Discard:
            self.revert()
            return True
        return False

    def save_and_wait(self) -> bool:
        """Save, keeping the window turning until the write lands; True when it was saved."""
        task = self.save()
        if task is None:
            return not self.is_dirty
        loop = QEventLoop()
        task.signals.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        if self._saving:
            loop.exec()
        return not self._saving and not self.is_dirty

    # ----- changes made elsewhere ----------------------------------------------------------

    def _on_changes(self, changes: ChangeSet, initiator: Any) -> None:
        """A write landed somewhere: follow it if it touched the record shown."""
        self._names.clear()  # labels of related records may have changed
        if initiator is self or self.record is None:
            return
        change = changes.get(self.entity, self.record["uuid"])
        if change is None:
            return
        who = self.who(change)
        if change.action == "delete":
            if self.is_dirty:
                self._deleted_underneath(who)
            else:
                self.clear()
                undone = isinstance(initiator, UndoController)
                self.status.setText(
                    initiator.last_step
                    if undone
                    else self.tr("The record was deleted by {0}.").format(who)
                )
            return
        if self._saving:
            return  # the save will meet the change (a conflict) and merge then
        if self.is_dirty:
            self._changed_underneath(who)
        else:
            self.load(self.record["uuid"])
            if isinstance(initiator, UndoController):
                self.status.setText(initiator.last_step)
            else:
                self.status.setText(
                    self.tr("Updated by {0}; showing the current version.").format(who)
                )

    def who(self, change: RecordChange | None) -> str:
        """Who made a change, as the user reads it: 'your import (batch 3)', 'Ana'..."""
        if change is None:
            return self.tr("someone else")
        source = source_text(change.source)
        if change.actor == self.services.actor.name:
            kind, _, batch = change.source.partition(":")
            if kind == "import":
                return self.tr("your import (batch {0})").format(batch)
            if kind == "revert":
                return self.tr("your revert of import batch {0}").format(batch)
            return self.tr("you, in another window")
        return self.tr("{0} ({1})").format(change.actor, source) if source else change.actor

    def _who_from_history(self, since: int) -> str:
        """Who changed the record after the version shown, from its history."""
        later = [e for e in self.service.history(self.record["uuid"]) if e.id > since]
        names = []
        for entry in later:
            source = source_text(entry.source)
            name = self.tr("{0} ({1})").format(entry.actor, source) if source else entry.actor
            if name not in names:
                names.append(name)
        return ", ".join(names) or self.tr("someone else")

    def _changed_underneath(self, who: str | None) -> None:
        """Merge the record as it is now with the typing: untouched fields take the new values,
        fields both sides changed wait for the user's choice. Nothing typed is lost."""
        assert self.record is not None
        base = self.record
        try:
            current = self.service.get(base["uuid"])
        except NotFoundError:
            self._deleted_underneath(who or self.tr("someone else"))
            return
        if who is None:
            who = self._who_from_history(self._seen_audit)
        mine = self.changes()
        underneath = [n for n in self.widgets if not _same(current.get(n), base.get(n))]
        self._loading = True
        try:
            for name in underneath:
                widget = self.widgets[name]
                shown = display_value(self.readable(name, current.get(name)))
                if name not in mine:
                    widget.set_value(current.get(name))
                    self.original[name] = widget.value()
                    self.notes[name].show_note(
                        self.tr("Changed by {0}.").format(who), conflict=False
                    )
                    continue
                typed = widget.value()
                widget.set_value(current.get(name))
                self.original[name] = widget.value()
                widget.set_value(typed)
                if _same(typed, self.original[name]):
                    continue  # both wrote the same value
                self.conflicts[name] = current.get(name)
                self.notes[name].show_note(
                    self.tr("Changed to “{0}” by {1}. Keep your value or take theirs?").format(
                        shown, who
                    ),
                    conflict=True,
                )
        finally:
            self._loading = False
        self.record = current
        self._show_history()
        self._set_dirty(bool(self.changes()))
        text = self.tr(
            "This record was changed by {0} while you were editing. Their changes are in the "
            "form (marked); your unsaved changes are kept."
        ).format(who)
        self.status.setText(text)
        self.status.setStyleSheet("")
        if self.conflicts:
            self._say_choose()

    def _deleted_underneath(self, who: str) -> None:
        """The record went while the user typed: the typing stays on screen to be copied."""
        self.status.setText(
            self.tr(
                "This record was deleted by {0}. Your changes are still shown: copy what you need."
            ).format(who)
        )
        self.status.setStyleSheet(ERROR_STYLE)
        self.save_button.setEnabled(False)

    def _say_choose(self) -> None:
        names = ", ".join(field_name(n) for n in self.conflicts)
        self.status.setText(
            self.tr(
                "Choose, for each marked field, your value or theirs before saving: {0}."
            ).format(names)
        )
        self.status.setStyleSheet(ERROR_STYLE)
        first = next(iter(self.conflicts))
        self.tabs.setCurrentIndex(0)
        self.notes[first].keep.setFocus()

    def resolve(self, name: str, keep_mine: bool) -> None:
        """The user's choice for a field changed both here and underneath."""
        if name not in self.conflicts:
            return
        theirs = self.conflicts.pop(name)
        if not keep_mine:
            self.widgets[name].set_value(theirs)
        note = self.notes[name]
        note.show_note(
            self.tr("Your value is kept.") if keep_mine else self.tr("Their value is taken."),
            conflict=False,
        )
        self._set_dirty(bool(self.changes()))
        if self.conflicts:
            self._say_choose()
        else:
            self.status.setText(self.tr("Changes not saved yet.") if self.is_dirty else "")
            self.status.setStyleSheet("")
