"""Recognising a received file and refusing the hostile or broken ones before parsing it."""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from . import limits

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
SAVE_AS_XLSX = "Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx)."


class RejectedFile(UserError):
    """The file cannot be imported; nothing was read into the database."""


@dataclass
class FileInfo:
    """What a received file is, its fingerprint, and warnings about parts that are ignored."""

    path: Path
    kind: str  # "xlsx", "ods" or "csv"
    size: int
    sha256: str
    warnings: list[str] = field(default_factory=list)


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
        raise RejectedFile(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise RejectedFile(f"{path} is a folder, not a spreadsheet.") from None
    except PermissionError:
        raise RejectedFile(f"You do not have permission to read {path}.") from None
    if size == 0:
        raise RejectedFile(f"{name} is empty.")
    if size > limits.MAX_FILE_BYTES:
        raise RejectedFile(
            f"{name} is {size / 1e6:.0f} MB; files over "
            f"{limits.MAX_FILE_BYTES / 1e6:.0f} MB are not imported. Split it into smaller files."
        )
    if head.startswith(OLE2_MAGIC):
        raise RejectedFile(_ole2_message(path))
    if head.startswith(ZIP_MAGIC[:2]):  # also damaged zips whose first entry is unreadable
        kind, warnings = _check_zip(path)
        return FileInfo(path, kind, size, sha256_of(path), warnings)
    _check_text(path, head)
    return FileInfo(path, "csv", size, sha256_of(path), [])


def _ole2_message(path: Path) -> str:
    with path.open("rb") as fh:
        data = fh.read(min(path.stat().st_size, 4 * 1024 * 1024))
    if "EncryptedPackage".encode("utf-16-le") in data:
        return (
            f"{path.name} is protected with a password (encrypted), so it cannot be read. "
            "Open it, remove the password (File → Info → Protect Workbook → Encrypt with "
            "Password) and save it again."
        )
    return f"{path.name} is in the old Excel 97–2003 (.xls) format. {SAVE_AS_XLSX}"


def _check_zip(path: Path) -> tuple[str, list[str]]:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise RejectedFile(
            f"{name} is damaged or incomplete (it is not a readable workbook). "
            "Ask for the file again, or open and re-save it."
        ) from None
    with archive:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        _check_zip_sizes(name, infos)
        if "xl/workbook.bin" in names:
            raise RejectedFile(f"{name} is an Excel Binary Workbook (.xlsb). {SAVE_AS_XLSX}")
        if "EncryptionInfo" in names or (
            "META-INF/manifest.xml" in names and _ods_encrypted(archive)
        ):
            raise RejectedFile(
                f"{name} is protected with a password (encrypted), so it cannot be read. "
                "Remove the password and save it again."
            )
        _check_no_doctype(name, archive, infos)
        if "xl/workbook.xml" in names:
            warnings = []
            if "xl/vbaProject.bin" in names:
                warnings.append("The workbook contains macros; they were not run.")
            if any(n.startswith("xl/externalLinks/") for n in names):
                warnings.append("Links to other workbooks were ignored.")
            return "xlsx", warnings
        if "mimetype" in names and archive.read("mimetype").strip() == ODS_MIME:
            if "content.xml" not in names:
                raise RejectedFile(f"{name} is damaged: its sheet data is missing.")
            return "ods", []
        if "word/document.xml" in names or "ppt/presentation.xml" in names:
            raise RejectedFile(f"{name} is a Word or PowerPoint document, not a spreadsheet.")
        raise RejectedFile(f"{name} is a zip archive, not a spreadsheet.")


def _check_zip_sizes(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > limits.MAX_ZIP_MEMBERS:
        raise RejectedFile(f"{name} has too many parts ({len(infos)}) to be a normal workbook.")
    total = sum(i.file_size for i in infos)
    if total > limits.MAX_UNCOMPRESSED_BYTES:
        raise RejectedFile(
            f"{name} would expand to {total / 1e6:.0f} MB when opened, over the limit of "
            f"{limits.MAX_UNCOMPRESSED_BYTES / 1e6:.0f} MB; it is refused as a possible zip bomb."
        )
    for info in infos:
        big = info.file_size > 10 * 1024 * 1024
        if big and info.file_size > limits.MAX_MEMBER_RATIO * max(info.compress_size, 1):
            raise RejectedFile(
                f"{name} contains a part compressed {info.file_size // max(info.compress_size, 1)}"
                " times, far beyond any real workbook; it is refused as a possible zip bomb."
            )


def _check_no_doctype(name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Workbook XML never declares a DTD; one that does is an entity-expansion attack."""
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        try:
            with archive.open(info) as fh:
                start = fh.read(64 * 1024)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError):
            raise RejectedFile(
                f"{name} is damaged or incomplete (part {info.filename} cannot be read)."
            ) from None
        if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
            raise RejectedFile(
                f"{name} contains XML entity declarations, which workbooks never need; "
                "it is refused as unsafe."
            )


def _ods_encrypted(archive: zipfile.ZipFile) -> bool:
    with archive.open("META-INF/manifest.xml") as fh:
        return b"encryption-data" in fh.read(256 * 1024)


def _check_text(path: Path, head: bytes) -> None:
    name = path.name
    if b"\x00" in head:
        raise RejectedFile(
            f"{name} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv)."
        )
    if head.lstrip().startswith((b"%PDF", b"<", b"{")):
        raise RejectedFile(f"{name} is not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).")
    try:
        with path.open(encoding="utf-8-sig") as fh:
            while fh.read(1 << 20):
                pass
    except UnicodeDecodeError:
        raise RejectedFile(
            f"{name} is not UTF-8 text. Save it as 'CSV UTF-8 (Comma delimited)' and try again."
        ) from None
