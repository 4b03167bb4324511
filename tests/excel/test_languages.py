"""Workbooks in the six UN languages: what the exports write in each, and what the import
reads back from each."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from unccd_desktop.domain import DeliverableStatus
from unccd_desktop.excel import cleaning
from unccd_desktop.excel.columns import (
    DELIVERABLES,
    FOCAL_POINTS,
    LAYOUTS,
    STATUS_LABELS,
    column_lookup,
    header_key,
    match_layout,
    status_label,
)
from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.excel.partner_workbook import INSTRUCTIONS, export_partner_workbook
from unccd_desktop.excel.wording import (
    LANGUAGES,
    Wording,
    catalogue,
    forget_untranslated,
    untranslated,
)

from .conftest import soffice_convert

TRANSLATED = [language for language in LANGUAGES if language != "en"]


def english_left(path: Path, language: str) -> list[tuple[str, str]]:
    """(sheet, text) of the visible cells holding an English text the language translates."""
    english = {en for en, text in catalogue(language).items() if text != en}
    wb = openpyxl.load_workbook(path)
    try:
        return [
            (ws.title, cell.value)
            for ws in wb.worksheets
            if ws.sheet_state == "visible"
            for row in ws.iter_rows()
            for cell in row
            if isinstance(cell.value, str) and cell.value in english
        ]
    finally:
        wb.close()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def workbook(demo_services, partner, tmp_path, language) -> Path:
    """The partner's workbook in the language, with a contact who is still there and one who
    has left."""
    contacts = demo_services.focal_points
    contacts.create({"partner": partner["uuid"], "name": "Amina Diallo", "email": "a@example.org"})
    contacts.create({"partner": partner["uuid"], "name": "Li Wei", "active": False})
    forget_untranslated()
    result = export_partner_workbook(
        demo_services, partner["uuid"], tmp_path / f"update-{language}.xlsx", language=language
    )
    return result.path


# ----- the catalogues -------------------------------------------------------------------------


def test_the_five_catalogues_translate_the_same_texts():
    keys = {language: set(catalogue(language)) for language in TRANSLATED}
    assert keys["fr"], "the catalogues are empty"
    for language in TRANSLATED:
        assert keys[language] == keys["fr"], language
        for english, text in catalogue(language).items():
            assert text.strip(), (language, english)
            placeholders = sorted(re.findall(r"\{\d+\}", english))
            assert sorted(re.findall(r"\{\d+\}", text)) == placeholders, (language, english)


def test_every_label_of_a_reported_code_is_translated():
    """The donor report shows kinds and statuses as labels; the demo data holds only some."""
    from unccd_desktop.domain import enums
    from unccd_desktop.excel.enum_labels import enum_label

    reported = (
        enums.AgreementKind,
        enums.AgreementStatus,
        enums.ActivityStatus,
        enums.DeliverableKind,
        enums.DeliverableStatus,
    )
    labels = {enum_label(member) for kind in reported for member in kind}
    for language in TRANSLATED:
        assert labels - set(catalogue(language)) == set(), language


def test_each_drop_down_fits_excel_in_each_language():
    """Excel's list drop-downs: comma-separated, at most 255 characters."""
    for language in LANGUAGES:
        labels = [Wording(language)(label) for label in STATUS_LABELS]
        assert len(set(labels)) == len(STATUS_LABELS), language
        assert not any("," in label for label in labels), language
        assert len(",".join(labels)) <= 255, language


def test_every_sheet_name_is_one_excel_takes():
    sheets = ["Instructions", "Summary", "Agreements", "Projects", *(x.sheet for x in LAYOUTS)]
    for language in LANGUAGES:
        w = Wording(language)
        names = [w(sheet) for sheet in sheets]
        for name in names:
            assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\"), (language, name)
        assert len({n.casefold() for n in names}) == len(names), language


def test_every_header_and_sheet_name_reads_back_as_itself():
    for language in LANGUAGES:
        w = Wording(language)
        for layout in LAYOUTS:
            assert match_layout(w(layout.sheet)) is layout, (language, layout.sheet)
            lookup = column_lookup(layout)
            for column in layout.columns:
                assert lookup[header_key(w(column.header))] is column, (language, column.header)


def test_header_keys_keep_every_script():
    assert header_key("Ход выполнения (%)") == "ходвыполнения%"
    assert header_key("التقدم المحرز (%)") == "التقدمالمحرز%"
    assert header_key("进展（%）") == "进展%"
    assert header_key("Date d'échéance") == header_key("DATE D’ECHEANCE")
    assert header_key("ＩＤ") == header_key("id")
    assert header_key("Название") != header_key("Должность")


