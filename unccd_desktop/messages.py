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

# Team server accounts and passwords (services/sync/roles.py, services/sync/credentials.py).
SYNC_NO_ACCESS = (
    "Your account '{0}' may not read the team database {1}: ask its administrator to grant "
    "you a level (viewer, editor or admin)."
)
SYNC_ROLES_NOT_ALLOWED = (
    "Your account '{0}' may not manage the accounts of the team server {1}: run this as the "
    "account that created the team database, or as a PostgreSQL superuser. Nothing was changed."
)
SYNC_ROLES_MISSING = (
    "The team server {0} has no access levels yet: run unccd-desktop sync roles --server URL first."
)
SYNC_NOT_A_TEAM_DATABASE = (
    "{0} is not a UNCCD Partnerships team database: create it first with unccd-desktop db init "
    "--db URL."
)
SYNC_UNKNOWN_LEVEL = "'{0}' is not an access level: use viewer, editor or admin."
SYNC_RESERVED_LOGIN = (
    "'{0}' cannot be an officer's account: names starting with pg_ and the group roles "
    "unccd_viewer, unccd_editor and unccd_admin are reserved."
)
SYNC_NO_KEYRING = (
    "This computer has no keyring to keep the password for {0} in. Keep it in a PostgreSQL "
    "password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships "
    "does not store it anywhere else."
)
SYNC_KEYRING_FAILED = (
    "This computer's keyring did not keep the password for {0} ({1}). Keep it in a PostgreSQL "
    "password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships "
    "does not store it anywhere else."
)

# Team sync (services/sync): why a sync could not run, what the officer reads.
SYNC_NOT_A_LAPTOP = (
    "This database is not connected to a team server: clone a laptop file from the server or "
    "publish this database to an empty server first."
)
SYNC_ALREADY_LAPTOP = "This database is already a laptop of the team server {0}."
SYNC_OTHER_SERVER = (
    "{0} is another team server than the one this laptop was made from: a laptop syncs only "
    "with its own server. Nothing was exchanged."
)
SYNC_NOT_A_SERVER = (
    "{0} is not a team server database: an administrator makes one with "
    "unccd-desktop db init --db ADDRESS (PostgreSQL). Nothing was exchanged."
)
SYNC_SERVER_NEWER = (
    "The team server is at schema {0} and this laptop at {1}: install the newer version of "
    "UNCCD Partnerships on this laptop, then sync again. Nothing was exchanged."
)
SYNC_SERVER_OLDER = (
    "The team server is at schema {0} and this laptop at {1}: an administrator must upgrade the "
    "server first (unccd-desktop db upgrade --db SERVER). Nothing was exchanged."
)
SYNC_UNREACHABLE = "The team server cannot be reached: {0} Nothing was exchanged."
SYNC_VIEWER = (
    "Your account '{0}' on the team server may only read, and this laptop has {1} change(s) "
    "waiting: ask the server's administrator for editor rights. Nothing was exchanged."
)
SYNC_SERVER_NOT_EMPTY = (
    "The team server {0} already holds records: publish only onto an empty server, or clone "
    "a laptop file from it instead."
)
SYNC_FILE_EXISTS = "{0} already exists: choose a new file name for the laptop copy."
SYNC_CHANGES_WAITING = (
    "{0} change(s) made on this laptop have not reached the team server and {1} conflict(s) "
    "are open: sync first, or disconnect anyway and lose them for the team."
)
SYNC_RENAME_FIRST = (
    "The partner made here and the team server's are both named '{0}': rename yours first, "
    "then keep it as another record."
)
SYNC_NO_CONFLICT = "There is no conflict number {0}."
SYNC_CONFLICT_RESOLVED = "Conflict {0} was already resolved."
SYNC_DOCUMENT_MISSING = "The file of document {0} ({1}) is on neither this laptop nor the server."

ALL = tuple(value for name, value in dict(globals()).items() if name.isupper())
