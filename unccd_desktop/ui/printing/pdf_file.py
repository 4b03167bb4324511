"""Write a PrintDocument to a PDF file: whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from ... import APP_NAME
from ...errors import UserError
from ...excel.writing import saving
from .document import PrintDocument
from .render import page_layout, render

RESOLUTION = 300  # dots per inch the PDF is laid out at (its text and lines stay vector)


def write_pdf(document: PrintDocument, out: Path, check: Callable[[], None] | None = None) -> int:
    """Write ``document`` to ``out`` (.pdf); returns the number of pages. The file is written
    beside ``out`` and takes its place once complete, so a failure or cancel leaves no half
    file (and an older file as it was)."""
    with saving(Path(out), suffixes=(".pdf",)) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setCreator(APP_NAME)
        writer.setTitle(document.title)
        writer.setPageLayout(page_layout(document))
        try:
            pages = render(document, writer, check)
        except OSError as exc:
            raise UserError(f"{out} could not be written: {exc}.") from exc
        del writer  # the file is complete once the writer is gone
    return pages
