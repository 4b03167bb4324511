"""What an import says about a file, a sheet, a row or a cell: typed problems.

Each problem has a stable type (named as frictionless names its errors), says where it is
(sheet, row, column header) and reads as an English sentence that also keeps its template
and values, so that the window shows it in the interface language (``ui/labels.message_text``
translates the template in the ``Import`` context). docs/workbook-exchange.md describes the
types; ui/catalogue.py lists every template and type name for the translation files (a test
checks it).
"""

from __future__ import annotations

from typing import Any

from ..errors import Text

# ----- types ----------------------------------------------------------------------------------

FILE_REJECTED = "file-rejected"
NO_SHEET = "no-sheet"
SHEET_IGNORED = "sheet-ignored"
MISSING_LABEL = "missing-label"
EXTRA_LABEL = "extra-label"
DUPLICATE_LABEL = "duplicate-label"
BLANK_ROW = "blank-row"
TYPE_ERROR = "type-error"
CONSTRAINT_ERROR = "constraint-error"
DUPLICATE_ROW = "duplicate-row"
FOREIGN_ROW = "foreign-row"
CANNOT_CREATE = "cannot-create"
CONFLICT = "conflict"
NO_EXPORT = "no-export"
SCHEMA_VERSION = "schema-version"
IGNORED_CONTENT = "ignored-content"
DRY_RUN_FAILED = "dry-run-failed"
NOT_APPLIED = "not-applied"

# Each type's name as the window shows it (translated in the Import context).
TYPES = {
    FILE_REJECTED: "File refused",
    NO_SHEET: "Nothing to import",
    SHEET_IGNORED: "Sheet ignored",
    MISSING_LABEL: "Missing column",
    EXTRA_LABEL: "Unknown column",
    DUPLICATE_LABEL: "Repeated column",
    BLANK_ROW: "Blank row",
    TYPE_ERROR: "Unreadable value",
    CONSTRAINT_ERROR: "Value refused",
    DUPLICATE_ROW: "Repeated record",
    FOREIGN_ROW: "Unknown record",
    CANNOT_CREATE: "New row refused",
    CONFLICT: "Conflict",
    NO_EXPORT: "No export record",
    SCHEMA_VERSION: "Other schema version",
    IGNORED_CONTENT: "Content ignored",
    DRY_RUN_FAILED: "Not tried",
    NOT_APPLIED: "Not applied",
}


class ImportText(Text):
    """An English sentence of the import that the window translates in the Import context."""

    context = "Import"


