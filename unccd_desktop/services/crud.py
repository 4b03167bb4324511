"""The generic use cases every entity shares: read, list, create, update, delete, audit."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from .. import messages as msg
from ..domain import AuditAction, Country
from ..domain.base import UTCDateTime, utcnow
from ..errors import (
    ConflictError,
    ConflictInfo,
    DependencyError,
    FieldProblem,
    NotFoundError,
    Text,
    ValidationError,
    message_of,
)
from ..storage import first_pages
from ..storage.first_pages import FirstPage
from . import audit
from .fields import Field
from .fulltext import KIND_NUMBERS, matching_count, matching_ids
from .values import first_few

if TYPE_CHECKING:
    from . import Services

META_FIELDS = ("uuid", "version", "created_at", "updated_at")
# session.info key: {uuid: record} a caller writing many records loaded at once (an import)
PRELOADED = "preloaded"


# The ids matching a text filter, kept for the rest of one read (count_and_page); the table
# is made on each SQLite connection (storage/database.py).
SEARCH_HITS = sa.table("search_hits", sa.column("id"), schema="temp")


def _query_key(text: str, filters: dict[str, Any] | None) -> tuple[str, str]:
    return text.strip(), repr(sorted((filters or {}).items()))


def field_value(field: Field, stored: Any) -> Any:
    """A field's value as the services give it, from what its column stores (a reference: the
    related record's UUID). Workbook exchanges read many records' values through it too."""
    if field.kind == "lines":
        return [line for line in (stored or "").splitlines() if line]
    return stored


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Collection:
    """A list-valued part of a record (parties, donors, countries...), read and written whole."""

    def read(self, obj: Any) -> list:
        raise NotImplementedError

    def clean(self, session: Session, value: Any, problems: list[FieldProblem]) -> Any:
        raise NotImplementedError

    def apply(self, session: Session, obj: Any, cleaned: Any) -> None:
        raise NotImplementedError


class EntityService:
    """Use cases for one kind of record. Subclasses describe fields, lists and rules."""

    entity: ClassVar[str]
    label: ClassVar[str]  # "partner" in messages
    model: ClassVar[type]
    label_attr: ClassVar[str] = "name"
    fields: ClassVar[tuple[Field, ...]]
    collections: ClassVar[dict[str, Collection]] = {}
    default_sort: ClassVar[str] = "label"

    def __init__(self, services: Services) -> None:
        self.services = services
        self._match_counts: dict[tuple[str, str], int] = {}  # the last index counts

    @property
    def db(self):
        return self.services.db

    # ----- reading -------------------------------------------------------------------------

    def get(self, uuid: str) -> dict[str, Any]:
        with self.db.read() as session:
            return self.record(session, self.load(session, uuid))

    def load(self, session: Session, uuid: str) -> Any:
        obj = session.scalar(sa.select(self.model).where(self.model.uuid == uuid))
        if obj is None:
            raise NotFoundError(f"No {self.label} with identifier {uuid}.")
        return obj

    def record(self, session: Session, obj: Any) -> dict[str, Any]:
        """The record as a plain dict: references as UUIDs, collections as lists."""
        out: dict[str, Any] = {name: getattr(obj, name) for name in META_FIELDS}
        out.update(self.values(session, obj))
        return out

    def values(self, session: Session, obj: Any) -> dict[str, Any]:
        """The editable values (what the audit log compares)."""
        out: dict[str, Any] = {}
        for field in self.fields:
            if field.kind == "ref":
                related = getattr(obj, field.name)  # the relationship of the same name
                stored = related.uuid if related is not None else None
            else:
                stored = getattr(obj, field.attr)
            out[field.name] = field_value(field, stored)
        for name, coll in self.collections.items():
            out[name] = coll.read(obj)
        return out

    def display_label(self, obj: Any) -> str:
        return str(getattr(obj, self.label_attr))

    # ----- lists ---------------------------------------------------------------------------

    def list_columns(self) -> dict[str, sa.ColumnElement]:
        """Columns of the list view; 'uuid' and 'label' are always there."""
        return {"uuid": self.model.uuid, "label": getattr(self.model, self.label_attr)}

    def list_joins(self, stmt: sa.Select) -> sa.Select:
        return stmt

    def text_columns(self) -> list[sa.ColumnElement]:
        return [getattr(self.model, self.label_attr)]

    @property
    def _text_by_index(self) -> bool:
        return self.db.is_sqlite and self.entity in KIND_NUMBERS

    def text_clause(
        self, text: str, *, walk_sort_index: bool = False, hits: bool = False
    ) -> sa.ColumnElement:
        """Records matching every word of ``text``: through the full-text index on SQLite
        (word prefixes of the indexed names), else a substring match on ``text_columns()``.

        With ``walk_sort_index`` the id is compared as an expression, so SQLite cannot look
        the matches up by primary key and walks the index of the sort column instead, testing
        each row against the matches: a page then costs at most one pass over that index
        rather than sorting every match. With ``hits`` the matches are those put in
        ``temp.search_hits`` by ``_fill_hits`` in the same transaction."""
        if self._text_by_index:
            record_id = self.model.id + 0 if walk_sort_index else self.model.id
            found = sa.select(SEARCH_HITS.c.id) if hits else matching_ids(self.entity, text)
            return record_id.in_(found)
        words = []
        for word in text.split():
            pattern = like_pattern(word)
            words.append(sa.or_(*(c.ilike(pattern, escape="\\") for c in self.text_columns())))
        return sa.and_(*words)

    def special_filters(self) -> dict[str, Callable[[Any], sa.ColumnElement]]:
        return {}

    def _filtered(
        self,
        stmt: sa.Select,
        text: str,
        filters: dict[str, Any] | None,
        walk: bool = False,
        hits: bool = False,
    ) -> sa.Select:
        stmt = self.list_joins(stmt)
        if text.strip():
            stmt = stmt.where(self.text_clause(text, walk_sort_index=walk, hits=hits))
        columns = self.list_columns()
        special = self.special_filters()
        for name, value in (filters or {}).items():
            if value is None or value == "" or value == []:
                continue
            if name in special:
                stmt = stmt.where(special[name](value))
                continue
            if name not in columns:
                raise ValueError(f"unknown filter {name!r} for {self.entity}")
            col = columns[name]
            if isinstance(value, tuple):
                low, high = value
                if low is not None:
                    stmt = stmt.where(col >= low)
                if high is not None:
                    stmt = stmt.where(col <= high)
            elif isinstance(value, list | set | frozenset):
                stmt = stmt.where(col.in_(list(value)))
            else:
                stmt = stmt.where(col == value)
        return stmt

    def _walk_sort_index(
        self, session: Session, text: str, filters: Any, sort_col: Any, needed: int | None
    ) -> bool:
        """Whether a page of text matches is cheaper found by walking the sort column's index
        (about needed × records / matches steps) than by sorting every match: true when the
        matches are many, as counted just before for the same query."""
        matches = self._match_counts.get(_query_key(text, filters)) if text.strip() else None
        table = self.model.__table__
        indexed = any(sort_col.shares_lineage(index.columns[0]) for index in table.indexes)
        if not (self._text_by_index and indexed and matches and needed):
            return False
        records = session.scalar(sa.select(sa.func.max(self.model.id))) or 0
        return matches * matches * 10 > needed * records

    def rows(
        self,
        text: str = "",
        filters: dict[str, Any] | None = None,
        sort: str | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Rows for a list view, filtered and sorted in the database.

        The page's ids are chosen first, from the records alone; only those rows are then
        joined to their related records, so a page costs the same anywhere in a long list."""
        with self.db.read() as session:
            stmt = self._rows_statement(
                session, self.list_columns(), text, filters, sort, descending, offset, limit
            )
            return [dict(row._mapping) for row in session.execute(stmt)]

    def _rows_statement(
        self,
        session: Session,
        columns: dict[str, sa.ColumnElement],
        text: str,
        filters: dict[str, Any] | None,
        sort: str | None,
        descending: bool,
        offset: int,
        limit: int | None,
        hits: bool = False,
    ) -> sa.Select:
        sort_col = columns.get(sort or self.default_sort, columns["label"])
        order = sort_col.desc() if descending else sort_col.asc()
        nulls = sa.nulls_last(order) if not descending else sa.nulls_first(order)
        tiebreak = self.model.id.desc() if descending else self.model.id
        needed = offset + limit if limit is not None else None
        walk = self._walk_sort_index(session, text, filters, sort_col, needed)
        page = self._filtered(sa.select(self.model.id), text, filters, walk, hits)
        page = page.order_by(nulls, tiebreak).offset(offset)
        if limit is not None:
            page = page.limit(limit)
        chosen = page.subquery("page")
        stmt = (
            sa.select(*(col.label(name) for name, col in columns.items()))
            .select_from(chosen)
            .join(self.model, self.model.id == chosen.c.id)
        )
        return self.list_joins(stmt).order_by(nulls, tiebreak)

    def preview_columns(self) -> dict[str, sa.ColumnElement]:
        """The list columns as a saved query can replay them on a later day (first_page)."""
        return self.list_columns()

    def remember_first_page(self, sort: str | None = None, descending: bool = False) -> None:
        """Keep the query of this list's first page for the next start-up (first_pages)."""
        page = self.first_page(sort, descending)
        if page is not None and self.db.path is not None:
            first_pages.remember(self.db.path, page)

    def first_page(
        self, sort: str | None = None, descending: bool = False, limit: int = 200
    ) -> FirstPage | None:
        """The SQL of the list's first unfiltered page and of its count, with each column's
        kind, for storage.first_pages to replay with sqlite3 alone at the next start-up (the
        rows are read then; only the query is kept). None on other databases."""
        if not self.db.is_sqlite:
            return None
        columns = self.preview_columns()
        with self.db.read() as session:
            stmt = self._rows_statement(session, columns, "", None, sort, descending, 0, limit)
            dialect = session.get_bind().dialect
            schema = session.scalar(sa.text("SELECT version_num FROM alembic_version"))

            def sql(statement: sa.Select) -> str:
                return str(
                    statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
                )

            count = sa.select(sa.func.count()).select_from(self.model)
            return FirstPage(
                entity=self.entity,
                sort=sort,
                descending=descending,
                sql=sql(stmt),
                count_sql=sql(count),
                columns=list(columns),
                kinds=[column_kind(column) for column in columns.values()],
                schema=str(schema),
            )

    def count_and_page(
        self,
        text: str = "",
        filters: dict[str, Any] | None = None,
        sort: str | None = None,
        descending: bool = False,
        limit: int = 200,
    ) -> tuple[int, list[dict[str, Any]]]:
        """``count()`` and the first page of ``rows()`` in one read. On SQLite a text filter's
        matches are then looked up in the full-text index once, into a temporary table of
        this transaction, instead of once for the count and again for the page."""
        if not (text.strip() and self._text_by_index):
            return self.count(text, filters), self.rows(text, filters, sort, descending, 0, limit)
        unfiltered = all(v in (None, "", []) for v in (filters or {}).values())
        with self.db.read() as session:
            session.execute(sa.delete(SEARCH_HITS))
            matching = matching_ids(self.entity, text)
            added = session.execute(sa.insert(SEARCH_HITS).from_select(["id"], matching))
            if unfiltered:
                found = added.rowcount
            else:
                stmt = sa.select(sa.func.count(sa.distinct(self.model.id))).select_from(self.model)
                found = session.scalar(self._filtered(stmt, text, filters, hits=True)) or 0
            self._remember_count(text, filters, found)
            stmt = self._rows_statement(
                session, self.list_columns(), text, filters, sort, descending, 0, limit, hits=True
            )
            rows = [dict(row._mapping) for row in session.execute(stmt)]
        return found, rows

    def _remember_count(self, text: str, filters: dict[str, Any] | None, found: int) -> None:
        """Kept for rows() to choose its plan for the same query."""
        if len(self._match_counts) >= 32:
            self._match_counts.clear()
        self._match_counts[_query_key(text, filters)] = found

    def count(self, text: str = "", filters: dict[str, Any] | None = None) -> int:
        unfiltered = all(v in (None, "", []) for v in (filters or {}).values())
        if unfiltered and text.strip() and self._text_by_index:
            stmt = matching_count(self.entity, text)
        elif unfiltered and not text.strip():
            # The list joins only add columns, so the table alone gives the count.
            stmt = sa.select(sa.func.count()).select_from(self.model)
        else:
            stmt = sa.select(sa.func.count(sa.distinct(self.model.id))).select_from(self.model)
            stmt = self._filtered(stmt, text, filters)
        with self.db.read() as session:
            found = session.scalar(stmt) or 0
        if text.strip() and self._text_by_index:
            self._remember_count(text, filters, found)
        return found

    def choices(self, text: str = "", limit: int = 200) -> list[tuple[str, str]]:
        """(uuid, label) pairs for pickers, in the order of the labels."""
        label = getattr(self.model, self.label_attr)
        stmt = sa.select(self.model.uuid, label).select_from(self.model)
        stmt = self._filtered(stmt, text, None).order_by(label, self.model.id).limit(limit)
        with self.db.read() as session:
            return [(uuid, name) for uuid, name in session.execute(stmt)]

    def history(self, uuid: str) -> list[audit.HistoryEntry]:
        with self.db.read() as session:
            return audit.history(session, self.entity, uuid)

    # ----- validation ----------------------------------------------------------------------

    def clean(
        self, session: Session, data: dict[str, Any], *, creating: bool
    ) -> tuple[dict[str, Any], dict[str, Any], list[FieldProblem]]:
        """Split data into cleaned scalar values and collections, collecting problems."""
        problems: list[FieldProblem] = []
        by_name = {f.name: f for f in self.fields}
        unknown = set(data) - set(by_name) - set(self.collections) - set(META_FIELDS)
        for name in sorted(unknown):
            problems.append(FieldProblem(name, Text(msg.NOT_A_FIELD)))
        scalars: dict[str, Any] = {}
        for field in self.fields:
            if field.name not in data:
                if creating and field.default is not None:
                    scalars[field.name] = field.default
                continue
            try:
                scalars[field.name] = field.clean(data[field.name])
            except ValueError as exc:
                problems.append(FieldProblem(field.name, message_of(exc)))
        flagged = {p.field for p in problems}
        for field in self.fields:
            given = creating or field.name in data
            empty = scalars.get(field.name) in (None, "")
            if field.required and given and empty and field.name not in flagged:
                problems.append(FieldProblem(field.name, Text(msg.REQUIRED)))
        colls: dict[str, Any] = {}
        for name, coll in self.collections.items():
            if name in data:
                colls[name] = coll.clean(session, data[name], problems)
        return scalars, colls, problems

    def check_references(
        self, session: Session, scalars: dict[str, Any], problems: list[FieldProblem]
    ) -> dict[str, Any]:
        """Resolve ref fields from UUID to the record; check codes exist."""
        out = dict(scalars)
        for field in self.fields:
            if field.name not in scalars or scalars[field.name] is None:
                continue
            value = scalars[field.name]
            if field.kind == "ref":
                target = self.services.entity(field.ref).model
                related = session.scalar(sa.select(target).where(target.uuid == str(value)))
                if related is None:
                    problems.append(FieldProblem(field.name, Text(msg.UNKNOWN_RECORD)))
                out[field.name] = related
            elif field.kind == "country" and session.get(Country, value) is None:
                problems.append(FieldProblem(field.name, Text(msg.UNKNOWN_COUNTRY, value)))
            elif field.kind == "currency" and not self.services.reference.is_currency(value):
                problems.append(FieldProblem(field.name, Text(msg.UNKNOWN_CURRENCY, value)))
        return out

    def validate(
        self, session: Session, merged: dict[str, Any], obj: Any | None
    ) -> list[FieldProblem]:
        """Rules across fields (dates in order, ...). merged holds cleaned values."""
        return []

    def _assign(self, session: Session, obj: Any, resolved: dict[str, Any], colls: dict) -> None:
        for field in self.fields:
            if field.name in resolved:
                value = resolved[field.name]
                if field.kind == "lines":
                    value = "\n".join(value)
                # References are set through the relationship of the same name.
                setattr(obj, field.name if field.kind == "ref" else field.attr, value)
        for name, cleaned in colls.items():
            self.collections[name].apply(session, obj, cleaned)

    def _merged(self, current: dict[str, Any], scalars: dict, colls: dict) -> dict[str, Any]:
        merged = dict(current)
        merged.update(scalars)
        merged.update(colls)
        return merged

    # ----- writing -------------------------------------------------------------------------

    def create(self, data: dict[str, Any]) -> dict[str, Any]:
        with self.db.write() as session:
            return self.create_in(session, data)

    def create_in(self, session: Session, data: dict[str, Any]) -> dict[str, Any]:
        """Create within a caller's transaction (imports write many records in one)."""
        scalars, colls, problems = self.clean(session, data, creating=True)
        resolved = self.check_references(session, scalars, problems)
        defaults = {f.name: ([] if f.kind == "lines" else None) for f in self.fields}
        defaults.update({name: [] for name in self.collections})
        problems += self.validate(session, self._merged(defaults, scalars, colls), None)
        if problems:
            raise ValidationError(problems)
        obj = self.model()
        if data.get("uuid"):
            obj.uuid = str(data["uuid"])
        self._assign(session, obj, resolved, colls)
        session.add(obj)
        session.flush()
        record = self.record(session, obj)
        after = self.values(session, obj)
        audit.record_changes(
            session, self.services.actor, AuditAction.CREATE, self.entity, obj.uuid, {}, after
        )
        return record

    def update(self, uuid: str, version: int, changes: dict[str, Any]) -> dict[str, Any]:
        with self.db.write() as session:
            return self.update_in(session, uuid, version, changes)

    def _load_for_write(self, session: Session, uuid: str, version: int | None) -> Any:
        obj = session.info.get(PRELOADED, {}).get(uuid)
        if not isinstance(obj, self.model):
            obj = session.scalar(sa.select(self.model).where(self.model.uuid == uuid))
        if obj is None:
            raise ConflictError(ConflictInfo(self.label, uuid, version or 0, None))
        if version is not None and obj.version != version:
            raise ConflictError(
                ConflictInfo(self.label, uuid, version, obj.version, self.record(session, obj))
            )
        return obj

    def update_in(
        self,
        session: Session,
        uuid: str,
        version: int | None,
        changes: dict[str, Any],
        *,
        flush: bool = True,
    ) -> dict[str, Any]:
        """Update within a caller's transaction. version None skips the staleness check.

        flush=False leaves the write to the caller's next flush (an import flushes many rows
        at once); the record returned then still shows the version it had."""
        obj = self._load_for_write(session, uuid, version)
        before = self.values(session, obj)
        changes = {k: v for k, v in changes.items() if k not in META_FIELDS}
        scalars, colls, problems = self.clean(session, changes, creating=False)
        resolved = self.check_references(session, scalars, problems)
        problems += self.validate(session, self._merged(before, scalars, colls), obj)
        if problems:
            raise ValidationError(problems)
        self._assign(session, obj, resolved, colls)
        after = self.values(session, obj)
        if after != before:
            obj.updated_at = utcnow()  # also bumps the version when only collections changed
            seen = obj.version  # obj cannot be read once the failed flush rolled back
            try:
                if flush:
                    session.flush()
            except StaleDataError as exc:
                raise ConflictError(
                    ConflictInfo(self.label, uuid, version or seen, seen + 1)
                ) from exc
            audit.record_changes(
                session, self.services.actor, AuditAction.UPDATE, self.entity, uuid, before, after
            )
        return self.record(session, obj)

    @staticmethod
    def describe(session: Session, template: str, stmt: sa.Select) -> list[str]:
        """A Text of ``template`` (from messages) for each title the statement returns."""
        return [Text(template, title) for title in session.scalars(stmt)]

    def dependents(self, session: Session, obj: Any) -> list[str]:
        """Descriptions of records that still refer to obj and block its deletion."""
        return []

    def cascade_children(self, session: Session, obj: Any) -> Iterable[tuple[EntityService, Any]]:
        """Records deleted together with obj (their deletion is audited too)."""
        return ()

    def delete(self, uuid: str, version: int | None = None) -> None:
        with self.db.write() as session:
            self.delete_in(session, uuid, version)

    def delete_in(self, session: Session, uuid: str, version: int | None = None) -> None:
        obj = self._load_for_write(session, uuid, version)
        blockers = self.dependents(session, obj)
        if blockers:
            raise DependencyError(
                f"The {self.label} '{self.display_label(obj)}' cannot be deleted because "
                f"other records still refer to it: {first_few(blockers)}. "
                "Remove or reassign those first.",
                blockers,
            )
        actor = self.services.actor
        for child_service, child in self.cascade_children(session, obj):
            audit.record_changes(
                session,
                actor,
                AuditAction.DELETE,
                child_service.entity,
                child.uuid,
                child_service.values(session, child),
                {},
            )
            session.delete(child)
        before = self.values(session, obj)
        session.delete(obj)
        try:
            session.flush()
        except StaleDataError as exc:
            raise ConflictError(ConflictInfo(self.label, uuid, version or 0, None)) from exc
        audit.record_changes(session, actor, AuditAction.DELETE, self.entity, uuid, before, {})

    def undo_create(self, uuid: str, version: int) -> None:
        """Delete a record as the undoing of its creation: refused (``ConflictError``) when it
        was edited since (its version is no longer ``version``), and (``DependencyError``)
        when other records were attached to it or refer to it since."""
        with self.db.write() as session:
            obj = self._load_for_write(session, uuid, version)
            templates = {
                "document": msg.DEPENDENT_DOCUMENT,
                "focal_point": msg.DEPENDENT_FOCAL_POINT,
            }
            attached = [
                Text(templates[child_service.entity], child_service.display_label(child))
                for child_service, child in self.cascade_children(session, obj)
            ]
            blockers = self.dependents(session, obj) + attached
            if blockers:
                raise DependencyError(
                    f"Adding the {self.label} '{self.display_label(obj)}' cannot be undone "
                    f"because other records were added to it since: {first_few(blockers)}.",
                    blockers,
                )
            self.delete_in(session, uuid, version)


def column_kind(column: sa.ColumnElement) -> str:
    """How storage.first_pages turns a column's raw SQLite value back into a Python one."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return "utc"
    if isinstance(kind, sa.Enum):
        return "enum"
    if isinstance(kind, sa.DateTime):
        return "datetime"
    if isinstance(kind, sa.Date):
        return "date"
    if isinstance(kind, sa.Boolean):
        return "bool"
    if isinstance(kind, sa.Numeric) and not isinstance(kind, sa.Float):
        return "decimal"
    return "text"
