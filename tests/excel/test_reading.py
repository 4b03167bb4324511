"""The readers: .xlsx details (1904 dates, rich text, inline strings, prefixes), .ods repeats."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from unccd_desktop.excel import limits
from unccd_desktop.excel.files import inspect_file
from unccd_desktop.excel.reading import read_book


def rows_of(path: Path, sheet: int = 0) -> list[list]:
    return [values for _n, values in read_book(inspect_file(path)).sheets[sheet].rows]


def test_dates_in_both_date_systems(tmp_path):
    for epoch in (None, CALENDAR_MAC_1904):
        wb = openpyxl.Workbook()
        if epoch:
            wb.epoch = epoch
        wb.active.append(["Due", "When"])
        wb.active.append([date(2024, 5, 2), datetime(2024, 5, 2, 13, 30)])
        wb.save(tmp_path / "d.xlsx")
        book = read_book(inspect_file(tmp_path / "d.xlsx"))
        assert book.epoch_1904 == bool(epoch)
        assert book.sheets[0].rows[1][1] == [date(2024, 5, 2), datetime(2024, 5, 2, 13, 30)]


def test_strings_numbers_and_gaps(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["C1"] = "left", " padded "
    ws["A2"], ws["B2"], ws["D2"] = 3, 2.5, True
    ws["A5"] = "after blank rows"
    ws.cell(1, limits.MAX_COLUMNS + 5).value = "far right, ignored"
    wb.save(tmp_path / "s.xlsx")
    sheet = read_book(inspect_file(tmp_path / "s.xlsx")).sheets[0]
    assert sheet.rows == [
        (1, ["left", None, " padded "]),
        (2, [3, 2.5, None, True]),
        (5, ["after blank rows"]),
    ]


def test_rich_text_and_namespace_prefixes(tmp_path):
    source = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["x"])
    wb.save(source)
    sheet = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>'
        '<x:c r="B1" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c></x:row></x:sheetData>'
        "</x:worksheet>"
    )
    strings = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><r><t>Rich </t></r><r><t>text</t></r><rPh><t>ignored</t></rPh></si></sst>"
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    )
    out = tmp_path / "prefixed.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode()
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = rels.encode()
            dst.writestr(item, data)
        dst.writestr("xl/sharedStrings.xml", strings)
    assert rows_of(out) == [["Rich text", "inline"]]


def test_ods_repeats_are_not_expanded(tmp_path):
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        '<office:spreadsheet><table:table table:name="Deliverables">'
        '<table:table-row><table:table-cell office:value-type="string">'
        '<text:p>a<text:s text:c="2"/>b'
        "</text:p></table:table-cell>"
        '<table:table-cell office:value-type="percentage" office:value="0.4"/>'
        '<table:table-cell office:value-type="date" office:date-value="2024-05-02"/>'
        '<table:table-cell table:number-columns-repeated="16380"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048570">'
        "<table:table-cell/></table:table-row>"
        '<table:table-row><table:table-cell office:value-type="float" office:value="7"/>'
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "r.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    book = read_book(inspect_file(path))
    assert book.sheets[0].rows == [(1, ["a  b", 0.4, date(2024, 5, 2)])]
    assert any("stopped at row" in w for w in book.warnings)