@pytest.mark.parametrize("language", LANGUAGES)
def test_statuses_and_yes_no_are_read_in_each_language(language):
    w = Wording(language)
    for status in DeliverableStatus:
        label = w(status_label(status))
        assert cleaning.to_status(label) == status.value
        assert cleaning.to_status(f"  {label.upper()} ") == status.value
    assert cleaning.to_bool(w("yes")) is True
    assert cleaning.to_bool(w("no")) is False
    assert cleaning.to_status("finished") == "finished"  # left for the field to refuse
    with pytest.raises(ValueError):
        cleaning.to_bool("perhaps")


# ----- the partner workbook -------------------------------------------------------------------


def test_the_partner_workbook_is_written_in_its_language(workbook, language):
    w = Wording(language)
    assert untranslated(language) == set()
    wb = openpyxl.load_workbook(workbook)
    visible = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert [ws.title for ws in visible] == [
        w("Instructions"),
        w(DELIVERABLES.sheet),
        w(FOCAL_POINTS.sheet),
    ]
    for ws in visible:
        assert bool(ws.sheet_view.rightToLeft) == (language == "ar"), ws.title
    for layout in (DELIVERABLES, FOCAL_POINTS):
        ws = wb[w(layout.sheet)]
        assert [c.value for c in ws[1]] == [w(c.header) for c in layout.columns]
        assert ws.row_dimensions[1].customHeight and ws.row_dimensions[1].height >= 15
        for cell in ws[1]:  # no word of a header is broken
            longest = max(len(word) for word in cell.value.split())
            assert ws.column_dimensions[cell.column_letter].width > longest, cell.value
    left = [row[5].value for row in wb[w(FOCAL_POINTS.sheet)].iter_rows(min_row=2)]
    assert sorted(left) == sorted([w("no"), w("yes")])
    deliverables = wb[w(DELIVERABLES.sheet)]
    labels = {w(label) for label in STATUS_LABELS}
    statuses = [row[4].value for row in deliverables.iter_rows(min_row=2)]
    assert statuses and set(statuses) <= labels
    (rule,) = [v for v in deliverables.data_validations.dataValidation if "E2" in str(v.sqref)]
    assert rule.formula1 == '"' + ",".join(w(label) for label in STATUS_LABELS) + '"'
    meta = {row[0].value: row[1].value for row in wb["_export"].iter_rows()}
    assert meta["language"] == language
    if language != "en":
        assert english_left(workbook, language) == []


def test_a_workbook_in_any_language_imports_back_unchanged(demo_services, workbook):
    report = preview_import(demo_services, workbook)
    assert report.status == "clean", report.to_json()
    assert {r.entity for r in report.rows} == {"deliverable", "focal_point"}
    assert {r.action for r in report.rows} == {"unchanged"}
    assert report.messages == [] and report.errors == []


def test_a_status_typed_in_the_workbook_language_is_an_update(
    demo_services, workbook, language, tmp_path
):
    w = Wording(language)
    wb = openpyxl.load_workbook(workbook)
    ws = wb[w(DELIVERABLES.sheet)]
    row = next(ws.iter_rows(min_row=2))
    deliverable = row[0].value
    current = demo_services.deliverables.get(deliverable)["status"]
    wanted = next(s for s in DeliverableStatus if s not in (current, DeliverableStatus.ACCEPTED))
    row[4].value = f" {w(status_label(wanted))} "
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    report = preview_import(demo_services, edited)
    updates = [r for r in report.rows if r.action == "update"]
    assert len(updates) == 1 and updates[0].id == deliverable, report.to_json()
    assert set(updates[0].changes) == {"status"}
    assert updates[0].changes["status"].new == wanted.value
    assert report.status == "clean"
    apply_import(demo_services, report)
    assert demo_services.deliverables.get(deliverable)["status"] == wanted


def test_a_contact_added_in_russian_has_left(demo_services, partner, tmp_path):
    w = Wording("ru")
    path = export_partner_workbook(
        demo_services, partner["uuid"], tmp_path / "ru.xlsx", language="ru"
    ).path
    wb = openpyxl.load_workbook(path)
    contacts = wb[w(FOCAL_POINTS.sheet)]
    headers = [c.value for c in contacts[1]]
    row = [None] * len(headers)
    row[headers.index(w("Name"))] = "Иван Петров"
    row[headers.index(w("Has left (yes/no)"))] = "Да"
    contacts.append(row)
    wb.save(tmp_path / "added.xlsx")
    report = preview_import(demo_services, tmp_path / "added.xlsx")
    (created,) = [r for r in report.rows if r.action == "create"]
    assert created.values["name"] == "Иван Петров"
    assert created.values["active"] is False


