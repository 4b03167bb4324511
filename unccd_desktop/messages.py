"""Messages of the services that the window shows translated: the validation messages shown
next to a field, and the records named when a delete is refused.

A validation message reads after the field's label ("Title is required"); ``{0}``, ``{1}`` are
filled in order. ui/catalogue.py lists every template for the translation files (a test checks it).
"""

from __future__ import annotations

REQUIRED = "is required"
NOT_A_FIELD = "is not a field of this record"
AT_LEAST = "must be at least {0}"
AT_MOST = "must be at most {0}"
NOT_BELOW = "must not be below {0}"
TOO_LONG = "is too long (at most {0} characters)"
NOT_EMAIL = "is not a valid e-mail address"
NOT_URL = "must be a web address starting with http:// or https://"
NOT_ONE_OF = "'{0}' is not one of: {1}"
NOT_DATE = "is not a valid date (use YYYY-MM-DD)"
NOT_WHOLE = "must be a whole number"
NOT_NUMBER = "must be a number"
NOT_YES_NO = "must be yes or no"
UNKNOWN_RECORD = "refers to a record that does not exist"
UNKNOWN_COUNTRY = "'{0}' is not a known country code"
UNKNOWN_CURRENCY = "'{0}' is not an ISO 4217 currency code"
UNKNOWN_CODE = "'{0}' is not in the reference list"
ROW_FIELD = "row {0}: {1} {2}"
ROW_UNKNOWN_RECORD = "row {0}: refers to a record that does not exist"
ROW_END_BEFORE_START = "row {0}: the end year is before the start year"
PARTY_TWICE = "{0} is listed twice as a party"
ROLE_TWICE = "{0} is listed twice in the role {1}"
EXPIRES_BEFORE_EFFECTIVE = "the expiry date is before the effective date"
EXPIRES_BEFORE_SIGNED = "the expiry date is before the signature date"
AMENDS_ITSELF = "an agreement cannot amend itself"
ONE_OWNER = "attach the file to one agreement or one deliverable"
NOT_SHA256 = "is not a SHA-256 digest (64 hex digits)"
PARTNER_NAME_TAKEN = "another partner already has this name"
PRIMARY_HAS_LEFT = "a contact who has left cannot be the primary one"
DELIVERABLE_OWNER = "a deliverable belongs to a project or an agreement"
ACCEPTED_BEFORE_SUBMITTED = "it cannot be accepted before it was submitted"
CURRENCY_NEEDED = "give the currency of the budget"
PROJECT_CODE_TAKEN = "another project already has this code"
PLANNED_END_BEFORE_START = "the planned end is before the planned start"
ACTUAL_END_BEFORE_START = "the actual end is before the actual start"

# Records that keep another from being deleted (DependencyError.dependents).
DEPENDENT_AGREEMENT = "agreement '{0}'"
DEPENDENT_AMENDMENT = "amendment or renewal '{0}'"
DEPENDENT_DELIVERABLE = "deliverable '{0}'"
DEPENDENT_DONOR = "initiative '{0}' (donor)"
DEPENDENT_PROJECT = "project '{0}'"

ALL = tuple(value for name, value in dict(globals()).items() if name.isupper())
