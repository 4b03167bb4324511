"""The workbook exchange screens: export dialogs, import preview, import history.

The main window calls import_workbook, export_donor_report, export_partner_update and
import_history_page with itself as parent; their work runs on the window's database worker
(ui/operations.py).
"""

from .export_dialogs import (
    DonorReportDialog,
    PartnerWorkbookDialog,
    export_donor_report,
    export_partner_update,
    export_partner_workbook,
)
from .import_history import ImportHistoryPage, import_history_page
from .import_preview import ImportPreviewDialog, accept_spreadsheet_drops, import_workbook

__all__ = [
    "DonorReportDialog",
    "ImportHistoryPage",
    "ImportPreviewDialog",
    "PartnerWorkbookDialog",
    "accept_spreadsheet_drops",
    "export_donor_report",
    "export_partner_update",
    "export_partner_workbook",
    "import_history_page",
    "import_workbook",
]
