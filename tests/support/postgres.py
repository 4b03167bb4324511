"""Throwaway PostgreSQL servers for tests (no Qt involved).

Typical fixture::

    @pytest.fixture(scope="session")
    def postgres_url() -> Iterator[str]:
        if not postgres_available():
            pytest.skip("PostgreSQL server binaries are not installed")
        with throwaway_postgres() as url:
            yield url

The server binaries are taken from Debian's ``/usr/lib/postgresql/<version>/bin`` (highest
version wins), falling back to ``initdb``/``pg_ctl`` on ``PATH``. ``initdb`` refuses to run as
root, so when the tests run as root the server is run as the ``postgres`` OS user.
"""

from __future__ import annotations

import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path

__all__ = ["find_postgres_bin_dir", "postgres_available", "throwaway_postgres"]

DEBIAN_POSTGRES_ROOT = Path("/usr/lib/postgresql")
SERVER_USER = "postgres"
COMMAND_TIMEOUT = 120  # seconds, for initdb / pg_ctl
START_ATTEMPTS = 3  # retries only when the chosen port was taken in the meantime
LOG_TAIL_LINES = 40


def _version_key(path: Path) -> tuple[int, ...]:
    """Sort key for ``/usr/lib/postgresql/<version>/bin`` directories."""
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (-1,)


def find_postgres_bin_dir() -> Path | None:
    """Return the directory holding ``initdb`` and ``pg_ctl``, or None if there is none."""
    candidates = [
        d
        for d in DEBIAN_POSTGRES_ROOT.glob("*/bin")
        if (d / "initdb").is_file() and (d / "pg_ctl").is_file()
    ]
    if candidates:
        return max(candidates, key=_version_key)
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl and Path(initdb).parent == Path(pg_ctl).parent:
        return Path(initdb).parent
    return None


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _server_user_exists() -> bool:
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        return False
    return True


def postgres_available() -> bool:
    """True if a throwaway server can be started (binaries found, and a server user if root)."""
    if find_postgres_bin_dir() is None:
        return False
    return not _running_as_root() or _server_user_exists()


def _free_port() -> int:
    """Ask the kernel for a currently unused TCP port on 127.0.0.1."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(argv: Sequence[str]) -> list[str]:
    """Wrap ``argv`` so that it runs as the ``postgres`` OS user when we are root."""
    if not _running_as_root():
        return list(argv)
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", SERVER_USER, "--", *argv]
    su = shutil.which("su") or "su"
    return [su, SERVER_USER, "-s", "/bin/sh", "-c", shlex.join(argv)]


def _run(argv: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a PostgreSQL tool (as the server user if needed), capturing its output."""
    env = dict(os.environ)
    for var in ("PGDATA", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGOPTIONS"):
        env.pop(var, None)
    env["LC_ALL"] = "C"  # avoid "invalid locale settings" from initdb on minimal systems
    return subprocess.run(
        _as_server_user(argv),
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return "\n".join(part.strip() for part in (result.stdout, result.stderr) if part.strip())


def _log_tail(log_file: Path) -> str:
    try:
        lines = log_file.read_text(errors="replace").splitlines()
    except OSError as exc:
        return f"(could not read {log_file}: {exc})"
    return "\n".join(lines[-LOG_TAIL_LINES:]) or "(log is empty)"


def _make_base_dir() -> Path:
    """Create the temporary directory that holds the cluster, its socket and its log.

    Under /tmp when possible: the path stays short (unix socket path limit) and, when we are
    root, every parent is traversable by the ``postgres`` user, who is given the directory.
    """
    parent = "/tmp" if os.path.isdir("/tmp") else None
    base = Path(tempfile.mkdtemp(prefix="unccd-pg-", dir=parent))
    if _running_as_root():
        entry = pwd.getpwnam(SERVER_USER)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    return base


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a private PostgreSQL server and yield its SQLAlchemy URL; destroy it on exit.

    The URL is ``postgresql+psycopg2://postgres@127.0.0.1:PORT/postgres`` (trust auth, no
    password). Raises RuntimeError, with the server log tail, if the server cannot start.
    """
    bin_dir = find_postgres_bin_dir()
    if bin_dir is None:
        raise RuntimeError(
            "PostgreSQL server binaries not found (looked in "
            f"{DEBIAN_POSTGRES_ROOT}/*/bin and on PATH); on Debian: apt-get install postgresql"
        )
    if _running_as_root() and not _server_user_exists():
        raise RuntimeError(
            f"running as root but there is no {SERVER_USER!r} OS user to run PostgreSQL as"
        )
    initdb, pg_ctl = str(bin_dir / "initdb"), str(bin_dir / "pg_ctl")

    base = _make_base_dir()
    data_dir = base / "data"
    log_file = base / "postgres.log"
    try:
        result = _run(
            [
                initdb,
                "-D",
                str(data_dir),
                "--auth=trust",
                "-U",
                "postgres",
                "--no-sync",
                "--encoding=UTF8",
                "--locale=C",
            ],
            cwd=base,
        )
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed (exit {result.returncode}):\n{_output(result)}")

        port = 0
        for attempt in range(1, START_ATTEMPTS + 1):
            port = _free_port()
            options = f"-p {port} -c listen_addresses=127.0.0.1 -c fsync=off -k {base}"
            result = _run(
                [
                    pg_ctl,
                    "-D",
                    str(data_dir),
                    "-l",
                    str(log_file),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ],
                cwd=base,
            )
            if result.returncode == 0:
                break
            tail = _log_tail(log_file)
            port_taken = "could not bind" in tail or "already in use" in tail
            if not port_taken or attempt == START_ATTEMPTS:
                raise RuntimeError(
                    f"PostgreSQL failed to start on port {port} (pg_ctl exit "
                    f"{result.returncode}):\n{_output(result)}\n"
                    f"--- server log (last lines) ---\n{tail}"
                )

        yield f"postgresql+psycopg2://postgres@127.0.0.1:{port}/postgres"
    finally:
        if (data_dir / "postmaster.pid").exists():  # also after a timed-out start
            _run([pg_ctl, "-D", str(data_dir), "-m", "immediate", "-w", "stop"], cwd=base)
        shutil.rmtree(base, ignore_errors=True)
