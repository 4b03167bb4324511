"""A file that is not a spreadsheet is refused as what it is, whatever its name: the content
decides. Text is read as CSV only under a .csv, .tsv or .txt name."""

from __future__ import annotations

import gzip
import json
import shutil
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from unccd_desktop.cli import main
from unccd_desktop.excel.files import OLE2_MAGIC
from unccd_desktop.excel.importing import preview_import

from .conftest import soffice_convert

CSV_TEXT = "Deliverable ID,Status,Progress (%)\nabc,planned,10\n"
END, FREE, NO_ENTRY, FAT_SECTOR = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFD


def compound_file(*streams: str) -> bytes:
    """An Office 97–2003 compound file (one FAT sector, one directory sector) holding empty
    streams of the given names, as old Word, Excel and PowerPoint files hold theirs."""
    header = bytearray(512)
    header[:8] = OLE2_MAGIC
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<8I", header, 0x2C, 1, 1, 0, 4096, END, 0, END, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *[FREE] * 108)
    fat = struct.pack("<128I", FAT_SECTOR, END, *[FREE] * 126)
    entries = [("Root Entry", 5, 1 if streams else NO_ENTRY)]
    entries += [(name, 2, NO_ENTRY) for name in streams]
    directory = bytearray()
    for index, (name, kind, child) in enumerate(entries):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry[: len(encoded)] = encoded
        right = index + 1 if kind == 2 and index < len(entries) - 1 else NO_ENTRY
        struct.pack_into("<HBB3I", entry, 0x40, len(encoded), kind, 1, NO_ENTRY, right, child)
        struct.pack_into("<IQ", entry, 0x74, END, 0)
        directory += entry
    while len(directory) < 512:
        unused = bytearray(128)
        struct.pack_into("<3I", unused, 0x44, NO_ENTRY, NO_ENTRY, NO_ENTRY)
        directory += unused
    return bytes(header) + fat + bytes(directory)


def office_zip(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def pdf(path: Path) -> Path:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Deliverables of the partner")
    painter.end()
    return path


def image(fmt: str) -> Callable[[Path], Path]:
    def write(path: Path) -> Path:
        from PySide6.QtGui import QColor, QImage

        picture = QImage(16, 16, QImage.Format.Format_RGB32)
        picture.fill(QColor("teal"))
        assert picture.save(str(path), fmt)
        return path

    return write


def text(content: str | bytes) -> Callable[[Path], Path]:
    def write(path: Path) -> Path:
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
        return path

    return write


def docx(path: Path) -> Path:
    document = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Deliverables</w:t></w:r></w:p></w:body></w:document>"
    )
    return office_zip(
        path,
        {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": document},
    )


def pptx(path: Path) -> Path:
    presentation = (
        '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'
    )
    return office_zip(
        path, {"[Content_Types].xml": CONTENT_TYPES, "ppt/presentation.xml": presentation}
    )


def odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    return path


def unusual_workbook(path: Path) -> Path:
    """A workbook whose main part is not xl/workbook.xml (the package's relationships say
    where it is), as some generators write."""
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    types = CONTENT_TYPES.replace(
        "</Types>", f'<Override PartName="/xl/workbook10.xml" ContentType="{main}"/></Types>'
    )
    return office_zip(path, {"[Content_Types].xml": types, "xl/workbook10.xml": "<workbook/>"})


def plain_zip(path: Path) -> Path:
    return office_zip(path, {"minutes/notes.txt": "Minutes of the meeting.\n"})


def zipped_csv(path: Path) -> Path:
    return office_zip(path, {"exports/update.csv": CSV_TEXT})


def gzipped(path: Path) -> Path:
    path.write_bytes(gzip.compress(CSV_TEXT.encode()))
    return path


HTML_EXPORT = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:x="urn:schemas-microsoft-com:office:excel">\n<head><meta charset="utf-8"></head>\n'
    "<body><table><tr><td>Deliverable ID</td><td>Status</td></tr></table></body></html>\n"
)
SPREADSHEET_2003 = (
    '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Deliverables">'
    '<Table><Row><Cell><Data ss:Type="String">Deliverable ID</Data></Cell></Row></Table>'
    "</Worksheet></Workbook>\n"
)

