"""What the Linux bundle holds, chosen by two lists rather than by what the build machine has.

PyInstaller's Qt hooks add every plugin of a kind, and with each plugin every library it links
that the build machine happens to have: with GTK 3 installed (as it is once LibreOffice or a
desktop is), the GTK theme plugin brings libgtk-3 and its dozens of libraries. So the bundle
takes only

- the Qt plugins of `installer/linux/qt-plugins.tsv`, and
- from the build machine (libraries outside the Python packages), only those of
  `installer/linux/bundled-libraries.tsv`;

everything else the kept files link must be a system library of
`installer/linux/system-libraries.tsv`. The spec (`select`) refuses to build otherwise, and the
smoke test (`check_bundle`) compares the built folder with both lists.

Standard library only (the spec and the smoke test run it); Linux only (`readelf`, binutils).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

LINUX = Path(__file__).resolve().parent / "linux"
QT_PLUGIN_TABLE = LINUX / "qt-plugins.tsv"
BUNDLED_TABLE = LINUX / "bundled-libraries.tsv"
SYSTEM_TABLE = LINUX / "system-libraries.tsv"
QT_PLUGINS_DIR = "PySide6/Qt/plugins/"
QT_LIBRARIES_DIR = "PySide6/Qt/lib/"
# The interpreter's own library sits beside the others but is Python, not the machine's.
PYTHON_LIBRARY = re.compile(r"libpython3\.\d+\.so")

# An entry of PyInstaller's table of contents: (destination, source, type code).
Entry = tuple[str, str, str]


def read_table(path: Path) -> dict[str, str]:
    """First column -> second column of a tab-separated list (lines with # are comments)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, value, _why = line.split("\t")
            table[key] = value
    return table


class Lists(NamedTuple):
    """The three lists: Qt plugins taken, libraries taken from the build machine, and
    libraries left to the user's system (sonames -> Debian packages)."""

    plugins: frozenset[str]
    bundled: dict[str, str]
    system: dict[str, str]

    @classmethod
    def load(cls) -> Lists:
        return cls(
            frozenset(read_table(QT_PLUGIN_TABLE)),
            read_table(BUNDLED_TABLE),
            read_table(SYSTEM_TABLE),
        )


def system_libraries() -> dict[str, str]:
    """soname -> Debian package, for the libraries the bundle leaves to the user's system."""
    return read_table(SYSTEM_TABLE)


def qt_plugin(destination: str) -> str | None:
    """The plugin's path under Qt's plugins folder, if the destination is a Qt plugin."""
    if destination.startswith(QT_PLUGINS_DIR):
        return destination.removeprefix(QT_PLUGINS_DIR)
    return None


def from_build_machine(destination: str, typecode: str) -> bool:
    """A library PyInstaller copied from the system: at the bundle's top, not a symlink to a
    Python package's copy, and not Python's own library."""
    return (
        typecode == "BINARY"
        and "/" not in destination
        and not PYTHON_LIBRARY.match(destination)
        and ".so" in destination
    )


def needed(path: Path | str) -> set[str]:
    """The sonames an ELF file names as DT_NEEDED (readelf comes with binutils)."""
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def is_elf(path: Path | str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"\x7fELF"


def select(binaries: Iterable[Entry], lists: Lists | None = None) -> tuple[list[Entry], list[str]]:
    """The entries the bundle keeps, and the problems that must stop the build.

    Drops Qt plugins not in the plugin list, libraries from the build machine not in the
    bundled list, Qt libraries that no kept file links (those of the dropped plugins), and the
    symlinks to what was dropped. Problems: a listed plugin this build did not collect, and a
    kept file linking a library that is not kept (not listed, or listed but missing on this
    machine) and not a listed system library. A listed library that nothing links may be
    missing (say one that another build of Python or of PySide6 does not link).
    """
    lists = lists or Lists.load()
    entries = list(binaries)
    kept = [
        (destination, source, typecode)
        for destination, source, typecode in entries
        if qt_plugin(destination) in (None, *lists.plugins)
        and (destination in lists.bundled or not from_build_machine(destination, typecode))
    ]
    kept = _without_unlinked_qt_libraries(kept)
    targets = {destination for destination, _source, _typecode in kept}
    kept = [e for e in kept if e[2] != "SYMLINK" or e[1] in targets]

    found_plugins = {qt_plugin(e[0]) for e in kept}
    problems = [
        *(
            f"Qt plugin {name} (listed in {QT_PLUGIN_TABLE.name}) was not collected: is it in"
            " this PySide6, and does the app import its Qt module?"
            for name in sorted(lists.plugins - found_plugins)
        ),
        *_unresolved(kept, entries, lists),
    ]
    return kept, problems


def _is_qt_library(destination: str) -> bool:
    return destination.startswith(QT_LIBRARIES_DIR)


def _without_unlinked_qt_libraries(entries: list[Entry]) -> list[Entry]:
    """The entries less the Qt libraries that no other kept file links, directly or not."""
    qt_libraries = {
        Path(e[0]).name: e for e in entries if _is_qt_library(e[0]) and e[2] == "BINARY"
    }
    todo = [e[1] for e in entries if e[2] != "SYMLINK" and not _is_qt_library(e[0])]
    linked: set[str] = set()
    while todo:
        source = todo.pop()
        if not is_elf(source):
            continue
        for soname in needed(source) & qt_libraries.keys() - linked:
            linked.add(soname)
            todo.append(qt_libraries[soname][1])
    return [e for e in entries if not _is_qt_library(e[0]) or Path(e[0]).name in linked]


def _unresolved(kept: list[Entry], collected: list[Entry], lists: Lists) -> list[str]:
    """A kept file linking a library that is neither kept nor a listed system library."""
    names = {Path(destination).name for destination, _source, _typecode in kept}
    where = {Path(e[0]).name: e[1] for e in collected if e[2] == "BINARY"}
    problems = []
    for destination, source, typecode in kept:
        if typecode == "SYMLINK" or not is_elf(source):
            continue
        for soname in sorted(needed(source) - names - lists.system.keys()):
            if soname in lists.bundled:
                problems.append(
                    f"{destination} links {soname}, which {BUNDLED_TABLE.name} lists but this"
                    f" machine lacks: apt-get install {lists.bundled[soname]}"
                )
                continue
            origin = f" (this machine has it at {where[soname]})" if soname in where else ""
            problems.append(
                f"{destination} links {soname}{origin}, which is neither in"
                f" {BUNDLED_TABLE.name} nor in {SYSTEM_TABLE.name}"
            )
    return problems


def check_bundle(dist: Path, lists: Lists | None = None) -> list[str]:
    """Differences between a built folder and the lists (empty when it matches them): a Qt
    plugin not listed or missing, a library from the build machine not listed. (A listed
    library the bundle lacks fails the smoke test's system-library check if anything needs it.)
    """
    lists = lists or Lists.load()
    internal = dist / "_internal"
    plugins_dir = internal / QT_PLUGINS_DIR
    plugins = {
        str(p.relative_to(plugins_dir)) for p in plugins_dir.rglob("*") if p.is_file() and is_elf(p)
    }
    libraries = {
        p.name
        for p in internal.iterdir()
        if p.is_file() and not p.is_symlink() and is_elf(p) and not PYTHON_LIBRARY.match(p.name)
    }
    listed = lists.plugins
    return [
        *(
            f"Qt plugin {name} is in the bundle but not in {QT_PLUGIN_TABLE.name}"
            for name in sorted(plugins - listed)
        ),
        *(
            f"Qt plugin {name} of {QT_PLUGIN_TABLE.name} is missing from the bundle"
            for name in sorted(listed - plugins)
        ),
        *(
            f"{name} is in the bundle but not in {BUNDLED_TABLE.name}"
            for name in sorted(libraries - lists.bundled.keys())
        ),
    ]
