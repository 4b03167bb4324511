"""Documents attached to agreements and deliverables, stored by content hash."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import messages as msg
from ..domain import Agreement, Deliverable, Document
from ..errors import FieldProblem, Text, UserError
from .crud import EntityService
from .fields import Field

CHUNK = 1 << 20
HEX = frozenset("0123456789abcdef")
WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)]
)
MAX_NAME_BYTES = 200


def is_sha256(text: object) -> bool:
    return isinstance(text, str) and len(text) == 64 and set(text) <= HEX


def safe_file_name(name: str) -> str:
    """A file name that stays in the folder it is written to, on Windows, macOS and Linux:
    no folders, drive letters, control or reserved characters, device names or dot names."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join("_" if ch in '<>:"|?*' or ord(ch) < 32 else ch for ch in base)
    base = base.strip().rstrip(". ")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    if not stem.strip(". ") or stem.split(".")[0].upper() in WINDOWS_RESERVED:
        stem = f"document {stem}".strip()
    suffix = suffix[:20]
    while len(f"{stem}.{suffix}".encode()) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return f"{stem}.{suffix}" if suffix else stem


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class FileProblem:
    uuid: str
    original_filename: str
    problem: str  # "missing" or "altered"


class DocumentService(EntityService):
    entity = "document"
    label = "document"
    model = Document
    label_attr = "original_filename"
    fields = (
        Field("agreement", "ref", ref="agreement"),
        Field("deliverable", "ref", ref="deliverable"),
        Field("original_filename", required=True, max_length=500),
        Field("media_type", required=True, max_length=200),
        Field("sha256", required=True, max_length=64),
        Field("size", "int", required=True, minimum=0),
        Field("notes", "text"),
    )

    def list_columns(self) -> dict[str, sa.ColumnElement]:
        return {
            "uuid": Document.uuid,
            "label": Document.original_filename,
            "original_filename": Document.original_filename,
            "media_type": Document.media_type,
            "size": Document.size,
            "sha256": Document.sha256,
            "agreement": Agreement.uuid,
            "agreement_title": Agreement.title,
            "deliverable": Deliverable.uuid,
            "deliverable_title": Deliverable.title,
            "created_at": Document.created_at,
        }

    def list_joins(self, stmt: sa.Select) -> sa.Select:
        return stmt.outerjoin(Agreement, Document.agreement_id == Agreement.id).outerjoin(
            Deliverable, Document.deliverable_id == Deliverable.id
        )

    def validate(self, session: Session, merged: dict[str, Any], obj: Any) -> list[FieldProblem]:
        problems = []
        if bool(merged.get("agreement")) == bool(merged.get("deliverable")):
            problems.append(FieldProblem("agreement", Text(msg.ONE_OWNER)))
        if merged.get("sha256") is not None and not is_sha256(merged["sha256"]):
            problems.append(FieldProblem("sha256", Text(msg.NOT_SHA256)))
        return problems

    def stored_path(self, sha256: str) -> Path:
        """Where the content lives: the managed folder, named by hash only."""
        if not is_sha256(sha256):
            raise ValueError("not a SHA-256 digest")
        return self.db.documents_dir / sha256[:2] / sha256

    def attach(self, owner: str, owner_uuid: str, source: Path, notes: str = "") -> dict[str, Any]:
        """Copy a file into the managed folder and record it on an agreement or deliverable."""
        if owner not in ("agreement", "deliverable"):
            raise ValueError("documents attach to an agreement or a deliverable")
        source = Path(source)
        if not source.is_file():
            raise UserError(f"There is no file at {source}.")
        try:
            digest = sha256_of(source)
            target = self.stored_path(digest)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(f".{digest}.partial")
                try:
                    shutil.copyfile(source, tmp)
                    os.replace(tmp, target)
                finally:
                    tmp.unlink(missing_ok=True)  # no half-copied file left on a full disk
        except OSError as exc:
            raise UserError(f"The file {source.name} could not be stored: {exc.strerror}.") from exc
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return self.create(
            {
                owner: owner_uuid,
                "original_filename": source.name.strip() or safe_file_name(source.name),
                "media_type": media_type,
                "sha256": digest,
                "size": target.stat().st_size,
                "notes": notes,
            }
        )

    def path_of(self, uuid: str) -> Path:
        record = self.get(uuid)
        path = self.stored_path(record["sha256"])
        if not path.is_file():
            raise UserError(
                f"The stored copy of {record['original_filename']} is missing from {path.parent}."
            )
        return path

    def remove_unreferenced_files(self) -> int:
        """Delete stored files that no document refers to any more; return how many."""
        root = self.db.documents_dir
        if not root.is_dir():
            return 0
        with self.db.read() as session:
            used = set(session.scalars(sa.select(Document.sha256)))
        removed = 0
        for path in root.glob("??/*"):
            if path.is_file() and path.name not in used and len(path.name) == 64:
                path.unlink()
                removed += 1
        return removed

    def check_files(self) -> list[FileProblem]:
        """Verify every stored document against its SHA-256."""
        problems = []
        with self.db.read() as session:
            rows = session.execute(
                sa.select(Document.uuid, Document.original_filename, Document.sha256)
            ).all()
        for uuid, name, digest in rows:
            if not is_sha256(digest):
                problems.append(FileProblem(uuid, name, "unknown (its checksum is not valid)"))
                continue
            path = self.stored_path(digest)
            if not path.is_file():
                problems.append(FileProblem(uuid, name, "missing"))
            elif sha256_of(path) != digest:
                problems.append(FileProblem(uuid, name, "altered"))
        return problems

    def copy_to(self, uuid: str, folder: Path) -> Path:
        """Copy a stored document into ``folder`` under (a safe form of) its original name."""
        source = self.path_of(uuid)
        name = safe_file_name(self.get(uuid)["original_filename"])
        target = Path(folder) / name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        except OSError as exc:
            raise UserError(f"{name} could not be copied to {folder}: {exc.strerror}.") from exc
        return target
