"""Every record of every entity as JSON: a machine-readable backup and how scripts read data.

Besides the records, ``partner_updates`` lists what partners reported on their deliverables
(each deliverable's "Updates" timeline), by deliverable then time."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from .. import __version__
from ..errors import UserError
from .partner_updates import all_updates
from .values import to_jsonable

if TYPE_CHECKING:
    from . import Services

ENTITIES = {
    "partners": "partner",
    "focal_points": "focal_point",
    "agreements": "agreement",
    "initiatives": "initiative",
    "projects": "project",
    "deliverables": "deliverable",
    "documents": "document",
}


def export_all(services: Services, *, include_timestamps: bool = True) -> dict[str, Any]:
    """All records, keyed by plural entity name, each list ordered by UUID."""
    from ..storage.migrations import current_revision

    out: dict[str, Any] = {
        "format": "unccd-partnerships-export",
        "app_version": __version__,
        "schema_version": current_revision(services.db),
    }
    with services.db.read() as session:
        for plural, entity in ENTITIES.items():
            service = services.entity(entity)
            stmt = sa.select(service.model).order_by(service.model.uuid)
            objs = session.scalars(stmt.options(selectinload("*")))
            records = []
            for obj in objs:
                record = service.record(session, obj)
                if not include_timestamps:
                    record.pop("created_at")
                    record.pop("updated_at")
                records.append(to_jsonable(record))
            out[plural] = records
    out["partner_updates"] = all_updates(services)
    return out


def write_export(services: Services, out: Path) -> Path:
    """Write the export atomically (temporary name, then rename)."""
    data = export_all(services)
    out = Path(out).expanduser().resolve()
    tmp = out.with_name(f".{out.name}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            f"The export could not be written to {out}: {exc.strerror or exc}. "
            "Free some space or choose another place, then try again."
        ) from exc
    return out
