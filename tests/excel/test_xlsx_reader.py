""".xlsx cell values as the streaming reader gives them: every cell type, dates in both date
systems, built-in and custom number formats, shared and inline strings, merged cells, and the
far cells and odd references a hand-written file may hold."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles.numbers import BUILTIN_FORMATS
from openpyxl.styles.numbers import is_date_format as openpyxl_is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.utils.escape import unescape as openpyxl_unescape

from unccd_desktop.excel import limits
from unccd_desktop.excel.files import inspect_file
from unccd_desktop.excel.reading import read_book
from unccd_desktop.excel.xlsx_reader import (
    BUILTIN_DATE_FORMATS,
    UNCALCULATED,
    is_date_format,
)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHARED_STRINGS_REL = (
    b'<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="http://schemas.'
    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
)


def rows_of(path: Path, sheet: int = 0) -> list[tuple[int, list]]:
    return read_book(inspect_file(path)).sheets[sheet].rows


def with_sheet_xml(tmp_path: Path, sheet_data: str, strings: str | None = None) -> Path:
    """A workbook saved by openpyxl whose first sheet's rows are replaced by hand-written XML,
    with a shared strings part holding strings if given, as another program could write."""
    source = tmp_path / "source.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "placeholder"
    wb.save(source)
    replace = {
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{MAIN}"><sheetData>{sheet_data}'
        "</sheetData></worksheet>"
    }
    if strings is not None:
        replace["xl/sharedStrings.xml"] = f'<sst xmlns="{MAIN}">{strings}</sst>'
    out = tmp_path / "hand.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/_rels/workbook.xml.rels" and strings is not None:
                data = data.replace(b"</Relationships>", SHARED_STRINGS_REL + b"</Relationships>")
            dst.writestr(item, replace.pop(item.filename, data))
        for name, text in replace.items():
            dst.writestr(name, text)
    return out


NINE_FIFTEEN = datetime(1899, 12, 30, 9, 15)  # a time of day: Excel's day 0 at 9:15


def test_every_kind_of_value_saved_by_openpyxl(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["text", 3, 2.5, True, False, -7, 1e20, 0.1])
    ws.append([date(2024, 5, 2), datetime(2024, 5, 2, 13, 30), time(9, 15), "=1+1"])
    ws["B3"] = "ünïcödé – 中文 – العربية"
    ws["C3"] = "  spaces kept  "
    wb.save(tmp_path / "k.xlsx")
    assert rows_of(tmp_path / "k.xlsx") == [
        (1, ["text", 3, 2.5, True, False, -7, 1e20, 0.1]),
        (2, [date(2024, 5, 2), datetime(2024, 5, 2, 13, 30), NINE_FIFTEEN, UNCALCULATED]),
        (3, [None, "ünïcödé – 中文 – العربية", "  spaces kept  "]),
    ]


def test_whole_numbers_are_int_and_huge_ones_stay_float(tmp_path):
    path = with_sheet_xml(
        tmp_path,
        '<row r="1"><c r="A1"><v>42</v></c><c r="B1"><v>4.0E2</v></c>'
        '<c r="C1"><v>1E+16</v></c><c r="D1"><v>-0.5</v></c></row>',
    )
    [(_n, values)] = rows_of(path)
    assert values == [42, 400, 1e16, -0.5]
    assert [type(v) for v in values] == [int, int, float, float]


@pytest.mark.parametrize("epoch", [None, CALENDAR_MAC_1904])
def test_dates_and_times_in_both_date_systems(tmp_path, epoch):
    wb = openpyxl.Workbook()
    if epoch:
        wb.epoch = epoch
    ws = wb.active
    ws.append([date(2024, 2, 29), datetime(2030, 12, 31, 23, 59, 59), date(1904, 1, 2)])
    ws.append([45000])
    ws["A2"].number_format = "dd/mm/yyyy"  # a custom date format on a plain number
    wb.save(tmp_path / "d.xlsx")
    book = read_book(inspect_file(tmp_path / "d.xlsx"))
    assert book.epoch_1904 == bool(epoch)
    first, second = book.sheets[0].rows
    assert first[1] == [date(2024, 2, 29), datetime(2030, 12, 31, 23, 59, 59), date(1904, 1, 2)]
    expected = date(2027, 3, 16) if epoch else date(2023, 3, 15)  # serial 45000
    assert second[1] == [expected]


def test_serials_before_the_phantom_leap_day_and_out_of_range(tmp_path):
    """Excel's serial 60 is 29 February 1900, which never was: 59 is 28 February, 61 is
    1 March. A serial no date can have stays a number."""
    cells = "".join(
        f'<c r="{col}1" s="1"><v>{serial}</v></c>'
        for col, serial in zip("ABCDE", (1, 59, 61, -1, 3_000_000), strict=True)
    )
    path = with_sheet_xml(tmp_path, f'<row r="1">{cells}</row>')
    styles = (
        f'<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/>'
        '<xf numFmtId="14"/></cellXfs></styleSheet>'
    )
    out = tmp_path / "serials.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, styles.encode() if item.filename == "xl/styles.xml" else data)
    [(_n, values)] = rows_of(out)
    assert values == [date(1900, 1, 1), date(1900, 2, 28), date(1900, 3, 1), -1, 3_000_000]


def test_date_formats_are_told_as_openpyxl_tells_them():
    builtin_dates = {i for i, code in BUILTIN_FORMATS.items() if openpyxl_is_date_format(code)}
    assert builtin_dates == BUILTIN_DATE_FORMATS
    codes = [
        "General", "0.00", "#,##0", "0%", "@", "yyyy-mm-dd", "dd/mm/yy;@", "[$-409]mmmm d, yyyy",
        "[h]:mm:ss", "[mm]:ss", "[Red]0.00", '"days "0', "0_m", "0\\d", "h:mm AM/PM",
        '[$€-2] #,##0.00;[Red]-[$€-2] #,##0.00', "#,##0.00;-#,##0.00;d", "mmm-yy", "",
    ]  # fmt: skip
    for code in codes:
        assert is_date_format(code) == openpyxl_is_date_format(code), code


def test_booleans_errors_and_cached_formula_results(tmp_path):
    path = with_sheet_xml(
        tmp_path,
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>'
        '<c r="C1" t="e"><v>#DIV/0!</v></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c>'
        '<c r="E1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F1"><f>1+1</f><v>2</v></c>'
        '<c r="G1"><f>1+1</f></c><c r="H1" t="d"><v>2024-05-02T10:00:00Z</v></c>'
        '<c r="I1" t="d"><v>10:00:00</v></c></row>',
    )
    [(_n, values)] = rows_of(path)
    assert values == [
        True, False, "#DIV/0!", "#N/A", "ab", 2, UNCALCULATED, datetime(2024, 5, 2, 10), "10:00:00",
    ]  # fmt: skip


def test_shared_strings_rich_text_and_escapes(tmp_path):
    strings = (
        "<si><t>plain</t></si>"
        "<si><r><rPr><b/></rPr><t>bold </t></r><r><t>and not</t></r></si>"
        '<si><t xml:space="preserve">  a &amp; b &lt;c&gt; &#233;&#x4E2D;  </t></si>'
        "<si><t>\u6f22\u5b57</t><rPh sb='0' eb='2'><t>\u304b\u3093\u3058</t></rPh>"
        "<phoneticPr fontId='1'/></si>"
        "<si><t><![CDATA[<kept as text>]]></t></si>"
        "<si><t/></si>"
    )
    cells = "".join(f'<c r="{col}1" t="s"><v>{i}</v></c>' for i, col in enumerate("ABCDEF"))
    path = with_sheet_xml(tmp_path, f'<row r="1">{cells}</row>', strings)
    [(_n, values)] = rows_of(path)
    assert values == ["plain", "bold and not", "  a & b <c> é中  ", "漢字", "<kept as text>"]


def test_inline_strings_with_runs_and_phonetic_text(tmp_path):
    path = with_sheet_xml(
        tmp_path,
        '<row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c>'
        '<c r="B1" t="inlineStr"><is><r><t>two </t></r><r><t>runs</t></r></is></c>'
        '<c r="C1" t="inlineStr"><is><t>\u6f22</t><rPh><t>\u304b\u3093</t></rPh></is></c>'
        '<c r="D1" t="inlineStr"><is><t xml:space="preserve">\n line\n</t></is></c></row>',
    )
    [(_n, values)] = rows_of(path)
    assert values == ["inline", "two runs", "漢", "\n line\n"]


def test_characters_escaped_as_spreadsheet_programs_escape_them(tmp_path):
    # Excel writes a carriage return as _x000D_ and a literal "_x0041_" as "_x005F_x0041_";
    # openpyxl reads both back as the text that was typed, and so must we.
    escaped = "first_x000D_\nsecond _x005F_x0041_ _x0001_end"
    path = with_sheet_xml(
        tmp_path,
        '<row r="1"><c r="A1" t="s"><v>0</v></c>'
        f'<c r="B1" t="inlineStr"><is><t>{escaped}</t></is></c></row>',
        f"<si><t>{escaped}</t></si>",
    )
    [(_n, values)] = rows_of(path)
    typed = "first\r\nsecond _x0041_ \x01end"
    assert values == [typed, typed]
    assert openpyxl_unescape(escaped) == typed


def test_merged_cells_keep_their_value_in_the_first_cell(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["merged", None, "next"])
    ws.append(["below"])
    ws.merge_cells("A1:B2")
    ws["D2"] = "right"
    wb.save(tmp_path / "m.xlsx")
    assert rows_of(tmp_path / "m.xlsx") == [
        (1, ["merged", None, "next"]),
        (2, [None] * 3 + ["right"]),
    ]


def test_cells_without_references_and_out_of_order(tmp_path):
    """Rows and cells without r follow the previous one; a cell written twice keeps the last."""
    path = with_sheet_xml(
        tmp_path,
        '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>'
        '<row><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c><c r="A2"><v>9</v></c></row>'
        '<row r="7"><c r="b7"><v>7</v></c><c r="AA7"><v>27</v></c></row>',
    )
    assert rows_of(path) == [
        (1, [1, 2, None, None, 5, 6]),
        (2, [9, None, 3]),
        (7, [7] + [None] * 25 + [27]),
    ]


def test_far_cells_are_ignored_not_padded(tmp_path):
    far = f'<c r="{openpyxl.utils.get_column_letter(limits.MAX_COLUMNS + 1)}1"><v>0</v></c>'
    path = with_sheet_xml(
        tmp_path,
        f'<row r="1"><c r="A1"><v>1</v></c>{far}<c r="XFD1"><v>2</v></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>3</v></c></row>',
    )
    assert rows_of(path) == [(1, [1])]


def test_prefixed_elements_read_as_plain_ones(tmp_path):
    sheet_data = (
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c>'
        '<x:c r="B1" t="b"><x:v>1</x:v></x:c></x:row>'
    )
    path = with_sheet_xml(tmp_path, "")
    out = tmp_path / "prefixed.xlsx"
    sheet = f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>{sheet_data}</x:sheetData></x:worksheet>'
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, sheet if item.filename == "xl/worksheets/sheet1.xml" else data)
    assert rows_of(out) == [(1, ["x", True])]


def test_hidden_sheets_are_read_to_their_top_unless_read_alone(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["visible"])
    hidden = wb.create_sheet("keys")
    hidden.sheet_state = "hidden"
    for i in range(200):
        hidden.append([f"k{i}", i])
    wb.save(tmp_path / "h.xlsx")
    info = inspect_file(tmp_path / "h.xlsx")
    book = read_book(info)
    keys = book.sheets[1]
    assert (keys.name, keys.hidden, keys.complete, len(keys.rows)) == ("keys", True, False, 50)
    alone = read_book(info, only="keys").sheets
    assert [(s.name, len(s.rows)) for s in alone] == [("keys", 200)]
