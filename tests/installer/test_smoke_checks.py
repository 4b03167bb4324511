"""The smoke test's system-library check, on small stand-in bundles made of system programs."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from installer import bundle_contents, smoke_test

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("readelf") is None,
    reason="needs Linux and readelf (binutils)",
)


def bundle(tmp_path: Path, *programs: str) -> Path:
    dist = tmp_path / "dist"
    dist.mkdir()
    for name in programs:
        shutil.copy(shutil.which(name), dist / name)
    return dist


def test_table_lists_glibc_and_the_graphics_libraries() -> None:
    table = bundle_contents.system_libraries()
    assert table["libc.so.6"] == "libc6"
    assert table["libGL.so.1"] == "libgl1"
    assert table["libEGL.so.1"] == "libegl1"
    assert table["libxcb.so.1"] == "libxcb1"


def test_a_library_outside_the_table_fails_and_names_its_package(tmp_path: Path) -> None:
    # ls links libselinux, which the app bundle carries itself and the table does not list.
    dist = bundle(tmp_path, "ls")
    expected = r"libselinux\.so\.1 \(Debian package libselinux1\)"
    with pytest.raises(smoke_test.SmokeFailure, match=expected):
        smoke_test.check_libraries(dist)


def test_a_bundle_needing_only_listed_libraries_passes(tmp_path: Path) -> None:
    dist = bundle(tmp_path, "true")  # the C library alone
    notes = smoke_test.check_libraries(dist)  # raises SmokeFailure on a problem
    # Notes only name listed libraries this machine lacks (e.g. the Wayland ones).
    assert all(note.split()[0] in bundle_contents.system_libraries() for note in notes)


def test_a_bundled_library_that_went_missing_fails(tmp_path: Path) -> None:
    """The case of pruning a library from the bundle that something still needs."""
    dist = bundle(tmp_path, "ls")
    assert smoke_test.not_found(dist / "ls") == set()  # found on this system ...
    copy = dist / "ls"
    data = copy.read_bytes().replace(b"libselinux.so.1\x00", b"libselinuX.so.1\x00")
    copy.write_bytes(data)  # ... and now a soname no system has
    with pytest.raises(smoke_test.SmokeFailure, match=r"libselinuX\.so\.1 is needed but neither"):
        smoke_test.check_libraries(dist)
