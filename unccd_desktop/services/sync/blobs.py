"""Documents on the server: each file's content once, by SHA-256, in chunks of 1 MiB."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...domain import SyncBlob, SyncBlobChunk

CHUNK = 1 << 20


def missing(session: Session, digests: set[str]) -> set[str]:
    """The digests the server does not hold yet."""
    if not digests:
        return set()
    held = set(session.scalars(sa.select(SyncBlob.sha256).where(SyncBlob.sha256.in_(digests))))
    return digests - held


def upload(session: Session, files: dict[str, Path]) -> int:
    """Store the files the server lacks (digest → local file); return how many were sent."""
    sent = 0
    for digest in sorted(missing(session, set(files))):
        path = files[digest]
        position, size, check = 0, 0, hashlib.sha256()
        with path.open("rb") as fh:
            session.add(SyncBlob(sha256=digest, size=0, chunks=0))
            session.flush()
            while data := fh.read(CHUNK):
                check.update(data)
                session.add(SyncBlobChunk(sha256=digest, position=position, data=data))
                session.flush()
                position += 1
                size += len(data)
        if check.hexdigest() != digest:
            raise ValueError(f"{path} changed while it was sent")
        blob = session.get(SyncBlob, digest)
        blob.size, blob.chunks = size, position
        sent += 1
    return sent


def download(session: Session, digest: str, target: Path) -> bool:
    """Write the server's copy to ``target`` if it has one whose content matches its digest."""
    blob = session.get(SyncBlob, digest)
    if blob is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{digest}.partial")
    check = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for position in range(blob.chunks):
                data = session.scalar(
                    sa.select(SyncBlobChunk.data).where(
                        SyncBlobChunk.sha256 == digest, SyncBlobChunk.position == position
                    )
                )
                if data is None:
                    return False
                check.update(data)
                out.write(data)
        if check.hexdigest() != digest:
            return False
        os.replace(partial, target)
        return True
    finally:
        partial.unlink(missing_ok=True)
