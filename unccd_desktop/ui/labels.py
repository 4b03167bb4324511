"""Display names of entities, fields and enum values, through Qt's translation functions."""

from __future__ import annotations

import enum
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from ..errors import FieldLabel, Text, message_of

ENTITY_NAMES = {
    "partner": (QT_TRANSLATE_NOOP("Entity", "Partner"), QT_TRANSLATE_NOOP("Entity", "Partners")),
    "focal_point": (
        QT_TRANSLATE_NOOP("Entity", "Focal point"),
        QT_TRANSLATE_NOOP("Entity", "Focal points"),
    ),
    "agreement": (
        QT_TRANSLATE_NOOP("Entity", "Agreement"),
        QT_TRANSLATE_NOOP("Entity", "Agreements"),
    ),
    "initiative": (
        QT_TRANSLATE_NOOP("Entity", "Initiative"),
        QT_TRANSLATE_NOOP("Entity", "Initiatives"),
    ),
    "project": (QT_TRANSLATE_NOOP("Entity", "Project"), QT_TRANSLATE_NOOP("Entity", "Projects")),
    "deliverable": (
        QT_TRANSLATE_NOOP("Entity", "Deliverable"),
        QT_TRANSLATE_NOOP("Entity", "Deliverables"),
    ),
    "document": (
        QT_TRANSLATE_NOOP("Entity", "Document"),
        QT_TRANSLATE_NOOP("Entity", "Documents"),
    ),
}

# Field and column names whose plain form ("due_on" → "Due on") would read badly.
FIELD_NAMES = {
    "hq_country": QT_TRANSLATE_NOOP("Field", "Headquarters country"),
    "hq_country_name": QT_TRANSLATE_NOOP("Field", "Headquarters country"),
    "country": QT_TRANSLATE_NOOP("Field", "Country"),
    "region": QT_TRANSLATE_NOOP("Field", "Region"),
    "iati_org_id": QT_TRANSLATE_NOOP("Field", "IATI organisation identifier"),
    "other_names": QT_TRANSLATE_NOOP("Field", "Other names (one per line)"),
    "due_on": QT_TRANSLATE_NOOP("Field", "Due date"),
    "signed_on": QT_TRANSLATE_NOOP("Field", "Signed"),
    "effective_on": QT_TRANSLATE_NOOP("Field", "Effective"),
    "expires_on": QT_TRANSLATE_NOOP("Field", "Expires"),
    "submitted_on": QT_TRANSLATE_NOOP("Field", "Submitted"),
    "accepted_on": QT_TRANSLATE_NOOP("Field", "Accepted"),
    "renewal_notice_days": QT_TRANSLATE_NOOP("Field", "Renewal notice (days)"),
    "progress_percent": QT_TRANSLATE_NOOP("Field", "Progress"),
    "evidence_url": QT_TRANSLATE_NOOP("Field", "Evidence (web address)"),
    "responsible_partner": QT_TRANSLATE_NOOP("Field", "Responsible partner"),
    "responsible_partner_name": QT_TRANSLATE_NOOP("Field", "Responsible partner"),
    "project_title": QT_TRANSLATE_NOOP("Field", "Project"),
    "agreement_title": QT_TRANSLATE_NOOP("Field", "Agreement"),
    "deliverable_title": QT_TRANSLATE_NOOP("Field", "Deliverable"),
    "initiative_name": QT_TRANSLATE_NOOP("Field", "Initiative"),
    "partner_name": QT_TRANSLATE_NOOP("Field", "Partner"),
    "parent": QT_TRANSLATE_NOOP("Field", "Amends or renews"),
    "budget_amount": QT_TRANSLATE_NOOP("Field", "Budget"),
    "budget_currency": QT_TRANSLATE_NOOP("Field", "Currency"),
    "original_filename": QT_TRANSLATE_NOOP("Field", "File name"),
    "media_type": QT_TRANSLATE_NOOP("Field", "Type"),
    "sha256": QT_TRANSLATE_NOOP("Field", "SHA-256"),
    "focal_point_count": QT_TRANSLATE_NOOP("Field", "Focal points"),
    "party_count": QT_TRANSLATE_NOOP("Field", "Parties"),
    "project_count": QT_TRANSLATE_NOOP("Field", "Projects"),
    "deliverable_count": QT_TRANSLATE_NOOP("Field", "Deliverables"),
    "updated_at": QT_TRANSLATE_NOOP("Field", "Last changed"),
    "created_at": QT_TRANSLATE_NOOP("Field", "Added"),
    "launched_at": QT_TRANSLATE_NOOP("Field", "Launched at"),
    "is_primary": QT_TRANSLATE_NOOP("Field", "Primary contact"),
    "active": QT_TRANSLATE_NOOP("Field", "Still in post"),
    "thematic_areas": QT_TRANSLATE_NOOP("Field", "Thematic areas"),
    "signatory_name": QT_TRANSLATE_NOOP("Field", "Signatory"),
    "start_year": QT_TRANSLATE_NOOP("Field", "Start year"),
    "end_year": QT_TRANSLATE_NOOP("Field", "End year"),
    "label": QT_TRANSLATE_NOOP("Field", "Name"),
}

