"""What needs attention today, counted: the window's start-up notice reads it."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa

from ..domain import Agreement, Deliverable
from .calendar import LIVE_AGREEMENT_STATUSES, OPEN_DELIVERABLE_STATUSES, notice_date

if TYPE_CHECKING:
    from . import Services

WEEK = 7  # today and the six days after it


@dataclass(frozen=True)
class Attention:
    overdue: int  # open deliverables past their due date
    due_this_week: int  # open deliverables due today or within the week
    notices_this_week: int  # signed or active agreements whose renewal notice starts this week
    expiring_this_week: int  # signed or active agreements that expire this week

    def __bool__(self) -> bool:
        return any(astuple(self))


def attention_today(services: Services, today: date | None = None) -> Attention:
    """The counts for ``today`` (default: the computer's date); a few indexed queries."""
    today = today or date.today()
    last = today + timedelta(days=WEEK - 1)
    open_deliverable = Deliverable.status.in_(OPEN_DELIVERABLE_STATUSES)
    with services.db.read() as session:
        overdue = session.scalar(
            sa.select(sa.func.count(Deliverable.id)).where(
                open_deliverable, Deliverable.due_on < today
            )
        )
        due = session.scalar(
            sa.select(sa.func.count(Deliverable.id)).where(
                open_deliverable, Deliverable.due_on.between(today, last)
            )
        )
        longest = session.scalar(sa.select(sa.func.max(Agreement.renewal_notice_days))) or 0
        agreements = session.execute(
            sa.select(Agreement.expires_on, Agreement.renewal_notice_days).where(
                Agreement.status.in_(LIVE_AGREEMENT_STATUSES),
                Agreement.expires_on.between(today, last + timedelta(days=longest)),
            )
        ).all()
    starts = [notice_date(expires_on, days) for expires_on, days in agreements]
    notices = sum(1 for start in starts if start is not None and today <= start <= last)
    expiring = sum(1 for expires_on, _days in agreements if expires_on <= last)
    return Attention(overdue or 0, due or 0, notices, expiring)
