"""Global search across partners, focal points, agreements, initiatives, projects, deliverables.

SQLite answers from the FTS5 table ``search_index`` (migration 0002, kept in step by
triggers); PostgreSQL compares the same columns with ILIKE, served by trigram indexes.

Agreements and projects are also found through their parties (participants): when a kind
has fewer hits than asked for, its records where every word is in the record's own text or
in the name, acronym or other names of one of its parties follow the direct hits. The
matching partners are looked up first (the index, or the partners' trigram indexes) and
their agreements or projects read through the link table, so no extra index is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..domain import (
    Agreement,
    AgreementParty,
    Deliverable,
    FocalPoint,
    Initiative,
    Partner,
    Project,
    ProjectParticipant,
)
from .crud import like_pattern
from .fulltext import KIND_NUMBERS, ROWID_BLOCK, fts_query

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

# A word that at most this many records and partners have narrows the records tested.
FEW = 200

# Kinds also found through their parties: the link table's record and partner columns.
_PARTY_LINKS = {
    "agreement": (AgreementParty.agreement_id, AgreementParty.partner_id),
    "project": (ProjectParticipant.project_id, ProjectParticipant.partner_id),
}


class SearchService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def search(self, text: str, limit_per_kind: int = 8) -> dict[str, list[SearchHit]]:
        """Hits grouped by kind (only kinds with hits), best matches first; agreements and
        projects found through their parties come after those found by their own text."""
        words = text.split()
        if not words:
            return {}
        with self.services.db.read() as session:
            if self.services.db.is_sqlite:
                out = self._search_fts(session, text, limit_per_kind)
            else:
                out = self._search_like(session, words, limit_per_kind)
            short = [k for k in _PARTY_LINKS if len(out.get(k, [])) < limit_per_kind]
            partners = self._partners_by_word(session, words) if short else {}
            for kind in short if any(partners.values()) else ():
                found = out.get(kind, [])
                more = self._through_parties(
                    session, kind, partners, [h.uuid for h in found], limit_per_kind - len(found)
                )
                if more:
                    out[kind] = found + more
        return {kind: out[kind] for kind in KINDS if kind in out}

    def _search_fts(self, session: Session, text: str, limit: int) -> dict[str, list[SearchHit]]:
        query = sa.text(
            "SELECT uuid, label, detail FROM search_index "
            "WHERE search_index MATCH :q AND kind = :kind ORDER BY rank LIMIT :limit"
        )
        out: dict[str, list[SearchHit]] = {}
        for kind in KINDS:
            rows = session.execute(
                query, {"q": fts_query(text), "kind": kind, "limit": limit}
            ).all()
            if rows:
                out[kind] = [SearchHit(kind, u, label, detail.strip()) for u, label, detail in rows]
        return out

    def _search_like(
        self, session: Session, words: list[str], limit: int
    ) -> dict[str, list[SearchHit]]:
        out: dict[str, list[SearchHit]] = {}
        for kind in KINDS:
            model, label, details = _COLUMNS[kind]
            stmt = sa.select(model.uuid, label, *details)
            for word in words:
                stmt = stmt.where(_own_text_like(kind, word))
            rows = session.execute(stmt.order_by(label).limit(limit)).all()
            if rows:
                out[kind] = [
                    SearchHit(kind, r[0], r[1], " ".join(str(v) for v in r[2:] if v).strip())
                    for r in rows
                ]
        return out

    # ----- through parties -----------------------------------------------------------------

    def _own_ids(self, kind: str, word: str) -> sa.Select:
        """SELECT of the ids of the ``kind`` records whose own text has ``word``."""
        if self.services.db.is_sqlite:
            return _index_ids(kind, word)
        model = _COLUMNS[kind][0]
        return sa.select(model.id).where(_own_text_like(kind, word))

    def _own_match(self, kind: str, word: str) -> sa.ColumnElement:
        """Records of ``kind`` whose own text has ``word``."""
        if self.services.db.is_sqlite:
            return _COLUMNS[kind][0].id.in_(_index_ids(kind, word))
        return _own_text_like(kind, word)

    def _partner_ids(self, word: str) -> sa.Select:
        """SELECT of the ids of the partners whose name, acronym or other names have ``word``."""
        if self.services.db.is_sqlite:
            return _index_ids("partner", word)
        return sa.select(Partner.id).where(_own_text_like("partner", word))

    def _partners_by_word(self, session: Session, words: list[str]) -> dict[str, list[int]]:
        """For each word, the ids of the partners that have it, up to one more than ``FEW``
        (enough to tell whether they are few)."""
        return {
            word: list(session.scalars(self._partner_ids(word).limit(FEW + 1))) for word in words
        }

    def _through_parties(
        self,
        session: Session,
        kind: str,
        partners: dict[str, list[int]],
        shown: list[str],
        limit: int,
    ) -> list[SearchHit]:
        """Up to ``limit`` records not in ``shown`` whose every word is in their own text or
        in one of their parties', by label; the detail names the parties that matched.
        ``partners`` holds the (first) partners of each word. Only records that can match are
        tested: those with a word that few records and partners have (or with one of its
        partners), else those of the partners of all words when they are few; with neither,
        records are tested in label order until enough match."""
        model, label, details = _COLUMNS[kind]
        record_id, partner_id = _PARTY_LINKS[kind]
        words = list(partners)
        stmt = sa.select(model.id, model.uuid, label, *details).where(model.uuid.not_in(shown))
        own = {w: list(session.scalars(self._own_ids(kind, w).limit(FEW + 1))) for w in words}
        rare = [w for w in words if len(partners[w]) <= FEW and len(own[w]) <= FEW]
        everyone = {p for ids in partners.values() for p in ids}
        if rare:
            word = min(rare, key=lambda w: len(partners[w]) + len(own[w]))
            linked = sa.select(record_id).where(partner_id.in_(partners[word]))
            stmt = stmt.where(sa.or_(model.id.in_(own[word]), model.id.in_(linked)))
        elif all(len(ids) <= FEW for ids in partners.values()) and len(everyone) <= FEW:
            linked = sa.select(record_id).where(partner_id.in_(everyone))
            stmt = stmt.where(model.id.in_(linked))
        for word in words:
            # Each record's own links, each tested against the word's partners (``+ 0``: the
            # links are found by record, not one lookup per matching partner and record).
            through = sa.exists().where(
                record_id == model.id, (partner_id + 0).in_(self._partner_ids(word))
            )
            stmt = stmt.where(sa.or_(self._own_match(kind, word), through))
        rows = session.execute(stmt.order_by(label, model.id).limit(limit)).all()
        if not rows:
            return []
        parties = session.execute(
            sa.select(record_id, Partner.name, Partner.acronym)
            .join(Partner, Partner.id == partner_id)
            .where(
                record_id.in_([r[0] for r in rows]),
                sa.or_(*(partner_id.in_(self._partner_ids(word)) for word in words)),
            )
            .order_by(partner_id)
        ).all()
        names: dict[int, list[str]] = {}
        for owner, name, acronym in parties:
            party = acronym or name
            if party not in names.setdefault(owner, []):
                names[owner].append(party)
        return [
            SearchHit(
                kind,
                r[1],
                r[2],
                " · ".join(
                    part
                    for part in (
                        " ".join(str(v) for v in r[3:] if v),
                        ", ".join(names.get(r[0], [])),
                    )
                    if part
                ),
            )
            for r in rows
        ]


def _own_text_like(kind: str, word: str) -> sa.ColumnElement:
    """A record of ``kind`` whose label or detail columns hold ``word`` (ILIKE)."""
    _model, label, details = _COLUMNS[kind]
    pattern = like_pattern(word)
    return sa.or_(*(c.ilike(pattern, escape="\\") for c in (label, *details)))


def _index_ids(kind: str, word: str) -> sa.Select:
    """SELECT of the ids of ``kind`` records whose indexed text has ``word`` (SQLite), with a
    bound value of its own, so one statement can hold one such test per word."""
    base = KIND_NUMBERS[kind] * ROWID_BLOCK
    rowid = sa.literal_column("rowid")
    return (
        sa.select(rowid - base)
        .select_from(sa.table("search_index"))
        .where(
            sa.literal_column("search_index").op("MATCH")(fts_query(word)),
            rowid >= base,
            rowid < base + ROWID_BLOCK,
        )
    )
