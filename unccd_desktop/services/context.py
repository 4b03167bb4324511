"""Who is acting, from where: recorded on every audit entry."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, replace


def os_user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class Actor:
    """The person and channel behind a write: source is gui, cli, demo or import:N."""

    name: str
    source: str = "gui"
    batch_id: int | None = None

    @classmethod
    def current(cls, source: str = "gui", name: str | None = None) -> Actor:
        return cls(name=name or os_user_name(), source=source)

    def for_batch(self, batch_id: int) -> Actor:
        return replace(self, source=f"import:{batch_id}", batch_id=batch_id)
