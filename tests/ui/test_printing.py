"""Printing and PDF: the donor report's PDF in several languages, the command line's PDF,
File → Print… of the dashboard and of a list (through a print preview), read back with
poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from unccd_desktop.excel.donor_content import donor_report_content
from unccd_desktop.excel.wording import Wording
from unccd_desktop.services import Services
from unccd_desktop.ui.printing.document import PrintDocument, Table
from unccd_desktop.ui.printing.donor_pdf import export_donor_pdf
from unccd_desktop.ui.printing.pdf_file import write_pdf
from unccd_desktop.ui.printing.print_actions import DonorPdfDialog
from unccd_desktop.ui.printing.render import page_layout, render
from unccd_desktop.ui.printing.screens import ListQuery
from unccd_desktop.ui.printing.widths import fit_widths, longest_word
from unccd_desktop.ui.workers import Cancelled

DONOR = "Republic of Korea"


def pdf_text(path: Path, page: int | None = None) -> str:
    """The PDF's text in content order, Arabic presentation forms folded to letters, without
    spaces or line ends (a cell's text wraps over lines, at spaces or after hyphens)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        ["pdftotext", "-raw", *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", out)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)  # bidi marks
    return squeezed(text)


def squeezed(text: str) -> str:
    """Text as pdf_text gives it: compatibility forms folded, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


def action(window, name: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_donor_report_pdf_in_three_languages(qtbot, demo_db: Services, tmp_path, language):
    partner = demo_db.partners.find_by_name(DONOR)
    out = tmp_path / f"korea-{language}.pdf"
    result = export_donor_pdf(demo_db, partner["uuid"], out, language)

    assert out.read_bytes().startswith(b"%PDF-")
    assert result.pages == pdf_pages(out)
    assert 1 <= result.pages <= 4  # 6 projects and 10 deliverables
    content = donor_report_content(demo_db, partner["uuid"], language)
    deliverables = next(s for s in content.sections if s.key == "deliverables")
    titles = [row.values[deliverables.column_index("title")] for row in deliverables.rows()]
    text = pdf_text(out)
    w = Wording(language)
    assert squeezed(partner["name"]) in text
    assert all(squeezed(title) in text for title in titles)
    assert squeezed(w("Deliverables")) in text
    # a line mixing Arabic and Latin text comes back in another order: each part is there
    assert all(squeezed(part) in text for part in squeezed(content.scope_line).split(":"))
    footer = w("Page {0} of {1}").format(result.pages, result.pages)
    assert all(squeezed(word) in pdf_text(out, result.pages) for word in footer.split())
    if language == "ar":
        assert re.search("[\u0621-\u064a]{3}", text)  # Arabic letters, extractable
    if language == "zh":
        assert re.search("[\u4e00-\u9fff]{2}", text)
    assert not list(tmp_path.glob(".*partial*"))


def test_a_cancelled_pdf_leaves_the_old_file_as_it_was(qtbot, tmp_path):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the old report")
    rows = [[f"row {n}", str(n)] for n in range(500)]
    document = PrintDocument("Long", tables=[Table("Rows", ["Title", "N"], rows)])
    calls = []

    def check() -> None:
        calls.append(1)
        if len(calls) > 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_pdf(document, out, check)
    assert out.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_long_table_repeats_its_header_on_every_page(qtbot, tmp_path):
    rows = [[f"Entry {n:03d}", "wrapped " * 12, str(n)] for n in range(150)]
    table = Table("Entries", ["Heading A", "Heading B", "Count"], rows, (3, 5, 1))
    out = tmp_path / "long.pdf"
    pages = write_pdf(PrintDocument("Entries", tables=[table], page_text="p. {0}/{1}"), out)
    assert pages == pdf_pages(out) > 2
    for page in range(1, pages + 1):
        text = pdf_text(out, page)
        assert "HeadingA" in text and f"p.{page}/{pages}" in text
    text = pdf_text(out)
    assert all(f"Entry{n:03d}" in text for n in range(150))


def test_columns_keep_their_longest_word_whole():
    # a long title, a date, an empty column: the date keeps its width, the title takes the rest
    widths = fit_widths([4, 1, 1], least=[60, 80, 30], natural=[900, 80, 30], total=400)
    assert widths[1] >= 80 and widths[2] >= 30
    assert sum(widths) == pytest.approx(400)
    assert widths[0] == pytest.approx(400 - widths[1] - widths[2])
    # room to spare: every column gets its whole text, the rest shared by the widths given
    assert fit_widths([1, 1], [10, 10], [50, 100], 300) == pytest.approx([125, 175])
    assert longest_word("捐助方 Republic of Korea") == "Republic"


def test_command_line_writes_the_pdf_without_a_display(demo_db: Services, tmp_path):
    out = tmp_path / "korea.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    command = ["export", "donor-report", "--db", str(demo_db.db.path), "--donor", DONOR]
    done = subprocess.run(
        [sys.executable, "-m", "unccd_desktop", *command, "--format", "pdf", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert f"({pdf_pages(out)} pages)" in done.stdout
    assert squeezed(DONOR) in pdf_text(out)


def test_file_menu_exports_the_donor_pdf(qtbot, window, tmp_path, answers):
    export = action(window, "export_donor_pdf")
    assert export.isEnabled()
    export.trigger()
    dialog = next(d for d in window.findChildren(DonorPdfDialog) if d.isVisible())
    partner = window.services.partners.find_by_name(DONOR)
    dialog.donor.set_value(partner["uuid"])
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert dialog.path_edit.text().endswith(f"-donor-report-ar-{date.today().isoformat()}.pdf")
    assert (
        dialog.progress_label() == "Writing the PDF…"
    )  # not the workbooks' "Writing the workbook…"
    out = tmp_path / "korea-ar.pdf"
    dialog.path_edit.setText(str(out))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: any("PDF" in t for t in answers.texts()), timeout=20_000)
    assert str(out) in answers.texts()[-1]
    assert squeezed(partner["name"]) in pdf_text(out)


def preview_pages(dialog: QPrintPreviewDialog) -> int:
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    return widget.pageCount()


def test_print_previews_the_dashboard(qtbot, window, answers):
    window.show_section("dashboard")
    printing = action(window, "print")
    assert printing.isEnabled()
    assert printing.shortcut().matches(Qt.Key.Key_P | Qt.KeyboardModifier.ControlModifier)
    shown: list[QPrintPreviewDialog] = []
    answers(shown.append)
    printing.trigger()
    assert isinstance(shown[0], QPrintPreviewDialog)
    assert preview_pages(shown[0]) >= 1
    shown[0].close()


def test_print_is_off_where_there_is_nothing_to_print(window):
    window.show_section("imports")
    assert not action(window, "print").isEnabled()


def test_print_previews_every_row_of_the_list_shown(qtbot, window, demo_db, answers):
    project = demo_db.projects.rows(limit=1)[0]["uuid"]
    for number in range(140):  # more rows than the list reads at a time (200)
        demo_db.deliverables.create({"title": f"Printed row {number:03d}", "project": project})
    window.show_section("deliverable")
    page = window.list_page("deliverable")
    page.refresh()
    assert page.model.rowCount() > 200
    shown: list[QPrintPreviewDialog] = []
    answers(shown.append)
    action(window, "print").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert preview_pages(shown[0]) > 3
    shown[0].close()


def test_printed_list_holds_every_row_under_its_columns(qtbot, window, demo_db, tmp_path):
    window.show_section("deliverable")
    page = window.list_page("deliverable")
    page.set_filter("status", "accepted")
    page.apply_filters()
    query = ListQuery(page)
    rows = query.read()
    assert len(rows) == page.model.rowCount() > 0
    document = query.document(rows)
    out = tmp_path / "list.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # as the preview prints it
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageLayout(page_layout(document))
    pages = render(document, printer)
    assert pages == pdf_pages(out)
    text = pdf_text(out)
    assert all(squeezed(row["title"]) in text for row in rows)
    assert document.lines[0].startswith(str(len(rows)))
    assert "Accepted" in document.lines[1]  # the filter set
    for number in range(1, pages + 1):
        assert "Title" in pdf_text(out, number)  # the header row on every page