def test_the_instructions_rows_are_tall_enough_and_wrapped(workbook, language):
    w = Wording(language)
    ws = openpyxl.load_workbook(workbook)[w("Instructions")]
    texts = [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)]
    assert [w(p) for p in INSTRUCTIONS] == texts[3:]
    for r, text in enumerate(texts, start=1):
        height = ws.row_dimensions[r].height
        assert height is not None and ws.row_dimensions[r].customHeight, r
        if r > 3:
            assert ws.cell(row=r, column=1).alignment.wrap_text, r
            # at least one line of text for every full column width the paragraph takes
            assert height >= 15 * (len(text) * 1.0 / ws.column_dimensions["A"].width), r
    assert ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_libreoffice_prints_the_whole_instructions(demo_services, partner, tmp_path, language):
    """The instructions are on the printed first page whole and in order: nothing cut or
    overlapped. (Arabic is looked at on the page images: its extracted text is not in reading
    order.)"""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    w = Wording(language)
    path = export_partner_workbook(
        demo_services, partner["uuid"], tmp_path / f"i-{language}.xlsx", language=language
    ).path
    pdf = soffice_convert(path, "pdf", tmp_path / "pdf")
    page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    printed = re.sub(r"\s+", "", page)
    texts = [w("Partner update for {0}", partner["name"]), w("How to fill in this workbook")]
    for text in [*texts, *map(w, INSTRUCTIONS)]:
        assert re.sub(r"\s+", "", text) in printed, text


# ----- the export dialogs ---------------------------------------------------------------------


def test_the_export_dialog_offers_six_languages_and_keeps_each_partners(
    qtbot, demo_services, partner, tmp_path
):
    from unccd_desktop.ui.exchange import PartnerWorkbookDialog

    dialog = PartnerWorkbookDialog(demo_services)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["العربية", "English", "Español", "Français", "Русский", "中文"]
    assert dialog.language_code() == "en"  # the interface's language
    dialog.partner.set_value(partner["uuid"])
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.path_edit.setText(str(tmp_path / "geo.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.buttons.accepted.emit()
    assert openpyxl.load_workbook(tmp_path / "geo.xlsx").sheetnames[:3] == [
        "Инструкции",
        "Результаты",
        "Контактные лица",
    ]
    again = PartnerWorkbookDialog(demo_services)
    qtbot.addWidget(again)
    assert again.partner.value() == partner["uuid"] and again.language_code() == "ru"
    other = next(i.value for i in again.partner.items if i.value not in (None, partner["uuid"]))
    again.partner.set_value(other)
    assert again.language_code() == "en"


# ----- the donor report -----------------------------------------------------------------------


def test_the_donor_report_is_written_in_its_language(demo_services, tmp_path, language):
    from unccd_desktop.excel.donor_report import export_donor_report

    w = Wording(language)
    forget_untranslated()
    path = export_donor_report(
        demo_services,
        tmp_path / f"donor-{language}.xlsx",
        donor="Republic of Korea",
        language=language,
    ).path
    assert untranslated(language) == set()
    if language != "en":
        assert english_left(path, language) == []
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == w("Summary")
    deliverables = wb[w("Deliverables")]
    headers = {c.value for c in deliverables[1]}
    assert {w(c.header) for c in DELIVERABLES.columns if c.kind in ("id", "status")} <= headers
    for ws in wb.worksheets:
        assert bool(ws.sheet_view.rightToLeft) == (language == "ar"), ws.title


# ----- the command line -----------------------------------------------------------------------


def test_the_command_line_exports_in_the_language_asked_and_reads_it_back(
    capsys, demo_template, tmp_path
):
    from unccd_desktop.cli import main

    db = tmp_path / "cli.unccd"
    shutil.copyfile(demo_template, db)
    workbook, report = tmp_path / "geo-ru.xlsx", tmp_path / "korea-zh.xlsx"

    def export(kind: str, *args: str) -> int:
        return main(["export", kind, "--db", str(db), *args])

    geo = ["--partner", "GEO", "--out", str(workbook)]
    assert export("partner-update", *geo, "--language", "ru") == 0
    korea = ["--donor", "Republic of Korea", "--out", str(report)]
    assert export("donor-report", *korea, "--language", "zh") == 0
    assert openpyxl.load_workbook(workbook).sheetnames[:2] == ["Инструкции", "Результаты"]
    assert openpyxl.load_workbook(report).sheetnames[0] == "摘要"
    capsys.readouterr()
    assert main(["import", str(workbook), "--db", str(db), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["unchanged"] == 3 and summary["update"] == summary["error"] == 0
    with pytest.raises(SystemExit):
        export("partner-update", *geo, "--language", "de")
    assert "invalid choice: 'de'" in capsys.readouterr().err
