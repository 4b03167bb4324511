"""Developer tool: autogenerate an Alembic revision from the models.

Usage: python -m unccd_desktop.storage.revision "message" [revision-id]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from .database import Database
from .migrations import alembic_config, upgrade


def main(argv: list[str]) -> None:
    message = argv[0]
    rev_id = argv[1] if len(argv) > 1 else None
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "scratch.unccd")
        upgrade(db, backup=False)
        cfg = alembic_config()
        with db.engine.connect().execution_options(sqlite_write=True) as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
        db.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
