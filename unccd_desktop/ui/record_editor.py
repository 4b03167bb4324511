"""The detail editor of one record: fields, validation next to each, Save/Revert, history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import messages as msg
from ..errors import ConflictError, Text, UserError, ValidationError, message_of
from ..services import Services
from ..services.values import to_jsonable
from .documents_panel import DocumentsPanel
from .field_widgets import FieldWidget, RefWidget, make_collection_widget, make_widget
from .history_view import HistoryView
from .labels import entity_name, enum_text, error_text, field_name, message_text
from .undo import CreateCommand, UpdateCommand

ERROR_STYLE = "color: #b3261e;"
# Fields cleared when a record is duplicated, because they must be unique.
UNIQUE_FIELDS = {"project": ("code",), "partner": ("iati_org_id",)}
COPY_SUFFIX_FIELD = {"partner": "name"}


class RecordEditor(QWidget):
    """Edits one record of one entity. Writes only through the entity's service."""

    saved = Signal(str, str)  # entity, uuid
    deleted = Signal(str, str)
    open_requested = Signal(str, str)
    dirty_changed = Signal(bool)

    def __init__(
        self, services: Services, entity: str, undo_stack: QUndoStack, parent=None
    ) -> None:
        super().__init__(parent)
        self.services, self.entity, self.undo_stack = services, entity, undo_stack
        self.service = services.entity(entity)
        self.record: dict[str, Any] | None = None  # as loaded; None for a new record
        self.original: dict[str, Any] = {}
        self._loading = False
        self._dirty = False
        self.widgets: dict[str, FieldWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._names: dict[tuple[str, str], str] = {}

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)

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
        self.documents: DocumentsPanel | None = None
        if entity in ("agreement", "deliverable"):
            self.documents = DocumentsPanel(services, entity)
            self.tabs.addTab(self.documents, self.tr("D&ocuments"))
        self.focal_points = None
        if entity == "partner":
            from .focal_points_panel import FocalPointsPanel

            self.focal_points = FocalPointsPanel(services, undo_stack)
            self.focal_points.changed.connect(self.saved)
            self.tabs.addTab(self.focal_points, self.tr("&Focal points"))
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
        self.setMinimumWidth(380)
        self.setEnabled(False)
        self._set_dirty(False)
        QTimer.singleShot(0, self, self._ensure_form)

    # ----- building ------------------------------------------------------------------------

    def _ensure_form(self) -> None:
        """Build the form of the Details tab, at the latest when a record is shown."""
        if not self.widgets:
            form = self._build_form()
            self.details.layout().addWidget(form)
            form.show()  # at once, as the details tab may be on screen already

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
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_widget)
        return scroll

    def _add_row(
        self, form: QFormLayout, name: str, widget: FieldWidget, required: bool, bare: bool
    ) -> None:
        text = field_name(name) + (" *" if required else "")
        widget.setAccessibleName(field_name(name))
        if isinstance(widget, RefWidget):
            widget.open_requested.connect(self.open_requested)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Problem with {0}").format(field_name(name)))
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        if bare:
            form.addRow("", cell)
        else:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, cell)
        self.widgets[name] = widget
        self.errors[name] = error

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
        self._set_dirty(bool(self.changes()))
        if self._dirty:
            self.status.setText(self.tr("Changes not saved yet."))
        else:
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
        return self.tr("{0} {1}", "a field's label, then what is wrong with it").format(
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
        finally:
            self._loading = False
        self.original = self.values()  # what the widgets show, in their own terms
        self.clear_problems()
        self._set_dirty(False)
        self.status.clear()

    # ----- loading -------------------------------------------------------------------------

    def load(self, uuid: str) -> None:
        self.record = self.service.get(uuid)
        self._fill(self.record)
        self.heading.setText(self._heading())
        self.history.show_entries(self.service.history(uuid), self.readable)
        if self.documents is not None:
            self.documents.set_owner(uuid)
        if self.focal_points is not None:
            self.focal_points.set_partner(uuid)
        self.setEnabled(True)

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
        if self.documents is not None:
            self.documents.set_owner(None)
        if self.focal_points is not None:
            self.focal_points.set_partner(None)
        self.setEnabled(True)
        self._set_dirty(bool(values))
        first = next(iter(self.widgets.values()))
        first.setFocus()

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

    def save(self) -> bool:
        """Save through the service; show problems next to fields; True when saved."""
        self.clear_problems()
        self.status.setStyleSheet("")
        try:
            saved = self._create() if self.record is None else self._update()
        except ValidationError as exc:
            self._show_validation(exc)
            return False
        except ConflictError as exc:
            self._offer_reload(exc)
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        if saved is not None:
            self.load(saved["uuid"])
            self.status.setText(self.tr("Saved."))
            self.saved.emit(self.entity, saved["uuid"])
        return True

    def _create(self) -> dict[str, Any]:
        data = {k: v for k, v in self.values().items() if v is not None}
        record = self.service.create(data)
        label = record.get(self.service.label_attr) or ""
        self.undo_stack.push(
            CreateCommand(
                self.services,
                self.entity,
                record["uuid"],
                data,
                self.tr("Add {0} '{1}'").format(entity_name(self.entity).lower(), label),
                self._applied,
                self._failed,
            )
        )
        return record

    def _update(self) -> dict[str, Any] | None:
        changes = self.changes()
        if not changes:
            return None
        assert self.record is not None
        record = self.service.update(self.record["uuid"], self.record["version"], changes)
        before = {name: self.original.get(name) for name in changes}
        names = ", ".join(field_name(n).lower() for n in changes)
        self.undo_stack.push(
            UpdateCommand(
                self.services,
                self.entity,
                record["uuid"],
                before,
                changes,
                self.tr("Edit {0} of '{1}'").format(names, self._heading()),
                self._applied,
                self._failed,
            )
        )
        return record

    def _applied(self, entity: str, uuid: str) -> None:
        """An undo or redo changed a record: show it if it is ours, and tell the lists."""
        if entity == self.entity and self.record is not None and self.record["uuid"] == uuid:
            try:
                self.load(uuid)
            except UserError:
                self.clear()
        self.saved.emit(entity, uuid)

    def _failed(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.tr("Undo"), error_text(exc))

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

    def _offer_reload(self, exc: ConflictError) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed elsewhere"))
        deleted = exc.info.current_version is None
        box.setText(
            self.tr("This record was deleted by someone else since you opened it.")
            if deleted
            else self.tr(
                "This record was changed by someone else since you opened it (version {0} → {1})."
            ).format(exc.info.expected_version, exc.info.current_version)
        )
        box.setInformativeText(
            self.tr("Your changes were not saved.")
            if deleted
            else self.tr(
                "Your changes were not saved. Reload to see the current record "
                "(your changes will be lost), or keep editing and copy what you need first."
            )
        )
        reload_button = (
            None
            if deleted
            else box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        )
        box.addButton(self.tr("&Keep my changes"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if reload_button is not None and box.clickedButton() is reload_button:
            self.load(exc.info.uuid)
            self.status.setText(self.tr("Reloaded the current version."))

    def confirm_leave(self) -> bool:
        """Before showing another record or closing: offer to save unsaved changes."""
        if not self.is_dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {0}?").format(
                self._heading() or self.tr("the new record")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False
