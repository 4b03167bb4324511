"""Fixtures of the reliability tests: sizeable databases built once, and the run's figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from unccd_desktop.storage.database import Database
from unccd_desktop.storage.migrations import alembic_config, head_revision

from .support import build_sizeable_database

FIGURES: list[str] = []


@pytest.fixture
def figures() -> Iterator[list[str]]:
    """Lines of figures a test reports; printed at the end of the run."""
    yield FIGURES


def pytest_terminal_summary(terminalreporter) -> None:
    if FIGURES:
        terminalreporter.section("reliability figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def sizeable_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database at the latest schema: the demo data and 600 generated partners,
    projects and deliverables. Copy it before use."""
    return build_sizeable_database(tmp_path_factory.mktemp("sizeable") / "big.unccd", 600)


@pytest.fixture(scope="session")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database at the latest schema holding the demo data and 20 extra partners."""
    return build_sizeable_database(tmp_path_factory.mktemp("small") / "small.unccd", 20)


def downgraded_copy(source: Path, target: Path, revision: str) -> Path:
    """A copy of ``source`` taken down to ``revision`` by the shipped downgrade steps."""
    target.write_bytes(source.read_bytes())
    db = Database(target)
    try:
        cfg = alembic_config()
        with db.engine.connect().execution_options(sqlite_write=True) as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        db.dispose()
    return target


def previous_revision() -> str:
    """The revision before the latest one (what a user upgrading from the last release has)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    down = script.get_revision(head_revision()).down_revision
    assert isinstance(down, str), "the crash-during-upgrade test needs at least two revisions"
    return down
