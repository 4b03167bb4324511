"""Which document files a laptop lacks or holds damaged, without hashing every file at every
sync: a file whose size and modification time are those it had when last found intact is
taken as intact; any other is hashed again."""

from __future__ import annotations

import contextlib
import json
import os
from typing import TYPE_CHECKING

import sqlalchemy as sa

from ...domain import Document
from ..documents import is_sha256, sha256_of

if TYPE_CHECKING:
    from .. import Services

CHECKED = ".checked.json"  # digest -> [size, mtime_ns] of the file when found intact


def files_to_fetch(services: Services) -> list[tuple[str, str]]:
    """(file name, digest) of the documents whose file is missing or not what it should be."""
    folder = services.db.documents_dir
    checked_path = folder / CHECKED
    try:
        checked = json.loads(checked_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        checked = {}
    with services.db.read() as session:
        rows = session.execute(sa.select(Document.original_filename, Document.sha256)).all()
    wanted, seen = [], {}
    for name, digest in rows:
        if not is_sha256(digest) or digest in seen:
            continue
        path = services.documents.stored_path(digest)
        try:
            stat = path.stat()
        except OSError:
            wanted.append((name, digest))
            continue
        mark = [stat.st_size, stat.st_mtime_ns]
        if checked.get(digest) == mark or sha256_of(path) == digest:
            seen[digest] = mark
        else:
            wanted.append((name, digest))
    if seen != checked and folder.is_dir():
        partial = folder / f"{CHECKED}.partial"
        with contextlib.suppress(OSError):
            partial.write_text(json.dumps(seen), encoding="utf-8")
            os.replace(partial, checked_path)
    return wanted
