"""What a sync reports: its result, the conflicts waiting, the laptop's state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ...errors import UserError

SYNCED, HAS_CONFLICTS, FAILED = "synced", "has_conflicts", "failed"

# Conflict kinds. A field conflict names its field; the others concern the whole record, and
# their base, ours and theirs are the record's values (None: no such record on that side).
FIELD = "field"  # the same field changed on both sides to different values
DELETED_HERE = "deleted_here"  # deleted on this laptop, edited on the server
DELETED_THERE = "deleted_there"  # edited on this laptop, deleted on the server
REFUSED = "refused"  # the server could not take the change (a rule, a reference)
DUPLICATE = "duplicate"  # created here like a record the server already has
KINDS = (FIELD, DELETED_HERE, DELETED_THERE, REFUSED, DUPLICATE)

OURS, THEIRS = "ours", "theirs"


class SyncError(UserError):
    """The sync could not run (server unreachable, refused, schema mismatch): nothing changed
    on either side and the outbox is kept."""


@dataclass(frozen=True)
class Conflict:
    """A change of this laptop waiting for the officer: base, ours (the laptop's value) and
    theirs (the server's), JSON values as the services give them."""

    id: int
    kind: str
    entity: str
    record: str
    field: str | None
    base: Any
    ours: Any
    theirs: Any
    message: str = ""
    label: str = ""  # the record's name or title, for people
    detected_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "entity": self.entity,
            "record": self.record,
            "label": self.label,
            "field": self.field,
            "base": self.base,
            "ours": self.ours,
            "theirs": self.theirs,
            "message": self.message,
        }


@dataclass
class SyncResult:
    status: str = SYNCED
    pushed: int = 0  # records sent
    pulled: int = 0  # records changed here by the server's changes
    conflicts: list[Conflict] = field(default_factory=list)  # all open ones after the sync
    messages: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "pushed": self.pushed,
            "pulled": self.pulled,
            "conflicts": [c.to_json() for c in self.conflicts],
            "messages": list(self.messages),
        }


@dataclass(frozen=True)
class SyncStatus:
    role: str  # standalone, laptop or server
    server: str | None  # the address, without any password
    laptop_name: str
    last_sync: datetime | None
    last_seq: int
    waiting: int  # records changed here since the last push
    conflicts: int  # open conflicts
    last_failure: str | None = None  # why the last sync could not run, until one succeeds

    @property
    def is_laptop(self) -> bool:
        return self.role == "laptop"
