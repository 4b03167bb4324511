"""The donor report as a PDF: the workbook's content (excel/donor_content.py), laid out by
the app itself, in any of the six languages.

Used by File → Export donor report as PDF… and by ``export donor-report --format pdf``; the
command line needs no display (``ensure_application`` starts Qt offscreen).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication

from ...excel.donor_content import MONEY, PERCENT, DonorReportContent, donor_report_content
from .document import BarChart, Figure, PrintDocument, Table
from .pdf_file import write_pdf

if TYPE_CHECKING:
    from ...services import Services

NUMERIC_KINDS = frozenset({MONEY, PERCENT})
_application: list[QGuiApplication] = []  # the one started here, kept for the process


@dataclass(frozen=True)
class DonorPdf:
    """A donor report written as PDF: where, how many pages, the records in it."""

    path: Path
    pages: int
    counts: dict[str, int]


def ensure_application() -> None:
    """A Qt application to lay out text with: the one running, or one without a display."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _application.append(QGuiApplication([]))


def cell_text(value: Any, kind: str) -> str:
    """A report value as printed: dates in ISO form (read alike in every language)."""
    if value is None:
        return ""
    if kind == PERCENT:
        return f"{value} %"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def donor_document(
    content: DonorReportContent, check: Callable[[], None] | None = None
) -> PrintDocument:
    """The printed document of a donor report: title block, key figures, the chart of
    deliverables by status, then one table per section (record ids are not printed)."""
    tables = []
    for section in content.sections:
        printed = [i for i, c in enumerate(section.columns) if c.printed]
        columns = [section.columns[i] for i in printed]
        rows, overdue = [], set()
        for number, row in enumerate(section.rows()):
            if check is not None and number % 500 == 0:
                check()
            rows.append([cell_text(row.values[i], section.columns[i].kind) for i in printed])
            if row.overdue:
                overdue.add(number)
        tables.append(
            Table(
                title=section.title,
                headers=[c.header for c in columns],
                rows=rows,
                widths=[c.width for c in columns],
                empty_text=section.empty_text,
                numeric=frozenset(i for i, c in enumerate(columns) if c.kind in NUMERIC_KINDS),
                marked=frozenset(overdue),
            )
        )
    return PrintDocument(
        title=content.title,
        lines=(content.scope_line, content.date_text),
        figures=tuple(Figure(f.label, str(f.value)) for f in content.figures),
        chart=BarChart(content.chart.title, content.chart.points),
        tables=tuple(tables),
        header=f"{content.heading} — {content.date_text}",
        page_text=content.page_text,
        language=content.language,
        right_to_left=content.right_to_left,
        landscape=True,
    )


def export_donor_pdf(
    services: Services,
    partner_uuid: str | None,
    out: Path,
    language: str = "en",
    check: Callable[[], None] | None = None,
    *,
    initiative_uuid: str | None = None,
) -> DonorPdf:
    """Write the donor report of a partner (or of an initiative, or of everything) to
    ``out`` as PDF; ``check`` is called now and then and may raise to cancel."""
    ensure_application()
    content = donor_report_content(
        services, partner_uuid, language, initiative_uuid=initiative_uuid
    )
    document = donor_document(content, check)
    pages = write_pdf(document, out, check)
    return DonorPdf(Path(out).expanduser().resolve(), pages, content.counts)
