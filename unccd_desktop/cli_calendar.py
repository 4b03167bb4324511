"""Command-line part of the calendar export.

unccd-desktop export calendar --out FILE.ics [--partner NAME_OR_ACRONYM] [--days N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import APP_ID

EXIT_USAGE = 2  # what argparse returns for a wrong command line

DESCRIPTION = (
    "Write an iCalendar file (.ics) of reminder dates, to import into Outlook, Thunderbird or "
    "any calendar: the renewal notice date (expiry minus the renewal notice) and the expiry of "
    "every signed or active agreement, and the due date of every open deliverable, each as an "
    "all-day event. Importing a newer file again updates the events instead of adding copies."
)


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number of days cannot be negative")
    return value


def add_export_parser(export_kinds: Any, db_option: Callable[..., None]) -> None:
    calendar = export_kinds.add_parser(
        "calendar",
        help="reminder dates as an iCalendar file (.ics)",
        description=DESCRIPTION,
    )
    calendar.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    calendar.add_argument(
        "--partner",
        metavar="NAME_OR_ACRONYM",
        help="only the agreements this partner is a party to, and the deliverables it is "
        "responsible for or that belong to its agreements or projects",
    )
    calendar.add_argument(
        "--days",
        type=_days,
        metavar="N",
        help="only dates from today up to N days ahead (default: every date from today on)",
    )
    db_option(calendar, top=False)


def cmd_export_calendar(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    from .services.calendar import write_calendar

    services = open_db()
    try:
        partner = None
        if args.partner is not None:
            partner = services.partners.find_by_name(args.partner)
            if partner is None:
                print(
                    f"{APP_ID}: error: no partner is called '{args.partner}' "
                    "(name, acronym or other name).",
                    file=sys.stderr,
                )
                return EXIT_USAGE
        result = write_calendar(
            services, args.out, partner=partner and partner["uuid"], days=args.days
        )
    finally:
        services.close()
    which = f" for {partner['name']}" if partner else ""
    span = f"in the next {args.days} days" if args.days is not None else "from today on"
    print(f"Wrote {result.path}: {result.events} reminder dates{which} {span}.")
    return 0


def handlers(open_db: Callable[[], Any]) -> dict[tuple[str, str | None], Callable[..., int]]:
    """The (command, kind) → handler entry for cli.main; open_db opens the chosen database."""
    return {("export", "calendar"): lambda args: cmd_export_calendar(args, open_db)}
