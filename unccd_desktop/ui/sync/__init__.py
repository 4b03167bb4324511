"""Team sync in the window: File → Team server…, Sync now, the automatic sync, the status
bar's line and the Conflicts screen (the engine is services/sync)."""

from .controller import SyncController

__all__ = ["SyncController"]
