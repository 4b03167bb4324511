"""Every command that takes --db says in one sentence why it cannot reach or open the database.

Each command runs in a real subprocess against a server that cannot be reached, a missing
file, a folder, a file that is not a database, an empty file and an address that is not valid:
it must exit non-zero with one line on stderr, no traceback, naming the database.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from unccd_desktop.errors import DatabaseError
from unccd_desktop.services import Actor, open_services
from unccd_desktop.storage import database

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/x"
PREFIX = "unccd-desktop: error: "


def commands(folder: Path) -> dict[str, list[str]]:
    """Every command taking --db (without it), by name; files they write go in ``folder``."""
    return {
        "db init": ["db", "init"],
        "db upgrade": ["db", "upgrade"],
        "db backup": ["db", "backup", "--out", str(folder / "copy.unccd")],
        "db check": ["db", "check"],
        "db restore": ["db", "restore"],
        "export json": ["export", "json", "--out", str(folder / "out.json")],
        "export donor-report": ["export", "donor-report", "--out", str(folder / "d.xlsx")],
        "export partner-update": [
            *("export", "partner-update", "--partner", "UNDP", "--out", str(folder / "p.xlsx"))
        ],
        "import FILE": ["import", str(folder / "update.xlsx")],
        "import FILE --apply": ["import", str(folder / "update.xlsx"), "--apply"],
        "import history": ["import", "history"],
        "import revert": ["import", "revert", "1"],
    }


COMMANDS = list(commands(Path()))
# A missing or empty file is where `db init` makes a new database.
NEW_DATABASE_PLACES = {"a missing file", "an empty file"}


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """A folder with a workbook for the import commands, and one target of each kind."""
    folder = tmp_path_factory.mktemp("unreachable")
    (folder / "update.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (folder / "a folder.unccd").mkdir()
    (folder / "notes.unccd").write_text("Minutes of the meeting with the partners.\n" * 40)
    (folder / "empty.unccd").touch()
    yield (
        folder,
        {
            "an unreachable server": UNREACHABLE,
            "a missing file": str(folder / "missing" / "partnerships.unccd"),
            "a folder": str(folder / "a folder.unccd"),
            "a file that is not a database": str(folder / "notes.unccd"),
            "an empty file": str(folder / "empty.unccd"),
            "an address that is not valid": "postgresql://nobody@127.0.0.1:port/x",
        },
    )


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "unccd_desktop", *args], capture_output=True, text=True, timeout=120
    )


def problems_of(result: subprocess.CompletedProcess[str], target: str) -> list[str]:
    """What is wrong with how a command reported a database it could not use."""
    lines = result.stderr.strip().splitlines()
    found = []
    if result.returncode == 0:
        found.append("exit code 0")
    if "Traceback" in result.stderr:
        found.append("a traceback")
    if len(lines) != 1:
        found.append(f"{len(lines)} lines on stderr")
    elif not (lines[0].startswith(PREFIX) and lines[0].endswith(".")):
        found.append("not one sentence")
    # The file (or its backups folder, for db restore), or the server.
    names = ("127.0.0.1", "PostgreSQL") if "://" in target else (Path(target).stem,)
    if not any(name in result.stderr for name in names):
        found.append("the database is not named")
    return found


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_says_in_one_sentence_why_the_database_cannot_be_used(
    command: str, places: tuple[Path, dict[str, str]]
) -> None:
    folder, targets = places
    args = commands(folder)[command]
    cases = {
        kind: target
        for kind, target in targets.items()
        if not (command == "db init" and kind in NEW_DATABASE_PLACES)
    }
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(
            zip(cases, pool.map(lambda t: run([*args, "--db", t]), cases.values()), strict=True)
        )
    report = {
        kind: (problems, results[kind].stderr.strip())
        for kind, target in cases.items()
        if (problems := problems_of(results[kind], target))
    }
    assert not report, report
    assert not (folder / "missing").exists()


def test_a_server_that_never_answers_is_given_up_after_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database, "CONNECT_TIMEOUT_S", 2)
    with socket.socket() as silent:  # accepts connections (the kernel does) and says nothing
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"postgresql://nobody@127.0.0.1:{silent.getsockname()[1]}/x"
        started = time.monotonic()
        with pytest.raises(DatabaseError, match=r"cannot be used: .*timeout"):
            open_services(url, actor=Actor("tester", "test"))
    assert time.monotonic() - started < 30


@pytest.mark.postgres
@pytest.mark.parametrize("command", ["db check", "db upgrade", "db init", "export json"])
def test_a_server_that_refuses_the_database_or_the_user(
    command: str, postgres_url: str, tmp_path: Path
) -> None:
    server = postgres_url.rsplit("/", 1)[0]  # postgresql+psycopg2://postgres@127.0.0.1:PORT
    no_role = server.replace("://postgres@", "://no_such_role@") + "/postgres"
    args = commands(tmp_path)[command]
    for target, reason in ((f"{server}/no_such_database", "does not exist"), (no_role, "role")):
        result = run([*args, "--db", target])
        assert problems_of(result, target) == [], result.stderr
        assert "cannot be used" in result.stderr and reason in result.stderr