# The lists of the sidebar, in order (the dashboard comes first, import history last).
SIDEBAR = ("partner", "agreement", "initiative", "project", "deliverable", "document")


def entity_name(entity: str, plural: bool = False) -> str:
    singular, many = ENTITY_NAMES[entity]
    return QCoreApplication.translate("Entity", many if plural else singular)


def field_name(name: str) -> str:
    text = FIELD_NAMES.get(name) or name.replace("_", " ").capitalize()
    return QCoreApplication.translate("Field", text)


def message_text(message: str) -> str:
    """A message of the services (or of an import: excel/problems.py) in the interface
    language: its template translated in its context, then filled with its values."""
    if not isinstance(message, Text):
        return message
    args = [
        message_text(arg)
        if isinstance(arg, Text)
        else field_name(arg)
        if isinstance(arg, FieldLabel)
        else arg
        for arg in message.args
    ]
    context = getattr(message, "context", "Services")
    return QCoreApplication.translate(context, message.template).format(*args)


def error_text(exc: BaseException) -> str:
    """What an error of the user's data or environment says, in the interface language."""
    return message_text(message_of(exc))


def enum_text(value: enum.Enum | str | None) -> str:
    """An enum value for display: 'in_progress' → 'In progress' (translated)."""
    if value is None or value == "":
        return ""
    raw = value.value if isinstance(value, enum.Enum) else str(value)
    special = {
        "mou": "MoU",
        "multi_party_mou": "Multi-party MoU",
        "ngo": "NGO",
        "un_entity": "UN entity",
    }
    text = special.get(raw) or raw.replace("_", " ").capitalize()
    if raw == "gef_enabling_activity":
        text = "GEF enabling activity"
    return QCoreApplication.translate("Enum", text)


def display_value(value: Any) -> str:
    """Any stored value as short display text."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return enum_text(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("Value", "yes") if value else ""
    if isinstance(value, datetime):
        time = QLocale().toString(QTime(value.hour, value.minute), "HH:mm")
        return f"{_date_text(value.date())} {time}"
    if isinstance(value, date):
        return _date_text(value)
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, list):
        return ", ".join(display_value(v) for v in value)
    return str(value)


# Bidirectional marks some locales put in their date patterns (Arabic: "d\u200f/M\u200f/yyyy").
# They reorder the parts of a date in right-to-left text, so a list showed "2026/11/15" where
# a field laying out its own sections showed "15/11/2026". Without them a date is one
# left-to-right run of digits wherever it is shown, typed or exported.
BIDI_MARKS = dict.fromkeys(
    map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def date_pattern() -> str:
    """How dates are shown everywhere (lists, editors, dashboard, history, exports): the
    locale's short form with a four-digit year and no bidirectional marks (ISO for C)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat).translate(BIDI_MARKS)
    return re.sub("y+", "yyyy", pattern)


def excel_date_format() -> str:
    """date_pattern() as an Excel number format. Every character that is not a day, month or
    year code is escaped: Excel shows a bare "/" as the computer's own date separator."""
    out = []
    for token in re.findall(r"d+|M+|y+|'[^']*'?|.", date_pattern()):
        if token[0] in "dM":
            out.append(token.lower())
        elif token[0] == "y":
            out.append("yyyy")
        else:  # a separator, or quoted text ('' is a quote)
            literal = (token.strip("'") or "'") if token.startswith("'") else token
            out.extend("\\" + char for char in literal)
    return "".join(out)


def _date_text(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


def _decimal_text(value: Decimal) -> str:
    """An amount with two decimals in the default locale's digits and separators (exact)."""
    locale = QLocale()
    zero = ord(locale.zeroDigit())
    marks = {",": locale.groupSeparator(), ".": locale.decimalPoint(), "-": locale.negativeSign()}
    return "".join(chr(zero + int(c)) if c.isdigit() else marks.get(c, c) for c in f"{value:,.2f}")
