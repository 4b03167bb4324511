"""The .unccd file type and the app's entry agree across Linux, macOS and Windows files."""

from __future__ import annotations

import configparser
import plistlib
import re
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from unccd_desktop import APP_ID
from unccd_desktop.cli import build_parser

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
DESKTOP = INSTALLER / "linux" / "unccd-desktop.desktop"
MIME_XML = INSTALLER / "linux" / "unccd-desktop-mime.xml"
INFO_PLIST = INSTALLER / "macos" / "Info.plist"
ISS = INSTALLER / "windows" / "unccd-desktop.iss"
MIME_TYPE = "application/x-unccd-partnerships"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_matches_the_app() -> None:
    entry = desktop_entry()
    # Qt reports APP_ID as the desktop file name (Wayland app id), so the file must carry it.
    assert DESKTOP.stem == APP_ID
    assert entry["StartupWMClass"] == APP_ID
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert entry["Terminal"] == "false"


@pytest.mark.parametrize("opened", ["/home/officer/My partnerships.unccd", None])
def test_desktop_exec_line_is_understood_by_the_cli(opened: str | None) -> None:
    """%f becomes the file's path, or nothing when started from the menu."""
    words = shlex.split(desktop_entry()["Exec"])
    assert words[0] == APP_ID
    args = build_parser().parse_args([w.replace("%f", opened or "") for w in words[1:]])
    assert args.command is None  # the window, not a subcommand
    assert args.db == (opened or "")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""  # no warnings either


def test_mime_type_claims_unccd_files_as_sqlite() -> None:
    root = ET.parse(MIME_XML).getroot()
    (mime,) = root.findall("m:mime-type", NS)
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", NS)] == ["*.unccd"]
    assert mime.find("m:sub-class-of", NS).get("type") == "application/vnd.sqlite3"
    assert mime.find("m:icon", NS).get("name") == APP_ID


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info")
def test_shared_mime_database_accepts_the_type(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages / f"{APP_ID}.xml")
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.unccd" in globs


def test_info_plist_declares_the_document_type() -> None:
    with INFO_PLIST.open("rb") as fh:
        info = plistlib.load(fh)
    (exported,) = info["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["unccd"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"
    # PyInstaller copies the bundle icon under its own file name into Contents/Resources.
    assert document["CFBundleTypeIconFile"] == f"{APP_ID}.icns"


def test_windows_association_opens_the_file_with_db() -> None:
    iss = ISS.read_text(encoding="utf-8-sig")
    command = re.search(r'shell\\open\\command".*ValueData: "(.*)"$', iss, re.MULTILINE)
    assert command is not None
    assert command.group(1) == '""{app}\\{#AppExe}"" --db ""%1""'
    assert re.search(r'Subkey: "Software\\Classes\\\.unccd"', iss)
    # Non-ASCII messages: Inno Setup reads a script as UTF-8 only when it starts with a BOM.
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")


def test_windows_uninstaller_offers_to_delete_the_folder_the_app_uses(monkeypatch) -> None:
    """The folder named in the .iss is where platformdirs puts data and settings on Windows."""
    from platformdirs import windows

    local = "C:\\Users\\officer\\AppData\\Local"
    monkeypatch.setattr(windows, "get_win_folder", lambda _csidl: local)
    dirs = windows.Windows(APP_ID, appauthor=False)
    # Run here, os.path joins with "/"; on Windows it is "\\".
    for folder in (dirs.user_data_dir, dirs.user_config_dir):
        assert folder.replace("/", "\\") == f"{local}\\{APP_ID}"
    iss = ISS.read_text(encoding="utf-8-sig")
    assert f"ExpandConstant('{{localappdata}}\\{APP_ID}')" in iss
    assert "MB_DEFBUTTON2" in iss  # "No, keep my data" is the default answer
