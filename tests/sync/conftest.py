"""A team server (a fresh PostgreSQL database) and laptop files cloned from it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import _fresh_postgres
from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.sync import clone

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_url(postgres_url: str) -> str:
    """An empty team server, migrated."""
    url = _fresh_postgres(postgres_url)
    open_services(url, actor=Actor("admin", "test"), create=True).close()
    return url


@pytest.fixture
def laptop(server_url: str, tmp_path: Path) -> Iterator[Callable[[str], Services]]:
    """``laptop("a")``: a laptop file cloned from the server, acting as officer "a"."""
    opened: list[Services] = []

    def make(name: str) -> Services:
        services = clone(server_url, tmp_path / f"{name}.unccd", actor=Actor(name, "test"))
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()
