"""Stored codes as the words the app shows ("in_progress" → "In progress"), without Qt.

The English label is the text the window translates (ui/labels.enum_text) and the text a
workbook looks up in its language (``Wording``): ``w(enum_label(status))``.
"""

from __future__ import annotations

import enum
import functools

SPECIAL = {
    "mou": "MoU",
    "multi_party_mou": "Multi-party MoU",
    "ngo": "NGO",
    "un_entity": "UN entity",
    "gef_enabling_activity": "GEF enabling activity",
}


@functools.cache
def enum_label(value: enum.Enum | str) -> str:
    """The English label of an enum value (or of its stored code)."""
    raw = value.value if isinstance(value, enum.Enum) else str(value)
    return SPECIAL.get(raw) or raw.replace("_", " ").capitalize()
