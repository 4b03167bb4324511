"""The demo database: the partnerships described in the COP 15 secretariat note.

The facts live in resources/demo/demo-data.json (see its README for sources); records get
UUIDs derived from their keys, so every demo database has the same identifiers.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from ..paths import resource

if TYPE_CHECKING:
    from . import Services

DEMO_NAMESPACE = uuid.UUID("6f1c1a52-4d0e-4b8e-9a43-5e2f7f3f0c15")
ORDER = ("partners", "focal_points", "agreements", "initiatives", "projects", "deliverables")
ENTITY = {
    "partners": "partner",
    "focal_points": "focal_point",
    "agreements": "agreement",
    "initiatives": "initiative",
    "projects": "project",
    "deliverables": "deliverable",
}
# Which keys of each record name other demo records, and of which list.
REFS = {
    "focal_points": {"partner": "partners"},
    "agreements": {"parent": "agreements"},
    "initiatives": {"donors": "partners"},
    "projects": {"initiative": "initiatives", "agreements": "agreements"},
    "deliverables": {
        "project": "projects",
        "agreement": "agreements",
        "responsible_partner": "partners",
    },
}
NESTED_REFS = {("agreements", "parties"): "partners", ("projects", "participants"): "partners"}


def demo_uuid(plural: str, key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{plural}/{key}"))


def load_demo_data() -> dict[str, list[dict[str, Any]]]:
    with resource("demo", "demo-data.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _resolve(plural: str, record: dict[str, Any]) -> dict[str, Any]:
    data = dict(record)
    key = data.pop("key")
    data["uuid"] = demo_uuid(plural, key)
    for field, target in REFS.get(plural, {}).items():
        value = data.get(field)
        if isinstance(value, list):
            data[field] = [demo_uuid(target, k) for k in value]
        elif value:
            data[field] = demo_uuid(target, value)
    for (owner, field), target in NESTED_REFS.items():
        if owner == plural:
            data[field] = [
                {**item, "partner": demo_uuid(target, item["partner"])} for item in data[field]
            ]
    return data


def populate_demo(services: Services) -> dict[str, int]:
    """Create every demo record in one transaction; return counts per list."""
    data = load_demo_data()
    counts = {}
    with services.db.write() as session:
        for plural in ORDER:
            service = services.entity(ENTITY[plural])
            records = data.get(plural, [])
            # Agreements may amend other agreements: create parents first.
            pending = list(records)
            created: set[str] = set()
            while pending:
                progressed = False
                for record in list(pending):
                    parent = record.get("parent") if plural == "agreements" else None
                    if parent and parent not in created:
                        continue
                    service.create_in(session, _resolve(plural, record))
                    created.add(record["key"])
                    pending.remove(record)
                    progressed = True
                if not progressed:
                    raise ValueError(f"demo {plural} refer to parents that do not exist")
            counts[plural] = len(records)
    return counts
