"""Hostile and broken files end in a clear rejection and change nothing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from unccd_desktop.excel import limits
from unccd_desktop.excel.files import OLE2_MAGIC
from unccd_desktop.excel.importing import apply_import, preview_import


def rejected(services, path: Path) -> str:
    data = path.read_bytes()
    report = preview_import(services, path)
    assert report.status == "rejected", report.to_json()
    assert path.read_bytes() == data, "the input file must never be modified"
    return report.rejected


def small_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["Deliverable ID", "Status"])
    wb.save(path)
    return path


def rewrite_zip(source: Path, out: Path, replace: dict[str, bytes], add=None) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, replace.get(item.filename, src.read(item.filename)))
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return out


def test_not_a_spreadsheet(sqlite_services, tmp_path):
    pdf = tmp_path / "report.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    assert "not a spreadsheet" in rejected(sqlite_services, pdf)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in rejected(sqlite_services, empty)


def test_truncated_zip(sqlite_services, tmp_path):
    whole = small_workbook(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    assert "damaged or incomplete" in rejected(sqlite_services, cut)


def test_corrupt_member(sqlite_services, tmp_path):
    source = small_workbook(tmp_path / "ok.xlsx")
    bad = rewrite_zip(source, tmp_path / "bad.xlsx", {"xl/worksheets/sheet1.xml": b"<worksheet"})
    assert "damaged" in rejected(sqlite_services, bad)


def test_encrypted_workbook_says_so(sqlite_services, tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(
        OLE2_MAGIC + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 600
    )
    assert "password" in rejected(sqlite_services, path)


def test_xlsb_says_which_format_to_use(sqlite_services, tmp_path):
    """(An old .xls: test_file_kinds.py.)"""
    xlsb = tmp_path / "binary.xlsb"
    with zipfile.ZipFile(xlsb, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.bin", b"\0\1")
    assert "Binary Workbook" in rejected(sqlite_services, xlsb)


def test_macros_are_never_run_and_external_links_ignored(sqlite_services, tmp_path):
    source = small_workbook(tmp_path / "ok.xlsx")
    xlsm = rewrite_zip(
        source,
        tmp_path / "macro.xlsm",
        {},
        add={"xl/vbaProject.bin": b"\xd0\xcf macro", "xl/externalLinks/externalLink1.xml": b"<a/>"},
    )
    report = preview_import(sqlite_services, xlsm)
    assert report.status != "rejected"
    assert any("macros" in m for m in report.messages)
    assert any("Links to other workbooks" in m for m in report.messages)


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol3;</t></si></sst>"""


def test_xml_entity_bomb(sqlite_services, tmp_path):
    source = small_workbook(tmp_path / "ok.xlsx")
    bomb = rewrite_zip(source, tmp_path / "bomb.xlsx", {}, add={"xl/sharedStrings.xml": BOMB})
    assert "entity" in rejected(sqlite_services, bomb)
    ods = tmp_path / "bomb.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", BOMB)
    assert "entity" in rejected(sqlite_services, ods)


