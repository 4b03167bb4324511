"""`unccd-desktop sync`: two laptop files and a real PostgreSQL team server, driven through
the command line as an officer (or a script) would, in real processes.

Exit status: 0 synced, 1 conflicts wait, 2 the sync could not run (nothing changed).
"""

from __future__ import annotations

import json
import os
import pty
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.conftest import _fresh_postgres
from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.sync import clone

PREFIX = "unccd-desktop: error: "
SHARED = ("World Bank", "UNDP", "FAO")  # partners on the server before any laptop is cloned


def run(*args: str, given: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line; ``given`` is what it reads on its input."""
    return subprocess.run(
        [sys.executable, "-m", "unccd_desktop", *args],
        input=given,
        capture_output=True,
        text=True,
        timeout=180,
    )


def sync(laptop: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    """Run `sync --json` on a laptop: its exit status and the object it printed."""
    result = run("sync", "--db", str(laptop), "--json", *extra)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(PREFIX) and lines[0].endswith("."), stderr
    return lines[0]


def edit(target: str | Path, name: str, **changes: Any) -> None:
    """Change a partner the way the editor does (through the services)."""
    services = open_services(target, actor=Actor("officer", "test"))
    try:
        partner = services.partners.find_by_name(name)
        services.partners.update(partner["uuid"], partner["version"], changes)
    finally:
        services.close()


def delete(target: str | Path, name: str) -> None:
    services = open_services(target, actor=Actor("officer", "test"))
    try:
        partner = services.partners.find_by_name(name)
        services.partners.delete(partner["uuid"], partner["version"])
    finally:
        services.close()


def create(target: str | Path, name: str) -> None:
    services = open_services(target, actor=Actor("officer", "test"))
    try:
        services.partners.create({"name": name, "kind": "ngo"})
    finally:
        services.close()


def partners(target: str | Path) -> dict[str, tuple[str, str, str | None]]:
    """Every partner by UUID: name, notes, website (read straight from the tables)."""
    url = target if "://" in str(target) else f"sqlite:///{target}"
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT uuid, name, notes, website FROM partners"))
            return {uuid: (name, notes, website) for uuid, name, notes, website in rows}
    finally:
        engine.dispose()


def shown(url: str) -> str:
    """The address as the laptop remembers it and the commands print it."""
    return sa.make_url(url).render_as_string(hide_password=True)


def partner(target: str | Path, name: str) -> tuple[str, str, str | None]:
    (found,) = [values for values in partners(target).values() if values[0] == name]
    return found


def closed_port() -> int:
    """A port nobody listens on (the kernel's pick, released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def outbox(laptop: Path) -> int:
    with closing(sqlite3.connect(laptop)) as conn:
        return conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]


@pytest.fixture
def server(postgres_url: str) -> str:
    """A new team server, made by `db init`, holding a few partners."""
    url = _fresh_postgres(postgres_url)
    made = run("db", "init", "--db", url)
    assert made.returncode == 0, made.stderr
    for name in SHARED:
        create(url, name)
    return url


@pytest.fixture
def laptops(server: str, tmp_path: Path) -> tuple[Path, Path]:
    """Two laptops cloned from the server (by the engine: `sync clone` has its own test)."""
    made = (tmp_path / "a.unccd", tmp_path / "b.unccd")
    for laptop in made:
        clone(server, laptop, actor=Actor("officer", "test")).close()
    return made


ACTIONS = ["clone", "publish", "conflicts", "resolve", "status", "roles", "grant"]


@pytest.mark.parametrize("action", [None, *ACTIONS])
def test_help_of_each_action(action: str | None) -> None:
    words = ["sync"] if action is None else ["sync", action]
    result = run(*words, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: unccd-desktop {' '.join(words)} ")
    if action is None:
        assert all(name in result.stdout for name in ACTIONS)
        assert "[--json]" in result.stdout and "[ACTION ...]" in result.stdout


def test_resolve_wants_one_side() -> None:
    neither = run("sync", "resolve", "1", "--db", "laptop.unccd")
    both = run("sync", "resolve", "1", "--keep-ours", "--take-theirs", "--db", "laptop.unccd")
    assert neither.returncode == both.returncode == 2
    assert "--keep-ours --take-theirs is required" in neither.stderr
    assert "not allowed with" in both.stderr


def test_each_action_says_in_one_sentence_why_it_cannot_run(tmp_path: Path) -> None:
    """A missing laptop file, an unreachable server, an address that cannot be read (whose
    password is never repeated): exit 2, one sentence, no file left behind. (A password that
    cannot be kept is a warning before: see the next test.)"""
    missing = str(tmp_path / "missing" / "laptop.unccd")
    new = str(tmp_path / "new.unccd")
    nowhere = f"postgresql://officer@127.0.0.1:{closed_port()}/team"
    unreadable = "postgresql://officer:pw-secret@127.0.0.1:port/team"
    cases = {
        "sync": (["sync", "--db", missing], "no database file"),
        "status": (["sync", "status", "--db", missing], "no database file"),
        "conflicts": (["sync", "conflicts", "--db", missing], "no database file"),
        "resolve": (["sync", "resolve", "1", "--keep-ours", "--db", missing], "no database file"),
        "publish": (["sync", "publish", "--server", nowhere, "--db", missing], "no database"),
        "clone": (["sync", "clone", "--server", nowhere, "--db", new], "cannot be reached"),
        "clone a server": (
            ["sync", "clone", "--server", nowhere, "--db", nowhere],
            "database file",
        ),
        "roles": (["sync", "roles", "--server", nowhere], "cannot be used"),
        "grant": (["sync", "grant", "bob", "--as", "editor", "--server", nowhere], "cannot"),
        "sync elsewhere": (["sync", "--server", unreadable, "--db", missing], "not valid"),
        "clone unreadable": (["sync", "clone", "--server", unreadable, "--db", new], "not valid"),
        "grant unreadable": (
            ["sync", "grant", "bob", "--as", "editor", "--server", unreadable],
            "not valid",
        ),
    }
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(
            zip(cases, pool.map(lambda case: run(*case[0]), cases.values()), strict=True)
        )
    for case, (_, reason) in cases.items():
        result = results[case]
        assert result.returncode == 2, (case, result.stderr)
        assert reason in one_sentence(result.stderr), (case, result.stderr)
        assert "pw-secret" not in result.stdout + result.stderr, case
    assert list(tmp_path.iterdir()) == []


def test_a_password_for_a_server_out_of_reach_is_never_shown(tmp_path: Path) -> None:
    nowhere = f"postgresql://officer:pw-secret@127.0.0.1:{closed_port()}/team"
    result = run("sync", "clone", "--server", nowhere, "--db", str(tmp_path / "new.unccd"))
    assert result.returncode == 2
    *warnings, error = result.stderr.strip().splitlines()
    assert all(line.startswith("unccd-desktop: warning: ") for line in warnings)
    assert "cannot be reached" in one_sentence(error)
    assert "pw-secret" not in result.stdout + result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.postgres
def test_clone_makes_a_laptop_holding_the_servers_records(server: str, tmp_path: Path) -> None:
    laptop = tmp_path / "a.unccd"
    cloned = run("sync", "clone", "--server", server, "--db", str(laptop))
    assert cloned.returncode == 0, cloned.stderr
    assert cloned.stdout == (
        f"Made the laptop file {laptop} from {shown(server)}: "
        "3 partners, 0 agreements, 0 deliverables.\n"
    )
    assert partners(laptop) == partners(server)
    assert {name for name, _, _ in partners(laptop).values()} == set(SHARED)
    assert outbox(laptop) == 0
    status = json.loads(run("sync", "status", "--db", str(laptop), "--json").stdout)
    assert (status["role"], status["server"], status["waiting"]) == ("laptop", shown(server), 0)


@pytest.mark.postgres
def test_clone_on_a_terminal_shows_how_far_it_got(server: str, tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    laptop = tmp_path / "a.unccd"
    command = ["sync", "clone", "--server", server, "--db", str(laptop)]
    process = subprocess.Popen(
        [sys.executable, "-m", "unccd_desktop", *command],
        stdout=subprocess.PIPE,
        stderr=follower,
    )
    os.close(follower)
    terminal = b""
    with suppress(OSError):  # EIO once the command has ended and closed the terminal
        while chunk := os.read(leader, 4096):
            terminal += chunk
    os.close(leader)
    assert process.wait(timeout=180) == 0
    assert process.stdout is not None and b"Made the laptop file" in process.stdout.read()
    process.stdout.close()
    shown = terminal.decode()
    assert shown.startswith("\rCopying the records: ") and shown.endswith("\r\x1b[K"), shown
    assert "Copying the records: 100 %" in shown


def test_clone_refuses_a_file_that_exists(tmp_path: Path) -> None:
    taken = tmp_path / "taken.unccd"
    taken.write_text("the minutes of a meeting\n")
    server = f"postgresql://officer@127.0.0.1:{closed_port()}/team"
    result = run("sync", "clone", "--server", server, "--db", str(taken))
    assert result.returncode == 2
    assert "already exists" in one_sentence(result.stderr)
    assert taken.read_text() == "the minutes of a meeting\n"


@pytest.mark.postgres
def test_an_edit_on_one_laptop_reaches_the_other(server: str, laptops: tuple[Path, Path]) -> None:
    a, b = laptops
    edit(a, "UNDP", notes="Met at COP16 in Riyadh")
    status, report = sync(a)
    assert (status, report["status"], report["pushed"]) == (0, "synced", 1), report
    assert partner(server, "UNDP")[1] == "Met at COP16 in Riyadh"
    status, report = sync(b)
    assert (status, report["status"], report["pulled"]) == (0, "synced", 1), report
    assert partner(b, "UNDP")[1] == "Met at COP16 in Riyadh"
    assert partners(a) == partners(server) == partners(b)


@pytest.mark.postgres
def test_edits_of_different_fields_merge(server: str, laptops: tuple[Path, Path]) -> None:
    a, b = laptops
    edit(a, "FAO", notes="Field mission in the Sahel")
    edit(b, "FAO", website="https://www.fao.org/land-water")
    assert sync(a)[0] == 0
    status, report = sync(b)
    assert (status, report["conflicts"]) == (0, []), report
    assert sync(a)[0] == 0
    merged = ("FAO", "Field mission in the Sahel", "https://www.fao.org/land-water")
    assert partner(server, "FAO") == partner(a, "FAO") == partner(b, "FAO") == merged


@pytest.mark.postgres
@pytest.mark.parametrize("choice", ["--keep-ours", "--take-theirs"])
def test_the_same_field_conflicts_until_the_officer_chooses(
    choice: str, server: str, laptops: tuple[Path, Path]
) -> None:
    a, b = laptops
    edit(a, "World Bank", notes="Renewal agreed in Bonn")
    edit(b, "World Bank", notes="Renewal postponed")
    assert sync(a)[0] == 0
    status, report = sync(b)
    assert (status, report["status"]) == (1, "has_conflicts"), report
    (conflict,) = report["conflicts"]
    assert conflict["entity"] == "partner" and conflict["field"] == "notes"
    assert conflict["record"] in partners(server)
    assert (conflict["base"], conflict["ours"], conflict["theirs"]) == (
        "",
        "Renewal postponed",
        "Renewal agreed in Bonn",
    )
    assert partner(server, "World Bank")[1] == "Renewal agreed in Bonn"  # the server's stays
    listed = run("sync", "conflicts", "--db", str(b), "--json")
    assert (listed.returncode, json.loads(listed.stdout)) == (0, [conflict])
    line = f"  #{conflict['id']} partner 'World Bank' notes: ours \"Renewal postponed\" vs theirs "
    line += '"Renewal agreed in Bonn"'
    human = run("sync", "conflicts", "--db", str(b))
    assert human.stdout.splitlines()[1:] == [line]
    again = run("sync", "--db", str(b))
    assert again.returncode == 1 and again.stdout.splitlines()[-2:] == [
        "1 conflict waits for you (unccd-desktop sync resolve CONFLICT_ID --keep-ours | "
        "--take-theirs):",
        line,
    ]

    resolved = run("sync", "resolve", str(conflict["id"]), choice, "--db", str(b))
    assert resolved.returncode == 0, resolved.stderr
    assert json.loads(run("sync", "conflicts", "--db", str(b), "--json").stdout) == []
    status, report = sync(b)
    assert (status, report["status"], report["conflicts"]) == (0, "synced", []), report
    chosen = "Renewal postponed" if choice == "--keep-ours" else "Renewal agreed in Bonn"
    assert partner(server, "World Bank")[1] == partner(b, "World Bank")[1] == chosen
    assert sync(a)[0] == 0
    assert partners(a) == partners(server) == partners(b)


@pytest.mark.postgres
def test_an_edit_against_a_delete_waits_and_keeping_it_brings_the_record_back(
    server: str, laptops: tuple[Path, Path]
) -> None:
    a, b = laptops
    delete(a, "UNDP")
    edit(b, "UNDP", notes="Still our partner")
    assert sync(a)[0] == 0
    printed = run("sync", "--db", str(b))
    assert printed.returncode == 1, printed.stderr
    (line,) = [line for line in printed.stdout.splitlines() if line.startswith("  #")]
    assert line.endswith(" partner 'UNDP': changed on this laptop, deleted on the server")
    (conflict,) = json.loads(run("sync", "conflicts", "--db", str(b), "--json").stdout)
    assert (conflict["kind"], conflict["field"], conflict["theirs"]) == (
        "deleted_there",
        None,
        None,
    )
    assert conflict["ours"]["notes"] == "Still our partner"
    kept = run("sync", "resolve", str(conflict["id"]), "--keep-ours", "--db", str(b))
    assert kept.returncode == 0, kept.stderr
    assert sync(b)[0] == sync(a)[0] == 0
    assert partner(server, "UNDP")[1] == partner(a, "UNDP")[1] == "Still our partner"
    assert partners(a) == partners(server) == partners(b)


@pytest.mark.postgres
def test_resolving_a_conflict_that_does_not_exist(laptops: tuple[Path, Path]) -> None:
    result = run("sync", "resolve", "999", "--take-theirs", "--db", str(laptops[0]))
    assert result.returncode == 2
    one_sentence(result.stderr)


@pytest.mark.postgres
def test_an_unreachable_server_changes_nothing(laptops: tuple[Path, Path]) -> None:
    a, _ = laptops
    edit(a, "UNDP", notes="Written on the plane")
    before = (outbox(a), partners(a))
    nowhere = f"postgresql://officer:s3cret-word@127.0.0.1:{closed_port()}/team"
    result = run("sync", "--db", str(a), "--server", nowhere, "--json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["status"] == "failed" and report["pushed"] == report["pulled"] == 0
    sentence = one_sentence(result.stderr)
    assert report["messages"] == [sentence.removeprefix(PREFIX)]
    assert "127.0.0.1" in sentence
    assert "s3cret-word" not in result.stdout + result.stderr
    assert (outbox(a), partners(a)) == before
    assert before[0] > 0
    status = run("sync", "status", "--db", str(a)).stdout
    assert "Last attempt failed: The team server cannot be reached" in status
    assert "s3cret-word" not in status


@pytest.mark.postgres
def test_a_server_of_another_schema_is_refused(server: str, laptops: tuple[Path, Path]) -> None:
    a, _ = laptops
    edit(a, "UNDP", notes="Kept for later")
    before = (outbox(a), partners(a), partners(server))
    engine = sa.create_engine(server)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0004'"))
    engine.dispose()
    status, report = sync(a)
    assert (status, report["status"]) == (2, "failed")
    (message,) = report["messages"]
    assert "server" in message and "db upgrade" in message, message
    assert (outbox(a), partners(a), partners(server)) == before


@pytest.mark.postgres
def test_another_team_server_given_for_one_run_is_refused(
    server: str, laptops: tuple[Path, Path]
) -> None:
    """`--server` gives another address of the laptop's own server (a host name for an IP
    address, a tunnel), never another team: that would be pushed records it never had and
    pulled from a sequence that is not its own."""
    a, _ = laptops
    other = _fresh_postgres(server.rsplit("/", 1)[0] + "/postgres")
    open_services(other, actor=Actor("admin", "test"), create=True).close()
    create(other, "Another team's partner")
    edit(a, "UNDP", notes="For our own server")
    before = (outbox(a), partners(a), partners(other))
    status, report = sync(a, "--server", other)
    assert (status, report["status"]) == (2, "failed"), report
    assert (outbox(a), partners(a), partners(other)) == before


@pytest.mark.postgres
def test_status_names_the_server_and_what_waits(server: str, laptops: tuple[Path, Path]) -> None:
    a, _ = laptops
    edit(a, "UNDP", notes="One change")
    edit(a, "FAO", notes="Another change")
    address = shown(server)
    printed = run("sync", "status", "--db", str(a))
    assert printed.returncode == 0, printed.stderr
    lines = printed.stdout.splitlines()
    assert f"Server: {address}" in lines
    assert "Changes waiting: 2" in lines and "Open conflicts: 0" in lines
    assert any(line.startswith("Last sync: 20") for line in lines)  # the clone's time
    assert sync(a)[0] == 0
    status = json.loads(run("sync", "status", "--db", str(a), "--json").stdout)
    assert (status["role"], status["waiting"], status["conflicts"]) == ("laptop", 0, 0)
    assert status["server"] == address and status["last_sync"] is not None


def test_a_database_that_is_not_a_laptop(tmp_path: Path) -> None:
    alone = tmp_path / "alone.unccd"
    assert run("db", "init", "--db", str(alone)).returncode == 0
    status, report = sync(alone)
    assert (status, report["status"]) == (2, "failed")
    printed = run("sync", "status", "--db", str(alone))
    assert printed.returncode == 0 and "not a laptop" in printed.stdout


@pytest.mark.postgres
def test_publish_puts_a_database_onto_an_empty_server(server: str, tmp_path: Path) -> None:
    empty = _fresh_postgres(server.rsplit("/", 1)[0] + "/postgres")
    assert run("db", "init", "--db", empty).returncode == 0
    mine = tmp_path / "mine.unccd"
    assert run("db", "init", "--db", str(mine)).returncode == 0
    for name in ("Ramsar Convention", "IUCN"):
        create(mine, name)
    published = run("sync", "publish", "--db", str(mine), "--server", empty)
    assert published.returncode == 0, published.stderr
    assert "now a laptop of that server" in published.stdout
    assert partners(empty) == partners(mine) and len(partners(mine)) == 2
    status = json.loads(run("sync", "status", "--db", str(mine), "--json").stdout)
    assert (status["role"], status["waiting"]) == ("laptop", 0)
    edit(mine, "IUCN", notes="Published, then edited")
    assert sync(mine)[0] == 0
    assert partner(empty, "IUCN")[1] == "Published, then edited"

    other = tmp_path / "other.unccd"
    assert run("db", "init", "--db", str(other)).returncode == 0
    refused = run("sync", "publish", "--db", str(other), "--server", server)  # holds records
    assert refused.returncode == 2
    assert "already holds records" in one_sentence(refused.stderr)
    again = run("sync", "publish", "--db", str(mine), "--server", server)
    assert again.returncode == 2
    assert "already a laptop" in one_sentence(again.stderr)


@pytest.mark.postgres
def test_a_viewer_may_pull_but_not_push(server: str, tmp_path: Path) -> None:
    login = f"viewer_{uuid.uuid4().hex[:8]}"
    made = run("sync", "roles", "--server", server)
    assert made.returncode == 0, made.stderr
    granted = run(
        *("sync", "grant", login, "--as", "viewer", "--server", server, "--password-prompt"),
        given="a-new-secret\n",
    )
    assert granted.returncode == 0, granted.stderr
    assert "a-new-secret" not in granted.stdout + granted.stderr
    as_viewer = sa.make_url(server).set(username=login).render_as_string(hide_password=False)
    laptop = tmp_path / "viewer.unccd"
    cloned = run("sync", "clone", "--server", as_viewer, "--db", str(laptop))
    assert cloned.returncode == 0, cloned.stderr
    edit(laptop, "UNDP", notes="A viewer's note")
    edit(server, "FAO", notes="Changed online")
    before = (outbox(laptop), partners(laptop), partners(server))
    status, report = sync(laptop)
    assert (status, report["status"]) == (2, "failed")
    assert login in report["messages"][0] and "editor rights" in report["messages"][0]
    assert (outbox(laptop), partners(laptop), partners(server)) == before

    promoted = run("sync", "grant", login, "--as", "editor", "--server", server)
    assert promoted.returncode == 0, promoted.stderr
    assert sync(laptop)[0] == 0
    assert partners(laptop) == partners(server)
    assert partner(server, "UNDP")[1] == "A viewer's note"


@pytest.mark.postgres
def test_a_password_given_with_the_server_is_never_printed_nor_kept_in_the_file(
    server: str, tmp_path: Path
) -> None:
    """The test server trusts every login, so any password opens it."""
    secret = "pw-never-shown"
    with_password = sa.make_url(server).set(password=secret).render_as_string(hide_password=False)
    laptop = tmp_path / "a.unccd"
    cloned = run("sync", "clone", "--server", with_password, "--db", str(laptop))
    assert cloned.returncode == 0, cloned.stderr
    assert secret not in cloned.stdout + cloned.stderr
    printed = run("sync", "status", "--db", str(laptop))
    assert f"Server: {shown(server)}" in printed.stdout.splitlines()
    assert sync(laptop)[0] == 0
    assert not any(
        secret.encode() in path.read_bytes() for path in tmp_path.iterdir() if path.is_file()
    )
    unreachable = sa.make_url(with_password).set(port=closed_port())
    elsewhere = unreachable.render_as_string(hide_password=False)
    failed = run("sync", "--db", str(laptop), "--server", elsewhere)
    assert failed.returncode == 2
    assert secret not in failed.stdout + failed.stderr


# A keyring backend for the commands this test runs: a JSON file beside the module, plugged in
# through keyring's own configuration (keyringrc.cfg: default-keyring, keyring-path).
FILE_KEYRING = """
import json
import os
import pty
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

KEPT = Path(__file__).with_name("kept.json")


class FileKeyring(KeyringBackend):
    priority = 1

    def _kept(self):
        return json.loads(KEPT.read_text()) if KEPT.exists() else {}

    def get_password(self, service, username):
        return self._kept().get(f"{service} {username}")

    def set_password(self, service, username, password):
        KEPT.write_text(json.dumps({**self._kept(), f"{service} {username}": password}))

    def delete_password(self, service, username):
        kept = self._kept()
        if kept.pop(f"{service} {username}", None) is None:
            raise PasswordDeleteError(username)
        KEPT.write_text(json.dumps(kept))
"""


@pytest.mark.postgres
def test_a_password_given_at_clone_goes_to_the_keyring(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = tmp_path / "backend"
    backend.mkdir()
    (backend / "file_keyring.py").write_text(FILE_KEYRING)
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    (config / "python_keyring").mkdir(parents=True)
    (config / "python_keyring" / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring = file_keyring.FileKeyring\nkeyring-path = {backend}\n"
    )
    secret = "pw-for-the-keyring"
    with_password = sa.make_url(server).set(password=secret).render_as_string(hide_password=False)
    laptop = tmp_path / "laptops" / "a.unccd"
    laptop.parent.mkdir()
    cloned = run("sync", "clone", "--server", with_password, "--db", str(laptop))
    assert (cloned.returncode, cloned.stderr) == (0, "")
    address = sa.make_url(server).render_as_string(hide_password=False)
    kept = json.loads((backend / "kept.json").read_text())
    assert kept == {f"unccd-desktop {address}": secret}
    status = json.loads(run("sync", "status", "--db", str(laptop), "--json").stdout)
    assert status["server"] == address
    assert sync(laptop)[0] == 0
    files = [path for path in laptop.parent.rglob("*") if path.is_file()]
    assert files and not any(secret.encode() in path.read_bytes() for path in files)


KILLS = 3  # at least, and at least one of them while a push is in flight
ROUNDS = 40  # at most; each makes new changes on both sides, then starts a sync and kills it


def pending_batch(laptop: Path) -> bool:
    """Whether a push is in flight (sent, or about to be, and not yet acknowledged)."""
    with closing(sqlite3.connect(laptop)) as conn:
        found = conn.execute("SELECT 1 FROM sync_settings WHERE key = 'pending_batch'")
        return found.fetchone() is not None


def push_started(laptop: Path, process: subprocess.Popen, limit: float) -> bool:
    """Wait until the sync ``process`` has a push in flight (True), ends, or ``limit`` s pass."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        if pending_batch(laptop):
            return True
        time.sleep(0.002)
    return False


@pytest.mark.postgres
def test_a_sync_killed_at_random_moments_loses_and_doubles_nothing(
    server: str, laptops: tuple[Path, Path]
) -> None:
    """SIGKILL `sync` at random moments (each round with new changes on the laptop and on the
    server; every other round just after its push started), then sync normally: every side
    holds each record once, with its last value."""
    a, b = laptops
    rng = random.Random(13)
    rounds = 0

    def new_changes() -> None:
        nonlocal rounds
        for n in range(3):
            create(a, f"Laptop partner {rounds}.{n}")
        edit(a, "UNDP", notes=f"Laptop note {rounds}")
        create(server, f"Online partner {rounds}")
        edit(server, "FAO", notes=f"Online note {rounds}")
        rounds += 1

    started = time.monotonic()
    assert run("sync", "status", "--db", str(a)).returncode == 0
    opened = time.monotonic() - started  # start-up and opening the laptop file
    new_changes()
    started = time.monotonic()
    assert sync(a)[0] == 0
    full = time.monotonic() - started  # a whole sync of one round's changes
    kills = in_flight = 0
    while (kills < KILLS or not in_flight) and rounds < ROUNDS:
        new_changes()
        left = pending_batch(a)  # by the kill before: this sync sends it again first
        process = subprocess.Popen(
            [sys.executable, "-m", "unccd_desktop", "sync", "--db", str(a)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if rounds % 2 and not left and push_started(a, process, limit=10 * full):
            time.sleep(rng.uniform(0, 0.05))
        else:
            time.sleep(rng.uniform(0.9 * opened, 1.05 * full))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        if process.wait(timeout=60) == -signal.SIGKILL:
            kills += 1
            in_flight += not left and pending_batch(a)
        else:
            assert process.returncode == 0
    figures = f"{kills} kills ({in_flight} with a push in flight) in {rounds} rounds"
    print(figures)
    assert kills >= KILLS and in_flight, figures

    for laptop in (a, b):
        status, report = sync(laptop)
        assert status == 0, (figures, report)
    server_partners = partners(server)
    names = sorted(name for name, _, _ in server_partners.values())
    expected = sorted(
        [*SHARED]
        + [f"Laptop partner {r}.{n}" for r in range(rounds) for n in range(3)]
        + [f"Online partner {r}" for r in range(rounds)]
    )
    assert names == expected, figures  # nothing doubled, nothing lost
    assert partners(a) == server_partners == partners(b)
    assert partner(server, "UNDP")[1] == f"Laptop note {rounds - 1}"
    assert partner(server, "FAO")[1] == f"Online note {rounds - 1}"
    assert outbox(a) == 0 and not pending_batch(a)
