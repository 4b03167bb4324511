"""Command-line part of team sync.

unccd-desktop sync --db LAPTOP_FILE [--server URL] [--json]       push, then pull
unccd-desktop sync clone --server URL --db LAPTOP_FILE
unccd-desktop sync publish --db FILE --server URL
unccd-desktop sync conflicts --db LAPTOP_FILE [--json]
unccd-desktop sync resolve CONFLICT_ID --keep-ours | --take-theirs --db LAPTOP_FILE
unccd-desktop sync status --db LAPTOP_FILE [--json]
unccd-desktop sync roles --server URL
unccd-desktop sync grant LOGIN --as viewer|editor|admin --server URL [--password-prompt]

Exit status: 0 done (and no conflict waits), 1 conflicts wait for the officer, 2 the command
could not run (a plain sentence on stderr; nothing changed).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import APP_ID
from .errors import UserError

if TYPE_CHECKING:
    from .services import Services
    from .services.sync import Conflict

EXIT_DONE, EXIT_CONFLICTS, EXIT_FAILED = 0, 1, 2
LEVELS = ("viewer", "editor", "admin")

USAGE = "%(prog)s [-h] [--db LAPTOP_FILE] [--server URL] [--json] [ACTION ...]"
REMEMBERED = (
    "the team server, postgresql://LOGIN@HOST/DATABASE; the laptop remembers it (a password "
    "given here is kept in the system keyring, never in the file)"
)
FOR_THIS_RUN = "the team server for this run instead of the one the laptop remembers"
ADMIN = "the team server, postgresql://LOGIN@HOST/DATABASE, as a login allowed to manage roles"
# What happened to a record in a conflict about the whole record (see services.sync.results).
RECORD_CONFLICTS = {
    "deleted_here": "deleted on this laptop, changed on the server",
    "deleted_there": "changed on this laptop, deleted on the server",
    "refused": "the server refused this laptop's change",
    "duplicate": "made on this laptop like a record the server already has",
}
DESCRIPTION = (
    "Without an action: send this laptop's changes to the team server, then take the "
    "server's changes (exit 0 synced, 1 conflicts wait for you, 2 the sync could not run and "
    "nothing changed)."
)


def add_sync_parser(commands: Any, db_option: Callable[..., None]) -> None:
    """`sync` runs a sync by itself (`sync --db F`) or one of its actions (`sync clone ...`)."""
    sync = commands.add_parser(
        "sync",
        help="team sync: clone, publish, sync, conflicts, status",
        description=DESCRIPTION,
        usage=USAGE,
    )
    _server_option(sync, required=False, help=FOR_THIS_RUN)
    _json_option(sync, default=False)
    db_option(sync, top=False)
    actions = sync.add_subparsers(
        dest="sync_action", metavar="ACTION", required=False, prog=sync.prog
    )

    clone = actions.add_parser(
        "clone", help="make a new laptop file holding the team server's records"
    )
    _server_option(clone, required=True, help=REMEMBERED)
    db_option(clone, top=False)

    publish = actions.add_parser(
        "publish",
        help="put a database onto an empty team server; the file becomes its laptop",
    )
    _server_option(publish, required=True, help=REMEMBERED)
    db_option(publish, top=False)

    conflicts = actions.add_parser("conflicts", help="list the conflicts waiting for you")
    _json_option(conflicts)
    db_option(conflicts, top=False)

    resolve = actions.add_parser(
        "resolve", help="settle a conflict; the next sync sends the choice to the server"
    )
    resolve.add_argument(
        "conflict_id", type=int, metavar="CONFLICT_ID", help="as `sync conflicts` lists it"
    )
    side = resolve.add_mutually_exclusive_group(required=True)
    side.add_argument(
        "--keep-ours", dest="keep", action="store_const", const="ours", help="this laptop's value"
    )
    side.add_argument(
        "--take-theirs",
        dest="keep",
        action="store_const",
        const="theirs",
        help="the server's value",
    )
    db_option(resolve, top=False)

    status = actions.add_parser("status", help="server, last sync, changes waiting, open conflicts")
    _json_option(status)
    db_option(status, top=False)

    roles = actions.add_parser(
        "roles", help="create the viewer, editor and admin roles on the team server"
    )
    _server_option(roles, required=True, help=ADMIN)

    grant = actions.add_parser("grant", help="give a PostgreSQL login a role on the team server")
    grant.add_argument("login", metavar="LOGIN", help="the officer's PostgreSQL login")
    grant.add_argument(
        "--as",
        dest="level",
        required=True,
        choices=LEVELS,
        help="viewer: read and pull; editor: also push; admin: also upgrade the schema",
    )
    _server_option(grant, required=True, help=ADMIN)
    grant.add_argument(
        "--password-prompt",
        action="store_true",
        help="ask for a password to set for the login (read from the input when not a terminal)",
    )


def _server_option(parser: argparse.ArgumentParser, *, required: bool, help: str) -> None:
    parser.add_argument("--server", metavar="URL", required=required, help=help)


def _json_option(parser: argparse.ArgumentParser, *, default: Any = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--json", action="store_true", default=default, help="print the result as JSON"
    )


def handlers(
    target: Callable[[], str], actor: Callable[[], Any]
) -> dict[tuple[str, str | None], Callable[..., int]]:
    """The (command, action) → handler entries for cli.main: target() names the chosen
    database, actor() is who acts. A failure is a sentence on stderr and exit status 2."""

    def open_db() -> Services:
        from .services import open_services

        return open_services(target(), actor=actor())

    actions: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: lambda args: cmd_sync(args, open_db),
        "clone": lambda args: cmd_clone(args, target, actor),
        "publish": lambda args: cmd_publish(args, open_db),
        "conflicts": lambda args: cmd_conflicts(args, open_db),
        "resolve": lambda args: cmd_resolve(args, open_db),
        "status": lambda args: cmd_status(args, open_db),
        "roles": cmd_roles,
        "grant": cmd_grant,
    }
    return {("sync", action): _failing_plainly(run) for action, run in actions.items()}


def _failing_plainly(run: Callable[[argparse.Namespace], int]) -> Callable[..., int]:
    def guarded(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except UserError as exc:
            _error(exc)
            return EXIT_FAILED

    return guarded


def _error(exc: BaseException) -> None:
    print(f"{APP_ID}: error: {exc}", file=sys.stderr)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def shown(url: str) -> str:
    """A server address as it may be printed: any password replaced by ***."""
    from .storage.database import to_url

    return to_url(url).render_as_string(hide_password=True)


def _given(server: str) -> str:
    """The --server address, refused if it cannot be read, without repeating it (it may hold
    a password)."""
    try:
        shown(server)
    except UserError:
        raise UserError(
            "The --server address is not valid: write it as postgresql://LOGIN@HOST:PORT/DATABASE."
        ) from None
    return server


def _remembered(server: str) -> str:
    """The address a laptop keeps: a password given in it goes to the system keyring (when
    there is none, a warning says how else to give it; the address is kept without it)."""
    from .services.sync.credentials import remember_password, split_password

    address, password = split_password(_given(server))
    if password:
        problem = remember_password(address, password)
        if problem:
            print(f"{APP_ID}: warning: {problem}", file=sys.stderr)
    return address


def cmd_sync(args: argparse.Namespace, open_db: Callable[[], Services]) -> int:
    from .services.sync import FAILED, HAS_CONFLICTS, SyncResult

    try:
        server = args.server and _given(args.server)
        services = open_db()
        try:
            result = services.sync.sync(server=server)
        finally:
            services.close()
    except UserError as exc:  # could not run: nothing changed, the outbox is kept
        if args.json:
            _print_json(SyncResult(status=FAILED, messages=[str(exc)]).to_json())
        _error(exc)
        return EXIT_FAILED
    if args.json:
        _print_json(result.to_json())
    else:
        sent, taken = _counted(result.pushed, "changed record"), _counted(result.pulled, "record")
        print(f"Sent {sent}; took {taken} from the server.")
        for message in result.messages:
            print(message)
        _print_conflicts(result.conflicts)
    waiting = result.status == HAS_CONFLICTS or bool(result.conflicts)
    return EXIT_CONFLICTS if waiting else EXIT_DONE


def cmd_clone(args: argparse.Namespace, target: Callable[[], str], actor: Callable[[], Any]) -> int:
    from .services.sync import clone

    where = target()
    if "://" in where:
        raise UserError(f"A laptop is a database file; {shown(where)} is a server address.")
    laptop = Path(where).expanduser()
    with _copy_progress() as progress:
        services = clone(_remembered(args.server), laptop, actor=actor(), progress=progress)
    try:
        counts = _counts(services)
    finally:
        services.close()
    print(f"Made the laptop file {laptop} from {shown(args.server)}: {counts}.")
    return EXIT_DONE


def cmd_publish(args: argparse.Namespace, open_db: Callable[[], Services]) -> int:
    services = open_db()
    try:
        with _copy_progress() as progress:
            result = services.sync.publish(_remembered(args.server), progress=progress)
        name = services.db.display_name
    finally:
        services.close()
    print(
        f"Published {name} to {shown(args.server)} ({result.pushed} records); "
        "the file is now a laptop of that server."
    )
    return EXIT_DONE


@contextmanager
def _copy_progress() -> Iterator[Callable[[int, int], None] | None]:
    """The share of the records copied so far, on the terminal (nothing when errors go to a
    file or a pipe); the line is wiped at the end."""
    if not sys.stderr.isatty():
        yield None
        return

    def show(done: int, total: int) -> None:
        share = 100 * done // max(total, 1)
        print(f"\rCopying the records: {share} %", end="", file=sys.stderr, flush=True)

    try:
        yield show
    finally:
        print("\r\033[K", end="", file=sys.stderr, flush=True)


def cmd_conflicts(args: argparse.Namespace, open_db: Callable[[], Services]) -> int:
    services = open_db()
    try:
        conflicts = services.sync.conflicts()
    finally:
        services.close()
    if args.json:
        _print_json([conflict.to_json() for conflict in conflicts])
    elif not conflicts:
        print("No conflict waits for you.")
    else:
        _print_conflicts(conflicts)
    return EXIT_DONE


def cmd_resolve(args: argparse.Namespace, open_db: Callable[[], Services]) -> int:
    services = open_db()
    try:
        services.sync.resolve(args.conflict_id, args.keep)
    finally:
        services.close()
    kept = "this laptop's value" if args.keep == "ours" else "the server's value"
    print(f"Conflict {args.conflict_id} resolved with {kept}; the next sync sends the choice.")
    return EXIT_DONE


def cmd_status(args: argparse.Namespace, open_db: Callable[[], Services]) -> int:
    services = open_db()
    try:
        status = services.sync.status()
        name = services.db.display_name
    finally:
        services.close()
    last_sync = status.last_sync.isoformat(timespec="seconds") if status.last_sync else None
    if args.json:
        _print_json(
            {
                "role": status.role,
                "server": status.server,
                "laptop_name": status.laptop_name,
                "last_sync": last_sync,
                "last_seq": status.last_seq,
                "waiting": status.waiting,
                "conflicts": status.conflicts,
                "last_failure": status.last_failure,
            }
        )
        return EXIT_DONE
    if not status.is_laptop:
        print(f"{name} is not a laptop of a team server (its role: {status.role}).")
        return EXIT_DONE
    last = status.last_sync
    when = last.astimezone().strftime("%Y-%m-%d %H:%M %Z") if last else "never"  # local time
    print(f"Server: {status.server}")
    print(f"Laptop: {status.laptop_name}")
    print(f"Last sync: {when}")
    print(f"Changes waiting: {status.waiting}")
    print(f"Open conflicts: {status.conflicts}")
    if status.last_failure:
        print(f"Last attempt failed: {status.last_failure}")
    return EXIT_DONE


def cmd_roles(args: argparse.Namespace) -> int:
    from .services.sync.roles import setup_roles

    setup_roles(_given(args.server))
    print(
        f"The roles unccd_viewer, unccd_editor and unccd_admin are ready on {shown(args.server)}."
    )
    return EXIT_DONE


def cmd_grant(args: argparse.Namespace) -> int:
    from .services.sync.roles import grant

    server = _given(args.server)
    password = _ask_password(args.login) if args.password_prompt else None
    grant(server, args.login, args.level, password=password)
    print(f"{args.login} is now {args.level} on {shown(args.server)}.")
    return EXIT_DONE


def _ask_password(login: str) -> str:
    """The login's new password: typed twice on a terminal, one line of the input otherwise."""
    if not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {login}: ")
        if getpass.getpass("The same password again: ") != password:
            raise UserError("The two passwords differ; nothing was changed.")
    if not password:
        raise UserError("The password is empty; nothing was changed.")
    return password


