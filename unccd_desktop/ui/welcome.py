"""First run: no database yet, so the officer chooses the demo, an empty database or a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..paths import default_database_path, demo_database_path
from . import prompts
from .settings import app_settings, data_folder, last_database


@dataclass(frozen=True)
class Choice:
    """What to open: a file, whether to create it, and whether to fill it with the demo data."""

    target: str
    create: bool = False
    demo: bool = False


def is_first_run() -> bool:
    """No database opened before, and none in the data folder."""
    if last_database():
        return False
    folder = data_folder()
    return not (folder / default_database_path().name).exists()


def demo_path() -> Path:
    return data_folder() / demo_database_path().name


def new_database_path() -> Path:
    return data_folder() / default_database_path().name


class WelcomeDialog(QDialog):
    """Three ways to start; `choice` holds the one taken (None when the dialog is cancelled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: Choice | None = None
        self.setWindowTitle(self.tr("Welcome to {0}").format(APP_NAME))
        heading = QLabel(self.tr("Welcome to {0}").format(APP_NAME))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "This application keeps the register of the partnerships of the United Nations "
                "Convention to Combat Desertification: partners, agreements, initiatives, "
                "projects and their deliverables. There is no database on this computer yet. "
                "How would you like to start?"
            )
        )
        intro.setWordWrap(True)

        self.demo_button = QCommandLinkButton(
            self.tr("Explore the demo database"),
            self.tr(
                "The partnerships of the Global Mechanism described in the COP 15 note "
                "ICCD/COP(15)/21: a safe place to try everything."
            ),
        )
        self.empty_button = QCommandLinkButton(
            self.tr("Create an empty database"),
            self.tr("Start your own register of partnerships."),
        )
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing database…"),
            self.tr("A file a colleague gave you, or one from another computer."),
        )
        for button in (self.demo_button, self.empty_button, self.open_button):
            button.setMinimumSize(QSize(460, 0))
        self.demo_button.clicked.connect(self.choose_demo)
        self.empty_button.clicked.connect(self.choose_empty)
        self.open_button.clicked.connect(self.choose_file)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Change folder…"))
        self.folder_button.clicked.connect(self.change_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.open_button)
        layout.addSpacing(8)
        layout.addLayout(folder_row)
        layout.addWidget(buttons)
        self._show_folder()

    def _show_folder(self) -> None:
        self.folder_label.setText(
            self.tr("Your databases and their backups are kept in {0}").format(data_folder())
        )

    def _accept(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def choose_demo(self) -> None:
        path = demo_path()
        self._accept(Choice(str(path), create=not path.exists(), demo=True))

    def choose_empty(self) -> None:
        path = new_database_path()
        self._accept(Choice(str(path), create=not path.exists()))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(data_folder()),
            self.tr("UNCCD Partnerships databases (*.unccd);;All files (*)"),
        )
        if name:
            self._accept(Choice(name))

    def change_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for your databases"), str(data_folder())
        )
        if folder:
            set_data_folder(folder)
            self._show_folder()


def set_data_folder(folder: str | Path) -> None:
    app_settings().setValue("files/data_folder", str(Path(folder).resolve()))


def ask_first_run(parent: QWidget | None = None) -> Choice | None:
    """Show the welcome dialog; the choice, or None when the officer quits."""
    dialog = WelcomeDialog(parent)
    prompts.show_dialog(dialog)
    return dialog.choice
