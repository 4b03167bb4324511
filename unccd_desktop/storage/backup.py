"""Consistent copies of a SQLite database while it may be in use (the SQLite backup API)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from .. import messages as msg
from ..errors import DatabaseError, Text, UserError
from .database import read_only_uri, sqlite_error_code


def backup_sqlite(source: Path, out: Path) -> Path:
    """Copy ``source`` to ``out`` atomically: written to a temporary name, then renamed."""
    out = out.expanduser().resolve()
    if out == source.resolve():
        raise UserError(Text(msg.BACKUP_IS_DATABASE))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial")
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True, timeout=15)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                copied = dst.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if not copied and source.stat().st_size > 0:
                    raise DatabaseError(Text(msg.BACKUP_EMPTY, source.name))
            finally:
                dst.close()
        finally:
            src.close()
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except DatabaseError:
        tmp.unlink(missing_ok=True)
        raise
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        if sqlite_error_code(exc) in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
            raise UserError(Text(msg.BACKUP_DISK_FULL, out.parent, exc)) from exc
        raise DatabaseError(Text(msg.BACKUP_FAILED, exc)) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(Text(msg.BACKUP_NOT_WRITTEN, out, exc.strerror)) from exc
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


def verify_backup(backup: Path) -> None:
    """Refuse, with a plain sentence, a file that is not a complete UNCCD Partnerships copy."""
    if not backup.is_file():
        raise UserError(Text(msg.NO_BACKUP_FILE, backup))
    try:
        conn = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            has_schema = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                ("alembic_version",),
            ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError(Text(msg.BACKUP_UNUSABLE, backup.name, exc)) from exc
    if integrity != ["ok"] or not has_schema:
        raise DatabaseError(Text(msg.BACKUP_INCOMPLETE, backup.name))


def restore_backup(backup: Path, target: Path) -> Path | None:
    """Put a copy of ``backup`` in place of the database ``target``; close the app first.

    The copy is written under a temporary name, checked, then renamed over ``target``. The file
    it replaces is kept beside it as ``<name>.replaced-<time>`` (with its -wal file, which must
    not be applied to the restored copy). Returns that kept file, or None if there was none.
    """
    backup, target = Path(backup).resolve(), Path(target).resolve()
    verify_backup(backup)
    if backup == target:
        raise UserError(Text(msg.RESTORE_ONTO_ITSELF))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    tmp = target.with_name(f".{target.name}.restoring")
    replaced = target.with_name(f"{target.name}.replaced-{stamp}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with backup.open("rb") as src, tmp.open("wb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
        verify_backup(tmp)
        kept = None
        if target.exists():
            try:
                os.link(target, replaced)
            except OSError:  # file systems without hard links
                shutil.copy2(target, replaced)
            kept = replaced
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(f"{target}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{replaced}{suffix}"))
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(Text(msg.RESTORE_NOT_WRITTEN, target, exc.strerror)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return kept
