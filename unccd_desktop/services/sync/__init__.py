"""Team sync: laptops working offline and one PostgreSQL team server, merged field by field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .results import (
    DELETED_HERE,
    DELETED_THERE,
    DUPLICATE,
    FAILED,
    FIELD,
    HAS_CONFLICTS,
    OURS,
    REFUSED,
    SYNCED,
    THEIRS,
    Conflict,
    SyncError,
    SyncResult,
    SyncStatus,
)

if TYPE_CHECKING:
    from .. import Services


def clone(*args: Any, **kwargs: Any) -> Services:
    """A new laptop file holding a server's records (see ``service.clone``)."""
    from .service import clone as _clone

    return _clone(*args, **kwargs)


__all__ = [
    "DELETED_HERE",
    "DELETED_THERE",
    "DUPLICATE",
    "FAILED",
    "FIELD",
    "HAS_CONFLICTS",
    "OURS",
    "REFUSED",
    "SYNCED",
    "THEIRS",
    "Conflict",
    "SyncError",
    "SyncResult",
    "SyncStatus",
    "clone",
]
