"""Reading a received workbook into an import report, and applying the report.

For a partner update workbook (its hidden sheet names an export) the report tells partner
changes from database changes by comparing each cell with the export's baseline (what was
sent, remembered in the database, as later batches from it advanced it) and with the
database now: only a field changed on both sides, to different values, is a conflict. Such a
workbook changes only the records it was sent with, and adds contacts to its partner only: a
row naming any other record is a foreign-row error. A file whose hidden sheet names an export
this database did not make, or another partner than the export's, is rejected. The Comments
column is the partner's own comment, recorded as a partner update, never the internal notes.

A file without the hidden sheet (a CSV, the donor report's Deliverables sheet) is a generic
update file: its rows are compared with the database as it is now, it adds no contacts, and
a comments column in it is ignored.

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
from ..domain.base import new_uuid
from ..errors import DatabaseError, FieldLabel, UserError, message_of
from ..services.exchange import (
    BatchCounts,
    Exchanged,
    ExchangedFields,
    ExportRecord,
    PlannedWrite,
    Refusal,
    Reported,
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
META_ROWS = 20  # the hidden sheet's keys are in its first rows
COMMENT = "comment"
IGNORED_SHEETS = {header_key(n) for n in (META_SHEET, *translations("Instructions"))}


def preview_import(services: Services, path: Path, book: Book | None = None) -> ImportReport:
    """Read a file and say, row by row, what importing it would do. Nothing remains written:
    the rows are tried through the services in a transaction that is rolled back.

    book: the file read already (excel.read_ahead), or None to read it here."""
    report = ImportReport(Path(path))
    try:
        info = inspect_file(report.path) if book is None else book.info
        report.sha256 = info.sha256
        report.messages += info.warnings
        if book is None:
            book = read_book(info)
        report.messages += book.warnings
        _Planner(services, report, book).run()
    except RejectedFile as exc:
        report.rejected = exc.problem
        return report
    _dry_run(services, report)
    return report


def _writes(report: ImportReport, *, preview: bool) -> list[tuple[RowResult, PlannedWrite]]:
    """The writes the accepted rows make, with their rows (an error row never writes). The
    preview tries a conflict with the partner's value until it is resolved; the apply gives
    each new record its UUID. The partner's comment is no field of the record."""
    out: list[tuple[RowResult, PlannedWrite]] = []
    for row in report.rows:
        if row.action == "create":
            values = dict(row.values) if preview else {**row.values, "uuid": new_uuid()}
            out.append((row, PlannedWrite(row.entity, row.where, None, None, values)))
        elif row.action in ("update", "conflict"):
            values = {n: change.new for n, change in row.changes.items() if n != COMMENT}
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
        self.export: ExportRecord | None = None
        self.partner: str | None = None  # the export's partner, once the export is verified
        self.known_contacts: dict[str, str] = {}  # "email:..." / "name:..." → contact uuid

    def run(self) -> None:
        meta_sheet = next((s for s in self.book.sheets if s.name == META_SHEET), None)
        if meta_sheet is None:
            self.report.messages.append(Problem(msg.NO_EXPORT, msg.NO_EXPORT_RECORD))
        else:
            self._read_meta(meta_sheet)
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
        """The export's keys and values (an older workbook lists row versions after them:
        the database has those), then the export they name, held to what the app recorded."""
        for _number, values in sheet.rows[:META_ROWS]:
            cells = [cleaning.to_text(v) for v in values[:2]]
            if cells[:1] == ["entity"]:
                break
            if len(cells) == 2 and cells[0]:
                self.meta[cells[0]] = cells[1] or ""
        self._find_export()

    def _find_export(self) -> None:
        """The export the hidden sheet names; the file is rejected when the app made no such
        export or made it for another partner (the hidden sheet was changed)."""
        from ..storage.migrations import current_revision

        name = self.report.file_name
        export_id = self.meta.get("export_id")
        if not export_id:
            raise RejectedFile(msg.EXPORT_ID_MISSING, name)
        self.report.export_uuid = export_id
        self.export = find_export(self.services, export_id)
        if self.export is None:
            raise RejectedFile(msg.UNKNOWN_EXPORT, name, export_id)
        partner = self.meta.get("partner") or None
        if partner != self.export.partner_uuid and not self._merged_partner(partner):
            raise RejectedFile(msg.EXPORT_OF_OTHER_PARTNER, name, export_id)
        self.partner = self.export.partner_uuid
        schema = self.meta.get("schema_version")
        current = current_revision(self.services.db) or ""
        if schema and schema != current:
            self.report.messages.append(
                Problem(msg.SCHEMA_VERSION, msg.OTHER_SCHEMA, schema, current)
            )

    def _merged_partner(self, partner: str | None) -> bool:
        """Whether the workbook's partner was merged into the export's since it was sent."""
        from ..services.partner_merge import merged_into

        kept = self.export.partner_uuid if self.export is not None else None
        return bool(partner and kept) and partner in merged_into(self.services, kept)

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
            if column is not None and column.kind == COMMENT and self.export is None:
                header = str(text).strip()
                warn.append(
                    Problem(
                        msg.IGNORED_CONTENT,
                        msg.COMMENTS_IGNORED,
                        sheet.name,
                        header,
                        sheet=sheet.name,
                        column=header,
                    )
                )
            elif column is None:
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
        if layout.entity == "focal_point" and self.partner:
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
                    field = fields.get(column.field)  # None: the partner's comment
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
        named = result.id is not None  # the row names its record (else: a contact, by name)
        if result.id is None:
            result.id = self._same_contact(layout, values)
        if result.id is None:
            self._decide_new(result, layout, values)
            return
        sent = self.export.rows.get(layout.entity, {}).get(result.id) if self.export else None
        if self.export is not None and named and sent is None:
            result.action = "error"
            header = layout.id_column.header
            result.problem(msg.FOREIGN_ROW, msg.NOT_SENT, header, result.id, column=header)
            return
        record: Exchanged | None = current.get(result.id)
        if record is None:
            result.action = "error"
            deliverable = layout.entity == "deliverable"
            missing = msg.NO_SUCH_DELIVERABLE if deliverable else msg.NO_SUCH_CONTACT
            result.problem(msg.FOREIGN_ROW, missing, result.id)
            return
        result.version, result.label = record.version, record.label
        if self.partner and record.values.get("partner", self.partner) != self.partner:
            result.action = "error"
            result.problem(msg.FOREIGN_ROW, msg.OTHER_PARTNERS_CONTACT)
            return
        if self.export is not None:
            result.reported = dict(values)
        baseline = sent["values"] if sent is not None else {}
        for name, partner in values.items():
            if name == COMMENT:
                continue
            database = record.values.get(name)
            if partner == database:
                continue
            if sent is not None:
                exported_value = exchanged(baseline.get(name))
                if partner == exported_value:
                    continue  # only the database changed: keep it
                if database == exported_value:
                    result.changes[name] = Change(database, partner)
                else:
                    result.conflicts[name] = Conflict(database, exported_value, partner)
            else:
                result.changes[name] = Change(database, partner)
        if COMMENT in values:
            # An export made before comments were the partner's own sent the internal notes:
            # those, sent back unchanged, are no comment of the partner's.
            old_export = COMMENT not in baseline and "notes" in baseline
            before = exchanged(baseline.get(COMMENT, baseline.get("notes")))
            if values[COMMENT] != before:
                result.changes[COMMENT] = Change(before, values[COMMENT])
            elif old_export:
                result.reported.pop(COMMENT, None)
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
                    .where(Partner.uuid == self.partner)
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
        partner_uuid = self.partner
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
            result.reported = dict(values)

    def _current(self, layout: Layout, ids: set[str]) -> dict[str, Exchanged]:
        """The records of the given ids as the database holds them now."""
        names = [c.field for c in layout.record_fields()]
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
    if field is None:
        return exchanged(value)
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
    planned = _writes(report, preview=False)
    writes = [write for _row, write in planned]
    reported = _reported(report, planned)
    # A record written, or a deliverable whose partner update alone is new (their comment).
    updated = {id(row) for row, write in planned if write.uuid is not None}
    updated |= {id(r) for r in report.rows if r.action == "update" and r.entity == "deliverable"}
    counts = BatchCounts(
        created=summary["create"],
        updated=len(updated),
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
        reported=reported,
        on_row=on_row,
    )
    return report.batch_id


def _reported(report: ImportReport, planned: list[tuple[RowResult, PlannedWrite]]) -> list:
    """What the applied rows of a partner update workbook said, by record (a new contact by
    the UUID the apply gives it): the export's next baseline and the partner updates."""
    new_ids = {id(row): write.values["uuid"] for row, write in planned if write.uuid is None}
    out: list[Reported] = []
    for row in report.rows:
        if not row.reported or row.action not in ("create", "update", "conflict"):
            continue
        uuid = new_ids[id(row)] if row.action == "create" else row.id
        out.append(Reported(row.entity, str(uuid), row.reported))
    return out