def test_zip_bomb(sqlite_services, tmp_path):
    source = small_workbook(tmp_path / "ok.xlsx")
    zeros = b"\0" * (limits.MAX_UNCOMPRESSED_BYTES // 8)
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/media/padding.bin", zeros, compresslevel=9)
    bomb = tmp_path / "zipbomb.xlsx"
    bomb.write_bytes(buffer.getvalue())
    assert "zip bomb" in rejected(sqlite_services, bomb)


def test_absurd_dimensions_are_read_quickly(sqlite_services, tmp_path):
    """A declared size of A1:XFD1048576 and a stray far cell do not pad rows or columns."""
    source = small_workbook(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(source) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    sheet = sheet.replace(b'<dimension ref="A1:B1"/>', b'<dimension ref="A1:XFD1048576"/>')
    sheet = sheet.replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'
    )
    big = rewrite_zip(source, tmp_path / "big.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    report = preview_import(sqlite_services, big)
    assert report.status != "rejected"
    assert report.rows == []


LONG = "Ω" * 40_000  # more than a cell holds: a program other than Excel wrote the file
OVER_LIMIT = "Comments: 40,000 characters, more than the 32,767 a spreadsheet cell can hold."


def with_long_comment(exported, out: Path) -> tuple[Path, str]:
    """The exported workbook with a 40,000-character comment on its first deliverable, written
    into the sheet's XML as a program that ignores Excel's limit would (openpyxl cuts it)."""
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Comments") + 1).value = "LONG-COMMENT-HERE"
    uuid = ws.cell(2, headers.index("Deliverable ID") + 1).value
    wb.save(out)
    with zipfile.ZipFile(out) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    for name, data in parts.items():
        parts[name] = data.replace(b"LONG-COMMENT-HERE", LONG.encode())
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out, uuid


def stored_anywhere(services, text: str) -> bool:
    """Whether the database file (or its write-ahead log) holds the text."""
    path = Path(services.db.engine.url.database)
    needle = text[:1000].encode()
    return any(
        needle in f.read_bytes() for f in (path, path.with_name(path.name + "-wal")) if f.exists()
    )


def test_cell_over_the_excel_limit_is_an_error_on_its_row(demo_services, exported, tmp_path):
    path, uuid = with_long_comment(exported, tmp_path / "long.xlsx")
    report = preview_import(demo_services, path)
    assert report.status != "rejected", report.rejected
    (row,) = [r for r in report.rows if r.id == uuid]
    assert row.action == "error"
    assert [(m.type, m.column, m.message) for m in row.messages] == [
        ("constraint-error", "Comments", OVER_LIMIT)
    ]
    assert all(r.action != "error" for r in report.rows if r is not row)
    apply_import(demo_services, report, skip_errors=True)
    assert not stored_anywhere(demo_services, LONG)


def test_cell_over_the_excel_limit_in_a_csv_file(demo_services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    uuid = wb["Deliverables"]["A2"].value
    path = tmp_path / "long.csv"
    path.write_text(f"Deliverable ID,Evidence link\n{uuid},{LONG}\n", encoding="utf-8")
    report = preview_import(demo_services, path)
    (row,) = report.rows
    assert row.action == "error"
    assert [m.message for m in row.messages] == [
        "Evidence link: 40,000 characters, more than the 32,767 a spreadsheet cell can hold."
    ]


def test_a_cell_is_measured_as_spreadsheet_programs_count(demo_services, exported, tmp_path):
    """In UTF-16 units: 20,000 emoji are 40,000 units, more than a cell holds."""
    wb = openpyxl.load_workbook(exported.path)
    uuid = wb["Deliverables"]["A2"].value
    path = tmp_path / "emoji.csv"
    path.write_text(f"Deliverable ID,Evidence link\n{uuid},{'🌍' * 20_000}\n", encoding="utf-8")
    (row,) = preview_import(demo_services, path).rows
    assert [m.message for m in row.messages] == [
        "Evidence link: 40,000 characters, more than the 32,767 a spreadsheet cell can hold."
    ]


def test_a_cell_of_exactly_the_limit_is_taken(demo_services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Comments") + 1).value = "é" * limits.MAX_CELL_CHARS
    wb.save(tmp_path / "full.xlsx")
    report = preview_import(demo_services, tmp_path / "full.xlsx")
    row = next(r for r in report.rows if r.row == 2)
    assert row.action == "update", row.to_json()["messages"]


def test_more_rows_than_the_limit(sqlite_services, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_DATA_ROWS", 50)
    path = tmp_path / "many.csv"
    path.write_text("Deliverable ID,Status\n" + "".join(f"id{i},planned\n" for i in range(60)))
    assert "more than 50 rows" in rejected(sqlite_services, path)


def test_not_utf8_text(sqlite_services, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("Deliverable ID,Comments\nabc,Café\n".encode("latin-1"))
    assert "UTF-8" in rejected(sqlite_services, path)


@pytest.mark.parametrize("name", ["folder", "missing.xlsx"])
def test_missing_or_folder(sqlite_services, tmp_path, name):
    (tmp_path / "folder").mkdir()
    assert preview_import(sqlite_services, tmp_path / name).status == "rejected"


@pytest.mark.parametrize(
    ("cell", "said"),
    [
        (b'<c r="A2" t="s"><v>99</v></c>', "text number 99"),
        (b'<c r="A2"><v>1x</v></c>', "'1x' where a number was expected"),
    ],
)
def test_content_that_cannot_be_decoded_is_a_damaged_file(sqlite_services, tmp_path, cell, said):
    source = small_workbook(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(source) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    sheet = sheet.replace(b"</sheetData>", b'<row r="2">' + cell + b"</row></sheetData>")
    bad = rewrite_zip(source, tmp_path / "bad.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    message = rejected(sqlite_services, bad)
    assert "damaged" in message and said in message


def test_a_bug_of_the_reader_is_raised_as_a_bug(sqlite_services, tmp_path, monkeypatch):
    """Not "your file is damaged": the error reaches the crash dialog and the log."""
    from unccd_desktop.excel import reading, xlsx_reader

    def broken(*_args):
        raise AttributeError("a bug of the reader")

    source = small_workbook(tmp_path / "ok.xlsx")
    monkeypatch.setattr(xlsx_reader.SheetParser, "_value", broken)
    with pytest.raises(AttributeError, match="a bug of the reader"):
        preview_import(sqlite_services, source)
    ods = tmp_path / "sheet.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", ODS_CONTENT)
    monkeypatch.setattr(reading, "_ods_value", broken)
    with pytest.raises(AttributeError, match="a bug of the reader"):
        preview_import(sqlite_services, ods)


ODS_CONTENT = (
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body>'
    '<office:spreadsheet><table:table table:name="Deliverables"><table:table-row>'
    '<table:table-cell office:value-type="float" office:value="7"/></table:table-row>'
    "</table:table></office:spreadsheet></office:body></office:document-content>"
)


def test_text_written_out_is_cut_to_what_a_cell_holds():
    from unccd_desktop.excel.writing import fit_cell

    cut = fit_cell("🌍" * 20_000)
    assert cut == "🌍" * 16_383 + "…", "never half a character"
    assert limits.cell_length(cut) == limits.MAX_CELL_CHARS
    assert fit_cell("é" * limits.MAX_CELL_CHARS) == "é" * limits.MAX_CELL_CHARS
