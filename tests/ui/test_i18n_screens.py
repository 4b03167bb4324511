"""Every screen in Arabic (right to left) and in Chinese, from the compiled translations."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from unccd_desktop import messages
from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.ui import i18n
from unccd_desktop.ui.about import AboutDialog
from unccd_desktop.ui.exchange import DonorReportDialog, PartnerWorkbookDialog
from unccd_desktop.ui.labels import display_value
from unccd_desktop.ui.main_window import MainWindow
from unccd_desktop.ui.preferences import PreferencesDialog
from unccd_desktop.ui.search_dialog import SearchDialog
from unccd_desktop.ui.welcome import WelcomeDialog

ROOT = Path(__file__).resolve().parents[2]

# (context, English) → the translation each language must show.
EXPECTED = {
    "ar": {
        "dashboard": "لوحة المتابعة",
        "file_menu": "ملف(&F)",
        "save": "حفظ(&S)",
        "name": "الاسم",
        "preferences": "التفضيلات",
        "welcome": "مرحبًا بك في UNCCD Partnerships",
        "year": "21/10/2021",  # Western digits, as in UN Arabic documents; no bidi marks
        "amount": "1,234.50",
    },
    "zh_CN": {
        "dashboard": "概览",
        "file_menu": "文件(&F)",
        "save": "保存(&S)",
        "name": "名称",
        "preferences": "首选项",
        "welcome": "欢迎使用 UNCCD Partnerships",
        "year": "2021/10/21",
        "amount": "1,234.50",
    },
}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files, compiled from the committed .ts files as `make translations` does."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)],
            check=True,
            timeout=60,
        )
    return out


@pytest.fixture(params=["ar", "zh_CN"])
def language(request, qapp, compiled: Path, monkeypatch) -> Iterator[str]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.system())


def expected_direction(language: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight


def test_main_window_pages_and_editor(qtbot, demo_db, language: str) -> None:
    want = EXPECTED[language]
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    assert window.layoutDirection() == expected_direction(language)
    assert window.sidebar.item(0).text() == want["dashboard"]
    assert window.menuBar().actions()[0].text() == want["file_menu"]
    english = {"Dashboard", "Partners", "Agreements", "Initiatives", "Projects", "Deliverables"}
    for row, key in enumerate(window.pages):
        window.show_section(key)
        assert window.stack.currentWidget().isVisible()
        assert window.sidebar.item(row).text() not in english | {"Import history"}
    page = window.list_pages["partner"]
    window.show_section("partner")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == want["name"]
    assert page.open_record(demo_uuid("partners", "unccd-secretariat"))
    assert page.editor.save_button.text() == want["save"]
    assert page.editor.isVisible()


def test_dates_and_amounts_follow_the_language(language: str) -> None:
    want = EXPECTED[language]
    assert want["year"] in display_value(date(2021, 10, 21))
    assert display_value(Decimal("1234.5")) == want["amount"]


def test_preferences_and_welcome(qtbot, language: str) -> None:
    want = EXPECTED[language]
    preferences = PreferencesDialog()
    welcome = WelcomeDialog()
    for dialog in (preferences, welcome):
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.layoutDirection() == expected_direction(language)
    assert preferences.windowTitle() == want["preferences"]
    assert welcome.windowTitle() == want["welcome"]
    assert welcome.demo_button.text() != "Explore the demo database"
    assert QApplication.layoutDirection() == expected_direction(language)


def test_search_about_and_workbook_dialogs(qtbot, demo_db, language: str) -> None:
    english = {
        SearchDialog: "Search",
        AboutDialog: "About UNCCD Partnerships",
        DonorReportDialog: "Export donor report",
        PartnerWorkbookDialog: "Export partner update workbook",
    }
    for kind, title in english.items():
        dialog = kind(demo_db)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.layoutDirection() == expected_direction(language)
        assert dialog.windowTitle() and dialog.windowTitle() != title


def test_validation_messages_are_in_the_language(qtbot, demo_db, language: str, land) -> None:
    """Messages written by the services (no Qt there) reach the editor translated, on a
    field as the user types and across fields when saving."""
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show_section("partner")
    editor = window.list_page("partner").editor
    assert window.list_page("partner").open_record(demo_uuid("partners", "unccd-secretariat"))
    editor.widgets["website"].edit.setText("not a web address")
    editor.widgets["name"].edit.setText("")
    editor.save()
    land(window)
    for field, template in (("website", messages.NOT_URL), ("name", messages.REQUIRED)):
        translated = QCoreApplication.translate("Services", template)
        assert translated != template  # the language has its own words for it
        assert translated in editor.errors[field].text()
        assert template not in editor.errors[field].text()
    editor.revert()  # or leaving the list would ask about the changes

    window.show_section("agreement")
    page = window.list_page("agreement")
    assert page.open_record(demo_uuid("agreements", "ifrc-mou"))
    page.editor.widgets["effective_on"].set_value(date(2024, 6, 1))
    page.editor.widgets["expires_on"].set_value(date(2024, 1, 1))
    page.editor.save()
    land(window)
    translated = QCoreApplication.translate("Services", messages.EXPIRES_BEFORE_EFFECTIVE)
    assert translated in page.editor.errors["expires_on"].text()
    page.editor.revert()


def test_a_refused_delete_names_the_records_in_the_language(
    qtbot, demo_db, language: str, answers, land
) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show_section("partner")
    page = window.list_page("partner")
    assert page.open_record(demo_uuid("partners", "unccd-secretariat"))
    answers(QMessageBox.StandardButton.Yes)  # "delete it?"
    page.delete_button.click()
    land(window)
    refusal = answers.texts()[-1]
    agreement = QCoreApplication.translate("Services", messages.DEPENDENT_AGREEMENT)
    assert agreement.split("{0}")[0] in refusal  # "the agreement «…»" in the language
    assert "cannot be deleted" not in refusal
    assert demo_db.partners.get(demo_uuid("partners", "unccd-secretariat"))


def test_why_a_database_cannot_be_opened_is_said_in_the_language(
    tmp_path: Path, language: str
) -> None:
    from unccd_desktop.errors import DatabaseError
    from unccd_desktop.services import open_services
    from unccd_desktop.ui.labels import error_text

    notes = tmp_path / "notes.unccd"
    notes.write_bytes(b"meeting notes, not a database")
    with pytest.raises(DatabaseError) as caught:
        open_services(notes)
    assert str(caught.value) == "notes.unccd is not a UNCCD Partnerships database (not SQLite)."
    translated = QCoreApplication.translate("Services", messages.NOT_SQLITE)
    assert translated != messages.NOT_SQLITE
    assert error_text(caught.value) == translated.format("notes.unccd")
