"""Reading a received workbook into an import report, and applying the report.

Nothing is written while planning. For a partner update workbook the report tells partner
changes from database changes by comparing each cell with the value exported (remembered
in the database) and with the database now: only a field changed on both sides, to
different values, is a conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from ..domain import FocalPoint, Partner
from ..errors import UserError
from ..services.exchange import BatchCounts, ExportRecord, PlannedWrite, apply_batch, find_export
from ..services.values import to_jsonable
from . import cleaning
from .columns import (
    FOCAL_POINTS,
    LAYOUTS,
    META_SHEET,
    Column,
    Layout,
    column_lookup,
    header_key,
    match_layout,
)
from .files import RejectedFile, inspect_file, sha256_of
from .reading import Book, Sheet, read_book
from .report import TAKE_PARTNER, Change, Conflict, ImportReport, RowResult

if TYPE_CHECKING:
    from ..services import Services

HEADER_SEARCH_ROWS = 10
IGNORED_SHEETS = {header_key(n) for n in (META_SHEET, "Instructions")}


def preview_import(services: Services, path: Path) -> ImportReport:
    """Read a file and say, row by row, what importing it would do. Writes nothing."""
    report = ImportReport(Path(path))
    try:
        info = inspect_file(report.path)
        report.sha256 = info.sha256
        report.messages += info.warnings
        book = read_book(info)
    except RejectedFile as exc:
        report.rejected = str(exc)
        return report
    report.messages += book.warnings
    _Planner(services, report, book).run()
    return report


class _Planner:
    def __init__(self, services: Services, report: ImportReport, book: Book) -> None:
        self.services, self.report, self.book = services, report, book
        self.meta: dict[str, str] = {}
        self.versions: dict[tuple[str, str], int] = {}
        self.export: ExportRecord | None = None
        self.known_contacts: dict[str, str] = {}  # "email:..." / "name:..." → contact uuid

    def run(self) -> None:
        meta_sheet = next((s for s in self.book.sheets if s.name == META_SHEET), None)
        if meta_sheet is not None:
            self._read_meta(meta_sheet)
        self._find_export()
        imported = 0
        for sheet in self.book.sheets:
            if header_key(sheet.name) in IGNORED_SHEETS or sheet.hidden:
                continue
            layout, header_index = self._layout_for(sheet)
            if layout is None:
                if sheet.rows:
                    self.report.messages.append(
                        f"Sheet '{sheet.name}' was not imported: it holds no deliverables "
                        "or focal points columns."
                    )
                continue
            imported += 1
            self._plan_sheet(sheet, layout, header_index)
        if not imported and not self.report.errors:
            self.report.errors.append(
                "No sheet of this file holds deliverables or focal points with the expected "
                "columns (for example 'Deliverable ID' and 'Status')."
            )
        self._check_rules()

    def _check_rules(self) -> None:
        """Apply each entity's rules across fields (dates in order, ...) to the updated records,
        so that a row that would be refused is an error now rather than a failed apply."""
        rows: dict[str, dict[str, RowResult]] = {}
        for row in self.report.rows:
            if row.action == "update":
                rows.setdefault(row.entity, {})[row.id or ""] = row
        headers = {(lay.entity, c.field): c.header for lay in LAYOUTS for c in lay.columns}
        with self.services.db.read() as session:
            for entity, by_uuid in rows.items():
                service = self.services.entity(entity)
                model = service.model
                fields = {f.name: f for f in service.fields}
                refs = [
                    selectinload(getattr(model, f.name)) for f in service.fields if f.kind == "ref"
                ]
                uuids = sorted(by_uuid)
                for start in range(0, len(uuids), 500):
                    stmt = sa.select(model).where(model.uuid.in_(uuids[start : start + 500]))
                    for obj in session.scalars(stmt.options(*refs)):
                        row = by_uuid[obj.uuid]
                        merged = service.values(session, obj)
                        for name, change in row.changes.items():
                            merged[name] = fields[name].clean(change.new)
                        for problem in service.validate(session, merged, obj):
                            header = headers.get((entity, problem.field), problem.field)
                            row.messages.append(f"{header}: {problem.message}.")
                        if row.messages:
                            row.action = "error"

    # ----- the hidden sheet and the export record -------------------------------------------

    def _read_meta(self, sheet: Sheet) -> None:
        in_versions = False
        for _number, values in sheet.rows:
            cells = [cleaning.to_text(v) for v in values]
            if cells[:3] == ["entity", "id", "version"]:
                in_versions = True
            elif in_versions and len(cells) >= 3 and cells[2] and cells[2].isdigit():
                self.versions[(str(cells[0]), str(cells[1]).lower())] = int(cells[2])
            elif not in_versions and len(cells) >= 2 and cells[0]:
                self.meta[cells[0]] = cells[1] or ""

    def _find_export(self) -> None:
        from ..storage.migrations import current_revision

        export_id = self.meta.get("export_id")
        if not export_id:
            self.report.messages.append(
                "This file carries no export record: changes are compared with the database "
                "as it is now, so edits made meanwhile cannot be told apart."
            )
            return
        self.report.export_uuid = export_id
        self.export = find_export(self.services, export_id)
        if self.export is None:
            self.report.messages.append(
                f"The export {export_id} is not known to this database (was it made from "
                "another copy?): changes are compared with the database as it is now."
            )
        schema = self.meta.get("schema_version")
        current = current_revision(self.services.db) or ""
        if schema and schema != current:
            self.report.messages.append(
                f"The workbook was exported from another database schema version ({schema}; "
                f"this database is at {current}); its columns are read by name as usual."
            )

    # ----- matching sheets and columns ------------------------------------------------------

    def _layout_for(self, sheet: Sheet) -> tuple[Layout | None, int]:
        named = match_layout(sheet.name)
        candidates = [named] if named else list(LAYOUTS)
        best: tuple[int, Layout | None, int] = (0, None, 0)
        for layout in candidates:
            lookup = column_lookup(layout)
            for index, (_n, values) in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
                matched = {lookup[k].field for v in values if (k := header_key(v or "")) in lookup}
                score = len(matched)
                if score > best[0]:
                    best = (score, layout, index)
        score, layout, index = best
        if layout is None or (named is None and score < 2):
            return (named, 0) if named and sheet.rows else (None, 0)
        return layout, index

    def _columns(self, sheet: Sheet, layout: Layout, header_index: int) -> dict[int, Column]:
        lookup = column_lookup(layout)
        mapping: dict[int, Column] = {}
        seen: set[str] = set()
        unknown: list[str] = []
        _n, headers = sheet.rows[header_index]
        for position, text in enumerate(headers):
            if cleaning.is_blank(text):
                continue
            column = lookup.get(header_key(text))
            if column is None:
                unknown.append(str(text).strip())
            elif column.field in seen:
                self.report.messages.append(
                    f"Sheet '{sheet.name}': the column '{column.header}' appears twice; "
                    "the first one was used."
                )
            else:
                mapping[position] = column
                seen.add(column.field)
        if unknown:
            names = ", ".join(f"'{u}'" for u in unknown)
            self.report.messages.append(
                f"Sheet '{sheet.name}': unknown columns were ignored: {names}."
            )
        for column in layout.columns:
            if column.required and column.field not in seen:
                self.report.errors.append(
                    f"Sheet '{sheet.name}' has no '{column.header}' column, so its rows cannot "
                    "be matched to records; it was not imported."
                )
                return {}
        return mapping

    # ----- rows -----------------------------------------------------------------------------

    def _plan_sheet(self, sheet: Sheet, layout: Layout, header_index: int) -> None:
        mapping = self._columns(sheet, layout, header_index) if sheet.rows else {}
        if not mapping:
            return
        service = self.services.entity(layout.entity)
        fields = {f.name: f for f in service.fields}
        table = service.model.__table__
        not_null = {f.name for f in service.fields if not table.c[f.attr].nullable}
        id_position = next(p for p, c in mapping.items() if c.kind == "id")
        data_rows = sheet.rows[header_index + 1 :]
        ids = set()
        for _n, values in data_rows:
            if id_position < len(values) and not cleaning.is_blank(values[id_position]):
                ids.add(str(cleaning.to_text(values[id_position])).lower())
        current = self._current(layout, ids)
        self.known_contacts.clear()
        if layout.entity == "focal_point" and self.meta.get("partner"):
            self._load_contacts(current)
        first_seen: dict[str, int] = {}
        for number, values in data_rows:
            result = RowResult(sheet.name, number, layout.entity, None, "unchanged")
            partner_values: dict[str, Any] = {}
            for position, column in mapping.items():
                raw = values[position] if position < len(values) else None
                try:
                    value = cleaning.cell_value(column, raw, self.book.epoch_1904)
                    if column.kind == "id":
                        result.id = value
                    elif column.editable:
                        cleaned = fields[column.field].clean(value)
                        if cleaned is None and column.field in not_null:
                            raise ValueError("cannot be left empty")
                        partner_values[column.field] = _norm(to_jsonable(cleaned))
                except ValueError as exc:
                    result.messages.append(f"{column.header}: {exc}.")
            if result.id and result.id in first_seen:
                result.messages.append(
                    f"This ID is also on row {first_seen[result.id]}; each record may appear once."
                )
            elif result.id:
                first_seen[result.id] = number
            self._decide(result, layout, partner_values, current)
            self.report.rows.append(result)

    def _decide(
        self, result: RowResult, layout: Layout, values: dict[str, Any], current: dict
    ) -> None:
        if result.messages:
            result.action = "error"
            return
        if result.id is None:
            result.id = self._same_contact(layout, values)
        if result.id is None:
            self._decide_new(result, layout, values)
            return
        record = current.get(result.id)
        if record is None:
            result.action = "error"
            result.messages.append(
                f"No {layout.entity.replace('_', ' ')} has the ID {result.id} (it may have been "
                "deleted from the database since the export)."
            )
            return
        result.version, result.label = record["version"], record["label"]
        partner_uuid = self.meta.get("partner")
        if layout.entity == "focal_point" and partner_uuid and record["partner"] != partner_uuid:
            result.action = "error"
            result.messages.append("This contact belongs to another partner.")
            return
        sent = self.export.rows.get(layout.entity, {}).get(result.id) if self.export else None
        exported_version = self.versions.get((layout.entity, result.id))
        for name, partner in values.items():
            database = record["values"].get(name)
            if partner == database:
                continue
            if sent is not None:
                exported = _norm(sent["values"].get(name))
                if partner == exported:
                    continue  # only the database changed: keep it
                if database == exported:
                    result.changes[name] = Change(database, partner)
                else:
                    result.conflicts[name] = Conflict(database, exported, partner)
            elif exported_version is not None and exported_version != record["version"]:
                result.conflicts[name] = Conflict(database, None, partner)
            else:
                result.changes[name] = Change(database, partner)
        if result.conflicts:
            result.action = "conflict"
        elif result.changes:
            result.action = "update"

    def _load_contacts(self, current: dict[str, dict[str, Any]]) -> None:
        """The partner's contacts by name and e-mail, so a re-imported new row is not a copy."""
        with self.services.db.read() as session:
            uuids = set(
                session.scalars(
                    sa.select(FocalPoint.uuid)
                    .join(Partner, Partner.id == FocalPoint.partner_id)
                    .where(Partner.uuid == self.meta["partner"])
                )
            )
        current.update(self._current(FOCAL_POINTS, uuids - set(current)))
        for uuid in uuids:
            for key in ("email", "name"):
                value = current[uuid]["values"].get(key)
                if value:
                    self.known_contacts.setdefault(f"{key}:{str(value).casefold()}", uuid)

    def _same_contact(self, layout: Layout, values: dict[str, Any]) -> str | None:
        if layout.entity != "focal_point":
            return None
        for key in ("email", "name"):
            if values.get(key):
                found = self.known_contacts.get(f"{key}:{str(values[key]).casefold()}")
                if found:
                    return found
        return None

    def _decide_new(self, result: RowResult, layout: Layout, values: dict[str, Any]) -> None:
        partner_uuid = self.meta.get("partner")
        if layout.entity != "focal_point":
            result.action = "error"
            result.messages.append(
                "This row has no Deliverable ID; new deliverables cannot be added from a workbook."
            )
        elif not partner_uuid:
            result.action = "error"
            result.messages.append(
                "New contacts can only be added in a partner update workbook (it says whose "
                "contacts they are)."
            )
        elif not values.get("name"):
            result.action = "error"
            result.messages.append("Name: a new contact needs a name.")
        else:
            result.action = "create"
            result.label = values["name"]
            result.values = {k: v for k, v in values.items() if v is not None}
            result.values["partner"] = partner_uuid

    def _current(self, layout: Layout, ids: set[str]) -> dict[str, dict[str, Any]]:
        """The database values of the editable fields of the given records."""
        service = self.services.entity(layout.entity)
        model = service.model
        names = [c.field for c in layout.editable()]
        columns = [getattr(model, name) for name in names]
        extra: list[Any] = []
        if layout.entity == "focal_point":
            extra = [Partner.uuid]
        out: dict[str, dict[str, Any]] = {}
        ordered = sorted(ids)
        with self.services.db.read() as session:
            for start in range(0, len(ordered), 500):
                chunk = ordered[start : start + 500]
                stmt = sa.select(
                    model.uuid, model.version, getattr(model, service.label_attr), *columns, *extra
                ).where(model.uuid.in_(chunk))
                if extra:
                    stmt = stmt.join(Partner, Partner.id == FocalPoint.partner_id)
                for row in session.execute(stmt):
                    found = zip(names, row[3:], strict=False)
                    values = {n: _norm(to_jsonable(v)) for n, v in found}
                    out[row[0]] = {
                        "version": row[1],
                        "label": row[2],
                        "values": values,
                        "partner": row[-1] if extra else None,
                    }
        return out


