"""Reading a received workbook into an import report, and applying the report.

For a partner update workbook the report tells partner changes from database changes by
comparing each cell with the value exported (remembered in the database) and with the
database now: only a field changed on both sides, to different values, is a conflict.

The preview is the apply, rolled back: the rows it would write go through the same services
as the apply (services.exchange.try_batch), in a transaction that is rolled back, so that a
row the services refuse is an error row of the preview, with the services' own messages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..domain import FocalPoint, Partner
from ..errors import DatabaseError, FieldLabel, UserError, message_of
from ..services.exchange import (
    BatchCounts,
    Exchanged,
    ExchangedFields,
    ExportRecord,
    PlannedWrite,
    Refusal,
    apply_batch,
    exchanged,
    find_export,
    try_batch,
)
from . import cleaning
from . import problems as msg
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
from .problems import ImportText, Problem
from .reading import Book, Sheet, read_book
from .report import TAKE_PARTNER, Change, Conflict, ImportReport, RowResult
from .wording import translations

if TYPE_CHECKING:
    from ..services import Services

HEADER_SEARCH_ROWS = 10
IGNORED_SHEETS = {header_key(n) for n in (META_SHEET, *translations("Instructions"))}


def preview_import(services: Services, path: Path) -> ImportReport:
    """Read a file and say, row by row, what importing it would do. Nothing remains written:
    the rows are tried through the services in a transaction that is rolled back."""
    report = ImportReport(Path(path))
    try:
        info = inspect_file(report.path)
        report.sha256 = info.sha256
        report.messages += info.warnings
        book = read_book(info)
        report.messages += book.warnings
        _Planner(services, report, book).run()
    except RejectedFile as exc:
        report.rejected = exc.problem
        return report
    _dry_run(services, report)
    return report


def _writes(report: ImportReport, *, preview: bool) -> list[tuple[RowResult, PlannedWrite]]:
    """The writes the accepted rows make, with their rows. The preview tries a conflict with
    the partner's value until it is resolved."""
    out: list[tuple[RowResult, PlannedWrite]] = []
    for row in report.rows:
        if row.action == "create":
            out.append((row, PlannedWrite(row.entity, row.where, None, None, dict(row.values))))
        elif row.action in ("update", "conflict"):
            values = {name: change.new for name, change in row.changes.items()}
            for name, conflict in row.conflicts.items():
                if conflict.resolution == TAKE_PARTNER or (preview and not conflict.resolution):
                    values[name] = conflict.partner
            if values:
                out.append((row, PlannedWrite(row.entity, row.where, row.id, row.version, values)))
    return out


def _dry_run(services: Services, report: ImportReport) -> None:
    """Try the rows' writes, rolled back; a refused row becomes an error row."""
    planned = _writes(report, preview=True)
    if not planned:
        return
    try:
        refused = try_batch(services, [write for _row, write in planned])
    except DatabaseError as exc:  # the database is locked, the disk full...
        report.messages.append(Problem(msg.DRY_RUN_FAILED, msg.NOT_TRIED, message_of(exc)))
        return
    headers = {(lay.entity, c.field): c.header for lay in LAYOUTS for c in lay.columns}
    for index, refusal in refused.items():
        _refuse(planned[index][0], refusal, headers)


def _refuse(row: RowResult, refusal: Refusal, headers: dict[tuple[str, str], str]) -> None:
    row.action = "error"
    if refusal.changed:
        row.problem(msg.CONFLICT, msg.CHANGED_DURING_PREVIEW)
    elif refusal.database:
        row.problem(msg.CONSTRAINT_ERROR, msg.DATABASE_REFUSED, refusal.database)
    for problem in refusal.problems:
        header = headers.get((row.entity, problem.field))
        name = header or FieldLabel(problem.field)
        row.problem(msg.CONSTRAINT_ERROR, msg.IN_COLUMN, name, problem.message, column=header)


class _Refused:
    """A cell the import cannot take: the problem's type and what is wrong."""

    def __init__(self, type_: str, text: str) -> None:
        self.type, self.text = type_, text


