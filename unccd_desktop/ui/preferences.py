"""Edit → Preferences: the name in the history, language, reminder windows, data folder,
automatic sync."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import prompts
from .i18n import language_choices
from .settings import (
    app_settings,
    attention_at_start,
    auto_sync,
    auto_sync_minutes,
    data_folder,
    display_name,
    due_window_days,
    expiry_window_days,
    language,
)
from .welcome import set_data_folder


class PreferencesDialog(QDialog):
    """Reads the settings when opened and writes them back on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.name = QLineEdit(display_name() or "")
        self.name.setPlaceholderText(self.tr("Your user name on this computer"))
        self.language = QComboBox()
        for code, name in language_choices():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        self.expiry_days = self._days(expiry_window_days(), 730)
        self.due_days = self._days(due_window_days(), 365)
        self.attention = QCheckBox(self.tr("Show what needs attention at start-up"))
        self.attention.setChecked(attention_at_start())
        self.folder = QLineEdit(str(data_folder()))
        self.folder.setCursorPosition(0)  # show where the path starts
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        self.auto_sync = QCheckBox(self.tr("S&ync with the team server automatically, every"))
        self.auto_sync.setChecked(auto_sync())
        self.sync_minutes = QSpinBox()
        self.sync_minutes.setRange(1, 240)
        self.sync_minutes.setValue(auto_sync_minutes())
        self.sync_minutes.setSuffix(self.tr(" minutes"))
        self.sync_minutes.setAccessibleName(self.tr("Minutes between automatic syncs"))
        self.sync_minutes.setEnabled(self.auto_sync.isChecked())
        self.auto_sync.toggled.connect(self.sync_minutes.setEnabled)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.auto_sync)
        sync_row.addWidget(self.sync_minutes)
        sync_row.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Your name in the history:"), self.name)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Remind me of agreements expiring within:"), self.expiry_days)
        form.addRow(self.tr("Remind me of deliverables due within:"), self.due_days)
        form.addRow("", self.attention)
        form.addRow(self.tr("Folder for new databases:"), folder_row)
        form.addRow(self.tr("Team server:"), sync_row)
        note = QLabel(
            self.tr(
                "An agreement with a longer renewal notice is listed from the start of its notice."
            )
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(660)

    def _days(self, value: int, maximum: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, maximum)
        box.setValue(value)
        box.setSuffix(self.tr(" days"))
        return box

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for new databases"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)
            self.folder.setCursorPosition(0)

    def language_changed(self) -> bool:
        return self.language.currentData() != language()

    def save(self) -> None:
        settings = app_settings()
        name = self.name.text().strip()
        if name:
            settings.setValue("user/display_name", name)
        else:
            settings.remove("user/display_name")
        settings.setValue("ui/language", self.language.currentData())
        settings.setValue("reminders/expiry_days", self.expiry_days.value())
        settings.setValue("reminders/due_days", self.due_days.value())
        settings.setValue("reminders/attention_at_start", self.attention.isChecked())
        if not self.attention.isChecked():
            from .attention_notice import dismiss_notices

            dismiss_notices(self.parentWidget())
        settings.setValue("sync/automatic", self.auto_sync.isChecked())
        settings.setValue("sync/minutes", self.sync_minutes.value())
        folder = self.folder.text().strip()
        if folder:
            set_data_folder(folder)

    def accept(self) -> None:
        self.save()
        super().accept()


def show_preferences(window: QWidget) -> bool:
    """Open the dialog over the main window; refresh its dashboard when settings changed.
    A new language is applied by the application once the dialog is closed (app.py)."""
    dialog = PreferencesDialog(window)
    prompts.show_dialog(dialog)
    accepted = dialog.result() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    dashboard = getattr(window, "dashboard", None)
    if dashboard is not None:
        dashboard.refresh()
    return True
