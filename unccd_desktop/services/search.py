"""Global search across partners, focal points, agreements, initiatives, projects, deliverables.

SQLite answers from the FTS5 table ``search_index`` (migration 0002, kept in step by
triggers); PostgreSQL compares the same columns with ILIKE, served by trigram indexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from ..domain import Agreement, Deliverable, FocalPoint, Initiative, Partner, Project
from .crud import like_pattern
from .fulltext import fts_query

if TYPE_CHECKING:
    from . import Services

KINDS = ("partner", "focal_point", "agreement", "initiative", "project", "deliverable")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    uuid: str
    label: str
    detail: str


# PostgreSQL: (label, detail columns) per kind, the columns the trigram indexes cover.
_COLUMNS = {
    "partner": (Partner, Partner.name, (Partner.acronym, Partner.other_names)),
    "focal_point": (FocalPoint, FocalPoint.name, (FocalPoint.email, FocalPoint.title)),
    "agreement": (Agreement, Agreement.title, (Agreement.reference,)),
    "initiative": (Initiative, Initiative.name, (Initiative.launched_at,)),
    "project": (Project, Project.title, (Project.code,)),
    "deliverable": (Deliverable, Deliverable.title, ()),
}


class SearchService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def search(self, text: str, limit_per_kind: int = 8) -> dict[str, list[SearchHit]]:
        """Hits grouped by kind (only kinds with hits), best matches first."""
        if not text.split():
            return {}
        if self.services.db.is_sqlite:
            return self._search_fts(text, limit_per_kind)
        return self._search_like(text, limit_per_kind)

    def _search_fts(self, text: str, limit: int) -> dict[str, list[SearchHit]]:
        query = sa.text(
            "SELECT uuid, label, detail FROM search_index "
            "WHERE search_index MATCH :q AND kind = :kind ORDER BY rank LIMIT :limit"
        )
        out: dict[str, list[SearchHit]] = {}
        with self.services.db.read() as session:
            for kind in KINDS:
                rows = session.execute(
                    query, {"q": fts_query(text), "kind": kind, "limit": limit}
                ).all()
                if rows:
                    out[kind] = [
                        SearchHit(kind, u, label, detail.strip()) for u, label, detail in rows
                    ]
        return out

    def _search_like(self, text: str, limit: int) -> dict[str, list[SearchHit]]:
        out: dict[str, list[SearchHit]] = {}
        with self.services.db.read() as session:
            for kind in KINDS:
                model, label, details = _COLUMNS[kind]
                stmt = sa.select(model.uuid, label, *details)
                for word in text.split():
                    pattern = like_pattern(word)
                    stmt = stmt.where(
                        sa.or_(*(c.ilike(pattern, escape="\\") for c in (label, *details)))
                    )
                rows = session.execute(stmt.order_by(label).limit(limit)).all()
                if rows:
                    out[kind] = [
                        SearchHit(kind, r[0], r[1], " ".join(str(v) for v in r[2:] if v).strip())
                        for r in rows
                    ]
        return out
