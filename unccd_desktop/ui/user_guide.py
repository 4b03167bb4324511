"""Help → User guide: docs/user-guide.md rendered inside the app, offline, with its pictures."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QImage, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .. import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def docs_dir() -> Path | None:
    """docs/ of the frozen app, the installed wheel or the source tree (None if absent)."""
    candidates = [_PACKAGE_DIR / "_bundled" / "docs", _PACKAGE_DIR.parent / "docs"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "docs")
    return next((path for path in candidates if (path / "user-guide.md").is_file()), None)


def guide_path(locale: QLocale | None = None) -> Path | None:
    """The guide in the interface's language when it is translated, else the English one."""
    folder = docs_dir()
    if folder is None:
        return None
    language = (locale or QLocale()).name().split("_")[0]
    translated = folder / f"user-guide.{language}.md"
    return translated if translated.is_file() else folder / "user-guide.md"


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0} user guide").format(APP_NAME))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = path or guide_path()
        if path is None:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        else:
            # The .md suffix makes QTextBrowser read Markdown; pictures resolve beside the file.
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.browser.sourceChanged.connect(lambda _url: self.fit_pictures())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 760)

    def fit_pictures(self) -> None:
        """Shrink screenshots wider than the page to its width (Markdown gives no sizes)."""
        document = self.browser.document()
        room = max(200, self.width() - 80)  # the page: the dialog less margins and scroll bar
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                picture = fragment.charFormat().toImageFormat()
                if picture.isValid():
                    image = QImage.fromData(
                        self.browser.loadResource(
                            QTextDocument.ResourceType.ImageResource, QUrl(picture.name())
                        )
                    )
                    if not image.isNull():
                        width = min(image.width(), room)
                        picture.setWidth(width)
                        picture.setHeight(image.height() * width / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(picture)
                it += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_pictures()


def show_user_guide(parent: QWidget | None = None) -> UserGuideDialog:
    """Open the guide beside the main window (not modal, so the officer can follow along)."""
    dialog = UserGuideDialog(parent)
    dialog.show()
    return dialog
