"""Recognising a received file and refusing the hostile or broken ones before parsing it."""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from . import limits
from . import problems as msg
from .problems import Problem

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


class RejectedFile(UserError):
    """The file cannot be imported; nothing was read into the database. Its message is a
    Problem of type file-rejected."""

    def __init__(self, template: str, *args: object) -> None:
        super().__init__(Problem(msg.FILE_REJECTED, template, *args))

    @property
    def problem(self) -> Problem:
        return self.args[0]


class DamagedContent(Exception):
    """What a reader met where the file's own content should be readable (a number that is
    not one, a reference to nothing); its argument is an ImportText saying what. The file is
    then refused as damaged; any other exception of a reader is a bug."""


@dataclass
class FileInfo:
    """What a received file is, its fingerprint, and warnings about parts that are ignored."""

    path: Path
    kind: str  # "xlsx", "ods" or "csv"
    size: int
    sha256: str
    warnings: list[Problem] = field(default_factory=list)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def inspect_file(path: Path) -> FileInfo:
    """Identify the file and check it is safe to parse; raise RejectedFile otherwise."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except FileNotFoundError:
        raise RejectedFile(msg.NO_FILE, path) from None
    except IsADirectoryError:
        raise RejectedFile(msg.A_FOLDER, path) from None
    except PermissionError:
        raise RejectedFile(msg.NO_PERMISSION, path) from None
    if size == 0:
        raise RejectedFile(msg.EMPTY_FILE, name)
    if size > limits.MAX_FILE_BYTES:
        raise RejectedFile(
            msg.FILE_TOO_BIG, name, f"{size / 1e6:.0f}", f"{limits.MAX_FILE_BYTES / 1e6:.0f}"
        )
    if head.startswith(OLE2_MAGIC):
        raise _ole2_refusal(path)
    if head.startswith(ZIP_MAGIC[:2]):  # also damaged zips whose first entry is unreadable
        kind, warnings = _check_zip(path)
        return FileInfo(path, kind, size, sha256_of(path), warnings)
    _check_text(path, head)
    return FileInfo(path, "csv", size, sha256_of(path), [])


def _ole2_refusal(path: Path) -> RejectedFile:
    with path.open("rb") as fh:
        data = fh.read(min(path.stat().st_size, 4 * 1024 * 1024))
    if "EncryptedPackage".encode("utf-16-le") in data:
        return RejectedFile(msg.ENCRYPTED_XLS, path.name)
    return RejectedFile(msg.OLD_XLS, path.name)


def _check_zip(path: Path) -> tuple[str, list[str]]:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        # ValueError: a bad central directory; NotImplementedError: a zip version to come
        raise RejectedFile(msg.DAMAGED_ZIP, name) from None
    with archive:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        _check_zip_sizes(name, infos)
        if "xl/workbook.bin" in names:
            raise RejectedFile(msg.XLSB, name)
        if "EncryptionInfo" in names or (
            "META-INF/manifest.xml" in names and _ods_encrypted(name, archive)
        ):
            raise RejectedFile(msg.ENCRYPTED, name)
        _check_no_doctype(name, archive, infos)
        if "xl/workbook.xml" in names:
            warnings = []
            if "xl/vbaProject.bin" in names:
                warnings.append(Problem(msg.IGNORED_CONTENT, msg.MACROS))
            if any(n.startswith("xl/externalLinks/") for n in names):
                warnings.append(Problem(msg.IGNORED_CONTENT, msg.EXTERNAL_LINKS))
            return "xlsx", warnings
        if "mimetype" in names and _read_part(name, archive, "mimetype").strip() == ODS_MIME:
            if "content.xml" not in names:
                raise RejectedFile(msg.NO_SHEET_DATA, name)
            return "ods", []
        if "word/document.xml" in names or "ppt/presentation.xml" in names:
            raise RejectedFile(msg.WORD_OR_POWERPOINT, name)
        raise RejectedFile(msg.ZIP_NOT_SPREADSHEET, name)


def _check_zip_sizes(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > limits.MAX_ZIP_MEMBERS:
        raise RejectedFile(msg.TOO_MANY_PARTS, name, f"{len(infos):,}")
    total = sum(i.file_size for i in infos)
    if total > limits.MAX_UNCOMPRESSED_BYTES:
        limit = limits.MAX_UNCOMPRESSED_BYTES
        raise RejectedFile(msg.EXPANDS_TOO_MUCH, name, f"{total / 1e6:.0f}", f"{limit / 1e6:.0f}")
    for info in infos:
        big = info.file_size > 10 * 1024 * 1024
        if big and info.file_size > limits.MAX_MEMBER_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise RejectedFile(msg.COMPRESSED_TOO_MUCH, name, f"{ratio:,}")


def _check_no_doctype(name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Workbook XML never declares a DTD; one that does is an entity-expansion attack."""
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        start = _read_part(name, archive, info, 64 * 1024)
        if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
            raise RejectedFile(msg.XML_ENTITIES, name)


# What reading a damaged zip part raises: a bad CRC or header, a cut deflate stream, a
# compression method zipfile does not know, a part whose name is listed but missing.
ZIP_PART_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    KeyError,
)


def _read_part(
    name: str, archive: zipfile.ZipFile, part: str | zipfile.ZipInfo, limit: int = -1
) -> bytes:
    """The start of a part of the archive (up to limit bytes); a damaged one refuses the file."""
    try:
        with archive.open(part) as fh:
            return fh.read(limit)
    except ZIP_PART_ERRORS:
        part_name = part.filename if isinstance(part, zipfile.ZipInfo) else part
        raise RejectedFile(msg.DAMAGED_PART, name, part_name) from None


def _ods_encrypted(name: str, archive: zipfile.ZipFile) -> bool:
    return b"encryption-data" in _read_part(name, archive, "META-INF/manifest.xml", 256 * 1024)


def _check_text(path: Path, head: bytes) -> None:
    name = path.name
    if b"\x00" in head:
        raise RejectedFile(msg.BINARY_NOT_READ, name)
    if head.lstrip().startswith((b"%PDF", b"<", b"{")):
        raise RejectedFile(msg.NOT_SPREADSHEET, name)
    try:
        with path.open(encoding="utf-8-sig") as fh:
            while fh.read(1 << 20):
                pass
    except UnicodeDecodeError:
        raise RejectedFile(msg.NOT_UTF8, name) from None
