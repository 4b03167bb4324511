"""Agreements and their parties."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import messages as msg
from ..domain import (
    Agreement,
    AgreementKind,
    AgreementParty,
    AgreementStatus,
    Deliverable,
    Document,
    Partner,
    PartyRole,
    Project,
    project_agreements,
)
from ..errors import FieldProblem, Text
from .collections import ChildRows
from .crud import EntityService
from .fields import Field

# An agreement that may be marked renewed: still in force, or lapsed.
RENEWABLE_STATUSES = (AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.EXPIRED)
LIVE_STATUSES = (AgreementStatus.SIGNED, AgreementStatus.ACTIVE)


def _add_months(day: date, months: int) -> date | None:
    """The same day of the month ``months`` later; None when that month has no such day."""
    year, month = divmod(day.month - 1 + months, 12)
    try:
        return day.replace(year=day.year + year, month=month + 1)
    except ValueError:
        return None


def _whole_months(start: date, end: date) -> tuple[int, int] | None:
    """(months, end offset in days) when ``start``…``end`` is a whole number of months, with
    the end the day before (offset -1: 1 Jan–31 Dec) or on (0) the same day of the month."""
    months = (end.year - start.year) * 12 + end.month - start.month
    for count in (months, months + 1):
        for offset in (-1, 0):
            later = _add_months(start, count)
            if count > 0 and later is not None and later + timedelta(days=offset) == end:
                return count, offset
    return None


def next_term(effective: date | None, expires: date | None) -> tuple[date | None, date | None]:
    """The term of a renewal: it starts the day after the old expiry (the expiry is the last
    day in force, so the two terms neither overlap nor leave a gap) and lasts as long as the
    old term when both its ends are known: the same number of months when the old term was
    whole months, else the same number of days."""
    if expires is None:
        return None, None
    start = expires + timedelta(days=1)
    if effective is None:
        return start, None
    months = _whole_months(effective, expires)
    if months is not None:
        end = _add_months(start, months[0])
        if end is not None:
            return start, end + timedelta(days=months[1])
    return start, start + (expires - effective)


def _no_partner_twice(items: list[dict]) -> list[str]:
    seen: set[int] = set()
    problems = []
    for item in items:
        partner = item.get("partner")
        if partner is None:
            continue
        if partner.id in seen:
            problems.append(Text(msg.PARTY_TWICE, partner.name))
        seen.add(partner.id)
    return problems


class AgreementService(EntityService):
    entity = "agreement"
    label = "agreement"
    model = Agreement
    label_attr = "title"
    fields = (
        Field("title", required=True, max_length=500),
        Field("reference", max_length=100),
        Field("kind", "enum", required=True, enum=AgreementKind),
        Field("status", "enum", required=True, enum=AgreementStatus, default=AgreementStatus.DRAFT),
        Field("signed_on", "date"),
        Field("effective_on", "date"),
        Field("expires_on", "date"),
        Field("renewal_notice_days", "int", minimum=0, maximum=3650),
        Field("parent", "ref", ref="agreement"),
        Field("notes", "text"),
    )

    def __init__(self, services) -> None:
        super().__init__(services)
        self.collections = {
            "parties": ChildRows(
                "parties",
                "parties",
                AgreementParty,
                (
                    Field("partner", "ref", required=True, ref="partner"),
                    Field(
                        "role", "enum", required=True, enum=PartyRole, default=PartyRole.SIGNATORY
                    ),
                    Field("signatory_name", max_length=200),
                    Field("signed_on", "date"),
                ),
                refs={"partner": lambda: services.partners},
                check=_no_partner_twice,
            )
        }

    def list_columns(self) -> dict[str, sa.ColumnElement]:
        return {
            "uuid": Agreement.uuid,
            "label": Agreement.title,
            "title": Agreement.title,
            "reference": Agreement.reference,
            "kind": Agreement.kind,
            "status": Agreement.status,
            "signed_on": Agreement.signed_on,
            "effective_on": Agreement.effective_on,
            "expires_on": Agreement.expires_on,
            "renewal_notice_days": Agreement.renewal_notice_days,
            "party_count": sa.select(sa.func.count(AgreementParty.id))
            .where(AgreementParty.agreement_id == Agreement.id)
            .scalar_subquery(),
            "updated_at": Agreement.updated_at,
        }

    def text_columns(self) -> list[sa.ColumnElement]:
        return [Agreement.title, Agreement.reference, Agreement.notes]

    def special_filters(self):
        def partner(uuid: str) -> sa.ColumnElement:
            return Agreement.id.in_(
                sa.select(AgreementParty.agreement_id)
                .join(Partner, Partner.id == AgreementParty.partner_id)
                .where(Partner.uuid == uuid)
            )

        return {"partner": partner}

    def validate(self, session: Session, merged: dict[str, Any], obj: Any) -> list[FieldProblem]:
        problems = []
        signed, effective, expires = (
            merged.get("signed_on"),
            merged.get("effective_on"),
            merged.get("expires_on"),
        )
        if expires and effective and expires < effective:
            problems.append(FieldProblem("expires_on", Text(msg.EXPIRES_BEFORE_EFFECTIVE)))
        elif expires and signed and expires < signed:
            problems.append(FieldProblem("expires_on", Text(msg.EXPIRES_BEFORE_SIGNED)))
        parent = merged.get("parent")
        if obj is not None and parent is not None and parent == obj.uuid:
            problems.append(FieldProblem("parent", Text(msg.AMENDS_ITSELF)))
        return problems

    def _follow_up(self, uuid: str) -> dict[str, Any]:
        """What a renewal and an amendment take from the agreement: kind, parties and their
        roles (not who signed, nor when), the renewal notice; a new draft refers to it."""
        old = self.get(uuid)
        return {
            "title": old["title"],
            "reference": None,
            "kind": old["kind"],
            "status": AgreementStatus.DRAFT,
            "signed_on": None,
            "effective_on": old["effective_on"],
            "expires_on": old["expires_on"],
            "renewal_notice_days": old["renewal_notice_days"],
            "parent": uuid,
            "notes": "",
            "parties": [
                {
                    "partner": p["partner"],
                    "role": p["role"],
                    "signatory_name": None,
                    "signed_on": None,
                }
                for p in old["parties"]
            ],
        }

    def renewal_of(self, uuid: str) -> dict[str, Any]:
        """A new draft renewing the agreement: its term follows the old one (``next_term``);
        the title, a ``Text``, names the year the new term starts when it is known."""
        values = self._follow_up(uuid)
        effective, expires = next_term(values["effective_on"], values["expires_on"])
        values["effective_on"], values["expires_on"] = effective, expires
        title = values["title"]
        values["title"] = (
            Text(msg.RENEWAL_TITLE, title, effective.year)
            if effective
            else Text(msg.RENEWAL_TITLE_NO_YEAR, title)
        )
        return values

    def amendment_of(self, uuid: str) -> dict[str, Any]:
        """A new draft amending the agreement: same kind, parties and term."""
        values = self._follow_up(uuid)
        values["title"] = Text(msg.AMENDMENT_TITLE, values["title"])
        return values

    def parent_to_mark_renewed(self, uuid: str, renewal: bool = False) -> dict[str, Any] | None:
        """The agreement that ``uuid`` renews, when it may now be marked renewed: ``uuid`` is
        signed or active, and its parent is signed, active or expired. ``uuid`` counts as a
        renewal when the caller knows it is one (``renewal``) or its term starts after the
        parent's expiry (an amendment keeps the parent's term)."""
        child = self.get(uuid)
        if child["parent"] is None or child["status"] not in LIVE_STATUSES:
            return None
        parent = self.get(child["parent"])
        if parent["status"] not in RENEWABLE_STATUSES:
            return None
        starts, ended = child["effective_on"], parent["expires_on"]
        if renewal or (starts is not None and ended is not None and starts > ended):
            return parent
        return None

    def dependents(self, session: Session, obj: Agreement) -> list[str]:
        deliverables = sa.select(Deliverable.title).where(Deliverable.agreement_id == obj.id)
        projects = (
            sa.select(Project.title)
            .join(project_agreements, project_agreements.c.project_id == Project.id)
            .where(project_agreements.c.agreement_id == obj.id)
        )
        amendments = sa.select(Agreement.title).where(Agreement.parent_id == obj.id)
        return (
            self.describe(session, msg.DEPENDENT_DELIVERABLE, deliverables)
            + self.describe(session, msg.DEPENDENT_PROJECT, projects)
            + self.describe(session, msg.DEPENDENT_AMENDMENT, amendments)
        )

    def cascade_children(self, session: Session, obj: Agreement):
        service = self.services.documents
        docs = session.scalars(sa.select(Document).where(Document.agreement_id == obj.id))
        return [(service, d) for d in docs]
