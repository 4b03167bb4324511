"""Unexpected errors: logged to a rotating file and shown with copyable details.

Errors caused by the user's data or environment (UserError, a full disk, a missing file)
are shown as plain messages instead.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..errors import UserError
from ..paths import user_log_dir
from . import prompts
from .labels import error_text

log = logging.getLogger("unccd_desktop")
LOG_FILE_NAME = "unccd-desktop.log"


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file (1 MB × 5) in the user log folder; return its path."""
    folder = folder or user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def plain_message(exc: BaseException) -> str | None:
    """The sentence to show for an error of the user's data or environment, else None."""
    if isinstance(exc, UserError):
        return error_text(exc)
    if isinstance(exc, FileNotFoundError):
        return QApplication.translate("Errors", "The file {0} does not exist.").format(exc.filename)
    if isinstance(exc, PermissionError):
        return QApplication.translate("Errors", "You do not have permission to use {0}.").format(
            exc.filename
        )
    if isinstance(exc, OSError) and exc.errno == 28:
        return QApplication.translate("Errors", "The disk is full. Free some space and retry.")
    return None


class ErrorDialog(QDialog):
    """An unexpected error: what happened, where the log is, and details to copy."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        intro = QLabel(
            self.tr(
                "Something went wrong inside {0}. Your saved data is safe. Please send the "
                "details below to whoever supports the application."
            ).format(APP_NAME)
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.details.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if log_path is not None:
            where = QLabel(self.tr("Also written to {0}").format(log_path))
            where.setWordWrap(True)
            layout.addWidget(where)
        layout.addWidget(self.details)
        layout.addWidget(buttons)


def report(exc: BaseException, details: str, parent: QWidget | None = None) -> None:
    """Show an error: a plain message for the user's errors, the crash dialog for bugs."""
    message = plain_message(exc)
    if message is not None:
        log.info("user error: %s", message)
        prompts.warn(parent or QApplication.activeWindow(), APP_NAME, message)
        return
    log.error("unexpected error (version %s)\n%s", __version__, details)
    log_path = next(
        (Path(h.baseFilename) for h in log.handlers if hasattr(h, "baseFilename")), None
    )
    full = f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}\n\n{details}"
    prompts.show_dialog(ErrorDialog(full, log_path, parent or QApplication.activeWindow()), full)


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report(exc, "".join(traceback.format_exception(kind, exc, tb)))


def install() -> Path:
    path = setup_logging()
    sys.excepthook = excepthook
    return path
