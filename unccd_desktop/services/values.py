"""Converting field values between Python, JSON and user text, with readable errors."""

from __future__ import annotations

import enum
import json
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import messages as msg
from ..errors import Text

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def to_jsonable(value: Any) -> Any:
    """A value as plain JSON data: dates as ISO text, decimals as text, enums as their value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def first_few(items: list[str], limit: int = 10) -> str:
    """'a; b; c' for a message, with 'and N more' past ``limit`` items."""
    shown = "; ".join(items[:limit])
    return f"{shown} and {len(items) - limit} more" if len(items) > limit else shown


def dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(to_jsonable(value), ensure_ascii=False)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def parse_date(value: Any) -> date | None:
    """Accept a date, a datetime or ISO text (YYYY-MM-DD); empty means no date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(Text(msg.NOT_DATE))


def parse_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(Text(msg.NOT_WHOLE))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise ValueError(Text(msg.NOT_WHOLE))


def parse_decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        raise ValueError(Text(msg.NOT_NUMBER)) from None
    if not number.is_finite():
        raise ValueError(Text(msg.NOT_NUMBER))
    return number


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in {"yes", "true", "1", "y"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"no", "false", "0", "n", ""}:
        return False
    raise ValueError(Text(msg.NOT_YES_NO))
