"""Domain model: SQLAlchemy models and enumerations. Nothing here knows about Qt."""

from .agreements import Agreement, AgreementParty
from .audit import AuditEntry
from .base import Base
from .deliverables import Deliverable
from .documents import Document
from .enums import (
    ActivityStatus,
    AgreementKind,
    AgreementStatus,
    AuditAction,
    DeliverableKind,
    DeliverableStatus,
    ParticipationRole,
    PartnerKind,
    PartyRole,
)
from .exchange import ImportBatch, PartnerUpdate, WorkbookExport
from .initiatives import Initiative, InitiativePhase, InitiativePillar, initiative_donors
from .partners import FocalPoint, Partner
from .projects import (
    Project,
    ProjectParticipant,
    project_agreements,
    project_countries,
    project_thematic_areas,
)
from .reference import Country, ThematicArea
from .sync import (
    ChangeLogEntry,
    OutboxEntry,
    SyncBatch,
    SyncBlob,
    SyncBlobChunk,
    SyncConflict,
    SyncSetting,
)

__all__ = [
    "ActivityStatus",
    "Agreement",
    "AgreementKind",
    "AgreementParty",
    "AgreementStatus",
    "AuditAction",
    "AuditEntry",
    "Base",
    "ChangeLogEntry",
    "Country",
    "Deliverable",
    "DeliverableKind",
    "DeliverableStatus",
    "Document",
    "FocalPoint",
    "ImportBatch",
    "Initiative",
    "InitiativePhase",
    "InitiativePillar",
    "OutboxEntry",
    "ParticipationRole",
    "Partner",
    "PartnerKind",
    "PartnerUpdate",
    "PartyRole",
    "Project",
    "ProjectParticipant",
    "SyncBatch",
    "SyncBlob",
    "SyncBlobChunk",
    "SyncConflict",
    "SyncSetting",
    "ThematicArea",
    "WorkbookExport",
    "initiative_donors",
    "project_agreements",
    "project_countries",
    "project_thematic_areas",
]
