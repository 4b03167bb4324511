"""Consistent copies of a SQLite database while it may be in use (the SQLite backup API)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ..errors import DatabaseError, UserError


def backup_sqlite(source: Path, out: Path) -> Path:
    """Copy ``source`` to ``out`` atomically: written to a temporary name, then renamed."""
    out = out.expanduser().resolve()
    if out == source.resolve():
        raise UserError("The backup file must not be the database itself.")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=15)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"The backup could not be made: {exc}.") from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"The backup could not be written to {out}: {exc.strerror}.") from exc
    return out


def timestamped_backup(source: Path, folder: Path, label: str) -> Path:
    """Back up ``source`` into ``folder`` under a name that says when and why."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return backup_sqlite(source, folder / f"{source.stem}-{label}-{stamp}.unccd")


def latest_backup(folder: Path) -> Path | None:
    files = (
        sorted(folder.glob("*.unccd"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    )
    return files[-1] if files else None
