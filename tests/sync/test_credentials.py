"""A team server's password: in the OS keyring through the real keyring API, never in a file."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError, PasswordSetError

from tests.conftest import _fresh_postgres
from unccd_desktop.errors import DatabaseError
from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.sync import clone
from unccd_desktop.services.sync.credentials import (
    SERVICE,
    forget_password,
    remember_password,
    split_password,
    url_for_connection,
)
from unccd_desktop.services.sync.roles import grant, level_of, setup_roles
from unccd_desktop.storage.database import Database

ADDRESS = "postgresql://ana@db.example.org:5432/unccd"


class MemoryKeyring(KeyringBackend):
    """A keyring backend keeping passwords in a dict, plugged into the keyring API. It has
    no priority, so keyring never picks it by itself for other tests: only set_keyring does."""

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    """A keyring that refuses to take passwords (as a locked one does)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the keyring is locked")


def use_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    yield from use_keyring(MemoryKeyring())


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    yield from use_keyring(fail.Keyring())


def test_split_password_takes_the_password_out_of_the_address() -> None:
    assert split_password("postgresql://ana:s%40cr%3At@db.example.org:5432/unccd") == (
        ADDRESS,
        "s@cr:t",
    )
    assert split_password(ADDRESS) == (ADDRESS, None)
    assert split_password("/home/ana/laptop.unccd") == ("/home/ana/laptop.unccd", None)


def test_a_remembered_password_is_added_for_the_connection_only(memory: MemoryKeyring) -> None:
    assert url_for_connection(ADDRESS) == ADDRESS  # nothing kept yet: libpq's files apply
    assert remember_password(ADDRESS, "s@cr:t") is None
    assert memory.kept == {(SERVICE, ADDRESS): "s@cr:t"}
    connecting = url_for_connection(ADDRESS)
    assert split_password(connecting) == (ADDRESS, "s@cr:t")
    db = Database(connecting)
    try:
        assert db.engine.url.password == "s@cr:t"  # what the driver is given
        assert "s@cr:t" not in db.display_name
    finally:
        db.dispose()
    # A password typed in the address wins over the kept one.
    typed = "postgresql://ana:other@db.example.org:5432/unccd"
    assert url_for_connection(typed) == typed
    forget_password(ADDRESS)
    assert memory.kept == {}
    assert url_for_connection(ADDRESS) == ADDRESS
    forget_password(ADDRESS)  # nothing kept: nothing to do


def test_without_a_keyring_the_officer_is_sent_to_pgpass(no_keyring: KeyringBackend) -> None:
    problem = remember_password(ADDRESS, "s@cr:t")
    assert problem is not None
    assert "no keyring" in problem and "~/.pgpass" in problem and "pg_service.conf" in problem
    assert "s@cr:t" not in problem
    assert url_for_connection(ADDRESS) == ADDRESS
    forget_password(ADDRESS)


def test_a_keyring_that_refuses_the_password_is_reported() -> None:
    for _ in use_keyring(LockedKeyring()):
        problem = remember_password(ADDRESS, "s@cr:t")
        assert problem is not None
        assert "the keyring is locked" in problem and "~/.pgpass" in problem
        assert url_for_connection(ADDRESS) == ADDRESS


@pytest.mark.postgres
def test_a_laptop_file_never_holds_the_password(
    memory: MemoryKeyring, postgres_url: str, tmp_path: Path
) -> None:
    server = _fresh_postgres(postgres_url)
    open_services(server, actor=Actor("admin", "test"), create=True).close()
    secret = "Kept-In-The-Keyring-7"
    address, _ = split_password(server)
    assert remember_password(address, secret) is None
    laptop = clone(address, tmp_path / "laptop.unccd", actor=Actor("ana", "test"))
    try:
        assert laptop.sync.status().server == address
        laptop.partners.create({"name": "Sahel Water", "kind": "ngo"})
        laptop.sync.sync()
    finally:
        laptop.close()
    written = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert secret.encode() not in written


@contextmanager
def password_required(server_url: str, login: str) -> Iterator[None]:
    """The server asks ``login`` (only) for its password, as a production server asks all."""
    engine = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        hba = conn.scalar(sa.text("SHOW hba_file"))
        before = conn.scalar(sa.text("SELECT pg_read_file(:f)"), {"f": hba})

        def write(text: str) -> None:
            blob = conn.scalar(
                sa.text("SELECT lo_from_bytea(0, convert_to(:t, 'UTF8'))"), {"t": text}
            )
            conn.execute(sa.text("SELECT lo_export(:o, :f), lo_unlink(:o)"), {"o": blob, "f": hba})
            assert conn.scalar(sa.text("SELECT pg_reload_conf()"))

        write(f'host all "{login}" 127.0.0.1/32 scram-sha-256\n{before}')
        try:
            yield
        finally:
            write(before)
    engine.dispose()


@pytest.mark.postgres
def test_a_password_kept_in_the_keyring_logs_the_officer_in(
    memory: MemoryKeyring, postgres_url: str
) -> None:
    server = _fresh_postgres(postgres_url)
    open_services(server, actor=Actor("admin", "test"), create=True).close()
    setup_roles(server)
    login, secret = f"pw_{uuid.uuid4().hex[:8]}", "it's:a=secret%"
    grant(server, login, "editor", password=secret)
    address = server.replace("://postgres@", f"://{login}@", 1)
    with password_required(server, login):
        with pytest.raises(DatabaseError, match="password"):
            level_of(address)  # no password anywhere yet: refused
        with pytest.raises(DatabaseError, match="password authentication failed"):
            level_of(address.replace(f"{login}@", f"{login}:wrong@"))
        assert remember_password(address, secret) is None
        assert level_of(address) == "editor"  # the keyring's password reached the server
        services = open_services(url_for_connection(address), actor=Actor(login, "test"))
        try:
            services.partners.create({"name": "Sahel Water", "kind": "ngo"})
        finally:
            services.close()
