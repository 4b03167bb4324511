"""Command-line parts of the workbook exchange: donor and partner exports, import, history.

unccd-desktop export donor-report --out FILE [--donor NAME | --initiative NAME] [--format pdf]
unccd-desktop export partner-update --partner NAME_OR_ACRONYM --out FILE
(both exports: [--language ar|en|es|fr|ru|zh])
unccd-desktop import FILE [--apply] [--skip-errors] [--take-theirs | --keep-ours] [--json]
unccd-desktop import history | import revert BATCH_ID

With --json every message is an object: its type (excel/problems.py), English message, and
where it is (sheet, row, column).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import UserError

EXIT_STOPPED, EXIT_REJECTED = 1, 2


def add_export_parsers(export_kinds: Any, db_option: Callable[..., None]) -> None:
    donor = export_kinds.add_parser(
        "donor-report", help="the donor report workbook (.xlsx) or PDF (--format pdf)"
    )
    donor.add_argument("--out", required=True, type=Path, metavar="FILE")
    which = donor.add_mutually_exclusive_group()
    which.add_argument("--donor", metavar="NAME_OR_ACRONYM", help="a funding partner")
    which.add_argument("--initiative", metavar="NAME", help="an initiative")
    donor.add_argument(
        "--format",
        choices=["xlsx", "pdf"],
        help="xlsx (a workbook) or pdf (laid out for print); default: from the file's extension",
    )
    language_option(donor)
    db_option(donor, top=False)
    partner = export_kinds.add_parser(
        "partner-update",
        aliases=["partner-workbook"],
        help="the update workbook a partner fills in offline (.xlsx)",
    )
    partner.add_argument("--partner", required=True, metavar="NAME_OR_ACRONYM")
    partner.add_argument("--out", required=True, type=Path, metavar="FILE")
    language_option(partner)
    db_option(partner, top=False)


def language_option(parser: argparse.ArgumentParser) -> None:
    """--language: the language of what an export writes (sheet names, headers, labels)."""
    from .excel.wording import LANGUAGES

    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the language of the file's texts (default: en)",
    )


def add_import_parser(commands: Any, db_option: Callable[..., None]) -> None:
    imp = commands.add_parser(
        "import",
        help="import a workbook (a dry run unless --apply), list or revert import batches",
        description="import FILE | import history | import revert BATCH_ID",
    )
    imp.add_argument("words", nargs="+", metavar="FILE | history | revert BATCH_ID")
    imp.add_argument("--apply", action="store_true", help="write the accepted rows")
    imp.add_argument("--skip-errors", action="store_true", help="apply without the error rows")
    side = imp.add_mutually_exclusive_group()
    side.add_argument("--take-theirs", action="store_true", help="conflicts: the file's value")
    side.add_argument("--keep-ours", action="store_true", help="conflicts: the database value")
    side.add_argument(
        "--resolve", choices=["keep-database", "take-partner"], help=argparse.SUPPRESS
    )
    imp.add_argument("--json", action="store_true", help="print the report as one JSON object")
    db_option(imp, top=False)


def cmd_export_donor(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    if (args.format or args.out.suffix.lower().lstrip(".")) == "pdf":
        return _export_donor_pdf(args, open_db)
    from .excel.donor_report import export_donor_report

    services = open_db()
    try:
        result = export_donor_report(
            services,
            args.out,
            donor=args.donor,
            initiative=args.initiative,
            language=args.language,
        )
    finally:
        services.close()
    c = result.counts
    print(
        f"Wrote {result.path}: {c['agreements']} agreements, {c['projects']} projects, "
        f"{c['deliverables']} deliverables ({c['overdue']} overdue)."
    )
    return 0


def _export_donor_pdf(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    """The donor report as PDF, laid out by Qt (started without a display)."""
    from .excel.donor_content import report_subject
    from .ui.printing.donor_pdf import export_donor_pdf

    services = open_db()
    try:
        partner, initiative = report_subject(services, args.donor, args.initiative)
        result = export_donor_pdf(
            services,
            partner,
            args.out,
            getattr(args, "language", None) or "en",
            initiative_uuid=initiative,
        )
    finally:
        services.close()
    c = result.counts
    print(
        f"Wrote {result.path} ({result.pages} pages): {c['agreements']} agreements, "
        f"{c['projects']} projects, {c['deliverables']} deliverables ({c['overdue']} overdue)."
    )
    return 0


def cmd_export_partner(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    from .excel.partner_workbook import export_partner_workbook, find_partner

    services = open_db()
    try:
        partner = find_partner(services, args.partner)
        result = export_partner_workbook(
            services, partner["uuid"], args.out, language=args.language
        )
    finally:
        services.close()
    c = result.counts
    print(
        f"Wrote {result.path} for {partner['name']}: {c['deliverable']} deliverables, "
        f"{c['focal_point']} focal points (export {result.export_uuid})."
    )
    return 0


def cmd_import(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    words = args.words
    if words[0] in ("history", "revert") and not Path(words[0]).exists():
        services = open_db()
        try:
            if words[0] == "history":
                return _history(services)
            if len(words) != 2 or not words[1].isdigit():
                raise UserError("Give the number of the batch to revert: import revert BATCH_ID.")
            from .services.exchange import revert_batch

            touched = revert_batch(services, int(words[1]))
            print(f"Reverted import batch {words[1]}: {touched} records restored.")
            return 0
        finally:
            services.close()
    if len(words) != 1:
        raise UserError("Import one file at a time.")
    return _import_file(args, Path(words[0]), open_db)


def _import_file(args: argparse.Namespace, path: Path, open_db: Callable[[], Any]) -> int:
    from .excel.read_ahead import ReadAhead

    with ReadAhead(path) as ahead:  # the file is read while the database code loads
        from .excel.importing import apply_import, preview_import
        from .excel.problems import NOT_APPLIED, problem_json
        from .excel.report import KEEP_DATABASE, TAKE_PARTNER

        services = open_db()
        book = ahead.book()
    try:
        report = preview_import(services, path, book)
        if args.take_theirs or args.resolve == "take-partner":
            report.resolve_all(TAKE_PARTNER)
        elif args.keep_ours or args.resolve == "keep-database":
            report.resolve_all(KEEP_DATABASE)
        refusal = None
        if args.apply and not report.rejected:
            try:
                apply_import(services, report, skip_errors=args.skip_errors)
            except UserError as exc:
                refusal = str(exc)
    finally:
        services.close()
    if args.json:
        data = report.to_json()
        if refusal:
            data["messages"].insert(0, problem_json(NOT_APPLIED, refusal))
        print(json.dumps(data, ensure_ascii=False, default=str))
    else:
        _print_report(report, refusal)
    if report.rejected:
        return EXIT_REJECTED
    if report.status in ("clean", "applied") and not refusal:
        return 0
    return EXIT_STOPPED


SHOWN_CHARS = 120  # a value longer than this is cut in the printed report (--json has it all)


def _shown(value: Any) -> str:
    """A value as the printed report shows it: quoted, a long text cut with its length."""
    if isinstance(value, str) and len(value) > SHOWN_CHARS:
        return f"{value[:SHOWN_CHARS]!r}… ({len(value):,} characters)"
    return repr(value)


def _print_report(report: Any, refusal: str | None) -> None:
    if report.rejected:
        print(f"Rejected: {report.rejected}")
        return
    print(f"File: {report.path} (SHA-256 {report.sha256[:12]}…)")
    for message in report.errors:
        print(f"Error: {message}")
    for message in report.messages:
        print(f"Warning: {message}")
    for row in report.rows:
        if row.action == "unchanged":
            continue
        head = f"{row.sheet} row {row.row}: {row.action}"
        print(f"{head} {row.label}".rstrip())
        for name, change in row.changes.items():
            print(f"    {name}: {_shown(change.old)} → {_shown(change.new)}")
        for name, c in row.conflicts.items():
            print(
                f"    {name}: database {_shown(c.database)}, exported {_shown(c.exported)}, "
                f"partner {_shown(c.partner)} (resolution: {c.resolution or 'none'})"
            )
        for message in row.messages:
            print(f"    {message}")
    summary = ", ".join(f"{n} {action}" for action, n in report.summary().items())
    print(f"Summary: {summary}.")
    if refusal:
        print(f"Not applied: {refusal}")
    elif report.batch_id is not None:
        print(f"Applied as import batch {report.batch_id}.")
    else:
        print("Nothing was written (dry run; add --apply to import).")


def _history(services: Any) -> int:
    from .services.exchange import batch_history

    batches = batch_history(services)
    if not batches:
        print("No import has been applied to this database.")
    for b in batches:
        c = b.counts
        state = (
            f", reverted {b.reverted_at:%Y-%m-%d %H:%M} by {b.reverted_by}" if b.reverted_at else ""
        )
        print(
            f"{b.id}\t{b.at:%Y-%m-%d %H:%M}\t{b.actor}\t{b.file_name}\t{b.sha256[:12]}\t"
            f"{c.created} created, {c.updated} updated, {c.unchanged} unchanged, "
            f"{c.conflicts} conflicts, {c.errors} errors{state}"
        )
    return 0


def handlers(open_db: Callable[[], Any]) -> dict[tuple[str, str | None], Callable[..., int]]:
    """The (command, kind) → handler entries for cli.main; open_db opens the chosen database."""
    return {
        ("export", "donor-report"): lambda args: cmd_export_donor(args, open_db),
        ("export", "partner-update"): lambda args: cmd_export_partner(args, open_db),
        ("export", "partner-workbook"): lambda args: cmd_export_partner(args, open_db),
        ("import", None): lambda args: cmd_import(args, open_db),
    }