def _counts(services: Services) -> str:
    entities = {"partners": services.partners, "agreements": services.agreements}
    entities["deliverables"] = services.deliverables
    return ", ".join(f"{service.count()} {name}" for name, service in entities.items())


def _print_conflicts(conflicts: list[Conflict]) -> None:
    if not conflicts:
        return
    waits = "conflict waits" if len(conflicts) == 1 else "conflicts wait"
    print(
        f"{len(conflicts)} {waits} for you "
        f"({APP_ID} sync resolve CONFLICT_ID --keep-ours | --take-theirs):"
    )
    for conflict in conflicts:
        print(f"  {describe(conflict)}")


def describe(conflict: Conflict) -> str:
    """One line: id, entity, label, and the field with ours vs theirs (or what happened)."""
    head = f"#{conflict.id} {conflict.entity} '{conflict.label or conflict.record}'"
    if conflict.field is None:
        what = RECORD_CONFLICTS.get(conflict.kind, conflict.kind)
        return f"{head}: {what} ({conflict.message})" if conflict.message else f"{head}: {what}"
    return (
        f"{head} {conflict.field}: ours {_value(conflict.ours)} vs theirs {_value(conflict.theirs)}"
    )


def _counted(count: int, thing: str) -> str:
    return f"{count} {thing}" if count == 1 else f"{count} {thing}s"


def _value(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
