"""Command line: the same services as the GUI.

unccd-desktop [--db PATH_OR_URL | --demo]        open the window
unccd-desktop db init [--demo] | upgrade | backup --out FILE | check
unccd-desktop db restore [--from BACKUP]
unccd-desktop export json --out FILE
unccd-desktop export donor-report | partner-update, import FILE | history | revert (cli_exchange)
unccd-desktop export calendar --out FILE.ics [--partner NAME] [--days N] (cli_calendar)
unccd-desktop sync [clone | publish | conflicts | resolve | status | roles | grant] (cli_sync)
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import APP_ID, __version__, cli_calendar, cli_exchange, cli_sync
from .errors import UserError
from .paths import default_database_path, demo_database_path


def _db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None if top else argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: the database in your data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID, description="UNCCD Partnerships: partners, agreements and deliverables."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, top=True)
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (created on first use)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="create, upgrade, back up or check a database")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    init = db_commands.add_parser("init", help="create a new database")
    init.add_argument("--demo", action="store_true", help="fill it with the demo partnerships")
    _db_option(init, top=False)
    upgrade = db_commands.add_parser("upgrade", help="apply pending schema migrations")
    _db_option(upgrade, top=False)
    backup = db_commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    _db_option(backup, top=False)
    check = db_commands.add_parser("check", help="check integrity, schema version and files")
    _db_option(check, top=False)
    restore = db_commands.add_parser(
        "restore", help="replace the database with a backup (the replaced file is kept)"
    )
    restore.add_argument(
        "--from",
        dest="backup",
        type=Path,
        metavar="BACKUP",
        help="backup file (default: the latest one in the database's backups folder)",
    )
    _db_option(restore, top=False)

    export = commands.add_parser("export", help="export records")
    export_kinds = export.add_subparsers(dest="export_kind", metavar="FORMAT", required=True)
    as_json = export_kinds.add_parser("json", help="every record of every entity as JSON")
    as_json.add_argument("--out", required=True, type=Path, metavar="FILE")
    _db_option(as_json, top=False)
    cli_exchange.add_export_parsers(export_kinds, _db_option)
    cli_calendar.add_export_parser(export_kinds, _db_option)
    cli_exchange.add_import_parser(commands, _db_option)
    cli_sync.add_sync_parser(commands, _db_option)
    return parser


def _target(args: argparse.Namespace) -> str:
    return args.db if args.db else str(default_database_path())


def _open_services(args: argparse.Namespace):
    from .services import open_services

    return open_services(_target(args), actor=_actor())


def _actor():
    from .services import Actor

    return Actor.current(source="cli")


def cmd_db_init(args: argparse.Namespace) -> int:
    from .services import Actor, open_services
    from .services.demo import populate_demo
    from .storage.database import to_url

    target = _target(args)
    url = to_url(target)
    path = Path(url.database) if url.get_backend_name() == "sqlite" else None
    if path is not None and path.is_file() and path.stat().st_size > 0:
        raise UserError(f"A database already exists at {path}; choose another file.")
    services = open_services(target, actor=_actor(), create=True)
    try:
        if args.demo:
            if services.partners.count():
                raise UserError("The database already holds records; demo data goes in a new one.")
            counts = populate_demo(services.with_actor(Actor(_actor().name, "demo")))
            summary = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items())
            print(f"Created the demo database at {services.db.display_name}: {summary}.")
        else:
            print(f"Created an empty database at {services.db.display_name}.")
    finally:
        services.close()
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from .storage.database import Database, check_sqlite_file
    from .storage.migrations import current_revision, head_revision, upgrade

    db = Database(_target(args))
    try:
        if db.path is not None:
            check_sqlite_file(db.path)
        before = current_revision(db)
        backup = upgrade(db)
        after = current_revision(db)
    finally:
        db.dispose()
    if before == after:
        print(f"The database is up to date (schema {after}).")
    else:
        print(f"Upgraded the schema from {before} to {after} (latest: {head_revision()}).")
        if backup:
            print(f"The previous version is saved as {backup}.")
    return 0


def cmd_db_backup(args: argparse.Namespace) -> int:
    from .services import Services
    from .services.maintenance import back_up
    from .storage.database import Database, check_sqlite_file

    db = Database(_target(args))
    try:
        if db.path is None:
            raise UserError(
                "Back up a PostgreSQL database with pg_dump; this command copies files."
            )
        check_sqlite_file(db.path)
        out = back_up(Services(db, _actor()), args.out)
    finally:
        db.dispose()
    print(f"Backed up {db.path} to {out}.")
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    from .services import Services
    from .services.maintenance import check_database
    from .storage.database import Database, check_sqlite_file
    from .storage.migrations import check_not_too_new

    db = Database(_target(args))
    try:
        if db.path is not None:
            check_sqlite_file(db.path)
        check_not_too_new(db)
        report = check_database(Services(db, _actor()))
    finally:
        db.dispose()
    print(f"Database: {db.display_name}")
    print(f"Schema version: {report.schema_version} (latest {report.latest_schema_version})")
    if report.ok:
        print("No problems found.")
        return 0
    for problem in report.problems:
        print(f"Problem: {problem}")
    return 1


def cmd_db_restore(args: argparse.Namespace) -> int:
    from .services.maintenance import latest_backup, restore_backup
    from .storage.database import Database

    db = Database(_target(args))
    db.dispose()
    if db.path is None:
        raise UserError("Restore a PostgreSQL database with pg_restore; this command copies files.")
    backup = args.backup or latest_backup(db.path)
    if backup is None:
        raise UserError(f"There is no backup in {db.backups_dir}; name one with --from.")
    replaced = restore_backup(backup, db.path)
    print(f"Restored {db.path} from {backup}.")
    if replaced is not None:
        print(f"The file it replaced is kept as {replaced}.")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from .services import open_services
    from .services.export_json import write_export

    services = open_services(_target(args), actor=_actor())
    try:
        out = write_export(services, args.out)
    finally:
        services.close()
    print(f"Exported all records to {out}.")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from .ui.app import run

    if args.demo:
        return run(str(demo_database_path()), demo=True)
    return run(args.db)


# A command run as its own process makes a few hundred thousand objects that live until it
# ends (modules, the data layer's mappings): the cyclic garbage collector looks at new objects
# after this many allocations instead of 700, and the interpreter's last collection at exit
# skips everything (gc.freeze), since the exit frees it anyway: 0.15 s of the 0.9 s that a dry
# run of 4,000 rows took (benchmarks/bench_excel_roundtrip.py).
COMMAND_GC_THRESHOLD = 100_000


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line argv (the process's own when None) and return its exit status."""
    parser = build_parser()
    own_process = False
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit:  # after --help, --version or a usage error, printed already
            sys.stdout.flush()
            raise
        own_process = argv is None and args.command is not None  # not from a test or script
        if own_process:
            gc.set_threshold(COMMAND_GC_THRESHOLD, *gc.get_threshold()[1:])
        status = _run(parser, args)
        sys.stdout.flush()  # a reader gone shows here rather than at exit
        return status
    except BrokenPipeError:  # the output piped to a reader that stopped (| head)
        _discard_stdout()
        return CLOSED_OUTPUT
    finally:
        if own_process:
            gc.freeze()


CLOSED_OUTPUT = 141  # as a program ended by SIGPIPE: 128 + 13


def _discard_stdout() -> None:
    """Send what is left of the output nowhere, so that exiting does not fail on it again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no file (a caller's capture)
        pass


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    handlers = {
        ("db", "init"): cmd_db_init,
        ("db", "upgrade"): cmd_db_upgrade,
        ("db", "backup"): cmd_db_backup,
        ("db", "check"): cmd_db_check,
        ("db", "restore"): cmd_db_restore,
        ("export", "json"): cmd_export_json,
        **cli_exchange.handlers(lambda: _open_services(args)),
        **cli_calendar.handlers(lambda: _open_services(args)),
        **cli_sync.handlers(lambda: _target(args), _actor),
    }
    kind = ("db_command", "export_kind", "sync_action")  # the subcommand, if any
    key = (args.command, next((getattr(args, k) for k in kind if getattr(args, k, None)), None))
    try:
        if args.command is None:
            return run_gui(args)
        return handlers[key](args)
    except UserError as exc:
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{parser.prog}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