# (file name, how to write it, what the refusal says)
KINDS = {
    "pdf": ("update.xlsx", pdf, "update.xlsx is a PDF, not a spreadsheet"),
    "png": ("update.xlsx", image("PNG"), "is a PNG image, not a spreadsheet"),
    "jpeg": ("photo.csv", image("JPEG"), "is a JPEG image, not a spreadsheet"),
    "docx": ("update.xlsx", docx, "is a Word document, not a spreadsheet"),
    "old-word": ("update.doc", text(compound_file("WordDocument", "1Table")), "a Word document"),
    "pptx": ("slides.pptx", pptx, "is a PowerPoint presentation, not a spreadsheet"),
    "old-powerpoint": (
        "slides.xls",
        text(compound_file("PowerPoint Document", "Current User")),
        "is a PowerPoint presentation",
    ),
    "old-office-other": ("mail.xls", text(compound_file("__substg1.0_0037001F")), "old Microsoft"),
    "odt": ("update.ods", odt, "is an OpenDocument text, drawing or presentation"),
    "unusual-workbook": ("update.xlsx", unusual_workbook, "save it again as an Excel Workbook"),
    "zip": ("update.xlsx", plain_zip, "is a ZIP archive without a workbook"),
    "zip-holding": (
        "update.zip",
        zipped_csv,
        "is a ZIP archive holding update.csv: extract that file and import it",
    ),
    "gzip": ("update.csv.gz", gzipped, "is a gzip archive, not a spreadsheet"),
    "html": ("export.xls", text(HTML_EXPORT), "is a web page (HTML), not a spreadsheet"),
    "spreadsheet-2003": ("export.xml", text(SPREADSHEET_2003), "is an Excel 2003 XML spreadsheet"),
    "xml": ("data.xlsx", text('<?xml version="1.0"?><rows/>'), "is an XML file"),
    "json": ("data.xlsx", text(json.dumps({"rows": []})), "is a JSON file"),
    "rtf": ("letter.csv", text("{\\rtf1\\ansi Deliverables}"), "is a Rich Text (RTF) document"),
    "utf-16": (
        "export.txt",
        text(CSV_TEXT.encode("utf-16")),
        "is UTF-16 text (Unicode Text). Save it as 'CSV UTF-8 (Comma delimited)'",
    ),
    "text-as-xlsx": (
        "update.xlsx",
        text(CSV_TEXT),
        "update.xlsx is a text file, not an Excel workbook; if it is a CSV export, name it .csv.",
    ),
    "text-as-ods": ("update.ods", text(CSV_TEXT), "a text file, not an OpenDocument spreadsheet"),
    "text-other-name": ("update.dat", text(CSV_TEXT), "a text file, not a spreadsheet; if it"),
    "empty": ("update.xlsx", text(b""), "update.xlsx is empty."),
    "binary": ("update.xlsx", text(bytes(range(256)) * 4), "is not a spreadsheet this"),
}


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "cli.unccd"
    shutil.copyfile(demo_template, path)
    return str(path)


@pytest.mark.parametrize("kind", KINDS)
def test_refused_as_what_it_is(qapp, sqlite_services, tmp_path, kind):
    name, write, said = KINDS[kind]
    path = write(tmp_path / name)
    data = path.read_bytes()
    report = preview_import(sqlite_services, path)
    assert report.status == "rejected", report.to_json()
    assert report.rejected.type == "file-rejected"
    assert said in report.rejected.message
    assert path.read_bytes() == data


@pytest.mark.parametrize("kind", KINDS)
def test_the_command_line_exits_2(qapp, capsys, db, tmp_path, kind):
    name, write, said = KINDS[kind]
    path = write(tmp_path / name)
    code = main(["import", str(path), "--db", db, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 2
    assert out["status"] == "rejected"
    (problem,) = out["messages"]
    assert problem["type"] == "file-rejected" and said in problem["message"]


@pytest.mark.parametrize("name", ["update.csv", "update.tsv", "update.txt", "UPDATE.CSV"])
def test_text_named_as_a_table_is_read_as_csv(sqlite_services, tmp_path, name):
    path = tmp_path / name
    path.write_text(CSV_TEXT.replace(",", "\t") if name.endswith("tsv") else CSV_TEXT)
    report = preview_import(sqlite_services, path)
    assert report.status != "rejected", report.rejected
    assert [r.row for r in report.rows] == [2]


def test_a_workbook_is_read_whatever_its_name(demo_services, exported, tmp_path):
    renamed = tmp_path / "update.csv"
    shutil.copyfile(exported.path, renamed)
    report = preview_import(demo_services, renamed)
    assert report.status == "clean", report.to_json()
    assert len(report.rows) == exported.counts["deliverable"] + exported.counts["focal_point"]


def test_an_old_excel_file_says_to_save_it_as_xlsx(sqlite_services, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(compound_file("Workbook", "\x05SummaryInformation"))
    message = preview_import(sqlite_services, path).rejected.message
    assert "old Excel 97–2003 (.xls) format" in message and "Excel Workbook (.xlsx)" in message


def test_an_old_excel_file_saved_by_libreoffice(sqlite_services, tmp_path):
    source = tmp_path / "deliverables.csv"
    source.write_text(CSV_TEXT)
    xls = soffice_convert(source, "xls", tmp_path / "lo")
    assert xls.read_bytes().startswith(OLE2_MAGIC)
    assert "old Excel 97–2003" in preview_import(sqlite_services, xls).rejected.message
