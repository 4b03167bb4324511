"""Field descriptions: how each editable value of a record is cleaned and validated."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any

from .. import messages as msg
from ..errors import Text
from .values import parse_bool, parse_date, parse_decimal, parse_int

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class Field:
    """One scalar field of a record.

    kind is one of: str, text, int, date, enum, bool, decimal, currency, country, ref,
    lines (a list of strings stored one per line), url, email.
    """

    name: str
    kind: str = "str"
    required: bool = False
    max_length: int | None = None
    enum: type[enum.Enum] | None = None
    ref: str | None = None  # entity name for kind == "ref"
    minimum: int | None = None
    maximum: int | None = None
    default: Any = None

    @property
    def attr(self) -> str:
        """The model attribute that stores this field."""
        return f"{self.name}_id" if self.kind == "ref" else self.name

    def clean(self, value: Any) -> Any:
        """Return the value in its stored form, or raise ValueError with a plain message."""
        if isinstance(value, str) and self.kind not in ("text",):
            value = value.strip()
        if self.kind in ("str", "text", "url", "email"):
            return self._clean_text(value)
        if self.kind == "lines":
            return self._clean_lines(value)
        if self.kind == "int":
            number = parse_int(value)
            if number is not None and self.minimum is not None and number < self.minimum:
                raise ValueError(Text(msg.AT_LEAST, self.minimum))
            if number is not None and self.maximum is not None and number > self.maximum:
                raise ValueError(Text(msg.AT_MOST, self.maximum))
            return number
        if self.kind == "date":
            return parse_date(value)
        if self.kind == "decimal":
            number = parse_decimal(value)
            if number is not None and self.minimum is not None and number < self.minimum:
                raise ValueError(Text(msg.NOT_BELOW, self.minimum))
            return number
        if self.kind == "bool":
            return parse_bool(value)
        if self.kind == "enum":
            return self._clean_enum(value)
        if self.kind == "currency":
            return str(value).upper() if value not in (None, "") else None
        if self.kind in ("country", "ref"):
            return value if value not in (None, "") else None
        raise AssertionError(f"unknown field kind {self.kind}")

    def _clean_text(self, value: Any) -> str | None:
        if value is None or value == "":
            return "" if self.kind == "text" else None
        if not isinstance(value, str):
            value = str(value)
        if self.max_length is not None and len(value) > self.max_length:
            raise ValueError(Text(msg.TOO_LONG, self.max_length))
        if self.kind == "email" and not _EMAIL.match(value):
            raise ValueError(Text(msg.NOT_EMAIL))
        if self.kind == "url" and not _URL.match(value):
            raise ValueError(Text(msg.NOT_URL))
        return value

    def _clean_lines(self, value: Any) -> list[str]:
        if value is None or value == "":
            return []
        items = value.splitlines() if isinstance(value, str) else list(value)
        out: list[str] = []
        for item in items:
            text = str(item).strip()
            if text and text not in out:
                out.append(text)
        return out

    def _clean_enum(self, value: Any) -> enum.Enum | None:
        assert self.enum is not None
        if value is None or value == "":
            return None
        if isinstance(value, self.enum):
            return value
        key = str(value).strip().lower().replace(" ", "_").replace("-", "_")
        for member in self.enum:
            if key in (member.value, member.name.lower()):
                return member
        allowed = ", ".join(m.value.replace("_", " ") for m in self.enum)
        raise ValueError(Text(msg.NOT_ONE_OF, value, allowed))
