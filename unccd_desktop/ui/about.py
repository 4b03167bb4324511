"""Help → About: version, database, schema, Qt and Python, and the reference data licences."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import APP_NAME, __version__
from ..services import Services
from ..services.maintenance import schema_version


def about_text(services: Services) -> str:
    rows = [
        (_tr("Version"), __version__),
        (_tr("Database"), services.db.display_name),
        (_tr("Schema version"), schema_version(services) or "—"),
        (_tr("Qt"), f"{qVersion()} (PySide6 {PySide6.__version__})"),
        (_tr("Python"), platform.python_version()),
    ]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{_escape(v)}</td></tr>" for k, v in rows)
    licence = _tr(
        "The country list comes from lukes/ISO-3166-Countries-with-Regional-Codes, "
        "compiled from the UN M49 standard and ISO 3166, licensed under "
        '<a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>. '
        "Currency codes are the IATI Currency codelist."
    )
    return f"<h3>{APP_NAME}</h3><table cellspacing='6'>{table}</table><p>{licence}</p>"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        self.label = QLabel(about_text(services))
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