class _Planner:
    def __init__(self, services: Services, report: ImportReport, book: Book) -> None:
        self.services, self.report, self.book = services, report, book
        self.meta: dict[str, str] = {}
        self.versions: dict[tuple[str, str], int] = {}
        self.export: ExportRecord | None = None
        self.known_contacts: dict[str, str] = {}  # "email:..." / "name:..." → contact uuid

    def run(self) -> None:
        meta_sheet = next((s for s in self.book.sheets if s.name == META_SHEET), None)
        self._read_meta(meta_sheet or Sheet(META_SHEET, []))
        imported = 0
        for sheet in self.book.sheets:
            if header_key(sheet.name) in IGNORED_SHEETS or sheet.hidden:
                continue
            layout, header_index = self._layout_for(sheet)
            if layout is None:
                if sheet.rows:
                    self.report.messages.append(
                        Problem(
                            msg.SHEET_IGNORED, msg.SHEET_NOT_IMPORTED, sheet.name, sheet=sheet.name
                        )
                    )
                continue
            imported += 1
            self._plan_sheet(sheet, layout, header_index)
        if not imported and not self.report.errors:
            self.report.errors.append(Problem(msg.NO_SHEET, msg.NOTHING_TO_IMPORT))

    # ----- the hidden sheet and the export record -------------------------------------------

    def _read_meta(self, sheet: Sheet) -> None:
        """The export's keys and values; then, when no export record says what was sent, the
        version of each row sent."""
        rows = iter(sheet.rows)
        for _number, values in rows:
            cells = [cleaning.to_text(v) for v in values[:3]]
            if cells == ["entity", "id", "version"]:
                break
            if len(cells) >= 2 and cells[0]:
                self.meta[cells[0]] = cells[1] or ""
        self._find_export()
        if self.export is not None:
            return
        if not sheet.complete and self.book.info is not None:  # the versions are further down
            rows = iter(read_book(self.book.info, only=META_SHEET).sheets[0].rows)
        for _number, values in rows:
            cells = [cleaning.to_text(v) for v in values[:3]]
            if len(cells) == 3 and cells[2] and cells[2].isdigit():
                self.versions[(str(cells[0]), str(cells[1]).lower())] = int(cells[2])

    def _find_export(self) -> None:
        from ..storage.migrations import current_revision

        export_id = self.meta.get("export_id")
        if not export_id:
            self.report.messages.append(Problem(msg.NO_EXPORT, msg.NO_EXPORT_RECORD))
            return
        self.report.export_uuid = export_id
        self.export = find_export(self.services, export_id)
        if self.export is None:
            self.report.messages.append(Problem(msg.NO_EXPORT, msg.UNKNOWN_EXPORT, export_id))
        schema = self.meta.get("schema_version")
        current = current_revision(self.services.db) or ""
        if schema and schema != current:
            self.report.messages.append(
                Problem(msg.SCHEMA_VERSION, msg.OTHER_SCHEMA, schema, current)
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
        warn = self.report.messages
        _n, headers = sheet.rows[header_index]
        for position, text in enumerate(headers):
            if cleaning.is_blank(text):
                continue
            column = lookup.get(header_key(text))
            if column is None:
                header = str(text).strip()
                warn.append(
                    Problem(
                        msg.EXTRA_LABEL,
                        msg.UNKNOWN_COLUMN,
                        sheet.name,
                        header,
                        sheet=sheet.name,
                        column=header,
                    )
                )
            elif column.field in seen:
                warn.append(
                    Problem(
                        msg.DUPLICATE_LABEL,
                        msg.COLUMN_TWICE,
                        sheet.name,
                        column.header,
                        sheet=sheet.name,
                        column=column.header,
                    )
                )
            else:
                mapping[position] = column
                seen.add(column.field)
        for column in layout.columns:
            if column.required and column.field not in seen:
                self.report.errors.append(
                    Problem(
                        msg.MISSING_LABEL,
                        msg.NO_ID_COLUMN,
                        sheet.name,
                        column.header,
                        sheet=sheet.name,
                        column=column.header,
                    )
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
        id_position, id_column = next((p, c) for p, c in mapping.items() if c.kind == "id")
        editable = [(p, c, {}) for p, c in mapping.items() if c.editable]
        data_rows = sheet.rows[header_index + 1 :]
        epoch_1904 = self.book.epoch_1904
        row_ids: list[str | _Refused | None] = []
        for _n, values in data_rows:
            raw_id = values[id_position] if id_position < len(values) else None
            try:
                row_ids.append(cleaning.cell_value(id_column, raw_id, epoch_1904))
            except ValueError as exc:
                row_ids.append(_Refused(msg.TYPE_ERROR, message_of(exc)))
        current = self._current(layout, {i for i in row_ids if isinstance(i, str)})
        self.known_contacts.clear()
        if layout.entity == "focal_point" and self.meta.get("partner"):
            self._load_contacts(current)
        first_seen: dict[str, int] = {}
        blank: list[int] = []
        for (number, values), row_id in zip(data_rows, row_ids, strict=True):
            width = len(values)
            result = RowResult(sheet.name, number, layout.entity, None, "unchanged")
            if isinstance(row_id, _Refused):
                header = id_column.header
                result.problem(row_id.type, msg.IN_COLUMN, header, row_id.text, column=header)
            else:
                result.id = row_id
            partner_values: dict[str, Any] = {}
            empty = row_id is None
            for position, column, cache in editable:
                raw = values[position] if position < width else None
                key = (type(raw), raw)
                value = cache.get(key, cache)
                if value is cache:
                    field = fields[column.field]
                    value = cache[key] = _clean(column, field, raw, not_null, epoch_1904)
                if isinstance(value, _Refused):
                    header = column.header
                    result.problem(value.type, msg.IN_COLUMN, header, value.text, column=header)
                else:
                    partner_values[column.field] = value
                empty = empty and cleaning.is_blank(raw)
            if empty:
                blank.append(number)
                continue
            if result.id and result.id in first_seen:
                result.problem(msg.DUPLICATE_ROW, msg.REPEATED_ID, first_seen[result.id])
            elif result.id:
                first_seen[result.id] = number
            self._decide(result, layout, partner_values, current)
            self.report.rows.append(result)
        if blank:
            self.report.messages.append(
                Problem(
                    msg.BLANK_ROW,
                    msg.BLANK_ROWS_SKIPPED,
                    sheet.name,
                    len(blank),
                    blank[0],
                    sheet=sheet.name,
                    row=blank[0],
                )
            )

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
        record: Exchanged | None = current.get(result.id)
        if record is None:
            result.action = "error"
            deliverable = layout.entity == "deliverable"
            missing = msg.NO_SUCH_DELIVERABLE if deliverable else msg.NO_SUCH_CONTACT
            result.problem(msg.FOREIGN_ROW, missing, result.id)
            return
        result.version, result.label = record.version, record.label
        partner_uuid = self.meta.get("partner")
        if partner_uuid and record.values.get("partner", partner_uuid) != partner_uuid:
            result.action = "error"
            result.problem(msg.FOREIGN_ROW, msg.OTHER_PARTNERS_CONTACT)
            return
        sent = self.export.rows.get(layout.entity, {}).get(result.id) if self.export else None
        exported_version = self.versions.get((layout.entity, result.id))
        for name, partner in values.items():
            database = record.values.get(name)
            if partner == database:
                continue
            if sent is not None:
                exported_value = exchanged(sent["values"].get(name))
                if partner == exported_value:
                    continue  # only the database changed: keep it
                if database == exported_value:
                    result.changes[name] = Change(database, partner)
                else:
                    result.conflicts[name] = Conflict(database, exported_value, partner)
            elif exported_version is not None and exported_version != record.version:
                result.conflicts[name] = Conflict(database, None, partner)
            else:
                result.changes[name] = Change(database, partner)
        for name in result.conflicts:
            header = layout.column(name).header
            result.problem(msg.CONFLICT, msg.CHANGED_ON_BOTH_SIDES, header, column=header)
        if result.conflicts:
            result.action = "conflict"
        elif result.changes:
            result.action = "update"

    def _load_contacts(self, current: dict[str, Exchanged]) -> None:
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
                value = current[uuid].values.get(key)
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
            result.problem(msg.CANNOT_CREATE, msg.NO_DELIVERABLE_ID)
        elif not partner_uuid:
            result.action = "error"
            result.problem(msg.CANNOT_CREATE, msg.NEW_CONTACT_OUTSIDE)
        elif not values.get("name"):
            result.action = "error"
            header = layout.column("name").header
            text = ImportText(msg.NEW_CONTACT_NAME)
            result.problem(msg.CONSTRAINT_ERROR, msg.IN_COLUMN, header, text, column=header)
        else:
            result.action = "create"
            result.label = values["name"]
            result.values = {k: v for k, v in values.items() if v is not None}
            result.values["partner"] = partner_uuid

    def _current(self, layout: Layout, ids: set[str]) -> dict[str, Exchanged]:
        """The records of the given ids as the database holds them now."""
        names = [c.field for c in layout.editable()]
        if layout.entity == "focal_point":
            names.append("partner")  # a contact of another partner is refused
        fields = ExchangedFields(self.services, layout.entity, names)
        with self.services.db.read() as session:
            return fields.read(session, ids)


def _clean(
    column: Column, field: Any, raw: Any, not_null: set[str], epoch_1904: bool
) -> Any | _Refused:
    """The exchanged value of a cell, or why the import cannot take it: a cell that cannot be
    read as its column's type, or a value the field refuses."""
    try:
        value = cleaning.cell_value(column, raw, epoch_1904)
    except cleaning.OutOfRange as exc:
        return _Refused(msg.CONSTRAINT_ERROR, message_of(exc))
    except ValueError as exc:
        return _Refused(msg.TYPE_ERROR, message_of(exc))
    try:
        cleaned = field.clean(value)
    except ValueError as exc:
        return _Refused(msg.CONSTRAINT_ERROR, message_of(exc))
    if cleaned is None and column.field in not_null:
        return _Refused(msg.CONSTRAINT_ERROR, ImportText(msg.CANNOT_BE_EMPTY))
    return exchanged(cleaned)


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
        raise UserError(ImportText(msg.ALREADY_IMPORTED, report.batch_id))
    summary = report.summary()
    if (summary["error"] or report.errors) and not skip_errors:
        raise UserError(ImportText(msg.ROWS_HAVE_ERRORS, summary["error"]))
    unresolved = sum(1 for r in report.rows if r.unresolved)
    if unresolved:
        raise UserError(ImportText(msg.CONFLICTS_TO_RESOLVE, unresolved))
    if not report.path.is_file() or sha256_of(report.path) != report.sha256:
        raise UserError(ImportText(msg.FILE_CHANGED, report.file_name))
    writes = [write for _row, write in _writes(report, preview=False)]
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
