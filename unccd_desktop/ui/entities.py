"""What each list shows: its columns (visible by default or not) and its filters."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    key: str  # a name from the service's list_columns()
    visible: bool = True
    link: str | None = None  # the row key holding the UUID of the record this column names
    date: bool = False  # holds dates: never narrower than a date, empty or not


@dataclass(frozen=True)
class Filter:
    key: str  # a column or special filter of the service
    kind: str  # enum, ref, date_range, flag, country, region
    enum: str | None = None  # the name of an enum of domain/enums.py (read without the ORM)
    ref: str | None = None  # entity whose records the ref filter offers


@dataclass(frozen=True)
class ListSpec:
    entity: str
    columns: tuple[Column, ...]
    filters: tuple[Filter, ...] = field(default_factory=tuple)
    documents: bool = False  # records of this kind carry attached documents
    title: str = "title"  # the column that takes the room the others leave

    @property
    def date_columns(self) -> frozenset[int]:
        return frozenset(i for i, c in enumerate(self.columns) if c.date)

    @property
    def title_index(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == self.title)


LISTS: dict[str, ListSpec] = {
    "partner": ListSpec(
        "partner",
        (
            Column("name"),
            Column("acronym"),
            Column("kind"),
            Column("hq_country_name"),
            Column("focal_point_count"),
            Column("website", visible=False),
            Column("updated_at", visible=False),
        ),
        (
            Filter("kind", "enum", "PartnerKind"),
            Filter("country", "country"),
            Filter("region", "region"),
        ),
        title="name",
    ),
    "agreement": ListSpec(
        "agreement",
        (
            Column("title"),
            Column("reference"),
            Column("kind"),
            Column("status"),
            Column("signed_on", date=True),
            Column("expires_on", date=True),
            Column("party_count"),
            Column("effective_on", date=True, visible=False),
            Column("renewal_notice_days", visible=False),
            Column("updated_at", visible=False),
        ),
        (
            Filter("status", "enum", "AgreementStatus"),
            Filter("kind", "enum", "AgreementKind"),
            Filter("partner", "ref", ref="partner"),
            Filter("expires_on", "date_range"),
        ),
        documents=True,
    ),
    "initiative": ListSpec(
        "initiative",
        (
            Column("name"),
            Column("launched_at"),
            Column("project_count"),
            Column("updated_at", visible=False),
        ),
        (Filter("donor", "ref", ref="partner"),),
        title="name",
    ),
    "project": ListSpec(
        "project",
        (
            Column("code"),
            Column("title"),
            Column("initiative_name", link="initiative"),
            Column("status"),
            Column("planned_start", date=True),
            Column("planned_end", date=True, visible=False),
            Column("budget_amount", visible=False),
            Column("budget_currency", visible=False),
            Column("deliverable_count"),
            Column("updated_at", visible=False),
            Column("countries"),
        ),
        (
            Filter("status", "enum", "ActivityStatus"),
            Filter("initiative", "ref", ref="initiative"),
            Filter("partner", "ref", ref="partner"),
            Filter("country", "country"),
            Filter("region", "region"),
        ),
    ),
    "deliverable": ListSpec(
        "deliverable",
        (
            Column("title"),
            Column("project_title", link="project"),
            Column("responsible_partner_name", link="responsible_partner"),
            Column("due_on", date=True),
            Column("status"),
            Column("progress_percent"),
            Column("kind", visible=False),
            Column("agreement_title", visible=False, link="agreement"),
            Column("initiative_name", visible=False),
            Column("submitted_on", date=True, visible=False),
            Column("accepted_on", date=True, visible=False),
            Column("updated_at", visible=False),
        ),
        (
            Filter("status", "enum", "DeliverableStatus"),
            Filter("kind", "enum", "DeliverableKind"),
            Filter("responsible_partner", "ref", ref="partner"),
            Filter("initiative", "ref", ref="initiative"),
            Filter("due_on", "date_range"),
            Filter("overdue", "flag"),
        ),
        documents=True,
    ),
    "document": ListSpec(
        "document",
        (
            Column("original_filename"),
            Column("agreement_title", link="agreement"),
            Column("deliverable_title", link="deliverable"),
            Column("media_type"),
            Column("size"),
            Column("created_at"),
            Column("sha256", visible=False),
        ),
        title="original_filename",
    ),
}
