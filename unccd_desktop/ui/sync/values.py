"""A sync conflict's values as the officer knows them: names for records, words for enum
values, dates in the locale's form."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ...errors import UserError
from ...services.crud import META_FIELDS
from ..labels import display_value, enum_text

if TYPE_CHECKING:
    from ...services import Services

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
LINKED_LISTS = {"donors": "partner", "agreements": "agreement"}
ENUM_LISTS = {"thematic_areas"}


class ValueReader:
    """Turns the JSON values of a conflict into display text, reading record names once."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._names: dict[tuple[str, str], str] = {}

    def name_of(self, entity: str, uuid: Any) -> str:
        """The label of a record named by its UUID (the UUID when it is not in this file)."""
        if not isinstance(uuid, str):
            return display_value(uuid)
        key = (entity, uuid)
        if key not in self._names:
            service = self.services.entity(entity)
            try:
                self._names[key] = str(service.get(uuid)[service.label_attr])
            except UserError:
                self._names[key] = uuid
        return self._names[key]

    def text(self, entity: str, field: str, value: Any) -> str:
        """One field's value as display text ("" for no value)."""
        if value is None or value == "" or value == []:
            return ""
        spec = next((f for f in self.services.entity(entity).fields if f.name == field), None)
        if spec is not None and spec.kind == "ref":
            return self.name_of(spec.ref, value)
        if spec is not None and spec.kind == "enum" and isinstance(value, str):
            return enum_text(value)
        if isinstance(value, list):
            return "; ".join(self._item_text(field, item) for item in value)
        return _plain(value)

    def _item_text(self, field: str, item: Any) -> str:
        if field in LINKED_LISTS:
            return self.name_of(LINKED_LISTS[field], item)
        if field in ENUM_LISTS:
            return enum_text(item)
        if isinstance(item, dict):
            shown = (
                self.name_of("partner", v)
                if k == "partner"
                else enum_text(v)
                if k == "role"
                else _plain(v)
                for k, v in item.items()
                if v not in (None, "")
            )
            return ", ".join(shown)
        return _plain(item)

    def fields(self, entity: str, *records: dict[str, Any] | None) -> list[str]:
        """The fields of whole-record values worth showing: the service's fields in their
        order, then any other key the records hold, without uuid, version and timestamps."""
        keys = [f.name for f in self.services.entity(entity).fields]
        for record in records:
            keys += [k for k in record or {} if k not in keys and k not in META_FIELDS]
        return [k for k in keys if any(r and r.get(k) not in (None, "", []) for r in records)]


def _plain(value: Any) -> str:
    """A stored JSON value as the window shows it; the services keep dates as ISO text."""
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        with contextlib.suppress(ValueError):  # text that only looks like a date stays as is
            return display_value(date.fromisoformat(value))
    if isinstance(value, bool):  # "no" said, not left blank: it differs from a "yes"
        if value:
            return QCoreApplication.translate("Value", "yes")
        return QCoreApplication.translate("Value", "no")
    return display_value(value)
