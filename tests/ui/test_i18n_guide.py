"""Help → User guide: the Markdown guide (in the interface language) rendered offline."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QAction, QImage, QTextDocument

from unccd_desktop.ui.user_guide import UserGuideDialog, docs_dir, guide_path

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = sorted(DOCS.glob("user-guide*.md"))
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_picture_of_a_guide_exists(guide: Path) -> None:
    pictures = IMAGE.findall(guide.read_text(encoding="utf-8"))
    assert len(pictures) >= 4
    assert [p for p in pictures if not (DOCS / p).is_file()] == []


def test_help_menu_opens_the_guide_with_its_pictures(qtbot, window) -> None:
    action = next(a for a in window.findChildren(QAction) if a.objectName() == "user_guide")
    action.trigger()
    (dialog,) = window.findChildren(UserGuideDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Record a partnership" in text and "Import history and revert" in text
    assert "![" not in text  # rendered as Markdown, not shown as source
    picture = dialog.browser.loadResource(
        QTextDocument.ResourceType.ImageResource, QUrl("screenshots/guide-agreement.png")
    )
    assert QImage.fromData(picture).width() > 600  # found beside the guide and decoded


def test_the_guide_follows_the_interface_language(qtbot) -> None:
    for locale, name in (
        ("zh_CN", "zh"),
        ("ar", "ar"),
        ("fr_FR", "fr"),
        ("ru", "ru"),
        ("es", "es"),
    ):
        assert guide_path(QLocale(locale)).name == f"user-guide.{name}.md"
    assert guide_path(QLocale("de_DE")).name == "user-guide.md"  # not translated: English
    dialog = UserGuideDialog(path=guide_path(QLocale("zh_CN")))
    qtbot.addWidget(dialog)
    assert "记录伙伴关系" in dialog.browser.toPlainText()


def test_the_frozen_app_finds_its_bundled_docs(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "user-guide.md").write_text("# Guide\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert docs_dir() == tmp_path / "docs"
