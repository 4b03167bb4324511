"""Reminder dates as an iCalendar file, for Outlook, Thunderbird and other calendars.

Each date is an all-day event: the notice date (expiry minus the renewal notice) and the
expiry of every signed or active agreement, and the due date of every open deliverable. Its
UID is made of the record's UUID and the kind of date, and its SEQUENCE is the record's
version, so importing a newer file again updates the events instead of adding copies.
"""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import APP_ID, APP_NAME, __version__
from ..domain import (
    Agreement,
    AgreementParty,
    AgreementStatus,
    Deliverable,
    DeliverableStatus,
    Partner,
    Project,
    ProjectParticipant,
)
from ..errors import UserError

if TYPE_CHECKING:
    from icalendar import Calendar

    from . import Services

LIVE_AGREEMENT_STATUSES = [AgreementStatus.SIGNED, AgreementStatus.ACTIVE]
OPEN_DELIVERABLE_STATUSES = [s for s in DeliverableStatus if s.is_open]
PRODID = f"-//UNCCD Global Mechanism//{APP_NAME} {__version__}//EN"

# The kinds of date: (entity, what the summary says before the title).
KINDS = {
    "notice": ("agreement", "Renewal notice"),
    "expiry": ("agreement", "Agreement expires"),
    "due": ("deliverable", "Deliverable due"),
}


@dataclass(frozen=True)
class ReminderDate:
    """One date of one record, as it goes into the calendar."""

    kind: str  # a key of KINDS
    on: date
    uuid: str  # the record's
    version: int
    updated_at: datetime
    title: str
    status: str
    partners: tuple[str, ...] = ()
    details: tuple[str, ...] = field(default=())  # "Reference: …", "Project: …" lines

    @property
    def entity(self) -> str:
        return KINDS[self.kind][0]

    @property
    def uid(self) -> str:
        """Stable across exports: the same record and kind of date give the same UID."""
        return f"{self.entity}-{self.uuid}-{self.kind}@{APP_ID}"

    @property
    def summary(self) -> str:
        return f"{KINDS[self.kind][1]}: {self.title}"

    @property
    def description(self) -> str:
        lines = []
        if self.partners:
            lines.append(f"Partners: {', '.join(self.partners)}")
        lines.extend(self.details)
        lines.append(f"Status: {status_label(self.status)}")
        return "\n".join(lines)


def status_label(value: str) -> str:
    """A status value as a label: in_progress → In progress."""
    return value.replace("_", " ").capitalize()


def partner_label(name: str, acronym: str | None) -> str:
    return f"{name} ({acronym})" if acronym and acronym != name else name


def reminder_dates(
    services: Services,
    *,
    partner: str | None = None,
    days: int | None = None,
    today: date | None = None,
) -> list[ReminderDate]:
    """The dates from ``today`` on (up to ``days`` ahead when given), by date then title.

    With ``partner`` (a partner's UUID): the agreements it is a party to, and the deliverables
    it is responsible for or that belong to one of its agreements or projects.
    """
    today = today or date.today()
    last = today + timedelta(days=days) if days is not None else None
    with services.db.read() as session:
        partner_id = None
        if partner is not None:
            partner_id = session.scalar(sa.select(Partner.id).where(Partner.uuid == partner))
            if partner_id is None:
                raise UserError("The partner chosen for the calendar no longer exists.")
        out = _agreement_dates(session, today, last, partner_id)
        out += _deliverable_dates(session, today, last, partner_id)
    return sorted(out, key=lambda d: (d.on, d.title.lower(), d.kind, d.uuid))


def notice_date(expires_on: date, notice_days: int | None) -> date | None:
    """The day the renewal notice starts; None without a notice period."""
    return expires_on - timedelta(days=notice_days) if notice_days else None


def _agreement_dates(
    session: Session, first: date, last: date | None, partner_id: int | None
) -> list[ReminderDate]:
    clauses = [
        Agreement.status.in_(LIVE_AGREEMENT_STATUSES),
        Agreement.expires_on.is_not(None),
        Agreement.expires_on >= first,  # the notice date comes before the expiry
    ]
    if last is not None:
        longest = session.scalar(sa.select(sa.func.max(Agreement.renewal_notice_days))) or 0
        clauses.append(Agreement.expires_on <= last + timedelta(days=longest))
    if partner_id is not None:
        clauses.append(Agreement.id.in_(_agreements_of(partner_id)))
    chosen = sa.select(Agreement.id).where(*clauses)
    parties = _names(
        session,
        sa.select(AgreementParty.agreement_id, Partner.name, Partner.acronym)
        .join(Partner, Partner.id == AgreementParty.partner_id)
        .where(AgreementParty.agreement_id.in_(chosen)),
    )
    rows = session.execute(
        sa.select(
            Agreement.id,
            Agreement.uuid,
            Agreement.version,
            Agreement.updated_at,
            Agreement.title,
            Agreement.reference,
            Agreement.status,
            Agreement.expires_on,
            Agreement.renewal_notice_days,
        ).where(*clauses)
    ).all()
    out = []
    for id_, uuid, version, updated_at, title, reference, status, expires_on, notice in rows:
        details = [f"Expires on: {expires_on.isoformat()}"]
        if notice:
            details.append(f"Renewal notice: {notice} days")
        if reference:
            details.append(f"Reference: {reference}")
        for kind, on in (("notice", notice_date(expires_on, notice)), ("expiry", expires_on)):
            if on is not None and first <= on and (last is None or on <= last):
                out.append(
                    ReminderDate(
                        kind=kind,
                        on=on,
                        uuid=uuid,
                        version=version,
                        updated_at=updated_at,
                        title=title,
                        status=status.value,
                        partners=parties.get(id_, ()),
                        details=tuple(details),
                    )
                )
    return out


