"""File → Print… (the dashboard or the list shown) and File → Export donor report as PDF….

Printing shows a preview first (``QPrintPreviewDialog``: zoom, page set-up, then the print
dialog); a list's rows are read on a worker behind a progress box with Cancel. The donor
report's PDF is written on the database worker like the other exports: nothing of a
cancelled or failed export is left on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from ...errors import UserError
from .. import error_handling, prompts
from ..exchange.export_dialogs import _ExportDialog, file_name_part, remembered
from ..settings import app_settings
from ..workers import Cancelled, Task, progress_box, start_task
from .document import PrintDocument
from .render import page_layout, render
from .screens import ListQuery, dashboard_document

if TYPE_CHECKING:
    from ...services import Services
    from ..main_window import MainWindow
    from .donor_pdf import DonorPdf


class PrintPreview(QPrintPreviewDialog):
    """A print preview of a document, printed from there at the printer's resolution."""

    def __init__(self, document: PrintDocument, parent: QWidget | None = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.title)
        printer.setPageLayout(page_layout(document))
        super().__init__(printer, parent)
        self.kept_printer = printer  # the dialog paints on it as long as it lives
        self.document = document
        self.setWindowTitle(
            QCoreApplication.translate("Printing", "Print preview: {0}").format(document.title)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paintRequested.connect(lambda device: render(self.document, device))
        self.resize(900, 760)


def print_preview(parent: QWidget | None, document: PrintDocument) -> PrintPreview:
    """Show ``document`` in a print preview, from which it is printed."""
    dialog = PrintPreview(document, parent)
    prompts.show_dialog(dialog)
    return dialog


def print_section(window: MainWindow) -> Task | PrintPreview | None:
    """File → Print…: the dashboard, or every row of the list shown as it is filtered."""
    page = window.stack.currentWidget()
    if window.current_key() == "dashboard":
        page.refresh()
        return print_preview(window, dashboard_document(page, window.services.db.display_name))
    if page not in window.list_pages.values():
        return None
    query = ListQuery(page)

    def done(rows: list[dict[str, Any]]) -> None:
        print_preview(window, query.document(rows))

    def failed(exc: BaseException, details: str) -> None:
        if not isinstance(exc, Cancelled):
            error_handling.report(exc, details, window)

    task = start_task(lambda task: query.read(task.check), done, failed)
    progress_box(
        window, QCoreApplication.translate("Printing", "Reading {0}…").format(query.title), task
    )
    return task


class DonorPdfDialog(_ExportDialog):
    """Choose the donor, the language and the file of the donor report's PDF."""

    kind = "donor-report"
    DONOR_KEY = "export/donor_report/donor"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(QCoreApplication.translate("Printing", "Export donor report as PDF"))
        self.donor = self.partner_picker(QCoreApplication.translate("Printing", "(choose a donor)"))
        self.add_subject_row(QCoreApplication.translate("Printing", "Donor:"), self.donor)
        self.donor.set_value(remembered(self.DONOR_KEY, self.donor.items))
        self.follow_partner_language(self.donor.value())
        self.donor.changed.connect(lambda: self.follow_partner_language(self.donor.value()))
        self.donor.changed.connect(self.propose_path)
        self.language.currentIndexChanged.connect(self.propose_path)
        self.propose_path()

    def subject(self) -> str | None:
        return self.short_name(self.donor.value())

    def proposed_name(self) -> str:
        parts = [self.subject(), self.kind, self.language_code(), date.today().isoformat()]
        return "-".join(file_name_part(p) for p in parts if p and file_name_part(p)) + ".pdf"

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Printing", "Save PDF"),
            self.path_edit.text(),
            QCoreApplication.translate("Printing", "PDF document (*.pdf)"),
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def progress_label(self) -> str:
        return QCoreApplication.translate("Printing", "Writing the PDF…")

    def check(self) -> None:
        if not self.donor.value():
            raise UserError(
                QCoreApplication.translate("Printing", "Choose the donor whose report to export.")
            )

    def remember(self) -> None:
        app_settings().setValue(self.DONOR_KEY, self.donor.value())
        self.remember_partner_language(self.donor.value())

    def export(self, out: Path, check: Callable[[], None]) -> Any:
        from .donor_pdf import export_donor_pdf

        return export_donor_pdf(self.services, self.donor.value(), out, self.language_code(), check)


def export_donor_pdf(window: Any, services: Services | None = None) -> DonorPdfDialog:
    """File → Export donor report as PDF…: the dialog; a message names the file written."""
    dialog = DonorPdfDialog(services if services is not None else window.services, window)
    dialog.exported.connect(lambda result: _exported(window, result))
    dialog.open()
    return dialog


def _exported(parent: QWidget | None, result: DonorPdf) -> None:
    count = result.pages  # a plain name: lupdate takes no attribute as a plural's count
    pages = QCoreApplication.translate("Printing", "%n page(s)", "", count)
    prompts.inform(
        parent,
        QCoreApplication.translate("Printing", "Donor report exported"),
        QCoreApplication.translate("Printing", "The PDF ({0}) was saved as {1}.").format(
            pages, result.path
        ),
    )
