"""The Linux bundle's contents come from its lists, not from what the build machine has.

`select` runs on tables of contents as PyInstaller makes them, built here from real ELF files
(system programs and libraries, PySide6's own plugins and Qt libraries); `check_bundle` on
small stand-in folders. `make installer` runs both on the real build.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import PySide6
import pytest

from installer import bundle_contents
from installer.bundle_contents import Entry, Lists, check_bundle, needed, select
from installer.smoke_test import resolved_path

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("readelf") is None,
    reason="needs Linux and readelf (binutils)",
)

QT = Path(PySide6.__file__).resolve().parent / "Qt"
# GTK 3 and the libraries it brings (the ones the smoke test once found missing).
GTK_FAMILY = re.compile(r"lib(gtk|gdk|atk|cairo|pango|harfbuzz|fribidi|gdk_pixbuf|epoxy)[-_.]")


def system_library(soname: str) -> str:
    where = resolved_path(soname)
    if where is None:
        pytest.skip(f"{soname} is not installed here")
    return str(where)


@pytest.fixture
def program(tmp_path: Path) -> str:
    """A stand-in Python extension: `ls`, which links libselinux (and it, libpcre2-8)."""
    copy = tmp_path / "ls"
    shutil.copy(shutil.which("ls"), copy)
    return str(copy)


def machine_entries(program: str) -> list[Entry]:
    """What PyInstaller collects on any build machine for the stand-in program."""
    return [
        ("python3.11/lib-dynload/_listing.cpython-311-x86_64-linux-gnu.so", program, "EXTENSION"),
        ("libselinux.so.1", system_library("libselinux.so.1"), "BINARY"),
        ("libpcre2-8.so.0", system_library("libpcre2-8.so.0"), "BINARY"),
    ]


def gtk_entries() -> list[Entry]:
    """What PyInstaller adds when the build machine has GTK 3: the GTK theme plugin, GTK and
    the libraries it links, a symlink to one of them."""
    plugin = QT / "plugins" / "platformthemes" / "libqgtk3.so"
    cairo = system_library("libcairo.so.2")
    return [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", str(plugin), "BINARY"),
        ("libgtk-3.so.0", cairo, "BINARY"),  # any real library stands for GTK's own
        ("libcairo.so.2", cairo, "BINARY"),
        ("libcairo-link.so", "libcairo.so.2", "SYMLINK"),
    ]


def small_lists(**bundled: str) -> Lists:
    return Lists(frozenset(), bundled, bundle_contents.system_libraries())


def test_gtk_on_the_build_machine_changes_nothing_in_the_bundle(program: str) -> None:
    lists = small_lists(**{"libselinux.so.1": "libselinux1", "libpcre2-8.so.0": "libpcre2-8-0"})
    without_gtk = select(machine_entries(program), lists)
    with_gtk = select(machine_entries(program) + gtk_entries(), lists)
    assert with_gtk == without_gtk
    kept, problems = with_gtk
    assert problems == []
    assert [destination for destination, _source, _typecode in kept] == [
        "python3.11/lib-dynload/_listing.cpython-311-x86_64-linux-gnu.so",
        "libselinux.so.1",
        "libpcre2-8.so.0",
    ]


def test_a_kept_file_linking_an_unlisted_library_stops_the_build(program: str) -> None:
    kept, problems = select(machine_entries(program), small_lists(**{"libselinux.so.1": "x"}))
    assert "libpcre2-8.so.0" not in {destination for destination, _s, _t in kept}
    assert len(problems) == 1
    assert re.fullmatch(
        r"libselinux\.so\.1 links libpcre2-8\.so\.0 \(this machine has it at \S+\), which is"
        r" neither in bundled-libraries\.tsv nor in system-libraries\.tsv",
        problems[0],
    )


def test_a_listed_library_this_machine_lacks_stops_the_build_only_when_linked(
    program: str,
) -> None:
    lists = small_lists(
        **{"libselinux.so.1": "libselinux1", "libpcre2-8.so.0": "y", "libmpdec.so.3": "libmpdec3"}
    )
    entries = [e for e in machine_entries(program) if e[0] != "libselinux.so.1"]
    _kept, problems = select(entries, lists)
    assert problems == [  # nothing links libmpdec here: no problem that it is missing
        "python3.11/lib-dynload/_listing.cpython-311-x86_64-linux-gnu.so links libselinux.so.1,"
        " which bundled-libraries.tsv lists but this machine lacks: apt-get install libselinux1"
    ]


def test_a_listed_plugin_not_collected_stops_the_build(program: str) -> None:
    lists = small_lists(**{"libselinux.so.1": "x", "libpcre2-8.so.0": "y"})
    lists = lists._replace(plugins=frozenset({"platforms/libqxcb.so"}))
    _kept, problems = select(machine_entries(program), lists)
    assert problems == [
        "Qt plugin platforms/libqxcb.so (listed in qt-plugins.tsv) was not collected: is it in"
        " this PySide6, and does the app import its Qt module?"
    ]


def test_qt_libraries_only_dropped_plugins_link_stay_out() -> None:
    def qt_library(name: str) -> Entry:
        return (f"PySide6/Qt/lib/{name}", str(QT / "lib" / name), "BINARY")

    plugin = QT / "plugins" / "imageformats" / "libqico.so"
    eglfs = QT / "plugins" / "platforms" / "libqeglfs.so"
    entries = [
        ("PySide6/Qt/plugins/imageformats/libqico.so", str(plugin), "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", str(eglfs), "BINARY"),
        qt_library("libQt6Gui.so.6"),
        qt_library("libQt6Core.so.6"),
        qt_library("libQt6EglFSDeviceIntegration.so.6"),
        ("libQt6EglFSDeviceIntegration.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    assert "libQt6EglFSDeviceIntegration.so.6" in needed(eglfs)  # what only eglfs needs
    lists = Lists(frozenset({"imageformats/libqico.so"}), {}, {})
    kept, _problems = select(entries, lists)
    assert [destination for destination, _source, _typecode in kept] == [
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6EglFSDeviceIntegration.so.6",  # a symlink to a kept library stays
    ]


def test_the_listed_plugins_are_pyside6_s_and_none_links_gtk() -> None:
    lists = Lists.load()
    for plugin in sorted(lists.plugins):
        path = QT / "plugins" / plugin
        assert path.is_file(), f"{plugin} is not in PySide6 {PySide6.__version__}"
        assert not {name for name in needed(path) if GTK_FAMILY.match(name)}, plugin
    assert "platformthemes/libqgtk3.so" not in lists.plugins


def test_the_library_lists_hold_no_gtk_and_do_not_overlap() -> None:
    lists = Lists.load()
    assert not [name for name in lists.bundled | lists.system if GTK_FAMILY.match(name)]
    assert not lists.bundled.keys() & lists.system.keys()
    assert {"libfontconfig.so.1", "libxkbcommon.so.0", "libsqlite3.so.0"} <= lists.bundled.keys()


def stand_in_bundle(tmp_path: Path, lists: Lists) -> Path:
    """A built folder holding the listed plugins and libraries (copies of a small program)."""
    dist = tmp_path / "dist"
    internal = dist / "_internal"
    for relative in [f"PySide6/Qt/plugins/{p}" for p in lists.plugins] + [*lists.bundled]:
        (internal / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(shutil.which("true"), internal / relative)
    (internal / "libpython3.11.so.1.0").write_bytes(
        (internal / next(iter(lists.bundled))).read_bytes()
    )
    (internal / "libQt6Core.so.6").symlink_to(internal / next(iter(lists.bundled)))
    return dist


def test_a_built_folder_matching_its_lists_passes_and_an_extra_file_or_plugin_fails(
    tmp_path: Path,
) -> None:
    lists = Lists(
        frozenset({"platforms/libqxcb.so", "imageformats/libqsvg.so"}),
        {"libfontconfig.so.1": "libfontconfig1", "libz.so.1": "zlib1g"},
        {},
    )
    dist = stand_in_bundle(tmp_path, lists)
    assert check_bundle(dist, lists) == []

    internal = dist / "_internal"
    shutil.copy(internal / "libz.so.1", internal / "libgtk-3.so.0")
    gtk_theme = internal / "PySide6/Qt/plugins/platformthemes/libqgtk3.so"
    gtk_theme.parent.mkdir()
    shutil.copy(internal / "libz.so.1", gtk_theme)
    (internal / "PySide6/Qt/plugins/imageformats/libqsvg.so").unlink()
    (internal / "libfontconfig.so.1").unlink()  # (what needs it fails the system-library check)
    assert check_bundle(dist, lists) == [
        "Qt plugin platformthemes/libqgtk3.so is in the bundle but not in qt-plugins.tsv",
        "Qt plugin imageformats/libqsvg.so of qt-plugins.tsv is missing from the bundle",
        "libgtk-3.so.0 is in the bundle but not in bundled-libraries.tsv",
    ]
