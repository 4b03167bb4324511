"""Smoke test of the built application folder (dist/unccd-desktop), run headless.

1. `unccd-desktop --version` prints the version of the source tree.
2. `db init --demo` and `export json` in a temporary folder: the export holds every demo partner.
   The build holds the compiled translation of every resources/i18n/*.ts, and the user guide
   (docs/user-guide*.md) with its pictures.
3. The main window opens on that database and quits by itself (UNCCD_QUIT_AFTER_MS), on Qt's
   offscreen platform and, when xvfb-run is installed, on X11 (xcb) under a virtual display.
4. Linux: every system library the bundle links to is listed in
   installer/linux/system-libraries.tsv with its Debian package, and none of the bundle's own
   libraries is missing (`ldd` reports no "not found" beyond the listed system libraries).
5. Linux: the bundle holds exactly the Qt plugins of installer/linux/qt-plugins.tsv and, from
   the build machine, the libraries of installer/linux/bundled-libraries.tsv (bundle_contents).

Standard library only; user data, settings and logs go to the temporary folder.

    .venv/bin/python installer/smoke_test.py [--dist dist/unccd-desktop]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # when run as a script: the installer package beside it
from installer import bundle_contents  # noqa: E402
from installer.bundle_contents import is_elf, needed  # noqa: E402

LIBRARY_TABLE = bundle_contents.SYSTEM_TABLE
GUI_TIMEOUT_S = 120
QUIT_AFTER_MS = 1500


class SmokeFailure(Exception):
    """A check of the built application failed."""


def source_version() -> str:
    text = (ROOT / "unccd_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SmokeFailure("no __version__ in unccd_desktop/__init__.py")
    return match.group(1)


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for the app: its own home and data folders, no display unless given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_", "UNCCD_"))}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["HOME"] = str(home)
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        env[var] = str(home / sub)
    env.update({"XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")})
    # Windows: platformdirs (4.14 here) takes these before asking the system; macOS follows HOME.
    env["WIN_PD_OVERRIDE_LOCAL_APPDATA"] = str(home / "AppData" / "Local")
    env["WIN_PD_OVERRIDE_APPDATA"] = str(home / "AppData" / "Roaming")
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> str:
    """Run a command; its standard output, or SmokeFailure with everything it printed."""
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{' '.join(cmd)} did not finish within {timeout} s") from exc
    if done.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(cmd)} exited with {done.returncode}\n"
            f"--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
        )
    if "Traceback (most recent call last)" in done.stderr:
        raise SmokeFailure(f"{' '.join(cmd)} printed a traceback:\n{done.stderr}")
    return done.stdout


def check_version(exe: Path, env: dict[str, str]) -> str:
    out = run([str(exe), "--version"], env).strip()
    expected = source_version()
    if not out.endswith(expected):
        raise SmokeFailure(f"--version printed {out!r}, expected version {expected}")
    return out


def check_demo_export(exe: Path, env: dict[str, str], work: Path) -> tuple[Path, int]:
    """Create the demo database and export it; the export must hold every demo partner."""
    db = work / "demo.unccd"
    out = work / "export.json"
    run([str(exe), "db", "init", "--demo", "--db", str(db)], env)
    run([str(exe), "export", "json", "--db", str(db), "--out", str(out)], env)
    exported = json.loads(out.read_text(encoding="utf-8"))
    demo = json.loads((ROOT / "resources" / "demo" / "demo-data.json").read_text("utf-8"))
    wanted = {p["name"] for p in demo["partners"]}
    got = {p["name"] for p in exported["partners"]}
    if wanted - got:
        raise SmokeFailure(f"the export lacks demo partners: {sorted(wanted - got)}")
    for kind in ("agreements", "initiatives", "projects", "deliverables"):
        if not exported[kind]:
            raise SmokeFailure(f"the export of the demo database has no {kind}")
    return db, len(got)


def bundled_resources(dist: Path) -> Path:
    """resources/ inside the build: _internal/ in the folder, Resources/ in a macOS bundle."""
    for root in (dist / "_internal", dist.parent / "Resources", dist.parent / "Frameworks"):
        if (root / "resources").is_dir():
            return root / "resources"
    raise SmokeFailure(f"no resources/ folder in {dist}")


def check_translations(dist: Path) -> list[str]:
    """Every interface translation of the source tree is in the build, compiled."""
    i18n = bundled_resources(dist) / "i18n"
    languages = [ts.stem for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts"))]
    missing = [name for name in languages if not (i18n / f"{name}.qm").is_file()]
    if missing:
        raise SmokeFailure(f"the build lacks the compiled translations {missing}")
    return languages


PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)|<img[^>]*\ssrc=\"([^\"]+)\"")


def check_user_guide(dist: Path) -> int:
    """The build holds the user guide and every picture its guides show; how many files.

    Judged by the guides inside the build, so a guide added to the source tree after the
    build does not count against it.
    """
    docs = bundled_resources(dist).parent / "docs"
    if (ROOT / "docs" / "user-guide.md").is_file() and not (docs / "user-guide.md").is_file():
        raise SmokeFailure("the build lacks docs/user-guide.md")
    files = set()
    for guide in sorted(docs.glob("user-guide*.md")):
        files.add(guide.name)
        for match in PICTURE.finditer(guide.read_text(encoding="utf-8")):
            relative = match.group(1) or match.group(2)
            # The spec warns about pictures missing from the source tree; not the build's fault.
            if (ROOT / "docs" / relative).is_file():
                if not (docs / relative).is_file():
                    raise SmokeFailure(f"the build lacks docs/{relative}, which {guide.name} shows")
                files.add(relative)
    return len(files)


def check_window(exe: Path, env: dict[str, str], db: Path, platform: str) -> float:
    """Open the main window on `db` and let it quit itself; seconds until it did.

    The app starts its quit timer only once the main window is shown, so an exit status of 0
    within the time limit means the window opened; an error dialog would wait for a click
    and end in a time-out.
    """
    cmd = [str(exe), "--db", str(db)]
    gui_env = dict(env, UNCCD_QUIT_AFTER_MS=str(QUIT_AFTER_MS))
    if platform == "xcb":
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *cmd]
        gui_env["QT_QPA_PLATFORM"] = "xcb"
    else:
        gui_env["QT_QPA_PLATFORM"] = platform
    started = time.monotonic()
    run(cmd, gui_env, timeout=GUI_TIMEOUT_S)
    return time.monotonic() - started


# --- Linux: system libraries ------------------------------------------------------------------


def bundle_elves(dist: Path) -> list[Path]:
    return sorted(p for p in dist.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def not_found(path: Path) -> set[str]:
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
    return set(re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE))


@functools.cache
def loader_cache() -> dict[str, Path]:
    """soname -> path, as the dynamic loader's cache (`ldconfig -p`) knows them."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found: dict[str, Path] = {}
    for line in out.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 3 and parts[-2] == "=>":
            found.setdefault(parts[0], Path(parts[-1]))
    return found


