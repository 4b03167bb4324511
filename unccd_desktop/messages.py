"""Messages of the services and the storage layer that the window shows translated: the
validation messages shown next to a field, the records named when a delete is refused, and why
a database cannot be opened or used.

A validation message reads after the field's label and a colon, in the window ("Title: must be
filled in", the template "{0}: {1}" of ui/record_editor.py), on the command line and in an
import report ("title: must be filled in"): it never names the field itself. ``{0}``, ``{1}``
are filled in order. ui/catalogue.py lists every template for the translation files (a test
checks it).
"""

from __future__ import annotations

REQUIRED = "must be filled in"
NOT_A_FIELD = "not a field of this record"
AT_LEAST = "must be at least {0}"
AT_MOST = "must be at most {0}"
NOT_BELOW = "must not be below {0}"
TOO_LONG = "too long (at most {0} characters)"
NOT_EMAIL = "not a valid e-mail address"
NOT_URL = "must be a web address starting with http:// or https://"
NOT_ONE_OF = "'{0}' is not one of: {1}"
NOT_DATE = "not a valid date (use YYYY-MM-DD)"
NOT_WHOLE = "must be a whole number"
NOT_NUMBER = "must be a number"
NOT_YES_NO = "must be yes or no"
UNKNOWN_RECORD = "no such record"
UNKNOWN_COUNTRY = "'{0}' is not a known country code"
UNKNOWN_CURRENCY = "'{0}' is not an ISO 4217 currency code"
UNKNOWN_CODE = "'{0}' is not in the reference list"
ROW_FIELD = "row {0}, {1}: {2}"
ROW_UNKNOWN_RECORD = "row {0}: no such record"
ROW_END_BEFORE_START = "row {0}: the end year is before the start year"
PARTY_TWICE = "{0} is listed twice as a party"
ROLE_TWICE = "{0} is listed twice in the role {1}"
EXPIRES_BEFORE_EFFECTIVE = "must be on or after the effective date"
EXPIRES_BEFORE_SIGNED = "must be on or after the signature date"
AMENDS_ITSELF = "cannot be this agreement itself"
ONE_OWNER = "attach the file to one agreement or one deliverable"
NOT_SHA256 = "not a SHA-256 digest (64 hex digits)"
PARTNER_NAME_TAKEN = "another partner already has this name"
PRIMARY_HAS_LEFT = "a contact who has left cannot be the primary one"
DELIVERABLE_OWNER = "a deliverable belongs to a project or an agreement"
ACCEPTED_BEFORE_SUBMITTED = "must be on or after the submission date"
CURRENCY_NEEDED = "must be filled in when a budget is given"
PROJECT_CODE_TAKEN = "another project already has this code"
PLANNED_END_BEFORE_START = "must be on or after the planned start"
ACTUAL_END_BEFORE_START = "must be on or after the actual start"

# Records that keep another from being deleted (DependencyError.dependents).
DEPENDENT_AGREEMENT = "agreement '{0}'"
DEPENDENT_AMENDMENT = "amendment or renewal '{0}'"
DEPENDENT_DELIVERABLE = "deliverable '{0}'"
DEPENDENT_DONOR = "initiative '{0}' (donor)"
DEPENDENT_PROJECT = "project '{0}'"
DEPENDENT_DOCUMENT = "document '{0}'"
DEPENDENT_FOCAL_POINT = "focal point '{0}'"

# Titles proposed for a new agreement that renews or amends another.
RENEWAL_TITLE = "{0} (renewal {1})"
RENEWAL_TITLE_NO_YEAR = "{0} (renewal)"
AMENDMENT_TITLE = "{0} (amendment)"

# Databases that cannot be opened or used (storage layer).
NOT_AN_ADDRESS = "'{0}' is not a valid database address."
NO_POSTGRESQL_DRIVER = (
    "The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server."
)
NO_DRIVER = "No database driver for {0}: {1}."
DATABASE_LOCKED = (
    "The database {0} is in use by another program (or another copy of UNCCD Partnerships) and "
    "stayed locked for {1} seconds. Nothing was changed; close the other program, then try again."
)
DISK_FULL = (
    "There is no space left on the disk holding {0}. Nothing was saved; free some space, then "
    "try again."
)
DISK_ERROR = (
    "The disk holding {0} reported a read or write error (it may be full or removed). Nothing "
    "was saved; check the disk, then try again."
)
DATABASE_DAMAGED = (
    "The database {0} is damaged and cannot be read. Open another file, or restore the latest "
    "backup (unccd-desktop db restore --db FILE)."
)
DATABASE_READ_ONLY = (
    "The database {0} is read-only. Copy it to a folder where you can write, or change its "
    "permissions, then open it again."
)
DATABASE_UNOPENABLE = (
    "The database {0} cannot be opened: check that the file and its folder exist and that you "
    "may write there."
)
DATABASE_UNUSABLE = "The database {0} cannot be used: {1}"
NO_DATABASE_FILE = "There is no database file at {0}."
A_FOLDER = "{0} is a folder, not a database file."
NO_READ_PERMISSION = "You do not have permission to read {0}."
NOT_SQLITE = "{0} is not a UNCCD Partnerships database (not SQLite)."
DATABASE_EMPTY = (
    "The database {0} is empty (0 bytes): it was cut short or never written. Open another file, "
    "or restore the latest backup (unccd-desktop db restore --db FILE)."
)
FOREIGN_TABLES = "{0} holds tables but is not a UNCCD Partnerships database."
SCHEMA_TOO_NEW = (
    "This database was created by a newer version of UNCCD Partnerships (schema {0}). Install "
    "the latest version of the application to open it."
)
UPGRADE_STOPPED = (
    "The schema upgrade was stopped because it would leave {0} broken references (first in "
    "table {1}); the database was not changed."
)

# Backups and restores (storage layer).
BACKUP_IS_DATABASE = "The backup file must not be the database itself."
BACKUP_EMPTY = "The backup of {0} came out empty."
BACKUP_DISK_FULL = (
    "The backup could not be written to {0}: the disk is full or failed ({1}). Free some space "
    "or choose another place, then try again."
)
BACKUP_FAILED = "The backup could not be made: {0}."
BACKUP_NOT_WRITTEN = "The backup could not be written to {0}: {1}."
NO_BACKUP_FILE = "There is no backup file at {0}."
BACKUP_UNUSABLE = "{0} is not a usable backup: {1}."
BACKUP_INCOMPLETE = "{0} is not a complete UNCCD Partnerships backup."
RESTORE_ONTO_ITSELF = "The backup to restore must not be the database itself."
RESTORE_NOT_WRITTEN = "The backup could not be restored to {0}: {1}."

ALL = tuple(value for name, value in dict(globals()).items() if name.isupper())
