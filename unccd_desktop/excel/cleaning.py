"""Turning spreadsheet cell values into field values, with a plain message when one is wrong
(a ValueError holding an ImportText; OutOfRange when the value is of the right type).

Dates may arrive as real dates, as Excel serial numbers (1900 or 1904 epoch) or as text;
text dates are accepted only when unambiguous (03/04/2022 could be March or April: refused).
Percentages may be 0.4, 40 or "40%". A text longer than a spreadsheet cell holds is refused
(the readers pass it whole, so that the row, not the file, says so).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from ..domain import DeliverableStatus
from . import limits
from . import problems as msg
from .columns import NO, YES, Column, header_key, label_lookup, status_label
from .enum_labels import enum_label
from .problems import ImportText
from .xlsx_reader import Uncalculated

_EPOCH_1900 = date(1899, 12, 30)  # serial 60 is Excel's phantom 29 February 1900
_EPOCH_1904 = date(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 31 December 9999
_MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})[ -]([a-z]+)\.?,?[ -](\d{4})$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.? (\d{1,2}),? (\d{4})$")


class Ambiguous(ValueError):
    """A text date that could be read two ways."""


class OutOfRange(ValueError):
    """A value of the right type, outside what the field takes (a constraint, not a type)."""


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def to_text(value: Any) -> str | None:
    """Any cell as text: numbers without a spurious '.0', dates as ISO."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def to_date(value: Any, epoch_1904: bool = False) -> date | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(ImportText(msg.NOT_A_DATE))
    if isinstance(value, int | float):
        return _from_serial(value, epoch_1904)
    text = str(value).strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return _from_serial(float(text), epoch_1904)
    return _from_text(text)


def _from_serial(serial: float, epoch_1904: bool) -> date:
    if not 1 <= serial <= _MAX_SERIAL:
        raise ValueError(ImportText(msg.SERIAL_NOT_A_DATE, f"{serial:g}"))
    days = int(serial)
    if epoch_1904:
        return _EPOCH_1904 + timedelta(days=days)
    if days < 60:  # before Excel's phantom leap day
        days += 1
    return _EPOCH_1900 + timedelta(days=days)


def _from_text(text: str) -> date:
    try:
        if m := _ISO.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.match(text):
            first, second, year = int(m[1]), int(m[2]), int(m[3])
            if first > 12 >= second:
                return date(year, second, first)
            if second > 12 >= first:
                return date(year, first, second)
            if first == second:
                return date(year, first, first)
            raise Ambiguous(ImportText(msg.AMBIGUOUS_DATE, text))
        if (m := _DAY_MONTH.match(text)) and m[2] in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2]], int(m[1]))
        if (m := _MONTH_DAY.match(text)) and m[1] in _MONTHS:
            return date(int(m[3]), _MONTHS[m[1]], int(m[2]))
    except Ambiguous:
        raise
    except ValueError:  # no such day: 2024-02-30
        raise ValueError(ImportText(msg.INVALID_DATE, text)) from None
    raise ValueError(ImportText(msg.TEXT_NOT_A_DATE, text))


def to_percent(value: Any) -> int | None:
    """0.4, 40 and "40%" all mean 40; fractions below 1 are read as shares of one."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError(ImportText(msg.NOT_PERCENT_KIND))
    text = str(value).strip().replace(",", ".") if isinstance(value, str) else None
    if text is not None:
        share = text.endswith("%")
        try:
            number = float(text.rstrip("%").strip())
        except ValueError:
            raise ValueError(ImportText(msg.NOT_A_PERCENTAGE, value)) from None
        if share:
            return _whole_percent(number)
    elif isinstance(value, int | float):
        number = float(value)
    else:  # a date or time typed into the progress column
        raise ValueError(ImportText(msg.NOT_A_PERCENTAGE, value))
    if 0 < number < 1:
        number *= 100
    return _whole_percent(number)


def _whole_percent(number: float) -> int:
    if number != number:  # NaN
        raise ValueError(ImportText(msg.NOT_A_PERCENTAGE, f"{number:g}"))
    if not 0 <= number <= 100:
        raise OutOfRange(ImportText(msg.PERCENT_OUT_OF_RANGE, f"{number:g}"))
    return round(number)


_YES_NO = {
    **label_lookup({YES: True, NO: False}),
    **{word: True for word in ("y", "true", "x", "1", "left")},
    **{word: False for word in ("n", "false", "0")},
}
_STATUSES = {
    **label_lookup({enum_label(s): s.value for s in DeliverableStatus}),  # the donor report's
    **label_lookup({status_label(s): s.value for s in DeliverableStatus}),
}


def to_bool(value: Any) -> bool:
    """Yes or no, in any of the six languages (or true/false, x, 1/0); blank is no."""
    if is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    answer = _YES_NO.get(header_key(value))
    if answer is None:
        raise ValueError(ImportText(msg.NOT_YES_OR_NO, value))
    return answer


def to_status(value: Any) -> str | None:
    """A deliverable status from its label in any of the six languages (or its stored value);
    other text is returned as it is, for the field to refuse."""
    text = to_text(value)
    if text is None:
        return None
    return _STATUSES.get(header_key(text), text)


def cell_value(column: Column, value: Any, epoch_1904: bool = False) -> Any:
    """The field value a cell holds, for the entity service to validate further."""
    if isinstance(value, Uncalculated):
        raise ValueError(ImportText(msg.UNCALCULATED_FORMULA))
    if isinstance(value, str) and limits.cell_length(value) > limits.MAX_CELL_CHARS:
        length, most = f"{limits.cell_length(value):,}", f"{limits.MAX_CELL_CHARS:,}"
        raise OutOfRange(ImportText(msg.OVER_CELL_LIMIT, length, most))
    if column.kind == "date":
        return to_date(value, epoch_1904)
    if column.kind == "percent":
        return to_percent(value)
    if column.kind == "status":
        return to_status(value)
    if column.kind == "left":
        return not to_bool(value)  # the sheet asks "has left"; the record stores "active"
    if column.kind == "id":
        text = to_text(value)
        return text.lower() if text else None
    return to_text(value)