class Problem(ImportText):
    """One problem of an import: its type, where it is, and its sentence."""

    type: str
    sheet: str | None
    row: int | None
    column: str | None

    def __new__(
        cls,
        type_: str,
        template: str,
        *args: object,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> Problem:
        problem = super().__new__(cls, template, *args)
        problem.type, problem.sheet, problem.row, problem.column = type_, sheet, row, column
        return problem

    @property
    def message(self) -> str:
        """The English sentence."""
        return str(self)

    def to_json(self) -> dict[str, Any]:
        return problem_json(self.type, self.message, self.sheet, self.row, self.column)


def problem_json(
    type_: str,
    message: str,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
) -> dict[str, Any]:
    """A problem as ``import --json`` prints it."""
    return {"type": type_, "message": message, "sheet": sheet, "row": row, "column": column}


# ----- templates ------------------------------------------------------------------------------
# {0}, {1}... are filled in order; numbers come already formatted.

# The file is refused (files.py, reading.py).
NO_FILE = "There is no file at {0}."
A_FOLDER = "{0} is a folder, not a spreadsheet."
NO_PERMISSION = "You do not have permission to read {0}."
EMPTY_FILE = "{0} is empty."
FILE_TOO_BIG = "{0} is {1} MB; files over {2} MB are not imported. Split it into smaller files."
ENCRYPTED_XLS = (
    "{0} is protected with a password (encrypted), so it cannot be read. Open it, remove the "
    "password (File → Info → Protect Workbook → Encrypt with Password) and save it again."
)
OLD_XLS = (
    "{0} is in the old Excel 97–2003 (.xls) format. Open it in your spreadsheet program and "
    "save it as an Excel Workbook (.xlsx)."
)
XLSB = (
    "{0} is an Excel Binary Workbook (.xlsb). Open it in your spreadsheet program and save it "
    "as an Excel Workbook (.xlsx)."
)
ENCRYPTED = (
    "{0} is protected with a password (encrypted), so it cannot be read. Remove the password "
    "and save it again."
)
DAMAGED_ZIP = (
    "{0} is damaged or incomplete (it is not a readable workbook). Ask for the file again, or "
    "open and re-save it."
)
DAMAGED_PART = "{0} is damaged or incomplete (part {1} cannot be read)."
NO_SHEET_DATA = "{0} is damaged: its sheet data is missing."
TOO_MANY_PARTS = "{0} has too many parts ({1}) to be a normal workbook."
EXPANDS_TOO_MUCH = (
    "{0} would expand to {1} MB when opened, over the limit of {2} MB; it is refused as a "
    "possible zip bomb."
)
COMPRESSED_TOO_MUCH = (
    "{0} contains a part compressed {1} times, far beyond any real workbook; it is refused as "
    "a possible zip bomb."
)
XML_ENTITIES = (
    "{0} contains XML entity declarations, which workbooks never need; it is refused as unsafe."
)
BINARY_NOT_READ = "{0} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv)."
# What the file is instead (files.py tells it from the content, whatever the name).
IS_PDF = "{0} is a PDF, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
IS_IMAGE = "{0} is a {1} image, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
IS_ARCHIVE = (
    "{0} is a {1} archive, not a spreadsheet. Extract the workbook from it and import that file."
)
IS_WORD = "{0} is a Word document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
IS_POWERPOINT = (
    "{0} is a PowerPoint presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
)
IS_OPENDOCUMENT = (
    "{0} is an OpenDocument text, drawing or presentation, not a spreadsheet (use .xlsx, .ods or "
    "UTF-8 .csv)."
)
OLD_OFFICE_FILE = (
    "{0} is an old Microsoft Office file that holds no workbook (use .xlsx, .ods or UTF-8 .csv)."
)
UNUSUAL_WORKBOOK = (
    "{0} is a workbook whose parts are laid out in a way this application does not read. Open "
    "it in your spreadsheet program and save it again as an Excel Workbook (.xlsx)."
)
ZIP_WITHOUT_WORKBOOK = "{0} is a ZIP archive without a workbook (use .xlsx, .ods or UTF-8 .csv)."
ZIP_HOLDING_WORKBOOK = "{0} is a ZIP archive holding {1}: extract that file and import it."
IS_HTML = (
    "{0} is a web page (HTML), not a spreadsheet. If a website gave it as a spreadsheet, open it "
    "in your spreadsheet program and save it as an Excel Workbook (.xlsx)."
)
IS_SPREADSHEET_2003 = (
    "{0} is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program and save it as an "
    "Excel Workbook (.xlsx)."
)
IS_XML = "{0} is an XML file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
IS_JSON = "{0} is a JSON file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
IS_RTF = "{0} is a Rich Text (RTF) document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
UTF16_TEXT = (
    "{0} is UTF-16 text (Unicode Text). Save it as 'CSV UTF-8 (Comma delimited)' and try again."
)
TEXT_NAMED_EXCEL = "{0} is a text file, not an Excel workbook; if it is a CSV export, name it .csv."
TEXT_NAMED_ODS = (
    "{0} is a text file, not an OpenDocument spreadsheet; if it is a CSV export, name it .csv."
)
TEXT_NOT_NAMED_CSV = "{0} is a text file, not a spreadsheet; if it is a CSV export, name it .csv."
NOT_UTF8 = "{0} is not UTF-8 text. Save it as 'CSV UTF-8 (Comma delimited)' and try again."
TOO_LARGE_TO_READ = "{0} is too large or too deeply nested to read."
MALFORMED_XML = "{0} is damaged and cannot be read (malformed or unsafe XML: {1})."
DAMAGED_CONTENT = (
    "{0} is damaged and cannot be read ({1}). Open it in your spreadsheet program and save it "
    "again."
)
BAD_CSV = "{0} is not a well-formed CSV file ({1})."
TOO_MANY_ROWS = (
    "{0}: sheet '{1}' has more than {2} rows, the most one import takes. Split the file."
)

# What a damaged file holds where a value was expected (reading.py, xlsx_reader.py).
BAD_NUMBER = "'{0}' where a number was expected"
BAD_STRING_INDEX = "a reference to text number {0}, which the file does not hold"
BAD_DATE = "'{0}' where a date was expected"

# Parts of a workbook that are not read (files.py).
MACROS = "The workbook contains macros; they were not run."
EXTERNAL_LINKS = "Links to other workbooks were ignored."

# Sheets and columns (importing.py, reading.py).
SHEET_NOT_IMPORTED = (
    "Sheet '{0}' was not imported: it holds no deliverables or focal points columns."
)
NOTHING_TO_IMPORT = (
    "No sheet of this file holds deliverables or focal points with the expected columns (for "
    "example 'Deliverable ID' and 'Status')."
)
NO_ID_COLUMN = (
    "Sheet '{0}' has no '{1}' column, so its rows cannot be matched to records; it was not "
    "imported."
)
UNKNOWN_COLUMN = "Sheet '{0}': the column '{1}' is not one this import reads; it was ignored."
COMMENTS_IGNORED = (
    "Sheet '{0}': the column '{1}' holds partner comments, which are read only from a partner "
    "update workbook; it was ignored."
)
COLUMN_TWICE = "Sheet '{0}': the column '{1}' appears twice; the first one was used."
BLANK_ROWS_SKIPPED = (
    "Sheet '{0}': {1} rows hold nothing in the imported columns (the first is row {2}); they "
    "were skipped."
)
READING_STOPPED = "Sheet '{0}': reading stopped at row {1} after {2} blank rows."

# The export the file came from (importing.py).
NO_EXPORT_RECORD = (
    "This file carries no export record: changes are compared with the database as it is now, "
    "so edits made meanwhile cannot be told apart."
)
EXPORT_ID_MISSING = (
    "{0} has the hidden sheet of a partner update workbook, but it names no export: the sheet "
    "was changed, so the file cannot be held to what was sent. Export a new workbook for the "
    "partner."
)
UNKNOWN_EXPORT = (
    "{0} names the export {1}, which this database did not make (was it exported from another "
    "copy of the database?). It cannot be checked against what was sent, so it is not imported."
)
EXPORT_OF_OTHER_PARTNER = (
    "{0} names the export {1}, but not the partner that export was made for: its hidden sheet "
    "was changed, so it is not imported. Export a new workbook for the partner."
)
OTHER_SCHEMA = (
    "The workbook was exported from another database schema version ({0}; this database is at "
    "{1}); its columns are read by name as usual."
)

# Rows and cells (importing.py); a cell's problem reads "{column}: {what is wrong}.".
IN_COLUMN = "{0}: {1}."
CANNOT_BE_EMPTY = "cannot be left empty"
REPEATED_ID = "This ID is also on row {0}; each record may appear once."
NO_SUCH_DELIVERABLE = (
    "No deliverable has the ID {0} (it may have been deleted from the database since the export)."
)
NO_SUCH_CONTACT = (
    "No focal point has the ID {0} (it may have been deleted from the database since the export)."
)
OTHER_PARTNERS_CONTACT = "This contact belongs to another partner."
NOT_SENT = (
    "{0} {1} is not one of the records this workbook was sent with; a partner update workbook "
    "changes only its own partner's records, so this row is not imported."
)
NO_DELIVERABLE_ID = (
    "This row has no Deliverable ID; new deliverables cannot be added from a workbook."
)
NEW_CONTACT_OUTSIDE = (
    "New contacts can only be added in a partner update workbook (it says whose contacts they are)."
)
NEW_CONTACT_NAME = "a new contact needs a name"
CHANGED_ON_BOTH_SIDES = (
    "{0}: changed in the database since the export, and in the file; choose which value to keep."
)
CHANGED_DURING_PREVIEW = (
    "This record changed in the database while the file was read; preview the file again."
)
DATABASE_REFUSED = "The database refused these values ({0})."
NOT_TRIED = (
    "The rows could not be tried against the database ({0}); they are checked again when applied."
)

# Cell values (cleaning.py).
NOT_A_DATE = "is not a date"
SERIAL_NOT_A_DATE = "{0} is not a date"
AMBIGUOUS_DATE = (
    "'{0}' is ambiguous (day and month could be either way round); write it as YYYY-MM-DD"
)
INVALID_DATE = "'{0}' is not a valid date"
TEXT_NOT_A_DATE = "'{0}' is not a date (write it as YYYY-MM-DD)"
NOT_A_PERCENTAGE = "'{0}' is not a percentage"
PERCENT_OUT_OF_RANGE = "{0} is not a percentage from 0 to 100"
NOT_PERCENT_KIND = "must be a percentage from 0 to 100"
NOT_YES_OR_NO = "'{0}' should be yes or no"
OVER_CELL_LIMIT = "{0} characters, more than the {1} a spreadsheet cell can hold"
UNCALCULATED_FORMULA = (
    "holds a formula whose result was never calculated; open the file in Excel or LibreOffice "
    "and save it again, or type the value"
)

# Apply refused (importing.py).
ALREADY_IMPORTED = "This file was already imported (batch {0})."
ROWS_HAVE_ERRORS = (
    "{0} rows have errors. Correct the file, or choose to skip those rows; nothing was written."
)
CONFLICTS_TO_RESOLVE = (
    "{0} rows have conflicts still to resolve (keep the database value or take the partner's); "
    "nothing was written."
)
FILE_CHANGED = "{0} changed since the preview; preview it again."

TEMPLATES = tuple(
    value
    for name, value in dict(globals()).items()
    if name.isupper() and isinstance(value, str) and value not in TYPES
)
