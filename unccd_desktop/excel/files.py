"""Recognising a received file and refusing the hostile or broken ones before parsing it.

What a file is comes from its content, not its name: a workbook named .csv is read as a
workbook, and a PDF, an image, a Word document or a web page is refused as what it is,
whatever its name. Text is read as CSV only when the name says so (.csv, .tsv, .txt); a text
file named .xlsx is refused rather than guessed at.
"""

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
ODF_MIME = b"application/vnd.oasis.opendocument."
TEXT_NAMES = (".csv", ".tsv", ".txt")  # text read as CSV
EXCEL_NAMES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb")
ODS_NAMES = (".ods", ".ots")
WORKBOOK_NAMES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".ods", ".ots", ".csv", ".tsv")
# Kinds of file told by their first bytes, with the name of the format where the sentence
# takes one.
IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
ARCHIVES = ((b"\x1f\x8b", "gzip"), (b"7z\xbc\xaf\x27\x1c", "7-Zip"), (b"Rar!\x1a\x07", "RAR"))
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
SPREADSHEET_2003 = b"urn:schemas-microsoft-com:office:spreadsheet"
SPREADSHEET_TYPES = (b"spreadsheetml", b"ms-excel")  # content types of a workbook's main part


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
    _check_binary(name, head)
    _check_text(path, head)
    return FileInfo(path, "csv", size, sha256_of(path), [])


def _ole2_refusal(path: Path) -> RejectedFile:
    """An Office 97–2003 compound file: an old workbook, a document, or an encrypted one.
    Its stream names are in its directory (the first sector of which is read as well, since
    a large file's may lie beyond the first megabytes)."""
    with path.open("rb") as fh:
        data = fh.read(4 * 1024 * 1024)
        if len(data) >= 0x34:
            sector = 1 << min(int.from_bytes(data[0x1E:0x20], "little"), 16)
            directory = int.from_bytes(data[0x30:0x34], "little")
            fh.seek((directory + 1) * sector)
            data += fh.read(sector)
    names = data.lower()  # stream names are UTF-16: lower() folds their ASCII letters

    def has(stream: str) -> bool:
        return stream.lower().encode("utf-16-le") in names

    if has("EncryptedPackage"):
        return RejectedFile(msg.ENCRYPTED_XLS, path.name)
    if has("WordDocument"):
        return RejectedFile(msg.IS_WORD, path.name)
    if has("PowerPoint Document"):
        return RejectedFile(msg.IS_POWERPOINT, path.name)
    if has("Book"):  # "Workbook" (Excel 97 on) or "Book" (Excel 5)
        return RejectedFile(msg.OLD_XLS, path.name)
    return RejectedFile(msg.OLD_OFFICE_FILE, path.name)


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
        lowered = {n.lower() for n in names}  # part names are case-insensitive in a package
        _check_zip_sizes(name, infos)
        if "xl/workbook.bin" in names:
            raise RejectedFile(msg.XLSB, name)
        if "EncryptionInfo" in names or (
            "META-INF/manifest.xml" in names and _ods_encrypted(name, archive)
        ):
            raise RejectedFile(msg.ENCRYPTED, name)
        _check_no_doctype(name, archive, infos)
        if "xl/workbook.xml" in lowered:
            warnings = []
            if "xl/vbaproject.bin" in lowered:
                warnings.append(Problem(msg.IGNORED_CONTENT, msg.MACROS))
            if any(n.startswith("xl/externallinks/") for n in lowered):
                warnings.append(Problem(msg.IGNORED_CONTENT, msg.EXTERNAL_LINKS))
            return "xlsx", warnings
        mime = _read_part(name, archive, "mimetype", 256).strip() if "mimetype" in names else b""
        if mime.startswith(ODS_MIME):  # also its template
            if "content.xml" not in names:
                raise RejectedFile(msg.NO_SHEET_DATA, name)
            return "ods", []
        if mime.startswith(ODF_MIME):
            raise RejectedFile(msg.IS_OPENDOCUMENT, name)
        if "word/document.xml" in lowered:
            raise RejectedFile(msg.IS_WORD, name)
        if "ppt/presentation.xml" in lowered:
            raise RejectedFile(msg.IS_POWERPOINT, name)
        if _declares_workbook(name, archive, names):
            raise RejectedFile(msg.UNUSUAL_WORKBOOK, name)
        inside = sorted(n for n in names if n.lower().endswith(WORKBOOK_NAMES))
        if inside:
            raise RejectedFile(msg.ZIP_HOLDING_WORKBOOK, name, inside[0].rpartition("/")[2])
        raise RejectedFile(msg.ZIP_WITHOUT_WORKBOOK, name)


def _declares_workbook(name: str, archive: zipfile.ZipFile, names: set[str]) -> bool:
    """Whether the package says it is a workbook though its parts are not where Excel puts
    them (a workbook part of another name, folders written with backslashes)."""
    types = next((n for n in names if n.lower() == "[content_types].xml"), None)
    if types is None:
        return False
    start = _read_part(name, archive, types, 256 * 1024)
    return any(kind in start for kind in SPREADSHEET_TYPES)


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


def _check_binary(name: str, head: bytes) -> None:
    """Refuse a file whose first bytes say what other kind of file it is."""
    if b"%PDF-" in head[:1024]:
        raise RejectedFile(msg.IS_PDF, name)
    for magic, kind in IMAGES:
        if head.startswith(magic):
            raise RejectedFile(msg.IS_IMAGE, name, kind)
    for magic, kind in ARCHIVES:
        if head.startswith(magic):
            raise RejectedFile(msg.IS_ARCHIVE, name, kind)
    if head.startswith(UTF16_BOMS):
        raise RejectedFile(msg.UTF16_TEXT, name)
    if b"\x00" in head:
        raise RejectedFile(msg.BINARY_NOT_READ, name)


def _check_text(path: Path, head: bytes) -> None:
    """Text is read as CSV when it is neither markup nor another text format, and its name
    says it is a table of text; otherwise it is refused as what it is."""
    name = path.name
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<"):
        if SPREADSHEET_2003 in head:
            raise RejectedFile(msg.IS_SPREADSHEET_2003, name)
        if start.startswith(b"<?xml") and b"<html" not in start:
            raise RejectedFile(msg.IS_XML, name)
        raise RejectedFile(msg.IS_HTML, name)
    if start.startswith(b"{\\rtf"):
        raise RejectedFile(msg.IS_RTF, name)
    if start.startswith(b"{"):
        raise RejectedFile(msg.IS_JSON, name)
    suffix = path.suffix.lower()
    if suffix in EXCEL_NAMES:
        raise RejectedFile(msg.TEXT_NAMED_EXCEL, name)
    if suffix in ODS_NAMES:
        raise RejectedFile(msg.TEXT_NAMED_ODS, name)
    if suffix not in TEXT_NAMES:
        raise RejectedFile(msg.TEXT_NOT_NAMED_CSV, name)
    try:
        with path.open(encoding="utf-8-sig") as fh:
            while fh.read(1 << 20):
                pass
    except UnicodeDecodeError:
        raise RejectedFile(msg.NOT_UTF8, name) from None
