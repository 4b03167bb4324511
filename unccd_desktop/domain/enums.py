"""Enumerations of the domain. Values are stable snake_case strings stored in the database.

Project roles and activity statuses follow the IATI 2.03 codelists OrganisationRole and
ActivityStatus; ``iati_code`` gives their numeric code.
"""

from __future__ import annotations

import enum


class PartnerKind(enum.StrEnum):
    CONVENTION_SECRETARIAT = "convention_secretariat"
    UN_ENTITY = "un_entity"
    INTERGOVERNMENTAL = "intergovernmental"
    GOVERNMENT = "government"
    NGO = "ngo"
    RESEARCH = "research"
    FINANCIAL_INSTITUTION = "financial_institution"
    PRIVATE_SECTOR = "private_sector"
    MEDIA = "media"


class AgreementKind(enum.StrEnum):
    MOU = "mou"
    MULTI_PARTY_MOU = "multi_party_mou"
    LETTER_OF_AGREEMENT = "letter_of_agreement"
    PROJECT_PREPARATION = "project_preparation"
    GEF_ENABLING_ACTIVITY = "gef_enabling_activity"
    INFORMAL_PARTNERSHIP = "informal_partnership"
    OTHER = "other"


class AgreementStatus(enum.StrEnum):
    DRAFT = "draft"
    NEGOTIATION = "negotiation"
    SIGNED = "signed"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    RENEWED = "renewed"


class PartyRole(enum.StrEnum):
    SIGNATORY = "signatory"
    FUNDER = "funder"
    IMPLEMENTER = "implementer"
    OBSERVER = "observer"


class ParticipationRole(enum.StrEnum):
    """IATI OrganisationRole."""

    FUNDING = "funding"
    ACCOUNTABLE = "accountable"
    EXTENDING = "extending"
    IMPLEMENTING = "implementing"

    @property
    def iati_code(self) -> int:
        return list(ParticipationRole).index(self) + 1


class ActivityStatus(enum.StrEnum):
    """IATI ActivityStatus."""

    PIPELINE = "pipeline"
    IMPLEMENTATION = "implementation"
    FINALISATION = "finalisation"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    SUSPENDED = "suspended"

    @property
    def iati_code(self) -> int:
        return list(ActivityStatus).index(self) + 1


class DeliverableKind(enum.StrEnum):
    REPORT = "report"
    STUDY = "study"
    GUIDE = "guide"
    EVENT = "event"
    CAMPAIGN = "campaign"
    DATASET = "dataset"
    OTHER = "other"


class DeliverableStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """Still expected: can become overdue."""
        return self in (DeliverableStatus.PLANNED, DeliverableStatus.IN_PROGRESS)


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
