"""Texts the interface translates without a literal in a tr() call.

Enum values and field names that labels.py builds at run time, the Excel menu entries and the
texts of modules' translate() helpers, listed so that pyside6-lupdate puts them in the
translation files. tests/ui/test_i18n.py fails when one is missing here.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CATALOGUE = (
    QT_TRANSLATE_NOOP("AboutDialog", "Database"),
    QT_TRANSLATE_NOOP("AboutDialog", "Python"),
    QT_TRANSLATE_NOOP("AboutDialog", "Qt"),
    QT_TRANSLATE_NOOP("AboutDialog", "Schema version"),
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        'The country list comes from lukes/ISO-3166-Countries-with-Regional-Codes, compiled from the UN M49 standard and ISO 3166, licensed under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>. Currency codes are the IATI Currency codelist.',  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("AboutDialog", "Version"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "&Keep mine"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "&Keep mine as another record"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "&Take theirs"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "&Take theirs: merge mine into it"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Both records stay: they are not the same partner."),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Changed here, deleted on the server"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Changed on both sides"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Deleted here, changed on the server"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Possible duplicate"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Refused by the server"),
    QT_TRANSLATE_NOOP(
        "ConflictsDialog",
        "The change is sent again at the next sync (once what the server refused is put right).",
    ),
    QT_TRANSLATE_NOOP(
        "ConflictsDialog",
        "The change made here is dropped; the record takes the server's values.",
    ),
    QT_TRANSLATE_NOOP("ConflictsDialog", "The record comes back here as the server has it."),
    QT_TRANSLATE_NOOP(
        "ConflictsDialog",
        "The record goes back onto the server, with the changes made here.",
    ),
    QT_TRANSLATE_NOOP("ConflictsDialog", "The record is deleted here too."),
    QT_TRANSLATE_NOOP(
        "ConflictsDialog",
        "The record is deleted on the server too, at the next sync.",
    ),
    QT_TRANSLATE_NOOP(
        "ConflictsDialog",
        "The record made here is merged into the server's: its links and history join the server's record, and the copy made here goes.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ConflictsDialog",
        "The server's value is put here; the value typed here is dropped.",
    ),
    QT_TRANSLATE_NOOP(
        "ConflictsDialog",
        "This laptop's value goes to the server at the next sync.",
    ),
    QT_TRANSLATE_NOOP("Enum", "Accepted"),
    QT_TRANSLATE_NOOP("Enum", "Accountable"),
    QT_TRANSLATE_NOOP("Enum", "Active"),
    QT_TRANSLATE_NOOP("Enum", "Campaign"),
    QT_TRANSLATE_NOOP("Enum", "Cancelled"),
    QT_TRANSLATE_NOOP("Enum", "Closed"),
    QT_TRANSLATE_NOOP("Enum", "Convention secretariat"),
    QT_TRANSLATE_NOOP("Enum", "Create"),
    QT_TRANSLATE_NOOP("Enum", "Dataset"),
    QT_TRANSLATE_NOOP("Enum", "Delete"),
    QT_TRANSLATE_NOOP("Enum", "Draft"),
    QT_TRANSLATE_NOOP("Enum", "Event"),
    QT_TRANSLATE_NOOP("Enum", "Expired"),
    QT_TRANSLATE_NOOP("Enum", "Extending"),
    QT_TRANSLATE_NOOP("Enum", "Finalisation"),
    QT_TRANSLATE_NOOP("Enum", "Financial institution"),
    QT_TRANSLATE_NOOP("Enum", "Funder"),
    QT_TRANSLATE_NOOP("Enum", "Funding"),
    QT_TRANSLATE_NOOP("Enum", "GEF enabling activity"),
    QT_TRANSLATE_NOOP("Enum", "Government"),
    QT_TRANSLATE_NOOP("Enum", "Guide"),
    QT_TRANSLATE_NOOP("Enum", "Implementation"),
    QT_TRANSLATE_NOOP("Enum", "Implementer"),
    QT_TRANSLATE_NOOP("Enum", "Implementing"),
    QT_TRANSLATE_NOOP("Enum", "In progress"),
    QT_TRANSLATE_NOOP("Enum", "Informal partnership"),
    QT_TRANSLATE_NOOP("Enum", "Intergovernmental"),
    QT_TRANSLATE_NOOP("Enum", "Letter of agreement"),
    QT_TRANSLATE_NOOP("Enum", "Media"),
    QT_TRANSLATE_NOOP("Enum", "MoU"),
    QT_TRANSLATE_NOOP("Enum", "Multi-party MoU"),
    QT_TRANSLATE_NOOP("Enum", "NGO"),
    QT_TRANSLATE_NOOP("Enum", "Negotiation"),
    QT_TRANSLATE_NOOP("Enum", "Observer"),
    QT_TRANSLATE_NOOP("Enum", "Other"),
    QT_TRANSLATE_NOOP("Enum", "Pipeline"),
    QT_TRANSLATE_NOOP("Enum", "Planned"),
    QT_TRANSLATE_NOOP("Enum", "Private sector"),
    QT_TRANSLATE_NOOP("Enum", "Project preparation"),
    QT_TRANSLATE_NOOP("Enum", "Renewed"),
    QT_TRANSLATE_NOOP("Enum", "Report"),
    QT_TRANSLATE_NOOP("Enum", "Research"),
    QT_TRANSLATE_NOOP("Enum", "Signatory"),
    QT_TRANSLATE_NOOP("Enum", "Signed"),
    QT_TRANSLATE_NOOP("Enum", "Study"),
    QT_TRANSLATE_NOOP("Enum", "Submitted"),
    QT_TRANSLATE_NOOP("Enum", "Suspended"),
    QT_TRANSLATE_NOOP("Enum", "Terminated"),
    QT_TRANSLATE_NOOP("Enum", "UN entity"),
    QT_TRANSLATE_NOOP("Enum", "Update"),
    QT_TRANSLATE_NOOP("Field", "Acronym"),
    QT_TRANSLATE_NOOP("Field", "Actual end"),
    QT_TRANSLATE_NOOP("Field", "Actual start"),
    QT_TRANSLATE_NOOP("Field", "Agreement"),
    QT_TRANSLATE_NOOP("Field", "Agreements"),
    QT_TRANSLATE_NOOP("Field", "Code"),
    QT_TRANSLATE_NOOP("Field", "Countries"),
    QT_TRANSLATE_NOOP("Field", "Deliverable"),
    QT_TRANSLATE_NOOP("Field", "Description"),
    QT_TRANSLATE_NOOP("Field", "Donor"),
    QT_TRANSLATE_NOOP("Field", "Donors"),
    QT_TRANSLATE_NOOP("Field", "Email"),
    QT_TRANSLATE_NOOP("Field", "Initiative"),
    QT_TRANSLATE_NOOP("Field", "Kind"),
    QT_TRANSLATE_NOOP("Field", "Merged"),
    QT_TRANSLATE_NOOP("Field", "Name"),
    QT_TRANSLATE_NOOP("Field", "Notes"),
    QT_TRANSLATE_NOOP("Field", "Overdue"),
    QT_TRANSLATE_NOOP("Field", "Participants"),
    QT_TRANSLATE_NOOP("Field", "Parties"),
    QT_TRANSLATE_NOOP("Field", "Partner"),
    QT_TRANSLATE_NOOP("Field", "Phases"),
    QT_TRANSLATE_NOOP("Field", "Phone"),
    QT_TRANSLATE_NOOP("Field", "Pillars"),
    QT_TRANSLATE_NOOP("Field", "Planned end"),
    QT_TRANSLATE_NOOP("Field", "Planned start"),
    QT_TRANSLATE_NOOP("Field", "Project"),
    QT_TRANSLATE_NOOP("Field", "Reference"),
    QT_TRANSLATE_NOOP("Field", "Role"),
    QT_TRANSLATE_NOOP("Field", "Size"),
    QT_TRANSLATE_NOOP("Field", "Status"),
    QT_TRANSLATE_NOOP("Field", "Title"),
    QT_TRANSLATE_NOOP("Field", "Uuid"),
    QT_TRANSLATE_NOOP("Field", "Version"),
    QT_TRANSLATE_NOOP("Field", "Website"),
    QT_TRANSLATE_NOOP(
        "Import",
        "'{0}' is ambiguous (day and month could be either way round); write it as YYYY-MM-DD",
    ),
    QT_TRANSLATE_NOOP("Import", "'{0}' is not a date (write it as YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("Import", "'{0}' is not a percentage"),
    QT_TRANSLATE_NOOP("Import", "'{0}' is not a valid date"),
    QT_TRANSLATE_NOOP("Import", "'{0}' should be yes or no"),
    QT_TRANSLATE_NOOP("Import", "'{0}' where a date was expected"),
    QT_TRANSLATE_NOOP("Import", "'{0}' where a number was expected"),
    QT_TRANSLATE_NOOP("Import", "Blank row"),
    QT_TRANSLATE_NOOP("Import", "Conflict"),
    QT_TRANSLATE_NOOP("Import", "Content ignored"),
    QT_TRANSLATE_NOOP("Import", "File refused"),
    QT_TRANSLATE_NOOP("Import", "Links to other workbooks were ignored."),
    QT_TRANSLATE_NOOP("Import", "Missing column"),
    QT_TRANSLATE_NOOP(
        "Import",
        "New contacts can only be added in a partner update workbook (it says whose contacts they are).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "New row refused"),
    QT_TRANSLATE_NOOP(
        "Import",
        "No deliverable has the ID {0} (it may have been deleted from the database since the export).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "No export record"),
    QT_TRANSLATE_NOOP(
        "Import",
        "No focal point has the ID {0} (it may have been deleted from the database since the export).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "No sheet of this file holds deliverables or focal points with the expected columns (for example 'Deliverable ID' and 'Status').",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "Not applied"),
    QT_TRANSLATE_NOOP("Import", "Not tried"),
    QT_TRANSLATE_NOOP("Import", "Nothing to import"),
    QT_TRANSLATE_NOOP("Import", "Other schema version"),
    QT_TRANSLATE_NOOP("Import", "Repeated column"),
    QT_TRANSLATE_NOOP("Import", "Repeated record"),
    QT_TRANSLATE_NOOP(
        "Import",
        "Sheet '{0}' has no '{1}' column, so its rows cannot be matched to records; it was not imported.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "Sheet '{0}' was not imported: it holds no deliverables or focal points columns.",
    ),
    QT_TRANSLATE_NOOP("Import", "Sheet '{0}': reading stopped at row {1} after {2} blank rows."),
    QT_TRANSLATE_NOOP(
        "Import",
        "Sheet '{0}': the column '{1}' appears twice; the first one was used.",
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "Sheet '{0}': the column '{1}' is not one this import reads; it was ignored.",
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "Sheet '{0}': {1} rows hold nothing in the imported columns (the first is row {2}); they were skipped.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "Sheet ignored"),
    QT_TRANSLATE_NOOP("Import", "The database refused these values ({0})."),
    QT_TRANSLATE_NOOP(
        "Import",
        "Sheet '{0}': the column '{1}' holds partner comments, which are read only from a partner update workbook; it was ignored.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} has the hidden sheet of a partner update workbook, but it names no export: the sheet was changed, so the file cannot be held to what was sent. Export a new workbook for the partner.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} names the export {1}, which this database did not make (was it exported from another copy of the database?). It cannot be checked against what was sent, so it is not imported.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} names the export {1}, but not the partner that export was made for: its hidden sheet was changed, so it is not imported. Export a new workbook for the partner.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} {1} is not one of the records this workbook was sent with; a partner update workbook changes only its own partner's records, so this row is not imported.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "The rows could not be tried against the database ({0}); they are checked again when applied.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "The workbook contains macros; they were not run."),
    QT_TRANSLATE_NOOP(
        "Import",
        "The workbook was exported from another database schema version ({0}; this database is at {1}); its columns are read by name as usual.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "There is no file at {0}."),
    QT_TRANSLATE_NOOP("Import", "This ID is also on row {0}; each record may appear once."),
    QT_TRANSLATE_NOOP("Import", "This contact belongs to another partner."),
    QT_TRANSLATE_NOOP(
        "Import",
        "This file carries no export record: changes are compared with the database as it is now, so edits made meanwhile cannot be told apart.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "This file was already imported (batch {0})."),
    QT_TRANSLATE_NOOP(
        "Import",
        "This record changed in the database while the file was read; preview the file again.",
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "This row has no Deliverable ID; new deliverables cannot be added from a workbook.",
    ),
    QT_TRANSLATE_NOOP("Import", "Unknown column"),
    QT_TRANSLATE_NOOP("Import", "Unknown record"),
    QT_TRANSLATE_NOOP("Import", "Unreadable value"),
    QT_TRANSLATE_NOOP("Import", "Value refused"),
    QT_TRANSLATE_NOOP("Import", "You do not have permission to read {0}."),
    QT_TRANSLATE_NOOP("Import", "a new contact needs a name"),
    QT_TRANSLATE_NOOP("Import", "a reference to text number {0}, which the file does not hold"),
    QT_TRANSLATE_NOOP("Import", "cannot be left empty"),
    QT_TRANSLATE_NOOP(
        "Import",
        "holds a formula whose result was never calculated; open the file in Excel or LibreOffice and save it again, or type the value",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "is not a date"),
    QT_TRANSLATE_NOOP("Import", "must be a percentage from 0 to 100"),
    QT_TRANSLATE_NOOP("Import", "{0} changed since the preview; preview it again."),
    QT_TRANSLATE_NOOP("Import", "{0} characters, more than the {1} a spreadsheet cell can hold"),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} contains XML entity declarations, which workbooks never need; it is refused as unsafe.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} contains a part compressed {1} times, far beyond any real workbook; it is refused as a possible zip bomb.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "{0} has too many parts ({1}) to be a normal workbook."),
    QT_TRANSLATE_NOOP("Import", "{0} is a folder, not a spreadsheet."),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is a workbook whose parts are laid out in a way this application does not read. Open it in your spreadsheet program and save it again as an Excel Workbook (.xlsx).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "{0} is a PDF, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."),
    QT_TRANSLATE_NOOP(
        "Import", "{0} is a {1} image, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is a {1} archive, not a spreadsheet. Extract the workbook from it and import that file.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import", "{0} is a Word document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is a PowerPoint presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).",
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is an OpenDocument text, drawing or presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is an old Microsoft Office file that holds no workbook (use .xlsx, .ods or UTF-8 .csv).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import", "{0} is a ZIP archive without a workbook (use .xlsx, .ods or UTF-8 .csv)."
    ),
    QT_TRANSLATE_NOOP(
        "Import", "{0} is a ZIP archive holding {1}: extract that file and import it."
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is a web page (HTML), not a spreadsheet. If a website gave it as a spreadsheet, open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import", "{0} is an XML file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
    ),
    QT_TRANSLATE_NOOP(
        "Import", "{0} is a JSON file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv)."
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is a Rich Text (RTF) document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).",
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is UTF-16 text (Unicode Text). Save it as 'CSV UTF-8 (Comma delimited)' and try again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import", "{0} is a text file, not an Excel workbook; if it is a CSV export, name it .csv."
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is a text file, not an OpenDocument spreadsheet; if it is a CSV export, name it .csv.",
    ),
    QT_TRANSLATE_NOOP(
        "Import", "{0} is a text file, not a spreadsheet; if it is a CSV export, name it .csv."
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is an Excel Binary Workbook (.xlsb). Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is damaged and cannot be read (malformed or unsafe XML: {1}).",
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is damaged and cannot be read ({1}). Open it in your spreadsheet program and save it again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is damaged or incomplete (it is not a readable workbook). Ask for the file again, or open and re-save it.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "{0} is damaged or incomplete (part {1} cannot be read)."),
    QT_TRANSLATE_NOOP("Import", "{0} is damaged: its sheet data is missing."),
    QT_TRANSLATE_NOOP("Import", "{0} is empty."),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is in the old Excel 97–2003 (.xls) format. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is not UTF-8 text. Save it as 'CSV UTF-8 (Comma delimited)' and try again.",
    ),
    QT_TRANSLATE_NOOP("Import", "{0} is not a date"),
    QT_TRANSLATE_NOOP("Import", "{0} is not a percentage from 0 to 100"),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv).",
    ),
    QT_TRANSLATE_NOOP("Import", "{0} is not a well-formed CSV file ({1})."),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is protected with a password (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is protected with a password (encrypted), so it cannot be read. Remove the password and save it again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Import", "{0} is too large or too deeply nested to read."),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} is {1} MB; files over {2} MB are not imported. Split it into smaller files.",
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} rows have conflicts still to resolve (keep the database value or take the partner's); nothing was written.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} rows have errors. Correct the file, or choose to skip those rows; nothing was written.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0} would expand to {1} MB when opened, over the limit of {2} MB; it is refused as a possible zip bomb.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0}: changed in the database since the export, and in the file; choose which value to keep.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Import",
        "{0}: sheet '{1}' has more than {2} rows, the most one import takes. Split the file.",
    ),
    QT_TRANSLATE_NOOP("Import", "{0}: {1}."),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Error ({0}): {1}"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Message"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Problem"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Warning ({0}): {1}"),
    QT_TRANSLATE_NOOP("MainWindow", "Export &donor report…"),
    QT_TRANSLATE_NOOP("MainWindow", "Export &partner update workbook…"),
    QT_TRANSLATE_NOOP("MainWindow", "Import &workbook…"),
    QT_TRANSLATE_NOOP("Operations", "Cancel"),
    QT_TRANSLATE_NOOP("Operations", "Not saved"),
    QT_TRANSLATE_NOOP("Services", "'{0}' is not a known country code"),
    QT_TRANSLATE_NOOP("Services", "'{0}' is not a valid database address."),
    QT_TRANSLATE_NOOP("Services", "'{0}' is not an ISO 4217 currency code"),
    QT_TRANSLATE_NOOP("Services", "'{0}' is not in the reference list"),
    QT_TRANSLATE_NOOP("Services", "'{0}' is not one of: {1}"),
    QT_TRANSLATE_NOOP("Services", "No database driver for {0}: {1}."),
    QT_TRANSLATE_NOOP(
        "Services",
        "The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Services", "The backup could not be made: {0}."),
    QT_TRANSLATE_NOOP("Services", "The backup could not be restored to {0}: {1}."),
    QT_TRANSLATE_NOOP(
        "Services",
        "The backup could not be written to {0}: the disk is full or failed ({1}). Free some space or choose another place, then try again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Services", "The backup could not be written to {0}: {1}."),
    QT_TRANSLATE_NOOP("Services", "The backup file must not be the database itself."),
    QT_TRANSLATE_NOOP("Services", "The backup of {0} came out empty."),
    QT_TRANSLATE_NOOP("Services", "The backup to restore must not be the database itself."),
    QT_TRANSLATE_NOOP(
        "Services",
        "The database {0} cannot be opened: check that the file and its folder exist and that you may write there.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Services", "The database {0} cannot be used: {1}"),
    QT_TRANSLATE_NOOP(
        "Services",
        "The database {0} is damaged and cannot be read. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "The database {0} is empty (0 bytes): it was cut short or never written. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "The database {0} is in use by another program (or another copy of UNCCD Partnerships) and stayed locked for {1} seconds. Nothing was changed; close the other program, then try again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "The database {0} is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "The disk holding {0} reported a read or write error (it may be full or removed). Nothing was saved; check the disk, then try again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "The schema upgrade was stopped because it would leave {0} broken references (first in table {1}); the database was not changed.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Services", "There is no backup file at {0}."),
    QT_TRANSLATE_NOOP("Services", "There is no database file at {0}."),
    QT_TRANSLATE_NOOP(
        "Services",
        "There is no space left on the disk holding {0}. Nothing was saved; free some space, then try again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "This database was created by a newer version of UNCCD Partnerships (schema {0}). Install the latest version of the application to open it.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Services", "You do not have permission to read {0}."),
    # Team server accounts and passwords (services/sync/roles.py, credentials.py).
    QT_TRANSLATE_NOOP(
        "Services",
        "Your account '{0}' may not read the team database {1}: ask its administrator to grant you a level (viewer, editor or admin).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "Your account '{0}' may not manage the accounts of the team server {1}: run this as the account that created the team database, or as a PostgreSQL superuser. Nothing was changed.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "The team server {0} has no access levels yet: run unccd-desktop sync roles --server URL first.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "{0} is not a UNCCD Partnerships team database: create it first with unccd-desktop db init --db URL.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Services", "'{0}' is not an access level: use viewer, editor or admin."),
    QT_TRANSLATE_NOOP(
        "Services",
        "'{0}' cannot be an officer's account: names starting with pg_ and the group roles unccd_viewer, unccd_editor and unccd_admin are reserved.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "This computer has no keyring to keep the password for {0} in. Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "This computer's keyring did not keep the password for {0} ({1}). Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Services", "a contact who has left cannot be the primary one"),
    QT_TRANSLATE_NOOP("Services", "a deliverable belongs to a project or an agreement"),
    QT_TRANSLATE_NOOP("Services", "agreement '{0}'"),
    QT_TRANSLATE_NOOP("Services", "amendment or renewal '{0}'"),
    QT_TRANSLATE_NOOP("Services", "another partner already has this name"),
    QT_TRANSLATE_NOOP("Services", "another project already has this code"),
    QT_TRANSLATE_NOOP("Services", "attach the file to one agreement or one deliverable"),
    QT_TRANSLATE_NOOP("Services", "cannot be this agreement itself"),
    QT_TRANSLATE_NOOP("Services", "deliverable '{0}'"),
    QT_TRANSLATE_NOOP("Services", "document '{0}'"),
    QT_TRANSLATE_NOOP("Services", "focal point '{0}'"),
    QT_TRANSLATE_NOOP("Services", "initiative '{0}' (donor)"),
    QT_TRANSLATE_NOOP("Services", "must be a number"),
    QT_TRANSLATE_NOOP("Services", "must be a web address starting with http:// or https://"),
    QT_TRANSLATE_NOOP("Services", "must be a whole number"),
    QT_TRANSLATE_NOOP("Services", "must be at least {0}"),
    QT_TRANSLATE_NOOP("Services", "must be at most {0}"),
    QT_TRANSLATE_NOOP("Services", "must be filled in"),
    QT_TRANSLATE_NOOP("Services", "must be filled in when a budget is given"),
    QT_TRANSLATE_NOOP("Services", "must be on or after the actual start"),
    QT_TRANSLATE_NOOP("Services", "must be on or after the effective date"),
    QT_TRANSLATE_NOOP("Services", "must be on or after the planned start"),
    QT_TRANSLATE_NOOP("Services", "must be on or after the signature date"),
    QT_TRANSLATE_NOOP("Services", "must be on or after the submission date"),
    QT_TRANSLATE_NOOP("Services", "must be yes or no"),
    QT_TRANSLATE_NOOP("Services", "must not be below {0}"),
    QT_TRANSLATE_NOOP("Services", "no such record"),
    QT_TRANSLATE_NOOP("Services", "not a SHA-256 digest (64 hex digits)"),
    QT_TRANSLATE_NOOP("Services", "not a field of this record"),
    QT_TRANSLATE_NOOP("Services", "not a valid date (use YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("Services", "not a valid e-mail address"),
    QT_TRANSLATE_NOOP("Services", "project '{0}'"),
    QT_TRANSLATE_NOOP("Services", "row {0}, {1}: {2}"),
    QT_TRANSLATE_NOOP("Services", "row {0}: no such record"),
    QT_TRANSLATE_NOOP("Services", "row {0}: the end year is before the start year"),
    QT_TRANSLATE_NOOP("Services", "too long (at most {0} characters)"),
    QT_TRANSLATE_NOOP("Services", "{0} (amendment)"),
    QT_TRANSLATE_NOOP("Services", "{0} (renewal {1})"),
    QT_TRANSLATE_NOOP("Services", "{0} (renewal)"),
    QT_TRANSLATE_NOOP("Services", "{0} holds tables but is not a UNCCD Partnerships database."),
    QT_TRANSLATE_NOOP("Services", "{0} is a folder, not a database file."),
    QT_TRANSLATE_NOOP("Services", "{0} is listed twice as a party"),
    QT_TRANSLATE_NOOP("Services", "{0} is listed twice in the role {1}"),
    QT_TRANSLATE_NOOP("Services", "{0} is not a UNCCD Partnerships database (not SQLite)."),
    QT_TRANSLATE_NOOP("Services", "{0} is not a complete UNCCD Partnerships backup."),
    QT_TRANSLATE_NOOP("Services", "{0} is not a usable backup: {1}."),
    QT_TRANSLATE_NOOP("Undo", "a sync with the team server"),
    QT_TRANSLATE_NOOP("Undo", "Redo"),
    QT_TRANSLATE_NOOP("Undo", "&Redo"),
    QT_TRANSLATE_NOOP("Undo", "&Redo: {0}"),
    QT_TRANSLATE_NOOP("Undo", "Redone: {0}."),
    QT_TRANSLATE_NOOP("Undo", "Undo"),
    QT_TRANSLATE_NOOP("Undo", "Undo “{0}”? The record will be deleted."),
    QT_TRANSLATE_NOOP("Undo", "&Undo"),
    QT_TRANSLATE_NOOP("Undo", "&Undo: {0}"),
    QT_TRANSLATE_NOOP("Undo", "Undone: {0}."),
    QT_TRANSLATE_NOOP("Undo", "an import or a restore"),
    QT_TRANSLATE_NOOP("Undo", "command line"),
    QT_TRANSLATE_NOOP("Undo", "deleted"),
    QT_TRANSLATE_NOOP("Undo", "import batch {0}"),
    QT_TRANSLATE_NOOP("Undo", "revert of import batch {0}"),
    QT_TRANSLATE_NOOP("Undo", "{0} ({1})"),
    QT_TRANSLATE_NOOP("Undo", "{0}, {1}: {2}"),
    QT_TRANSLATE_NOOP(
        "Undo",
        "“{0}” can no longer be undone or redone: the record was changed by {1}.",
    ),
    QT_TRANSLATE_NOOP("Undo", "“{0}” was not undone: the record was changed since."),
    QT_TRANSLATE_NOOP("Undo", "“{0}” was not undone: the record was deleted since."),
    QT_TRANSLATE_NOOP("exchange", "Active"),
    QT_TRANSLATE_NOOP("exchange", "Comments"),
    QT_TRANSLATE_NOOP("exchange", "Contact ID"),
    QT_TRANSLATE_NOOP("exchange", "Deliverable"),
    QT_TRANSLATE_NOOP("exchange", "Deliverable ID"),
    QT_TRANSLATE_NOOP("exchange", "Due date"),
    QT_TRANSLATE_NOOP("exchange", "Email"),
    QT_TRANSLATE_NOOP("exchange", "Evidence link"),
    QT_TRANSLATE_NOOP("exchange", "Has left (yes/no)"),
    QT_TRANSLATE_NOOP("exchange", "Import workbook"),
    QT_TRANSLATE_NOOP("exchange", "Job title"),
    QT_TRANSLATE_NOOP("exchange", "Name"),
    QT_TRANSLATE_NOOP("exchange", "Phone"),
    QT_TRANSLATE_NOOP("exchange", "Progress (%)"),
    QT_TRANSLATE_NOOP("exchange", "Project or agreement"),
    QT_TRANSLATE_NOOP("exchange", "Reading {0}…"),
    QT_TRANSLATE_NOOP("exchange", "Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)"),
    QT_TRANSLATE_NOOP("exchange", "Status"),
    QT_TRANSLATE_NOOP("exchange", "Submitted on"),
    QT_TRANSLATE_NOOP("exchange", "The import was applied as batch {0}."),
    QT_TRANSLATE_NOOP("exchange", "The workbook was saved as {0}."),
    QT_TRANSLATE_NOOP("exchange", "Workbook exchange"),
    QT_TRANSLATE_NOOP("exchange", "Workbook exported"),
    QT_TRANSLATE_NOOP("exchange", "no"),
    QT_TRANSLATE_NOOP("exchange", "yes"),
    QT_TRANSLATE_NOOP("Services", "Conflict {0} was already resolved."),
    QT_TRANSLATE_NOOP(
        "Services", "The file of document {0} ({1}) is on neither this laptop nor the server."
    ),
    QT_TRANSLATE_NOOP("Services", "The team server cannot be reached: {0} Nothing was exchanged."),
    QT_TRANSLATE_NOOP(
        "Services",
        "The team server is at schema {0} and this laptop at {1}: an administrator must upgrade the server first (unccd-desktop db upgrade --db SERVER). Nothing was exchanged.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "The team server is at schema {0} and this laptop at {1}: install the newer version of UNCCD Partnerships on this laptop, then sync again. Nothing was exchanged.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "The team server {0} already holds records: publish only onto an empty server, or clone a laptop file from it instead.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Services", "There is no conflict number {0}."),
    QT_TRANSLATE_NOOP(
        "Services",
        "The partner made here and the team server's are both named '{0}': rename yours first, then keep it as another record.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "{0} is another team server than the one this laptop was made from: a laptop syncs only with its own server. Nothing was exchanged.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Services", "This database is already a laptop of the team server {0}."),
    QT_TRANSLATE_NOOP(
        "Services",
        "This database is not connected to a team server: clone a laptop file from the server or publish this database to an empty server first.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "Your account '{0}' on the team server may only read, and this laptop has {1} change(s) waiting: ask the server's administrator for editor rights. Nothing was exchanged.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services", "{0} already exists: choose a new file name for the laptop copy."
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "{0} change(s) made on this laptop have not reached the team server and {1} conflict(s) are open: sync first, or disconnect anyway and lose them for the team.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "{0} is not a team server database: an administrator makes one with unccd-desktop db init --db ADDRESS (PostgreSQL). Nothing was exchanged.",  # noqa: E501
    ),
)
