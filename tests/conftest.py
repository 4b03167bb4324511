"""Shared fixtures: databases on SQLite (and PostgreSQL where asked), demo data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.postgres import postgres_available, throwaway_postgres
from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.demo import populate_demo


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Keep the user's real data, config and log folders out of every test."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One throwaway PostgreSQL server for the whole run."""
    if not postgres_available():
        pytest.skip("PostgreSQL is not installed (make test installs it)")
    with throwaway_postgres() as url:
        yield url


def _fresh_postgres(url: str) -> str:
    """A new empty database on the throwaway server, so tests do not see each other."""
    import uuid

    import sqlalchemy as sa

    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database target on each backend the services must support."""
    if request.param == "sqlite":
        return str(tmp_path / "test.unccd")
    return _fresh_postgres(request.getfixturevalue("postgres_url"))


@pytest.fixture
def services(any_db: str) -> Iterator[Services]:
    svc = open_services(any_db, actor=Actor("tester", "test"), create=True)
    yield svc
    svc.close()


@pytest.fixture
def sqlite_services(tmp_path: Path) -> Iterator[Services]:
    svc = open_services(tmp_path / "test.unccd", actor=Actor("tester", "test"), create=True)
    yield svc
    svc.close()


@pytest.fixture
def demo_services(tmp_path: Path) -> Iterator[Services]:
    """A SQLite database holding the demo data."""
    svc = open_services(tmp_path / "demo.unccd", actor=Actor("tester", "test"), create=True)
    populate_demo(svc.with_actor(Actor("tester", "demo")))
    yield svc
    svc.close()