def _agreements_of(partner_id: int) -> sa.Select:
    return sa.select(AgreementParty.agreement_id).where(AgreementParty.partner_id == partner_id)


def _deliverable_dates(
    session: Session, first: date, last: date | None, partner_id: int | None
) -> list[ReminderDate]:
    clauses = [
        Deliverable.status.in_(OPEN_DELIVERABLE_STATUSES),
        Deliverable.due_on.is_not(None),
        Deliverable.due_on >= first,
    ]
    if last is not None:
        clauses.append(Deliverable.due_on <= last)
    if partner_id is not None:
        clauses.append(
            sa.or_(
                Deliverable.responsible_partner_id == partner_id,
                Deliverable.agreement_id.in_(_agreements_of(partner_id)),
                Deliverable.project_id.in_(
                    sa.select(ProjectParticipant.project_id).where(
                        ProjectParticipant.partner_id == partner_id
                    )
                ),
            )
        )
    chosen = sa.select(Deliverable.id).where(*clauses)
    partners = _names(
        session,
        sa.union(
            sa.select(Deliverable.id, Partner.name, Partner.acronym)
            .join(Partner, Partner.id == Deliverable.responsible_partner_id)
            .where(Deliverable.id.in_(chosen)),
            sa.select(Deliverable.id, Partner.name, Partner.acronym)
            .join(AgreementParty, AgreementParty.agreement_id == Deliverable.agreement_id)
            .join(Partner, Partner.id == AgreementParty.partner_id)
            .where(Deliverable.id.in_(chosen)),
            sa.select(Deliverable.id, Partner.name, Partner.acronym)
            .join(ProjectParticipant, ProjectParticipant.project_id == Deliverable.project_id)
            .join(Partner, Partner.id == ProjectParticipant.partner_id)
            .where(Deliverable.id.in_(chosen)),
        ),
    )
    rows = session.execute(
        sa.select(
            Deliverable.id,
            Deliverable.uuid,
            Deliverable.version,
            Deliverable.updated_at,
            Deliverable.title,
            Deliverable.status,
            Deliverable.due_on,
            Project.title,
            Agreement.title,
            Agreement.reference,
        )
        .outerjoin(Project, Project.id == Deliverable.project_id)
        .outerjoin(Agreement, Agreement.id == Deliverable.agreement_id)
        .where(*clauses)
    ).all()
    out = []
    for id_, uuid, version, updated_at, title, status, due_on, project, agreement, ref in rows:
        details = []
        if project:
            details.append(f"Project: {project}")
        if agreement:
            details.append(f"Agreement: {agreement}")
        if ref:
            details.append(f"Reference: {ref}")
        out.append(
            ReminderDate(
                kind="due",
                on=due_on,
                uuid=uuid,
                version=version,
                updated_at=updated_at,
                title=title,
                status=status.value,
                partners=partners.get(id_, ()),
                details=tuple(details),
            )
        )
    return out


def _names(session: Session, stmt: sa.Select | sa.CompoundSelect) -> dict[int, tuple]:
    """Record id → its partners' labels, sorted, from (id, name, acronym) rows."""
    found: dict[int, set[str]] = defaultdict(set)
    for id_, name, acronym in session.execute(stmt):
        found[id_].add(partner_label(name, acronym))
    return {id_: tuple(sorted(labels, key=str.lower)) for id_, labels in found.items()}


def build_calendar(
    dates: Iterable[ReminderDate], *, name: str = APP_NAME, now: datetime | None = None
) -> Calendar:
    """A VCALENDAR with one all-day VEVENT per date; ``now`` is the DTSTAMP of every event."""
    from icalendar import Alarm, Calendar, Event  # 35 ms to import: only when writing one

    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for reminder in dates:
        event = Event()
        event.add("uid", reminder.uid)
        event.add("dtstamp", now)
        event.add("sequence", reminder.version)
        event.add("last-modified", reminder.updated_at.astimezone(UTC).replace(microsecond=0))
        event.add("dtstart", reminder.on)
        event.add("dtend", reminder.on + timedelta(days=1))
        event.add("summary", reminder.summary)
        event.add("description", reminder.description)
        event.add("categories", [APP_NAME])
        event.add("transp", "TRANSPARENT")  # a date to remember, not busy time
        alarm = Alarm()  # 09:00 on the day
        alarm.add("action", "DISPLAY")
        alarm.add("description", reminder.summary)
        alarm.add("trigger", timedelta(hours=9))
        event.add_component(alarm)
        cal.add_component(event)
    return cal


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    events: int


def write_calendar(
    services: Services,
    out: Path,
    *,
    partner: str | None = None,
    days: int | None = None,
    today: date | None = None,
) -> CalendarResult:
    """Write the reminder dates (see ``reminder_dates``) to ``out`` as an .ics file.

    The file is written under a temporary name and renamed, so a failure leaves no half file.
    """
    dates = reminder_dates(services, partner=partner, days=days, today=today)
    data = build_calendar(dates).to_ical()
    out = Path(out).expanduser().resolve()
    tmp = out.with_name(f".{out.name}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):  # its folder may be what could not be made
            tmp.unlink(missing_ok=True)
        raise UserError(
            f"The calendar could not be written to {out}: {exc.strerror or exc}. "
            "Choose another place, or close the program that has the file open."
        ) from exc
    return CalendarResult(out, len(dates))