def _norm(value: Any) -> Any:
    """Empty text and no value are the same thing in a spreadsheet."""
    return None if value == "" else value


def apply_import(
    services: Services,
    report: ImportReport,
    *,
    skip_errors: bool = False,
    on_row: Callable[[int, int], None] | None = None,
) -> int:
    """Write the accepted rows of a previewed report in one transaction; return the batch id.

    on_row(done, total) reports progress; if it raises (the user cancelled), nothing is written.
    """
    if report.rejected:
        raise UserError(report.rejected)
    if report.batch_id is not None:
        raise UserError(f"This file was already imported (batch {report.batch_id}).")
    summary = report.summary()
    if (summary["error"] or report.errors) and not skip_errors:
        raise UserError(
            f"{summary['error']} rows have errors. Correct the file, or choose to skip those "
            "rows; nothing was written."
        )
    unresolved = sum(1 for r in report.rows if r.unresolved)
    if unresolved:
        raise UserError(
            f"{unresolved} rows have conflicts still to resolve (keep the database value or "
            "take the partner's); nothing was written."
        )
    if not report.path.is_file() or sha256_of(report.path) != report.sha256:
        raise UserError(f"{report.file_name} changed since the preview; preview it again.")
    writes: list[PlannedWrite] = []
    for row in report.rows:
        if row.action == "create":
            writes.append(PlannedWrite(row.entity, row.where, None, None, dict(row.values)))
        elif row.action in ("update", "conflict"):
            values = {name: change.new for name, change in row.changes.items()}
            for name, conflict in row.conflicts.items():
                if conflict.resolution == TAKE_PARTNER:
                    values[name] = conflict.partner
            if values:
                writes.append(PlannedWrite(row.entity, row.where, row.id, row.version, values))
    counts = BatchCounts(
        created=summary["create"],
        updated=sum(1 for w in writes if w.uuid is not None),
        unchanged=summary["unchanged"],
        conflicts=summary["conflict"],
        errors=summary["error"],
    )
    report.batch_id = apply_batch(
        services,
        writes,
        file_name=report.file_name,
        sha256=report.sha256,
        export_uuid=report.export_uuid,
        counts=counts,
        on_row=on_row,
    )
    return report.batch_id