def resolved_path(soname: str) -> Path | None:
    """Where the dynamic loader finds a system library here, if anywhere."""
    return loader_cache().get(soname)


@functools.cache
def debian_package(path: Path) -> str | None:
    """The Debian package owning a file (tries the /usr-merged spellings of its path)."""
    if shutil.which("dpkg-query") is None:
        return None
    real = path.resolve()
    candidates = {str(path), str(real)}
    for p in list(candidates):
        candidates.add(p.removeprefix("/usr") if p.startswith("/usr/") else "/usr" + p)
    for candidate in sorted(candidates):
        done = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].strip()
    return None


def check_libraries(dist: Path) -> list[str]:
    """Compare the bundle's outside libraries with the table; notes on what is not installed."""
    elves = bundle_elves(dist)
    inside = {p.name for p in dist.rglob("*") if p.is_file()}
    outside = set().union(*(needed(p) for p in elves)) - inside
    table = bundle_contents.system_libraries()
    problems = []
    for soname in sorted(outside - table.keys()):
        where = resolved_path(soname)
        package = debian_package(where) if where else None
        problems.append(
            f"{soname} (Debian package {package or 'unknown'}) is needed by the bundle but"
            f" missing from {LIBRARY_TABLE.relative_to(ROOT)}"
        )
    notes = []
    for soname, package in sorted(table.items()):
        where = resolved_path(soname)
        if where is None:
            notes.append(f"{soname} is not installed here (apt-get install {package})")
            continue
        owner = debian_package(where)
        if owner is not None and owner.split(":")[0] != package:
            problems.append(f"{soname} comes from {owner} here, but the table says {package}")
    missing_inside = set().union(*(not_found(p) for p in elves)) - table.keys()
    problems.extend(
        f"{soname} is needed but neither bundled nor a listed system library"
        for soname in sorted(missing_inside)
    )
    if problems:
        raise SmokeFailure("\n".join(problems))
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "unccd-desktop")
    args = parser.parse_args(argv)
    exe = args.dist / ("unccd-desktop.exe" if sys.platform == "win32" else "unccd-desktop")
    # On Windows the window program has no console; the CLI is its console twin.
    cli = args.dist / "unccd-desktop-cli.exe" if sys.platform == "win32" else exe
    for path in {exe, cli}:
        if not path.is_file():
            print(f"smoke test: {path} does not exist; build it first (make installer)")
            return 1
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="unccd-smoke-") as tmp:
            work = Path(tmp)
            env = isolated_env(work / "home")
            print(f"ok  --version: {check_version(cli, env)}")
            db, partners = check_demo_export(cli, env, work)
            print(f"ok  db init --demo, export json: {partners} demo partners in the export")
            languages = check_translations(args.dist)
            print(f"ok  translations: {len(languages)} compiled catalogues in the build")
            files = check_user_guide(args.dist)
            print(f"ok  user guide: {files} files (guides and the pictures they show) in the build")
            if sys.platform.startswith("linux"):
                for note in check_libraries(args.dist):
                    print(f"note {note}")
                print(f"ok  system libraries: all listed in {LIBRARY_TABLE.name}")
                differences = bundle_contents.check_bundle(args.dist)
                if differences:
                    raise SmokeFailure("\n".join(differences))
                print(
                    f"ok  bundle contents: as {bundle_contents.QT_PLUGIN_TABLE.name} and"
                    f" {bundle_contents.BUNDLED_TABLE.name} list them"
                )
            platforms = ["offscreen"]
            if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
                platforms.append("xcb")
            for platform in platforms:
                seconds = check_window(exe, env, db, platform)
                print(f"ok  main window on {platform}: opened and quit in {seconds:.1f} s")
    except SmokeFailure as exc:
        print(f"FAILED smoke test: {exc}")
        return 1
    print(f"smoke test passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
