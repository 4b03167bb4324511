"""Alembic environment: runs on the connection the application passes in."""

from __future__ import annotations

from alembic import context

from unccd_desktop.domain import Base
from unccd_desktop.storage.migrations import include_in_autogenerate

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from unccd_desktop.storage.database import create_engine_for

        url = config.get_main_option("sqlalchemy.url")
        engine = create_engine_for(url)
        with engine.connect().execution_options(sqlite_write=True) as conn, conn.begin():
            _configure_and_run(conn)
        return
    _configure_and_run(connection)


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_in_autogenerate,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported.")
run_migrations_online()
