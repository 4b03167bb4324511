"""The Linux archive and install.sh, with a stand-in for the built program (no PyInstaller)."""

from __future__ import annotations

import os
import posixpath
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from unccd_desktop import APP_ID

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packaging")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """make-tarball.sh run on a one-file 'application folder'; the unpacked archive."""
    app = tmp_path / "built"
    app.mkdir()
    program = app / APP_ID
    program.write_text('#!/bin/sh\necho "stand-in $*"\n')
    program.chmod(0o755)
    env = dict(os.environ, OUT_DIR=str(tmp_path / "out"))
    subprocess.run(
        ["bash", str(ROOT / "installer/linux/make-tarball.sh"), str(app)],
        check=True,
        env=env,
        capture_output=True,
    )
    (packed,) = (tmp_path / "out").glob(f"{APP_ID}-*-linux-*.tar.gz")
    with tarfile.open(packed) as tar:
        members = tar.getmembers()
    top_name = packed.name.removesuffix(".tar.gz")
    for member in members:  # what the officer unpacks stays in one folder
        assert member.name == top_name or member.name.startswith(f"{top_name}/"), member.name
        assert ".." not in Path(member.name).parts, member.name
        assert not (member.isdev() or member.islnk()), member.name
        if member.issym():
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(member.name), member.linkname)
            )
            assert target.startswith(f"{top_name}/"), f"{member.name} -> {member.linkname}"
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    # Unpacked the way installer/README.md tells officers to (tar -xzf), which works alike on
    # every Python (TarFile.extractall's filter argument needs Python 3.11.4 or newer).
    subprocess.run(["tar", "-C", str(unpacked), "-xzf", str(packed)], check=True)
    (top,) = unpacked.iterdir()
    assert top.name == top_name
    return top


def run_install(top: Path, home: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    done = subprocess.run(
        ["bash", str(top / "install.sh"), *args], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_install_for_the_user_then_uninstall_keeps_the_data(archive: Path, tmp_path: Path):
    home = tmp_path / "home of officer"  # a space, as the desktop entry must quote paths
    share = home / ".local" / "share"
    data = share / APP_ID / "partnerships.unccd"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"SQLite format 3\x00 the officer's records")

    run_install(archive, home)

    program = home / ".local" / "opt" / APP_ID / APP_ID
    launcher = home / ".local" / "bin" / APP_ID
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert subprocess.run([launcher, "--version"], capture_output=True, text=True).stdout == (
        "stand-in --version\n"
    )
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{program}" --db=%f' in text
    assert f"TryExec={program}\n" in text
    for size in (16, 48, 256, 512):
        assert (share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (share / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert (share / f"mime/packages/{APP_ID}.xml").is_file()
    if shutil.which("update-mime-database"):
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-unccd-partnerships:*.unccd" in globs
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)

    out = run_install(archive, home, "--uninstall")

    assert not program.exists() and not launcher.exists() and not entry.exists()
    assert not (share / f"icons/hicolor/48x48/apps/{APP_ID}.png").exists()
    assert not (share / f"mime/packages/{APP_ID}.xml").exists()
    assert data.read_bytes() == b"SQLite format 3\x00 the officer's records"
    assert "still in" in out


def test_reinstall_replaces_the_old_program_files(archive: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    run_install(archive, home)
    stale = home / ".local" / "opt" / APP_ID / "_internal" / "from-an-old-version.so"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    run_install(archive, home)
    assert not stale.exists()
    assert (home / ".local" / "opt" / APP_ID / APP_ID).is_file()
